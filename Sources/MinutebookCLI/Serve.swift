import ArgumentParser
import Foundation

/// `minutebook serve`: starts the web pages, which live in their own program (`minutebook-web`) so that the
/// command-line tool builds without the web server's dependencies. It runs the `minutebook-web` found beside
/// this binary, with the same options; when it has not been built, it says how to build it.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the index as web pages (search, documents, meetings, questions, briefs) on this computer.",
        discussion: """
            Runs minutebook-web, which is built apart from this tool: `swift build --product minutebook-web` once \
            (or `swift run minutebook-web` directly). Read-only; binds to 127.0.0.1 unless --host says otherwise.
            """
    )

    @Option(name: .long, help: "The port to listen on.")
    var port = 8080

    @Option(name: .long, help: "The address to listen on (127.0.0.1: this computer only).")
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The index to serve (default as for every command).", valueName: "path"))
    var index: String?

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
    }

    func run() throws {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let web = here.appendingPathComponent("minutebook-web")
        guard FileManager.default.isExecutableFile(atPath: web.path) else {
            Terminal.note(
                "minutebook serve needs minutebook-web beside \(here.path): build it with `swift build --product minutebook-web` (or run `swift run minutebook-web`)"
            )
            throw ExitCode.failure
        }
        let process = Process()
        process.executableURL = web
        process.arguments = ["--port", String(port), "--host", host] + (index.map { ["--index", $0] } ?? [])
        try process.run()
        process.waitUntilExit()
        throw ExitCode(process.terminationStatus)
    }
}
