import Foundation

/// Tags text with the topics of a taxonomy whose terms or acronyms it contains, on whole words.
public struct TopicTagger: Sendable {
    public let taxonomy: Taxonomy

    private struct Pattern: Sendable {
        var rest: [String]  // folded words after the first
        var topic: Int
        var acronym: Bool
    }
    /// First folded word → the patterns that start with it.
    private let patterns: [String: [Pattern]]
    /// The same patterns over folded UTF-8 bytes, for tagging text without making a String per word.
    private let table: ByteTable

    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        var patterns: [String: [Pattern]] = [:]
        for (index, topic) in taxonomy.topics.enumerated() {
            for (names, acronym) in [(topic.acronyms, true), (topic.terms, false)] {
                for name in names {
                    let words = WordTokenizer.words(name).map(\.folded)
                    guard let first = words.first else { continue }
                    patterns[first, default: []].append(Pattern(rest: Array(words.dropFirst()), topic: index, acronym: acronym))
                }
            }
        }
        self.patterns = patterns
        self.table = ByteTable(patterns)
    }

    /// Topic ids found in `text`, in taxonomy order.
    public func topics(in text: String) -> [String] {
        var found = [Bool](repeating: false, count: taxonomy.topics.count)
        forEachMatch(in: text) { _, topic in found[topic] = true }
        return found.indices.filter { found[$0] }.map { taxonomy.topics[$0].id }
    }

    public func topics(in words: [Word]) -> [String] {
        var found = Set<Int>()
        for index in words.indices {
            forEachMatch(at: index, in: words) { found.insert($0) }
        }
        return found.sorted().map { taxonomy.topics[$0].id }
    }

    /// How many times the taxonomy's names occur in `text` (each position counted once).
    public func mentions(in text: String) -> Int {
        var count = 0
        var last = -1
        forEachMatch(in: text) { position, _ in
            if position != last { count += 1; last = position }
        }
        return count
    }

    /// Calls `body` with the word position and topic index of every name occurring in `text`, positions ascending:
    /// `forEachMatch(at:in:)` over `WordTokenizer.words(text)`, on folded bytes when every word is ASCII.
    private func forEachMatch(in text: String, _ body: (Int, Int) -> Void) {
        let n = text.utf8.count
        // Words are at least one byte apart, and an ASCII word folds to at most its own bytes.
        let maxWords = n / 2 + 2
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: n + 1)
        let ends = UnsafeMutablePointer<Int>.allocate(capacity: maxWords + 1)  // word i is bytes[ends[i]..<ends[i + 1]]
        let found = UnsafeMutablePointer<Int32>.allocate(capacity: maxWords)  // entry + 1 in table.entries, negated when capitalised; 0 none
        defer { bytes.deallocate(); ends.deallocate(); found.deallocate() }
        var count = 0
        var used = 0
        var wide = false
        var anyCandidate = false
        ends[0] = 0
        let table = self.table
        WordTokenizer.forEachWord(in: text) { word, caps in
            if wide { return }
            for byte in word where byte >= 0x80 { wide = true; return }
            (bytes + used).update(from: word.baseAddress!, count: word.count)
            used += word.count
            ends[count + 1] = used
            let entry = table.find(word)
            if entry >= 0 { anyCandidate = true }
            found[count] = entry < 0 ? 0 : caps ? -(entry + 1) : entry + 1
            count += 1
        }
        if wide {
            // A non-ASCII word may equal a name as a String (canonically) but not byte for byte: match on Strings.
            let words = WordTokenizer.words(text)
            for index in words.indices { forEachMatch(at: index, in: words) { body(index, $0) } }
            return
        }
        guard anyCandidate else { return }
        for index in 0..<count where found[index] != 0 {
            let capitalised = found[index] < 0
            for pattern in table.entries[Int(abs(found[index])) - 1].patterns {
                if pattern.acronym && !capitalised { continue }
                guard index + pattern.rest.count < count else { continue }
                var matches = true
                for (offset, word) in pattern.rest.enumerated() {
                    let w = index + 1 + offset
                    let a = ends[w], b = ends[w + 1]
                    if b - a != word.count || !word.elementsEqual(UnsafeBufferPointer(start: bytes + a, count: b - a)) { matches = false; break }
                }
                if matches { body(index, pattern.topic) }
            }
        }
    }

    /// First folded word's bytes → patterns, in an open-addressing table probed by FNV-1a hash.
    private final class ByteTable: Sendable {
        struct Entry: Sendable {
            var word: [UInt8]
            var patterns: [(rest: [[UInt8]], topic: Int, acronym: Bool)]
        }
        let entries: [Entry]
        let slots: [Int32]
        let mask: Int

        init(_ patterns: [String: [Pattern]]) {
            var size = 16
            while size < patterns.count * 4 { size *= 2 }
            var slots = [Int32](repeating: -1, count: size)
            var entries: [Entry] = []
            let mask = size - 1
            for (word, list) in patterns {
                let entry = Entry(word: Array(word.utf8), patterns: list.map { (rest: $0.rest.map { Array($0.utf8) }, topic: $0.topic, acronym: $0.acronym) })
                var slot = Self.hash(entry.word) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(entries.count)
                entries.append(entry)
            }
            self.entries = entries
            self.slots = slots
            self.mask = mask
        }

        @inline(__always) static func hash<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
            let h = FNV1a.hash(bytes)
            return Int(truncatingIfNeeded: h ^ (h >> 29))
        }

        /// The entry whose first word is `word`, or -1.
        @inline(__always) func find(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
            var slot = Self.hash(word) & mask
            while true {
                let e = slots[slot]
                if e < 0 { return -1 }
                let candidate = entries[Int(e)].word
                if candidate.count == word.count && candidate.elementsEqual(word) { return e }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Calls `body` with the topic index of every name that starts at `index`.
    func forEachMatch(at index: Int, in words: [Word], _ body: (Int) -> Void) {
        guard let candidates = patterns[words[index].folded] else { return }
        for pattern in candidates {
            if pattern.acronym && !words[index].capitalised { continue }
            guard index + pattern.rest.count < words.count else { continue }
            if pattern.rest.enumerated().allSatisfy({ words[index + 1 + $0.offset].folded == $0.element }) { body(pattern.topic) }
        }
    }
}
