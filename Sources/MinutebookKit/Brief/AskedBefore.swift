import Foundation

/// A past question similar to a draft, and why it was judged similar.
public struct SimilarQuestion: Encodable, Sendable {
    public var question: QuestionHit
    /// 0…1, higher is closer.
    public var similarity: Double
    /// Topics the draft and the past question share.
    public var sharedTopics: [String]
    /// Draft words found in the past question or answer, as the draft has them ("prosecutions", not "prosecut");
    /// a related term as "intimate photos ≈ revenge porn".
    public var sharedWords: [String]

    enum CodingKeys: String, CodingKey { case question, similarity, sharedTopics = "shared_topics", sharedWords = "shared_words" }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(question, forKey: .question)
        try c.encode((similarity * 1000).rounded() / 1000, forKey: .similarity)
        try c.encode(sharedTopics, forKey: .sharedTopics)
        try c.encode(sharedWords, forKey: .sharedWords)
    }
}

/// "Has this been asked before?": past member questions closest to a draft, by words and by topics.
///
/// Candidates are questions sharing any content word with the draft (an FTS5 OR query, stemmed, ranked by
/// bm25) and questions sharing a topic with it. Similarity = 0.6 × the share of the draft's content words
/// the question and its answer contain + 0.4 × the share of the draft's topics it carries. So a draft about
/// "county lines funding" finds earlier county-lines questions worded differently ("cuckooing", "drug lines").
///
/// Related words (`RelatedTerms`) count as one shared word and as much as a shared topic: a draft about "intimate
/// photos" finds the earlier question about "revenge porn".
public struct AskedBefore: Sendable {
    public let store: IndexStore
    public var related: RelatedTerms

    public init(store: IndexStore, related: RelatedTerms = .builtIn) {
        self.store = store
        self.related = related
    }

    public func similar(to draft: String, limit: Int = 5) throws -> (topics: [String], matches: [SimilarQuestion]) {
        let taxonomy = try Searcher(store: store).taxonomy()
        let draftTopics = TopicTagger(taxonomy: taxonomy).topics(in: draft)
        let content = Self.contentWords(draft)
        guard !content.isEmpty || !draftTopics.isEmpty else {
            throw SearchError.nothingToSearch("the draft has no words to compare (type the question you are drafting)")
        }
        let searcher = QuestionSearcher(store: store, related: related)
        let draftWords = Tokenizer.words(draft)
        let groups = related.groupsMentioned(in: draftWords)
        let allGroups = related.groups
        var candidates: [Int64: QuestionHit] = [:]
        if !content.isEmpty || !groups.isEmpty {
            var alternatives = content
            for (group, _) in groups { alternatives += allGroups[group].map { "\"" + $0.joined(separator: " ") + "\"" } }
            let query = alternatives.joined(separator: " OR ")
            for hit in try searcher.search(query, options: QuestionOptions(limit: 200, expand: true)).hits { candidates[hit.id] = hit }
        }
        if !draftTopics.isEmpty {
            for hit in try searcher.search("", options: QuestionOptions(filters: Filters(topics: draftTopics), limit: 1_000)).hits
            where candidates[hit.id] == nil {
                candidates[hit.id] = hit
            }
        }
        // The words of a related term the draft uses count once, as that term.
        let termWords = Set(groups.flatMap { RelatedTerms.key($0.term) })
        var wordFor: [String: String] = [:]
        for word in content where !termWords.contains(Stemmer.singular(word)) { wordFor[Self.stem(word)] = wordFor[Self.stem(word)] ?? word }
        let stems = Set(wordFor.keys)
        let units = stems.count + groups.count
        var matches: [SimilarQuestion] = []
        for hit in candidates.values {
            let text = hit.question + " " + hit.answer
            let hitWords = WordTokenizer.words(text).map(\.folded)
            let words = Set(Tokenizer.words(text).map(Self.stem))
            var sharedWords = stems.intersection(words).sorted().map { wordFor[$0] ?? $0 }
            let hitGroups = related.groupsMentioned(in: hitWords)
            var sharedGroups = 0
            for (group, term) in groups {
                guard let theirs = hitGroups.first(where: { $0.group == group }) else { continue }
                sharedGroups += 1
                let mine = term.joined(separator: " "), other = theirs.term.joined(separator: " ")
                sharedWords.append(mine == other ? mine : "\(mine) ≈ \(other)")
            }
            let sharedTopics = draftTopics.filter { hit.topics.contains($0) }
            let wordScore = units == 0 ? 0.0 : Double(sharedWords.count) / Double(units)
            let topicScore = draftTopics.isEmpty ? 0.0 : Double(sharedTopics.count) / Double(draftTopics.count)
            let similarity = draftTopics.isEmpty ? wordScore : 0.6 * wordScore + 0.4 * topicScore
            // One shared everyday word ("line" in "line managers") is not similarity; a shared topic or related term is.
            if !sharedTopics.isEmpty || sharedGroups > 0 || sharedWords.count >= 2 {
                matches.append(SimilarQuestion(question: hit, similarity: similarity, sharedTopics: sharedTopics, sharedWords: sharedWords))
            }
        }
        matches.sort(by: Self.closerFirst)
        return (draftTopics, Array(matches.prefix(max(1, limit))))
    }

    /// Most similar first; ties: the more recent meeting, then the later question.
    static func closerFirst(_ a: SimilarQuestion, _ b: SimilarQuestion) -> Bool {
        if a.similarity != b.similarity { return a.similarity > b.similarity }
        let (da, db) = (a.question.source.meetingDate ?? "", b.question.source.meetingDate ?? "")
        return da != db ? da > db : a.question.id > b.question.id
    }

    /// Words of the draft that carry meaning: no question words, no filler, no titles.
    static func contentWords(_ draft: String) -> [String] {
        let filler: Set<String> = [
            "what", "why", "how", "when", "where", "who", "which", "whether", "is", "are", "was", "were", "be", "being", "been", "do", "does",
            "did", "doing", "can", "could", "would", "will", "should", "may", "might", "must", "the", "a", "an", "and", "or", "of", "to",
            "in", "on", "for", "with", "that", "this", "these", "those", "it", "its", "there", "their", "they", "he", "she", "his", "her",
            "you", "your", "we", "our", "us", "about", "into", "from", "by", "at", "as", "if", "any", "all", "more", "most", "much", "many",
            "what's", "has", "have", "had", "ask", "asked", "pcc", "commissioner", "chief", "constable", "panel", "please", "tell", "update",
            "being", "done", "plan", "plans", "currently", "current", "also", "than", "then", "so", "such", "not", "no", "yes", "i", "me", "my",
        ]
        var seen = Set<String>()
        return Tokenizer.words(draft).filter { $0.count > 2 && !filler.contains($0) && !$0.allSatisfy(\.isNumber) && seen.insert($0).inserted }
    }

    /// Words compare by their porter stem, as the search that found the candidates did ("funding" → "fund").
    static func stem(_ word: String) -> String { Stemmer.porter(word) }
}
