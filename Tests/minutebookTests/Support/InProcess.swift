import Foundation
import Testing

@testable import MinutebookCLI

/// Runs `minutebook` commands inside the test process: the same parsing, `run()` and error handling as the
/// binary's `main` (`Minutebook.run(_:)`), with stdout and stderr captured (`Terminal.capture`) as a pipe would
/// get them — no styles, no wrapping. Far cheaper than launching the debug binary, and safe to run from tests in
/// parallel (the capture is task-local).
///
/// What cannot run in process, and goes to the binary instead (`Workspace.run` decides): `ingest` (it takes
/// locks and spawns threads that print), `show` and `serve`, anything with a relative path the working
/// directory would resolve, and runs that set environment variables (the process's environment is shared).
enum InProcessCLI {
    /// The commands that only read an index given with `--index`.
    static let queryCommands: Set<String> = ["search", "questions", "topics", "brief", "asked", "check"]

    static func run(_ arguments: [String]) -> CLIResult {
        let output = CapturedOutput()
        let status = Terminal.$capture.withValue(output) { Minutebook.run(arguments) }
        return CLIResult(arguments: arguments, stdout: output.stdout, stderr: output.stderr, status: status, signalled: false, timedOut: false)
    }

    /// `arguments` for a query command on the index at `index` (absolute): `--index` added after the command's
    /// name, or a relative `--index` value made absolute against `directory`. Nil when the command cannot run
    /// in process.
    static func rewrite(_ arguments: [String], index: URL, directory: URL) -> [String]? {
        guard let command = arguments.first, queryCommands.contains(command) else { return nil }
        let end = arguments.firstIndex(of: "--") ?? arguments.count
        var options = Array(arguments[..<end])
        if let at = options.firstIndex(of: "--index") {
            guard at + 1 < options.count else { return nil }
            if !options[at + 1].hasPrefix("/") { options[at + 1] = directory.appendingPathComponent(options[at + 1]).path }
        } else if let at = options.firstIndex(where: { $0.hasPrefix("--index=") }) {
            let value = String(options[at].dropFirst("--index=".count))
            if !value.hasPrefix("/") { options[at] = "--index=" + directory.appendingPathComponent(value).path }
        } else {
            options.insert(contentsOf: ["--index", index.path], at: 1)
        }
        return options + arguments[end...]
    }
}
