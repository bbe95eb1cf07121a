import Foundation
import GRDB
import GRDBSQLite

/// The passage flavour of `RankedSearch`'s ranking step: the best passages of a plan whose clauses some headings meet, worked out in one pass over the text's matches
/// instead of a `GROUP BY` over every candidate (`RankedSearch.passageRows`, which gives the same rows and scores
/// and is still used with filters other than topics and for date order).
///
/// The passages under one heading, and those of one item, are written one after another, so their ids are a run
/// (`lo...hi`: a heading's or an item's `first_passage_id...last_passage_id`): the run of a text match is found by a
/// binary search among the matching titles' and headings' runs (`HeadingMatches`), and the passages a title or
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

    /// The runs of the matching titles and headings (`HeadingMatches.runs`: sorted, none overlapping).
    init(_ headings: HeadingMatches) {
        runs = headings.runs
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
        // Passages under a matching heading that their text found, so each is counted once; for those under a
        // heading that meets only some clauses, their best text score.
        var found = PassageSet(runs: runs)
        var partialScores: [Int64: Double] = [:]
        var foundInFullRuns = 0
        // Counting alone (no rows wanted) needs no score: FTS5 then only walks its lists of matching rows.
        let scored = count > 0
        try Self.scan(db, expression: plan.expression, scored: scored) { id, score in
            if let allowed, !allowed.contains(id) { return }
            if let index = run(of: id) {
                found.insert(id)
                if runs[index].missing.isEmpty { foundInFullRuns += 1 } else { partialScores[id] = score }
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
            try Self.scan(db, expression: rest, scored: scored) { id, score in
                guard let index = run(of: id), members.contains(index) else { return }
                if let allowed, !allowed.contains(id) { return }
                if found.contains(id) {
                    if let known = partialScores[id], score < known {
                        partialScores[id] = score
                        best.offer(RankedRow(id: id, rank: score + runs[index].score), replacing: true)
                    }
                    return
                }
                found.insert(id)
                partialScores[id] = score
                best.offer(RankedRow(id: id, rank: score + runs[index].score))
                total += 1
            }
        }
        // Headings that meet every clause: all their passages, less those whose text is left out. Those not found
        // by their text score the heading's bm25 alone, so they are counted from the runs' sizes and only the best
        // runs are read for the page.
        var excluded = Set<Int64>()
        if let exclusion = plan.exclusion {
            try Self.scan(db, expression: exclusion, scored: false) { id, _ in if let index = run(of: id), runs[index].missing.isEmpty { excluded.insert(id) } }
        }
        var full = runs.indices.filter { runs[$0].missing.isEmpty }
        func headingOnly(_ id: Int64) -> Bool { !found.contains(id) && !excluded.contains(id) && (allowed?.contains(id) ?? true) }
        if let allowed {
            for id in allowed { if let index = run(of: id), runs[index].missing.isEmpty, headingOnly(id) { total += 1 } }
        } else {
            for index in full { total += Int(runs[index].hi - runs[index].lo + 1) }
            total -= foundInFullRuns
            total -= excluded.count
        }
        // A passage found by its heading alone scores the heading's bm25: a run whose score cannot beat the worst
        // row kept so far adds nothing, so only the others are sorted and read.
        if let worst = best.worst, best.isFull {
            full.removeAll { !TopRows.before(RankedRow(id: runs[$0].lo, rank: runs[$0].score), worst) }
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

    /// Which passages of the runs a scan has found: one bit per passage id from the first run's to the last's.
    struct PassageSet {
        private let base: Int64
        private var bits: [UInt64]

        init(runs: [Run]) {
            base = runs.first?.lo ?? 0
            let last = runs.map(\.hi).max() ?? base
            bits = [UInt64](repeating: 0, count: Int((last - base) / 64) + 1)
        }

        /// `id` must lie in one of the runs.
        mutating func insert(_ id: Int64) {
            let offset = Int(id - base)
            bits[offset >> 6] |= 1 << UInt64(offset & 63)
        }

        func contains(_ id: Int64) -> Bool {
            let offset = id - base
            guard offset >= 0, Int(offset >> 6) < bits.count else { return false }
            return bits[Int(offset >> 6)] & (1 << UInt64(offset & 63)) != 0
        }
    }

    /// Every passage matching `expression` with its text's bm25, straight from SQLite (no `Row` per match).
    /// Unscored (`scored: false`), every score is 0 and FTS5 skips the per-row work bm25 needs.
    static func scan(_ db: Database, expression: String, scored: Bool = true, _ body: (Int64, Double) throws -> Void) throws {
        let statement = try db.cachedStatement(
            sql: scored
                ? "SELECT rowid, bm25(passages_fts) FROM passages_fts WHERE passages_fts MATCH ?"
                : "SELECT rowid, 0.0 FROM passages_fts WHERE passages_fts MATCH ?")
        try statement.forEachRow(db, arguments: [expression]) { handle in
            try body(sqlite3_column_int64(handle, 0), sqlite3_column_double(handle, 1))
            return true
        }
    }
}

/// The best rows seen so far (lowest score, then lowest id), at most `capacity` of them: a binary heap with the
/// worst kept row on top, so offering a row costs O(log capacity) — a page of 10 or the 500 the web page's facets
/// count alike.
struct TopRows {
    let capacity: Int
    /// A max-heap by `before`: `rows[0]` is the worst row kept.
    private(set) var rows: [RankedRow] = []

    init(capacity: Int) { self.capacity = max(0, capacity) }

    /// Every place is taken: a row must be better than `worst` to get in.
    var isFull: Bool { rows.count >= capacity }
    /// The worst row kept, nil when none is.
    var worst: RankedRow? { rows.first }

    static func before(_ a: RankedRow, _ b: RankedRow) -> Bool { a.rank != b.rank ? a.rank < b.rank : a.id < b.id }

    /// Keeps `row` if it is among the best. With `replacing`, a row with the same id already kept is replaced.
    mutating func offer(_ row: RankedRow, replacing: Bool = false) {
        if replacing, let index = rows.firstIndex(where: { $0.id == row.id }) {
            rows[index] = row
            siftUp(index)
            siftDown(index)
            return
        }
        guard capacity > 0 else { return }
        if rows.count < capacity {
            rows.append(row)
            siftUp(rows.count - 1)
        } else if Self.before(row, rows[0]) {
            rows[0] = row
            siftDown(0)
        }
    }

    /// Whether the row at `a` belongs above the row at `b` (it is worse).
    private func above(_ a: Int, _ b: Int) -> Bool { Self.before(rows[b], rows[a]) }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard above(child, parent) else { return }
            rows.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var top = parent
            if left < rows.count, above(left, top) { top = left }
            if right < rows.count, above(right, top) { top = right }
            if top == parent { return }
            rows.swapAt(parent, top)
            parent = top
        }
    }

    func sorted() -> [RankedRow] { rows.sorted(by: Self.before) }
}
