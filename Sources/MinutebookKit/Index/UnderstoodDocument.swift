import Foundation

/// A file as the ingester understands it, without touching the index: for `minutebook show`.
public struct UnderstoodDocument: Encodable, Sendable {
    public struct ShownPassage: Encodable, Sendable {
        public var kind: String
        public var line: Int
        public var section: String?
        public var speaker: String?
        public var topics: [String]
        public var text: String
    }
    public struct ShownItem: Encodable, Sendable {
        public var number: String?
        public var title: String?
        public var passages: [ShownPassage]
        public var questions: [MemberQuestion]
        /// Why each question was read so (`questions[i]` ↔ `explanations[i]`).
        public var explanations: [QuestionExplainer.Taken]
        /// Sentences that look like questions but were not taken, and why.
        public var passedOver: [QuestionExplainer.PassedOver]

        enum CodingKeys: String, CodingKey { case number, title, passages, questions, explanations, passedOver = "passed_over" }
    }
    public var metadata: MeetingMetadata
    public var encoding: String
    public var items: [ShownItem]
    /// What decoding repaired ("line 12: a byte that is not UTF-8 was replaced with U+FFFD").
    public var warnings: [String]

    enum CodingKeys: String, CodingKey { case metadata, encoding, items, warnings }

    public init(data: Data, url: URL, taxonomy: Taxonomy) throws(DocumentError) {
        let decoded = try SourceText.decodeReporting(data)
        let encoding = decoded.encoding
        self.warnings = decoded.warnings
        var document = try DocumentParser.parse(decoded.text)
        try Sidecar.load(for: url)?.0.apply(to: &document)
        let preparer = DocumentPreparer(tagger: TopicTagger(taxonomy: taxonomy))
        self.metadata = document.metadata
        self.encoding = encoding
        let kind = document.metadata.kind
        self.items = preparer.prepare(document).map { (prepared: DocumentPreparer.PreparedItem) -> ShownItem in
            let questions = prepared.questions.map { $0.0 }
            let why = QuestionExplainer.explain(prepared.item, kind: kind, questions: questions)
            return ShownItem(number: prepared.item.number, title: prepared.item.title,
                      passages: prepared.passages.map { passage, topics in
                          ShownPassage(kind: passage.kind.rawValue, line: passage.line, section: passage.section,
                                       speaker: passage.speaker?.name, topics: topics, text: passage.text)
                      },
                      questions: questions, explanations: why.taken, passedOver: why.passedOver)
        }
    }
}
