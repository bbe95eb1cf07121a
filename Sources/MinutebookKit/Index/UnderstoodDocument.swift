import Foundation

/// A file as the ingester understands it, without touching the index: for `minutebook show`.
public struct UnderstoodDocument: Encodable, Sendable {
    public struct ShownPassage: Encodable, Sendable {
        public var kind: Passage.Kind
        public var line: Int
        /// The page, for formats with pages (PDF).
        @Nullable public var page: Int? = nil
        @Nullable public var section: String? = nil
        @Nullable public var speaker: String? = nil
        public var topics: [String]
        public var text: String
    }
    /// A question with the page it starts on; reads as the `MemberQuestion` it wraps (`shown.asker`).
    @dynamicMemberLookup
    public struct ShownQuestion: Encodable, Sendable {
        public var base: MemberQuestion
        public var page: Int?

        public subscript<T>(dynamicMember path: KeyPath<MemberQuestion, T>) -> T { base[keyPath: path] }

        enum CodingKeys: String, CodingKey { case page }
        public func encode(to encoder: Encoder) throws {
            try base.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(page, forKey: .page)
        }
    }
    public struct ShownItem: Encodable, Sendable {
        public var number: String?
        public var title: String?
        public var passages: [ShownPassage]
        public var questions: [ShownQuestion]
        /// Why each question was read so (`questions[i]` ↔ `explanations[i]`).
        public var explanations: [QuestionExplainer.Taken]
        /// Sentences that look like questions but were not taken, and why.
        public var passedOver: [QuestionExplainer.PassedOver]

        enum CodingKeys: String, CodingKey { case number, title, passages, questions, explanations, passedOver = "passed_over" }
    }
    public var metadata: MeetingMetadata
    public var encoding: String
    /// text, html, pdf, docx or odt.
    public var format: SourceFormat
    /// The address of the original: the sidecar's `url`, else the page's own.
    @Nullable public var sourceURL: String? = nil
    public var items: [ShownItem]
    /// What decoding repaired ("line 12: a byte that is not UTF-8 was replaced with U+FFFD").
    public var warnings: [String]

    enum CodingKeys: String, CodingKey { case metadata, encoding, format, sourceURL = "source_url", items, warnings }

    public init(data: Data, url: URL, taxonomy: Taxonomy) throws(DocumentError) {
        let extracted = try DocumentReader.read(data, url: url)
        self.warnings = extracted.warnings
        var document = try DocumentParser.parse(extracted)
        let sidecar = try Sidecar.load(for: url)?.0
        sidecar?.apply(to: &document)
        let preparer = DocumentPreparer(tagger: TopicTagger(taxonomy: taxonomy))
        let pages = PageMap(extracted.pages)
        self.metadata = document.metadata
        self.encoding = extracted.encoding
        self.format = extracted.format
        self.sourceURL = sidecar?.url ?? extracted.sourceURL
        let kind = document.metadata.kind
        self.items = preparer.prepare(document).map { (prepared: DocumentPreparer.PreparedItem) -> ShownItem in
            let questions = prepared.questions.map { $0.0 }
            let why = QuestionExplainer.explain(prepared.item, kind: kind, questions: questions)
            return ShownItem(
                number: prepared.item.number, title: prepared.item.title,
                passages: prepared.passages.map { passage, topics in
                    ShownPassage(
                        kind: passage.kind, line: passage.line, page: pages.page(ofLine: passage.line), section: passage.section,
                        speaker: passage.speaker?.name, topics: topics, text: passage.text)
                },
                questions: prepared.questions.map { ShownQuestion(base: $0.0, page: pages.page(ofLine: $0.0.line)) },
                explanations: why.taken, passedOver: why.passedOver)
        }
    }
}
