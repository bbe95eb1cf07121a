import Foundation

/// Decides what a recorded answer gave the member.
///
/// Rule, on the respondent's reply to the question as first put (the answer before any follow-up by the asker):
/// - `deferred` when the reply promises an answer later (`Vocabulary.deferringPhrases`: "would provide a
///   written answer", "undertook to write", "would circulate the figures after the meeting", "not reached in the
///   time available") in its first sentence, or anywhere in a reply that otherwise gave no information
///   ("did not have the figures to hand and would write to the Panel");
/// - `no_information` when it says the information was not there or not known ("did not have the figures",
///   "this was not an issue he had considered", "would need to check", "would look into it"), even when the
///   respondent went on to comment: the comment is context, not what was asked for;
/// - `answered` otherwise. A follow-up exchange does not change the status of the question it follows.
/// No recorded answer at all is `unanswered`.
enum AnswerStatusClassifier {
    /// The status of a question, from its answer to the question as first put (nil when none was minuted).
    static func status(ofMainAnswer answer: String?) -> AnswerStatus {
        guard let answer, !answer.isEmpty else { return .unanswered }
        let sentences = SentenceSplitter.split(answer).map(SentenceWords.init)
        guard let first = sentences.first else { return .unanswered }
        let noInformation = sentences.contains { $0.firstMatch(Vocabulary.Lists.noInformation) != nil || saysItHasNoData($0) }
        if first.firstMatch(Vocabulary.Lists.deferring) != nil { return .deferred }
        if noInformation {
            return sentences.contains { $0.firstMatch(Vocabulary.Lists.deferring) != nil } ? .deferred : .noInformation
        }
        return .answered
    }

    /// "did not have a district breakdown with him", "does not hold that information": not having, then within
    /// six words a word for figures (`Vocabulary.dataNouns`).
    static func saysItHasNoData(_ s: SentenceWords) -> Bool {
        var index = 0
        while index + 1 < s.count {
            if s[index].lower == "not", ["have", "hold", "keep", "record", "collect"].contains(s[index + 1].lower) {
                for later in (index + 2)..<min(s.count, index + 8) where Vocabulary.dataNouns.contains(s[later].lower) { return true }
            }
            index += 1
        }
        return false
    }
}
