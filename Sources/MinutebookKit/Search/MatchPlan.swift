import Foundation
import GRDB

/// How a `SearchQuery` runs against an FTS5 table (porter stemming over unicode61).
///
/// Words and phrases become an FTS5 expression with every term quoted. A quoted phrase must match
/// exactly, unstemmed: FTS5 finds the stemmed candidates and `ExactCheck` keeps the rows whose own
/// words contain the phrase as typed. One stemmed table serves both, which halves indexing work
/// compared with a second, unstemmed, FTS5 table.
struct MatchPlan: Equatable {
    /// The FTS5 table the MATCH and rank run on.
    var table: String
    var expression: String
    /// Exact phrases to verify on candidates, or nil when the query has none.
    var check: ExactCheck?
    /// Passages only: the query's clauses (AND-ed), each of which may also be met by the heading a passage sits
    /// under (`headings_fts`: item title and section heading, indexed once per heading, not with every passage).
    var headingClauses: [String]? = nil
    /// Passages only: what `-word` leaves out, looked for in the passage's own text, so a word in the heading it
    /// sits under does not hide it.
    var exclusion: String? = nil

    /// The bm25 column weights of `table` (the same as its default `rank`).
    var weights: String { table == "questions_fts" ? IndexSchema.questionWeightList : "1.0" }

    /// nil when the query has nothing to look for.
    static func make(_ query: SearchQuery, table: String) -> MatchPlan? {
        guard !query.required.isEmpty else { return nil }
        var expression = query.required.map(\.fts).joined(separator: " AND ")
        let exclusion = Self.exclusion(query)
        if let exclusion { expression = "(\(expression)) NOT (\(exclusion))" }
        let check = ExactCheck(query)
        return MatchPlan(table: table, expression: expression, check: check.isNeeded ? check : nil)
    }

    /// A plan over passages: their text in `passages_fts`, their headings in `headings_fts`.
    static func passages(_ query: SearchQuery) -> MatchPlan? {
        guard var plan = make(query, table: "passages_fts") else { return nil }
        plan.headingClauses = query.required.map(\.fts)
        plan.exclusion = exclusion(query)
        return plan
    }

    /// A plan over passages from an FTS5 expression taken as one clause (`--raw`, the "most of the words" search).
    static func passages(expression: String) -> MatchPlan {
        MatchPlan(table: "passages_fts", expression: expression, check: nil, headingClauses: [expression], exclusion: nil)
    }

    private static func exclusion(_ query: SearchQuery) -> String? {
        let excludedStemmed = query.excluded.filter { !$0.isExact }
        return excludedStemmed.isEmpty ? nil : excludedStemmed.map(\.fts).joined(separator: " OR ")
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
            let satisfied =
                clause.phrases.contains(where: present)
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

/// The headings (`headings_fts`) that meet some of a passage plan's clauses: each one's bm25 for all the clauses
/// together (title weighted 4, section 2), and which clauses it leaves for the passage's own text to meet.
struct HeadingMatches {
    var scores: [(id: Int64, score: Double)] = []
    /// Heading ids by the clauses (indices) they do not meet; the empty key: headings that meet every clause.
    var byMissing: [[Int]: [Int64]] = [:]
    var isEmpty: Bool { scores.isEmpty }

    /// `[[id, score], …]` for `json_each`.
    var scoresJSON: String {
        "[" + scores.map { "[\($0.id),\($0.score.isFinite ? $0.score : 0)]" }.joined(separator: ",") + "]"
    }
}

extension MatchPlan {
    /// The headings that meet some of `headingClauses`; nil for a plan without headings (questions). A raw FTS5
    /// expression that names a passage column (`text : word`) cannot run on headings: it matches none.
    func headingMatches(_ db: Database) throws -> HeadingMatches? {
        guard let clauses = headingClauses, !clauses.isEmpty else { return nil }
        let any = clauses.count == 1 ? clauses[0] : clauses.map { "(\($0))" }.joined(separator: " OR ")
        var matches = HeadingMatches()
        do {
            let cursor = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT rowid, bm25(headings_fts, \(IndexSchema.headingWeightList)) FROM headings_fts WHERE headings_fts MATCH ?
                        """), arguments: [any])
            while let row = try cursor.next() { matches.scores.append((row[0], row[1])) }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR && headingClauses == [expression] {
            return matches
        }
        guard !matches.scores.isEmpty else { return matches }
        if clauses.count == 1 {
            matches.byMissing[[]] = matches.scores.map(\.id)
            return matches
        }
        var met: [Int64: [Int]] = [:]
        for (index, clause) in clauses.enumerated() {
            let cursor = try Int64.fetchCursor(db.cachedStatement(sql: "SELECT rowid FROM headings_fts WHERE headings_fts MATCH ?"), arguments: [clause])
            while let id = try cursor.next() { met[id, default: []].append(index) }
        }
        for (id, _) in matches.scores {
            let meets = Set(met[id] ?? [])
            matches.byMissing[clauses.indices.filter { !meets.contains($0) }, default: []].append(id)
        }
        return matches
    }

    /// A passage plan with matching headings as SQL for `(id, score)`: a passage is found when every clause is met
    /// by its own text or by its heading, and not excluded by its text; its score is its text's bm25 (for the
    /// clauses its text meets) plus its heading's.
    func passageRows(_ headings: HeadingMatches) -> (sql: String, arguments: [DatabaseValue]) {
        let clauses = headingClauses ?? [expression]
        // k = 1: a way the passage is found, with its text's score; k = 2: its heading's score.
        var parts = ["SELECT rowid AS id, 1 AS k, bm25(passages_fts) AS s FROM passages_fts WHERE passages_fts MATCH ?"]
        var arguments: [DatabaseValue] = [expression.databaseValue]
        for (missing, ids) in headings.byMissing.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let list = ("[" + ids.map(String.init).joined(separator: ",") + "]").databaseValue
            if missing.isEmpty {
                var part = "SELECT id, 1, 0.0 FROM passages WHERE heading_id IN (SELECT value FROM json_each(?))"
                arguments.append(list)
                if let exclusion {
                    part += " AND id NOT IN (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?)"
                    arguments.append(exclusion.databaseValue)
                }
                parts.append(part)
            } else {
                var rest = missing.map { "(\(clauses[$0]))" }.joined(separator: " AND ")
                if let exclusion { rest = "(\(rest)) NOT (\(exclusion))" }
                parts.append(
                    """
                    SELECT passages_fts.rowid, 1, bm25(passages_fts) FROM passages_fts JOIN passages ON passages.id = passages_fts.rowid
                    WHERE passages_fts MATCH ? AND passages.heading_id IN (SELECT value FROM json_each(?))
                    """)
                arguments += [rest.databaseValue, list]
            }
        }
        parts.append("SELECT passages.id, 2, h.value ->> 1 FROM json_each(?) h JOIN passages ON passages.heading_id = h.value ->> 0")
        arguments.append(headings.scoresJSON.databaseValue)
        let sql = """
            SELECT id, min(CASE WHEN k = 1 THEN s END) + coalesce(sum(CASE WHEN k = 2 THEN s END), 0.0) AS score
            FROM (\(parts.joined(separator: " UNION ALL "))) GROUP BY id HAVING max(k = 1)
            """
        return (sql, arguments)
    }

    /// The best `limit` rows of `content` (aliased `alias`, joined to `documents d`) by bm25 or date, after the
    /// exact-phrase check.
    ///
    /// The ranking is `bm25(t, weights)` sorted by SQLite: the same order as FTS5's `ORDER BY rank` (whose
    /// default is those weights), and measurably cheaper, because FTS5 works `rank` out again for each row it
    /// returns. Snippets are built afterwards, in Swift, for the rows shown only. Passages add the score of the
    /// heading they sit under (`passageRows`); when no heading matches, the query is the bare one.
    /// - Parameter columns: the columns the exact-phrase check reads (for passages `h.title, h.section, p.text`).
    func topRows(_ db: Database, content: String, alias: String, columns: [String], filters: FilterSQL, order: ResultOrder, limit: Int) throws -> [RankedRow] {
        let headings = try headingMatches(db)
        guard let check else {
            return try candidates(db, content: content, alias: alias, filters: filters, order: order, limit: limit, offset: 0, headings: headings)
        }
        var accepted: [RankedRow] = []
        var offset = 0
        let limit = min(limit, SearchOptions.maximumLimit)  // so the arithmetic below cannot overflow
        var batch = limit + max(5, limit / 2)  // most stemmed candidates of a phrase are exact matches too
        let from = headingClauses != nil ? "\(content) \(alias) LEFT JOIN headings h ON h.id = \(alias).heading_id" : "\(content) \(alias)"
        while accepted.count < limit {
            let rows = try candidates(db, content: content, alias: alias, filters: filters, order: order, limit: batch, offset: offset, headings: headings)
            if !rows.isEmpty {
                let texts = try Row.fetchCursor(
                    db.cachedStatement(
                        sql: "SELECT \(alias).id, \(columns.joined(separator: ", ")) FROM \(from) WHERE \(alias).id IN (SELECT value FROM json_each(?))"),
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

    /// `topRows`, and how many rows match in all when the ranking had to count them anyway (a plan without quoted
    /// phrases whose words some headings have: `HeadingRanking` sees every match); nil otherwise.
    func topRowsCounting(_ db: Database, content: String, alias: String, columns: [String], filters: FilterSQL, order: ResultOrder, limit: Int)
        throws -> (rows: [RankedRow], total: Int?)
    {
        if check == nil, order == .relevance, filters.conditions.isEmpty || filters.topicsOnly != nil,
            let headings = try headingMatches(db), !headings.isEmpty, let ranking = try HeadingRanking(db, headings: headings)
        {
            let allowed = try filters.topicsOnly.map { try Set(Int64.fetchAll(db, sql: $0.sql, arguments: StatementArguments($0.arguments))) }
            let found = try ranking.top(db, plan: self, count: limit, allowed: allowed)
            return (found.rows, found.total)
        }
        return (try topRows(db, content: content, alias: alias, columns: columns, filters: filters, order: order, limit: limit), nil)
    }

    private func candidates(
        _ db: Database, content: String, alias: String, filters: FilterSQL, order: ResultOrder, limit: Int, offset: Int,
        headings: HeadingMatches?
    ) throws -> [RankedRow] {
        let t = table
        var arguments: [DatabaseValue] = [expression.databaseValue] + filters.arguments.map(\.databaseValue)
        let page = offset > 0 ? "LIMIT \(limit) OFFSET \(offset)" : "LIMIT \(limit)"
        let orderBy: String
        switch order {
        case .relevance: orderBy = "score, id"
        case .oldest: orderBy = "d.meeting_date IS NULL, d.meeting_date, \(alias).id"
        case .newest: orderBy = "d.meeting_date IS NULL, d.meeting_date DESC, \(alias).id"
        }
        let sql: String
        if let headings, !headings.isEmpty, order == .relevance, filters.conditions.isEmpty || filters.topicsOnly != nil,
            let ranking = try HeadingRanking(db, headings: headings)
        {
            let allowed = try filters.topicsOnly.map { try Set(Int64.fetchAll(db, sql: $0.sql, arguments: StatementArguments($0.arguments))) }
            return Array(try ranking.top(db, plan: self, count: offset + limit, allowed: allowed).rows.dropFirst(offset))
        } else if let headings, !headings.isEmpty {
            let rows = passageRows(headings)
            arguments = rows.arguments + filters.arguments.map(\.databaseValue)
            if filters.conditions.isEmpty && order == .relevance {
                sql = "SELECT id, score FROM (\(rows.sql)) ORDER BY score, id \(page)"
            } else {
                sql = """
                    SELECT m.id AS id, m.score AS score FROM (\(rows.sql)) m JOIN \(content) \(alias) ON \(alias).id = m.id JOIN documents d ON d.id = \(alias).document_id
                    WHERE 1\(filters.whereClause) ORDER BY \(orderBy) \(page)
                    """
            }
        } else if filters.conditions.isEmpty && order == .relevance {
            sql = "SELECT rowid AS id, bm25(\(t), \(weights)) AS score FROM \(t) WHERE \(t) MATCH ? ORDER BY score \(page)"
        } else {
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
        if let check, headingClauses == nil || (headingClauses?.count == 1 && exclusion == nil) {
            return try countChecked(db, check: check, content: content, alias: alias, columns: columns, filters: filters, cap: cap)
        }
        if check != nil {
            return try topRows(db, content: content, alias: alias, columns: columns, filters: filters, order: .relevance, limit: cap).count
        }
        let t = table
        var arguments: [DatabaseValue] = [expression.databaseValue] + filters.arguments.map(\.databaseValue)
        let sql: String
        let headings = try headingMatches(db)
        if let headings, !headings.isEmpty, filters.conditions.isEmpty || filters.topicsOnly != nil,
            let ranking = try HeadingRanking(db, headings: headings)
        {
            let allowed = try filters.topicsOnly.map { try Set(Int64.fetchAll(db, sql: $0.sql, arguments: StatementArguments($0.arguments))) }
            return try ranking.top(db, plan: self, count: 0, allowed: allowed).total
        } else if let headings, !headings.isEmpty {
            let rows = passageRows(headings)
            arguments = rows.arguments + filters.arguments.map(\.databaseValue)
            sql =
                filters.conditions.isEmpty
                ? "SELECT count(*) FROM (\(rows.sql))"
                : """
                SELECT count(*) FROM (\(rows.sql)) m JOIN \(content) \(alias) ON \(alias).id = m.id JOIN documents d ON d.id = \(alias).document_id
                WHERE 1\(filters.whereClause)
                """
        } else {
            sql =
                filters.conditions.isEmpty
                ? "SELECT count(*) FROM \(t) WHERE \(t) MATCH ?"
                : """
                SELECT count(*) FROM \(t) JOIN \(content) \(alias) ON \(alias).id = \(t).rowid JOIN documents d ON d.id = \(alias).document_id
                WHERE \(t) MATCH ?\(filters.whereClause)
                """
        }
        return try Int.fetchOne(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments)) ?? 0
    }
}

extension MatchPlan {
    /// How many rows pass the exact-phrase check, up to `cap`: the candidates read in the order FTS5 finds them
    /// (no ranking needed to count), their text checked a page at a time. For plans of one clause (a passage's
    /// heading meets it or its text does) or over questions.
    private func countChecked(_ db: Database, check: ExactCheck, content: String, alias: String, columns: [String], filters: FilterSQL, cap: Int) throws -> Int
    {
        let t = table
        let heading = headingClauses != nil ? " LEFT JOIN headings h ON h.id = \(alias).heading_id" : ""
        var sources = ["SELECT \(t).rowid AS id FROM \(t) WHERE \(t) MATCH ?"]
        var arguments: [DatabaseValue] = [expression.databaseValue]
        if headingClauses != nil {
            sources.append(
                """
                SELECT passages.id FROM headings_fts JOIN passages ON passages.heading_id = headings_fts.rowid WHERE headings_fts MATCH ?
                """)
            arguments.append(expression.databaseValue)
        }
        let sql = """
            SELECT \(alias).id, \(columns.joined(separator: ", ")) FROM (\(sources.joined(separator: " UNION "))) m
            JOIN \(content) \(alias) ON \(alias).id = m.id JOIN documents d ON d.id = \(alias).document_id\(heading)
            WHERE 1\(filters.whereClause)
            """
        arguments += filters.arguments.map(\.databaseValue)
        var count = 0
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments))
        while count < cap, let row = try cursor.next() {
            if check.accepts(columns.indices.map { (row[$0 + 1] as String?) ?? "" }) { count += 1 }
        }
        return count
    }
}

/// Orders rows that matched some of a query's clauses: the most clauses first, then bm25; keeps rows with at
/// least half the clauses (rounded up).
enum PartialRanking {
    /// - Parameter headings: passages, whose clauses may also be met by the heading they sit under.
    static func rank(_ db: Database, table: String, rows: [RankedRow], clauses: [SearchQuery.Clause], headings: Bool = false)
        throws -> (rows: [RankedRow], matched: [Int64: Set<Int>])
    {
        guard !rows.isEmpty else { return ([], [:]) }
        var matched: [Int64: Set<Int>] = [:]
        let ids = MatchPlan.idList(rows)
        for (index, clause) in clauses.enumerated() {
            let cursor = try Int64.fetchCursor(
                db.cachedStatement(sql: "SELECT rowid FROM \(table) WHERE \(table) MATCH ? AND rowid IN (SELECT value FROM json_each(?))"),
                arguments: [clause.fts, ids])
            while let id = try cursor.next() { matched[id, default: []].insert(index) }
            guard headings else { continue }
            let underHeading = try Int64.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT id FROM passages WHERE id IN (SELECT value FROM json_each(?))
                        AND heading_id IN (SELECT rowid FROM headings_fts WHERE headings_fts MATCH ?)
                        """), arguments: [ids, clause.fts])
            while let id = try underHeading.next() { matched[id, default: []].insert(index) }
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
