import ArgumentParser
import Foundation
import MinutebookKit

struct Ingest: ParsableCommand {
    static let defaultCorpus = "corpus"

    static let configuration = CommandConfiguration(
        abstract: "Read minutes and reports into the index.",
        discussion: """
            Reads files and folders (folders recursively; default: corpus/): text, web pages (also saved ModernGov \
            pages whatever their name), PDF (with pdftotext, from poppler-utils), Word .docx and OpenDocument .odt; \
            other formats are refused by name. The same document in two files or formats is indexed once. \
            Each file is parsed into agenda \
            items, passages and member questions and tagged with topics; files are parsed in parallel and \
            written in batches, each file whole. Unchanged files are skipped; changed files are replaced. A file that cannot be read or understood is reported \
            by name and skipped; what was indexed before stays. Exit status: 0 when no file failed, 2 when some \
            did, 1 when the index itself could not be opened or written.
            """
    )

    @Argument(help: ArgumentHelp("Files or folders to read.", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var indexOptions: IndexOptions

    @Option(name: .long, help: ArgumentHelp("The topic taxonomy (default: $MINUTEBOOK_TOPICS, else topics.json beside the index).", valueName: "path"))
    var topics: String?

    @Flag(name: .long, help: "Remove indexed documents whose files no longer exist.")
    var prune = false

    @Flag(name: .long, help: "Re-read every file, even unchanged ones.")
    var force = false

    @Flag(name: .long, help: "Delete the index and build it again from the given paths.")
    var rebuild = false

    @Flag(name: [.short, .long], help: "Print a line for every file, not only failures.")
    var verbose = false

    func run() throws {
        let path = indexOptions.indexPath
        let taxonomy = try TaxonomyLocator.locate(explicit: topics, indexPath: path)
        if rebuild {
            for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                try FileManager.default.removeItem(atPath: path + suffix)
            }
        }
        let store = try IndexStore.open(at: path, create: true)
        let ingester = Ingester(store: store, taxonomy: taxonomy.taxonomy)
        let json = indexOptions.json
        let verbose = verbose
        let started = Date()
        let report = try ingester.ingest(paths.isEmpty ? [Self.defaultCorpus] : paths, prune: prune, force: force || rebuild) { event in
            switch event {
            case .failed(let path, let error): Terminal.note("failed: \(path): \(error)")
            case .duplicate(let path, let first): Terminal.note("duplicate: \(path) is the same document as \(first)")
            case .indexed(let path, let passages, let questions) where verbose && !json:
                Terminal.note("indexed: \(path) (\(passages) passages, \(questions) questions)")
            case .unchanged(let path) where verbose && !json: Terminal.note("unchanged: \(path)")
            case .removed(let path) where !json: Terminal.note("removed: \(path)")
            case .retagged(let count) where !json: Terminal.note("topics changed: re-tagged \(count) passages and questions")
            default: break
            }
        }
        if json {
            try JSONOutput.print(report)
        } else {
            print(Self.summary(report, seconds: Date().timeIntervalSince(started)))
            if !report.missing.isEmpty {
                print("\(report.missing.count) indexed file(s) no longer exist (run `minutebook ingest --prune` to remove them): "
                      + report.missing.prefix(5).joined(separator: ", ") + (report.missing.count > 5 ? ", …" : ""))
            }
        }
        if !report.failed.isEmpty { throw ExitCode(2) }
    }

    static func summary(_ report: IngestReport, seconds: Double? = nil) -> String {
        var line = "\(report.indexed) indexed, \(report.unchanged) unchanged, \(report.removed) removed, \(report.failed.count) failed"
        if !report.duplicates.isEmpty { line += ", \(report.duplicates.count) duplicate\(report.duplicates.count == 1 ? "" : "s")" }
        if report.indexed > 0 { line += " (\(report.passages) passages, \(report.questions) questions" + (seconds.map { String(format: ", %.1fs", $0) } ?? "") + ")" }
        return line
    }
}
