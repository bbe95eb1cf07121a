import Foundation
import GRDB

/// A member question found in the index, with its answer and where it was asked.
public struct QuestionHit: Codable, Equatable, Sendable {
    public var id: Int64
    public var source: SourceRef
    public var asker: String
    public var question: String
    public var respondent: String?
    public var respondentRole: Role?
    public var answer: String
    public var status: AnswerStatus
    public var topics: [String]
    /// Higher is better; 0 when listed without a query.
    public var score: Double
    /// `exact`, `expanded`, `partial` or `list`.
    public var match: Match

    enum CodingKeys: String, CodingKey {
        case id, asker, question, respondent, respondentRole = "respondent_role", answer, status, topics, score, match
    }

    public func encode(to encoder: Encoder) throws {
        try source.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(asker, forKey: .asker)
        try c.encode(question, forKey: .question)
        try c.encode(respondent, forKey: .respondent)
        try c.encode(respondentRole, forKey: .respondentRole)
        try c.encode(answer, forKey: .answer)
        try c.encode(status, forKey: .status)
        try c.encode(topics, forKey: .topics)
        try c.encode((score * 1000).rounded() / 1000, forKey: .score)
        try c.encode(match, forKey: .match)
    }

    public init(from decoder: Decoder) throws {
        source = try SourceRef(from: decoder)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        asker = try c.decode(String.self, forKey: .asker)
        question = try c.decode(String.self, forKey: .question)
        respondent = try c.decodeIfPresent(String.self, forKey: .respondent)
        respondentRole = try c.decodeIfPresent(Role.self, forKey: .respondentRole)
        answer = try c.decode(String.self, forKey: .answer)
        status = try c.decode(AnswerStatus.self, forKey: .status)
        topics = try c.decode([String].self, forKey: .topics)
        score = try c.decode(Double.self, forKey: .score)
        match = try c.decode(Match.self, forKey: .match)
    }

    /// A row of `QuestionSearcher.columns`, read by name. A value no sound index holds (an unknown role or status,
    /// a NULL) throws `RowDecodingError`, which `IndexStore.read` reports as damage.
    init(row: Row, score: Double, match: Match) throws {
        typealias Column = QuestionRecord.Columns
        source = Searcher.source(row, line: try row.decode(forColumn: Column.line), page: try row.decode(forColumn: Column.page))
        id = try row.decode(forColumn: Column.id)
        asker = try row.decode(forColumn: Column.asker)
        question = try row.decode(forColumn: Column.question)
        respondent = try row.decode(forColumn: Column.respondent)
        respondentRole = try row.decode(forColumn: Column.respondentRole)
        answer = try row.decode(forColumn: Column.answer)
        status = try row.decode(forColumn: Column.status)
        topics = (try row.decode(String.self, forColumn: Column.topics)).split(separator: " ").map(String.init)
        self.score = score
        self.match = match
    }
}

/// Filters and order for `questions`.
public struct QuestionOptions: Sendable {
    public var filters = Filters()
    /// Only answers by this role (one of `Role.respondents`).
    public var respondentRole: Role?
    /// Part of the asker's name ("hayes") or "member" for unnamed members.
    public var asker: String?
    /// Only questions with these statuses (empty: all).
    public var statuses: [AnswerStatus] = []
    public var limit = 1_000
    public var sort: ResultOrder?
    public var expand = true

    public init(
        filters: Filters = Filters(), respondentRole: Role? = nil, asker: String? = nil, statuses: [AnswerStatus] = [],
        limit: Int = 1_000, sort: ResultOrder? = nil, expand: Bool = true
    ) {
        self.filters = filters
        self.respondentRole = respondentRole
        self.asker = asker
        self.statuses = statuses
        self.limit = limit
        self.sort = sort
        self.expand = expand
    }
}

public struct QuestionResult: Sendable {
    public var hits: [QuestionHit]
    public var understood: String
    public var expandedTopics: [String]
    public var notes: [String]
    public var suggestions: [String]
    /// How many questions match (see `SearchResult.total`).
    public var total = 0
    /// Set when questions with most, not all, of the words were added.
    public var partial: PartialMatch?
    /// Related words searched too.
    public var relatedTerms: [String] = []
    /// With no hits: how many questions match without the filters, and which filters left them out.
    public var filteredOut: FilteredOut?
}

/// Lists member questions with their answers: oldest first, or by relevance to a query
/// (the same query language and topic expansion as passage search).
public struct QuestionSearcher: Sendable {
    public let store: IndexStore
    /// Related words searched beside a query's own (see `RelatedTerms`).
    public var related: RelatedTerms

    public init(store: IndexStore, related: RelatedTerms = .builtIn) {
        self.store = store
        self.related = related
    }

    /// Read by name (`QuestionRecord.Columns`, `Searcher.SourceColumns`) in `QuestionHit.init(row:score:match:)`.
    private static let columns = """
        q.id, q.line, q.asker, q.question, q.respondent, q.respondent_role, q.answer, q.status, q.topics, q.page, \(Searcher.sourceColumns)
        """

    public func search(_ text: String, options: QuestionOptions = QuestionOptions()) throws -> QuestionResult {
        let limit = min(max(1, options.limit), SearchOptions.maximumLimit)
        let filters = filterSQL(options)
        return try store.read { db -> QuestionResult in
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                let direction = options.sort == .newest ? "DESC" : ""
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT \(Self.columns) FROM questions q JOIN documents d ON d.id = q.document_id JOIN items i ON i.id = q.item_id
                        WHERE 1\(filters.whereClause)
                        ORDER BY d.meeting_date IS NULL, d.meeting_date \(direction), d.file_name, i.position, q.position LIMIT \(limit)
                        """, arguments: StatementArguments(filters.arguments.map(\.databaseValue)))
                return QuestionResult(
                    hits: try rows.map { try QuestionHit(row: $0, score: 0, match: .list) }, understood: "", expandedTopics: [], notes: [], suggestions: [])
            }
            let query = QueryParser.parse(text)
            guard let plan = MatchPlan.make(query, table: "questions_fts") else {
                throw SearchError.nothingToSearch(Searcher.explainEmpty(query))
            }
            var hits = try run(db, plan: plan, filters: filters, order: options.sort ?? .relevance, limit: limit, match: .exact)
            let widening =
                options.expand ? try Searcher.widen(query, names: try Searcher.storedTopicNames(db), related: related) : Searcher.Widening(query: query)
            let widePlan = widening.isWider ? MatchPlan.make(widening.query, table: "questions_fts") : nil
            if let widePlan, hits.count < limit {
                let seen = Set(hits.map(\.id))
                let more = try run(db, plan: widePlan, filters: filters, order: options.sort ?? .relevance, limit: limit + hits.count, match: .expanded)
                hits += more.filter { !seen.contains($0.id) }.prefix(limit - hits.count)
            }
            var total = try (widePlan ?? plan).count(db, content: "questions", alias: "q", columns: ["asker", "question", "answer"], filters: filters)
            var partial: PartialMatch?
            let clauses = widening.query.required
            if hits.count < Searcher.fewHits, query.isPlain, clauses.count >= 2 {
                let any = MatchPlan(table: "questions_fts", expression: clauses.map(\.fts).joined(separator: " OR "), check: nil)
                let seen = Set(hits.map(\.id))
                let ranked = try any.topRows(db, content: "questions", alias: "q", columns: [], filters: filters, order: .relevance, limit: 400).filter {
                    !seen.contains($0.id)
                }
                let scored = try PartialRanking.rank(db, table: "questions_fts", rows: ranked, clauses: clauses)
                let shown = Array(scored.rows.prefix(limit - hits.count))
                if !shown.isEmpty {
                    hits += try details(db, ranked: shown, match: .partial)
                    total += scored.rows.count
                    let missing = clauses.indices.filter { c in !shown.contains { scored.matched[$0.id]?.contains(c) == true } }
                    partial = PartialMatch(
                        words: clauses.map { $0.alternatives[0].words.joined(separator: " ") },
                        missing: missing.map { clauses[$0].alternatives[0].words.joined(separator: " ") })
                }
            }
            var filteredOut: FilteredOut?
            let unfilteredOptions = QuestionOptions()
            if hits.isEmpty, !filters.conditions.isEmpty {
                let unfiltered = try (widePlan ?? plan).count(
                    db, content: "questions", alias: "q", columns: ["asker", "question", "answer"], filters: filterSQL(unfilteredOptions))
                if unfiltered > 0 {
                    var described = FilteredOut.describe(options.filters)
                    if let role = options.respondentRole { described.append("answered by \(role.rawValue)") }
                    if let asker = options.asker { described.append("asked by \(asker)") }
                    if !options.statuses.isEmpty { described.append(options.statuses.map(\.rawValue).joined(separator: " or ")) }
                    filteredOut = FilteredOut(unfiltered: unfiltered, filters: described, query: query.description)
                }
            }
            let suggestions = hits.isEmpty && filteredOut == nil ? try Suggester.suggest(db, query: query) : []
            var result = QuestionResult(
                hits: hits, understood: query.description, expandedTopics: widening.topics, notes: query.notes, suggestions: suggestions)
            result.total = total
            result.partial = partial
            result.relatedTerms = widening.related
            result.filteredOut = filteredOut
            return result
        }
    }

    private func filterSQL(_ options: QuestionOptions) -> FilterSQL {
        var filters = FilterSQL(options.filters, row: "q", topicTable: "question_topics", topicColumn: "question_id", speakerRole: nil, speakerText: nil)
        if let role = options.respondentRole {
            filters.conditions.append("q.respondent_role = ?")
            filters.arguments.append(role.rawValue)
        }
        if let asker = options.asker {
            filters.conditions.append("q.asker LIKE ? ESCAPE '\\'")
            filters.arguments.append(FilterSQL.containing(asker))
        }
        if !options.statuses.isEmpty {
            filters.conditions.append("q.status IN (\(Array(repeating: "?", count: options.statuses.count).joined(separator: ",")))")
            filters.arguments += options.statuses.map(\.rawValue)
        }
        return filters
    }

    private func run(_ db: Database, plan: MatchPlan, filters: FilterSQL, order: ResultOrder, limit: Int, match: Match) throws -> [QuestionHit] {
        let ranked = try plan.topRows(
            db, content: "questions", alias: "q", columns: ["asker", "question", "answer"], filters: filters, order: order, limit: limit)
        return try details(db, ranked: ranked, match: match)
    }

    /// The questions of `ranked`, in its order.
    private func details(_ db: Database, ranked: [RankedRow], match: Match) throws -> [QuestionHit] {
        guard !ranked.isEmpty else { return [] }
        let scores = Dictionary(ranked.map { ($0.id, $0.rank) }, uniquingKeysWith: { a, _ in a })
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT \(Self.columns) FROM questions q JOIN documents d ON d.id = q.document_id JOIN items i ON i.id = q.item_id
                    WHERE q.id IN (SELECT value FROM json_each(?))
                    """), arguments: [MatchPlan.idList(ranked)])
        var byID: [Int64: QuestionHit] = [:]
        while let row = try rows.next() {
            let id: Int64 = row[QuestionRecord.Columns.id]
            byID[id] = try QuestionHit(row: row, score: -(scores[id] ?? 0), match: match)
        }
        return ranked.compactMap { byID[$0.id] }
    }

    /// The respondent roles `--respondent` accepts.
    public static let roles = Role.respondents.map(\.rawValue)
}
