import Foundation
import GRDB
import GRDBSQLite

/// A row found by a MATCH, with its bm25 score (lower is better).
struct RankedRow {
    var id: Int64
    var rank: Double
}

extension MatchPlan.Target {
    /// The FTS5 table the MATCH and rank run on.
    var table: String { self == .passages ? "passages_fts" : "questions_fts" }
    /// The content table, and its alias in the statements of `RankedSearch`.
    var content: String { self == .passages ? "passages" : "questions" }
    var alias: String { self == .passages ? "p" : "q" }
    /// The bm25 column weights of `table` (the same as its default `rank`).
    var weights: String { self == .questions ? IndexSchema.questionWeightList : "1.0" }
    /// What the exact-phrase check reads of a row: a passage's heading (item title, section) and its own text; a
    /// question's asker, question and answer.
    var checkColumns: [String] { self == .passages ? ["h.title", "h.section", "p.text"] : ["asker", "question", "answer"] }
}

/// The item titles (`titles_fts`) and section headings (`headings_fts`) that meet some of a passage plan's clauses,
/// as runs of the passages under them: a title's run is its item's passages, a section's the passages under that
/// heading (inside its item's run). Where a matching section lies in an item whose title matches too, its run scores
/// both, so the runs are cut where they meet: none overlaps another.
struct HeadingMatches {
    /// Sorted by `lo`. Each run's score is its title's bm25 (title weighted 4) plus its section's (weighted 2), for all
    /// the clauses together, and `missing` the clauses (indices) neither meets, left to the passages' own text.
    var runs: [HeadingRanking.Run] = []
    var isEmpty: Bool { runs.isEmpty }

    /// `[[lo, hi, score], …]` of `runs` for `json_each`.
    static func json(_ runs: some Sequence<HeadingRanking.Run>) -> String {
        "[" + runs.map { "[\($0.lo),\($0.hi),\($0.score.isFinite ? $0.score : 0)]" }.joined(separator: ",") + "]"
    }

    /// A title's or a section's match: its run of passages, score, and the clauses it meets (indices).
    struct Match {
        var lo: Int64
        var hi: Int64
        var score: Double
        var meets: Set<Int>
    }

    /// The runs of `titles` and `sections` (each sorted by `lo`, none overlapping another of its kind; every section
    /// inside one item), cut where a section lies in a title's run.
    static func runs(titles: [Match], sections: [Match], clauses: Int) -> [HeadingRanking.Run] {
        func missing(_ meets: Set<Int>) -> [Int] { (0..<clauses).filter { !meets.contains($0) } }
        var runs: [HeadingRanking.Run] = []
        runs.reserveCapacity(titles.count + 2 * sections.count)
        func add(_ lo: Int64, _ hi: Int64, _ score: Double, _ meets: Set<Int>) {
            if lo <= hi { runs.append(HeadingRanking.Run(lo: lo, hi: hi, score: score, missing: missing(meets))) }
        }
        var next = 0
        for title in titles {
            while next < sections.count, sections[next].hi < title.lo {
                let section = sections[next]
                add(section.lo, section.hi, section.score, section.meets)
                next += 1
            }
            var from = title.lo
            while next < sections.count, sections[next].lo <= title.hi {
                let section = sections[next]
                add(section.lo, min(title.lo - 1, section.hi), section.score, section.meets)
                add(from, section.lo - 1, title.score, title.meets)
                add(max(section.lo, title.lo), min(section.hi, title.hi), title.score + section.score, title.meets.union(section.meets))
                from = max(from, min(section.hi, title.hi) + 1)
                if section.hi > title.hi {
                    // A section running past its title's run (not written so): the rest scores the section alone.
                    add(title.hi + 1, section.hi, section.score, section.meets)
                }
                next += 1
            }
            add(from, title.hi, title.score, title.meets)
        }
        for section in sections[next...] { add(section.lo, section.hi, section.score, section.meets) }
        return runs
    }
}

/// Runs a `MatchPlan`: the one ranked search of the index, for passages and for questions, in the same steps.
///
/// 1. **match**: the plan's FTS5 expression on its target's table (for passages, also the headings that meet
///    its clauses: a passage is found when each clause is in its text or its heading);
/// 2. **exact phrases**: candidates are checked against the plan's quoted phrases as typed (`ExactCheck`), a
///    batch at a time, in rank order;
/// 3. **filters** (`FilterSQL`): joined in SQL, or for a topic filter alone, checked in Swift;
/// 4. **rank**: bm25 with the target's column weights, or by meeting date; a passage adds its heading's score
///    (`HeadingRanking`, one pass over the text's matches, or the same in SQL with other filters or date order);
/// 5. **count**: how many rows match in all (`count`, or on the way when the ranking saw every match);
/// 6. **page**: the best `limit` rows as ids and scores (`top`), for the caller to read (`IndexReader.passages`,
///    `.questions`).
struct RankedSearch {
    let db: Database
    let plan: MatchPlan
    var filters: FilterSQL
    var order: ResultOrder

    init(_ reader: IndexReader, plan: MatchPlan, filters: FilterSQL = FilterSQL(), order: ResultOrder = .relevance) {
        db = reader.db
        self.plan = plan
        self.filters = filters
        self.order = order
    }

    /// The most rows counted when quoted phrases must be checked row by row (a count past it is "at least").
    static let exactCountCap = 1_000

    private var table: String { plan.target.table }
    private var content: String { plan.target.content }
    private var alias: String { plan.target.alias }
    private var columns: [String] { plan.target.checkColumns }

    // MARK: The page

    /// The best `limit` rows (by bm25, or by date), after the exact-phrase check and the filters; and how many rows
    /// match in all when the ranking had to count them anyway (a plan without quoted phrases whose words some
    /// headings have: `HeadingRanking` sees every match), nil otherwise.
    ///
    /// The ranking is `bm25(t, weights)` sorted by SQLite: the same order as FTS5's `ORDER BY rank` (whose
    /// default is those weights), and measurably cheaper, because FTS5 works `rank` out again for each row it
    /// returns. Snippets are built afterwards, in Swift, for the rows shown only. Passages add the score of the
    /// heading they sit under (`passageRows`); when no heading matches, the query is the bare one.
    func top(limit: Int) throws -> (rows: [RankedRow], total: Int?) {
        if plan.check == nil, order == .relevance, filters.conditions.isEmpty || filters.topicsOnly != nil,
            let headings = try headingMatches(), !headings.isEmpty
        {
            let found = try HeadingRanking(headings).top(db, plan: plan, count: limit, allowed: try allowedByTopics())
            return (found.rows, found.total)
        }
        guard let check = plan.check, order == .relevance, filters.conditions.isEmpty else { return (try checkedTop(limit: limit), nil) }
        let headings = try headingMatches()
        guard let headings, headings.isEmpty, plan.target == .passages else { return (try checkedTop(limit: limit, headings: headings), nil) }
        if let found = try checkedScan(check: check, limit: limit) { return found }
        // At least `exactCountCap` rows pass: the count is known ("at least"), and the ranked batches fill the page.
        return (try checkedTop(limit: limit, headings: headings), Self.exactCountCap)
    }

    /// A passage plan with quoted phrases that no heading meets, unfiltered: every candidate read once, in the
    /// order FTS5 finds them, with its score and text; those that pass the check are counted and the best `limit`
    /// kept — the page and the count in one pass, where `checkedTop` and `count` would read the texts twice. nil
    /// when `exactCountCap` rows or more pass (the count is then "at least", and the ranked batches of
    /// `checkedTop` read fewer rows for the page).
    private func checkedScan(check: ExactCheck, limit: Int) throws -> (rows: [RankedRow], total: Int?)? {
        // A passage's heading is read only when its text alone does not pass (with no phrase to leave out, more
        // columns can only let more rows pass).
        let headingFirst = !check.excluded.isEmpty
        let statement = try db.cachedStatement(
            sql: headingFirst
                ? """
                SELECT passages_fts.rowid, bm25(passages_fts), p.text, p.heading_id, h.title, h.section
                FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid LEFT JOIN headings h ON h.id = p.heading_id
                WHERE passages_fts MATCH ?
                """
                : """
                SELECT passages_fts.rowid, bm25(passages_fts), p.text, p.heading_id
                FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid WHERE passages_fts MATCH ?
                """)
        var best = TopRows(capacity: limit)
        var total = 0
        try statement.forEachRow(db, arguments: [plan.expression]) { handle in
            let passes: Bool
            if headingFirst {
                passes = check.accepts([columnText(handle, 4), columnText(handle, 5), columnText(handle, 2)])
            } else if check.acceptsText(columnBytes(handle, 2)) ?? check.accepts(["", "", columnText(handle, 2)]) {
                passes = true
            } else if sqlite3_column_type(handle, 3) != SQLITE_NULL {
                let heading = try Row.fetchOne(
                    db.cachedStatement(sql: "SELECT title, section FROM headings WHERE id = ?"), arguments: [sqlite3_column_int64(handle, 3)])
                passes = check.accepts([heading?[0] ?? "", heading?[1] ?? "", columnText(handle, 2)])
            } else {
                passes = false
            }
            guard passes else { return true }
            total += 1
            guard total < Self.exactCountCap else { return false }
            best.offer(RankedRow(id: sqlite3_column_int64(handle, 0), rank: sqlite3_column_double(handle, 1)))
            return true
        }
        return total < Self.exactCountCap ? (best.sorted(), total) : nil
    }

    /// The best `limit` rows, the candidates read a batch at a time and checked for the plan's exact phrases.
    /// - Parameter headings: the plan's `headingMatches()` when already read (`.some(nil)` for a plan without headings).
    private func checkedTop(limit: Int, headings known: HeadingMatches?? = nil) throws -> [RankedRow] {
        let headings = try known ?? headingMatches()
        guard let check = plan.check else {
            return try candidates(limit: limit, offset: 0, headings: headings)
        }
        var accepted: [RankedRow] = []
        var offset = 0
        let limit = min(limit, SearchOptions.maximumLimit)  // so the arithmetic below cannot overflow
        var batch = limit + max(5, limit / 2)  // most stemmed candidates of a phrase are exact matches too
        let from = plan.headingClauses != nil ? "\(content) \(alias) LEFT JOIN headings h ON h.id = \(alias).heading_id" : "\(content) \(alias)"
        while accepted.count < limit {
            let rows = try candidates(limit: batch, offset: offset, headings: headings)
            if !rows.isEmpty {
                let texts = try Row.fetchCursor(
                    db.cachedStatement(
                        sql: "SELECT \(alias).id, \(columns.joined(separator: ", ")) FROM \(from) WHERE \(alias).id IN (SELECT value FROM json_each(?))"),
                    arguments: [IndexReader.idList(rows.lazy.map(\.id))])
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

    /// The passages a topic filter alone lets through (a ranking that works in Swift checks its rows against them
    /// instead of joining), or nil for other filters.
    private func allowedByTopics() throws -> Set<Int64>? {
        try filters.topicsOnly.map { try Set(Int64.fetchAll(db, sql: $0.sql, arguments: StatementArguments($0.arguments))) }
    }

    private func candidates(limit: Int, offset: Int, headings: HeadingMatches?) throws -> [RankedRow] {
        let t = table
        var arguments: [DatabaseValue] = [plan.expression.databaseValue] + filters.arguments.map(\.databaseValue)
        let page = offset > 0 ? "LIMIT \(limit) OFFSET \(offset)" : "LIMIT \(limit)"
        let orderBy: String
        switch order {
        case .relevance: orderBy = "score, id"
        case .oldest: orderBy = "d.meeting_date IS NULL, d.meeting_date, \(alias).id"
        case .newest: orderBy = "d.meeting_date IS NULL, d.meeting_date DESC, \(alias).id"
        }
        let sql: String
        if let headings, !headings.isEmpty, order == .relevance, filters.conditions.isEmpty || filters.topicsOnly != nil {
            return Array(try HeadingRanking(headings).top(db, plan: plan, count: offset + limit, allowed: try allowedByTopics()).rows.dropFirst(offset))
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
            sql = "SELECT rowid AS id, bm25(\(t), \(plan.target.weights)) AS score FROM \(t) WHERE \(t) MATCH ? ORDER BY score \(page)"
        } else {
            sql = """
                SELECT \(t).rowid AS id, bm25(\(t), \(plan.target.weights)) AS score FROM \(t)
                JOIN \(content) \(alias) ON \(alias).id = \(t).rowid JOIN documents d ON d.id = \(alias).document_id
                WHERE \(t) MATCH ?\(filters.whereClause) ORDER BY \(orderBy) \(page)
                """
        }
        var rows: [RankedRow] = []
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments))
        while let row = try cursor.next() { rows.append(RankedRow(id: row[0], rank: row[1])) }
        return rows
    }

    // MARK: Passages under matching headings

    /// The titles and section headings that meet some of the plan's `headingClauses`, as runs of passages; nil for a
    /// plan without headings (questions). A raw FTS5 expression that names a passage column (`text : word`) cannot run
    /// on headings: it matches none. Unscored (`scored: false`, for counting), every score is 0 and FTS5 skips bm25's
    /// per-row work.
    func headingMatches(scored: Bool = true) throws -> HeadingMatches? {
        guard let clauses = plan.headingClauses, !clauses.isEmpty else { return nil }
        let any = clauses.count == 1 ? clauses[0] : clauses.map { "(\($0))" }.joined(separator: " OR ")
        /// The rows of `fts` (over `content`, which keeps each row's run of passages) that meet some clause, sorted by
        /// their run, with their score and the clauses each meets.
        func matches(_ fts: String, over content: String, weight: String) throws -> [HeadingMatches.Match] {
            // Each row's run of passages comes in the same pass as its score (a lookup by rowid each), so the ranking
            // needs no second statement over a list of thousands of ids.
            var found: [(id: Int64, match: HeadingMatches.Match)] = []
            try db.cachedStatement(
                sql: """
                    SELECT \(fts).rowid, \(scored ? "bm25(\(fts), \(weight))" : "0.0"), c.first_passage_id, c.last_passage_id
                    FROM \(fts) JOIN \(content) c ON c.id = \(fts).rowid WHERE \(fts) MATCH ?
                    """
            ).forEachRow(db, arguments: [any]) { handle in
                // A title or heading without passages has no run, and nothing to lift.
                guard sqlite3_column_type(handle, 2) != SQLITE_NULL, sqlite3_column_type(handle, 3) != SQLITE_NULL else { return true }
                let lo = sqlite3_column_int64(handle, 2), hi = sqlite3_column_int64(handle, 3)
                if lo <= hi {
                    found.append((sqlite3_column_int64(handle, 0), HeadingMatches.Match(lo: lo, hi: hi, score: sqlite3_column_double(handle, 1), meets: [0])))
                }
                return true
            }
            found.sort { $0.match.lo < $1.match.lo }
            guard clauses.count > 1, !found.isEmpty else { return found.map(\.match) }
            // Which clauses each row meets (it met at least one, or with the other table's row).
            var met: [Int64: Set<Int>] = [:]
            for (index, clause) in clauses.enumerated() {
                let cursor = try Int64.fetchCursor(db.cachedStatement(sql: "SELECT rowid FROM \(fts) WHERE \(fts) MATCH ?"), arguments: [clause])
                while let id = try cursor.next() { met[id, default: []].insert(index) }
            }
            return found.map { row in
                var match = row.match
                match.meets = met[row.id] ?? []
                return match
            }
        }
        let titles: [HeadingMatches.Match], sections: [HeadingMatches.Match]
        do {
            titles = try matches("titles_fts", over: "items", weight: IndexSchema.titleWeight)
            sections = try matches("headings_fts", over: "heading_rows", weight: IndexSchema.sectionWeight)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR && plan.headingClauses == [plan.expression] {
            return HeadingMatches()
        }
        return HeadingMatches(runs: HeadingMatches.runs(titles: titles, sections: sections, clauses: clauses.count))
    }

    /// The plan with matching titles and headings as SQL for `(id, score)`: a passage is found when every clause is met
    /// by its own text or by its title or heading, and not excluded by its text; its score is its text's bm25 (for the
    /// clauses its text meets) plus its run's. (`HeadingRanking` gives the same rows and scores in one pass.)
    func passageRows(_ headings: HeadingMatches) -> (sql: String, arguments: [DatabaseValue]) {
        let clauses = plan.headingClauses ?? [plan.expression]
        let inRuns = "SELECT p.id FROM json_each(?) r JOIN passages p ON p.id BETWEEN r.value ->> 0 AND r.value ->> 1"
        // k = 1: a way the passage is found, with its text's score; k = 2: its run's score.
        var parts = ["SELECT rowid AS id, 1 AS k, bm25(passages_fts) AS s FROM passages_fts WHERE passages_fts MATCH ?"]
        var arguments: [DatabaseValue] = [plan.expression.databaseValue]
        for (missing, runs) in Dictionary(grouping: headings.runs, by: \.missing).sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let list = HeadingMatches.json(runs).databaseValue
            if missing.isEmpty {
                var part = "SELECT p.id, 1, 0.0 FROM json_each(?) r JOIN passages p ON p.id BETWEEN r.value ->> 0 AND r.value ->> 1"
                arguments.append(list)
                if let exclusion = plan.exclusion {
                    part += " WHERE p.id NOT IN (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?)"
                    arguments.append(exclusion.databaseValue)
                }
                parts.append(part)
            } else {
                var rest = missing.map { "(\(clauses[$0]))" }.joined(separator: " AND ")
                if let exclusion = plan.exclusion { rest = "(\(rest)) NOT (\(exclusion))" }
                parts.append("SELECT rowid, 1, bm25(passages_fts) FROM passages_fts WHERE passages_fts MATCH ? AND rowid IN (\(inRuns))")
                arguments += [rest.databaseValue, list]
            }
        }
        parts.append("SELECT p.id, 2, r.value ->> 2 FROM json_each(?) r JOIN passages p ON p.id BETWEEN r.value ->> 0 AND r.value ->> 1")
        arguments.append(HeadingMatches.json(headings.runs).databaseValue)
        let sql = """
            SELECT id, min(CASE WHEN k = 1 THEN s END) + coalesce(sum(CASE WHEN k = 2 THEN s END), 0.0) AS score
            FROM (\(parts.joined(separator: " UNION ALL "))) GROUP BY id HAVING max(k = 1)
            """
        return (sql, arguments)
    }

    // MARK: The count

    /// How many rows match (after the exact-phrase check, counting up to `cap`).
    func count(cap: Int = RankedSearch.exactCountCap) throws -> Int {
        if let check = plan.check, plan.headingClauses == nil || (plan.headingClauses?.count == 1 && plan.exclusion == nil) {
            return try countChecked(check: check, cap: cap)
        }
        if plan.check != nil {
            var relevance = self
            relevance.order = .relevance
            return try relevance.checkedTop(limit: cap).count
        }
        let t = table
        var arguments: [DatabaseValue] = [plan.expression.databaseValue] + filters.arguments.map(\.databaseValue)
        let sql: String
        let headings = try headingMatches(scored: false)
        if let headings, !headings.isEmpty, filters.conditions.isEmpty || filters.topicsOnly != nil {
            return try HeadingRanking(headings).top(db, plan: plan, count: 0, allowed: try allowedByTopics()).total
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

    /// How many rows pass the exact-phrase check, up to `cap`: the candidates read in the order FTS5 finds them
    /// (no ranking needed to count), their text checked a page at a time. For plans of one clause (a passage's
    /// heading meets it or its text does) or over questions.
    private func countChecked(check: ExactCheck, cap: Int) throws -> Int {
        let t = table
        let heading = plan.headingClauses != nil ? " LEFT JOIN headings h ON h.id = \(alias).heading_id" : ""
        var sources = ["SELECT \(t).rowid AS id FROM \(t) WHERE \(t) MATCH ?"]
        var arguments: [DatabaseValue] = [plan.expression.databaseValue]
        if plan.headingClauses != nil {
            sources.append(
                """
                SELECT passages.id FROM headings_fts JOIN passages ON passages.heading_id = headings_fts.rowid WHERE headings_fts MATCH ?
                """)
            sources.append(
                """
                SELECT passages.id FROM titles_fts JOIN items i ON i.id = titles_fts.rowid
                JOIN passages ON passages.id BETWEEN i.first_passage_id AND i.last_passage_id WHERE titles_fts MATCH ?
                """)
            arguments += [plan.expression.databaseValue, plan.expression.databaseValue]
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

    // MARK: Clauses met, for "most of the words"

    /// Which of `clauses` (FTS5 expressions, by index) each of `rows` meets: in its own text, or for a passage, in
    /// the heading it sits under.
    func clausesMet(_ rows: [RankedRow], clauses: [String]) throws -> [Int64: Set<Int>] {
        guard !rows.isEmpty else { return [:] }
        var matched: [Int64: Set<Int>] = [:]
        let ids = IndexReader.idList(rows.lazy.map(\.id))
        let t = table
        for (index, clause) in clauses.enumerated() {
            let cursor = try Int64.fetchCursor(
                db.cachedStatement(sql: "SELECT rowid FROM \(t) WHERE \(t) MATCH ? AND rowid IN (SELECT value FROM json_each(?))"),
                arguments: [clause, ids])
            while let id = try cursor.next() { matched[id, default: []].insert(index) }
            guard plan.headingClauses != nil else { continue }
            let underHeading = try Int64.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT id FROM passages WHERE id IN (SELECT value FROM json_each(?1))
                        AND (heading_id IN (SELECT rowid FROM headings_fts WHERE headings_fts MATCH ?2)
                            OR item_id IN (SELECT rowid FROM titles_fts WHERE titles_fts MATCH ?2))
                        """), arguments: [ids, clause])
            while let id = try underHeading.next() { matched[id, default: []].insert(index) }
        }
        return matched
    }
}
