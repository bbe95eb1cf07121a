import Foundation
import Testing

/// The bundled corpus indexed once per test process, by the binary (`minutebook ingest --json`, end to end),
/// and never written again: a test that needs "the corpus, indexed" starts from a copy of this file
/// (`Workspace.indexed()`) instead of ingesting the corpus itself. Its folder is removed when the process exits.
enum SharedCorpusIndex {
    struct Built: Sendable {
        /// The workspace the ingest ran in: `corpus/`, `index/topics.json`, `index/minutebook.sqlite`.
        var root: URL
        /// What `minutebook ingest --json` printed.
        var ingest: CLIResult
        var index: URL { root.appendingPathComponent("index/minutebook.sqlite") }
    }

    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    private static let built: Result<Built, Failed> = build()

    /// The shared index, or a test failure that says why it could not be built.
    static func get(sourceLocation: SourceLocation = #_sourceLocation) throws -> Built {
        switch built {
        case .success(let built): return built
        case .failure(let error):
            Issue.record(Comment(rawValue: error.description), sourceLocation: sourceLocation)
            throw error
        }
    }

    /// Copies the index to `destination` (its folder must exist): an index of the bundled corpus that the caller
    /// owns and may change.
    static func copy(to destination: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let source = try get(sourceLocation: sourceLocation).index
        try FileManager.default.copyItem(at: source, to: destination)
        // The ingest has ended, so the file is the whole index; a write-ahead log left beside it goes with it.
        let wal = URL(fileURLWithPath: source.path + "-wal")
        if FileManager.default.fileExists(atPath: wal.path) {
            try FileManager.default.copyItem(at: wal, to: URL(fileURLWithPath: destination.path + "-wal"))
        }
    }

    private static func build() -> Result<Built, Failed> {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("minutebook-shared-\(UUID().uuidString)", isDirectory: true)
        do {
            try fm.createDirectory(at: root.appendingPathComponent("corpus"), withIntermediateDirectories: true)
            try fm.createDirectory(at: root.appendingPathComponent("index"), withIntermediateDirectories: true)
            for name in try RepoPaths.corpusFileNames() {
                try fm.copyItem(at: RepoPaths.corpus.appendingPathComponent(name), to: root.appendingPathComponent("corpus/\(name)"))
            }
            try fm.copyItem(at: RepoPaths.topics, to: root.appendingPathComponent("index/topics.json"))
            sharedRoot = root.path
            atexit { SharedCorpusIndex.removeAtExit() }
            let result = try CLI(directory: root).run(["ingest", "--json"])
            guard result.status == 0, result.exitedNormally else { return .failure(Failed(description: "the shared index could not be built:\n\(result)")) }
            return .success(Built(root: root, ingest: result))
        } catch {
            return .failure(Failed(description: "the shared index could not be built: \(error)"))
        }
    }

    nonisolated(unsafe) private static var sharedRoot: String?

    private static func removeAtExit() {
        if let sharedRoot { try? FileManager.default.removeItem(atPath: sharedRoot) }
    }
}
