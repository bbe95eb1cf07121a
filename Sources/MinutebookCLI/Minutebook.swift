import ArgumentParser
import Foundation
import MinutebookKit

/// The `minutebook` program: `Sources/minutebook/main.swift` calls only this.
public enum MinutebookTool {
    /// ArgumentParser's `main`, except that its messages — which quote what the user typed and what files
    /// contain (`unknown topic '…'`, `corpus/x.txt: …`) — are printed through `Terminal`, made safe.
    public static func main() -> Never {
        Foundation.exit(Minutebook.run(Array(CommandLine.arguments.dropFirst())))
    }
}

/// The root command.
struct Minutebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutebook",
        abstract: "A searchable record of what Police and Crime Panels were told and asked.",
        discussion: """
            Start with `minutebook ingest` (reads corpus/), then `minutebook search WORDS`, \
            `minutebook questions`, `minutebook brief TOPIC` or `minutebook asked "DRAFT QUESTION"`. \
            The index lives in index/minutebook.sqlite where there is an index/ folder (as in the repository), \
            else in $XDG_DATA_HOME/minutebook/ (or ~/.local/share/minutebook/), unless --index or MINUTEBOOK_INDEX \
            says otherwise. Questions in plain English work: "what did the PCC say about cuckooing?".
            """,
        version: Minutebook.version,
        subcommands: [Ingest.self, Search.self, Questions.self, Topics.self, Brief.self, Asked.self, Check.self, Show.self, Serve.self]
    )

    /// Printed by `minutebook --version`.
    static let version = "0.13.0"

    /// Parses and runs one command line (`arguments` without the program's name), prints what `main` prints,
    /// and returns the exit status instead of exiting — so that tests can run a command in process.
    static func run(_ arguments: [String]) -> Int32 {
        if let message = CommandSuggestion.message(for: arguments, commands: configuration.subcommands.map { $0._commandName }) {
            Terminal.note(message)
            return ExitCode.validationFailure.rawValue
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return ExitCode.success.rawValue
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { Terminal.out(message) } else { Terminal.note(message) }
            }
            return code.rawValue
        }
    }
}

/// "Did you mean": a first argument that is neither an option nor a command, close to a command's name.
enum CommandSuggestion {
    static func message(for arguments: [String], commands: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first), first != "help" else { return nil }
        let word = first.lowercased()
        let close = commands.map { ($0, distance(word, $0)) }.filter { $0.1 <= max(1, $0.0.count / 3) }.sorted { $0.1 < $1.1 }
        var message = "error: unknown command '\(first)'"
        if let best = close.first { message += "; did you mean '\(best.0)'?" }
        return message + "\nCommands: \(commands.joined(separator: ", ")). See 'minutebook --help'."
    }

    /// Levenshtein distance, with a swap of neighbours counting as one.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
