import Foundation
import GRDB

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
        try store.read { db in try Self.storedTaxonomy(db) }
    }

    /// The stored taxonomy.
    static func storedTaxonomy(_ db: Database) throws -> Taxonomy {
        try storedTopicNames(db).taxonomy
    }

    /// The stored taxonomy and its name table, decoded once per process for each version of it (keyed by its
    /// fingerprint in `meta`).
    static func storedTopicNames(_ db: Database) throws -> TopicNames {
        let fingerprint = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'taxonomy'")) ?? ""
        return try TaxonomyCache.shared.names(fingerprint: fingerprint) { try decodeTaxonomy(db) }
    }

    private static func decodeTaxonomy(_ db: Database) throws -> Taxonomy {
        let rows = try Row.fetchAll(db, sql: "SELECT id, name, terms, acronyms FROM topics ORDER BY position")
        let decoder = JSONDecoder()
        return Taxonomy(
            topics: rows.map { row in
                Topic(
                    id: row["id"], name: row["name"],
                    terms: (try? decoder.decode([String].self, from: Data((row["terms"] as String).utf8))) ?? [],
                    acronyms: (try? decoder.decode([String].self, from: Data((row["acronyms"] as String).utf8))) ?? [])
            })
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
            let hits = try store.read { db in try listTopic(db, options: options, limit: limit) }
            return SearchResult(
                hits: hits, understood: "topic " + options.filters.topics.joined(separator: " OR "), expandedTopics: [], notes: [], suggestions: [])
        }
        return try store.read { db -> SearchResult in
            if options.raw {
                let plan = try rawPlan(db, text)
                let hits = try run(db, plan: plan, options: options, limit: limit, match: .exact, highlight: SnippetBuilder(raw: text))
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
            let exactRows = facetLimit > 0 ? try ranked(db, plan: plan, options: options, limit: max(pool, facetLimit), totals: &totals) : nil
            var hits = try run(
                db, plan: plan, options: options, limit: pool, match: .exact, highlight: SnippetBuilder(query: query),
                ranked: exactRows.map { Array($0.prefix(pool)) }, totals: &totals)
            let widening = options.expand ? try Self.widen(query, names: try Self.storedTopicNames(db), related: related) : Widening(query: query)
            let widePlan = widening.isWider ? MatchPlan.passages(widening.query) : nil
            var facetIDs = exactRows.map { Array($0.prefix(facetLimit).map(\.id)) }
            if let widePlan, hits.count < pool || (facetIDs?.count ?? facetLimit) < facetLimit {
                let wideLimit = max(pool + hits.count, facetLimit + (facetIDs?.count ?? 0))
                let wideRows = facetLimit > 0 ? try ranked(db, plan: widePlan, options: options, limit: wideLimit, totals: &totals) : nil
                if hits.count < pool {
                    let seen = Set(hits.map(\.id))
                    let more = try run(
                        db, plan: widePlan, options: options, limit: pool + hits.count, match: .expanded, highlight: SnippetBuilder(query: widening.query),
                        ranked: wideRows.map { Array($0.prefix(pool + hits.count)) }, totals: &totals)
                    hits += more.filter { !seen.contains($0.id) }.prefix(pool - hits.count)
                }
                if let wideRows, let ids = facetIDs {
                    let seen = Set(ids)
                    facetIDs = ids + wideRows.map(\.id).filter { !seen.contains($0) }.prefix(facetLimit - ids.count)
                }
            }
            let filters = Self.filterSQL(options.filters)
            let countPlan = widePlan ?? plan
            var total = try totals[countPlan.expression] ?? countPlan.count(db, content: "passages", alias: "p", columns: Self.checkColumns, filters: filters)
            let totalIsAtLeast = countPlan.check != nil && total >= MatchPlan.exactCountCap
            if order == .relevance { hits = Self.diversify(hits, limit: limit) } else { hits = Array(hits.prefix(limit)) }
            var partial: PartialMatch?
            if hits.count < Self.fewHits, query.isPlain, widening.query.required.count >= 2 {
                let found = try partialMatches(db, clauses: widening.query.required, options: options, limit: limit - hits.count, exclude: Set(hits.map(\.id)))
                if !found.hits.isEmpty {
                    hits += found.hits
                    total += found.candidates
                    partial = PartialMatch(words: widening.query.required.map { $0.alternatives[0].words.joined(separator: " ") }, missing: found.missing)
                }
            }
            var filteredOut: FilteredOut?
            if hits.isEmpty, options.filters != Filters() {
                let unfiltered = try (widePlan ?? plan).count(db, content: "passages", alias: "p", columns: Self.checkColumns, filters: FilterSQL())
                if unfiltered > 0 {
                    filteredOut = FilteredOut(unfiltered: unfiltered, filters: FilteredOut.describe(options.filters), query: query.description)
                }
            }
            let suggestions = hits.isEmpty && filteredOut == nil ? try Suggester.suggest(db, query: query) : []
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
                result.facets = try SearchFacets.count(db, ids: facetIDs)
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

    static func filterSQL(_ filters: Filters) -> FilterSQL {
        FilterSQL(filters, row: "p", topicTable: "passage_topics", topicColumn: "passage_id", speakerRole: "p.speaker_role", speakerText: "p.speakers")
    }

    /// Passages with most of the clauses (at least half, rounded up), most clauses first, then bm25.
    private func partialMatches(_ db: Database, clauses: [SearchQuery.Clause], options: SearchOptions, limit: Int, exclude: Set<Int64>)
        throws -> (hits: [PassageHit], candidates: Int, missing: [String])
    {
        guard limit > 0 else { return ([], 0, []) }
        let any = MatchPlan.passages(expression: clauses.map(\.fts).joined(separator: " OR "))
        let ranked = try any.topRows(db, content: "passages", alias: "p", columns: [], filters: Self.filterSQL(options.filters), order: .relevance, limit: 400)
            .filter { !exclude.contains($0.id) }
        let scored = try PartialRanking.rank(db, table: "passages_fts", rows: ranked, clauses: clauses, headings: true)
        let shown = Array(scored.rows.prefix(limit))
        let missing = clauses.indices.filter { c in !shown.contains { scored.matched[$0.id]?.contains(c) == true } }
            .map { clauses[$0].alternatives[0].words.joined(separator: " ") }
        var query = SearchQuery()
        query.required = clauses
        let hits = try run(db, plan: any, options: options, limit: 0, match: .partial, highlight: SnippetBuilder(query: query), ranked: shown)
        return (hits, scored.rows.count, missing)
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

    /// `--raw`: FTS5 syntax as typed, checked by SQLite before it runs.
    private func rawPlan(_ db: Database, _ text: String) throws -> MatchPlan {
        do {
            let pattern = try db.makeFTS5Pattern(rawPattern: text, forTable: "passages_fts")
            return MatchPlan.passages(expression: pattern.rawPattern)
        } catch let error as DatabaseError {
            throw SearchError.badRawSyntax(error.message ?? "syntax error")
        }
    }

    /// Where a hit comes from, named for `source(_:line:page:)`: part of the passage and question selects.
    static let sourceColumns = """
        d.file_name AS \(SourceColumns.document.rawValue), d.path AS \(SourceColumns.path.rawValue), d.meeting_date AS \(SourceColumns.meetingDate.rawValue),
        d.body AS \(SourceColumns.body.rawValue), d.kind AS \(SourceColumns.kind.rawValue), i.number AS \(SourceColumns.item.rawValue),
        i.title AS \(SourceColumns.title.rawValue), d.source_url AS \(SourceColumns.documentURL.rawValue)
        """

    /// The names `sourceColumns` gives its columns.
    enum SourceColumns: String, ColumnExpression {
        case document = "document_file_name", path = "document_path", meetingDate = "document_meeting_date", body = "document_body"
        case kind = "document_kind", item = "item_number", title = "item_title", documentURL = "document_source_url"
    }

    private typealias PassageColumns = PassageRecord.Columns

    /// A passage with its heading's section and its source, read by name (`PassageColumns`, `SourceColumns`).
    private static let selectColumns = """
        p.id, p.kind, p.line, h.section, p.text, p.speaker, p.speaker_role, p.speakers, p.topics, p.table_json, p.page, \(sourceColumns)
        """

    /// Passages with their document, item and heading, for `selectColumns`.
    private static let passagesJoined =
        "passages p JOIN documents d ON d.id = p.document_id JOIN items i ON i.id = p.item_id LEFT JOIN headings h ON h.id = p.heading_id"

    /// What the exact-phrase check reads of a passage: the heading it sits under and its own text.
    static let checkColumns = ["h.title", "h.section", "p.text"]

    /// The top rows by bm25 (with filters), then their details, with snippets built for just those rows.
    private func run(
        _ db: Database, plan: MatchPlan, options: SearchOptions, limit: Int, match: Match, highlight: SnippetBuilder,
        ranked given: [RankedRow]? = nil
    ) throws -> [PassageHit] {
        var totals: [String: Int] = [:]
        return try run(db, plan: plan, options: options, limit: limit, match: match, highlight: highlight, ranked: given, totals: &totals)
    }

    /// The best `limit` rows of `plan` (what `run` ranks), recording the plan's count in `totals` when found.
    private func ranked(_ db: Database, plan: MatchPlan, options: SearchOptions, limit: Int, totals: inout [String: Int]) throws -> [RankedRow] {
        let found = try plan.topRowsCounting(
            db, content: "passages", alias: "p", columns: Self.checkColumns, filters: Self.filterSQL(options.filters),
            order: options.sort ?? .relevance, limit: limit)
        if let total = found.total { totals[plan.expression] = total }
        return found.rows
    }

    /// - Parameter totals: where the plan's count is recorded (by expression) when ranking worked it out.
    private func run(
        _ db: Database, plan: MatchPlan, options: SearchOptions, limit: Int, match: Match, highlight: SnippetBuilder,
        ranked given: [RankedRow]? = nil, totals: inout [String: Int]
    ) throws -> [PassageHit] {
        let filters = Self.filterSQL(options.filters)
        let ranked: [RankedRow]
        if let given {
            ranked = given
        } else {
            let found = try plan.topRowsCounting(
                db, content: "passages", alias: "p", columns: Self.checkColumns, filters: filters,
                order: options.sort ?? .relevance, limit: limit)
            ranked = found.rows
            if let total = found.total { totals[plan.expression] = total }
        }
        guard !ranked.isEmpty else { return [] }
        let scores = Dictionary(ranked.map { ($0.id, $0.rank) }, uniquingKeysWith: { a, _ in a })
        let details = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT \(Self.selectColumns) FROM \(Self.passagesJoined)
                    WHERE p.id IN (SELECT value FROM json_each(?))
                    """), arguments: [MatchPlan.idList(ranked)])
        var byID: [Int64: PassageHit] = [:]
        while let row = try details.next() {
            let id: Int64 = row[PassageColumns.id]
            let text: String = row[PassageColumns.text]
            var marked = options.snippets ? highlight.snippet(text) ?? Self.excerpt(text) : ""
            // A passage that matched through its heading shows the heading, so the reader sees why.
            if options.snippets, !marked.utf8.contains(0x02), let section: String = row[HeadingRecord.Columns.section], let heading = highlight.snippet(section)
            {  // 0x02: Snippet.open
                marked = "§ " + heading + " — " + marked
            }
            byID[id] = Self.hit(row, text: text, snippet: Snippet(marked: marked), score: -(scores[id] ?? 0), match: match)
        }
        return ranked.compactMap { byID[$0.id] }
    }

    /// Every passage of the filtered topics, oldest first (or newest with `--sort newest`).
    private func listTopic(_ db: Database, options: SearchOptions, limit: Int) throws -> [PassageHit] {
        let filters = FilterSQL(
            options.filters, row: "p", topicTable: "passage_topics", topicColumn: "passage_id", speakerRole: "p.speaker_role", speakerText: "p.speakers")
        let direction = options.sort == .newest ? "DESC" : ""
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT \(Self.selectColumns) FROM \(Self.passagesJoined)
                WHERE 1\(filters.whereClause)
                ORDER BY d.meeting_date IS NULL, d.meeting_date \(direction), d.file_name, p.item_id, p.position LIMIT \(limit)
                """, arguments: StatementArguments(filters.arguments.map { $0.databaseValue }))
        return rows.map { row in
            let text: String = row[PassageColumns.text]
            return Self.hit(row, text: text, snippet: Snippet(marked: Self.excerpt(text)), score: 0, match: .topic)
        }
    }

    public static func excerpt(_ text: String, length: Int = 220) -> String {
        text.count <= length ? text : String(text.prefix(length)).trimmingCharacters(in: .whitespaces) + "…"
    }

    /// The `sourceColumns` of `row`.
    static func source(_ row: Row, line: Int, page: Int?) -> SourceRef {
        SourceRef(
            document: row[SourceColumns.document], path: CorpusWalker.display(path: row[SourceColumns.path]),
            meetingDate: row[SourceColumns.meetingDate], body: row[SourceColumns.body], item: row[SourceColumns.item],
            title: row[SourceColumns.title], kind: row[SourceColumns.kind], line: line, page: page, documentURL: row[SourceColumns.documentURL])
    }

    private static func hit(_ row: Row, text: String, snippet: Snippet, score: Double, match: Match) -> PassageHit {
        let speakers = Speaker.fromStored(row[PassageColumns.speakers])
        let table = (row[PassageColumns.tableJSON] as String?).flatMap { try? JSONDecoder().decode(TableRow.self, from: Data($0.utf8)) }
        let topics = (row[PassageColumns.topics] as String).split(separator: " ").map(String.init)
        return PassageHit(
            id: row[PassageColumns.id], source: source(row, line: row[PassageColumns.line], page: row[PassageColumns.page]),
            passageKind: row[PassageColumns.kind], section: row[HeadingRecord.Columns.section], speaker: row[PassageColumns.speaker],
            speakerRole: row[PassageColumns.speakerRole], speakers: speakers,
            topics: topics, text: text, snippet: snippet, score: score, match: match, table: table)
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
        let plan = questions ? MatchPlan.make(query, table: "questions_fts") : MatchPlan.passages(query)
        return plan.map { ($0.table, $0.expression, $0.check != nil) }
    }
}
