import Foundation

/// What the best matches of a search carry, counted, to narrow the search down (the web pages' facets): each
/// topic, panel, year, kind and speaker with how many of the matches carry it.
public struct SearchFacets: Equatable, Sendable {
    public var topics: [String: Int] = [:]
    public var panels: [String: Int] = [:]
    /// By the year of the meeting ("2018").
    public var years: [String: Int] = [:]
    public var kinds: [String: Int] = [:]
    public var speakers: [String: Int] = [:]
    /// How many matches were counted: at most the limit asked for.
    public var matches = 0

    public init() {}

    /// Counts what `hits` carry.
    public init(_ hits: [PassageHit]) {
        for hit in hits {
            add(topics: hit.topics, panel: hit.source.body, date: hit.source.meetingDate, kind: hit.source.kind.rawValue, speakers: hit.speakers.map(\.name))
        }
    }

    mutating func add(topics: [String], panel: String?, date: String?, kind: String, speakers: [String]) {
        matches += 1
        for topic in topics { self.topics[topic, default: 0] += 1 }
        if let panel { panels[panel, default: 0] += 1 }
        if let date { years[String(date.prefix(4)), default: 0] += 1 }
        kinds[kind, default: 0] += 1
        for speaker in speakers { self.speakers[speaker, default: 0] += 1 }
    }
}

extension SearchFacets {
    /// Counts what the passages `ids` carry: one statement.
    static func count(_ index: IndexReader, ids: [Int64]) throws -> SearchFacets {
        var facets = SearchFacets()
        try index.facetValues(ids: ids) { topics, speakers, panel, date, kind in
            facets.add(topics: topics, panel: panel, date: date, kind: kind, speakers: speakers)
        }
        return facets
    }
}

extension Searcher {
    /// Counts what the best `limit` matches of `text` carry: the passages `search` lists with a limit over 50
    /// (the words as typed first, then the other names of their topics and related words; best first, or by
    /// date with `sort`), found without building hits or snippets — a fraction of the search's work. (A page of
    /// 50 or fewer the search spreads across documents: its hits are not simply the best ones.)
    ///
    /// With an empty `text` (a topic's passages), `raw` syntax, or fewer exact and widened matches than a search
    /// fills out with partial ones, the search itself is run and its hits counted.
    public func facets(_ text: String, options: SearchOptions, limit: Int = 500) throws -> SearchFacets {
        let limit = min(max(1, limit), SearchOptions.maximumLimit)
        let query = QueryParser.parse(text)
        guard !options.raw, let plan = MatchPlan.passages(query) else {
            return try counted(text, options: options, limit: limit)
        }
        let found: SearchFacets? = try store.reading { index in
            let filters = FilterSQL.passages(options.filters)
            let order = options.sort ?? .relevance
            var ids = try RankedSearch(index, plan: plan, filters: filters, order: order).top(limit: limit).rows.map(\.id)
            let widening = options.expand ? try Self.widen(query, names: try index.topicNames(), related: related) : Widening(query: query)
            if widening.isWider, ids.count < limit, let wide = MatchPlan.passages(widening.query) {
                let seen = Set(ids)
                let more = try RankedSearch(index, plan: wide, filters: filters, order: order).top(limit: limit + ids.count).rows
                ids += more.map(\.id).filter { !seen.contains($0) }.prefix(limit - ids.count)
            }
            // A search with few matches adds passages with most of the words: count those as it shows them.
            if ids.count < Self.fewHits, query.isPlain, widening.query.required.count >= 2 { return nil }
            return try SearchFacets.count(index, ids: ids)
        }
        return try found ?? counted(text, options: options, limit: limit)
    }

    /// The facets of the search's own hits.
    private func counted(_ text: String, options: SearchOptions, limit: Int) throws -> SearchFacets {
        var options = options
        options.limit = limit
        options.snippets = false
        return SearchFacets(try search(text, options: options).hits)
    }
}
