import Foundation

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

    init(
        id: Int64, source: SourceRef, asker: String, question: String, respondent: String?, respondentRole: Role?, answer: String,
        status: AnswerStatus, topics: [String], score: Double, match: Match
    ) {
        self.id = id
        self.source = source
        self.asker = asker
        self.question = question
        self.respondent = respondent
        self.respondentRole = respondentRole
        self.answer = answer
        self.status = status
        self.topics = topics
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

    public func search(_ text: String, options: QuestionOptions = QuestionOptions()) throws -> QuestionResult {
        let limit = min(max(1, options.limit), SearchOptions.maximumLimit)
        let filters = FilterSQL.questions(options)
        return try store.reading { index -> QuestionResult in
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                let hits = try index.listedQuestions(filters: filters, newest: options.sort == .newest, limit: limit)
                return QuestionResult(hits: hits, understood: "", expandedTopics: [], notes: [], suggestions: [])
            }
            let query = QueryParser.parse(text)
            guard let plan = MatchPlan.questions(query) else {
                throw SearchError.nothingToSearch(Searcher.explainEmpty(query))
            }
            var hits = try run(index, plan: plan, filters: filters, order: options.sort ?? .relevance, limit: limit, match: .exact)
            let widening =
                options.expand ? try Searcher.widen(query, names: try index.topicNames(), related: related) : Searcher.Widening(query: query)
            let widePlan = widening.isWider ? MatchPlan.questions(widening.query) : nil
            if let widePlan, hits.count < limit {
                let seen = Set(hits.map(\.id))
                let more = try run(index, plan: widePlan, filters: filters, order: options.sort ?? .relevance, limit: limit + hits.count, match: .expanded)
                hits += more.filter { !seen.contains($0.id) }.prefix(limit - hits.count)
            }
            var total = try RankedSearch(index, plan: widePlan ?? plan, filters: filters).count()
            var partial: PartialMatch?
            let clauses = widening.query.required
            if hits.count < Searcher.fewHits, query.isPlain, clauses.count >= 2 {
                let any = RankedSearch(index, plan: .questions(expression: clauses.map(\.fts).joined(separator: " OR ")), filters: filters)
                let seen = Set(hits.map(\.id))
                let ranked = try any.top(limit: 400).rows.filter { !seen.contains($0.id) }
                let matched = try any.clausesMet(ranked, clauses: clauses.map(\.fts))
                let scored = PartialRanking.rank(ranked, matched: matched, clauses: clauses.count)
                let shown = Array(scored.prefix(limit - hits.count))
                if !shown.isEmpty {
                    hits += try details(index, ranked: shown, match: .partial)
                    total += scored.count
                    let missing = clauses.indices.filter { c in !shown.contains { matched[$0.id]?.contains(c) == true } }
                    partial = PartialMatch(
                        words: clauses.map { $0.alternatives[0].words.joined(separator: " ") },
                        missing: missing.map { clauses[$0].alternatives[0].words.joined(separator: " ") })
                }
            }
            var filteredOut: FilteredOut?
            if hits.isEmpty, !filters.isEmpty {
                let unfiltered = try RankedSearch(index, plan: widePlan ?? plan, filters: .questions(QuestionOptions())).count()
                if unfiltered > 0 {
                    var described = FilteredOut.describe(options.filters)
                    if let role = options.respondentRole { described.append("answered by \(role.rawValue)") }
                    if let asker = options.asker { described.append("asked by \(asker)") }
                    if !options.statuses.isEmpty { described.append(options.statuses.map(\.rawValue).joined(separator: " or ")) }
                    filteredOut = FilteredOut(unfiltered: unfiltered, filters: described, query: query.description)
                }
            }
            let suggestions = hits.isEmpty && filteredOut == nil ? try Suggester.suggest(index, query: query) : []
            var result = QuestionResult(
                hits: hits, understood: query.description, expandedTopics: widening.topics, notes: query.notes, suggestions: suggestions)
            result.total = total
            result.partial = partial
            result.relatedTerms = widening.related
            result.filteredOut = filteredOut
            return result
        }
    }

    /// The top rows of the plan (ranked by the index: `RankedSearch`), then their questions.
    private func run(_ index: IndexReader, plan: MatchPlan, filters: FilterSQL, order: ResultOrder, limit: Int, match: Match) throws -> [QuestionHit] {
        let ranked = try RankedSearch(index, plan: plan, filters: filters, order: order).top(limit: limit).rows
        return try details(index, ranked: ranked, match: match)
    }

    /// The questions of `ranked`, in its order.
    private func details(_ index: IndexReader, ranked: [RankedRow], match: Match) throws -> [QuestionHit] {
        guard !ranked.isEmpty else { return [] }
        let questions = try index.questions(ids: ranked.map(\.id), match: match)
        return ranked.compactMap { row in
            guard var hit = questions[row.id] else { return nil }
            hit.score = -row.rank
            return hit
        }
    }

    /// The respondent roles `--respondent` accepts.
    public static let roles = Role.respondents.map(\.rawValue)
}
