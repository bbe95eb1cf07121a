import Foundation
import Testing

@testable import MinutebookKit

/// The first page of results for a fixed set of queries on the bundled corpus, compared with
/// `Fixtures/ranking/first-pages.txt`. A change of ranking shows as a diff of that file: explain each
/// difference in the commit that changes it, then record the new order with
/// `MINUTEBOOK_RECORD_RANKING=1 swift test --filter RankingOrder`.
@Suite("Ranking order", .serialized)
final class RankingOrderTests {
    static let queries = [
        "county lines", "\"county lines\"", "police", "FGM", "MASH", "hate crime", "domestic abuse", "cybercrime",
        "safeguard*", "cuckooing OR trafficking", "precept", "victims", "knife crime", "stop and search", "mental health",
        "budget", "complaints", "drugs -county", "rural crime", "body worn video", "police and crime plan", "road safety",
    ]
    static let fixture = TestSupport.repoRoot.appendingPathComponent("Tests/MinutebookKitTests/Fixtures/ranking/first-pages.txt")

    let folder: URL
    let searcher: Searcher

    init() throws {
        folder = try TestSupport.temporaryFolder()
        let (store, report) = try TestSupport.index(in: folder)
        #expect(report.failed.isEmpty)
        searcher = Searcher(store: store)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// One line per hit: the query, the rank, where the passage is, and how it matched.
    func firstPages() throws -> String {
        var lines: [String] = []
        for query in Self.queries {
            let hits = try searcher.search(query, options: SearchOptions(limit: 10)).hits
            if hits.isEmpty { lines.append("\(query)\t-\t(no hits)") }
            for (rank, hit) in hits.enumerated() {
                lines.append("\(query)\t\(rank + 1)\t\(hit.source.document):\(hit.source.line)\t\(hit.match)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func firstPagesKeepTheirOrder() throws {
        let actual = try firstPages()
        if ProcessInfo.processInfo.environment["MINUTEBOOK_RECORD_RANKING"] == "1" {
            try actual.write(to: Self.fixture, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: Self.fixture, encoding: .utf8)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(
            actual == expected,
            "first difference: \(firstDifference.map { "line \($0.offset + 1): got \($0.element.0), recorded \($0.element.1)" } ?? "in length")")
    }
}
