import Foundation
import GRDB

/// "Did you mean": for query words the index has never seen, the closest words it has,
/// from its own vocabulary (the unstemmed FTS5 table), by edit distance then frequency.
enum Suggester {
    static func suggest(_ db: Database, query: SearchQuery) throws -> [String] {
        var suggestions: [String] = []
        let words = query.required.flatMap { $0.alternatives.flatMap(\.words) }
        for word in words where word.count >= 4 && !word.allSatisfy(\.isNumber) {
            let known = try Int.fetchOne(db, sql: "SELECT doc FROM passages_vocab WHERE term = ?", arguments: [word]) ?? 0
            if known > 0 { continue }
            if let best = try closest(db, to: word) { suggestions.append(best) }
        }
        return suggestions
    }

    /// Vocabulary words sharing the first letter, within two edits (one for short words).
    static func closest(_ db: Database, to word: String) throws -> String? {
        guard let first = word.unicodeScalars.first, let next = Unicode.Scalar(first.value + 1) else { return nil }
        let limit = word.count <= 4 ? 1 : 2
        var best: (distance: Int, docs: Int, term: String)?
        let rows = try Row.fetchCursor(db, sql: "SELECT term, doc FROM passages_vocab WHERE term >= ? AND term < ?",
                                       arguments: [String(first), String(next)])
        let target = Array(word)
        while let row = try rows.next() {
            let term: String = row["term"]
            guard term.count >= 3, abs(term.count - word.count) <= limit else { continue }
            let distance = editDistance(target, Array(term), limit: limit)
            guard distance <= limit else { continue }
            let docs: Int = row["doc"]
            if best == nil || distance < best!.distance || (distance == best!.distance && docs > best!.docs) {
                best = (distance, docs, term)
            }
        }
        return best?.term
    }

    /// Damerau–Levenshtein distance (adjacent swaps count one), stopping early past `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
