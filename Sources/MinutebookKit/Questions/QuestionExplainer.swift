import Foundation

/// Why the extractor read an item as it did, for `minutebook show`: for each question, which sentence was read as
/// the asking and by which rule, which as the answer, and what decided its status; and for each sentence that looks
/// like a question (a question mark, a verb of asking) but was not taken, why not.
public enum QuestionExplainer {
    public struct Taken: Encodable, Sendable, Equatable {
        public var line: Int
        /// The sentence read as the asking (empty for a question the minutes only imply).
        public var asking: String
        public var askingRule: String
        @Nullable public var answering: String? = nil
        @Nullable public var answeringRule: String? = nil
        public var statusReason: String

        enum CodingKeys: String, CodingKey {
            case line, asking, askingRule = "asking_rule", answering, answeringRule = "answering_rule", statusReason = "status_reason"
        }
    }

    public struct PassedOver: Encodable, Sendable, Equatable {
        public var line: Int
        public var sentence: String
        public var reason: String
    }

    /// Explanations for `questions`, found in `item` of a document of `kind`.
    public static func explain(_ item: AgendaItem, kind: DocumentKind, questions: [MemberQuestion]) -> (taken: [Taken], passedOver: [PassedOver]) {
        let taken = questions.map { explain($0) }
        let covered = questions.map { normalised($0.question + " " + $0.answer) }
        var passed: [PassedOver] = []
        for block in item.blocks where block.kind != .heading {
            for sentence in QuestionText.segments(of: QuestionText.withoutListMarker(block.table?.readable ?? block.text)) {
                guard looksLikeAQuestion(sentence) else { continue }
                let key = normalised(sentence)
                guard !key.isEmpty, !covered.contains(where: { $0.contains(key) }) else { continue }
                passed.append(PassedOver(line: block.line, sentence: sentence, reason: reason(sentence, kind: kind)))
            }
        }
        return (taken, passed)
    }

    static func explain(_ question: MemberQuestion) -> Taken {
        let first = SentenceSplitter.split(question.question).first ?? ""
        let askingRule: String
        if question.question.isEmpty {
            askingRule = "implied: an answer says it responds to a question (\"In response to a question …\")"
        } else if let cue = SentenceReader.cue(in: first, headingAsker: question.asker.hasPrefix("a member") ? nil : question.asker) {
            askingRule = cue.rule.isEmpty ? "a member asked" : cue.rule
        } else if first.hasSuffix("?") {
            askingRule = "a question, listed under a questions heading, numbered, labelled (Question:, Q.) or in a table of questions"
        } else {
            askingRule = "labelled as a question (Question:, Q., a question on notice) or in a table of questions"
        }
        var answering: String?
        var answeringRule: String?
        if !question.answer.isEmpty {
            answering = SentenceSplitter.split(question.answer).first
            if let respondent = SentenceReader.answerStart(in: answering ?? "")?.respondent {
                answeringRule = "\(respondent.name) answering (office: \(respondent.role.rawValue))"
            } else if SentenceReader.impersonalAnswer(in: answering ?? "") != nil {
                answeringRule = "an answer whose speaker the minutes do not name (\"Members were advised that …\", \"It was confirmed that …\")"
            } else if let respondent = question.respondent {
                answeringRule = "labelled, bracketed or tabled answer, by \(respondent)"
            } else {
                answeringRule = "labelled, bracketed or tabled answer; the minutes do not say by whom"
            }
        }
        return Taken(
            line: question.line, asking: first, askingRule: askingRule, answering: answering, answeringRule: answeringRule,
            statusReason: statusReason(question))
    }

    static func statusReason(_ question: MemberQuestion) -> String {
        switch question.status {
        case .unanswered: return "unanswered: no answer is minuted after it"
        case .answered: return "answered: the reply gives information"
        case .deferred:
            return "deferred: the reply promises an answer later" + phrase(in: question.answer, Vocabulary.Lists.deferring)
        case .noInformation:
            return "no_information: the reply gave none" + phrase(in: question.answer, Vocabulary.Lists.noInformation)
        }
    }

    static func phrase(in text: String, _ list: PhraseList) -> String {
        for sentence in SentenceSplitter.split(text) {
            let words = SentenceWords(sentence)
            if let found = words.firstMatch(list) { return " (\"\(words.text(found.at..<(found.at + found.length)))\")" }
        }
        return ""
    }

    static func looksLikeAQuestion(_ sentence: String) -> Bool {
        if QuestionText.isQuestionSentence(sentence) { return true }
        let words = SentenceWords(sentence)
        return words.firstMatch(Vocabulary.Lists.asking) != nil
    }

    static func reason(_ sentence: String, kind: DocumentKind) -> String {
        if kind == .report {
            return
                "in a report only labelled or tabled questions are read, and prose under a heading of questions put at the meeting (a rhetorical question in a report is not a member's)"
        }
        let words = SentenceWords(sentence)
        if words.firstMatch(Vocabulary.Lists.directed) != nil {
            return "directing the meeting or making a request (\"asked members to …\", \"asked that …\"), not a question put to the Commissioner"
        }
        if let cue = SentenceReader.cue(in: sentence, headingAsker: nil) {
            if !cue.asks { return "a point raised, not asked, and no answer is minuted after it" }
            return "read as asking (\(cue.rule)), but it belongs to a question already open or was asked of the Panel"
        }
        for start in SentenceReader.subjectStarts(words) {
            if SentenceReader.officeSubject(words, at: start) != nil {
                return "the Commissioner or an officer speaking or asking, not a member"
            }
            if let member = SentenceReader.memberSubject(words, at: start), member.body {
                return "members together or the Chair noting, welcoming or directing, not asking"
            }
        }
        return "no member is named as asking, and it is neither numbered nor under a questions heading"
    }

    static func normalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }
}
