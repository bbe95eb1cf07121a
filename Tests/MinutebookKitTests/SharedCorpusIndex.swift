import Foundation
import Testing

@testable import MinutebookKit

/// A folder in the temporary directory that is removed when the value is released: a test holds one in a
/// `let` (or a suite's stored property) and no early `throw` can leave the folder behind.
final class TemporaryFolder: Sendable {
    let url: URL

    init(_ label: String = "minutebook-tests") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func appending(_ name: String) -> URL { url.appendingPathComponent(name) }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// The bundled corpus indexed once per test process and never written again. Suites that only read open it
/// with `openForReading()` (every query's way in); a test that writes, or that checks the file's bytes, takes its
/// own `copy(in:)`. Replaces an ingest of the corpus per test (a suite's `init` runs once for each of its tests).
enum SharedCorpusIndex {
    struct Built: Sendable {
        var path: String
        var report: IngestReport
    }

    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    private static let built: Result<Built, Failed> = build()

    static func get(sourceLocation: SourceLocation = #_sourceLocation) throws -> Built {
        switch built {
        case .success(let built): return built
        case .failure(let error):
            Issue.record(Comment(rawValue: error.description), sourceLocation: sourceLocation)
            throw error
        }
    }

    /// What the one ingest of the corpus reported.
    static var report: IngestReport { get throws { try get().report } }

    /// The shared index, opened for queries (read-only: the store refuses writes).
    static func openForReading() throws -> IndexStore {
        try IndexStore.openForReading(at: try get().path)
    }

    /// A copy of the index in `folder`, that the caller owns: its path.
    static func copy(in folder: URL, name: String = "index.sqlite") throws -> String {
        let source = try get().path
        let destination = folder.appendingPathComponent(name).path
        try FileManager.default.copyItem(atPath: source, toPath: destination)
        if FileManager.default.fileExists(atPath: source + "-wal") {
            try FileManager.default.copyItem(atPath: source + "-wal", toPath: destination + "-wal")
        }
        return destination
    }

    private static func build() -> Result<Built, Failed> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minutebook-shared-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            sharedFolder = folder.path
            atexit { SharedCorpusIndex.removeAtExit() }
            let path = folder.appendingPathComponent("corpus.sqlite").path
            let taxonomy = try TestSupport.taxonomy()
            let report = try IndexMaintenance.update(at: path) { store in
                try Ingester(store: store, taxonomy: taxonomy).ingest([TestSupport.corpus.path])
            }
            guard report.failed.isEmpty else { return .failure(Failed(description: "the corpus did not index cleanly: \(report.failed)")) }
            return .success(Built(path: path, report: report))
        } catch {
            return .failure(Failed(description: "the shared corpus index could not be built: \(error)"))
        }
    }

    nonisolated(unsafe) private static var sharedFolder: String?

    private static func removeAtExit() {
        if let sharedFolder { try? FileManager.default.removeItem(atPath: sharedFolder) }
    }
}
