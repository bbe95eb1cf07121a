import Foundation

/// Decides whether a recorded answer told the member anything.
///
/// Rule: an answer is `.noInformation` when the respondent's reply to the question as first put
/// (the answer before any follow-up by the asker) says the information was not there or not known
/// yet: "did not have the figures", "this was not an issue he had considered", "was unable to
/// answer", "would need to check", "no information was available", or a promise to find out later
/// ("would look into it", "would come back to the Panel", "would respond in writing"). This holds
/// even when the respondent went on to comment ("The PCC did not have the figures but commented
/// that …"): the comment is context, not what was asked for. A follow-up exchange does not change
/// the status of the question it follows. No recorded answer at all is `.unanswered`.
enum AnswerStatusClassifier {
    static let noInformationCues = TextPattern(
        #"\b(?:did|does|do)\s+not\s+(?:have|hold)\s+(?:the\s+|those\s+|these\s+|any\s+|that\s+|this\s+|such\s+)?(?:exact\s+|precise\s+|detailed\s+)?(?:figures|information|data|details|statistics|numbers|answer|breakdown)\b"#
            + #"|\bnot\s+(?:an\s+issue|something|a\s+matter)\s+(?:that\s+)?(?:he|she|they|the\s+\w+)\s+had\s+(?:considered|looked\s+at)"#
            + #"|\b(?:he|she|they)\s+had\s+not\s+(?:considered|looked\s+at)\b"#
            + #"|\bunable\s+to\s+(?:answer|comment|say|respond|confirm|provide\s+(?:the\s+|an?\s+|any\s+)?(?:figures|information|details|answer|breakdown|update)|give\s+(?:an?\s+|the\s+)?(?:answer|figure|figures|breakdown|update))\b"#
            + #"|\bnot\s+(?:able|in\s+a\s+position)\s+to\s+(?:answer|comment|say|respond|confirm|provide|give)\b"#
            + #"|\bcould\s+not\s+(?:answer|comment|say|confirm|provide\s+(?:the\s+)?(?:figures|information|details))\b"#
            + #"|\b(?:would|will)\s+(?:need|have)\s+to\s+(?:check|confirm|find\s+out|come\s+back|look\s+into)\b"#
            + #"|\bno\s+(?:information|figures|data|details)\s+(?:was|were|is|are)\s+(?:available|held|to\s+hand)\b"#
            + #"|\b(?:information|figures|data|details)\s+(?:was|were|is|are)\s+not\s+(?:available|held|to\s+hand|yet\s+available)\b"#
            + #"|\b(?:would|will)\s+look\s+into\b"#
            + #"|\b(?:would|will)\s+(?:come|get|report|revert)\s+back\b"#
            + #"|\b(?:would|will)\s+(?:respond|reply)\s+in\s+writing\b"#
            + #"|\b(?:would|will)\s+provide\s+(?:a\s+)?written\s+(?:response|answer|reply)\b"#
            + #"|\b(?:would|will)\s+(?:write\s+to|circulate\s+(?:the\s+)?(?:figures|details|information)\s+to)\b"#
            + #"|\b(?:he|she)\s+did\s+not\s+know\b"#
            + #"|\btoo\s+early\s+to\s+(?:say|tell|comment)\b"#,
        caseInsensitive: true,
        // Every alternative has one of these words.
        // The first words of each alternative, in order (see `TokenGate`): most answers have none of them.
        tokenGate: TokenGate([
            [["did", "does", "do"], ["not"], ["have", "hold"]],
            [["not"], ["an"], ["issue"]], [["not"], ["something"]], [["not"], ["a"], ["matter"]],
            [["he", "she", "they"], ["had"], ["not"]],
            [["unable"], ["to"]],
            [["not"], ["able"], ["to"]], [["not"], ["in"], ["a"], ["position"]],
            [["could"], ["not"]],
            [["would", "will"], ["need", "have"], ["to"], ["check", "confirm", "find", "come", "look"]],
            [["no"], ["information", "figures", "data", "details"], ["was", "were", "is", "are"]],
            [["information", "figures", "data", "details"], ["was", "were", "is", "are"], ["not"]],
            [["would", "will"], ["look"], ["into"]],
            [["would", "will"], ["come", "get", "report", "revert"], ["back"]],
            [["would", "will"], ["respond", "reply"], ["in"], ["writing"]],
            [["would", "will"], ["provide"]],
            [["would", "will"], ["write"], ["to"]], [["would", "will"], ["circulate"]],
            [["he", "she"], ["did"], ["not"], ["know"]],
            [["too"], ["early"], ["to"]],
        ], caseInsensitive: true))

    /// The status of a question, from its answer to the question as first put (nil when none was minuted).
    static func status(ofMainAnswer answer: String?) -> AnswerStatus {
        guard let answer else { return .unanswered }
        return noInformationCues.matches(answer) ? .noInformation : .answered
    }
}
