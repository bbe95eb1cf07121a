import ArgumentParser
import Foundation
import MinutebookKit

/// A file that could not be read or understood: "path: reason", exit status 1.
struct FileFailure: Error, LocalizedError {
    var path: String
    var error: DocumentError
    var errorDescription: String? { "\(path): \(error.localizedDescription)" }
}

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show how a file is understood: meeting, items, passages, speakers, topics and questions.",
        discussion: "Reads the file without touching the index: use it to check a new layout before ingesting."
    )

    @Argument(help: ArgumentHelp("A minutes or report file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The topic taxonomy (default: index/topics.json).", valueName: "path"))
    var topics: String?

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @Flag(name: .long, inversion: .prefixedNo, help: "Say why each question was read so, and why sentences that look like questions were not taken.")
    var explain = true

    @Flag(name: .long, help: "Print the text as read from the file (for web pages, PDF and Word: the layout the parser reads), with each line's page.")
    var text = false

    /// The taxonomy for topics; with none to be found (and no --topics), topics are simply not shown.
    private func showTaxonomy() throws -> Taxonomy {
        if topics != nil { return try TaxonomyLocator.locate(explicit: topics, indexPath: IndexStore.defaultPath).taxonomy }
        guard let found = try? TaxonomyLocator.locate(explicit: nil, indexPath: IndexStore.defaultPath) else {
            if !json { Terminal.note("note: no topic taxonomy found here, so topics are not shown (pass --topics PATH)") }
            return Taxonomy(topics: [])
        }
        return found.taxonomy
    }

    func run() throws {
        let url = URL(fileURLWithPath: file)
        if let noun = PathKind.of(url.path).noun { throw FileFailure(path: file, error: .unreadable("it is \(noun), not a file")) }
        guard PathKind.of(url.path) != .missing else { throw FileFailure(path: file, error: .notFound) }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw FileFailure(path: file, error: .unreadable((error as NSError).localizedFailureReason ?? "permission denied"))
        }
        if text {
            let extracted: ExtractedText
            do { extracted = try DocumentReader.read(data, url: url) } catch { throw FileFailure(path: file, error: error) }
            for (index, line) in extracted.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                print((extracted.page(ofLine: index + 1).map { "p.\($0)\t" } ?? "") + line)
            }
            return
        }
        let taxonomy = try showTaxonomy()
        let understood: UnderstoodDocument
        do {
            understood = try UnderstoodDocument(data: data, url: url, taxonomy: taxonomy)
        } catch {
            throw FileFailure(path: file, error: error)
        }
        if json { return try JSONOutput.print(understood) }
        for warning in understood.warnings { Terminal.note("warning: \(file): \(warning)") }
        let m = understood.metadata
        print(Terminal.bold(file))
        print("panel: \(m.body ?? "unknown") · meeting date: \(m.meetingDate ?? "unknown") · kind: \(m.kind.rawValue) · read as: \(understood.format.rawValue)")
        if let address = understood.sourceURL { print("source: \(address)") }
        for item in understood.items {
            print(Terminal.bold("item \(item.number ?? "?"): \(item.title ?? "untitled")"))
            for passage in item.passages {
                var tags = [passage.kind.rawValue]
                if let speaker = passage.speaker { tags.append("speaker: \(speaker)") }
                if !passage.topics.isEmpty { tags.append("topics: \(passage.topics.joined(separator: ", "))") }
                print(
                    "  line \(passage.line)" + (passage.page.map { " (p. \($0))" } ?? "") + " [\(tags.joined(separator: " · "))]"
                        + (passage.section.map { " § \($0)" } ?? ""))
                print(Terminal.wrap(Searcher.excerpt(passage.text, length: 160), indent: "    "))
            }
            for (question, why) in zip(item.questions, item.explanations) {
                print(
                    "  line \(question.line)" + (question.page.map { " (p. \($0))" } ?? "")
                        + " QUESTION by \(question.asker) → \(question.respondent ?? (question.answer.isEmpty ? "no answer" : "answer, speaker not named")) [\(question.status.rawValue)]"
                )
                print(Terminal.wrap("Q: " + Searcher.excerpt(question.question, length: 160), indent: "    "))
                print(Terminal.wrap("A: " + Searcher.excerpt(question.answer, length: 160), indent: "    "))
                if explain {
                    print(Terminal.dim(Terminal.wrap("why asked: \(why.askingRule)", indent: "    ")))
                    if let rule = why.answeringRule { print(Terminal.dim(Terminal.wrap("why answered: \(rule)", indent: "    "))) }
                    print(Terminal.dim(Terminal.wrap("status: \(why.statusReason)", indent: "    ")))
                }
            }
            if explain {
                for passed in item.passedOver {
                    print("  line \(passed.line) NOT TAKEN: " + Searcher.excerpt(passed.sentence, length: 120))
                    print(Terminal.dim(Terminal.wrap("why not: \(passed.reason)", indent: "    ")))
                }
            }
        }
    }
}
