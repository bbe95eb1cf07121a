import ArgumentParser
import Foundation
import MinutebookKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the index for damage: SQLite's integrity check and FTS5's for every full-text table.",
        discussion: "Exit status 0 when every check passes, 1 otherwise. A damaged index is rebuilt with `minutebook ingest --rebuild`."
    )

    @OptionGroup var indexOptions: IndexOptions

    func run() throws {
        let report: IntegrityReport
        do {
            report = try IndexStore.openForReading(at: indexOptions.indexPath).checkIntegrity()
        } catch let error as IndexError {
            // Scripts get their JSON whatever the damage: one failed check saying why it could not be opened.
            if indexOptions.json { try JSONOutput.print(IntegrityReport.unopenable(error.localizedDescription)) }
            throw error
        }
        if indexOptions.json {
            try JSONOutput.print(report)
        } else {
            for check in report.checks {
                print("\(check.ok ? "ok  " : "FAIL") \(check.name)\(check.ok ? "" : ": \(check.detail)")")
            }
            print(
                "\(report.documents) documents, \(report.passages) passages, \(report.questions) questions: "
                    + (report.ok ? "the index is sound" : "the index is damaged; rebuild it with `minutebook ingest --rebuild`"))
        }
        if !report.ok { throw ExitCode.failure }
    }
}
