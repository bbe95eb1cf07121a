import Foundation

/// Everything the record holds on one topic, for a member preparing a question. Built from the index
/// alone, deterministically: the same index gives the same brief.
public struct TopicBrief: Encodable, Sendable {
    public struct TopicRef: Encodable, Sendable {
        public var id: String
        public var name: String
    }

    /// At a glance.
    public struct Summary: Encodable, Sendable {
        public var meetings: Int
        public var passages: Int
        public var questions: Int
        /// ISO dates of the first and last dated meeting the topic came up at.
        @Nullable public var firstMeeting: String? = nil
        @Nullable public var lastMeeting: String? = nil
        /// Source files the topic came from.
        public var documents: [String]
        /// Documents with no meeting date (listed last in the timeline).
        public var undatedDocuments: [String]

        enum CodingKeys: String, CodingKey {
            case meetings, passages, questions, firstMeeting = "first_meeting", lastMeeting = "last_meeting", documents, undatedDocuments = "undated_documents"
        }
    }

    /// A passage quoted in the brief, with where it comes from.
    public struct Quote: Encodable, Sendable {
        public var text: String
        public var speaker: String?
        public var source: SourceRef
        public var citation: String { source.citation }

        enum CodingKeys: String, CodingKey { case text, speaker, source, citation }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(text, forKey: .text)
            try c.encode(speaker, forKey: .speaker)
            try c.encode(source, forKey: .source)
            try c.encode(citation, forKey: .citation)
        }
    }

    /// One meeting in the timeline.
    public struct Meeting: Encodable, Sendable {
        @Nullable public var meetingDate: String? = nil
        @Nullable public var body: String? = nil
        public var titles: [String]
        public var passages: Int
        /// The one or two passages that say most about the topic.
        public var highlights: [Quote]

        enum CodingKeys: String, CodingKey { case meetingDate = "meeting_date", body, titles, passages, highlights }
    }

    /// An undertaking to do something, with who gave it and any later mention.
    public struct Commitment: Encodable, Sendable {
        /// "PCC", "Chief Constable", "PCC/Chief Constable".
        public var who: String
        /// The sentence that records the undertaking.
        public var what: String
        public var quote: Quote
        /// A passage from a later meeting on the same topic that mentions the same thing.
        public var followUps: [Quote]

        enum CodingKeys: String, CodingKey { case who, what, quote, followUps = "follow_ups" }
    }

    /// A figure a report or the minutes gave.
    public struct Figure: Encodable, Sendable {
        /// A table row with its headers, or nil for a sentence.
        public var table: TableRow?
        /// The table row as text, or the sentence with the figure.
        public var text: String
        public var section: String?
        public var quote: Quote
    }

    /// An answer that gave no information: a candidate for a follow-up question.
    public struct Gap: Encodable, Sendable {
        public var question: String
        public var answer: String
        public var asker: String?
        public var respondent: String?
        public var quote: Quote
    }

    public var topic: TopicRef
    /// The date range asked for; null when open.
    @Nullable public var from: String? = nil
    @Nullable public var to: String? = nil

    enum CodingKeys: String, CodingKey { case topic, from, to, summary, timeline, questions, commitments, figures, gaps, deferred }
    public var summary: Summary
    public var timeline: [Meeting]
    public var questions: [QuestionHit]
    public var commitments: [Commitment]
    public var figures: [Figure]
    public var gaps: [Gap]
    /// Questions whose answer was promised for later: things to chase.
    public var deferred: [Gap]
}
