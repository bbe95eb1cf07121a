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

    @Test func countsWhatTheHitsCarry() throws {
        let hits = try Searcher(store: try IndexedDocumentTests.store()).search("hate crime", options: SearchOptions(limit: 500)).hits
        let facets = SearchFacets(hits)
        #expect(facets.matches == hits.count && hits.count > 10)
        #expect(facets.topics["hate-crime"] == hits.filter { $0.topics.contains("hate-crime") }.count && facets.topics["hate-crime"] ?? 0 > 0)
        #expect(facets.years.values.reduce(0, +) == hits.filter { $0.source.meetingDate != nil }.count)
    }
}
