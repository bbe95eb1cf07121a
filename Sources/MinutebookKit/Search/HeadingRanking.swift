import Foundation
import GRDB
import GRDBSQLite

/// The best passages of a plan whose clauses some headings meet, worked out in one pass over the text's matches
/// instead of a `GROUP BY` over every candidate (`MatchPlan.passageRows`, which gives the same rows and scores
/// and is still used with filters other than topics and for date order).
///
/// The passages under one heading are written one after another, so their ids are a run (`lo...hi`): the
/// heading of a text match is found by a binary search among the matching headings' runs, and the passages a
/// heading finds alone are counted from its run without reading them.
struct HeadingRanking {
    struct Run {
        var lo: Int64
        var hi: Int64
        var score: Double
        /// Index into the plan's clauses the heading does not meet; empty when it meets them all.
        var missing: [Int]
    }

    let runs: [Run]

    /// nil when a matching heading's passages are not one run of ids (then the SQL form is used).
    init?(_ db: Database, headings: HeadingMatches) throws {
        var missingByID: [Int64: [Int]] = [:]
        for (missing, ids) in headings.byMissing { for id in ids { missingByID[id] = missing } }
        var runs: [Run] = []
        runs.reserveCapacity(headings.scores.count)
        let scores = Dictionary(headings.scores.map { ($0.id, $0.score) }, uniquingKeysWith: { a, _ in a })
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT heading_id, min(id), max(id), count(*) FROM passages WHERE heading_id IN (SELECT value FROM json_each(?)) GROUP BY heading_id
            """), arguments: ["[" + headings.scores.map { String($0.id) }.joined(separator: ",") + "]"])
        while let row = try cursor.next() {
            let id: Int64 = row[0], lo: Int64 = row[1], hi: Int64 = row[2], count: Int64 = row[3]
            guard hi - lo + 1 == count else { return nil }
            runs.append(Run(lo: lo, hi: hi, score: scores[id] ?? 0, missing: missingByID[id] ?? []))
        }
        runs.sort { $0.lo < $1.lo }
        self.runs = runs
    }

    /// The run holding passage `id`, if any.
    func run(of id: Int64) -> Int? {
        var low = 0, high = runs.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if runs[mid].hi < id { low = mid + 1 } else if runs[mid].lo > id { high = mid - 1 } else { return mid }
        }
        return nil
    }

    /// The best `count` rows (score, then id) and how many rows match in all.
    /// - Parameter allowed: the passages a topic filter lets through, or nil for all.
    func top(_ db: Database, plan: MatchPlan, count: Int, allowed: Set<Int64>?) throws -> (rows: [RankedRow], total: Int) {
        var best = TopRows(capacity: count)
        var total = 0
        // Text scores of passages under a matching heading, so each is counted once with its best text score.
        var inRuns: [Int64: Double] = [:]
        try Self.scan(db, expression: plan.expression) { id, score in
            if let allowed, !allowed.contains(id) { return }
            if let index = run(of: id) {
                inRuns[id] = score
                best.offer(RankedRow(id: id, rank: score + runs[index].score))
            } else {
                best.offer(RankedRow(id: id, rank: score))
            }
            total += 1
        }
        let clauses = plan.headingClauses ?? [plan.expression]
        // Headings that meet some clauses: their passages whose text meets the others.
        var partial: [[Int]: Set<Int>] = [:]
        for (index, run) in runs.enumerated() where !run.missing.isEmpty { partial[run.missing, default: []].insert(index) }
        for (missing, members) in partial.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            var rest = missing.map { "(\(clauses[$0]))" }.joined(separator: " AND ")
            if let exclusion = plan.exclusion { rest = "(\(rest)) NOT (\(exclusion))" }
            try Self.scan(db, expression: rest) { id, score in
                guard let index = run(of: id), members.contains(index) else { return }
                if let allowed, !allowed.contains(id) { return }
                if let known = inRuns[id] {
                    if score < known {
                        inRuns[id] = score
                        best.offer(RankedRow(id: id, rank: score + runs[index].score), replacing: true)
                    }
                    return
                }
                inRuns[id] = score
                best.offer(RankedRow(id: id, rank: score + runs[index].score))
                total += 1
            }
        }
        // Headings that meet every clause: all their passages, less those whose text is left out.
        var excluded = Set<Int64>()
        if let exclusion = plan.exclusion {
            try Self.scan(db, expression: exclusion) { id, _ in if run(of: id) != nil { excluded.insert(id) } }
        }
        for run in runs where run.missing.isEmpty {
            for id in run.lo...run.hi where inRuns[id] == nil && !excluded.contains(id) {
                if let allowed, !allowed.contains(id) { continue }
                best.offer(RankedRow(id: id, rank: run.score))
                total += 1
            }
        }
        return (best.sorted(), total)
    }

    /// Every passage matching `expression` with its text's bm25, straight from SQLite (no `Row` per match).
    static func scan(_ db: Database, expression: String, _ body: (Int64, Double) throws -> Void) throws {
        let statement = try db.cachedStatement(sql: "SELECT rowid, bm25(passages_fts) FROM passages_fts WHERE passages_fts MATCH ?")
        try statement.setArguments([expression])
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            try body(sqlite3_column_int64(handle, 0), sqlite3_column_double(handle, 1))
        }
    }
}

/// The best rows seen so far (lowest score, then lowest id), at most `capacity` of them.
struct TopRows {
    let capacity: Int
    private(set) var rows: [RankedRow] = []
    private var worst = 0

    init(capacity: Int) { self.capacity = max(0, capacity) }

    static func before(_ a: RankedRow, _ b: RankedRow) -> Bool { a.rank != b.rank ? a.rank < b.rank : a.id < b.id }

    /// Keeps `row` if it is among the best. With `replacing`, a row with the same id already kept is replaced.
    mutating func offer(_ row: RankedRow, replacing: Bool = false) {
        if replacing, let index = rows.firstIndex(where: { $0.id == row.id }) {
            rows[index] = row
            findWorst()
            return
        }
        guard capacity > 0 else { return }
        if rows.count < capacity {
            rows.append(row)
            if rows.count == 1 || Self.before(rows[worst], row) { worst = rows.count - 1 }
        } else if Self.before(row, rows[worst]) {
            rows[worst] = row
            findWorst()
        }
    }

    private mutating func findWorst() {
        worst = rows.indices.max { Self.before(rows[$0], rows[$1]) } ?? 0
    }

    func sorted() -> [RankedRow] { rows.sorted(by: Self.before) }
}
