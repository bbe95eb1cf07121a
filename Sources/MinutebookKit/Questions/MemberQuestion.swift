import Foundation

/// Whether the minutes record an answer, and whether it told the member anything.
public enum AnswerStatus: String, Codable, Sendable, CaseIterable {
    /// An answer with information in it.
    case answered
    /// The minutes record no answer.
    case unanswered
    /// An answer was given but gave no information ("did not have the figures", "not an issue he had considered").
    case noInformation = "no_information"
    /// The answer was promised for later ("would provide a written answer", "undertook to write to the member"): one to chase.
    case deferred
}

/// A question a panel member (or a member of the public, on notice) put, with the answer recorded.
public struct MemberQuestion: Codable, Equatable, Sendable {
    /// "Cllr Hayes", "a member", "members", "Mr. John Smith" (public question on notice).
    public var asker: String
    /// The question as recorded; empty when the minutes only imply it ("In response to a question, …").
    public var question: String
    /// The respondent as written: "The PCC", "the Chief Constable", "the Commissioner"; nil when unanswered.
    @Nullable public var respondent: String? = nil
    @Nullable public var respondentRole: Role? = nil
    /// Every sentence of the answer, including a follow-up exchange on the same point.
    public var answer: String
    public var status: AnswerStatus
    /// 1-based source line where the question starts.
    public var line: Int

    enum CodingKeys: String, CodingKey { case asker, question, respondent, respondentRole = "respondent_role", answer, status, line }

    public init(asker: String, question: String, respondent: String?, respondentRole: Role?, answer: String, status: AnswerStatus, line: Int) {
        self.asker = asker
        self.question = question
        self.respondent = respondent
        self.respondentRole = respondentRole
        self.answer = answer
        self.status = status
        self.line = line
    }
}
