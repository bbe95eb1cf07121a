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
///   respondent went on to comment: the comment is context, not what was asked for. When the question did not
///   ask for figures ("whether thefts were linked to organised crime"), only the reply's first sentence can say
///   so: "The DCC explained that stolen tractors had been recovered at ports. She did not have figures for the
///   county with her." answered what was asked;
/// - `answered` otherwise. A follow-up exchange does not change the status of the question it follows.
/// No recorded answer at all is `unanswered`.
enum AnswerStatusClassifier {
    /// The status of a question, from its answer to the question as first put (nil when none was minuted).
    /// `question` (when known) decides whether a lack of figures after the first sentence of the reply counts.
    static func status(ofMainAnswer answer: String?, question: String? = nil) -> AnswerStatus {
        guard let answer, !answer.isEmpty else { return .unanswered }
        let sentences = SentenceSplitter.split(answer).map(SentenceWords.init)
        guard let first = sentences.first else { return .unanswered }
        let figuresAsked = question.map { Self.asksForFigures($0) } ?? true
        let noInformation = sentences.indices.contains { index in
            let s = sentences[index]
            let phrase = s.firstMatch(Vocabulary.Lists.noInformation)
            let lacksFigures =
                saysItHasNoData(s)
                || phrase.map { match in (match.at..<(match.at + match.length)).contains { s[$0].flags.contains(.dataNoun) } } ?? false
            guard phrase != nil || lacksFigures else { return false }
            // Figures the question did not ask for, missing after a first sentence that answered: beside the point.
            return index == 0 || figuresAsked || !lacksFigures
        }
        if defers(first) { return .deferred }
        if noInformation {
            return sentences.contains(where: defers) ? .deferred : .noInformation
        }
        return .answered
    }

    /// A promise to answer later (`Vocabulary.deferringPhrases`) — not the written reply itself being reported ("The
    /// Commissioner's written response, read out by the Chairman, stated that …").
    static func defers(_ s: SentenceWords) -> Bool {
        var from = 0
        while let match = s.firstMatch(Vocabulary.Lists.deferring, from: from) {
            let owned = match.at > 0 && (s[match.at - 1].lower.hasSuffix("'s") || s[match.at - 1].lower.hasSuffix("’s"))
            // "the local authorities had agreed to provide two places": what was done, not a promise to answer.
            let done = match.at > 0 && s[match.at - 1].lower == "had"
            if !(owned && s[match.at].lower == "written"), !done { return true }
            from = match.at + 1
        }
        return false
    }

    /// A question asking for figures: "how many", "how much", "what proportion", or a word for data
    /// (`Vocabulary.dataNouns`: "figures", "breakdown", "statistics" …).
    static func asksForFigures(_ question: String) -> Bool {
        let s = SentenceWords(question)
        for index in 0..<s.count {
            let word = s[index].lower
            if s[index].flags.contains(.dataNoun) { return true }
            if word == "how", let next = s.lower(index + 1), ["many", "much", "long", "often", "quickly"].contains(next) { return true }
            if word == "what", let next = s.lower(index + 1), ["proportion", "percentage", "number", "level", "amount", "cost", "rate"].contains(next) {
                return true
            }
        }
        return false
    }

    /// "did not have a district breakdown with him", "does not hold that information": not having, then within
    /// six words a word for figures (`Vocabulary.dataNouns`).
    static func saysItHasNoData(_ s: SentenceWords) -> Bool {
        var index = 0
        while index + 1 < s.count {
            if s[index].lower == "not", ["have", "hold", "keep", "record", "collect", "give", "provide", "quote", "modelled"].contains(s[index + 1].lower) {
                for later in (index + 2)..<min(s.count, index + 8) where s[later].flags.contains(.dataNoun) { return true }
            }
            index += 1
        }
        return false
    }
}
