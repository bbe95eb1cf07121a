import Foundation

/// Finds member questions and their answers in an agenda item's blocks.
///
/// Layouts read (see the fixtures under `Tests/MinutebookKitTests/Fixtures/questions/`):
/// 1. A "Members Questions" list: `(1) What was …?` then `[The PCC reported that …]` — the answer is
///    everything inside the brackets, even over several paragraphs.
/// 2. Bullets or paragraphs naming a councillor: "Cllr Culverhouse asked the Chief Constable whether …
///    The Chief Constable reported that …", "Cllr Hayes referred to … The PCC said …". A point raised
///    without asking ("referred to", "commented") is a question only when an answer is minuted.
/// 3. Prose without an asker: "A question was asked whether …", "The PCC was asked for his view on …",
///    "In response to a question, the PCC informed the Panel that …" (asker "a member", question empty).
/// 4. A councillor's name as a heading ("Councillor Jane Smith:") over bullets that start with a bare
///    verb ("Asked whether …", "Queried …", "Sought …"), answered in the bullet or in the sub-bullets under it.
/// 5. "(1). Information was requested on … The Police and Crime Commissioner advised that …" in one entry.
/// 6. Public questions on notice, read by `NoticeQuestionReader`.
/// 7. "A Member referenced … and queried whether … In response, the Deputy Chief Constable noted …",
///    "Members asked when … The Commissioner said …".
/// 8. Queries listed first and the responses in a second numbered list ("The following responses were given:"),
///    tied by number: `NumberedResponses`.
///
/// Rules:
/// - The question runs from the asker's sentence up to the answer; the answer is every sentence from the
///   respondent on, to the end of the bullet or paragraph.
/// - Follow-ups: when the same named asker (or "he"/"she" asking again) comes back after the answer, in the
///   same bullet or paragraph, to the same respondent, the follow-up and its reply stay in the first
///   question's answer; they are not a second question. A different asker, or the same asker turning to a
///   different office ("… then asked the Chief Constable …"), starts a new question.
/// - A question whose paragraph records no answer takes the next paragraph as its answer when that paragraph
///   opens with a respondent answering (and, when the question named an office, that office); likewise a
///   bullet takes the next bullet at its level or under it. A paragraph after a list is not taken.
/// - Status: see `AnswerStatusClassifier`.
/// - Not questions: statements ("The PCC referred to …"), "Reference was made to …", "Discussion took place
///   on …", requests ("it was asked that …"), replies "in response to the points made" (no question
///   was minuted), and what members or the Panel did together other than ask ("Members noted …").
public enum QuestionExtractor {
    /// The questions of an item of minutes; in a report, only questions it labels or tabulates
    /// ("Question:" / "Response:", a table of questions and responses): a report's prose is not a discussion.
    public static func extract(from item: AgendaItem, in kind: DocumentKind = .minutes) -> [MemberQuestion] {
        // Bilingual minutes: a Welsh paragraph repeats the English one beside or before it. It is passed over, neither
        // a question nor the end of one (the English question and its answer may have its Welsh between them).
        let welsh = Set(item.blocks.indices.filter { Welsh.isWelsh(item.blocks[$0].text) })
        let notice = LabelledQuestionReader.read(item.blocks, skipping: welsh, title: item.title)
        // A report's prose is read only under a heading that says it records questions ("Questions put to you at the
        // meeting", as a panel's report to the Commissioner on the precept sets them out).
        let questionSection = kind == .report ? Set(item.blocks.indices.filter { QuestionReader.isQuestionsSection(item.blocks[$0]) }) : []
        if kind == .report && questionSection.isEmpty { return notice.questions }
        let responses = NumberedResponses.find(in: item.blocks, skipping: welsh.union(notice.used))
        var reader = QuestionReader()
        for (index, block) in item.blocks.enumerated() {
            if welsh.contains(index) { continue }
            if kind == .report && !questionSection.contains(index) {
                reader.finish()
                continue
            }
            if notice.used.contains(index) || responses.used.contains(index) {
                reader.finish()
                continue
            }
            reader.read(block)
        }
        reader.finish()
        var read = reader.questions
        for (query, response) in responses.pairs {
            let line = item.blocks[query].line
            guard let asked = read.lastIndex(where: { $0.line == line && $0.answer.isEmpty && !$0.question.isEmpty }) else { continue }
            NumberedResponses.answer(&read[asked], with: item.blocks[response])
        }
        guard !notice.questions.isEmpty else { return read }
        // In source order; questions sharing a block's line keep the order they were read in.
        return (notice.questions + read).enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
    }
}

/// "The PCC provided the following information in response to questions:", "Summary of responses from the
/// Commissioner to members' questions and comments:" — each point of the list under it answers a question the
/// minutes do not record.
struct AnswerList {
    var asker: String
    /// Nil when the introduction names nobody ("In response to questions, Members heard that:"): each point's own
    /// subject, else the office that last spoke, answers.
    var respondent: Respondent?
    /// A list of comments and responses together ("Comments and responses to questions included:"): a point is an
    /// answer only when an office answers in it; members' comments are neither.
    var mixed = false
    /// The introduction names more than one office ("The PFCC and the Chief Constable responded …").
    var severalOffices = false

    /// A heading that introduces the list as a sentence would ("Comments and responses to questions included"), not
    /// the name of a section ("Questions and responses").
    static func introHeading(_ text: String) -> AnswerList? {
        let trimmed = QuestionText.trimmed(text)
        let words = SentenceWords(trimmed)
        // ("In response to further questions from members, the Commissioner advised –" set as a heading over its points.)
        let introducing: Set<String> = ["included", "follows", "following", "given", "heard", "told", "provided", "advised", "explained", "stated", "informed"]
        guard words.count >= 4, words.words.contains(where: { introducing.contains($0.lower) })
        else { return nil }
        return intro(trimmed.hasSuffix(":") ? trimmed : trimmed + ":")
    }

    static func intro(_ text: String) -> AnswerList? {
        // The sentence that introduces the list, not the paragraph it ends ("The Chairman welcomed the Commissioner … to
        // respond to any questions. The Commissioner informed the Panel of the following –" introduces his own points).
        let trimmed = QuestionText.trimmed(QuestionText.segments(of: text).last ?? text)
        // (Or a dash: "In response to further questions from members, the Commissioner advised –".)
        guard trimmed.count <= 300,
            trimmed.hasSuffix(":") || trimmed.hasSuffix(":-") || trimmed.hasSuffix(": –") || trimmed.hasSuffix(":–") || trimmed.hasSuffix(" –")
                || trimmed.hasSuffix(" -")
        else { return nil }
        let words = SentenceWords(trimmed)
        // "… in response to questions:", or members asking and being told: "Members asked questions of the Commissioner
        // on the report, and heard that:".
        let told = words.words.contains { ["heard", "told", "informed", "advised", "learned", "learnt"].contains($0.lower) }
        let asked = words.words.contains { ["asked", "raised", "put", "posed"].contains($0.lower) }
        guard
            words.words.contains(where: { $0.lower.hasPrefix("respon") || $0.lower == "reply" || $0.lower == "answers" || $0.lower == "answer" })
                || (told && asked),
            words.words.contains(where: { $0.flags.contains(.questionNoun) })
        else { return nil }
        var respondent: Respondent?
        var offices = 0
        var index = 0
        while index < words.count {
            if let office = SentenceReader.officeSubject(words, at: index) {
                if respondent == nil { respondent = office.respondent }
                offices += 1
                index = max(index + 1, office.end)
            } else {
                index += 1
            }
        }
        // "Comments and responses to questions included:", "Points raised in discussion and responses given:"
        let mixed = words.words.contains { ["comments", "comment", "discussion", "points", "included"].contains($0.lower) }
        if respondent == nil, !mixed {
            // "Members heard that:", "the Panel was told:", "The following information was provided in response to questions
            // from members of the Panel:" (each point says who answered).
            guard words.words.contains(where: { ["heard", "told", "informed", "advised", "provided", "given", "supplied"].contains($0.lower) }) else {
                return nil
            }
        }
        let members = words.words.contains { $0.lower == "members'" || $0.lower == "members" || $0.lower == "panel" }
        return AnswerList(
            asker: members || mixed ? "members" : "a member", respondent: respondent, mixed: mixed && respondent == nil, severalOffices: offices > 1)
    }
}

/// Reads the blocks of an item in order, one question draft open at a time.
struct QuestionReader {
    private(set) var questions: [MemberQuestion] = []
    private var draft: QuestionDraft?
    /// Inside a bracketed answer that has not closed yet.
    private var inBrackets = false
    /// The councillor named by the last asker heading (layout 4), until the next other heading.
    private var headingAsker: String?
    /// Inside a list of answers ("The PCC provided the following information in response to questions:").
    private var answerList: AnswerList?
    /// The office that last opened a paragraph ("The Commissioner introduced her update …"), for a list of answers
    /// that does not say who gave them.
    private var lastOffice: Respondent?

    mutating func read(_ block: Block) {
        switch block.kind {
        case .heading:
            if !block.text.contains(where: \.isLetter) { return }
            finish()
            headingAsker = MemberHeading.mayBeName(block.text) ? MemberHeading.asker(in: block.text) : nil
            // "Comments and responses to questions included:" set as a heading over its points.
            answerList = AnswerList.introHeading(block.text)
            return
        case .tableRow:
            finish()
            // A table ends a list of answers ("… are set out below:-" over a table of questions and responses).
            answerList = nil
            return
        case .paragraph, .bullet, .numbered:
            // A paragraph number on a line of its own ("5.6") stands between a question and its answer: it is nothing.
            if !block.text.contains(where: \.isLetter) { return }
        }
        if block.kind == .paragraph || block.kind == .bullet || block.kind == .numbered, MemberHeading.mayBeName(block.text),
            let asker = MemberHeading.asker(in: block.text)
        {
            finish()
            headingAsker = asker
            return
        }
        if let list = answerList {
            // A point in which a member asks is a question of its own ("a) Councillor Pryke asked …"), not an answer.
            // Bulleted, numbered or lettered ("a)    the average time taken to answer a 101 call had fallen …;").
            let point = block.kind == .bullet || Self.isLettered(block)
            if point, !opensWithMemberAsking(block), !(list.mixed && opensWithCue(block)) {
                // One implied question per point of a list of answers.
                finish()
                let text = QuestionText.trimmed(QuestionText.withoutListMarker(block.text))
                let own = SentenceReader.answerStart(in: text)?.respondent
                // In a list of comments and responses, a point where no office answers is a comment.
                if list.mixed && own == nil { return }
                // An introduction naming two offices ("The PFCC and the Chief Constable responded …") leaves each point
                // to say which of them answered.
                let respondent = (list.severalOffices ? own : nil) ?? list.respondent ?? own ?? lastOffice
                questions.append(
                    MemberQuestion(
                        asker: list.asker, question: "", respondent: respondent?.name, respondentRole: respondent?.role,
                        answer: text, status: AnswerStatusClassifier.status(ofMainAnswer: text), line: block.line))
                return
            }
            // A point read as it stands leaves the list open for the points after it.
            if !point { answerList = nil }
        }
        if block.kind == .paragraph, let office = SentenceReader.officeSubject(SentenceWords(QuestionText.prefix(block.text, 80)), at: 0) {
            lastOffice = office.respondent
        }
        if block.kind != .bullet || draft == nil, block.text.hasSuffix(":") || block.text.hasSuffix("-") || block.text.hasSuffix("–"),
            let list = AnswerList.intro(block.text)
        {
            finish()
            answerList = list
            return
        }
        if continuesAnswer(block) { return }
        if let current = draft, !current.answerStarted, current.asks, isChairStatement(block) {
            // "The Chairman then expressed his own disappointment …" between a question and its reply is neither;
            // "The Chairman invited the Commissioner to respond. The Commissioner said …" carries the reply.
            let segments = QuestionText.segments(of: QuestionText.withoutListMarker(block.text))
            if let first = segments.first, isChairReply(first) {
                // "The Chair responded that the vacancy had been advertised": a question to the Panel, not to the Commissioner.
                draft = nil
                return
            }
            if let reply = segments.indices.dropFirst().first(where: { SentenceReader.answerAtStart(of: segments[$0]) != nil }) {
                read(Array(segments[reply...]), in: block)
            }
            return
        }
        finish()
        let unmarked = QuestionText.withoutListMarker(block.text)
        let segments = QuestionText.segments(of: unmarked)
        // In a paragraph numbered or lettered on its own, "6.3 Miss Partridge then asked …" (or "also asked") is a
        // new question; "h) Councillor Nance further asked …" still follows up.
        let numbered = unmarked.utf8.count != block.text.utf8.count
        if let first = segments.first, let last = questions.indices.last, !questions[last].answer.isEmpty,
            let cue = SentenceReader.cue(in: first, headingAsker: headingAsker), case .opening = cue.kind,
            QuestionText.samePerson(cue.asker, questions[last].asker),
            QuestionText.isFollowUp(first)
                || QuestionText.asksAgain(first, markers: numbered ? ["further", "again"] : QuestionText.askingAgainMarkers),
            // "In a supplementary question, Cllr X asked the PCC …" after the Deputy Chief Constable's answer is a new question.
            cue.addressee == nil || cue.addressee == questions[last].respondentRole
        {
            // "Cllr Fairweather asked a supplementary question …" in the next paragraph: it stays with her question.
            questions[last].answer = QuestionText.join([questions[last].answer] + segments)
            return
        }
        read(segments, in: block)
    }

    /// A block of a report under a heading that says what follows are the questions put at a meeting: "Questions put to
    /// you at the meeting", "Questions asked by the Panel", "Members' questions and the Commissioner's answers".
    static func isQuestionsSection(_ block: Block) -> Bool {
        guard block.kind == .paragraph || block.kind == .bullet, let heading = block.sectionPath.last, heading.utf8.count <= 80 else { return false }
        let words = SentenceWords(heading)
        return words.words.contains { $0.lower == "questions" || $0.lower == "questioning" }
            && words.words.contains { ["put", "asked", "raised", "members", "members'", "panel", "meeting"].contains($0.lower) }
            && !words.words.contains { ["written", "public", "submitted"].contains($0.lower) }
    }

    /// "a further question from …", "another question from …": a question after the first, named as such.
    static func mentionsFurtherQuestion(_ sentence: String) -> Bool {
        let words = SentenceWords(QuestionText.prefix(sentence, 120))
        return words.words.indices.contains { at in
            ["further", "another", "second"].contains(words[at].lower) && ["question", "query"].contains(words.lower(at + 1) ?? "")
        }
    }

    /// The Chair ruling a member's point out: "ruled that individual cases were a matter for …", "ruled the question out
    /// of order".
    static func rulesOut(_ sentence: String) -> Bool {
        let words = SentenceWords(sentence)
        return words.words.indices.contains {
            words[$0].lower == "ruled" || (words[$0].lower == "out" && words.lower($0 + 1) == "of" && words.lower($0 + 2) == "order")
        }
    }

    /// A point lettered "a)", "(b)", "ii)" — as a list of answers letters its points — not a numbered paragraph ("62.6").
    static func isLettered(_ block: Block) -> Bool {
        let marker: Substring
        if block.kind == .numbered, let written = block.marker {
            marker = Substring(written)
        } else if block.kind == .paragraph {
            marker = block.text.prefix(while: { $0 != " " && $0 != "\t" })
        } else {
            return false
        }
        var core = marker
        if core.hasPrefix("(") { core = core.dropFirst() }
        guard core.hasSuffix(")") else { return false }
        core = core.dropLast()
        return (1...4).contains(core.count) && core.allSatisfy { $0.isASCII && $0.isLowercase } && (core.count == 1 || core.allSatisfy { "ivx".contains($0) })
    }

    /// Whether the block's first sentence has a cue of its own: a member asking or raising a point, or an answer to
    /// a question it names ("In response to a question about …, the Chief Finance Officer explained …").
    private func opensWithCue(_ block: Block) -> Bool {
        guard let first = QuestionText.segments(of: QuestionText.withoutListMarker(block.text)).first else { return false }
        return SentenceReader.cue(in: first, headingAsker: nil) != nil
    }

    private func opensWithMemberAsking(_ block: Block) -> Bool {
        guard let first = QuestionText.segments(of: QuestionText.withoutListMarker(block.text)).first,
            let cue = SentenceReader.cue(in: first, headingAsker: nil), case .opening = cue.kind
        else { return false }
        return cue.named || cue.asks
    }

    /// Closes the open question, keeping it if it is one.
    mutating func finish() {
        if let question = draft?.build() { questions.append(question) }
        draft = nil
        inBrackets = false
    }

    // MARK: - Answers in the blocks after the question

    /// Takes `block` as (more of) the open question's answer: the rest of a bracketed answer, a bracketed
    /// answer after its question, sub-bullets under the question, or the next paragraph opening with the answer.
    private mutating func continuesAnswer(_ block: Block) -> Bool {
        guard var current = draft else { return false }
        let text = QuestionText.trimmed(QuestionText.withoutListMarker(block.text))
        if inBrackets {
            current.answer += QuestionText.segments(of: QuestionText.withoutBrackets(text))
            draft = current
            if text.hasSuffix("]") { finish() }
            return true
        }
        if current.answerStarted {
            if let last = current.answer.last, last.hasSuffix(":") || last.hasSuffix(":-"), current.answerListItems == 0, block.kind == .paragraph,
                follows(block, current), !opensWithCue(block), !isChairStatement(block),
                let first = QuestionText.segments(of: text).first, SentenceReader.answerAtStart(of: first) == nil
            {
                // "The Commissioner's response was as follows:" — the reply itself is the next paragraph.
                current.answer += QuestionText.segments(of: text)
                draft = current
                return true
            }
            if takesListItem(block, text: text, current) {
                // "He explained that the force used three approaches:" — the list is the rest of the reply.
                current.answer += QuestionText.segments(of: text)
                current.answerListItems += 1
                draft = current
                return true
            }
            if block.kind != .tableRow, block.kind != .heading, current.answerListItems > 0 || (block.kind == .paragraph && follows(block, current)),
                !isChairStatement(block), goesOnWithoutSpeaker(text, current)
            {
                // After the list, or in the next paragraph, a paragraph with no new speaker in which the same office goes
                // on ("… The PCC had also funded radios for the shopwatch schemes.").
                current.answer += QuestionText.segments(of: text)
                current.answerListItems = 0
                draft = current
                return true
            }
            if follows(block, current), let first = QuestionText.segments(of: text).first, SentenceReader.continuesReply(first, respondent: current.respondent)
            {
                // "She added that …", "The Chief Constable further explained …": the same reply, in the next paragraph.
                current.answer += QuestionText.segments(of: text)
                draft = current
                return true
            }
            guard isUnder(block, current) else { return false }
            read(QuestionText.segments(of: text), in: block)
            return true
        }
        if text.hasPrefix("[") {
            current.startBracketedAnswer(QuestionText.segments(of: QuestionText.withoutBrackets(text)))
            draft = current
            if text.hasSuffix("]") { finish() } else { inBrackets = true }
            return true
        }
        if takesQuestionListItem(block, text: text, current) {
            // "The Panel asked the Chief Constable as regards:" over the points asked, answered after the list.
            current.question += QuestionText.segments(of: text)
            current.questionListItems += 1
            draft = current
            return true
        }
        guard follows(block, current) else { return false }
        let segments = QuestionText.segments(of: text)
        // The next of a list of questions ("5.3.2 How much of the increase …") is a question of its own.
        if let first = segments.first, isListedQuestionClause(first, in: block) { return false }
        if current.asks || current.question.last?.hasSuffix("?") == true, current.questionOnTrust == 0, block.kind == .paragraph, !current.question.isEmpty,
            !isChairStatement(block),
            let first = segments.first, opensWithoutSpeaker(SentenceWords(first)), SentenceReader.answerInside(SentenceWords(first)) == nil,
            current.addressedTo == nil || !SentenceReader.isPronounReply(first),
            !segments.dropFirst().contains(where: { SentenceReader.answerAtStart(of: $0) != nil })
        {
            // A paragraph with no speaker between a question and its answer: more of the question, if an answer follows.
            current.question += segments
            current.questionOnTrust = segments.count
            draft = current
            return true
        }
        if let last = current.question.last, last.hasSuffix(":") || last.hasSuffix(":-"), block.kind != .heading, !opensWithCue(block),
            !isChairStatement(block)
        {
            // "… asked the Commissioner the following question:" — the next paragraph is the question itself (quoted,
            // often), and may hold the answer too.
            read(segments, in: block)
            return true
        }
        guard let first = segments.first,
            let start = SentenceReader.answerAtStart(of: first) ?? Self.impersonalAnswerAtStart(first)
                ?? current.addressedTo.flatMap({ SentenceReader.isPronounReply(first) ? AnswerStart(before: "", respondent: $0, answer: first) : nil }),
            current.accepts(start.respondent)
        else { return false }
        read(segments, in: block)
        return true
    }

    /// A paragraph opening with an answer whose speaker is not named ("Members were advised that …"); not one that
    /// opens with a member of its own ("Cllr X asked … and was advised that …" is a question with its answer).
    private static func impersonalAnswerAtStart(_ sentence: String) -> AnswerStart? {
        guard let start = SentenceReader.impersonalAnswer(in: sentence), start.before.isEmpty else { return nil }
        return start
    }

    /// An item of a list the answer introduced: the answer ends at a colon ("… the force had since:") and `block`
    /// is a list item (or, from a PDF whose glyphs were drawn, a paragraph opening in lower case); later items go on
    /// while the one before ended as list items do (";", "; and", ","), open in lower case, or sit deeper than the
    /// question. A member asking or an office answering starts something else.
    private func takesListItem(_ block: Block, text: String, _ current: QuestionDraft) -> Bool {
        guard let last = current.answer.last, let first = text.first else { return false }
        // "… explained that:" or "… explained that –" over the points of the reply.
        let opensList =
            current.answerListItems == 0
            && (last.hasSuffix(":") || last.hasSuffix(":-") || last.hasSuffix(": –") || last.hasSuffix("that –") || last.hasSuffix("that -"))
        guard opensList || current.answerListItems > 0 else { return false }
        switch block.kind {
        case .bullet: break
        case .paragraph: guard first.isLowercase else { return false }
        default: return false
        }
        if !opensList {
            let endsItem = [";", "; and", "; or", ",", ", and", ", or"].contains { last.hasSuffix($0) }
            // Bullets of another glyph than the question's ("·" question, "o" points of the reply) belong to the reply.
            let inList = current.blockKind != .bullet || block.depth > current.blockDepth || (block.kind == .bullet && block.marker != current.blockMarker)
            guard endsItem || first.isLowercase || inList else { return false }
        }
        guard let sentence = QuestionText.segments(of: text).first else { return false }
        if let cue = SentenceReader.cue(in: sentence, headingAsker: nil), case .opening = cue.kind { return false }
        if SentenceReader.answerAtStart(of: sentence) != nil { return false }
        return !isChairStatement(block)
    }

    /// An item of a list of what was asked: the question, put in a paragraph, ends at a colon ("The Panel asked the
    /// Chief Constable as regards:", "Members raised the following:") and `block` is a bullet or a lettered point,
    /// which neither opens with a member asking or an office answering nor holds an answer of its own.
    private func takesQuestionListItem(_ block: Block, text: String, _ current: QuestionDraft) -> Bool {
        guard current.asks, current.blockKind == .paragraph || current.blockKind == .numbered, block.kind == .bullet || Self.isLettered(block),
            let last = current.question.last
        else { return false }
        guard current.questionListItems > 0 || last.hasSuffix(":") || last.hasSuffix(":-") else { return false }
        let segments = QuestionText.segments(of: text)
        guard let first = segments.first, SentenceReader.cue(in: first, headingAsker: nil) == nil else { return false }
        return !segments.contains { SentenceReader.answerStart(in: $0) != nil || SentenceReader.impersonalAnswer(in: $0) != nil }
            && !isChairStatement(block)
    }

    /// A paragraph after the answer (or the list it took), opening with no speaker of its own, in which the same
    /// office speaks again ("As a result the average wait had fallen to 6 minutes. The PCC said that he would …",
    /// "CCTV had been required since 2023, and the PCC had offered to share the evaluation.").
    private func goesOnWithoutSpeaker(_ text: String, _ current: QuestionDraft) -> Bool {
        let segments = QuestionText.segments(of: text)
        guard let first = segments.first, let role = current.respondent?.role else { return false }
        if SentenceReader.continuesReply(first, respondent: current.respondent) { return true }
        let words = SentenceWords(first)
        guard opensWithoutSpeaker(words) else { return false }
        if SentenceReader.answerInside(words)?.respondent?.role == role || Self.speaks(role, inside: words) { return true }
        return segments.dropFirst().contains { SentenceReader.answerAtStart(of: $0)?.respondent?.role == role }
    }

    /// "…, and the PCC had offered to share the evaluation": the office as the subject of a later clause, doing anything.
    private static func speaks(_ role: Role, inside s: SentenceWords) -> Bool {
        for index in 1..<max(1, s.count) where s[index].lower == "and" || s[index].punctuationBefore == ";" {
            let at = s[index].lower == "and" ? index + 1 : index
            if let office = SentenceReader.officeSubject(s, at: at), office.respondent.role == role, SentenceReader.answerVerb(s, after: office.end) != nil {
                return true
            }
        }
        return false
    }

    /// A sentence with no cue, no answer and no member or office as its subject.
    private func opensWithoutSpeaker(_ words: SentenceWords) -> Bool {
        if SentenceReader.cue(in: words.text, headingAsker: headingAsker) != nil || SentenceReader.answerAtStart(words) != nil { return false }
        for start in SentenceReader.subjectStarts(words)
        where SentenceReader.memberSubject(words, at: start) != nil || SentenceReader.officeSubject(words, at: start) != nil {
            return false
        }
        return SentenceReader.impersonalAnswer(in: words.text) == nil
    }

    /// Whether `block` can hold the answer to a question put in the block before it: a paragraph after a
    /// paragraph or a numbered entry, a bullet after a bullet at the same or a deeper level. A paragraph after
    /// a list is the minutes moving on ("The Chief Constable in response to the points made reported …").
    private func follows(_ block: Block, _ question: QuestionDraft) -> Bool {
        switch (question.blockKind, block.kind) {
        case (.paragraph, .paragraph), (.numbered, .paragraph), (.numbered, .numbered), (.paragraph, .numbered): return true
        case (.bullet, .bullet): return block.depth >= question.blockDepth
        // A question asked in a bullet answered in the paragraph after the list ("The PCC replied to the Vice Chairman …").
        case (.bullet, .paragraph): return question.asks && !question.answerStarted
        default: return false
        }
    }

    /// A block in which the Chair speaks without asking: a statement, not a question and not an answer.
    private func isChairStatement(_ block: Block) -> Bool {
        guard let first = QuestionText.segments(of: QuestionText.withoutListMarker(block.text)).first else { return false }
        return isChairStatement(first)
    }

    /// The Chair replying: "The Chairperson responded that …", "The Chair replied …".
    private func isChairReply(_ sentence: String) -> Bool {
        let words = SentenceWords(sentence)
        guard let chair = SentenceReader.memberSubject(words, at: 0), chair.chair != nil,
            let at = SentenceReader.skipAdverbs(words, from: chair.end)
        else { return false }
        return ["responded", "replied", "answered"].contains(words[at].lower)
    }

    /// A sentence in which the Chair speaks without asking, after a lead-in clause or not ("Before a response could
    /// be given, the Chairman reminded Members …").
    private func isChairStatement(_ sentence: String) -> Bool {
        let words = SentenceWords(sentence)
        // After a lead-in that sets the time or the occasion, not after a clause of its own ("The PCC was asked about
        // comments made by X, the Chair of …").
        let leads: Set<String> = ["before", "after", "when", "while", "following", "at", "having", "as", "once", "with", "prior", "given"]
        for start in SentenceReader.subjectStarts(words) where start == 0 || leads.contains(words[0].lower) {
            guard let chair = SentenceReader.memberSubject(words, at: start), chair.chair != nil else { continue }
            return SentenceReader.memberVerb(words, after: chair.end) != .ask
        }
        return false
    }

    /// A bullet nested under the bullet the question was put in.
    private func isUnder(_ block: Block, _ question: QuestionDraft) -> Bool {
        question.blockKind == .bullet && block.kind == .bullet && block.depth > question.blockDepth
    }

    // MARK: - Questions and answers inside a block

    private mutating func read(_ segments: [String], in block: Block) {
        for (position, segment) in segments.enumerated() {
            if let cue = SentenceReader.cue(in: segment, headingAsker: headingAsker) {
                take(cue, segment: segment, block: block)
            } else if draft == nil, position == 0,
                isUnattributedQuestion(segment, in: block)
                    || (headingAsker != nil && SentenceReader.answerStart(in: segment) == nil
                        && segments.dropFirst().contains(where: QuestionText.isQuestionSentence))
            {
                // Under a member's name, a question may open with what it is about: "The Commissioner's office has
                // taken on complaint reviews. How many were completed …?"
                draft = QuestionDraft(unattributedIn: block, listedAsQuestion: isInQuestionSection(block) || headingAsker != nil)
                // "1. Cllr Fordwich:" over "Please can the Commissioner tell the Panel …?": the named member's question.
                if let asker = headingAsker { draft!.asker = asker; draft!.named = true }
                draft!.question.append(segment)
            } else if draft == nil, position == 0, isListedQuestionClause(segment, in: block) {
                // "5.3 The questions covered: 5.3.1 Whether the assumed pay award was realistic …".
                draft = QuestionDraft(unattributedIn: block, listedAsQuestion: true)
                draft!.asker = "members"
                draft!.question.append(segment)
            } else if draft != nil {
                add(segment)
            }
        }
    }

    /// A sentence that belongs to the open question: more of the question, the start of the answer, or more answer.
    private mutating func add(_ segment: String) {
        // Changed in place: a copy would copy the sentence arrays on every append.
        guard let answerStarted = draft?.answerStarted else { return }
        if answerStarted {
            draft!.answer.append(segment)
        } else if let start = SentenceReader.answerStart(in: segment) ?? SentenceReader.impersonalAnswer(in: segment) {
            if start.afterTopicLead, !draft!.asks, !draft!.named {
                // "Reference was made to X. In relation to Y, the PCC reported …": the PCC moved on; the point was not answered.
                draft = nil
                return
            }
            draft!.startAnswer(start)
        } else if draft!.questionClosed {
            return
        } else if !draft!.question.isEmpty, isChairStatement(segment) {
            // "Councillor Bhamra asked … The Chair then moved to the next item …": the question ends where the Chair speaks.
            // (Not the question's own first sentence: "The Vice-Chair, Councillor Ushaw, referred to … and noted …".)
            draft!.questionClosed = true
            // "Ms Lathom had asked when the Panel would fill its vacancy. The Chairperson responded that …": the Panel's
            // own business, answered by its Chair, is no question to the Commissioner.
            if isChairReply(segment) { draft!.answeredByChair = true }
            if Self.rulesOut(segment) { draft!.ruledOut = true }
        } else if let office = draft!.addressedTo, SentenceReader.isPronounReply(segment) {
            // "Cllr Hale asked the Chief Constable about response times. She explained that …".
            draft!.startAnswer(AnswerStart(before: "", respondent: office, answer: segment))
        } else {
            draft!.question.append(segment)
        }
    }

    private mutating func take(_ cue: AskerCue, segment: String, block: Block) {
        if case .implied(let respondent, let answer, let asked) = cue.kind {
            takeImplied(cue, respondent: respondent, answer: answer, asked: asked, block: block)
            return
        }
        guard var current = draft else {
            // "He asked …" with no question open names nobody: it is read as plain text.
            if case .opening = cue.kind { open(cue, segment: segment, block: block) }
            return
        }
        if !current.answerStarted, !current.asks, !current.named, case .opening = cue.kind, cue.asks {
            if !cue.named {
                // "Reference was made to X. A question was raised whether …": one unnamed member's point and question, in
                // one paragraph; the question starts where the point was raised.
                current.asks = true
                current.asker = cue.asker
                current.addressee = current.addressee ?? cue.addressee
                draft = current
                add(segment)
                return
            }
            // "Reference was made to X. Cllr Y asked whether …": the unanswered point is context, the question starts here.
            draft = nil
            open(cue, segment: segment, block: block)
            return
        }
        if !current.answerStarted, case .opening = cue.kind, cue.named, cue.asks, current.named, current.asks, !current.question.isEmpty,
            !QuestionText.samePerson(cue.asker, current.asker), cue.asker != current.asker, !isChairStatement(segment), !Self.rulesOut(segment)
        {
            // "Councillor Witchford asked why … Councillor Ickleton queried whether …": another member's question before any
            // answer; the first stands, unanswered unless a reply to the points together follows.
            finish()
            open(cue, segment: segment, block: block)
            return
        }
        if !current.answerStarted {
            // More of the question: "Cllr Hayes referred to … He … asked what was being done …".
            current.asks = current.asks || cue.asks
            draft = current
            add(segment)
            return
        }
        if current.isFollowUp(cue) {
            current.addFollowUp(segment)
            draft = current
            return
        }
        // A new question: another asker, or the same one turning to another office.
        var next = cue
        if case .pronoun = cue.kind {
            next.asker = current.asker
            next.named = current.named
        }
        finish()
        open(next, segment: segment, block: block)
    }

    /// "In response to a question, the PCC …": the answer to the open question if it has none yet
    /// ("A question was asked … In response to the question, …"), otherwise a question of its own.
    private mutating func takeImplied(_ cue: AskerCue, respondent: Respondent, answer: String, asked: String, block: Block) {
        let start = AnswerStart(before: "", respondent: respondent, answer: answer)
        if var current = draft, !current.answerStarted {
            current.startAnswer(start)
            draft = current
            return
        }
        // "… The CFO confirmed that … In response to a further question from Councillor Mungrisdale about enforcement, the
        // CFO advised that …": the same member's follow-up to the same office stays with the question.
        if var current = draft, current.answerStarted, cue.named, QuestionText.samePerson(cue.asker, current.asker),
            current.respondent?.role == respondent.role,
            QuestionText.isFollowUp(answer) || QuestionText.asksAgain(answer, markers: ["further", "another", "second"]) || Self.mentionsFurtherQuestion(answer)
        {
            current.addFollowUp(answer)
            draft = current
            return
        }
        finish()
        var implied = QuestionDraft(cue: cue, line: block.line, block: block)
        if !asked.isEmpty { implied.question.append(asked) }
        implied.startAnswer(start)
        draft = implied
    }

    private mutating func open(_ cue: AskerCue, segment: String, block: Block) {
        draft = QuestionDraft(cue: cue, line: block.line, block: block)
        add(segment)
    }

    /// "(1) What was the reason …?" — a numbered entry, or an entry under a questions heading, that is a question.
    private func isUnattributedQuestion(_ segment: String, in block: Block) -> Bool {
        guard QuestionText.isQuestionSentence(segment) else { return false }
        return block.kind == .numbered || isInQuestionSection(block) || headingAsker != nil
    }

    /// A question written as a noun clause ("Whether the pay award was realistic …", "How much of the increase would …")
    /// standing first in a list under a heading that introduces the questions asked ("The questions covered",
    /// "Questions raised by members included").
    private func isListedQuestionClause(_ segment: String, in block: Block) -> Bool {
        guard block.kind != .heading, block.kind != .tableRow, let heading = block.sectionPath.last else { return false }
        let words = SentenceWords(QuestionText.prefix(segment, 40))
        guard words.count >= 4, words[0].capitalised,
            Vocabulary.questionWords.contains(words[0].lower) || words[0].lower == "which",
            words[0].lower != "if"
        else { return false }
        let title = SentenceWords(heading)
        return title.count <= 12
            && title.words.contains { ["questions", "queries"].contains($0.lower) }
            && title.words.contains { ["covered", "included", "raised", "asked", "following", "were"].contains($0.lower) }
            && !title.words.contains { $0.lower.hasPrefix("respon") || $0.lower == "answers" || $0.lower == "public" }
    }

    private func isInQuestionSection(_ block: Block) -> Bool {
        block.sectionPath.contains { QuestionText.containsIgnoringCase($0, "question") }
    }
}
