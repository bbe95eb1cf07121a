import Foundation

/// "Did you mean": for query words the index has never seen, the closest words it has,
/// from its own vocabulary (the unstemmed FTS5 table), by edit distance then frequency.
enum Suggester {
    static func suggest(_ index: IndexReader, query: SearchQuery) throws -> [String] {
        var suggestions: [String] = []
        let words = query.required.flatMap { $0.alternatives.flatMap(\.words) }
        for word in words where word.count >= 4 && !word.allSatisfy(\.isNumber) {
            if try index.hasMatch("\"\(word)\"") { continue }
            if let stem = try closestStem(index, to: word), let surface = try surfaceWord(index, stem: stem), surface != word {
                suggestions.append(surface)
            }
        }
        return suggestions
    }

    /// The index's vocabulary holds porter stems ("cuckoo" for "cuckooing"), so the word is compared as typed
    /// and as its stem (`Stemmer.porter`). Stems sharing the first letter, within two edits (one for short words).
    static func closestStem(_ index: IndexReader, to word: String) throws -> String? {
        guard let first = word.unicodeScalars.first, let next = Unicode.Scalar(first.value + 1) else { return nil }
        var forms = [Array(word)]
        let stem = Stemmer.porter(word)
        if stem != word { forms.append(Array(stem)) }
        var best: (distance: Int, docs: Int, term: String)?
        try index.vocabulary(from: String(first), to: String(next)) { term, docs in
            guard term.count >= 3 else { return }
            let candidate = Array(term)
            let limit = word.count <= 4 ? 1 : 2
            let distance = forms.map { abs($0.count - candidate.count) > limit ? limit + 1 : editDistance($0, candidate, limit: limit) }.min() ?? limit + 1
            guard distance <= limit else { return }
            if best == nil || distance < best!.distance || (distance == best!.distance && docs > best!.docs) {
                best = (distance, docs, term)
            }
        }
        return best?.term
    }

    /// A word as written in the text for a stem: the first highlighted word of a passage that has it.
    static func surfaceWord(_ index: IndexReader, stem: String) throws -> String? {
        guard let marked = try index.firstMarkedMatch("\"\(stem)\""),
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
