import Foundation
import GRDB

/// "Did you mean": for query words the index has never seen, the closest words it has,
/// from its own vocabulary (the unstemmed FTS5 table), by edit distance then frequency.
enum Suggester {
    static func suggest(_ db: Database, query: SearchQuery) throws -> [String] {
        var suggestions: [String] = []
        let words = query.required.flatMap { $0.alternatives.flatMap(\.words) }
        for word in words where word.count >= 4 && !word.allSatisfy(\.isNumber) {
            let found =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT (SELECT count(*) FROM (SELECT 1 FROM passages_fts WHERE passages_fts MATCH ?1 LIMIT 1))
                             + (SELECT count(*) FROM (SELECT 1 FROM headings_fts WHERE headings_fts MATCH ?1 LIMIT 1))
                        """, arguments: ["\"\(word)\""]) ?? 0
            if found > 0 { continue }
            if let stem = try closestStem(db, to: word), let surface = try surfaceWord(db, stem: stem), surface != word {
                suggestions.append(surface)
            }
        }
        return suggestions
    }

    /// The index's vocabulary holds porter stems ("cuckoo" for "cuckooing"), so the word is compared as typed
    /// and as its stem (`Stemmer.porter`). Stems sharing the first letter, within two edits (one for short words).
    static func closestStem(_ db: Database, to word: String) throws -> String? {
        guard let first = word.unicodeScalars.first, let next = Unicode.Scalar(first.value + 1) else { return nil }
        var forms = [Array(word)]
        let stem = Stemmer.porter(word)
        if stem != word { forms.append(Array(stem)) }
        var best: (distance: Int, docs: Int, term: String)?
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT term, doc FROM passages_vocab WHERE term >= ?1 AND term < ?2
                UNION ALL SELECT term, doc FROM headings_vocab WHERE term >= ?1 AND term < ?2
                """, arguments: [String(first), String(next)])
        while let row = try rows.next() {
            let term: String = row["term"]
            guard term.count >= 3 else { continue }
            let candidate = Array(term)
            let limit = word.count <= 4 ? 1 : 2
            let distance = forms.map { abs($0.count - candidate.count) > limit ? limit + 1 : editDistance($0, candidate, limit: limit) }.min() ?? limit + 1
            guard distance <= limit else { continue }
            let docs: Int = row["doc"]
            if best == nil || distance < best!.distance || (distance == best!.distance && docs > best!.docs) {
                best = (distance, docs, term)
            }
        }
        return best?.term
    }

    /// A word as written in the text for a stem: the first highlighted word of a passage that has it.
    static func surfaceWord(_ db: Database, stem: String) throws -> String? {
        guard
            let marked = try String.fetchOne(
                db,
                sql: """
                    SELECT coalesce(
                        (SELECT highlight(passages_fts, 0, char(2), char(3)) FROM passages_fts WHERE passages_fts MATCH ?1 LIMIT 1),
                        (SELECT coalesce(highlight(headings_fts, 0, char(2), char(3)), '') || ' ' || coalesce(highlight(headings_fts, 1, char(2), char(3)), '')
                         FROM headings_fts WHERE headings_fts MATCH ?1 LIMIT 1))
                    """, arguments: ["\"\(stem)\""]),
            let open = marked.firstIndex(of: Snippet.open),
            let close = marked[open...].firstIndex(of: Snippet.close)
        else { return nil }
        return marked[marked.index(after: open)..<close].lowercased()
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
