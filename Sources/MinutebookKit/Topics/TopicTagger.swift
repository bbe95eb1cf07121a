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
        for (index, word) in words.enumerated() {
            guard let candidates = patterns[word.folded] else { continue }
            for pattern in candidates where !found.contains(pattern.topic) {
                if pattern.acronym && !WordTokenizer.isCapitalised(word.original) { continue }
                guard index + pattern.rest.count < words.count else { continue }
                var matches = true
                for (offset, expected) in pattern.rest.enumerated() where words[index + 1 + offset].folded != expected {
                    matches = false
                    break
                }
                if matches { found.insert(pattern.topic) }
            }
        }
        return found.sorted().map { taxonomy.topics[$0].id }
    }
}
