import ArgumentParser
import Foundation
import MinutebookKit

struct Topics: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics",
        abstract: "List the topics with how many passages, questions and meetings touch each.",
        discussion: "The taxonomy is index/topics.json (edit it, then run `minutebook ingest` to re-tag)."
    )

    @OptionGroup var indexOptions: IndexOptions

    func run() throws {
        let counts = try indexOptions.openForQuery().topicCounts()
        if indexOptions.json { return try JSONOutput.print(counts) }
        let idWidth = max(5, counts.map(\.id.count).max() ?? 0)
        let nameWidth = max(4, counts.map(\.name.count).max() ?? 0)
        print(Terminal.bold(pad("topic", idWidth) + "  " + pad("name", nameWidth) + "  passages  questions  meetings"))
        for topic in counts {
            print(
                pad(topic.id, idWidth) + "  " + pad(topic.name, nameWidth) + "  " + left(topic.passages, 8) + "  " + left(topic.questions, 9) + "  "
                    + left(topic.meetings, 8))
        }
    }

    private func pad(_ s: String, _ width: Int) -> String { s.padding(toLength: width, withPad: " ", startingAt: 0) }
    private func left(_ n: Int, _ width: Int) -> String { String(repeating: " ", count: max(0, width - String(n).count)) + String(n) }
}
