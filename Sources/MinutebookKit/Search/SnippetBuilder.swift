import Foundation

/// Builds a snippet from a passage and the words searched: a window of about 28 words around the densest
/// run of matches, the matched words marked. A word is marked when its porter stem is one searched
/// (`Stemmer.porter`, the stemmer FTS5 matched with: "prosecute" marks "prosecutions") or it starts with a
/// searched prefix; words are `Tokenizer`'s, as FTS5's.
///
/// Doing this in Swift lets the ranking query be a plain `bm25()` sort, which SQLite runs faster than
/// FTS5's `ORDER BY rank` with `snippet()`, and a snippet costs nothing for rows not shown.
struct SnippetBuilder {
    private let stems: Set<String>
    /// The same stems as bytes, for ASCII words, which are stemmed without making a String.
    private let stemBytes: Set<[UInt8]>
    private let prefixes: [String]
    static let window = 28

    /// The first letters of every stem and prefix, packed (see `packedLead`): a word starting otherwise cannot
    /// match, and is not stemmed. A porter stem of four letters or fewer keeps all but its last letter as the word
    /// has it ("cry" → "cri", "hoping" → "hope"); longer ones keep at least their first three ("sensibility" →
    /// "sensibl"). So a stem's lead is its first three letters, or all but its last. A query has a handful, so a
    /// list beats a hashed set.
    private let packedLeads: [UInt32]
    /// The lengths of those leads (usually just 3).
    private let leadLengths: [Int]

    init(words: [String], prefixes: [String] = []) {
        stems = Set(words.map(Stemmer.porter))
        stemBytes = Set(stems.map { Array($0.utf8) })
        self.prefixes = prefixes.map { Tokenizer.words($0).joined() }.filter { !$0.isEmpty }
        var leads: [(String, Int)] = stems.map { stem in (stem, min(3, max(1, stem.utf8.count - 1))) }
        leads += self.prefixes.map { ($0, min(3, $0.utf8.count)) }
        packedLeads = Array(
            Set(
                leads.compactMap { lead, length in
                    var lead = String(decoding: lead.utf8.prefix(length), as: UTF8.self)
                    return lead.withUTF8 { Self.packedLead($0, 0..<$0.count, length: length) }
                }))
        leadLengths = Array(Set(leads.map(\.1))).sorted(by: >)
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
        self.init(words: Tokenizer.words(raw).filter { !operators.contains($0) })
    }

    /// Whether a word of a passage (one `Tokenizer` word, as written) is marked.
    func matches(_ word: Substring) -> Bool {
        guard let folded = Tokenizer.words(String(word)).first else { return false }
        return stems.contains(Stemmer.porter(folded)) || prefixes.contains { folded.hasPrefix($0) }
    }

    /// The first `length` bytes of an ASCII word (fewer if it is shorter), lowercased, with that count in the
    /// top byte; nil when one of those bytes is not ASCII (the word then goes the String way).
    static func packedLead(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, length: Int = 3) -> UInt32? {
        var packed: UInt32 = 0
        let count = min(length, word.count)
        for offset in 0..<count {
            let byte = bytes[word.lowerBound + offset]
            guard byte < 0x80 else { return nil }
            packed |= UInt32(byte >= 65 && byte <= 90 ? byte | 0x20 : byte) << (8 * offset)
        }
        return packed | UInt32(count) << 24
    }

    private func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        for length in leadLengths {
            guard let lead = Self.packedLead(bytes, word, length: length) else {
                return matches(String(decoding: bytes[word], as: UTF8.self)[...])
            }
            if packedLeads.contains(lead) { return matchesASCII(bytes, word) }
        }
        return false
    }

    /// `matches` for a word whose lead is ASCII: the whole word is stemmed as bytes when it is all ASCII.
    private func matchesASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        var folded: [UInt8] = []
        folded.reserveCapacity(word.count + 1)
        for index in word {
            let byte = bytes[index]
            guard byte < 0x80 else { return matches(String(decoding: bytes[word], as: UTF8.self)[...]) }
            folded.append(byte >= 65 && byte <= 90 ? byte | 0x20 : byte)
        }
        if !prefixes.isEmpty {
            let text = String(decoding: folded, as: UTF8.self)
            if prefixes.contains(where: { text.hasPrefix($0) }) { return true }
        }
        Stemmer.porter(bytes: &folded)
        return stemBytes.contains(folded)
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
        let words = Tokenizer.wordRanges(bytes)
        var hit = [Bool](repeating: false, count: words.count)
        for (i, word) in words.enumerated() where matches(bytes, word) { hit[i] = true }
        guard let first = hit.firstIndex(of: true) else { return nil }

        // The window with most matches among those starting near each match (a few words of lead-in).
        var before = [0]  // before[i]: matches among the first i words
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
                out.append(0x02); out += bytes[words[i]]; out.append(0x03)  // Snippet.open, Snippet.close
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
}
