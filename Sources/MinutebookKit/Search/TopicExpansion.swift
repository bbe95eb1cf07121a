import Foundation

/// Widens a query with the names of the topics it names: `FGM` also looks for "female genital
/// mutilation", `county lines` for "cuckooing". Quoted phrases are not widened: the user asked exactly.
struct TopicExpansion: Equatable {
    /// The widened query.
    var query: SearchQuery
    /// The topics whose names were added, by id.
    var topics: [String]

    static func expand(_ query: SearchQuery, taxonomy: Taxonomy) -> TopicExpansion? {
        expand(query, names: TopicNames(taxonomy))
    }

    static func expand(_ query: SearchQuery, names topicNames: TopicNames) -> TopicExpansion? {
        let taxonomy = topicNames.taxonomy
        guard !taxonomy.topics.isEmpty else { return nil }
        let names = topicNames.byName
        var clauses = query.required
        var topics: [String] = []
        var i = 0
        while i < clauses.count {
            // The longest run of plain single words starting here that names a topic.
            var match: (end: Int, topic: Int)?
            var words: [String] = []
            var j = i
            while j < clauses.count, j - i < 6, clauses[j].alternatives.count == 1 {
                guard case .word(let word, false) = clauses[j].alternatives[0] else { break }
                words.append(Stemmer.singular(word))
                if let topic = names[words.joined(separator: " ")] { match = (j, topic) }
                j += 1
            }
            if match == nil, clauses[i].alternatives.count == 1, case .phrase(let ws, false) = clauses[i].alternatives[0],
                let topic = names[ws.map { Stemmer.singular($0) }.joined(separator: " ")]
            {
                match = (i, topic)
            }
            guard let found = match else { i += 1; continue }
            let topic = taxonomy.topics[found.topic]
            let typed = clauses[i...found.end].flatMap { $0.alternatives.flatMap(\.words) }
            var alternatives: [SearchQuery.Term] = [typed.count == 1 ? .word(typed[0], prefix: false) : .phrase(typed, exact: false)]
            for name in topic.allNames {
                let words = Tokenizer.words(name)
                guard !words.isEmpty else { continue }
                let term: SearchQuery.Term = words.count == 1 ? .word(words[0], prefix: false) : .phrase(words, exact: false)
                if !alternatives.contains(term) { alternatives.append(term) }
            }
            clauses.replaceSubrange(i...found.end, with: [SearchQuery.Clause(alternatives)])
            if !topics.contains(topic.id) { topics.append(topic.id) }
            i += 1
        }
        guard !topics.isEmpty else { return nil }
        var expanded = query
        expanded.required = clauses
        return TopicExpansion(query: expanded, topics: topics)
    }
}
