import Foundation
import Testing

@testable import MinutebookKit

/// `Searcher.facets` counts what the same matches carry as the search lists, without building them.
@Suite("search: facets of the best matches")
struct SearchFacetsTests {
    static let queries: [(String, Filters, ResultOrder?)] = [
        ("county lines", Filters(), nil),
        ("hate crime", Filters(), nil),
        ("fgm", Filters(), nil),
        ("\"county lines\"", Filters(), nil),
        ("police -crime", Filters(), nil),
        ("safeguarding", Filters(from: "2018-01-01", to: "2019-12-31"), .newest),
        ("crime", Filters(kind: .minutes, speaker: "pcc"), nil),
        ("cyber OR fraud", Filters(topics: ["cybercrime"]), .oldest),
        ("funding cuckooing zebra", Filters(), nil),  // few matches: the search adds partial ones
    ]

    @Test("the same counts as the search's own hits", arguments: queries.indices)
    func sameAsTheSearch(_ index: Int) throws {
        let (text, filters, sort) = Self.queries[index]
        let searcher = Searcher(store: try IndexedDocumentTests.store())
        for limit in [500, 60] {  // (a page of 50 or fewer is spread across documents by the search: not the best N)
            let options = SearchOptions(filters: filters, limit: limit, sort: sort)
            let hits = try searcher.search(text, options: options).hits
            let facets = try searcher.facets(text, options: options, limit: limit)
            #expect(facets == SearchFacets(hits), "\(text) (limit \(limit))")
            #expect(facets.matches == hits.count)
        }
    }

    /// A search asked for facets (the web page's) ranks once for both: the same hits, snippets and total as without,
    /// and the same counts as `facets`.
    @Test("a search counts the same facets, and finds the same hits", arguments: queries.indices)
    func searchCountsThem(_ index: Int) throws {
        let (text, filters, sort) = Self.queries[index]
        let searcher = Searcher(store: try IndexedDocumentTests.store())
        for limit in [10, 20, 3] {
            let plain = SearchOptions(filters: filters, limit: limit, sort: sort)
            var asked = plain
            asked.facets = 500
            let without = try searcher.search(text, options: plain), with = try searcher.search(text, options: asked)
            #expect(with.hits.map(\.id) == without.hits.map(\.id), "\(text) (limit \(limit))")
            #expect(with.hits.map(\.snippet) == without.hits.map(\.snippet))
            #expect(with.total == without.total && with.totalIsAtLeast == without.totalIsAtLeast)
            #expect(without.facets == nil)
            if let facets = with.facets {
                #expect(facets == (try searcher.facets(text, options: plain, limit: 500)), "\(text) (limit \(limit))")
            } else {
                // Left to `facets` only when few passages have every word (the search then adds some with most).
                #expect(with.partial != nil || with.hits.count < Searcher.fewHits, "\(text): no facets counted")
            }
        }
    }

    @Test func countsWhatTheHitsCarry() throws {
        let hits = try Searcher(store: try IndexedDocumentTests.store()).search("hate crime", options: SearchOptions(limit: 500)).hits
        let facets = SearchFacets(hits)
        #expect(facets.matches == hits.count && hits.count > 10)
        #expect(facets.topics["hate-crime"] == hits.filter { $0.topics.contains("hate-crime") }.count && facets.topics["hate-crime"] ?? 0 > 0)
        #expect(facets.years.values.reduce(0, +) == hits.filter { $0.source.meetingDate != nil }.count)
    }
}
