import Foundation

/// Turns a parsed document into what the index stores: each item's passages and member questions,
/// each with its topics. Pure: no database.
public struct DocumentPreparer: Sendable {
    public let tagger: TopicTagger

    public init(tagger: TopicTagger) {
        self.tagger = tagger
    }

    public struct PreparedItem: Sendable {
        var item: AgendaItem
        var passages: [(Passage, [String])]
        var questions: [(MemberQuestion, [String])]
    }

    /// Passages and questions of every item, each with its topics.
    func prepare(_ document: ParsedDocument) -> [PreparedItem] {
        // Who the document names with an office, so "Mr Aspinall informed the Panel …" reads as that office answering.
        OfficeHolders.$current.withValue(OfficeHolders.find(in: document)) { prepareItems(document) }
    }

    private func prepareItems(_ document: ParsedDocument) -> [PreparedItem] {
        document.items.map { item in
            let passages = PassageBuilder.passages(from: item).map { passage in
                (passage, passageTopics(text: passage.text, section: passage.section, kind: passage.kind, in: document.metadata.kind))
            }
            // The topics of the passages on each line, looked up once per question (a filter per question was
            // quadratic in a long item).
            let topicsByLine = Self.topicsByLine(passages.map { ($0.0.line, $0.1) })
            let questions = QuestionExtractor.extract(from: item, in: document.metadata.kind).map { question -> (MemberQuestion, [String]) in
                (question, questionTopics(question: question.question, answer: question.answer, context: topicsByLine[question.line] ?? []))
            }
            return PreparedItem(item: item, passages: passages, questions: questions)
        }
    }

    /// A question's topics: those its question and answer name. A question that opens by pointing back
    /// ("Related to this, the PCC was asked…") also carries the topics of the passage it continues (`context`).
    func questionTopics(question: String, answer: String, context: [String]) -> [String] {
        let own = tagger.topics(in: question + " \n " + answer)
        return Self.continuesContext(question) ? merge(own, context) : own
    }

    /// A passage's topics: those its text names. A table row is terse, and a report files each point under
    /// its key aim: both also carry the topics of the headings they sit under.
    func passageTopics(text: String, section: String?, kind: Passage.Kind, in documentKind: DocumentKind) -> [String] {
        let own = tagger.topics(in: text)
        guard kind == .tableRow || documentKind == .report, let section else { return own }
        return merge(own, tagger.topics(in: section))
    }

    func merge(_ a: [String], _ b: [String]) -> [String] {
        let set = Set(a + b)
        return tagger.taxonomy.topics.map(\.id).filter { set.contains($0) }
    }

    /// The topics of the passages on each line: what a question on that line that points back (`continuesContext`)
    /// also carries. Used when a document is prepared and when the index is re-tagged.
    static func topicsByLine(_ passages: [(line: Int, topics: [String])]) -> [Int: [String]] {
        var byLine: [Int: [String]] = [:]
        for passage in passages { byLine[passage.line, default: []] += passage.topics }
        return byLine
    }

    /// A question that opens by pointing back ("Related to this", "Following on from this", "On the same point").
    static func continuesContext(_ question: String) -> Bool {
        ["related to this", "in relation to this", "following on", "further to this", "on the same point", "on the same issue", "on this point"]
            .contains { UTF8Text.hasPrefixIgnoringCase(question, $0) }
    }
}
