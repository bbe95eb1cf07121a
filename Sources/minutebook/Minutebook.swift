import ArgumentParser
import Foundation
import MinutebookKit

@main
struct Minutebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutebook",
        abstract: "A searchable record of what Police and Crime Panels were told and asked.",
        discussion: """
            Start with `minutebook ingest` (reads corpus/), then `minutebook search WORDS`, \
            `minutebook questions`, `minutebook brief TOPIC` or `minutebook asked "DRAFT QUESTION"`. \
            The index lives in index/minutebook.sqlite unless --index or MINUTEBOOK_INDEX says otherwise.
            """,
        subcommands: [Ingest.self, Search.self, Questions.self, Topics.self, Brief.self, Asked.self, Check.self, Show.self]
    )

    /// ArgumentParser's `main`, except that its messages — which quote what the user typed and what files
    /// contain (`unknown topic '…'`, `corpus/x.txt: …`) — are printed through `Terminal`, made safe.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { Terminal.out(message) } else { Terminal.note(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
