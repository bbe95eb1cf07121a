import Foundation

/// Tags text with the topics of a taxonomy whose terms or acronyms it contains, on whole words.
public struct TopicTagger: Sendable {
    public let taxonomy: Taxonomy

    private struct Pattern: Sendable {
        var rest: [String]      // folded words after the first
        var topic: Int
        var acronym: Bool
    }
    /// First folded word → the patterns that start with it.
    private let patterns: [String: [Pattern]]

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
    }

    /// Topic ids found in `text`, in taxonomy order.
    public func topics(in text: String) -> [String] {
        topics(in: WordTokenizer.words(text))
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
        let words = WordTokenizer.words(text)
        var count = 0
        for index in words.indices {
            var matched = false
            forEachMatch(at: index, in: words) { _ in matched = true }
            if matched { count += 1 }
        }
        return count
    }

    /// Calls `body` with the topic index of every name that starts at `index`.
    private func forEachMatch(at index: Int, in words: [Word], _ body: (Int) -> Void) {
        guard let candidates = patterns[words[index].folded] else { return }
        for pattern in candidates {
            if pattern.acronym && !words[index].capitalised { continue }
            guard index + pattern.rest.count < words.count else { continue }
            if pattern.rest.enumerated().allSatisfy({ words[index + 1 + $0.offset].folded == $0.element }) { body(pattern.topic) }
        }
    }
}
