import ArgumentParser
import Foundation
import MinutebookKit

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how a file is understood: meeting, items, passages, speakers, topics and questions.",
        discussion: "Reads the file without touching the index: use it to check a new layout before ingesting."
    )

    @Argument(help: ArgumentHelp("A minutes or report file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The topic taxonomy (default: index/topics.json).", valueName: "path"))
    var topics: String?

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    func run() throws {
        let url = URL(fileURLWithPath: file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ValidationError("\(file): \(DocumentError.notFound.localizedDescription)")
        }
        let understood: UnderstoodDocument
        do {
            let taxonomy = try TaxonomyLocator.locate(explicit: topics, indexPath: IndexStore.defaultPath).taxonomy
            understood = try UnderstoodDocument(data: data, url: url, taxonomy: taxonomy)
        } catch let error as DocumentError {
            throw ValidationError("\(file): \(error.localizedDescription)")
        }
        if json { return try JSONOutput.print(understood) }
        let m = understood.metadata
        print(Terminal.bold(file))
        print("panel: \(m.body ?? "unknown") · meeting date: \(m.meetingDate ?? "unknown") · kind: \(m.kind.rawValue)")
        for item in understood.items {
            print(Terminal.bold("item \(item.number ?? "?"): \(item.title ?? "untitled")"))
            for passage in item.passages {
                var tags = [passage.kind]
                if let speaker = passage.speaker { tags.append("speaker: \(speaker)") }
                if !passage.topics.isEmpty { tags.append("topics: \(passage.topics.joined(separator: ", "))") }
                print("  line \(passage.line) [\(tags.joined(separator: " · "))]" + (passage.section.map { " § \($0)" } ?? ""))
                print(Terminal.wrap(Searcher.excerpt(passage.text, length: 160), indent: "    "))
            }
            for question in item.questions {
                print("  line \(question.line) QUESTION by \(question.asker) → \(question.respondent ?? "no answer") [\(question.status.rawValue)]")
                print(Terminal.wrap("Q: " + Searcher.excerpt(question.question, length: 160), indent: "    "))
                print(Terminal.wrap("A: " + Searcher.excerpt(question.answer, length: 160), indent: "    "))
            }
        }
    }
}
