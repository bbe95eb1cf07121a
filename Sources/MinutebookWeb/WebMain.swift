import Foundation
import Hummingbird
import MinutebookKit

/// The `minutebook-web` command: options, the index (built from corpus/ on first use, as the CLI does), the server.
public enum WebMain {
    public static let usage = "usage: minutebook-web [--port 8080] [--host 127.0.0.1] [--index PATH]"

    public struct Options: Equatable, Sendable {
        public var host = "127.0.0.1"
        public var port = 8080
        public var index: String?

        public init() {}

        public init(_ arguments: [String]) throws(BadRequest) {
            var rest = arguments[...]
            while let argument = rest.popFirst() {
                func value() throws(BadRequest) -> String {
                    guard let value = rest.popFirst(), !value.isEmpty else { throw BadRequest("\(argument) needs a value") }
                    return value
                }
                switch argument {
                case "--host": host = try value()
                case "--port":
                    let text = try value()
                    guard let number = Int(text), (0...65_535).contains(number) else {
                        throw BadRequest("--port must be a number from 0 to 65535, not '\(text)'")
                    }
                    port = number
                case "--index": index = try value()
                case "-h", "--help": throw BadRequest("help")
                default: throw BadRequest("unknown option '\(argument)'")
                }
            }
        }
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data((TerminalSafe.clean(text) + "\n").utf8))
    }

    public static func run(_ arguments: [String]) async {
        let options: Options
        do { options = try Options(arguments) } catch {
            if error.message == "help" { print(usage); exit(0) }
            note("minutebook-web: \(error.message)\n\(usage)")
            exit(64)
        }
        let environment = ProcessInfo.processInfo.environment["MINUTEBOOK_INDEX"].flatMap { $0.isEmpty ? nil : $0 }
        let path = options.index ?? environment ?? IndexStore.defaultPath
        do {
            if options.index == nil, environment == nil, PathKind.of(path) == .missing, FileManager.default.fileExists(atPath: "corpus") {
                let taxonomy = try TaxonomyLocator.locate(explicit: nil, indexPath: path)
                _ = try IndexMaintenance.buildIfMissing(at: path) { store in
                    note("no index yet: building \(path) from corpus/ …")
                    return try Ingester(store: store, taxonomy: taxonomy.taxonomy).ingest(["corpus"])
                }
            }
            let site = try Site(path: path)
            if !WebServer.isLoopback(options.host) {
                note("warning: listening on \(options.host), not loopback: anyone who can reach this machine can read the index")
            }
            let app = WebServer.application(pages: Pages(site: site), host: options.host, port: options.port)
            note(
                "minutebook-web: serving \(path) at http://\(options.host.contains(":") ? "[\(options.host)]" : options.host):\(options.port)/ (read-only; Ctrl-C stops)"
            )
            try await app.runService()
        } catch {
            note("minutebook-web: \(error.localizedDescription)")
            exit(1)
        }
    }
}
