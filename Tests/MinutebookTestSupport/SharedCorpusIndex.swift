import Foundation
import MinutebookKit

/// The bundled corpus indexed once per test process and never written again, for every test target.
///
/// It is built as `minutebook ingest` builds it in a folder laid out like the repository (`corpus/`,
/// `index/topics.json`, `index/minutebook.sqlite`), through the library, so a command run in a copy of that
/// folder (`Workspace.indexed()`) finds what an ingest would have made there. A test that only reads opens it
/// (`openForReading()`, read-only: the store refuses writes); one that writes, or that checks the file's bytes,
/// takes its own copy (`copy(in:)`, `copy(to:)`). The folder is removed when the process exits.
public enum SharedCorpusIndex {
    public struct Built: Sendable {
        /// The folder: `corpus/`, `index/topics.json`, `index/minutebook.sqlite`.
        public var root: URL
        /// What the one ingest of the corpus reported.
        public var report: IngestReport
        public var index: URL { root.appendingPathComponent("index/minutebook.sqlite") }
        /// The copy of the corpus it was built from: what an ingest into a copy of the index finds unchanged.
        public var corpus: URL { root.appendingPathComponent("corpus") }
    }

    public struct Failed: Error, CustomStringConvertible {
        public var description: String
    }

    private static let built: Result<Built, Failed> = build()

    /// The shared index, or an error that says why it could not be built (a test that throws it fails with it).
    public static func get() throws -> Built { try built.get() }

    /// What the one ingest of the corpus reported.
    public static var report: IngestReport { get throws { try get().report } }

    /// The shared index, opened for queries.
    public static func openForReading() throws -> IndexStore {
        try IndexStore.openForReading(at: try get().index.path)
    }

    /// A copy of the index in `folder`, that the caller owns: its path.
    @discardableResult
    public static func copy(in folder: URL, name: String = "index.sqlite") throws -> String {
        let destination = folder.appendingPathComponent(name)
        try copy(to: destination)
        return destination.path
    }

    /// Copies the index to `destination` (its folder must exist): an index of the bundled corpus that the caller
    /// owns and may change.
    public static func copy(to destination: URL) throws {
        let source = try get().index
        try FileManager.default.copyItem(at: source, to: destination)
        // The ingest has ended, so the file is the whole index; a write-ahead log left beside it goes with it.
        let wal = URL(fileURLWithPath: source.path + "-wal")
        if FileManager.default.fileExists(atPath: wal.path) {
            try FileManager.default.copyItem(at: wal, to: URL(fileURLWithPath: destination.path + "-wal"))
        }
    }

    private static func build() -> Result<Built, Failed> {
        let fm = FileManager.default
        do {
            let root = try ProcessFolder.make("minutebook-shared")
            let corpus = root.appendingPathComponent("corpus"), topics = root.appendingPathComponent("index/topics.json")
            try fm.createDirectory(at: corpus, withIntermediateDirectories: true)
            try fm.createDirectory(at: topics.deletingLastPathComponent(), withIntermediateDirectories: true)
            for name in try RepoPaths.corpusFileNames() {
                try fm.copyItem(at: RepoPaths.corpus.appendingPathComponent(name), to: corpus.appendingPathComponent(name))
            }
            try fm.copyItem(at: RepoPaths.topics, to: topics)
            let taxonomy = try Taxonomy.load(from: topics)
            let report = try IndexMaintenance.update(at: root.appendingPathComponent("index/minutebook.sqlite").path) { store in
                try Ingester(store: store, taxonomy: taxonomy).ingest([corpus.path])
            }
            guard report.failed.isEmpty else { return .failure(Failed(description: "the corpus did not index cleanly: \(report.failed)")) }
            return .success(Built(root: root, report: report))
        } catch {
            return .failure(Failed(description: "the shared corpus index could not be built: \(error)"))
        }
    }
}
