import Foundation

/// A question being read: who asked, the sentences of the question, and the answer so far.
struct QuestionDraft {
    var asker: String
    var named: Bool
    /// Asked, queried, sought, or a question mark: kept even with no answer. A point raised
    /// ("Cllr Hayes referred to …") is kept only when answered.
    var asks: Bool
    /// A question mark alone, outside a questions section: kept only when answered.
    var needsAnswer = false
    var addressee: Role?
    /// The office the question was put to, as written ("the Chief Constable"): who a pronoun reply is from.
    var addressedTo: Respondent?
    var question: [String] = []
    var answer: [String] = []
    var respondent: Respondent?
    /// The respondent has started answering (a bracketed answer may name no respondent).
    var answerStarted = false
    /// The Chair spoke after the question without answering it ("The Chair then moved to the next item"): what
    /// follows is no more of the question.
    var questionClosed = false
    /// The Chair ruled it out ("The Chairman ruled that individual cases were a matter for …", "ruled it out of
    /// order"): a point the member put, so a question, unanswered, even when no asking verb was minuted.
    var ruledOut = false
    /// The Chair replied to it: a question put to the Panel.
    var answeredByChair = false
    /// One of the Panel's own officers gave the answer (`Vocabulary.isPanelOfficer`): the Panel's business.
    var answeredByPanelOfficer = false
    /// The answer introduced a list ("The PCC outlined the following measures:") and has taken its items.
    var answerListItems = 0
    /// The question introduced a list of what was asked ("The Panel asked the Chief Constable as regards:") and has
    /// taken its items.
    var questionListItems = 0
    /// How many answer pieces there were before the asker's first follow-up.
    var mainAnswerCount: Int?
    /// Sentences of a paragraph with no speaker of its own, taken into the question on trust: they stay only if the
    /// answer starts in the paragraph after them ("There had also been reports of thefts … a comment would be welcomed
    /// on this." between a question and "The Commissioner responded …").
    var questionOnTrust = 0
    var line: Int
    /// The block the question was put in, to recognise an answer in the sub-bullets under it.
    var blockKind: Block.Kind
    var blockDepth: Int
    /// The glyph of the bullet the question was put in: a list of another glyph under it is the answer's.
    var blockMarker: String?

    init(cue: AskerCue, line: Int, block: Block) {
        asker = cue.asker
        named = cue.named
        asks = cue.asks
        needsAnswer = cue.onlyIfAnswered
        addressee = cue.addressee
        addressedTo = cue.addressedTo
        self.line = line
        blockKind = block.kind
        blockDepth = block.depth
        blockMarker = block.marker
    }

    /// A question a numbered entry puts without naming its asker: "(1) What was the reason …?".
    /// Under a questions heading it stands even unanswered; elsewhere only with an answer.
    init(unattributedIn block: Block, listedAsQuestion: Bool) {
        asker = "a member"
        named = false
        asks = listedAsQuestion
        needsAnswer = !listedAsQuestion
        line = block.line
        blockKind = block.kind
        blockDepth = block.depth
        blockMarker = block.marker
    }

    mutating func startAnswer(_ start: AnswerStart) {
        if !start.before.isEmpty { question.append(start.before) }
        if !answerStarted, let name = start.respondent?.name, Vocabulary.isPanelOfficer(name) { answeredByPanelOfficer = true }
        respondent = start.respondent
        answerStarted = true
        questionOnTrust = 0
        answer.append(start.answer)
    }

    /// A bracketed answer: everything inside the brackets, by whoever it names first.
    mutating func startBracketedAnswer(_ segments: [String]) {
        answerStarted = true
        questionOnTrust = 0
        respondent = segments.lazy.compactMap(SentenceReader.answerStart(in:)).first?.respondent
        answer += segments
    }

    /// The asker speaks again after the answer: the follow-up and its reply join the answer.
    mutating func addFollowUp(_ segment: String) {
        if mainAnswerCount == nil { mainAnswerCount = answer.count }
        answer.append(segment)
    }

    /// A later cue is the same person coming back to the same respondent.
    func isFollowUp(_ cue: AskerCue) -> Bool {
        guard answerStarted else { return false }
        switch cue.kind {
        case .implied: return false
        case .pronoun: break
        case .opening:
            // "Cllr Mervyn Hoskins questioned the PCC … Cllr Hoskins asked whether …": the same member, by surname.
            let same = cue.asker == asker || (QuestionText.samePerson(cue.asker, asker) && !cue.asker.hasPrefix("the ") && !asker.hasPrefix("the "))
            guard named, cue.named, same else { return false }
        }
        guard let to = cue.addressee, let by = respondent?.role else { return true }
        return to == by
    }

    /// Whether an answer starting the next block answers this question: the office it was put to, if any, must reply.
    func accepts(_ respondent: Respondent?) -> Bool {
        guard let respondent else { return true }
        return addressee == nil || addressee == respondent.role
    }

    func build() -> MemberQuestion? {
        let questionText = QuestionText.join(answerStarted ? question : Array(question.dropLast(questionOnTrust)))
        if answeredByPanelOfficer, asks, addressee == nil, let first = answer.first,
            Vocabulary.notDiscussedPhrases.contains(where: { QuestionText.containsIgnoringCase(first, $0) })
        {
            // A member's question the Panel's legal adviser stops ("… could not be discussed"): asked, and not answered.
            return MemberQuestion(asker: asker, question: questionText, respondent: nil, respondentRole: nil, answer: "", status: .unanswered, line: line)
        }
        guard answerStarted || !needsAnswer || ruledOut, answerStarted || !answeredByChair, !answeredByPanelOfficer else { return nil }
        if !answerStarted {
            let asked = asks || ruledOut || questionText.contains("?") || SentenceWords(questionText).firstMatch(Vocabulary.Lists.asking) != nil
            guard asked else { return nil }
            // "Panel members then questioned the Commissioner and the Chief Constable." introduces the questions after it.
            if !ruledOut, QuestionText.segments(of: questionText).count == 1, SentenceReader.onlyNamesWhomItAsks(questionText) { return nil }
        }
        let answerText = QuestionText.join(answer)
        let mainAnswer = answerStarted ? QuestionText.join(Array(answer.prefix(mainAnswerCount ?? answer.count))) : nil
        return MemberQuestion(
            asker: asker,
            question: questionText,
            respondent: respondent?.name,
            respondentRole: respondent?.role,
            answer: answerText,
            status: AnswerStatusClassifier.status(ofMainAnswer: mainAnswer, question: questionText.isEmpty ? nil : questionText),
            line: line)
    }
}
