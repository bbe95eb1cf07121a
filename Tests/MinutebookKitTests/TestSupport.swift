import Foundation
import MinutebookTestSupport
import Testing

@testable import MinutebookKit

/// Paths and builders shared by the library tests.
enum TestSupport {
    static let repoRoot = RepoPaths.root
    static let corpus = RepoPaths.corpus
    static let layouts = repoRoot.appendingPathComponent("Tests/MinutebookKitTests/Fixtures/layouts")

    static func corpusFile(_ prefix: String) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
        let name = try #require(names.first { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }, "no corpus file starting \(prefix)")
        return corpus.appendingPathComponent(name)
    }

    static func parse(_ url: URL) throws -> ParsedDocument {
        let (text, _) = try SourceText.decode(try Data(contentsOf: url))
        return try DocumentParser.parse(text)
    }

    static func parseText(_ text: String) throws -> ParsedDocument {
        try DocumentParser.parse(text)
    }

    static func taxonomy() throws -> Taxonomy {
        try Taxonomy.load(from: repoRoot.appendingPathComponent("index/topics.json"))
    }

    /// A temporary folder, removed by the caller (`defer`); or use `TemporaryFolder`, which removes itself.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("minutebook-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// An index in a temporary folder, built from `paths`; without them, a copy of the bundled corpus's index
    /// (`SharedCorpusIndex`, built once per test process) with the report of that ingest.
    static func index(_ paths: [URL]? = nil, in folder: URL) throws -> (IndexStore, IngestReport) {
        guard let paths else {
            let path = try SharedCorpusIndex.copy(in: folder, name: "test.sqlite")
            return (try IndexStore.open(at: path, create: false), try SharedCorpusIndex.report)
        }
        let store = try IndexStore.open(at: folder.appendingPathComponent("test.sqlite").path, create: true)
        let report = try Ingester(store: store, taxonomy: try taxonomy()).ingest(paths.map(\.path))
        return (store, report)
    }
}
