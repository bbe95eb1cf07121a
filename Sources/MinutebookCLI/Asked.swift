import ArgumentParser
import Foundation
import MinutebookKit

struct Asked: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "asked",
        abstract: "Has this been asked before? Past member questions closest to a draft, with their answers.",
        discussion: """
            Compares the draft with every past question and answer by their words (stemmed) and their topics, so a \
            draft about county lines funding finds earlier county-lines questions worded differently. Best match first.
            """
    )

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The question you are drafting.", valueName: "draft"))
    var draft: [String]

    @Option(name: .long, parsing: .unconditional, help: "How many past questions to show.", transform: LimitArgument.parse)
    var limit = 5

    @OptionGroup var indexOptions: IndexOptions

    func validate() throws {
        _ = try QueryArgument.words(draft)
        try LimitArgument.check(limit, 1...1_000)
    }

    func run() throws {
        let result = try AskedBefore(store: try indexOptions.openForQuery(), related: try indexOptions.relatedTerms()).similar(
            to: try QueryArgument.words(draft).joined(separator: " "), limit: limit)
        if indexOptions.json { return try JSONOutput.print(result.matches) }
        if !result.topics.isEmpty { Terminal.note("the draft is about: \(result.topics.joined(separator: ", "))") }
        if result.matches.isEmpty {
            print("No similar question has been asked before, as far as the index records.")
            return
        }
        for (index, match) in result.matches.enumerated() {
            QuestionPrinter.print(index + 1, match.question)
            var why: [String] = [String(format: "similarity %.2f", match.similarity)]
            if !match.sharedTopics.isEmpty { why.append("same topic: \(match.sharedTopics.joined(separator: ", "))") }
            if !match.sharedWords.isEmpty { why.append("shared words: \(match.sharedWords.joined(separator: ", "))") }
            print(Terminal.dim("   " + why.joined(separator: " · ")))
        }
    }
}
