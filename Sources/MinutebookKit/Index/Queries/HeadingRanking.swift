import Foundation
import GRDB
import GRDBSQLite

/// The passage flavour of `RankedSearch`'s ranking step: the best passages of a plan whose clauses some headings meet, worked out in one pass over the text's matches
/// instead of a `GROUP BY` over every candidate (`RankedSearch.passageRows`, which gives the same rows and scores
/// and is still used with filters other than topics and for date order).
///
/// The passages under one heading are written one after another, so their ids are a run (`lo...hi`, the heading's
/// `first_passage_id...last_passage_id`): the
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

    /// nil when a matching heading's run of passages is not known (then the SQL form is used).
    init?(_ db: Database, headings: HeadingMatches) throws {
        var missingByID: [Int64: [Int]] = [:]
        for (missing, ids) in headings.byMissing { for id in ids { missingByID[id] = missing } }
        var runs: [Run] = []
        runs.reserveCapacity(headings.scores.count)
        let scores = Dictionary(headings.scores.map { ($0.id, $0.score) }, uniquingKeysWith: { a, _ in a })
        let cursor = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT id, first_passage_id, last_passage_id FROM headings WHERE id IN (SELECT value FROM json_each(?))
                    """), arguments: ["[" + headings.scores.map { String($0.id) }.joined(separator: ",") + "]"])
        while let row = try cursor.next() {
            let id: Int64 = row[0]
            guard let lo: Int64 = row[1], let hi: Int64 = row[2], lo <= hi else { return nil }
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
        // Headings that meet every clause: all their passages, less those whose text is left out. Those not found
        // by their text score the heading's bm25 alone, so they are counted from the runs' sizes and only the best
        // runs are read for the page.
        var excluded = Set<Int64>()
        if let exclusion = plan.exclusion {
            try Self.scan(db, expression: exclusion) { id, _ in if let index = run(of: id), runs[index].missing.isEmpty { excluded.insert(id) } }
        }
        let full = runs.indices.filter { runs[$0].missing.isEmpty }
        func headingOnly(_ id: Int64) -> Bool { inRuns[id] == nil && !excluded.contains(id) && (allowed?.contains(id) ?? true) }
        if let allowed {
            for id in allowed { if let index = run(of: id), runs[index].missing.isEmpty, headingOnly(id) { total += 1 } }
        } else {
            for index in full { total += Int(runs[index].hi - runs[index].lo + 1) }
            total -= inRuns.keys.reduce(0) { count, id in count + (run(of: id).map { runs[$0].missing.isEmpty ? 1 : 0 } ?? 0) }
            total -= excluded.count
        }
        for index in full.sorted(by: { (runs[$0].score, runs[$0].lo) < (runs[$1].score, runs[$1].lo) }) where best.capacity > 0 {
            let run = runs[index]
            if let worst = best.worst, best.isFull, !TopRows.before(RankedRow(id: run.lo, rank: run.score), worst) { break }
            for id in run.lo...run.hi where headingOnly(id) {
                best.offer(RankedRow(id: id, rank: run.score))
                if let worst = best.worst, best.isFull, !TopRows.before(RankedRow(id: id, rank: run.score), worst) { break }
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
    private var worstIndex = 0

    init(capacity: Int) { self.capacity = max(0, capacity) }

    /// Every place is taken: a row must be better than `worst` to get in.
    var isFull: Bool { rows.count >= capacity }
    /// The worst row kept, nil when none is.
    var worst: RankedRow? { rows.isEmpty ? nil : rows[worstIndex] }

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
            if rows.count == 1 || Self.before(rows[worstIndex], row) { worstIndex = rows.count - 1 }
        } else if Self.before(row, rows[worstIndex]) {
            rows[worstIndex] = row
            findWorst()
        }
    }

    private mutating func findWorst() {
        worstIndex = rows.indices.max { Self.before(rows[$0], rows[$1]) } ?? 0
    }

    func sorted() -> [RankedRow] { rows.sorted(by: Self.before) }
}
