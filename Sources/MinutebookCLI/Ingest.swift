import ArgumentParser
import Foundation
import MinutebookKit

struct Ingest: ParsableCommand {
    static let defaultCorpus = "corpus"

    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read minutes and reports into the index.",
        discussion: """
            Reads files and folders (folders recursively; default: corpus/): text, web pages (also saved ModernGov \
            pages whatever their name), PDF (with pdftotext, from poppler-utils), Word .docx and OpenDocument .odt; \
            other formats are refused by name. The same document in two files or formats is indexed once. \
            Each file is parsed into agenda \
            items, passages and member questions and tagged with topics; files are parsed in parallel and \
            written in batches, each file whole. Unchanged files are skipped; changed files are replaced. A file that cannot be read or understood is reported \
            by name and skipped; what was indexed before stays. Exit status: 0 when no file failed, 2 when some \
            did, 1 when the index itself could not be opened or written (nothing was changed), 3 when it could not \
            be written part-way (what was written before stays).
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

    @Flag(
        name: .long,
        help:
            "Build the index again from the given paths, beside the old one, and put it in the old one's place when complete (only ever replaces a minutebook index)."
    )
    var rebuild = false

    @Flag(name: [.short, .long], help: "Print a line for every file, not only failures.")
    var verbose = false

    func run() throws {
        let path = indexOptions.indexPathCreatingUserFolder()
        let taxonomy = try TaxonomyLocator.locate(explicit: topics, indexPath: path)
        let json = indexOptions.json
        let verbose = verbose
        let started = Date()
        let paths = paths.isEmpty ? [Self.defaultCorpus] : paths
        let progress = IngestProgress(enabled: !json && isatty(STDERR_FILENO) == 1 && !verbose)
        defer { progress.finish() }
        let work = { (store: IndexStore) throws -> IngestReport in
            if store.upgraded { Terminal.note(store.upgradeNote) }
            return try Ingester(store: store, taxonomy: taxonomy.taxonomy).ingest(paths, prune: prune, force: force || rebuild) { event in
                progress.update(event)
                switch event {
                case .failed(let path, let error): progress.clear(); Terminal.note("failed: \(path): \(error)")
                case .warning(let path, let message) where !json: Terminal.note("warning: \(path): \(message)")
                case .duplicate(let path, let first): Terminal.note("duplicate: \(path) is the same document as \(first)")
                case .indexed(let path, let passages, let questions) where verbose && !json:
                    Terminal.note("indexed: \(path) (\(passages) passages, \(questions) questions)")
                case .unchanged(let path) where verbose && !json: Terminal.note("unchanged: \(path)")
                case .removed(let path) where !json: Terminal.note("removed: \(path)")
                case .retagged(let count) where !json: Terminal.note("topics changed: re-tagged \(count) passages and questions")
                case .rereading where !json: Terminal.note("this minutebook reads minutes better than the one that built the index: reading every file again")
                default: break
                }
            }
        }
        let report: IngestReport
        do {
            report = rebuild ? try IndexMaintenance.rebuild(at: path, work) : try IndexMaintenance.update(at: path, work)
            progress.finish()
        } catch let stopped as IngestStopped {
            progress.finish()
            // A rebuild that stops leaves the old index; an ingest in place keeps the batches it committed.
            if rebuild { throw IndexError.swapFailed(path: path, reason: "the rebuild stopped: \(stopped.reason)") }
            try printReport(stopped.report, seconds: Date().timeIntervalSince(started))
            Terminal.note("Error: " + (stopped.errorDescription ?? stopped.reason))
            throw ExitCode(3)
        }
        try printReport(report, seconds: Date().timeIntervalSince(started))
        if !report.failed.isEmpty { throw ExitCode(2) }
    }

    private func printReport(_ report: IngestReport, seconds: Double) throws {
        if indexOptions.json { return try JSONOutput.print(report) }
        print(Self.summary(report, seconds: seconds))
        if !report.missing.isEmpty {
            print(
                "\(report.missing.count) indexed file(s) no longer exist (run `minutebook ingest --prune` to remove them): "
                    + report.missing.prefix(5).joined(separator: ", ") + (report.missing.count > 5 ? ", …" : ""))
        }
    }

    static func summary(_ report: IngestReport, seconds: Double? = nil) -> String {
        var line = "\(report.indexed) indexed, \(report.unchanged) unchanged, \(report.removed) removed, \(report.failed.count) failed"
        if !report.duplicates.isEmpty { line += ", \(report.duplicates.count) duplicate\(report.duplicates.count == 1 ? "" : "s")" }
        if report.indexed > 0 {
            line += " (\(report.passages) passages, \(report.questions) questions" + (seconds.map { String(format: ", %.1fs", $0) } ?? "") + ")"
        }
        return line
    }
}

/// A progress line on standard error for an ingest that takes more than a second on a terminal: files done of
/// the total, MB/s and time left, redrawn in place at most ten times a second and cleared at the end.
/// Silent when standard error is not a terminal, with --json, or with --verbose (which prints a line a file).
final class IngestProgress {
    private let enabled: Bool
    private let started = Date()
    private var total = 0, totalBytes = 0, done = 0
    private var lastDrawn = Date.distantPast
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ event: IngestEvent) {
        guard enabled else { return }
        switch event {
        case .listed(let files, let bytes): total = files; totalBytes = bytes; return
        case .indexed, .unchanged, .failed, .duplicate: done += 1
        default: clear(); return
        }
        let now = Date()
        let elapsed = now.timeIntervalSince(started)
        guard elapsed > 1, now.timeIntervalSince(lastDrawn) > 0.1 || done == total, total > 0 else { return }
        lastDrawn = now
        draw(Self.line(done: done, total: total, totalBytes: totalBytes, elapsed: elapsed))
    }

    /// "120 of 2,000 files · 3.4 MB/s · about 1 min left".
    static func line(done: Int, total: Int, totalBytes: Int, elapsed: Double) -> String {
        let fraction = total > 0 ? Double(done) / Double(total) : 0
        let rate = elapsed > 0 ? Double(totalBytes) * fraction / elapsed / 1_048_576 : 0
        var line = "\(done) of \(total) files · " + String(format: "%.1f MB/s", rate)
        if fraction > 0, fraction < 1 {
            let left = elapsed / fraction - elapsed
            line += left < 60 ? " · about \(Int(left.rounded(.up)))s left" : " · about \(Int((left / 60).rounded(.up))) min left"
        }
        return line
    }

    private func draw(_ line: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + TerminalSafe.clean(line)).utf8))
        drawn = true
    }

    /// Removes the line, so a message or the summary starts on a clean line.
    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }

    func finish() { clear() }
}
