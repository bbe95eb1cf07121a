import Foundation

/// Turns a parsed document into what the index stores: each item's passages and member questions,
/// each with its topics. Pure: no database.
public struct DocumentPreparer: Sendable {
    public let tagger: TopicTagger

    public init(tagger: TopicTagger) {
        self.tagger = tagger
    }

    public struct PreparedItem {
        var item: AgendaItem
        var passages: [(Passage, [String])]
        var questions: [(MemberQuestion, [String])]
    }

    /// Passages and questions of every item, each with its topics.
    func prepare(_ document: ParsedDocument) -> [PreparedItem] {
        document.items.map { item in
            let passages = PassageBuilder.passages(from: item).map { passage -> (Passage, [String]) in
                var topics = tagger.topics(in: passage.text)
                // A table row is terse: it also carries the topics of the headings it sits under.
                if passage.kind == .tableRow, let section = passage.section {
                    topics = merge(topics, tagger.topics(in: section))
                }
                return (passage, topics)
            }
            let questions = document.metadata.kind == .report ? [] : QuestionExtractor.extract(from: item).map { question in
                (question, tagger.topics(in: question.question + " \n " + question.answer))
            }
            return PreparedItem(item: item, passages: passages, questions: questions)
        }
    }

    func merge(_ a: [String], _ b: [String]) -> [String] {
        let set = Set(a + b)
        return tagger.taxonomy.topics.map(\.id).filter { set.contains($0) }
    }
}
