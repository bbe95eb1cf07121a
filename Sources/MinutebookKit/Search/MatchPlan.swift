import Foundation
import GRDB

/// How a `SearchQuery` runs against an FTS5 table (porter stemming over unicode61).
///
/// Words and phrases become an FTS5 expression with every term quoted. A quoted phrase must match
/// exactly, unstemmed: FTS5 finds the stemmed candidates and `ExactCheck` keeps the rows whose own
/// words contain the phrase as typed. One stemmed table serves both, which halves indexing work
/// compared with a second, unstemmed, FTS5 table.
struct MatchPlan: Equatable {
    /// The FTS5 table the MATCH, rank and snippet run on.
    var table: String
    var expression: String
    /// Exact phrases to verify on candidates, or nil when the query has none.
    var check: ExactCheck?

    /// The bm25 column weights of `table` (the same as its default `rank`).
    var weights: String { table == "questions_fts" ? IndexSchema.questionWeightList : IndexSchema.passageWeightList }

    /// nil when the query has nothing to look for.
    /// - Parameter exclusionColumn: where `-word` looks; passages exclude on their own text only, so a word in
    ///   the heading they sit under does not hide them.
    static func make(_ query: SearchQuery, table: String, exclusionColumn: String? = nil) -> MatchPlan? {
        guard !query.required.isEmpty else { return nil }
        var expression = query.required.map(\.fts).joined(separator: " AND ")
        let excludedStemmed = query.excluded.filter { !$0.isExact }
        if !excludedStemmed.isEmpty {
            let any = excludedStemmed.map(\.fts).joined(separator: " OR ")
            expression = "(\(expression)) NOT (\(exclusionColumn.map { "\($0) : (\(any))" } ?? any))"
        }
        let check = ExactCheck(query)
        return MatchPlan(table: table, expression: expression, check: check.isNeeded ? check : nil)
    }
}

/// Checks a row's words for the quoted phrases of a query: each clause with a quoted phrase needs one of its
/// alternatives present as typed; no excluded quoted phrase may be present.
struct ExactCheck: Equatable {
    struct Clause: Equatable {
        var phrases: [[String]]
        /// Unquoted alternatives in the same OR group ("x" OR word): FTS5 already matched them, stemmed.
        var loose: [[String]]
    }
    var clauses: [Clause]
    var excluded: [[String]]

    init(_ query: SearchQuery) {
        clauses = query.required.filter(\.hasExact).map { clause in
            Clause(phrases: clause.alternatives.filter(\.isExact).map(\.words), loose: clause.alternatives.filter { !$0.isExact }.map(\.words))
        }
        excluded = query.excluded.filter(\.isExact).map(\.words)
    }

    var isNeeded: Bool { !clauses.isEmpty || !excluded.isEmpty }

    /// `columns`: the row's searchable columns, each as text.
    func accepts(_ columns: [String]) -> Bool {
        let words = columns.map { Tokenizer.words($0) }
        func present(_ phrase: [String]) -> Bool { words.contains { Self.contains($0, phrase) } }
        for clause in clauses {
            let satisfied = clause.phrases.contains(where: present)
                || clause.loose.contains { phrase in words.contains { Self.containsLoosely($0, phrase) } }
            if !satisfied { return false }
        }
        return !excluded.contains(where: present)
    }

    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            if Array(words[start..<(start + phrase.count)]) == phrase { return true }
        }
        return false
    }

    /// A stemmed alternative: its words' porter stems in sequence, as FTS5 matched them.
    static func containsLoosely(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        let stems = phrase.map(Stemmer.porter)
        for start in 0...(words.count - phrase.count) where zip(words[start...], stems).allSatisfy({ Stemmer.porter($0) == $1 }) {
            return true
        }
        return false
    }
}

/// A row found by a MATCH, with its bm25 score (lower is better).
struct RankedRow {
    var id: Int64
    var rank: Double
}

extension MatchPlan {
    /// The best `limit` rows of `content` (aliased `alias`, joined to `documents d`) by bm25 or date, after the
    /// exact-phrase check.
    ///
    /// The ranking is `bm25(t, weights)` sorted by SQLite: the same order as FTS5's `ORDER BY rank` (whose
    /// default is those weights), and measurably cheaper, because FTS5 works `rank` out again for each row it
    /// returns. Snippets are built afterwards, in Swift, for the rows shown only.
    /// - Parameter columns: the content columns the FTS5 table indexes, for the exact-phrase check.
    func topRows(_ db: Database, content: String, alias: String, columns: [String], filters: FilterSQL, order: ResultOrder, limit: Int) throws -> [RankedRow] {
        guard let check else {
            return try candidates(db, content: content, alias: alias, filters: filters, order: order, limit: limit, offset: 0)
        }
        var accepted: [RankedRow] = []
        var offset = 0
        let limit = min(limit, SearchOptions.maximumLimit)   // so the arithmetic below cannot overflow
        var batch = limit + max(5, limit / 2)   // most stemmed candidates of a phrase are exact matches too
        while accepted.count < limit {
            let rows = try candidates(db, content: content, alias: alias, filters: filters, order: order, limit: batch, offset: offset)
            if !rows.isEmpty {
                let texts = try Row.fetchCursor(db.cachedStatement(sql: "SELECT id, \(columns.joined(separator: ", ")) FROM \(content) WHERE id IN (SELECT value FROM json_each(?))"),
                                                arguments: [Self.idList(rows)])
                var byID: [Int64: [String]] = [:]
                while let row = try texts.next() { byID[row[0]] = columns.indices.map { (row[$0 + 1] as String?) ?? "" } }
                for candidate in rows where accepted.count < limit && check.accepts(byID[candidate.id] ?? []) {
                    accepted.append(candidate)
                }
            }
            if rows.count < batch { break }
            offset += batch
            batch = min(batch * 4, SearchOptions.maximumLimit * 8)
        }
        return accepted
    }

    private func candidates(_ db: Database, content: String, alias: String, filters: FilterSQL, order: ResultOrder, limit: Int, offset: Int) throws -> [RankedRow] {
        let t = table
        let arguments: [DatabaseValue] = [expression.databaseValue] + filters.arguments.map(\.databaseValue)
        let page = offset > 0 ? "LIMIT \(limit) OFFSET \(offset)" : "LIMIT \(limit)"
        let sql: String
        if filters.conditions.isEmpty && order == .relevance {
            sql = "SELECT rowid AS id, bm25(\(t), \(weights)) AS score FROM \(t) WHERE \(t) MATCH ? ORDER BY score \(page)"
        } else {
            let orderBy: String
            switch order {
            case .relevance: orderBy = "score"
            case .oldest: orderBy = "d.meeting_date IS NULL, d.meeting_date, \(alias).id"
            case .newest: orderBy = "d.meeting_date IS NULL, d.meeting_date DESC, \(alias).id"
            }
            sql = """
                SELECT \(t).rowid AS id, bm25(\(t), \(weights)) AS score FROM \(t)
                JOIN \(content) \(alias) ON \(alias).id = \(t).rowid JOIN documents d ON d.id = \(alias).document_id
                WHERE \(t) MATCH ?\(filters.whereClause) ORDER BY \(orderBy) \(page)
                """
        }
        var rows: [RankedRow] = []
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments))
        while let row = try cursor.next() { rows.append(RankedRow(id: row[0], rank: row[1])) }
        return rows
    }

    /// Row ids as a JSON array, for `IN (SELECT value FROM json_each(?))`: one cached statement whatever the count.
    static func idList(_ rows: [RankedRow]) -> String {
        "[" + rows.map { String($0.id) }.joined(separator: ",") + "]"
    }
}

extension MatchPlan {
    /// The most rows counted when quoted phrases must be checked row by row (a count past it is "at least").
    static let exactCountCap = 1_000

    /// How many rows match (after the exact-phrase check, counting up to `cap`).
    func count(_ db: Database, content: String, alias: String, columns: [String], filters: FilterSQL, cap: Int = MatchPlan.exactCountCap) throws -> Int {
        if check != nil {
            return try topRows(db, content: content, alias: alias, columns: columns, filters: filters, order: .relevance, limit: cap).count
        }
        let t = table
        let sql = filters.conditions.isEmpty
            ? "SELECT count(*) FROM \(t) WHERE \(t) MATCH ?"
            : """
              SELECT count(*) FROM \(t) JOIN \(content) \(alias) ON \(alias).id = \(t).rowid JOIN documents d ON d.id = \(alias).document_id
              WHERE \(t) MATCH ?\(filters.whereClause)
              """
        let arguments: [DatabaseValue] = [expression.databaseValue] + filters.arguments.map(\.databaseValue)
        return try Int.fetchOne(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments)) ?? 0
    }
}

/// Orders rows that matched some of a query's clauses: the most clauses first, then bm25; keeps rows with at
/// least half the clauses (rounded up).
enum PartialRanking {
    static func rank(_ db: Database, table: String, rows: [RankedRow], clauses: [SearchQuery.Clause]) throws -> (rows: [RankedRow], matched: [Int64: Set<Int>]) {
        guard !rows.isEmpty else { return ([], [:]) }
        var matched: [Int64: Set<Int>] = [:]
        let ids = MatchPlan.idList(rows)
        for (index, clause) in clauses.enumerated() {
            let cursor = try Int64.fetchCursor(db.cachedStatement(sql: "SELECT rowid FROM \(table) WHERE \(table) MATCH ? AND rowid IN (SELECT value FROM json_each(?))"),
                                               arguments: [clause.fts, ids])
            while let id = try cursor.next() { matched[id, default: []].insert(index) }
        }
        let needed = max(1, (clauses.count + 1) / 2)
        let kept = rows.filter { (matched[$0.id]?.count ?? 0) >= needed }
            .sorted { a, b in
                let (ca, cb) = (matched[a.id]?.count ?? 0, matched[b.id]?.count ?? 0)
                return ca != cb ? ca > cb : a.rank < b.rank
            }
        return (kept, matched)
    }
}
