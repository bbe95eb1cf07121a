import Foundation

/// Ranks passages for a query with bm25 (item title and section weighted above text), with snippets,
/// filters, topic expansion (exact matches first) and "did you mean" suggestions.
public struct Searcher: Sendable {
    public let store: IndexStore
    /// Related words searched beside a query's own (see `RelatedTerms`).
    public var related: RelatedTerms

    public init(store: IndexStore, related: RelatedTerms = .builtIn) {
        self.store = store
        self.related = related
    }

    /// The taxonomy stored by the last ingest.
    public func taxonomy() throws -> Taxonomy {
        try store.reading { index in try index.taxonomy() }
    }

    /// Checks `--topic` values against the stored taxonomy and returns their ids.
    public func resolveTopics(_ names: [String]) throws -> [String] {
        let taxonomy = try taxonomy()
        return try names.map { name in
            guard let topic = taxonomy.topic(named: name) else { throw SearchError.unknownTopic(name, known: taxonomy.topics.map(\.id)) }
            return topic.id
        }
    }

    /// Passages for `text`; with an empty `text` and topic filters, every passage of those topics.
    public func search(_ text: String, options: SearchOptions = SearchOptions()) throws -> SearchResult {
        let limit = min(max(1, options.limit), SearchOptions.maximumLimit)
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            guard !options.filters.topics.isEmpty else {
                throw SearchError.nothingToSearch("give words to search for, or --topic to list a topic's passages")
            }
            let hits = try store.reading { index in try listTopic(index, options: options, limit: limit) }
            return SearchResult(
                hits: hits, understood: "topic " + options.filters.topics.joined(separator: " OR "), expandedTopics: [], notes: [], suggestions: [])
        }
        return try store.reading { index -> SearchResult in
            if options.raw {
                let plan = MatchPlan.passages(expression: try index.rawPassagePattern(text))
                let hits = try run(index, plan: plan, options: options, limit: limit, match: .exact, highlight: SnippetBuilder(raw: text))
                return SearchResult(hits: hits, understood: text, expandedTopics: [], notes: [], suggestions: [])
            }
            let query = QueryParser.parse(text)
            guard let plan = MatchPlan.passages(query) else {
                throw SearchError.nothingToSearch(Self.explainEmpty(query))
            }
            let order = options.sort ?? .relevance
            let pool = Self.poolSize(limit, options)
            // How many passages each plan matches, when ranking found out on the way (saves a second pass to count).
            var totals: [String: Int] = [:]
            // With facets asked for, one ranking serves both: the hits are the first `pool` of the best `facets`.
            let facetLimit = min(max(0, options.facets), SearchOptions.maximumLimit)
            let exactRows = facetLimit > 0 ? try ranked(index, plan: plan, options: options, limit: max(pool, facetLimit), totals: &totals) : nil
            var hits = try run(
                index, plan: plan, options: options, limit: pool, match: .exact, highlight: SnippetBuilder(query: query),
                ranked: exactRows.map { Array($0.prefix(pool)) }, totals: &totals)
            let widening = options.expand ? try Self.widen(query, names: try index.topicNames(), related: related) : Widening(query: query)
            let widePlan = widening.isWider ? MatchPlan.passages(widening.query) : nil
            var facetIDs = exactRows.map { Array($0.prefix(facetLimit).map(\.id)) }
            if let widePlan, hits.count < pool || (facetIDs?.count ?? facetLimit) < facetLimit {
                let wideLimit = max(pool + hits.count, facetLimit + (facetIDs?.count ?? 0))
                let wideRows = facetLimit > 0 ? try ranked(index, plan: widePlan, options: options, limit: wideLimit, totals: &totals) : nil
                if hits.count < pool {
                    let seen = Set(hits.map(\.id))
                    let more = try run(
                        index, plan: widePlan, options: options, limit: pool + hits.count, match: .expanded, highlight: SnippetBuilder(query: widening.query),
                        ranked: wideRows.map { Array($0.prefix(pool + hits.count)) }, totals: &totals)
                    hits += more.filter { !seen.contains($0.id) }.prefix(pool - hits.count)
                }
                if let wideRows, let ids = facetIDs {
                    let seen = Set(ids)
                    facetIDs = ids + wideRows.map(\.id).filter { !seen.contains($0) }.prefix(facetLimit - ids.count)
                }
            }
            let countPlan = widePlan ?? plan
            var total = try totals[countPlan.expression] ?? RankedSearch(index, plan: countPlan, filters: .passages(options.filters)).count()
            let totalIsAtLeast = countPlan.check != nil && total >= RankedSearch.exactCountCap
            if order == .relevance { hits = Self.diversify(hits, limit: limit) } else { hits = Array(hits.prefix(limit)) }
            var partial: PartialMatch?
            if hits.count < Self.fewHits, query.isPlain, widening.query.required.count >= 2 {
                let found = try partialMatches(
                    index, clauses: widening.query.required, options: options, limit: limit - hits.count, exclude: Set(hits.map(\.id)))
                if !found.hits.isEmpty {
                    hits += found.hits
                    total += found.candidates
                    partial = PartialMatch(words: widening.query.required.map { $0.alternatives[0].words.joined(separator: " ") }, missing: found.missing)
                }
            }
            var filteredOut: FilteredOut?
            if hits.isEmpty, options.filters != Filters() {
                let unfiltered = try RankedSearch(index, plan: widePlan ?? plan).count()
                if unfiltered > 0 {
                    filteredOut = FilteredOut(unfiltered: unfiltered, filters: FilteredOut.describe(options.filters), query: query.description)
                }
            }
            let suggestions = hits.isEmpty && filteredOut == nil ? try Suggester.suggest(index, query: query) : []
            for index in hits.indices {
                hits[index].rank = index + 1
                hits[index].total = total
            }
            var result = SearchResult(hits: hits, understood: query.description, expandedTopics: widening.topics, notes: query.notes, suggestions: suggestions)
            result.total = total
            result.totalIsAtLeast = totalIsAtLeast
            result.partial = partial
            result.relatedTerms = widening.related
            result.filteredOut = filteredOut
            // Few matches of every word: the search showed passages with most of them, which `facets` counts.
            if let facetIDs, !(facetIDs.count < Self.fewHits && query.isPlain && widening.query.required.count >= 2) {
                result.facets = try SearchFacets.count(index, ids: facetIDs)
            }
            return result
        }
    }

    /// Fewer strict hits than this and a plain query of several words also shows passages with most of the words.
    static let fewHits = 3

    /// A query widened with its topics' other names and related words.
    struct Widening {
        var query: SearchQuery
        var topics: [String] = []
        var related: [String] = []
        var isWider: Bool { !topics.isEmpty || !related.isEmpty }
    }

    static func widen(_ query: SearchQuery, names: TopicNames, related: RelatedTerms) throws -> Widening {
        var widening = Widening(query: query)
        if let expansion = TopicExpansion.expand(query, names: names) {
            widening.query = expansion.query
            widening.topics = expansion.topics
        }
        if let expansion = RelatedExpansion.expand(widening.query, related: related) {
            widening.query = expansion.query
            widening.related = expansion.added
        }
        return widening
    }

    /// Passages with most of the clauses (at least half, rounded up), most clauses first, then bm25.
    private func partialMatches(_ index: IndexReader, clauses: [SearchQuery.Clause], options: SearchOptions, limit: Int, exclude: Set<Int64>)
        throws -> (hits: [PassageHit], candidates: Int, missing: [String])
    {
        guard limit > 0 else { return ([], 0, []) }
        let any = MatchPlan.passages(expression: clauses.map(\.fts).joined(separator: " OR "))
        let search = RankedSearch(index, plan: any, filters: .passages(options.filters))
        let ranked = try search.top(limit: 400).rows.filter { !exclude.contains($0.id) }
        let matched = try search.clausesMet(ranked, clauses: clauses.map(\.fts))
        let scored = PartialRanking.rank(ranked, matched: matched, clauses: clauses.count)
        let shown = Array(scored.prefix(limit))
        let missing = clauses.indices.filter { c in !shown.contains { matched[$0.id]?.contains(c) == true } }
            .map { clauses[$0].alternatives[0].words.joined(separator: " ") }
        var query = SearchQuery()
        query.required = clauses
        let hits = try run(index, plan: any, options: options, limit: 0, match: .partial, highlight: SnippetBuilder(query: query), ranked: shown)
        return (hits, scored.count, missing)
    }

    /// How many ranked hits to look at for a page of `limit`: more than the page, so one long report cannot fill it.
    static func poolSize(_ limit: Int, _ options: SearchOptions) -> Int {
        (options.sort ?? .relevance) == .relevance && limit <= 50 ? limit * 3 : limit
    }

    /// The first page shows what was said across meetings: at most a third of it (and at least two hits) from any
    /// one document, in rank order; the rest of the pool fills the page if there is room.
    static func diversify(_ hits: [PassageHit], limit: Int) -> [PassageHit] {
        let cap = max(2, limit / 3)
        var picked = [Bool](repeating: false, count: hits.count)
        var page: [Int] = []  // indices into hits: hits are large structs, so they are copied once, at the end
        var perDocument: [String: Int] = [:]
        for (index, hit) in hits.enumerated() where page.count < limit && perDocument[hit.source.path, default: 0] < cap {
            page.append(index)
            picked[index] = true
            perDocument[hit.source.path, default: 0] += 1
        }
        for index in hits.indices where page.count < limit && !picked[index] { page.append(index) }
        // Matches as typed before matches of other names, each best first.
        func tier(_ hit: PassageHit) -> Int { hit.match == .exact ? 0 : 1 }
        return page.sorted { tier(hits[$0]) != tier(hits[$1]) ? tier(hits[$0]) < tier(hits[$1]) : hits[$0].score > hits[$1].score }.map { hits[$0] }
    }

    static func explainEmpty(_ query: SearchQuery) -> String {
        if !query.excluded.isEmpty { return "a query needs at least one word to look for, not only words to leave out" }
        return "nothing to search for in that query (no letters or digits)"
    }

    /// The top rows of the plan (ranked by the index: `RankedSearch`), then their passages, with snippets built
    /// for just those rows.
    private func run(
        _ index: IndexReader, plan: MatchPlan, options: SearchOptions, limit: Int, match: Match, highlight: SnippetBuilder,
        ranked given: [RankedRow]? = nil
    ) throws -> [PassageHit] {
        var totals: [String: Int] = [:]
        return try run(index, plan: plan, options: options, limit: limit, match: match, highlight: highlight, ranked: given, totals: &totals)
    }

    /// The best `limit` rows of `plan` (what `run` ranks), recording the plan's count in `totals` when found.
    private func ranked(_ index: IndexReader, plan: MatchPlan, options: SearchOptions, limit: Int, totals: inout [String: Int]) throws -> [RankedRow] {
        let found = try RankedSearch(index, plan: plan, filters: .passages(options.filters), order: options.sort ?? .relevance).top(limit: limit)
        if let total = found.total { totals[plan.expression] = total }
        return found.rows
    }

    /// - Parameter totals: where the plan's count is recorded (by expression) when ranking worked it out.
    private func run(
        _ index: IndexReader, plan: MatchPlan, options: SearchOptions, limit: Int, match: Match, highlight: SnippetBuilder,
        ranked given: [RankedRow]? = nil, totals: inout [String: Int]
    ) throws -> [PassageHit] {
        let ranked: [RankedRow]
        if let given {
            ranked = given
        } else {
            let found = try RankedSearch(index, plan: plan, filters: .passages(options.filters), order: options.sort ?? .relevance).top(limit: limit)
            ranked = found.rows
            if let total = found.total { totals[plan.expression] = total }
        }
        guard !ranked.isEmpty else { return [] }
        let passages = try index.passages(ids: ranked.map(\.id))
        return ranked.compactMap { row in
            guard let passage = passages[row.id] else { return nil }
            var marked = options.snippets ? highlight.snippet(passage.text) ?? Self.excerpt(passage.text) : ""
            // A passage that matched through its heading shows the heading, so the reader sees why.
            if options.snippets, !marked.utf8.contains(0x02), let section = passage.section, let heading = highlight.snippet(section) {  // 0x02: Snippet.open
                marked = "§ " + heading + " — " + marked
            }
            return PassageHit(passage, snippet: Snippet(marked: marked), score: -row.rank, match: match)
        }
    }

    /// Every passage of the filtered topics, oldest first (or newest with `--sort newest`).
    private func listTopic(_ index: IndexReader, options: SearchOptions, limit: Int) throws -> [PassageHit] {
        try index.listedPassages(filters: .passages(options.filters), newest: options.sort == .newest, limit: limit).map { passage in
            PassageHit(passage, snippet: Snippet(marked: Self.excerpt(passage.text)), score: 0, match: .topic)
        }
    }

    public static func excerpt(_ text: String, length: Int = 220) -> String {
        text.count <= length ? text : String(text.prefix(length)).trimmingCharacters(in: .whitespaces) + "…"
    }
}

extension PassageHit {
    /// A passage the index read, as a hit.
    init(_ passage: PassageRow, snippet: Snippet, score: Double, match: Match) {
        self.init(
            id: passage.id, source: passage.source, passageKind: passage.kind, section: passage.section, speaker: passage.speaker,
            speakerRole: passage.speakerRole, speakers: passage.speakers, topics: passage.topics, text: passage.text, snippet: snippet, score: score,
            match: match, table: passage.table)
    }
}

extension Searcher {
    /// The FTS5 table and MATCH expression a query runs as, for benchmarks and diagnostics: the same text a bare
    /// `SELECT rowid FROM <table> WHERE <table> MATCH ? ORDER BY rank` takes. `exactCheck` says whether quoted
    /// phrases are then verified on the candidates.
    public static func matchExpression(for text: String, expanded: Taxonomy? = nil, questions: Bool = false) -> (
        table: String, expression: String, exactCheck: Bool
    )? {
        var query = QueryParser.parse(text)
        if let taxonomy = expanded, let expansion = TopicExpansion.expand(query, taxonomy: taxonomy) { query = expansion.query }
        let plan = questions ? MatchPlan.questions(query) : MatchPlan.passages(query)
        return plan.map { ($0.target.table, $0.expression, $0.check != nil) }
    }
}
