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
    /// The same leads for ASCII words, packed as integers (see `packedLead`), so most words are ruled out
    /// without making a String of them. A query has a handful, so a list beats a hashed set.
    private let packedLeads: [UInt32]

    init(words: [String], prefixes: [String] = []) {
        stems = Set(words.map(Self.stem))
        self.prefixes = prefixes.map { $0.lowercased() }
        leads = Set((Array(stems) + self.prefixes).map { String($0.prefix(3)) })
        packedLeads = Array(leads.compactMap { lead in
            var lead = lead
            return lead.withUTF8 { Self.packedLead($0, 0..<$0.count) }
        })
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

    /// The first three bytes of an ASCII word, lowercased, with its length (up to 3) in the top byte;
    /// nil when one of those bytes is not ASCII (the word then goes the String way).
    static func packedLead(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> UInt32? {
        var packed: UInt32 = 0
        let count = min(3, word.count)
        for offset in 0..<count {
            let byte = bytes[word.lowerBound + offset]
            guard byte < 0x80 else { return nil }
            packed |= UInt32(byte >= 65 && byte <= 90 ? byte | 0x20 : byte) << (8 * offset)
        }
        return packed | UInt32(count) << 24
    }

    private func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        if let lead = Self.packedLead(bytes, word), !packedLeads.contains(lead) { return false }
        return matches(String(decoding: bytes[word], as: UTF8.self)[...])
    }

    /// The marked excerpt, or nil when no word of `text` matches.
    func snippet(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { snippet(bytes: $0) }
    }

    /// Works on UTF-8 bytes: a passage is split into words, most of which are ruled out by their first
    /// three letters, and the excerpt is copied out once.
    private func snippet(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // Words as byte ranges; punctuation stays attached to the text between them.
        var words: [Range<Int>] = []
        words.reserveCapacity(bytes.count / 5)
        Self.asciiWordByte.withUnsafeBufferPointer { isWordByte in
            var start = -1
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let isWord: Bool
                var length = 1
                if byte < 0x80 {
                    isWord = isWordByte[Int(byte)]
                } else {
                    (isWord, length) = Self.wordScalar(bytes, at: index)
                }
                if isWord {
                    if start < 0 { start = index }
                } else if start >= 0 {
                    words.append(start..<index)
                    start = -1
                }
                index += length
            }
            if start >= 0 { words.append(start..<bytes.count) }
        }
        var hit = [Bool](repeating: false, count: words.count)
        for (i, word) in words.enumerated() where matches(bytes, word) { hit[i] = true }
        guard let first = hit.firstIndex(of: true) else { return nil }

        // The window with most matches among those starting near each match (a few words of lead-in).
        var before = [0]   // before[i]: matches among the first i words
        before.reserveCapacity(hit.count + 1)
        for isHit in hit { before.append(before[before.count - 1] + (isHit ? 1 : 0)) }
        var best = (start: max(0, first - 4), count: 0)
        for (i, isHit) in hit.enumerated() where isHit {
            let from = max(0, i - 4)
            let count = before[min(hit.count, from + Self.window)] - before[from]
            if count > best.count { best = (from, count) }
        }
        // A window that would run past the end starts earlier, so a short passage is shown whole.
        best.start = max(0, min(best.start, words.count - Self.window))
        let end = min(words.count, best.start + Self.window)

        var out: [UInt8] = []
        out.reserveCapacity(min(bytes.count, 400) + 16)
        let ellipsis: [UInt8] = [0xE2, 0x80, 0xA6]
        if best.start > 0 { out += ellipsis }
        var cursor = best.start > 0 ? words[best.start].lowerBound : 0
        for i in best.start..<end {
            out += bytes[cursor..<words[i].lowerBound]
            if hit[i] {
                out.append(0x02); out += bytes[words[i]]; out.append(0x03)   // Snippet.open, Snippet.close
            } else {
                out += bytes[words[i]]
            }
            cursor = words[i].upperBound
        }
        if end < words.count {
            out += ellipsis
        } else {
            out += bytes[cursor...]
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ASCII letters and digits.
    private static let asciiWordByte: [Bool] = (0..<128).map { byte in
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57)
    }

    /// Whether the non-ASCII scalar at `index` belongs to a word (a letter or digit), and its length in bytes.
    private static func wordScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Bool, Int) {
        let (scalar, length) = UTF8Bytes.scalar(at: index, in: bytes)
        return (scalar.properties.isAlphabetic || scalar.properties.numericType != nil, length)
    }

    /// Plural, -ing, -ed, -ion(s), -ly and a final e cut: "prosecute", "prosecutions" and "prosecuting" agree.
    static func stem(_ word: String) -> String {
        var w = WordTokenizer.fold(word)
        let count = w.count
        for suffix in ["ations", "ation", "ions", "ion", "ing", "ed", "ly", "e"] where count > suffix.utf8.count + 2 && w.hasSuffix(suffix) {
            w.removeLast(suffix.count)
            break
        }
        return w
    }
}
