import Foundation

/// Builds a snippet from a passage and the words searched: a window of about 28 words around the densest
/// run of matches, the matched words marked. Matching is lightly stemmed ("prosecute" marks "prosecutions"),
/// which is enough for highlighting; which passages match is FTS5's business.
///
/// Doing this in Swift lets the ranking query be a plain `bm25()` sort, which SQLite runs faster than
/// FTS5's `ORDER BY rank` with `snippet()`, and a snippet costs nothing for rows not shown.
struct SnippetBuilder {
    private let stems: Set<String>
    private let prefixes: [String]
    static let window = 28

    /// First three letters of every stem and prefix: a word starting otherwise cannot match, and is not stemmed.
    private let leads: Set<String>

    init(words: [String], prefixes: [String] = []) {
        stems = Set(words.map(Self.stem))
        self.prefixes = prefixes.map { $0.lowercased() }
        leads = Set((Array(stems) + self.prefixes).map { String($0.prefix(3)) })
    }

    init(query: SearchQuery) {
        var words: [String] = []
        var prefixes: [String] = []
        for clause in query.required {
            for term in clause.alternatives {
                if case .word(let w, true) = term { prefixes.append(w) } else { words += term.words }
            }
        }
        self.init(words: words, prefixes: prefixes)
    }

    /// The words of a raw FTS5 query, operators and column names aside.
    init(raw: String) {
        let operators: Set<String> = ["and", "or", "not", "near"]
        self.init(words: QueryParser.ftsWords(raw).filter { !operators.contains($0) })
    }

    func matches(_ word: Substring) -> Bool {
        guard leads.contains(word.prefix(3).lowercased()) else { return false }
        let lower = word.lowercased()
        return stems.contains(Self.stem(lower)) || prefixes.contains { lower.hasPrefix($0) }
    }

    /// The marked excerpt, or nil when no word of `text` matches.
    func snippet(_ text: String) -> String? {
        // Words with their ranges; punctuation stays attached to the text between them.
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let isWord = scalar.isASCII
                ? (scalar.value >= 97 && scalar.value <= 122) || (scalar.value >= 65 && scalar.value <= 90) || (scalar.value >= 48 && scalar.value <= 57)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWord {
                if start == nil { start = index }
            } else if let s = start {
                ranges.append(s..<index)
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let s = start { ranges.append(s..<text.endIndex) }
        let hit = ranges.map { matches(text[$0]) }
        guard let first = hit.firstIndex(of: true) else { return nil }
        // The window with most matches among those starting near each match (a few words of lead-in).
        var best = (start: max(0, first - 4), count: 0)
        for (i, isHit) in hit.enumerated() where isHit {
            let from = max(0, i - 4)
            let count = hit[from..<min(hit.count, from + Self.window)].filter { $0 }.count
            if count > best.count { best = (from, count) }
        }
        // A window that would run past the end starts earlier, so a short passage is shown whole.
        best.start = max(0, min(best.start, ranges.count - Self.window))
        let end = min(ranges.count, best.start + Self.window)
        var out = best.start > 0 ? "…" : ""
        var cursor = best.start > 0 ? ranges[best.start].lowerBound : text.startIndex
        for i in best.start..<end {
            out += text[cursor..<ranges[i].lowerBound]
            if hit[i] {
                out.append(Snippet.open); out += text[ranges[i]]; out.append(Snippet.close)
            } else {
                out += text[ranges[i]]
            }
            cursor = ranges[i].upperBound
        }
        if end < ranges.count {
            out += "…"
        } else {
            out += text[cursor...]
        }
        return out
    }

    /// Plural, -ing, -ed, -ion(s), -ly and a final e cut: "prosecute", "prosecutions" and "prosecuting" agree.
    static func stem(_ word: String) -> String {
        var w = WordTokenizer.fold(word)
        for suffix in ["ations", "ation", "ions", "ion", "ing", "ed", "ly", "e"] where w.count > suffix.count + 2 && w.hasSuffix(suffix) {
            w.removeLast(suffix.count)
            break
        }
        return w
    }
}
