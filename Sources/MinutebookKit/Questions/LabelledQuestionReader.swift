import Foundation

/// Reads questions whose parts the minutes label, rather than narrate:
///
///     QUESTION ON NOTICE TO THE PANEL FROM MRS ANN BROWN          ← who asks (a heading or a paragraph)
///     Question 2 – Cllr Hale / Asked by: Cllr Hale / Asked of: the Chief Constable
///     Q. / Q1. / Question: / Supplementary question:               ← the question
///     A. / Answer: / Response: / Response by the Commissioner:     ← the answer, by whom when the label says
///
/// and tables with a Question column and a Response (Answer, Reply) column, with optional columns for who
/// asked and who answered. The parts run on over the paragraphs after a label until the next label, a
/// heading, a member's own question in the narrative, or a resolution. The one who answers may not be the
/// one asked. A supplementary question and its answer stay in the first question's answer.
enum LabelledQuestionReader {
    /// The questions in `blocks`, and the indices of the blocks they used.
    /// `skipping`: blocks read past as if they were not there (the Welsh of bilingual minutes).
    /// `title`: the item's title; "Questions to the Police and Crime Commissioner" makes a reply that names nobody
    /// ("Response: "The scheme received …"") that office's.
    static func read(_ blocks: [Block], skipping: Set<Int> = [], title: String? = nil) -> (questions: [MemberQuestion], used: Set<Int>) {
        var reader = Reader()
        reader.titleAddressee = title.flatMap(addressee(ofQuestionsTitle:))
        for (index, block) in blocks.enumerated() where !skipping.contains(index) {
            reader.read(block, at: index)
        }
        reader.flush()
        return (reader.questions, reader.used)
    }

    /// "Councillor Abercarn "Can the Commissioner tell …?"", "Councillor Husborne What proportion …?": a member's name
    /// alone, then the question (quoted, or opening with a question's word); the name, as asker, and the question.
    static func namedBeforeQuotation(_ text: String) -> (String, String)? {
        guard text.first?.isUppercase == true else { return nil }
        let words = SentenceWords(QuestionText.prefix(text, 80))
        guard let member = SentenceReader.memberSubject(words, at: 0), member.named, !member.body, member.end < words.count else { return nil }
        let last = words.words[member.end - 1].range.upperBound
        // The question quoted, or put straight after the name ("Councillor Husborne What proportion …?").
        guard
            words.text[last..<words.words[member.end].range.lowerBound].contains(where: { $0 == "\"" || $0 == "“" })
                || (words[member.end].capitalised && Vocabulary.questionOpeners.contains(words[member.end].lower))
        else { return nil }
        // The prefix's bytes are the text's own.
        let offset = words.text.utf8.distance(from: words.text.startIndex, to: last)
        return (member.asker, QuestionText.trimmed(text[text.utf8.index(text.startIndex, offsetBy: offset)...]))
    }

    /// A line that only says who asks the question below it ("Q1 – submitted by Mr Jory Penhallow", "Question 2 –
    /// Councillor Cefn"): a paragraph of its own, so the question on the next line is not read into the name.
    static func namesAskerOnly(_ line: String) -> Bool {
        // ("Questions of Councillor Ann Barlow (…) to" / "the Police and Crime Commissioner" wraps on: not a line alone.)
        // The cheap test on bytes first: the parser asks this of every line of text.
        guard line.utf8.count <= 90, Label.mayBeLabel(line), !line.hasSuffix(" to"), questionsOf(line) == nil, let label = Label.read(line) else {
            return false
        }
        return label.part == .question && label.asker != nil && label.rest.isEmpty
    }

    /// "Questions to the Police and Crime Commissioner", "TO RECEIVE AND ANSWER ANY QUESTIONS TO THE POLICE AND CRIME
    /// COMMISSIONER FOR …": the office an item of questions is put to.
    static func addressee(ofQuestionsTitle title: String) -> Respondent? {
        guard QuestionText.containsIgnoringCase(title, "question"), let to = title.range(of: " to ", options: [.backwards, .caseInsensitive]) else {
            return nil
        }
        return Label.respondent(in: TitleCase.panel(String(title[to.upperBound...])))
    }

    /// "… are set out below with the written responses of the Police and Crime Commissioner", "Responses from the
    /// Commissioner are shown in italics": the office whose responses a paper of questions gives.
    static func responsesOwner(_ text: String) -> Respondent? {
        guard text.utf8.count <= 400, QuestionText.containsIgnoringCase(text, "respons") || QuestionText.containsIgnoringCase(text, "answers") else {
            return nil
        }
        let words = SentenceWords(text)
        for index in 0..<words.count where ["responses", "answers", "replies"].contains(words[index].lower) {
            var at = index + 1
            if ["provided", "given", "received"].contains(words.lower(at) ?? "") { at += 1 }
            guard ["of", "from", "by"].contains(words.lower(at) ?? ""), let office = SentenceReader.officeSubject(words, at: at + 1) else { continue }
            return office.respondent
        }
        return nil
    }

    /// "A response had not been received at the time of publication", "No response has yet been received", "Response awaited".
    static func saysNoResponse(_ text: String) -> Bool {
        startsWithPhrase(text, Vocabulary.noResponsePhrases)
    }

    /// "This question was withdrawn by the Member before publication."
    static func saysWithdrawn(_ text: String) -> Bool {
        startsWithPhrase(text, Vocabulary.withdrawnPhrases)
    }

    /// A short paragraph that opens with one of `phrases` (lower case).
    private static func startsWithPhrase(_ text: String, _ phrases: [String]) -> Bool {
        let lower = QuestionText.trimmed(text).lowercased()
        return lower.utf8.count <= 200 && phrases.contains { lower.hasPrefix($0) }
    }

    private struct Open {
        var asker: String
        var addressee: Respondent?
        var question: [String] = []
        var respondent: Respondent?
        var answer: [String] = []
        var mainAnswerCount: Int?
        var answering = false
        /// After a "Supplementary question" label: the member's follow-up in the narrative stays here.
        var inSupplementary = false
        /// Opened by a speaker's turn in a transcript.
        var fromTurns = false
        /// Put to the Panel's Chair ("Question from Mr X to the Chair of the Panel"), not to the Commissioner or the
        /// force: read, so the narrative reader does not take it, but no member question unless an office answers.
        var toPanel = false
        /// "This question was withdrawn …" in place of the question.
        var withdrawn = false
        var line: Int
        var blocks: [Int] = []

        /// The question as it was put, and the reply when the same text goes on to it: from the first later sentence
        /// that an office or an unnamed answer opens, or in which an office answers after a lead-in and no question is
        /// asked ("The time allowed having ended, the Commissioner agreed …").
        mutating func put(_ text: String) {
            let segments = QuestionText.segments(of: text)
            for index in segments.indices.dropFirst() {
                let sentence = segments[index]
                let start =
                    SentenceReader.answerAtStart(of: sentence)
                    ?? SentenceReader.impersonalAnswer(in: sentence).flatMap { $0.before.isEmpty && $0.respondent != nil ? $0 : nil }
                    ?? (sentence.hasSuffix("?") ? nil : SentenceReader.answerStart(in: sentence))
                guard let start else { continue }
                question.append(QuestionText.join(Array(segments[..<index])))
                answering = true
                if respondent == nil { respondent = start.respondent }
                answer += segments[index...]
                return
            }
            question.append(text)
        }
    }

    private struct Reader {
        var questions: [MemberQuestion] = []
        var used = Set<Int>()
        var open: Open?
        /// Who the next labelled question is from, when a label or a name line said so before it.
        var pendingAsker: String?
        var pendingAddressee: Respondent?
        var pendingRespondent: Respondent?
        var pendingLine: Int?
        /// "Questions of Councillor Ann Barlow (…) to the Police and Crime Commissioner" over several labelled questions:
        /// theirs until the next such line or heading.
        var sectionAsker: String?
        var sectionToPanel = false
        var sectionAddressee: Respondent?
        /// Whose the written responses are, when the paper says so once above them ("… are set out below with the
        /// written responses of the Police and Crime Commissioner"): a "Response:" label that names nobody is theirs.
        var responsesOf: Respondent?
        /// The office the item's title puts its questions to.
        var titleAddressee: Respondent?

        mutating func read(_ block: Block, at index: Int) {
            let text = QuestionText.trimmed(block.text)
            if open == nil, block.kind == .paragraph, let owner = LabelledQuestionReader.responsesOwner(text) { responsesOf = owner }
            if block.kind == .tableRow {
                if let question = tableQuestion(block) {
                    flush()
                    questions.append(question)
                    used.insert(index)
                }
                return
            }
            if !text.contains(where: \.isLetter) { return }
            if let asker = LabelledQuestionReader.questionsOf(text) {
                flush()
                sectionAsker = asker
                sectionToPanel = LabelledQuestionReader.isPutToThePanel(text)
                sectionAddressee = text.range(of: " to ", options: .backwards).flatMap { Label.respondent(in: String(text[$0.upperBound...])) }
                used.insert(index)
                return
            }
            if block.kind == .heading { sectionAsker = nil; sectionToPanel = false }
            if let asker = noticeAsker(block) ?? receivedQuestion(block) {
                flush()
                open = Open(asker: asker, line: block.line, blocks: [index])
                open?.toPanel = LabelledQuestionReader.isPutToThePanel(block.text)
                // "The following question was received from Mr. Dennis Frisby …: "Will the Commissioner …?"" — the
                // question quoted after the colon, in the same paragraph.
                if let colon = text.firstIndex(of: ":") {
                    let after = QuestionText.trimmed(text[text.index(after: colon)...])
                    if after.first == "\"" || after.first == "“" { open?.put(after) }
                }
                used.insert(index)
                return
            }
            if Label.mayBeLabel(text), let label = Label.read(text) {
                take(label, block: block, at: index)
                return
            }
            if Turn.mayBeTurn(text), let turn = Turn.read(text) {
                take(turn, block: block, at: index)
                return
            }
            if !text.contains(where: \.isLetter) { return }
            guard var current = open else {
                // A name line before a labelled question ("Cllr Hale:" then "Q. …") is remembered, not used.
                if MemberHeading.mayBeName(text), let asker = MemberHeading.asker(in: text) {
                    pendingAsker = asker
                    pendingLine = block.line
                } else if block.kind == .heading {
                    pendingAsker = nil
                    pendingAddressee = nil
                }
                return
            }
            if block.kind == .heading || endsLabelledRun(text) {
                flush()
                if MemberHeading.mayBeName(text), let asker = MemberHeading.asker(in: text) { pendingAsker = asker; pendingLine = block.line }
                return
            }
            let body = QuestionText.withoutListMarker(text)
            if !current.answering, body.hasPrefix("("), body.hasSuffix(")"), current.asker == "a member",
                let person = MemberHeading.person(in: String(body.dropFirst().dropLast()))
            {
                // "(Cllr Ruth Mallory – Ashbury Borough Council)" under the question: who asked it.
                current.asker = person
            } else if !current.answering, !current.question.isEmpty, let first = QuestionText.segments(of: body).first,
                // Or a reply named by whose it is ("The Commissioner's response was as follows:"); not "Members were advised
                // that Cllr X had been called away", which is about the question, not its answer.
                let start = SentenceReader.answerAtStart(of: first)
                    ?? SentenceReader.impersonalAnswer(in: first).flatMap({ $0.before.isEmpty && $0.respondent != nil ? $0 : nil })
            {
                // The answer follows the question without a label: "The Commissioner advised that …".
                current.answering = true
                if current.respondent == nil { current.respondent = start.respondent }
                current.answer += QuestionText.segments(of: body)
            } else if current.answering {
                current.answer += QuestionText.segments(of: body)
            } else if LabelledQuestionReader.saysNoResponse(body) {
                // "A response had not been received at the time of publication.": unanswered, and not part of the question.
            } else if LabelledQuestionReader.saysWithdrawn(body), current.question.isEmpty {
                // "This question was withdrawn by the Member before publication.": no question was put.
                current.withdrawn = true
            } else {
                // The question told as it was put, and the reply after it in the same paragraph: "Mr Chitterne had
                // submitted a question asking whether … The PCC's written response, circulated at the meeting, stated …".
                current.put(body)
            }
            current.blocks.append(index)
            used.insert(index)
            open = current
        }

        /// A member asking in the narrative, or a resolution, ends a labelled answer.
        func endsLabelledRun(_ text: String) -> Bool {
            let lower = text.lowercased()
            if [
                "resolved", "it was resolved", "the panel noted", "the panel agreed", "it was agreed", "the chair thanked",
                "the chairman thanked", "members noted", "the chair invited", "the chairman invited", "the chair asked", "the chairman asked",
            ].contains(where: { lower.hasPrefix($0) }) {
                return true
            }
            guard let open, open.answering, !open.inSupplementary, let first = QuestionText.segments(of: text).first else { return false }
            guard let cue = SentenceReader.cue(in: first, headingAsker: nil) else { return false }
            switch cue.kind {
            case .opening:
                // "Mrs Lloyd asked a supplementary question …": the same person's follow-up stays with the question, unless
                // another office answers it ("In a supplementary question, Councillor Cefnydd asked … The Deputy
                // Commissioner explained …" after the Commissioner's written answer): a question of its own.
                guard QuestionText.isFollowUp(first) && QuestionText.samePerson(cue.asker, open.asker) else { return true }
                let answered = open.respondent ?? responsesOf ?? titleAddressee
                let answering = QuestionText.segments(of: text).dropFirst().lazy.compactMap(SentenceReader.answerStart(in:)).first?.respondent
                return answered != nil && answering != nil && answered?.role != answering?.role
            case .implied:
                // "In response to a further question from the Chair, the Commissioner confirmed …" under a member's
                // question: someone else asking, answered in the same sentence.
                return cue.named && !QuestionText.samePerson(cue.asker, open.asker)
            case .pronoun:
                return false
            }
        }

        mutating func take(_ label: Label, block: Block, at index: Int) {
            used.insert(index)
            switch label.part {
            case .question:
                if label.supplementary, var current = open, current.answering {
                    // A supplementary question and its answer stay with the question they follow.
                    if current.mainAnswerCount == nil { current.mainAnswerCount = current.answer.count }
                    current.answer += QuestionText.segments(of: label.rest)
                    current.answering = true
                    current.inSupplementary = true
                    current.blocks.append(index)
                    open = current
                    return
                }
                if var current = open, !current.answering, current.question.isEmpty, !current.withdrawn {
                    // A notice heading or "Asked by" label already opened it.
                    if let who = label.asker { current.asker = who }
                    if LabelledQuestionReader.isPutToThePanel(block.text) { current.toPanel = true }
                    if !label.rest.isEmpty { current.question.append(label.rest) }
                    current.blocks.append(index)
                    open = current
                    return
                }
                flush()
                // "Question 1 - Councillor Rhydderch asked how many …": the asker is in the question itself.
                var asker = label.asker ?? pendingAsker ?? sectionAsker
                if asker == nil, let first = QuestionText.segments(of: label.rest).first,
                    let cue = SentenceReader.cue(in: first, headingAsker: nil), case .opening = cue.kind, cue.named
                {
                    asker = cue.asker
                }
                let rest = label.rest
                var next = Open(asker: asker ?? "a member", line: pendingLine ?? block.line, blocks: [index])
                next.addressee = label.respondent ?? pendingAddressee ?? (sectionAsker != nil ? sectionAddressee : nil)
                next.toPanel = LabelledQuestionReader.isPutToThePanel(block.text) || (sectionAsker != nil && sectionToPanel)
                next.respondent = pendingRespondent
                if LabelledQuestionReader.saysWithdrawn(rest) {
                    // "Q4 Councillor Anita Baldock: the question was withdrawn …".
                    next.withdrawn = true
                } else if !rest.isEmpty {
                    // The question, and the reply after it on the same line: "… for the rest of the year?" The time allowed
                    // having ended, the Commissioner agreed to send a written answer.
                    next.put(rest)
                }
                open = next
                pendingAsker = nil
                pendingLine = nil
                pendingRespondent = nil
            case .answer:
                guard var current = open else { return }
                if current.answering, current.mainAnswerCount == nil, label.supplementary {
                    current.mainAnswerCount = current.answer.count
                }
                current.answering = true
                if current.respondent == nil { current.respondent = label.respondent }
                current.answer += QuestionText.segments(of: label.rest)
                current.blocks.append(index)
                open = current
            case .askedBy:
                if var current = open, !current.answering, current.question.isEmpty {
                    current.asker = label.asker ?? current.asker
                    open = current
                } else {
                    flush()
                    pendingAsker = label.asker
                    pendingLine = block.line
                }
            case .askedOf:
                if var current = open, !current.answering { current.addressee = label.respondent; open = current } else { pendingAddressee = label.respondent }
            case .answeredBy:
                if var current = open {
                    current.respondent = label.respondent ?? current.respondent; open = current
                } else {
                    pendingRespondent = label.respondent
                }
            }
        }

        /// A speaker's turn in a transcript: a member's question opens, an office's reply answers, the same
        /// member asking again follows up.
        mutating func take(_ turn: Turn, block: Block, at index: Int) {
            switch turn.speaker {
            case .member(let name):
                let opening = SentenceWords(QuestionText.prefix(turn.text, 30)).words.first?.lower ?? ""
                // "Chair – Ruled that the question concerned an individual case": the Chair ruling, not asking.
                // The Chair running the meeting ("We move on to item 6, Commissioner's Question Time.", "Does anyone else
                // want to come in?") asks nothing; the Chair putting a question of their own does.
                let chairs = name == "the Chair" || name == "the Vice Chair"
                let asks =
                    !Vocabulary.statementVerbs.contains(opening)
                    && (chairs
                        ? QuestionText.segments(of: turn.text).contains { $0.hasSuffix("?") && !Turn.runsTheMeeting($0) }
                        : turn.text.contains("?") || SentenceWords(turn.text).firstMatch(Vocabulary.Lists.asking) != nil
                            || turn.text.lowercased().contains("question"))
                if var current = open, current.fromTurns {
                    if current.answering {
                        if asks, QuestionText.samePerson(name, current.asker) || name == current.asker {
                            if current.mainAnswerCount == nil { current.mainAnswerCount = current.answer.count }
                            current.answer += QuestionText.segments(of: turn.text)
                            current.blocks.append(index)
                            used.insert(index)
                            open = current
                            return
                        }
                    } else if name == current.asker {
                        current.question.append(turn.text)
                        current.blocks.append(index)
                        used.insert(index)
                        open = current
                        return
                    }
                }
                flush()
                used.insert(index)
                guard asks else { return }
                var next = Open(asker: name, line: block.line, blocks: [index])
                next.question = [Turn.withoutCourtesy(turn.text)]
                next.fromTurns = true
                open = next
            case .office(let respondent):
                used.insert(index)
                // "PCC – Asked Members to share the link …": the office speaking to the meeting, not answering.
                if let verb = SentenceWords(QuestionText.prefix(turn.text, 30)).words.first, Vocabulary.notAnswering.contains(verb.lower) {
                    flush()
                    return
                }
                // "THE COMMISSIONER: May I ask the Panel something? Would members be willing …?": the office asking.
                if let first = QuestionText.segments(of: turn.text).first, first.hasSuffix("?") {
                    flush()
                    return
                }
                guard var current = open, current.fromTurns else { return }
                // "Commissioner: That's an operational question, so I'll ask the Chief Constable to answer it." hands the
                // question on: the office that speaks next answers it.
                let words = SentenceWords(QuestionText.prefix(turn.text, 200))
                let handsOver = (0..<words.count).contains { SentenceReader.handedTo(words, after: $0) != nil }
                if !handsOver, !current.answering || current.respondent == nil { current.respondent = respondent }
                current.answering = true
                current.answer += QuestionText.segments(of: turn.text)
                current.blocks.append(index)
                open = current
            }
        }

        mutating func flush() {
            defer { open = nil; pendingAddressee = nil; pendingRespondent = nil }
            guard var current = open, !current.withdrawn else { return }
            let question = current.question.map { QuestionText.withoutQuotes($0) }.joined(separator: " ")
            guard !question.isEmpty || !current.answer.isEmpty else { return }
            // "Not answered. The Chair ruled that …": no answer, whatever follows.
            if let first = current.answer.first, LabelledQuestionReader.saysNoResponse(first) { current.answer = [] }
            let answer = QuestionText.join(current.answer)
            // Who opens the answer; else the office the question was put to; else anyone answering later in it.
            let respondent =
                current.respondent
                ?? current.answer.first.flatMap(SentenceReader.answerStart(in:))?.respondent
                ?? (answer.isEmpty ? nil : current.addressee)
                ?? current.answer.lazy.compactMap(SentenceReader.answerStart(in:)).first?.respondent
                ?? (answer.isEmpty ? nil : responsesOf ?? titleAddressee)
            // Put to the Chair and answered by no office, or answered by the Panel itself ("Response: The Panel reviews the
            // Plan …"): the Panel's own business.
            if respondent == nil, current.toPanel || current.answer.first.map({ $0.lowercased().hasPrefix("the panel ") }) == true { return }
            let main = answer.isEmpty ? nil : QuestionText.join(Array(current.answer.prefix(current.mainAnswerCount ?? current.answer.count)))
            questions.append(
                MemberQuestion(
                    asker: current.asker, question: question, respondent: answer.isEmpty ? nil : respondent?.name,
                    respondentRole: answer.isEmpty ? nil : respondent?.role, answer: answer,
                    status: AnswerStatusClassifier.status(ofMainAnswer: main, question: question.isEmpty ? nil : question), line: current.line))
        }

        /// The office an answer opens with; but "The OPCC does not hold this data" in a paper of the Commissioner's
        /// responses is still the Commissioner's.
        func ownRespondent(of answer: String) -> Respondent? {
            guard let own = SentenceReader.answerStart(in: answer)?.respondent else { return nil }
            if own.role == .officer, responsesOf != nil, LabelledQuestionReader.isCommissionersOffice(own.name) { return nil }
            return own
        }

        /// A row of a table with a Question column and a Response column.
        func tableQuestion(_ block: Block) -> MemberQuestion? {
            guard var table = block.table else { return nil }
            // A number column the header leaves unnamed ("Question | Response" over "1 | … | …"): the header names the
            // columns after it.
            if table.cells.count > table.header.count, !table.header.isEmpty,
                table.cells.prefix(table.cells.count - table.header.count).allSatisfy({ cell in
                    let core = cell.trimmingCharacters(in: CharacterSet(charactersIn: " .()"))
                    return !core.isEmpty && core.count <= 3 && core.allSatisfy { $0.isNumber || $0.isLetter } && core.contains(where: \.isNumber)
                })
            {
                table.cells.removeFirst(table.cells.count - table.header.count)
            }
            let header = table.header.map { $0.lowercased() }
            // Trimmed once for every column looked for, scalar by scalar as Foundation's `trimmingCharacters(in:)` trims.
            let trimmed = header.map { UTF8Text.trimmed($0, removing: { $0 == " " || $0 == "*" || $0 == ":" || $0 == "." }) }
            func column(_ words: [String], excluding: Int? = nil) -> Int? {
                header.indices.first { index in index != excluding && words.contains { trimmed[index] == $0 } }
                    ?? header.indices.first { index in index != excluding && words.contains { header[index].contains($0) } }
            }
            // "Issue raised | Response | Action", as some panels minute their questions in a table.
            guard let q = column(["question", "query", "issue raised", "issues raised", "matter raised", "point raised"]),
                let a = column(["response", "answer", "reply"], excluding: q),
                q < table.cells.count, a < table.cells.count
            else { return nil }
            let askedBy = column(["asked by", "member", "councillor", "from", "questioner", "raised by", "name"], excluding: q)
            let answeredBy = column(["answered by", "respondent", "response from", "responder", "response by", "lead"], excluding: a)
            let askedOf = column(["asked of", "directed to", "addressed to", "to whom", "for"], excluding: q)
            // "Response from the Police and Crime Commissioner", "Commissioner's response": the answer column's own header
            // names who answered.
            let headerRespondent = Self.officeAfterPreposition(in: table.header[a]) ?? Self.possessiveOffice(in: table.header[a])
            var questionText = QuestionText.trimmed(table.cells[q])
            // A row of a few words ("7B | TO THE POLICE AND CRIME PANEL", an item heading under the table) asks nothing.
            guard questionText.split(separator: " ").count >= 3 || questionText.contains("?"), questionText.lowercased() != "question" else { return nil }
            // In an action log ("Action / query"), a row is a question only when a member asks in it: "Host Authority to
            // re-advertise the vacancy" is an action.
            if table.header[q].range(of: "action", options: .caseInsensitive) != nil, !questionText.contains("?") {
                guard let first = QuestionText.segments(of: questionText).first, let cue = SentenceReader.cue(in: first, headingAsker: nil),
                    case .opening = cue.kind
                else { return nil }
            }
            // "Mr A Resident, Place: the question …": who asked, as a label in the question's cell.
            var labelledAsker: String?
            if let colon = questionText.range(of: ": "), questionText.distance(from: questionText.startIndex, to: colon.lowerBound) <= 80,
                let person = MemberHeading.person(in: String(questionText[..<colon.lowerBound]))
            {
                labelledAsker = person
                questionText = QuestionText.trimmed(questionText[colon.upperBound...])
            }
            var answerText = QuestionText.join(QuestionText.segments(of: table.cells[a].replacingOccurrences(of: "**", with: "")))
            // "Response from the Chief Constable: …" inside the cell names who answered.
            var labelled: Respondent?
            if let label = Label.read(answerText), label.part == .answer {
                labelled = label.respondent
                answerText = label.rest
            } else if let (office, rest) = Self.officeLabel(answerText) {
                // "Chief Constable: Every burglary of a home is attended …": the office that answered, as a label.
                labelled = office
                answerText = rest
            }
            var asker =
                askedBy.flatMap {
                    $0 < table.cells.count
                        ? MemberHeading.person(in: table.cells[$0]) ?? Self.chair(in: table.cells[$0]) ?? Self.listedPerson(in: table.cells[$0]) : nil
                }
                ?? labelledAsker
            // "A verbal response will be given at the meeting.": no answer yet.
            if LabelledQuestionReader.saysNoResponse(answerText) { answerText = "" }
            // "– " or "N/A" in the response column: nothing was answered.
            if !answerText.contains(where: \.isLetter) || ["n/a", "none", "nil"].contains(answerText.lowercased()) { answerText = "" }
            // "The Commissioner asked Members to promote his fund …" in the issues column: the office speaking, not a question.
            if let first = QuestionText.segments(of: questionText).first, SentenceReader.officeSubject(SentenceWords(first), at: 0) != nil,
                !first.hasSuffix("?")
            {
                return nil
            }
            if asker == nil, let cue = SentenceReader.cue(in: questionText, headingAsker: nil), case .opening = cue.kind { asker = cue.asker }
            let respondent =
                answeredBy.flatMap { $0 < table.cells.count ? Label.respondent(in: table.cells[$0]) : nil }
                ?? labelled
                ?? headerRespondent
                ?? ownRespondent(of: answerText)
                ?? askedOf.flatMap { $0 < table.cells.count ? Label.respondent(in: table.cells[$0]) : nil }
                // "Response to follow from the Chief Constable after the meeting."
                ?? Self.officeAfterPreposition(in: answerText)
                // A paper "setting out … the written responses of the Commissioner": an unlabelled response is the Commissioner's.
                ?? responsesOf
            return MemberQuestion(
                asker: asker ?? "a member", question: questionText, respondent: answerText.isEmpty ? nil : respondent?.name,
                respondentRole: answerText.isEmpty ? nil : respondent?.role, answer: answerText,
                status: AnswerStatusClassifier.status(ofMainAnswer: answerText.isEmpty ? nil : answerText, question: questionText.isEmpty ? nil : questionText),
                line: block.line)
        }

        /// "Chief Constable: …", "Chief Executive, OPCC: …", "Deputy Commissioner: …": an office alone before a colon that
        /// opens a response, and the response after it.
        static func officeLabel(_ text: String) -> (Respondent, String)? {
            guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 60 else { return nil }
            let head = SentenceWords(QuestionText.trimmed(text[..<colon]))
            guard head.count >= 1, head.count <= 8, let office = SentenceReader.officeSubject(head, at: 0) else { return nil }
            // Nothing after the office but its body's name or acronym: "Chief Executive, OPCC".
            guard (office.end..<head.count).allSatisfy({ head[$0].capitalised || head[$0].lower == "of" || head[$0].lower == "the" }) else { return nil }
            let rest = QuestionText.trimmed(text[text.index(after: colon)...])
            guard !rest.isEmpty else { return nil }
            return (office.respondent, rest)
        }

        /// "Commissioner's response", "The Chief Constable's reply": the office that owns the column.
        static func possessiveOffice(in header: String) -> Respondent? {
            let trimmed = QuestionText.trimmed(header)
            guard let mark = trimmed.range(of: "'s ") ?? trimmed.range(of: "’s ") else { return nil }
            let rest = trimmed[mark.upperBound...].lowercased()
            guard ["response", "reply", "answer", "written response"].contains(where: { rest.hasPrefix($0) }) else { return nil }
            return Label.respondent(in: String(trimmed[..<mark.lowerBound]))
        }

        /// "Mayor Chris Pallister (Middlemoor Council)", "Paul Eaglescliffe (Independent Member)" in a column of who asked:
        /// a civic mayor sitting as a member, or a co-opted member named without a title.
        static func listedPerson(in cell: String) -> String? {
            var name = QuestionText.trimmed(cell)
            if let open = name.firstIndex(of: "(") { name = QuestionText.trimmed(name[..<open]) }
            let words = name.split(separator: " ")
            guard words.count >= 2, words.count <= 4, words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
            if words[0] == "Mayor", words.count >= 3 { return name }
            guard cell.range(of: "independent", options: .caseInsensitive) != nil || cell.range(of: "co-opted", options: .caseInsensitive) != nil else {
                return nil
            }
            return name
        }

        /// "Vice-Chairman", "Chair" in a column of who asked.
        static func chair(in cell: String) -> String? {
            let words = SentenceWords(QuestionText.trimmed(cell))
            guard words.count <= 4, let member = SentenceReader.memberSubject(words, at: 0), member.body, member.end == words.count else { return nil }
            return member.asker.hasPrefix("the ") ? member.asker : nil
        }

        /// The office a column header names after "from", "by" or "of": "Response from the Police and Crime Commissioner".
        static func officeAfterPreposition(in header: String) -> Respondent? {
            let words = SentenceWords(header)
            guard words.count <= 12 else { return nil }
            for index in 0..<words.count where ["from", "by", "of"].contains(words[index].lower) {
                if let office = SentenceReader.officeSubject(words, at: index + 1) { return office.respondent }
            }
            return nil
        }

        /// "QUESTION ON NOTICE TO THE PANEL FROM MR. JOHN SMITH", "Public question from Mrs Ann Brown".
        func noticeAsker(_ block: Block) -> String? {
            guard block.kind == .heading || block.kind == .paragraph || block.kind == .numbered, block.text.utf8.count <= 200,
                QuestionText.containsIgnoringCase(block.text, "question")
            else { return nil }
            let upper = block.text.uppercased()
            guard upper.contains("QUESTION"), let from = upper.range(of: " FROM ", options: .backwards) ?? upper.range(of: " BY ", options: .backwards) else {
                return nil
            }
            let lead = upper[..<from.lowerBound].trimmingCharacters(in: .whitespaces)
            // A numbered heading may name its question anywhere ("4.2 Minute 7 – Agenda Item, Question by …"); after a
            // paragraph's number the words themselves must: "4.2 The Chair invited questions from Panel members." puts none.
            let words = block.kind == .heading ? lead : QuestionText.withoutListMarker(lead)
            let leadWords = words.split(separator: " ")
            guard leadWords.count <= 9,
                ["QUESTION", "QUESTIONS", "PUBLIC", "WRITTEN", "MEMBER", "MEMBERS'", "MEMBER'S"].contains(where: {
                    leadWords.first.map(String.init)?.hasPrefix($0) ?? false
                })
                    || words.hasPrefix("(") || (block.kind == .heading && lead.first?.isNumber == true)
            else { return nil }
            guard lead.contains("QUESTION") else { return nil }
            return noticePerson(block.text, after: from)
        }

        /// "One question had been received from Mr Alan Brightside.", "The Panel received one written question to the
        /// meeting, from Mr Callum Brede, a resident of …:", "The following question was submitted by Mrs Wenna Carlyon".
        func receivedQuestion(_ block: Block) -> String? {
            guard block.kind == .paragraph || block.kind == .numbered, block.text.utf8.count <= 240,
                QuestionText.containsIgnoringCase(block.text, "question")
            else { return nil }
            let body = QuestionText.withoutListMarker(block.text)
            // The question, or its answer, in the same paragraph ("One question had been submitted by Mrs Quill: "…?" The
            // Commissioner replied …"): a narrative the sentence reader reads whole, not a label over the paragraphs below.
            let segments = QuestionText.segments(of: body)
            if let first = segments.first, let cue = SentenceReader.cue(in: first, headingAsker: nil), case .opening = cue.kind,
                body.contains("?") || segments.dropFirst().contains(where: { SentenceReader.answerStart(in: $0) != nil })
            {
                return nil
            }
            let words = SentenceWords(body)
            // "Ms Kaur's question had not been received in time to be printed on the agenda and was circulated …".
            if let member = SentenceReader.memberSubject(words, at: 0), member.named, !member.body, words.lower(member.end) == "question",
                words.words.contains(where: { ["received", "submitted", "circulated", "tabled", "read"].contains($0.lower) })
            {
                return member.asker
            }
            guard words.words.contains(where: { ["received", "submitted", "put", "tabled", "sent", "read"].contains($0.lower) }),
                let by = words.words.lastIndex(where: { $0.lower == "from" || $0.lower == "by" })
            else { return nil }
            let index = words.words.distance(from: words.words.startIndex, to: by)
            if let member = SentenceReader.memberSubject(words, at: index + 1), member.named, !member.body { return member.asker }
            // "… read a question from a member of the public, Mr Huw Prosser of Pontyrhedyn:-": the name after the description.
            for at in (index + 2)..<min(words.count, index + 9) where words[at].punctuationBefore == "," {
                if let member = SentenceReader.memberSubject(words, at: at), member.named, !member.body { return member.asker }
            }
            return nil
        }

        /// The person named after "FROM" in a question-on-notice heading (`from` found in the upper-cased text, whose
        /// indices are the text's own: upper-casing keeps these headings' lengths).
        func noticePerson(_ text: String, after from: Range<String.Index>) -> String? {
            guard from.upperBound <= text.endIndex else { return nil }
            // "Question from Mr D Chitterne pdf icon PDF 38 KB": the link to the question's paper is not the name.
            var name = DocumentLink.removed(fromEndOf: String(text[from.upperBound...])).trimmingCharacters(in: CharacterSet(charactersIn: " :.-–"))
            if let bracket = name.firstIndex(of: "(") { name = name[..<bracket].trimmingCharacters(in: .whitespaces) }
            let lower = name.lowercased()
            guard !name.isEmpty, !lower.hasPrefix("the "), !lower.hasPrefix("members"), !lower.hasPrefix("a member"),
                name.split(separator: " ").count <= 8
            else { return nil }
            return TitleCase.person(name)
        }
    }

    /// A question heading that puts the question to the Panel's Chair: "Question from Mr Vincent Abara to the Chair of
    /// the Panel". ("Question on notice to the Panel" is how public questions for the Commissioner come.)
    static func isPutToThePanel(_ heading: String) -> Bool {
        let words = SentenceWords(heading)
        for index in 0..<words.count where words[index].lower == "to" {
            if let length = words.longestMatch(Vocabulary.Lists.chair, at: index + 1), length > 1 || words.lower(index + 1) != "chair" { return true }
        }
        return false
    }

    /// A label at the start of a block: "Q.", "Question 2:", "Answer:", "Response by the Commissioner:", "Asked by Cllr Hale".
    /// "Questions of Councillor Ann Barlow (Hallamford City Council) to the Police and Crime Commissioner", "Questions from
    /// the Vice-Chair (Councillor Rukhsana Darnall, …) to …": the member whose questions follow.
    static func questionsOf(_ text: String) -> String? {
        guard text.utf8.count <= 200 else { return nil }
        let lower = text.lowercased()
        guard let lead = ["questions of ", "questions from ", "question of "].first(where: { lower.hasPrefix($0) }) else { return nil }
        var who = String(text.dropFirst(lead.count))
        if let to = who.range(of: " to the ", options: .backwards) { who = String(who[..<to.lowerBound]) }
        // Not a whole sentence: "Question 3 of Councillor Barlow was withdrawn …" starts with a number, not "of".
        guard !who.contains(". ") else { return nil }
        if let open = who.firstIndex(of: "("), let close = who.lastIndex(of: ")"), open < close {
            let inside = who[who.index(after: open)..<close]
            let first = inside.split(separator: ",").first.map(String.init) ?? String(inside)
            if let person = MemberHeading.person(in: first) { return person }
            who = String(who[..<open])
        }
        return MemberHeading.person(in: who)
    }

    /// "the OPCC", "The OPFCC": the Commissioner's office as a whole, not one of its officers.
    static func isCommissionersOffice(_ name: String) -> Bool {
        let words = SentenceWords(name)
        return words.count <= 2 && words.words.last.map { Vocabulary.commissionersOffices.contains($0.lower) } == true
    }

    struct Label {
        enum Part { case question, answer, askedBy, askedOf, answeredBy }
        var part: Part
        var supplementary = false
        var asker: String?
        var respondent: Respondent?
        var rest: String

        /// The words a label starts with, or ends with before its colon: a cheap check before reading it.
        static let leadWords: Set<String> = [
            "q", "a", "question", "questions", "query", "answer", "answers", "response", "responses", "reply",
            "supplementary", "written", "further", "follow-up", "public", "member's", "members'", "asked",
            "raised", "submitted", "from", "answered", "responded", "to", "for",
        ]

        static func mayBeLabel(_ text: String) -> Bool {
            let utf8 = text.utf8
            // The first word: on bytes when it ends at an ASCII byte (every byte before it is a Character then).
            var end = utf8.startIndex
            while end < utf8.endIndex, Tokenizer.isASCIIWordByte(utf8[end]) && utf8[end] > 57 || utf8[end] == 39 || utf8[end] == 45 {
                end = utf8.index(after: end)
            }
            let first: String
            if end == utf8.endIndex || utf8[end] < 0x80 {
                first = String(decoding: utf8[..<end].map(UTF8Text.lower), as: UTF8.self)
            } else {
                first = text.prefix(while: { $0.isLetter || $0 == "'" || $0 == "’" || $0 == "-" }).lowercased()
            }
            if leadWords.contains(first) { return true }
            // "The Commissioner's response:", "Chief Constable replied:" (a colon in the first 100 bytes)
            var colon = utf8.startIndex
            var looked = 0
            while colon < utf8.endIndex, looked < 100, utf8[colon] != 58 {
                colon = utf8.index(after: colon)
                looked += 1
            }
            guard colon < utf8.endIndex, looked < 100 else { return false }
            let endings = ["response", "reply", "answer", "responded", "replied", "answered"]
            if utf8[..<colon].allSatisfy({ $0 < 0x80 }) {
                // ASCII: a Character a byte, lower-cased alone.
                let head = utf8[..<colon].map(UTF8Text.lower)
                return endings.contains { head.count >= $0.utf8.count && head.suffix($0.utf8.count).elementsEqual($0.utf8) }
            }
            let head = text[..<colon].lowercased()
            return endings.contains { head.hasSuffix($0) }
        }

        /// The first ":", "–", "—" or " - " of `text`, found on its bytes: `.some(nil)` when there is none, nil when
        /// Foundation must decide (a " - " with a mark or a non-ASCII letter against it, which its search may pass over).
        static func firstSeparator(in text: String) -> Range<String.Index>?? {
            let utf8 = text.utf8
            var index = utf8.startIndex
            var before: UInt8 = 32
            while index < utf8.endIndex {
                let byte = utf8[index]
                var length = 0
                if byte == 58 {
                    length = 1
                } else if byte == 0xE2 || byte == 32 {
                    let next = utf8.index(after: index)
                    let third = next < utf8.endIndex ? utf8.index(after: next) : next
                    if third < utf8.endIndex {
                        let b1 = utf8[next], b2 = utf8[third]
                        if byte == 0xE2, b1 == 0x80, b2 == 0x93 || b2 == 0x94 {
                            length = 3
                        } else if byte == 32, b1 == 45, b2 == 32 {
                            let after = utf8.index(after: third)
                            guard before < 0x80, after == utf8.endIndex || utf8[after] < 0x80 else { return nil }
                            length = 3
                        }
                    }
                }
                if length > 0 { return .some(index..<utf8.index(index, offsetBy: length)) }
                before = byte
                index = utf8.index(after: index)
            }
            return .some(nil)
        }

        static func read(_ text: String) -> Label? {
            // "Q." "Q1." "Q:" "A." "A1:" — a letter and a full stop or colon, then the text.
            var text = text
            var supplementaryLetter = false
            for lead in ["Supplementary ", "Further ", "Follow-up "]
            where text.hasPrefix(lead)
                && (text.dropFirst(lead.count).hasPrefix("Q.") || text.dropFirst(lead.count).hasPrefix("Q:") || text.dropFirst(lead.count).hasPrefix("A.")
                    || text.dropFirst(lead.count).hasPrefix("A:"))
            {
                text = String(text.dropFirst(lead.count))
                supplementaryLetter = true
            }
            if let first = text.first, first == "Q" || first == "A" {
                var index = text.index(after: text.startIndex)
                while index < text.endIndex, text[index].isNumber { index = text.index(after: index) }
                // "Q1 Councillor Petra Ware" on a line of its own, the question on the next: who asks, numbered.
                if first == "Q", index > text.index(after: text.startIndex), index < text.endIndex, text[index] == " " {
                    let named = QuestionText.trimmed(text[index...])
                    // "Q1 Councillor Petra Ware: …" or "Q1 Councillor Petra Ware "What has …?"": the name, then the question.
                    let colon = named.firstIndex(where: { $0 == ":" || $0 == "\"" || $0 == "“" })
                    let who = colon.map { String(named[..<$0]) } ?? named
                    if let asker = MemberHeading.asker(in: who) {
                        let rest = colon.map { QuestionText.trimmed(named[(named[$0] == ":" ? named.index(after: $0) : $0)...]) } ?? ""
                        return Label(part: .question, asker: asker, rest: rest)
                    }
                }
                // "Q1 (RP) – Why does …", "A – RO: The underspend …": initials in brackets, a spaced dash.
                var bracketed: String?
                var spaced = index
                while spaced < text.endIndex, text[spaced] == " " { spaced = text.index(after: spaced) }
                if first == "Q", spaced < text.endIndex, text[spaced] == "(", let close = text[spaced...].firstIndex(of: ")"),
                    text.distance(from: spaced, to: close) <= 40
                {
                    bracketed = String(text[text.index(after: spaced)..<close])
                    spaced = text.index(after: close)
                    while spaced < text.endIndex, text[spaced] == " " { spaced = text.index(after: spaced) }
                }
                if spaced > index || bracketed != nil, spaced < text.endIndex, "–—-".contains(text[spaced]),
                    text.index(after: spaced) < text.endIndex, text[text.index(after: spaced)] == " "
                {
                    var rest = QuestionText.trimmed(text[text.index(after: spaced)...])
                    var asker: String?
                    if let bracketed {
                        let words = SentenceWords(bracketed)
                        asker = MemberHeading.person(in: bracketed) ?? (words.count == 1 ? SentenceReader.memberByInitials(words, at: 0) : nil)
                    }
                    // "Q1 – submitted by Mr Jory Penhallow", "Q2 – from Ms Kerensa Polwhele": who asked, the question below.
                    if first == "Q", asker == nil {
                        let words = SentenceWords(rest)
                        let by =
                            words.lower(0) == "from"
                            ? 1 : (["submitted", "asked", "raised", "put"].contains(words.lower(0) ?? "") && words.lower(1) == "by" ? 2 : 0)
                        if by > 0, let person = MemberHeading.person(in: words.text(from: by)) { return Label(part: .question, asker: person, rest: "") }
                    }
                    var respondent: Respondent?
                    // "A – RO: …", "A – The Office: …": who answered, before a colon.
                    if first == "A", let colon = rest.firstIndex(of: ":"), rest.distance(from: rest.startIndex, to: colon) <= 40 {
                        let who = String(rest[..<colon])
                        let office = who.lowercased() == "the office" || LabelledQuestionReader.isCommissionersOffice(who)
                        if let named = Self.respondent(in: who) ?? (office ? Respondent(name: who, role: .officer) : nil) {
                            respondent = named
                            rest = QuestionText.trimmed(rest[rest.index(after: colon)...])
                        }
                    }
                    // "Q3 – An 'East Berkshire' conference was held …" is a quarter: the dashed form names who asked or answered.
                    if asker != nil || respondent != nil, rest.first?.isUppercase == true || rest.first?.isNumber == true || rest.first == "£" {
                        return Label(part: first == "Q" ? .question : .answer, asker: asker, respondent: respondent, rest: rest)
                    }
                }
                if index < text.endIndex, text[index] == "." || text[index] == ":" || text[index] == ")" {
                    var restStart = text.index(after: index)
                    // "Q.1 How many …", "A.2 The average …": the number after the full stop.
                    if text[index] == ".", index == text.index(after: text.startIndex) {
                        var digits = restStart
                        while digits < text.endIndex, text[digits].isNumber { digits = text.index(after: digits) }
                        if digits > restStart, digits < text.endIndex, text[digits] == " " { restStart = digits }
                    }
                    var rest = QuestionText.trimmed(text[restStart...])
                    // "Q. (Councillor S Moss) What impact …": who asked, in brackets before the question.
                    var asker: String?
                    if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
                        let inside = String(rest[rest.index(after: rest.startIndex)..<close])
                        if let person = MemberHeading.person(in: inside) {
                            asker = person
                            rest = QuestionText.trimmed(rest[rest.index(after: close)...])
                        }
                    }
                    // "Q: Councillor Sharnbrook (Ousebridge) – why had the Commissioner …": who asked, before a dash.
                    if asker == nil, first == "Q", let dash = rest.range(of: " – ") ?? rest.range(of: " - "),
                        rest.distance(from: rest.startIndex, to: dash.lowerBound) <= 60
                    {
                        let who = String(rest[..<dash.lowerBound])
                        asker = MemberHeading.asker(in: who) ?? Turn.chair(in: who)
                        if asker != nil { rest = QuestionText.trimmed(rest[dash.upperBound...]) }
                    }
                    // "Q.3 - Developed …" is a quarter, not a question; an answer may open with a figure ("A. £146,500 …").
                    let opensAnswerFigure = first == "A" && (rest.first?.isNumber == true || rest.first == "£")
                    if rest.isEmpty || rest.first?.isUppercase == true || rest.first == "\"" || rest.first == "“" || opensAnswerFigure || asker != nil {
                        // "A.1 Answer provided by the Chief Constable: There were …": who answered, labelled again inside.
                        var respondent: Respondent?
                        if first == "A", rest.hasPrefix("Answer") || rest.hasPrefix("Response") || rest.hasPrefix("Reply"), let inner = read(rest),
                            inner.part == .answer, inner.respondent != nil
                        {
                            respondent = inner.respondent
                            rest = inner.rest
                        }
                        return Label(
                            part: first == "Q" ? .question : .answer, supplementary: supplementaryLetter, asker: asker, respondent: respondent, rest: rest)
                    }
                }
            }
            // "Question 2 – Cllr Hale:", "Supplementary question:", "Response by the Chief Constable:", "Asked of: the PCC".
            let separators = CharacterSet(charactersIn: ":–—")
            let head: Substring
            let rest: String
            // The first separator: a colon, a dash, or a hyphen with spaces round it ("Question 1 - Councillor …").
            let cut: Range<String.Index>?
            if let found = firstSeparator(in: text) {
                cut = found
            } else {
                let dash = text.range(of: " - ")
                let mark = text.rangeOfCharacter(from: separators)
                cut = [dash, mark].compactMap { $0 }.min { $0.lowerBound < $1.lowerBound }
            }
            if let cut, text.distance(from: text.startIndex, to: cut.lowerBound) <= 90 {
                head = text[..<cut.lowerBound]
                rest = QuestionText.trimmed(text[cut.upperBound...])
            } else if text.count <= 90, !text.hasSuffix(".") {
                head = Substring(text)
                rest = ""
            } else {
                return nil
            }
            let words = SentenceWords(String(head))
            guard words.count >= 1, words.count <= 12 else { return nil }
            var at = 0
            var supplementary = false
            if ["supplementary", "written", "further", "follow-up", "public", "member's", "members'"].contains(words[0].lower) {
                supplementary = words[0].lower == "supplementary" || words[0].lower == "further" || words[0].lower == "follow-up"
                at = 1
            }
            guard at < words.count else { return nil }
            let keyword = words[at].lower
            let afterKeyword = words.text(from: at + 1)
            var whoText = afterKeyword
            // "Question 2", "Question (b)": the number is not the asker.
            let whoWords = SentenceWords(whoText)
            var skip = 0
            while skip < whoWords.count, whoWords[skip].lower.allSatisfy({ $0.isNumber }) || whoWords[skip].lower.count == 1 { skip += 1 }
            whoText = whoWords.text(from: skip)
            func afterPreposition(_ text: String) -> String {
                let w = SentenceWords(text)
                // "Response provided by Assistant Chief Constable Hannah Frensham:", "Reply given by the PCC:".
                if w.count > 1, ["provided", "given", "received", "made", "supplied"].contains(w[0].lower), ["by", "from"].contains(w[1].lower) {
                    return w.text(from: 2)
                }
                if w.count > 0, ["by", "from", "of", "to", "for"].contains(w[0].lower) { return w.text(from: 1) }
                return text
            }
            switch keyword {
            case "question", "questions", "query":
                // Only a label when it is short or ends at its separator: "Question 2 – Cllr Hale: …"
                if whoText.isEmpty || MemberHeading.person(in: afterPreposition(whoText)) != nil || Self.respondent(in: afterPreposition(whoText)) != nil
                    || words.count <= 3
                {
                    if !whoText.isEmpty, MemberHeading.person(in: afterPreposition(whoText)) == nil, Self.respondent(in: afterPreposition(whoText)) == nil,
                        !whoText.split(separator: " ").allSatisfy({ $0.count <= 3 })
                    {
                        return nil
                    }
                    if whoText.isEmpty, let asker = MemberHeading.asker(in: rest) {
                        return Label(part: .question, supplementary: supplementary, asker: asker, rest: "")
                    }
                    // "Question 1 – Councillor Abercarn" and the quoted question after it (a printed page runs them together).
                    if whoText.isEmpty, let (asker, question) = LabelledQuestionReader.namedBeforeQuotation(rest) {
                        return Label(part: .question, supplementary: supplementary, asker: asker, rest: question)
                    }
                    // "PUBLIC QUESTIONS", "Members' Questions": the title of a section of questions, not one.
                    let bareTitle = !rest.contains(where: { $0.isLetter || $0.isNumber })  // "PUBLIC QUESTIONS:-"
                    if keyword == "questions", bareTitle, whoText.isEmpty { return nil }
                    // "(b) Questions to the Police and Crime Commissioner": the title of the questions below, which says
                    // whom they are put to; it asks nothing itself (the paragraph after it is no question's text).
                    if keyword == "questions", bareTitle, MemberHeading.person(in: afterPreposition(whoText)) == nil,
                        let respondent = Self.respondent(in: afterPreposition(whoText))
                    {
                        return Label(part: .askedOf, respondent: respondent, rest: "")
                    }
                    return Label(
                        part: .question, supplementary: supplementary, asker: MemberHeading.person(in: afterPreposition(whoText)),
                        respondent: Self.respondent(in: afterPreposition(whoText)), rest: rest)
                }
                return nil
            case "answer", "response", "reply", "responses", "answers":
                guard whoText.isEmpty || Self.respondent(in: afterPreposition(whoText)) != nil || whoText.lowercased().hasPrefix("from") else { return nil }
                return Label(part: .answer, supplementary: supplementary, respondent: Self.respondent(in: afterPreposition(whoText)), rest: rest)
            case "asked", "raised", "submitted", "from":
                let target = keyword == "from" ? afterKeyword : afterPreposition(afterKeyword)
                if keyword == "asked", words.lower(at + 1) == "of" || words.lower(at + 1) == "to" {
                    let named = words.text(from: at + 2)
                    guard let respondent = Self.respondent(in: named.isEmpty ? rest : named), rest.count < 200 else { return nil }
                    return Label(part: .askedOf, respondent: respondent, rest: "")
                }
                guard words.lower(at + 1) == "by" || keyword == "from",
                    let person = MemberHeading.person(in: target) ?? (rest.isEmpty ? nil : MemberHeading.person(in: rest))
                else { return nil }
                return Label(part: .askedBy, asker: person, rest: "")
            case "answered", "responded":
                guard words.lower(at + 1) == "by", let respondent = Self.respondent(in: words.text(from: at + 2)) ?? Self.respondent(in: rest) else {
                    return nil
                }
                return Label(part: .answeredBy, respondent: respondent, rest: "")
            case "to", "for":
                guard words.count <= 6, !rest.isEmpty || words.count > 1, let respondent = Self.respondent(in: rest.isEmpty ? words.text(from: at + 1) : rest)
                else { return nil }
                return Label(part: .askedOf, respondent: respondent, rest: "")
            default:
                // "The Commissioner's response:", "Chief Constable's reply:", "Response by the PCC" handled above.
                if let last = words.words.last?.lower, ["response", "reply", "answer"].contains(last), !rest.isEmpty || words.count <= 6,
                    let respondent = Self.respondent(
                        in: words.text(0..<(words.count - 1)).replacingOccurrences(of: "'s", with: "").replacingOccurrences(of: "’s", with: ""))
                {
                    return Label(part: .answer, respondent: respondent, rest: rest)
                }
                // "The Commissioner responded:" / "Chief Constable replied:"
                if let last = words.words.last?.lower, ["responded", "replied", "answered"].contains(last),
                    let respondent = Self.respondent(in: words.text(0..<(words.count - 1)))
                {
                    return Label(part: .answer, respondent: respondent, rest: rest)
                }
                return nil
            }
        }

        /// The office named by a label's words ("the Commissioner", "Chief Constable Jo Farrell").
        static func respondent(in text: String) -> Respondent? {
            let words = SentenceWords(text)
            guard words.count > 0, words.count <= 10, let office = SentenceReader.officeSubject(words, at: 0) else { return nil }
            return office.respondent
        }
    }
}

/// A speaker's turn in a transcript or a verbatim record: "Marcus Delaney AM: …", "Hollis Grant AM (Chair): …",
/// "Nadia Bellweather (Deputy Mayor for Policing and Crime): …", "Assistant Commissioner Grace Oduya (…): …".
struct Turn {
    enum Speaker {
        case member(String)
        case office(Respondent)
    }
    var speaker: Speaker
    var text: String

    /// A colon early in the text, or a spaced dash after a few words: a cheap check before reading a speaker's label.
    static func mayBeTurn(_ text: String) -> Bool {
        guard let first = text.utf8.first, first >= 65 && first <= 90 || first >= 0x80 else { return false }
        var index = text.utf8.startIndex
        var looked = 0
        while index < text.utf8.endIndex, looked < 110 {
            let byte = text.utf8[index]
            if byte == 58 { return true }
            // " – " (E2 80 93), " — " (E2 80 94) or " - ", within the first 60 bytes.
            if byte == 32, looked < 60 {
                let bytes = text.utf8[text.utf8.index(after: index)...].prefix(3)
                if bytes.first == 45 || bytes.elementsEqual([0xE2, 0x80, 0x93]) || bytes.elementsEqual([0xE2, 0x80, 0x94]) { return true }
            }
            index = text.utf8.index(after: index)
            looked += 1
        }
        return false
    }

    /// Where the speaker's label ends: at a colon within 110 characters, or at a spaced dash after a label of up to
    /// six words ("Cllr Fazeley – What assurance …?", "PCC – Of the 212 new officers …", "Councillor Sharnbrook
    /// (Ousebridge) – why had …"). The label, the text after it, and whether a dash closed it.
    static func split(_ text: String) -> (label: Substring, rest: Substring, dashed: Bool)? {
        let colon = text.firstIndex(of: ":").flatMap { text.distance(from: text.startIndex, to: $0) <= 110 ? $0 : nil }
        for dash in [" – ", " — ", " - "] {
            guard let range = text.range(of: dash), colon.map({ range.lowerBound < $0 }) ?? true else { continue }
            let label = text[..<range.lowerBound]
            let unbracketed = label.firstIndex(of: "(").map { label[..<$0] } ?? label
            guard text.distance(from: text.startIndex, to: range.lowerBound) <= 60, unbracketed.split(separator: " ").count <= 6 else { continue }
            return (label, text[range.upperBound...], true)
        }
        guard let colon else { return nil }
        return (text[..<colon], text[text.index(after: colon)...], false)
    }

    static func read(_ text: String) -> Turn? {
        guard let (rawLabel, rawRest, dashed) = split(text) else { return nil }
        let label = QuestionText.trimmed(rawLabel)
        let rest = QuestionText.trimmed(rawRest)
        guard rest.split(separator: " ").count >= 2, let first = label.first, first.isUppercase, !label.contains(".") || label.contains("(") else { return nil }
        var name = label
        var role = ""
        if let open = label.firstIndex(of: "("), label.hasSuffix(")") {
            name = QuestionText.trimmed(label[..<open])
            role = String(label[label.index(after: open)..<label.index(before: label.endIndex)])
        }
        let nameWords = SentenceWords(name)
        guard nameWords.count >= 1, nameWords.count <= 8, !name.contains(",") else { return nil }
        if dashed {
            // A line of minutes written speaker by speaker: the label is a member, the Chair, or an office, whole.
            if let member = SentenceReader.memberSubject(nameWords, at: 0), member.end == nameWords.count, member.named || member.body {
                return Turn(speaker: .member(member.asker), text: rest)
            }
            if let office = SentenceReader.officeSubject(nameWords, at: 0), office.end == nameWords.count {
                return Turn(speaker: .office(office.respondent), text: rest)
            }
            return nil
        }
        let isAssemblyMember =
            nameWords.words.last.map { ["am", "mp", "ms", "msp"].contains($0.lower) && name.hasSuffix(name.suffix(2).uppercased()) } ?? false
        if let chair = Self.chair(in: role) {
            return Turn(speaker: .member(chair), text: rest)
        }
        if !role.isEmpty, let respondent = LabelledQuestionReader.Label.respondent(in: role) ?? office(in: SentenceWords(role)) {
            return Turn(speaker: .office(Respondent(name: role, role: respondent.role)), text: rest)
        }
        if let respondent = office(in: nameWords) {
            return Turn(speaker: .office(respondent), text: rest)
        }
        if isAssemblyMember {
            return Turn(speaker: .member(nameWords.text(0..<(nameWords.count - 1))), text: rest)
        }
        if let member = SentenceReader.memberSubject(nameWords, at: 0), member.named, member.end == nameWords.count {
            return Turn(speaker: .member(member.asker), text: rest)
        }
        return nil
    }

    /// A Chair's question to the room, not to an office: "Does anyone else want to come in?", "Any further questions?".
    static func runsTheMeeting(_ sentence: String) -> Bool {
        let words = SentenceWords(QuestionText.prefix(sentence, 80))
        return words.words.contains { ["anyone", "anybody", "colleagues", "members"].contains($0.lower) }
            || words.words.indices.contains { words[$0].lower == "any" && ["other", "further", "more", "questions"].contains(words.lower($0 + 1) ?? "") }
    }

    /// "The Chair", "Chairman", "The Vice-Chair" as a label: the Chair asking.
    static func chair(in label: String) -> String? {
        let words = SentenceWords(label)
        guard words.count > 0, let length = words.longestMatch(Vocabulary.Lists.chair, at: 0), length == words.count else { return nil }
        return words.words.contains { $0.lower.hasPrefix("vice") || $0.lower == "deputy" } ? "the Vice Chair" : "the Chair"
    }

    /// An office anywhere in a short label: "Assistant Commissioner Grace Oduya", "Chief Executive of MOPAC"; not a
    /// sentence that introduces a reply ("The PCC replied as follows: "…"").
    static func office(in words: SentenceWords) -> Respondent? {
        for start in 0..<min(words.count, 3) {
            if let office = SentenceReader.officeSubject(words, at: start) {
                if (office.end..<words.count).contains(where: { SentenceReader.isVerbLike(words[$0].lower) }) { return nil }
                return office.respondent
            }
        }
        return nil
    }

    /// "Thank you, Chair. My question is …" → "My question is …".
    static func withoutCourtesy(_ text: String) -> String {
        var sentences = SentenceSplitter.split(text)
        while sentences.count > 1, let first = sentences.first?.lowercased(), first.hasPrefix("thank you") || first.hasPrefix("thanks"), first.count < 40 {
            sentences.removeFirst()
        }
        return sentences.joined(separator: " ")
    }
}

/// A block that is only a member's name, heading what they asked: "Councillor Jane Smith:", "Cllr Hayes
/// (Oxfordshire)", "Mr Desmond Okafor (Independent Member)", "Dr Hale –".
enum MemberHeading {
    /// The words a name line can start with (a title, or a capitalised first name): a cheap check before reading it.
    static func mayBeName(_ text: String) -> Bool {
        guard text.utf8.count <= 120, let first = text.first, first.isUppercase else { return false }
        let word = text.prefix(while: { $0.isLetter }).lowercased()
        return titlePrefixes.contains(word)
    }

    /// Every beginning of a member title, "c" to "county councillor": a member title has `word` for a prefix
    /// when this holds `word` (one lookup, not a prefix test of every title).
    static let titlePrefixes: Set<String> = Set(
        Vocabulary.memberTitles.keys.flatMap { title in (1...title.count).map { String(title.prefix($0)) } })

    static func asker(in text: String) -> String? {
        var trimmed = QuestionText.trimmed(text)
        guard trimmed.count <= 90 else { return nil }
        while let last = trimmed.last, ":-–—.".contains(last) { trimmed.removeLast() }
        if let bracket = trimmed.firstIndex(of: "("), trimmed.hasSuffix(")") { trimmed = QuestionText.trimmed(trimmed[..<bracket]) }
        let words = SentenceWords(trimmed)
        guard let member = SentenceReader.memberSubject(words, at: 0), member.named, !member.body, member.end == words.count else { return nil }
        return member.asker
    }

    /// A named person anywhere short: "Cllr Hale", "Mrs Ann Brown (Independent Member)".
    static func person(in text: String) -> String? {
        let words = SentenceWords(QuestionText.trimmed(text))
        guard words.count > 0, words.count <= 12 else { return nil }
        for start in 0..<min(words.count, 3) {
            if let member = SentenceReader.memberSubject(words, at: start), member.named, !member.body { return member.asker }
        }
        return nil
    }
}
