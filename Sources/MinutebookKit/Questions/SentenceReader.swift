import Foundation

/// Someone answering, as written in the minutes ("The PCC", "the Deputy Chief Constable"), and their office.
struct Respondent: Equatable {
    /// As displayed and stored: "the PCC", "the Chief Finance Officer", "Chief Constable Jo Farrell" (see `displayName`).
    var name: String
    var role: Role

    init(name: String, role: Role) {
        self.name = Self.displayName(name)
        self.role = role
    }

    /// An office as a respondent reads the same wherever the sentence put it: no white space around it or doubled
    /// inside it, and a leading article in lower case ("The PCC" at the start of a sentence → "the PCC"), as in
    /// "answered by the PCC". A name keeps its capitals.
    static func displayName(_ written: String) -> String {
        // Most names need nothing: single spaces between words, no leading "The ", no bracket (read on the bytes:
        // this runs for every office a sentence names).
        var plain = true
        var previousSpace = true
        for byte in written.utf8 where plain {
            if byte == 40 || byte >= 0x80 || (byte < 32) || (byte == 32 && previousSpace) { plain = false }
            previousSpace = byte == 32
        }
        if plain && !previousSpace { return written.hasPrefix("The ") ? "t" + written.dropFirst() : written }
        var name = written.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if name.hasPrefix("The ") { name.replaceSubrange(name.startIndex..<name.index(after: name.startIndex), with: "t") }
        // "… Commissioner (OPCC" cut at the word: the bracket closed.
        if name.filter({ $0 == "(" }).count > name.filter({ $0 == ")" }).count { name += ")" }
        return name
    }
}

/// Where an answer starts inside a sentence: what comes before it (the end of the question, possibly
/// empty) and the answer from the respondent on.
struct AnswerStart {
    var before: String
    /// Nil for an answer whose speaker the minutes do not name ("Members were advised that …").
    var respondent: Respondent?
    var answer: String
    /// The answer opens on a subject of its own ("In relation to the Board, the PCC reported …").
    var afterTopicLead = false
}

/// A sentence that opens (or continues) a member's question.
struct AskerCue {
    enum Kind {
        /// A new question: "Cllr Hayes referred to …", "A question was asked whether …", "Members asked when …".
        case opening
        /// "He asked the PCC whether …": the asker of the question in hand, asking again.
        case pronoun
        /// "In response to a question, the PCC informed …": the question is only implied; the sentence is the answer.
        /// `question` is the lead-in when it says what was asked ("In response to a question from Cllr X about
        /// the precept"), else empty.
        case implied(Respondent, answer: String, question: String)
    }

    var kind: Kind
    /// "Cllr Hayes", "a member", "members", "the Chair"; empty for a pronoun.
    var asker: String
    /// A named asker: a later cue with the same name is the same person.
    var named: Bool
    /// Asked, queried, sought … (a question even if no answer is recorded); false for "referred to",
    /// "commented", which are questions only when someone answers them.
    var asks: Bool
    /// The office the question was put to, when the sentence says ("asked the Chief Constable whether").
    var addressee: Role?
    /// Which rule read the sentence, for `minutebook show`.
    var rule: String = ""
    /// A summary of questioning ("The Commissioner was questioned in detail by members on her update"): a question
    /// only when the minutes give its answer.
    var onlyIfAnswered = false
    /// The office the question was put to, as written, for a reply that names it only by a pronoun ("Cllr Hale asked
    /// the Chief Constable about … She explained that …").
    var addressedTo: Respondent? = nil
}

/// Reads one sentence for who speaks in it and what they do: ask, raise a point, answer, or say something
/// else. All the words it knows come from `Vocabulary`.
///
/// The subject is read at the start of the sentence, or after one lead-in clause that ends at a comma
/// ("Related to this, …", "Noting the rise in thefts, …", "In response to a question from Cllr Hayes, …"):
/// - an office (`Vocabulary.offices`) followed by a verb answers ("The Commissioner responded by saying …");
///   followed by "was asked" it is a question put to that office; by "was thanked" it is neither;
/// - a member, by title and name ("Cllr Mallory", "Mrs Okafor", "Councillor Jane Smith"), unnamed ("A Member",
///   "an independent member", "Members"), or the Chair, followed by a verb of asking or of raising a point;
/// - an impersonal question ("A question was asked …", "It was queried whether …", "Clarification was sought …",
///   "Reference was made to …");
/// - a bare verb under a member's name ("Asked whether …", "Sought clarification …", "Noting …, asked …").
///
/// An answer can also start inside a sentence: "A Member referred to X and the PCC said that …".
enum SentenceReader {
    // MARK: - Answers

    /// An answer starting at the beginning of `segment` (after a lead-in clause, if any).
    static func answerAtStart(of segment: String) -> AnswerStart? {
        answerAtStart(SentenceWords(segment))
    }

    /// An answer at the start of `segment` or after "and" / ";" / "to which" inside it.
    static func answerStart(in segment: String) -> AnswerStart? {
        let words = SentenceWords(segment)
        return answerAtStart(words) ?? answerInside(words)
    }

    static func answerAtStart(_ s: SentenceWords) -> AnswerStart? {
        guard s.count >= 2 else { return nil }
        if let lead = responseLead(s) {
            guard let office = officeSubject(s, at: lead.subjectAt), let verb = answerVerb(s, after: office.end),
                !lead.mentionsQuestion
            else { return nil }
            _ = verb
            return AnswerStart(before: "", respondent: office.respondent, answer: s.text(from: lead.subjectAt))
        }
        for start in subjectStarts(s) {
            // "The Clerk read out the Commissioner's response": the Commissioner answers, not the Clerk.
            if let owner = readOutResponse(s, at: start) { return AnswerStart(before: "", respondent: owner, answer: s.text, afterTopicLead: start > 0) }
            guard let office = officeSubject(s, at: start) else { continue }
            if passive(s, after: office.end) != nil { return nil }
            if impliedClause(s, after: office.end) != nil { return nil }
            if let other = handedTo(s, after: office.end) {
                // "The PCC invited Deputy Chief Constable Freer to respond. She explained …": the other office answers.
                return AnswerStart(before: "", respondent: other, answer: s.text, afterTopicLead: start > 0)
            }
            guard answerVerb(s, after: office.end) != nil else { continue }
            // "In relation to X, the PCC reported …" keeps its lead-in: it says what the answer is about.
            return AnswerStart(before: "", respondent: office.respondent, answer: s.text, afterTopicLead: start > 0)
        }
        return nil
    }

    /// An answer whose speaker the minutes do not name, at the start of `segment` (after "In response," or the like)
    /// — "Members were advised that …", "The Panel was informed that …", "It was confirmed that …", "The response was
    /// that …" — or inside it, told to the member who asked: "… and was advised that …", "…; members were told that …".
    /// Only ever read as the answer to a question already open.
    static func impersonalAnswer(in segment: String) -> AnswerStart? {
        let s = SentenceWords(segment)
        guard s.count >= 4 else { return nil }
        let start = responseLead(s)?.subjectAt ?? 0
        if toldOrStated(s, at: start) { return AnswerStart(before: "", respondent: possessiveResponder(s, at: start), answer: s.text) }
        var index = 2
        while index < s.count {
            let word = s[index]
            var at: Int?
            if word.lower == "and" || word.lower == "but" || word.lower == "whereupon" {
                at = index + 1
            } else if word.punctuationBefore == ";" || word.punctuationBefore == "–" || word.punctuationBefore == "—" {
                at = index
            }
            if let at {
                // "… and was advised that …": the asker was told.
                let passiveAsker = ["was", "were"].contains(s.lower(at) ?? "") && Vocabulary.toldVerbs.contains(s.lower(at + 1) ?? "")
                if passiveAsker || toldOrStated(s, at: at) {
                    return AnswerStart(before: s.text(before: index), respondent: possessiveResponder(s, at: at), answer: s.text(from: at))
                }
            }
            index += 1
        }
        return nil
    }

    /// "The Chair read out the Commissioner's response, which stated …", "The Clerk relayed the response of the PCC":
    /// a written reply read out for the office that wrote it, which answers.
    static func readOutResponse(_ s: SentenceWords, at start: Int) -> Respondent? {
        guard let reader = s.longestMatch(Vocabulary.Lists.readersOut, at: start) else { return nil }
        var at = start + reader
        guard Vocabulary.readOutVerbs.contains(s.lower(at) ?? "") else { return nil }
        at += 1
        if s.lower(at) == "out" { at += 1 }
        if let owner = possessiveResponder(s, at: at) { return owner }
        // "… read out the response from the Commissioner", "… the written reply of the Chief Constable".
        guard s.lower(at) == "the", let noun = responseNoun(s, at: at + 1), ["from", "of"].contains(s.lower(noun + 1) ?? "") else { return nil }
        return officeSubject(s, at: noun + 2)?.respondent
    }

    /// Whose response it was, when an office owns it: "The Commissioner's response was …", "the PCC's reply was …".
    static func possessiveResponder(_ s: SentenceWords, at start: Int) -> Respondent? {
        var owner = start
        while owner < s.count, owner - start <= 5, !(s.lower(owner) ?? "").hasSuffix("'s"), !(s.lower(owner) ?? "").hasSuffix("’s") { owner += 1 }
        guard owner < s.count, owner - start <= 5, responseNoun(s, at: owner + 1) != nil else { return nil }
        var written = s.text(start..<(owner + 1))
        written.removeLast(2)
        let words = SentenceWords(written)
        guard let office = officeSubject(words, at: 0), office.end == words.count else { return nil }
        return office.respondent
    }

    /// "members were advised", "the Panel was informed", "it was confirmed that", "the response was that" at `at`.
    static func toldOrStated(_ s: SentenceWords, at start: Int) -> Bool {
        var at = start
        if let subject = s.longestMatch(Vocabulary.Lists.toldSubjects, at: at) {
            at += subject
            guard ["was", "were"].contains(s.lower(at) ?? "") else { return false }
            at += 1
            if ["also", "further", "then", "again"].contains(s.lower(at) ?? "") { at += 1 }
            return Vocabulary.toldVerbs.contains(s.lower(at) ?? "") && s.lower(at + 1) != "to"
        }
        if s.lower(at) == "it", s.lower(at + 1) == "was" {
            at += 2
            if ["also", "further", "then"].contains(s.lower(at) ?? "") { at += 1 }
            return Vocabulary.impersonalAnswerVerbs.contains(s.lower(at) ?? "") && s.lower(at + 1) == "that"
        }
        // "The PCC's response was that …", "The Chief Constable's reply was that …".
        if s.lower(at) == "the" {
            var noun = at + 1
            while noun < s.count, noun - at <= 4, s[noun].capitalised, !(s.lower(noun - 1) ?? "").hasSuffix("'s") { noun += 1 }
            if noun > at + 1, (s.lower(noun - 1) ?? "").hasSuffix("'s"), responseNoun(s, at: noun) != nil { at = noun - 1 }
        }
        let owned = (s.lower(at) ?? "").hasSuffix("'s")
        if s.lower(at) == "the" || owned, let noun = responseNoun(s, at: at + 1) {
            at = noun + 1
            if ["given", "received"].contains(s.lower(at) ?? "") { at += 1 }
            // "… was that …", or a written reply set out below: "The Commissioner's response was as follows:".
            if s.lower(at) == "was" && (s.lower(at + 1) == "that" || (s.lower(at + 1) == "as" && s.lower(at + 2) == "follows")) { return true }
            // "The Commissioner's written response, read out by the Chairman, stated that …".
            guard owned else { return false }
            if s.longestMatch(Vocabulary.Lists.midSentenceAnswers, at: skipApposition(s, from: at)) != nil { return true }
            // "The Deputy Commissioner's response, on behalf of the Commissioner: The Deputy Commissioner advised …".
            return (at..<min(s.count, at + 8)).contains { s[$0].punctuationBefore == ":" }
        }
        return false
    }

    /// "response", "reply" or "answer" at `index`, or after "written", "formal", "full" or "published": where the noun is.
    static func responseNoun(_ s: SentenceWords, at index: Int) -> Int? {
        var at = index
        if ["written", "formal", "full", "published", "detailed"].contains(s.lower(at) ?? "") { at += 1 }
        return ["response", "reply", "answer"].contains(s.lower(at) ?? "") ? at : nil
    }

    /// "… and the PCC said that …", "…; the Chief Constable replied …", "…, to which the PCC responded …".
    static func answerInside(_ s: SentenceWords) -> AnswerStart? {
        // "The Chief Constable was asked about drones and explained that …": the office asked answers in the same sentence.
        let askedOffice = subjectStarts(s).lazy.compactMap { start -> OfficeSubject? in
            guard let office = officeSubject(s, at: start), passive(s, after: office.end) == .asked else { return nil }
            return office
        }.first
        var index = 2
        while index < s.count {
            var subjectAt: Int?
            let word = s[index]
            if word.lower == "and" || word.lower == "whereupon" || word.lower == "but" {
                subjectAt = index + 1
            } else if word.lower == "to", s.lower(index + 1) == "which" {
                subjectAt = index + 2
            } else if word.punctuationBefore == ";" || word.punctuationBefore == "–" || word.punctuationBefore == "—" {
                subjectAt = index
            }
            if var at = subjectAt {
                // "and, in response, the PCC said"
                if let lead = s.longestMatch(Vocabulary.Lists.responseLeads, at: at) {
                    at += lead
                    while at < s.count, s[at].punctuationBefore != ",", at < index + 12 { at += 1 }
                }
                if let asked = askedOffice, word.lower == "and", asked.end < index, let verb = skipAdverbs(s, from: at),
                    s.longestMatch(Vocabulary.Lists.midSentenceAnswers, at: verb) != nil
                {
                    return AnswerStart(before: s.text(before: index), respondent: asked.respondent, answer: s.text(from: verb))
                }
                if let office = officeSubject(s, at: at), let verb = skipAdverbs(s, from: office.end),
                    s.longestMatch(Vocabulary.Lists.midSentenceAnswers, at: verb) != nil
                {
                    let before = s.text(before: index)
                    if !before.isEmpty {
                        return AnswerStart(before: before, respondent: office.respondent, answer: s.text(from: office.start))
                    }
                }
            }
            index += 1
        }
        return nil
    }

    // MARK: - Askers

    /// The cue `segment` opens with, if any. `headingAsker` is the member whose name heads the current
    /// list, for bullets that start with a bare verb ("Asked whether …").
    static func cue(in segment: String, headingAsker: String?) -> AskerCue? {
        let s = SentenceWords(segment)
        guard s.count >= 2 else { return nil }
        if let cue = impliedCue(s) { return cue }
        for start in subjectStarts(s) {
            if let cue = impersonalCue(s, at: start) { return cue }
            if let office = officeSubject(s, at: start), let passive = passive(s, after: office.end) {
                guard passive == .asked else { return nil }
                // "The Commissioner was questioned in detail by Panel members on her update": a summary of questioning,
                // a question only when the minutes give its answer. "The PCC was asked whether …" asks.
                let summary =
                    s.words.contains { $0.lower == "questioned" } && !s.words.contains { Vocabulary.questionWords.contains($0.lower) }
                return AskerCue(
                    kind: .opening, asker: "a member", named: false, asks: !summary, addressee: office.respondent.role,
                    rule: "an office was asked", onlyIfAnswered: summary)
            }
            if let member = memberSubject(s, at: start) {
                // "Andrew Senior, Chief Finance Officer of Calderbrook Police, stated …": an office holder named without a
                // title, not a co-opted member.
                if memberTitle(s, at: start) == nil, namedOfficeSubject(s, at: start) != nil { return nil }
                guard let verb = memberVerb(s, after: member.end) else { continue }
                if member.body && verb != .ask && !raisesConcern(s, after: member.end) { return nil }
                if verb == .ask, summarisesQuestions(s, after: member.end) {
                    // "The Panel asked the Mayor a series of questions which related to the precept": what the questions
                    // were about, not one of them; a question only when the minutes give its answer.
                    return AskerCue(
                        kind: .opening, asker: member.asker, named: member.named, asks: false, addressee: addressee(s, from: member.end),
                        rule: "members asked questions", onlyIfAnswered: true)
                }
                if verb == .ask, let relayed = relayedAsker(s, after: member.end) {
                    // "The Chair raised a question that had been put to him by Councillor Hebburn, who was unable to attend":
                    // the question is the absent member's.
                    return AskerCue(
                        kind: .opening, asker: relayed.asker, named: true, asks: true, addressee: addressee(s, from: member.end),
                        rule: "a question put on a member's behalf", addressedTo: addressedOffice(s, from: member.end))
                }
                return AskerCue(
                    kind: .opening, asker: member.asker, named: member.named, asks: verb == .ask,
                    addressee: addressee(s, from: member.end), rule: verb == .ask ? "a member asked" : "a member raised a point",
                    addressedTo: addressedOffice(s, from: member.end))
            }
            // "He had asked the Chief Constable to publish …" inside a reply: what the speaker had done before, not a member asking.
            if let pronounLength = s.longestMatch(Vocabulary.Lists.pronouns, at: start), s.lower(start + pronounLength) != "had",
                let verb = memberVerb(s, after: start + pronounLength)
            {
                // "He referred to …" continues the asker's point; only asking starts a follow-up.
                if verb == .ask || headingAsker != nil {
                    if let asker = headingAsker, start > 0 || verb == .point {
                        return AskerCue(
                            kind: .opening, asker: asker, named: true, asks: verb == .ask, addressee: addressee(s, from: start),
                            rule: "the member named above asked")
                    }
                    return AskerCue(
                        kind: .pronoun, asker: "", named: false, asks: true, addressee: addressee(s, from: start),
                        rule: "the same member asked again")
                }
            }
            if let asker = headingAsker, let verb = bareVerb(s, at: start) {
                return AskerCue(
                    kind: .opening, asker: asker, named: true, asks: verb == .ask, addressee: addressee(s, from: start),
                    rule: "a verb under the member's name")
            }
        }
        return nil
    }

    /// "In response to a question [from Cllr X], the PCC informed …", "The PCC, in response to a question, reported …".
    static func impliedCue(_ s: SentenceWords) -> AskerCue? {
        if let cue = nominalisedCue(s) { return cue }
        if let lead = responseLead(s), lead.mentionsQuestion, let office = officeSubject(s, at: lead.subjectAt),
            answerVerb(s, after: office.end) != nil
        {
            // The answer keeps a lead-in that says what was asked or who asked ("In response to a question from Cllr X about the
            // precept, …", "In response to a question from the Vice Chair, …"): the sentence as the minutes wrote it.
            // (Not "Responding to Councillor Mossley, who had asked about …,": the clause is the question, told apart.)
            let namedOnly = lead.named && !(0..<lead.subjectAt).contains { s[$0].lower == "who" }
            let answer = lead.unclosed || namedOnly || saysWhatWasAsked(s, 0..<lead.subjectAt) ? s.text : s.text(from: lead.subjectAt)
            return AskerCue(
                kind: .implied(office.respondent, answer: answer, question: ""), asker: lead.asker ?? "a member",
                named: lead.named, asks: true, addressee: office.respondent.role, rule: "an answer to a question the minutes only mention")
        }
        if let office = officeSubject(s, at: 0), let clause = impliedClause(s, after: office.end),
            answerVerb(s, after: clause.end) != nil
        {
            return AskerCue(
                kind: .implied(office.respondent, answer: s.text, question: ""), asker: clause.asker ?? "a member", named: clause.named,
                asks: true, addressee: office.respondent.role, rule: "an answer to a question the minutes only mention")
        }
        // "The Commissioner confirmed, in answer to Councillor Darfield, that …": the lead after the verb.
        if let office = officeSubject(s, at: 0), let verb = answerVerb(s, after: office.end), verb + 1 < s.count, s[verb + 1].punctuationBefore == ",",
            let clause = impliedClause(s, after: verb + 1)
        {
            return AskerCue(
                kind: .implied(office.respondent, answer: s.text, question: ""), asker: clause.asker ?? "a member", named: clause.named,
                asks: true, addressee: office.respondent.role, rule: "an answer to a question the minutes only mention")
        }
        return nil
    }

    /// A question and its answer both told as nouns, as decision lists write them: "The Committee noted the question
    /// from Councillor Ann Kerr as to whether the station would stay open, and the response by the Local Police
    /// Commander that there were no plans to close it", "(b) the concern raised by Mr Lennox about speeding, and the
    /// reply from the Chief Inspector that …". The question is what the member asked; the answer runs from the office.
    static func nominalisedCue(_ s: SentenceWords) -> AskerCue? {
        let replies: Set<String> = ["response", "reply", "answer"]
        guard s.count >= 10, s.words.contains(where: { replies.contains($0.lower) }) else { return nil }
        let nouns: Set<String> = ["question", "query", "concern", "concerns", "point", "request"]
        for index in 0..<(s.count - 3) where nouns.contains(s[index].lower) {
            // "the question from X", "the concern raised by X", "the query put by X".
            var at = index + 1
            if ["raised", "put", "posed", "made", "asked", "expressed"].contains(s[at].lower) { at += 1 }
            guard ["from", "by", "of"].contains(s.lower(at) ?? ""), let member = memberSubject(s, at: at + 1), member.named else { continue }
            // Then ", and the response by the Chief Inspector that …" (or "from").
            var reply = member.end
            while reply + 3 < s.count {
                if s[reply].lower == "the", replies.contains(s[reply + 1].lower), ["by", "from", "of"].contains(s[reply + 2].lower),
                    let office = officeSubject(s, at: reply + 3)
                {
                    guard office.end < s.count else { return nil }
                    let from = index > 0 && ["the", "a"].contains(s[index - 1].lower) ? index - 1 : index
                    var cleaned = s.text(from..<reply).trimmingCharacters(in: CharacterSet(charactersIn: " ,;"))
                    if cleaned.hasSuffix(" and") { cleaned = String(cleaned.dropLast(4)).trimmingCharacters(in: CharacterSet(charactersIn: " ,;")) }
                    return AskerCue(
                        kind: .implied(office.respondent, answer: s.text(from: reply), question: cleaned), asker: member.asker, named: true,
                        asks: true, addressee: office.respondent.role, rule: "a question and its answer told as nouns")
                }
                reply += 1
            }
            return nil
        }
        return nil
    }

    /// Whether a lead-in says what the question was about: "… a question from Cllr X regarding the growth in …".
    static func saysWhatWasAsked(_ s: SentenceWords, _ range: Range<Int>) -> Bool {
        let markers: Set<String> = [
            "about", "regarding", "on", "concerning", "relating", "around", "over", "whether", "re", "if", "why", "how", "what", "when",
        ]
        var sawQuestion = false
        for index in range {
            let word = s[index].lower
            if Vocabulary.Lists.questionNouns.contains(word) || word == "members'" { sawQuestion = true }
            if sawQuestion, markers.contains(word) || (word == "as" && s.lower(index + 1) == "to") || (word == "with" && s.lower(index + 1) == "regard") {
                return true
            }
        }
        return false
    }

    /// The member a question was put for: "raised a question that had been put to him by Councillor Hebburn", "asked a
    /// question on behalf of Mrs Okafor, who had sent her apologies", "put a question from Cllr Lee".
    static func relayedAsker(_ s: SentenceWords, after index: Int) -> MemberSubject? {
        var sawQuestion = false
        var at = index
        while at < min(s.count, index + 14) {
            if s[at].flags.contains(.questionNoun) { sawQuestion = true }
            if sawQuestion {
                var by: Int?
                if ["by", "from"].contains(s[at].lower) { by = at + 1 }
                if s.matches(["on", "behalf", "of"], at: at) { by = at + 3 }
                if let by, let member = memberSubject(s, at: by), member.named, member.chair == nil, !member.body { return member }
            }
            // "… and asked whether": the question itself has begun.
            if Vocabulary.questionWords.contains(s[at].lower) { return nil }
            at += 1
        }
        return nil
    }

    /// "asked the Mayor a series of questions which related to …", "asked a number of questions about …": a summary of
    /// questioning, with no question word of its own.
    static func summarisesQuestions(_ s: SentenceWords, after index: Int) -> Bool {
        guard !s.words.contains(where: { Vocabulary.questionWords.contains($0.lower) }) else { return false }
        for at in index..<min(s.count, index + 16) where ["questions", "queries"].contains(s[at].lower) {
            let before = s.lower(at - 1) ?? ""
            if ["of", "several", "various", "many", "some", "further", "detailed", "numerous", "asked"].contains(before) { return true }
        }
        return false
    }

    /// "A question was asked whether …", "Questions from Cllr X were raised …", "It was asked whether …",
    /// "Clarification was sought on …", "Reference was made to …".
    static func impersonalCue(_ s: SentenceWords, at start: Int) -> AskerCue? {
        let lists = Vocabulary.Lists.self
        if s.matches(["it", "was"], at: start) {
            var at = start + 2
            if s.lower(at) == "also" || s.lower(at) == "further" { at += 1 }
            if let verb = s.longestMatch(lists.itWasVerbs, at: at),
                let next = s.lower(at + verb), ["whether", "if", "what", "how", "why", "when", "where", "who", "which", "about", "for"].contains(next)
            {
                return AskerCue(
                    kind: .opening, asker: "a member", named: false, asks: true, addressee: addressee(s, from: at),
                    rule: "it was asked")
            }
            // "It was also highlighted by a Member that the figures had not been provided": a point, by whom; a question
            // when it is answered.
            if Vocabulary.passivePointVerbs.contains(s.lower(at) ?? "") {
                var by = at + 1
                if s.lower(by) == "out" { by += 1 }
                guard s.lower(by) == "by", let member = memberSubject(s, at: by + 1), member.chair == nil else { return nil }
                return AskerCue(
                    kind: .opening, asker: member.asker, named: member.named, asks: false, addressee: nil, rule: "a point was raised")
            }
            return nil
        }
        if let cue = submittedCue(s, at: start) { return cue }
        if let length = s.longestMatch(lists.impersonalQuestionSubjects, at: start) {
            let plural = ["questions", "queries", "further"].contains(s[start].lower) && s.lower(start + length - 1) != "question"
            var at = start + length
            var asker: (String, Bool)?
            if ["from", "by"].contains(s.lower(at) ?? ""), let member = memberSubject(s, at: at + 1) {
                asker = (member.asker, member.named)
                at = member.end
            }
            // "on the budget", "about the precept": a few words before the verb.
            var probe = at
            while probe < min(s.count, at + 8), !["was", "were", "had", "has", "have"].contains(s[probe].lower) { probe += 1 }
            guard probe < s.count else { return nil }
            var verbAt = probe + 1
            if s.lower(verbAt) == "been" { verbAt += 1 }
            if s.lower(verbAt) == "also" || s.lower(verbAt) == "further" { verbAt += 1 }
            guard s.longestMatch(lists.impersonalQuestionVerbs, at: verbAt) != nil else { return nil }
            return AskerCue(
                kind: .opening, asker: asker?.0 ?? (plural ? "members" : "a member"), named: asker?.1 ?? false, asks: true,
                addressee: addressee(s, from: verbAt), rule: "a question was asked")
        }
        if let length = s.longestMatch(lists.impersonalPointSubjects, at: start) {
            var at = start + length
            guard ["was", "were", "had"].contains(s.lower(at) ?? "") else { return nil }
            at += 1
            if s.lower(at) == "been" { at += 1 }
            if s.lower(at) == "also" { at += 1 }
            guard s.longestMatch(lists.impersonalPointVerbs, at: at) != nil else { return nil }
            return AskerCue(kind: .opening, asker: "a member", named: false, asks: false, addressee: nil, rule: "a point was raised")
        }
        return nil
    }

    /// A question sent in before the meeting, by whom: "One question had been submitted by Mrs Joan Ellel of Galgate:
    /// …", "The Panel had received one question from a member of the public, Mr Tobias Fenstanton, …". Not asking on its
    /// own (a question received may have been withdrawn): a question when its answer is minuted.
    static func submittedCue(_ s: SentenceWords, at start: Int) -> AskerCue? {
        let lists = Vocabulary.Lists.self
        var at = start
        var received = false
        if let receiver = s.longestMatch(lists.questionReceivers, at: at) {
            at += receiver
            if ["had", "has", "have"].contains(s.lower(at) ?? "") { at += 1 }
            guard s.lower(at) == "received" else { return nil }
            at += 1
            received = true
        }
        guard let subject = s.longestMatch(lists.impersonalQuestionSubjects, at: at), s[at].lower != "information" else { return nil }
        at += subject
        if !received {
            guard ["had", "has", "was", "were", "have"].contains(s.lower(at) ?? "") else { return nil }
            at += 1
            if s.lower(at) == "been" { at += 1 }
            guard s.longestMatch(lists.submittedQuestionVerbs, at: at) != nil else { return nil }
            at += 1
            if s.lower(at) == "in", s.lower(at + 1) == "advance" { at += 2 }
        }
        guard ["from", "by"].contains(s.lower(at) ?? "") else { return nil }
        at += 1
        if let sender = s.longestMatch(lists.publicSenders, at: at), at + sender < s.count, s[at + sender].punctuationBefore == "," { at += sender }
        guard let member = memberSubject(s, at: at), member.named else { return nil }
        return AskerCue(kind: .opening, asker: member.asker, named: true, asks: false, addressee: nil, rule: "a question was submitted")
    }

    // MARK: - Subjects

    /// Where a subject may start: the beginning, or after one lead-in clause ending at a comma within 20 words.
    static func subjectStarts(_ s: SentenceWords) -> [Int] {
        var starts = [0]
        var index = 1
        while index < min(s.count, 21) {
            if s[index].punctuationBefore == "," {
                starts.append(index)
                break
            }
            index += 1
        }
        return starts
    }

    struct OfficeSubject {
        var respondent: Respondent
        var start: Int
        var end: Int
    }

    /// An office at `index`, with its article, owner ("the Force's"), subject ("Head of Finance") and a name
    /// after it ("Chief Constable Jo Farrell").
    static func officeSubject(_ s: SentenceWords, at index: Int) -> OfficeSubject? {
        if titledMember(s, at: index) != nil { return nil }
        if let addressed = addressedSubject(s, at: index) { return addressed }
        if let candidate = candidateSubject(s, at: index) { return candidate }
        if let named = namedOfficeSubject(s, at: index) { return named }
        return plainOfficeSubject(s, at: index) ?? heldOfficeSubject(s, at: index)
    }

    /// In a report written to the Commissioner (`OfficeHolders.addressee`): "you" is the Commissioner, "your Deputy" the
    /// deputy, "your Chief Fire Officer" that office.
    static func addressedSubject(_ s: SentenceWords, at index: Int) -> OfficeSubject? {
        // The word first: reading the document's office holders (a task-local value) costs more than comparing it.
        guard index < s.count, s[index].lower.utf8.first == UInt8(ascii: "y"), s[index].lower == "you" || s[index].lower == "your",
            let role = OfficeHolders.current.addressee
        else { return nil }
        switch s[index].lower {
        case "you":
            return OfficeSubject(respondent: Respondent(name: "you", role: role), start: index, end: index + 1)
        case "your":
            if s.lower(index + 1) == "deputy", role == .pcc, SentenceReader.office(s, at: index + 1) == nil {
                return OfficeSubject(respondent: Respondent(name: s.text(index..<(index + 2)), role: .deputyPCC), start: index, end: index + 2)
            }
            guard var office = plainOfficeSubject(s, at: index + 1) else { return nil }
            office.start = index
            office.respondent.name = s.text(index..<office.end)
            return office
        default:
            return nil
        }
    }

    /// "The candidate said …", "the preferred candidate", "the proposed appointee": at a confirmation hearing
    /// (`OfficeHolders.candidateRole`), the person proposed for the office, answering as it.
    static func candidateSubject(_ s: SentenceWords, at index: Int) -> OfficeSubject? {
        guard index < s.count, let role = OfficeHolders.current.candidateRole else { return nil }
        var at = index
        if s.lower(at) == "the" { at += 1 }
        if ["preferred", "proposed"].contains(s.lower(at) ?? "") { at += 1 }
        guard ["candidate", "appointee", "nominee"].contains(s.lower(at) ?? ""), at > index else { return nil }
        return OfficeSubject(respondent: Respondent(name: Respondent.displayName(s.text(index..<(at + 1))), role: role), start: index, end: at + 1)
    }

    /// "Mr Aspinall informed the Panel …": someone the document named with an office earlier (`OfficeHolders`),
    /// now by title and surname alone.
    static func heldOfficeSubject(_ s: SentenceWords, at index: Int) -> OfficeSubject? {
        guard let (role, end) = heldOffice(s, at: index) else { return nil }
        return OfficeSubject(respondent: Respondent(name: s.text(index..<end), role: role), start: index, end: end)
    }

    /// The office of the holder named by title and surname at `index`, and where the name ends.
    static func heldOffice(_ s: SentenceWords, at index: Int) -> (Role, Int)? {
        let holders = OfficeHolders.current
        guard !holders.isEmpty, index < s.count else { return nil }
        // "CCKerr confirmed …": the short form the attendance list gave the office holder.
        // (A short form broken at a line's end keeps the hyphen: "ACC-Slessor".)
        if let role = holders.role(ofCode: s[index].lower) ?? holders.role(ofCode: s[index].lower.replacingOccurrences(of: "-", with: "")) {
            return (role, index + 1)
        }
        // "M Tudor confirmed …", "S Mellor explained …": an initial and the surname of someone named with an office
        // ("M Tudor, Chief Finance Officer (Commissioner's Office) explained …"), as panels that write people so do.
        if OfficeHolders.titleLength(s, at: index) == nil, s[index].capitalised, s[index].lower.count == 1, s[index].lower.first?.isLetter == true,
            index + 1 < s.count, s[index + 1].capitalised, s[index + 1].punctuationBefore == nil || s[index + 1].punctuationBefore == ".",
            let role = holders.role(ofSurname: s[index + 1].lower)
        {
            return (role, index + 2)
        }
        // "Colin Brean explained …": the first name and surname of someone named with an office.
        if OfficeHolders.titleLength(s, at: index) == nil, s[index].capitalised, s[index].lower.count > 1, index + 2 < s.count,
            s[index + 1].capitalised, s[index + 1].punctuationBefore == nil, office(s, at: index) == nil,
            s.longestMatch(Vocabulary.Lists.memberTitles, at: index) == nil, !s[index + 2].capitalised,
            let role = holders.role(ofSurname: s[index + 1].lower)
        {
            return (role, index + 2)
        }
        // "Eleri explained …", "Rhodri added …": the first name alone of someone named in full with an office, then a
        // verb of saying (so "Will the Commissioner …" is never someone called Will).
        if s[index].capitalised, index + 1 < s.count, !s[index + 1].capitalised, s[index + 1].punctuationBefore == nil,
            let role = holders.role(ofFirstName: s[index].lower),
            isVerbLike(s[index + 1].lower) || (s[index + 1].flags.contains(.adverb) && isVerbLike(s.lower(index + 2) ?? ""))
        {
            return (role, index + 1)
        }
        guard let title = OfficeHolders.titleLength(s, at: index) else { return nil }
        let (last, end) = OfficeHolders.names(s, from: index + title)
        guard let last, end - index - title <= 3, let role = holders.role(ofSurname: last) else { return nil }
        return (role, end)
    }

    /// "Andrew Senior, Chief Finance Officer of Calderbrook Police, stated …", "Ian Holroyd, Head of Policing and Crime, informed …":
    /// a name, then the office in apposition.
    static func namedOfficeSubject(_ s: SentenceWords, at index: Int) -> OfficeSubject? {
        guard index < s.count, s[index].capitalised else { return nil }
        var end = index
        if s.longestMatch(Vocabulary.Lists.memberTitles, at: end) == 1 { end += 1 }
        let nameStart = end
        // The name ends at a comma within three words: without one, no office stands in apposition.
        guard nameStart + 1 < s.count, (nameStart + 1..<min(s.count, nameStart + 4)).contains(where: { s[$0].punctuationBefore == "," }) else {
            return nil
        }
        while end < s.count, end - nameStart < 3, s[end].capitalised, end == nameStart || s[end].punctuationBefore == nil,
            plainOfficeSubject(s, at: end) == nil, !s[end].flags.contains(.notPerson)
        {
            end += 1
        }
        guard end > nameStart, end < s.count, s[end].punctuationBefore == ",", var office = plainOfficeSubject(s, at: end) else { return nil }
        // To the end of the apposition: "Chief Finance Officer of Calderbrook Police,".
        var close = office.end
        while close < s.count, close - office.end < 8, s[close].punctuationBefore != "," { close += 1 }
        guard close < s.count, s[close].punctuationBefore == "," else { return nil }
        // "Ms Birtley, Deputy Chief Crown Prosecutor, who was attending for this item, explained …".
        if s.lower(close) == "who", let comma = (close + 1..<min(s.count, close + 12)).first(where: { s[$0].punctuationBefore == "," }) {
            close = comma
        }
        office.start = index
        office.end = close
        return office
    }

    static func plainOfficeSubject(_ s: SentenceWords, at index: Int) -> OfficeSubject? {
        var at = index
        guard at < s.count else { return nil }
        if s[at].lower == "the" || s[at].lower == "his" || s[at].lower == "her" || s[at].lower == "their" { at += 1 }
        if at < s.count, Vocabulary.officeOwners.contains(s[at].lower) { at += 1 }
        // "the county's Director of Public Health", "the council's Head of Community Safety": a partner's officer.
        var partnerOwner = false
        if at > index, at < s.count, Vocabulary.partnerOwners.contains(s[at].lower) {
            at += 1
            partnerOwner = true
        }
        guard let (length, office) = office(s, at: at) ?? placedOffice(s, at: at) else { return staffTitleSubject(s, at: index) }
        // An office is written with capitals ("the Chief Constable"), or is an acronym; "the commissioner" in
        // running text is rare enough to accept, but "the chief officer group" is not an office.
        var end = at + length
        if office.takesSubject {
            // "Director of the Violence Reduction Unit"
            if s.lower(end) == "the", end + 1 < s.count, s[end + 1].capitalised { end += 1 }
            var subject = 0
            while end < s.count, subject < 5,
                s[end].capitalised || (subject > 0 && ["and", "&", "of", "for"].contains(s[end].lower) && end + 1 < s.count && s[end + 1].capitalised)
            {
                if s[end].punctuationBefore == "," { break }
                end += 1
                subject += 1
            }
            guard subject > 0 else { return nil }
        }
        // "The Chief Executive of the Commissioner's Office", "the Chief Executive of the Office of the Police and Crime
        // Commissioner (OPCC)": whose office it is, in capitals after "of the", belongs to how the respondent is written.
        if !office.takesSubject, s.lower(end) == "of" || s.lower(end) == "for", s.lower(end + 1) == "the", end + 2 < s.count, s[end + 2].capitalised {
            var at = end + 2
            let joiners: Set<String> = ["of", "the", "and", "&"]
            func joinsCapitals(_ i: Int) -> Bool {
                var next = i
                while next < s.count, joiners.contains(s[next].lower) { next += 1 }
                return next < s.count && s[next].capitalised
            }
            while at < s.count, at - end < 14, s[at].capitalised || (joiners.contains(s[at].lower) && joinsCapitals(at)),
                s[at].punctuationBefore == nil || s[at].punctuationBefore == "("
            {
                at += 1
            }
            // "the Chief Executive for the Commissioner's office": the owner's office, in lower case.
            if at < s.count, s[at].punctuationBefore == nil, ["office", "team", "staff"].contains(s[at].lower),
                s[at - 1].lower.hasSuffix("'s") || s[at - 1].lower.hasSuffix("’s")
            {
                at += 1
            }
            end = at
        }
        // "The Chief Executive – Office of the Police and Crime Commissioner responded …": whose office, after a dash.
        if !office.takesSubject, end + 1 < s.count, let mark = s[end].punctuationBefore, mark == "–" || mark == "-" || mark == "—",
            s[end].capitalised, ["office", "opcc", "opfcc"].contains(s[end].lower)
        {
            var at = end + 1
            while at < s.count, at - end < 10, s[at].punctuationBefore == nil, s[at].capitalised || ["of", "the", "and", "&", "for"].contains(s[at].lower) {
                at += 1
            }
            end = at
        }
        // "The Chief Executive & Monitoring Officer advised …": one person holding two offices, named by both.
        if end + 1 < s.count, s[end].lower == "&" || s[end].lower == "and", s[end + 1].capitalised,
            let (more, _) = self.office(s, at: end + 1) ?? placedOffice(s, at: end + 1)
        {
            end += 1 + more
        }
        var role = office.role
        // "Clive Manning – Chief Finance Officer (CFO)": a short form the document defines is its office, whatever the
        // same letters stand for elsewhere (a fire service's "CFO").
        if length == 1, at < s.count, let defined = OfficeHolders.current.role(ofCode: s[at].lower) { role = defined }
        if role == .officer, partnerOwner { role = .other }
        if role == .officer, let body = organisation(s, at: end) {
            // "the Head of Community Safety at Darlow Borough Council": whose officer; a partner's answers as `other`.
            end = body.end
            if body.partner { role = .other }
        }
        // "The Deputy Mayor (Policing and Crime) agreed …": what the office covers, in brackets, belongs to how it is written.
        if end < s.count, s[end].punctuationBefore == "(",
            let close = (end + 1..<min(s.count, end + 7)).first(where: { s[$0].punctuationBefore == ")" || s[$0].punctuationBefore == "," }),
            s[close].punctuationBefore == ")", close - end == 1 || (end..<close).contains(where: { !s[$0].capitalised })
        {
            end = close
        }
        // A name after the office: capitalised words that are neither an office nor a verb.
        var name = 0
        while end < s.count, name < 3, s[end].capitalised, s[end].punctuationBefore == nil || s[end].punctuationBefore == "(",
            self.office(s, at: end) == nil, s[end].lower != "and"
        {
            end += 1
            name += 1
        }
        // "The PCC, Lorraine Ashbridge, noted": the name in apposition is part of how the respondent is written.
        let respondent = Respondent(name: QuestionText.trimmed(s.text(index..<end), removing: "() "), role: role)
        return OfficeSubject(respondent: respondent, start: index, end: end)
    }

    /// "at Darlow Borough Council", "from the Tees Valley NHS Trust": the body an officer works for, after the title —
    /// "at" or "from", "the" or not, then capitalised words (joined by "and", "of", "&") — where it ends, and whether
    /// it is a partner agency's (`Vocabulary.partnerBodyWords`) rather than the force's or the Commissioner's.
    static func organisation(_ s: SentenceWords, at index: Int) -> (end: Int, partner: Bool)? {
        guard index + 1 < s.count, s.lower(index) == "at" || s.lower(index) == "from", s[index].punctuationBefore == nil else { return nil }
        var at = index + 1
        if s.lower(at) == "the" { at += 1 }
        let start = at
        var partner = false
        while at < s.count, at - start < 8, s[at].punctuationBefore == nil || s[at].punctuationBefore == "(",
            s[at].capitalised || (["and", "of", "&"].contains(s[at].lower) && at + 1 < s.count && s[at + 1].capitalised && at > start)
        {
            if Vocabulary.partnerBodyWords.contains(s[at].lower) { partner = true }
            at += 1
        }
        guard at > start, s[at - 1].capitalised else { return nil }
        return (at, partner)
    }

    /// "Morgannwg East Police and Crime Commissioner", "Deputy Morgannwg East Police and Crime Commissioner": an office
    /// written in full (three words or more) after the name of its area (up to three capitalised words), "Deputy"
    /// before the area making it the deputy's. Its length in words and the office.
    static func placedOffice(_ s: SentenceWords, at index: Int) -> (Int, Vocabulary.Office)? {
        guard index < s.count, s[index].capitalised else { return nil }
        let deputy = s[index].lower == "deputy"
        var at = deputy ? index + 1 : index
        let placeStart = at
        while at < s.count, at - placeStart < 3, s[at].capitalised, s[at].punctuationBefore == nil || at == index, office(s, at: at) == nil,
            !s[at].flags.contains(.notPerson) || s[at].lower == "deputy" && at == index
        {
            at += 1
        }
        // "The Irwell Vale Combined Authority Treasurer": an officer's title after the body it serves, named in full.
        if at > placeStart, let (length, found) = office(s, at: at), length < 3, found.role == .officer, !found.takesSubject, !deputy,
            Vocabulary.servedBodyNouns.contains(s[at - 1].lower)
        {
            return (at + length - index, found)
        }
        if at - placeStart == 3, at < s.count, s[at].capitalised, s[at].punctuationBefore == nil, !deputy,
            Vocabulary.servedBodyNouns.contains(s[at].lower),
            let (length, found) = office(s, at: at + 1), length < 3, found.role == .officer, !found.takesSubject
        {
            return (at + 1 + length - index, found)
        }
        guard at > placeStart, let (length, found) = office(s, at: at), length >= 3, !found.takesSubject else { return nil }
        if deputy {
            guard found.role == .pcc, let deputyOffice = Vocabulary.offices.first(where: { $0.role == .deputyPCC }) else { return nil }
            return (at + length - index, deputyOffice)
        }
        return (at + length - index, found)
    }

    /// "The Victims' Champion advised …": "the", up to four capitalised words, the last a staff title noun.
    static func staffTitleSubject(_ s: SentenceWords, at index: Int) -> OfficeSubject? {
        guard index + 2 < s.count, s[index].lower == "the" else { return nil }
        var end = index + 1
        while end < s.count, end - index <= 4, s[end].capitalised, end == index + 1 || s[end].punctuationBefore == nil {
            end += 1
            if Vocabulary.staffTitleNouns.contains(s[end - 1].lower) {
                // "the Clerk to the Panel", "the Support Officer for the Panel": whose officer, in capitals.
                if ["to", "of", "for"].contains(s.lower(end) ?? ""), s.lower(end + 1) == "the", end + 2 < s.count, s[end + 2].capitalised,
                    s[end].punctuationBefore == nil
                {
                    end += 3
                    while end < s.count, end - index <= 9, s[end].capitalised, s[end].punctuationBefore == nil { end += 1 }
                } else if ["of", "for"].contains(s.lower(end) ?? ""), end + 1 < s.count, s[end + 1].capitalised, s[end].punctuationBefore == nil,
                    s[end + 1].punctuationBefore == nil
                {
                    // "the Director for Delivery (OPFCC) advised …", "the Director of Finance said …".
                    end += 2
                    while end < s.count, end - index <= 8, s[end].capitalised, s[end].punctuationBefore == nil { end += 1 }
                }
                var role = Role.officer
                if let body = organisation(s, at: end) {
                    end = body.end
                    if body.partner { role = .other }
                } else if end < s.count, s[end].punctuationBefore == ",",
                    let close = (end + 1..<min(s.count, end + 7)).first(where: { s[$0].punctuationBefore == "," }),
                    (end..<close).allSatisfy({ s[$0].capitalised }), (end..<close).contains(where: { Vocabulary.partnerBodyWords.contains(s[$0].lower) })
                {
                    // "The Community Safety Manager, Ousebridge Borough Council, said …": a partner's officer, its body in apposition.
                    role = .other
                }
                let respondent = Respondent(name: s.text(index..<end), role: role)
                return OfficeSubject(respondent: respondent, start: index, end: end)
            }
        }
        return nil
    }

    static func office(_ s: SentenceWords, at index: Int) -> (Int, Vocabulary.Office)? {
        guard index < s.count else { return nil }
        // Every office's first word has a number (`PhraseStarts`): a word without one starts no office.
        let start = s.words[index].phraseStart
        guard start >= 0 else { return nil }
        for (words, office) in Vocabulary.Lists.officesByStart[start] where s.matches(words, at: index) {
            // Acronyms are written in capitals; words of an office start with one ("the Commissioner").
            let first = s[index]
            if words.count == 1, words[0].count <= 4, !s.text[first.range].allSatisfy({ $0.isUppercase || $0 == "/" }) { continue }
            return (words.count, office)
        }
        return nil
    }

    struct MemberSubject {
        var asker: String
        var named: Bool
        /// Members together or the Chair: their questions count, their points do not.
        var body: Bool
        var end: Int
        /// "the Chair" or "the Vice Chair" when the subject holds the chair, named or not ("The Vice-Chair,
        /// Councillor Marcus Allard, asked …" asks as Cllr Marcus Allard but is still the Vice Chair).
        var chair: String? = nil
    }

    /// A member at `index`: "Cllr Ruth Mallory", "Mrs Okafor", "Independent Member Mr Hale", "A Member", "Members", "the Chair".
    static func memberSubject(_ s: SentenceWords, at index: Int) -> MemberSubject? {
        let lists = Vocabulary.Lists.self
        guard index < s.count else { return nil }
        if let name = memberByInitials(s, at: index) {
            return MemberSubject(asker: name, named: true, body: false, end: index + 1)
        }
        if let end = titledMember(s, at: index) {
            return MemberSubject(asker: s.text(index..<end), named: true, body: false, end: skipApposition(s, from: skipPlace(s, from: end)))
        }
        if let (title, length) = memberTitle(s, at: index) {
            if title.isEmpty {
                // "Independent Member Mr Hale", "Independent Member, Mrs Okafor"
                if let named = memberSubject(s, at: index + length), named.named { return named }
                // "Independent member Marion Shefford asked …": a name without a title of its own after it.
                if let named = untitledMember(s, at: index + length, afterTitle: true) { return named }
                return MemberSubject(asker: "a member", named: false, body: false, end: index + length)
            }
            let (names, end) = nameWords(s, from: index + length)
            guard !names.isEmpty else { return nil }
            // "Mr Aspinall informed …" where the document named Mr Aspinall as its Chief Finance Officer.
            if heldOffice(s, at: index) != nil { return nil }
            var asker = title + " " + names
            var finish = end
            // "Cllr Smith and Cllr Jones"
            if s.lower(end) == "and", let second = s.longestMatch(lists.memberTitles, at: end + 1) {
                let (more, moreEnd) = nameWords(s, from: end + 1 + second)
                if !more.isEmpty {
                    asker += " and " + title + " " + more
                    finish = moreEnd
                }
            }
            return MemberSubject(asker: asker, named: true, body: false, end: skipApposition(s, from: skipPlace(s, from: finish)))
        }
        if let length = s.longestMatch(lists.pluralMemberTitles, at: index) {
            let (names, end) = nameWords(s, from: index + length, allowAnd: true)
            guard !names.isEmpty else { return MemberSubject(asker: "members", named: false, body: true, end: index + length) }
            return MemberSubject(asker: "Cllrs " + names, named: true, body: false, end: end)
        }
        if let length = s.longestMatch(lists.chair, at: index) {
            let vice = (index..<(index + length)).contains { s[$0].lower.hasPrefix("vice") || s[$0].lower == "deputy" }
            let chair = vice ? "the Vice Chair" : "the Chair"
            // "The Vice-Chair, Councillor Marcus Allard, asked …": the name says who. ("The Vice-Chairman of the Authority
            // asked …" at a joint meeting: which body's.)
            let after = skipPlace(s, from: index + length)
            if after < s.count, let mark = s[after].punctuationBefore, mark == "," || mark == "(",
                let named = memberSubject(s, at: after), named.named, !named.body, named.chair == nil
            {
                return MemberSubject(asker: named.asker, named: true, body: false, end: named.end, chair: chair)
            }
            // "Vice Chair G Rees asked …", "Chair Cllr Ann Lee asked …": the name straight after the office.
            if after + 1 < s.count, s[after].punctuationBefore == nil, s[after].capitalised {
                if let named = memberSubject(s, at: after), named.named, !named.body, named.chair == nil, memberTitle(s, at: after) != nil {
                    return MemberSubject(asker: named.asker, named: true, body: false, end: named.end, chair: chair)
                }
                if s[after].lower.count == 1, s[after].lower.first?.isLetter == true, s[after + 1].capitalised, s[after + 1].punctuationBefore == nil,
                    office(s, at: after + 1) == nil, !s[after + 1].flags.contains(.notPerson)
                {
                    return MemberSubject(asker: s.text(after..<(after + 2)), named: true, body: false, end: skipApposition(s, from: after + 2), chair: chair)
                }
            }
            return MemberSubject(asker: chair, named: true, body: true, end: skipApposition(s, from: after), chair: chair)
        }
        var at = index
        if let lead = s.longestMatch(lists.oneMemberLeads, at: at) {
            at += lead
            if let noun = s.longestMatch(lists.memberNouns, at: at) {
                return MemberSubject(asker: "a member", named: false, body: false, end: skipApposition(s, from: at + noun))
            }
            return nil
        }
        at = index
        if let lead = s.longestMatch(lists.membersLeads, at: at), s.longestMatch(lists.membersNouns, at: at + lead) != nil { at += lead }
        if let noun = s.longestMatch(lists.membersNouns, at: at) {
            return MemberSubject(asker: "members", named: false, body: true, end: at + noun)
        }
        if s.matches(["the", "panel"], at: index) {
            return MemberSubject(asker: "members", named: false, body: true, end: index + 2)
        }
        return untitledMember(s, at: index)
    }

    /// "RB asked …": the initials the attendance list gave a member (`OfficeHolders.memberCodes`), written in capitals.
    static func memberByInitials(_ s: SentenceWords, at index: Int) -> String? {
        let word = s[index]
        guard word.capitalised, (2...5).contains(word.lower.utf8.count), s.text.utf8[word.range].allSatisfy({ $0 >= 65 && $0 <= 90 }) else { return nil }
        guard let name = OfficeHolders.current.member(ofCode: word.lower), !name.isEmpty else { return nil }
        return name
    }

    /// "Mayor Gavin Pounder asked …" where the attendance list named him among the members (`OfficeHolders`):
    /// where the name ends.
    static func titledMember(_ s: SentenceWords, at index: Int) -> Int? {
        let holders = OfficeHolders.current
        guard !holders.titledMembers.isEmpty, let (surname, end) = OfficeHolders.mayorName(s, at: index, minimumNames: 1),
            holders.isTitledMember(surname)
        else { return nil }
        return end
    }

    /// The member title at `index` as minutebook writes it ("Cllr" for "County Councillor"; "" for a title that names
    /// no one, "Independent Member") and its length in words.
    static func memberTitle(_ s: SentenceWords, at index: Int) -> (title: String, length: Int)? {
        guard index < s.count else { return nil }
        guard let length = s.longestMatch(Vocabulary.Lists.memberTitles, at: index) else {
            // "Kenwick Borough Councillor Jo Baddesley": the council's place, then its kind of councillor.
            for place in 1...2 where index + place < s.count && (index..<(index + place)).allSatisfy({ s[$0].capitalised }) {
                let at = index + place
                guard Vocabulary.councilKinds.contains(s[at].lower), s[at].capitalised,
                    let length = s.longestMatch(Vocabulary.Lists.memberTitles, at: at), length == 2
                else { continue }
                return ("Cllr", place + length)
            }
            // "Avonmere Councillor Tom Ferraby asked …": the council's place alone, as a joint panel names its members.
            if index + 2 < s.count, s[index].capitalised, s[index].lower.count >= 3, !s[index].flags.contains(.notPerson),
                s[index + 1].punctuationBefore == nil,
                s[index + 1].lower == "councillor", s[index + 1].capitalised, s[index + 2].capitalised, office(s, at: index) == nil
            {
                return ("Cllr", 2)
            }
            return nil
        }
        let key = length == 1 ? s[index].lower : (index..<(index + length)).map { s[$0].lower }.joined(separator: " ")
        return (Vocabulary.memberTitles[key] ?? "", length)
    }

    /// Words that start a capitalised subject which is not a person: "Thames Valley Police", "The Home Office".
    static let notPersonWords: Set<String> = [
        "the", "a", "an", "this", "that", "it", "there", "police", "force", "panel", "council",
        "committee", "government", "home", "office", "members", "member", "officers", "item",
        "report", "minutes", "resolved", "in", "on", "at", "for", "with", "following", "during",
        "after", "before", "all", "some", "his", "her", "their", "our", "its", "page", "agenda",
        "mayor", "deputy", "chief", "commissioner", "chair", "chairman", "vice", "independent",
        "he", "she", "they", "we", "i", "you", "questions", "question", "ms", "mr", "mrs", "dr",
    ]

    /// A co-opted member named without a title, as some panels write them: "Hamish Dunstan asked …", "K Fairlamb asked as regards …".
    /// Two or three capitalised words (an initial allowed first) and nothing else before the verb of asking or raising.
    static func untitledMember(_ s: SentenceWords, at index: Int, afterTitle: Bool = false) -> MemberSubject? {
        guard index < s.count, index == 0 || s[index].punctuationBefore == "," || afterTitle else { return nil }
        var end = index
        while end < s.count, end - index < 3, s[end].capitalised, !s[end].flags.contains(.notPerson), office(s, at: end) == nil,
            end == index || s[end].punctuationBefore == nil, end == index || !isPostNominal(s, at: end)
        {
            end += 1
        }
        guard end - index >= 2, end < s.count else { return nil }
        // "Trevor Castleman MBE, Independent Co-opted Member, sought …": the letters after the name are passed over.
        let nameEnd = end
        while end < s.count, s[end].punctuationBefore == nil, isPostNominal(s, at: end) { end += 1 }
        guard end < s.count else { return nil }
        // "Sue Halloran, Independent Member, asked …"; "P Nash, Co-opted Member queried …" (no comma to close it)
        var verbAt = skipApposition(s, from: end)
        if verbAt == end, s[end].punctuationBefore == ",", let (title, length) = memberTitle(s, at: end), title.isEmpty { verbAt = end + length }
        guard verbAt < s.count, !s[verbAt].capitalised,
            s.longestMatch(Vocabulary.Lists.asking, at: verbAt) != nil || s.longestMatch(Vocabulary.Lists.points, at: verbAt) != nil
        else { return nil }
        return MemberSubject(asker: s.text(index..<nameEnd), named: true, body: false, end: verbAt)
    }

    /// A person's name after a title: capitalised words and initials, up to four ("Jane Smith", "J. O'Brien-Smith").
    static func isPostNominal(_ s: SentenceWords, at index: Int) -> Bool {
        Vocabulary.postNominals.contains(s[index].lower) && s.text[s[index].range].allSatisfy { $0.isUppercase }
    }

    static func nameWords(_ s: SentenceWords, from index: Int, allowAnd: Bool = false) -> (String, Int) {
        var end = index
        while end < s.count, end - index < 4 {
            let word = s[end]
            // "Mr Connor Dunseith MLA", "Cllr Ann Lee MBE": letters after a name are not part of it, and are passed over.
            if end > index, isPostNominal(s, at: end) {
                var after = end
                while after < s.count, isPostNominal(s, at: after) { after += 1 }
                return (s.text(index..<end), after)
            }
            // "Question 1 – Councillor Husborne What proportion of …?": the question's first word ends the name.
            if end > index, Vocabulary.questionOpeners.contains(word.lower) { break }
            if word.capitalised, word.punctuationBefore == nil || end == index {
                end += 1
            } else if allowAnd, word.lower == "and", end + 1 < s.count, s[end + 1].capitalised {
                end += 1
            } else {
                break
            }
        }
        // "Councillor Mo Shah's question": the name without the possessive.
        var name = s.text(index..<end)
        if name.hasSuffix("'s") || name.hasSuffix("’s") { name.removeLast(2) }
        return (name, end)
    }

    /// Past an apposition: "Cllr Hale, the Lead Member for Finance, asked …", "Mrs Okafor (Independent Member) asked".
    /// Past where a named member of the public comes from, capitalised, straight after the name: "Mrs Harriet Redbourn
    /// of Ashmere asked …", "Mr Tarring of the Steyncombe Residents' Association".
    static func skipPlace(_ s: SentenceWords, from index: Int) -> Int {
        guard s.lower(index) == "of", s[index].punctuationBefore == nil else { return index }
        var at = index + 1
        if s.lower(at) == "the" { at += 1 }
        let place = at
        while at < s.count, at - place < 5, s[at].capitalised, s[at].punctuationBefore == nil { at += 1 }
        return at > place ? at : index
    }

    static func skipApposition(_ s: SentenceWords, from index: Int) -> Int {
        guard index < s.count, let open = s[index].punctuationBefore, open == "," || open == "(" else { return index }
        var end = index + 1
        while end < s.count, end - index < 12 {
            if let mark = s[end].punctuationBefore, mark == "," || mark == ")" { return end }
            end += 1
        }
        return index
    }

    enum MemberVerb { case ask, point }

    static let adverbs: Set<String> = [
        "also", "further", "then", "subsequently", "however", "additionally", "again", "later", "briefly",
        "specifically", "particularly", "firstly", "secondly", "finally", "both", "jointly", "duly",
        "kindly", "next", "had", "separately", "similarly", "too", "in", "turn", "initially", "lastly",
    ]

    static func skipAdverbs(_ s: SentenceWords, from index: Int) -> Int? {
        var at = index
        while at < s.count, s[at].flags.contains(.adverb) {
            // "in turn" only; "in response" is a lead-in, handled elsewhere.
            if s[at].lower == "in", s.lower(at + 1) != "turn" { break }
            at += 1
        }
        return at < s.count ? at : nil
    }

    /// What a member does after their name: ask, raise a point, or neither (nil), and never "asked members to note".
    static func memberVerb(_ s: SentenceWords, after index: Int) -> MemberVerb? {
        // Past an apposition already ("Ms Okafor, a resident of Wendlebury, attended …" ends at "attended"), a verb
        // after its comma is the verb, not another apposition.
        let pastApposition = index < s.count && !s[index].capitalised && (isVerbLike(s[index].lower) || s[index].flags.contains(.adverb))
        guard let at = skipAdverbs(s, from: pastApposition ? index : skipApposition(s, from: index)) else { return nil }
        return verb(s, at: at)
    }

    /// The verb at `at`: asking, raising a point ("… referred to X and asked whether …" turns into asking), or neither.
    static func verb(_ s: SentenceWords, at: Int) -> MemberVerb? {
        if isDirected(s, at: at) { return nil }
        if s.longestMatch(Vocabulary.Lists.asking, at: at) != nil { return .ask }
        if s.longestMatch(Vocabulary.Lists.points, at: at) != nil { return turnsToAsking(s, from: at + 1) ? .ask : .point }
        // "Ms Okafor attended the meeting and, through the Chair, asked the PCC …": another verb, then asking.
        if at < s.count, !s[at].capitalised, isVerbLike(s[at].lower), turnsToAsking(s, from: at + 1) { return .ask }
        return nil
    }

    /// Members together or the Panel raising a concern or a challenge ("The Panel raised concern over …") rather
    /// than noting or welcoming: answered, it is their question.
    static func raisesConcern(_ s: SentenceWords, after index: Int) -> Bool {
        guard let at = skipAdverbs(s, from: index) else { return false }
        let strong = ["raised", "expressed", "queried", "questioned", "challenged", "sought", "pressed", "voiced", "indicated"]
        return strong.contains(s[at].lower)
    }

    /// A verb standing first, under a member's name: "Asked whether …", "Sought clarification …", "Raised concern …".
    static func bareVerb(_ s: SentenceWords, at index: Int) -> MemberVerb? {
        guard index < s.count, s[index].capitalised || index > 0 else { return nil }
        let at = ["also", "further", "additionally", "then"].contains(s[index].lower) ? index + 1 : index
        return verb(s, at: at)
    }

    /// Asking someone at the meeting to do something, not asking a question: "asked members to note …", "asked
    /// Cllr Dennett to hold his question until then", "requested Mr Hale to …".
    static func isDirected(_ s: SentenceWords, at index: Int) -> Bool {
        if s.longestMatch(Vocabulary.Lists.directed, at: index) != nil { return true }
        // "asked whether Mr Pellow wished to clarify any of his answers": running the meeting.
        if s.lower(index) == "asked", ["whether", "if"].contains(s.lower(index + 1) ?? ""),
            (index + 2..<min(s.count, index + 8)).contains(where: { ["wished", "wanted"].contains(s[$0].lower) && s.lower($0 + 1) == "to" })
        {
            return true
        }
        // "Councillor Tudhoe asked the Monitoring Officer whether …": a question to the Panel's own officer is the Panel's business.
        if s.lower(index) == "asked", let office = officeSubject(s, at: index + 1), Vocabulary.isPanelOfficer(office.respondent.name) { return true }
        // "Members asked for the estate review to be scheduled for October": the Panel's own programme, not a question.
        if ["asked", "requested"].contains(s.lower(index) ?? ""), s.lower(index + 1) == "for",
            let to = (index + 2..<min(s.count, index + 10)).first(where: { s[$0].lower == "to" && s.lower($0 + 1) == "be" }),
            Vocabulary.schedulingParticiples.contains(s.lower(to + 2) ?? "")
        {
            return true
        }
        guard ["asked", "requested", "invited"].contains(s.lower(index) ?? ""), let member = memberSubject(s, at: index + 1), member.named else { return false }
        return s.lower(member.end) == "to"
    }

    /// "… referred to X and asked whether …", "…, asking whether …": a point that turns into asking, by the same subject.
    static func turnsToAsking(_ s: SentenceWords, from index: Int) -> Bool {
        var at = index
        while let found = s.firstMatch(Vocabulary.Lists.asking, from: at) {
            let before = found.at > 0 ? s[found.at - 1].lower : ""
            let joined =
                ["and", "then", "but", "also", "further", "before"].contains(before) || s[found.at].punctuationBefore == ","
                || s[found.at].punctuationBefore == ";"
            if joined, !isDirected(s, at: found.at) { return true }
            at = found.at + 1
        }
        return false
    }

    /// The office a question is put to: "asked the Chief Constable whether", "a question to the PCC".
    static func addressee(_ s: SentenceWords, from index: Int) -> Role? {
        addressedOffice(s, from: index)?.role
    }

    /// The office a question is put to, as the sentence writes it ("the Chief Constable").
    static func addressedOffice(_ s: SentenceWords, from index: Int) -> Respondent? {
        var at = index
        while at < s.count {
            if ["asked", "queried", "questioned", "pressed", "challenged", "of", "to", "from", "sought"].contains(s[at].lower),
                let office = officeSubject(s, at: at + 1)
            {
                return office.respondent
            }
            at += 1
        }
        return nil
    }

    /// "He explained that …", "She confirmed that …" right after a question put to an office: a pronoun, then a verb
    /// only a reply uses (not "said" or "added", which the member asking may go on with).
    static func isPronounReply(_ segment: String) -> Bool {
        let s = SentenceWords(QuestionText.prefix(segment, 80))
        guard s.count >= 3, ["he", "she", "they"].contains(s[0].lower), let verb = skipAdverbs(s, from: 1) else { return false }
        return [
            "replied", "responded", "explained", "confirmed", "advised", "informed", "assured", "acknowledged", "undertook",
            "agreed", "answered", "reported", "clarified", "accepted", "outlined",
        ].contains(s[verb].lower)
    }

    // MARK: - Answers: the parts

    /// A lead-in that says a reply follows: its end, whether it mentions a question, and who asked it.
    struct ResponseLead {
        var subjectAt: Int
        var mentionsQuestion: Bool
        var asker: String?
        var named: Bool
        /// No comma closes the lead ("In response to a query the Commissioner commented …"): it stays with the answer.
        var unclosed = false
    }

    /// "Asked about the timetable for the station, the Deputy Commissioner said …": a participle saying the office was
    /// asked, closed by a comma, then the office answering. Without the comma and the office ("Asked whether the
    /// Commissioner would publish …" under a member's name) it is a member asking, not a lead.
    /// Where a lead-in clause starting at `start` ends: at the first comma within 25 words, or past that (no comma).
    static func leadClauseEnd(_ s: SentenceWords, from start: Int) -> Int {
        var end = start
        while end < s.count, end < start + 25, s[end].punctuationBefore != "," { end += 1 }
        return end
    }

    static func askedLead(_ s: SentenceWords) -> ResponseLead? {
        guard let length = s.longestMatch(Vocabulary.Lists.askedLeads, at: 0) else { return nil }
        var end = leadClauseEnd(s, from: length)
        guard end < s.count, end < length + 25, let office = officeSubject(s, at: end), answerVerb(s, after: office.end) != nil else { return nil }
        return ResponseLead(subjectAt: end, mentionsQuestion: true, asker: nil, named: false, unclosed: true)
    }

    static func responseLead(_ s: SentenceWords) -> ResponseLead? {
        guard let length = s.longestMatch(Vocabulary.Lists.responseLeads, at: 0) else { return askedLead(s) }
        var end = leadClauseEnd(s, from: length)
        var unclosed = false
        // "In response the Chief Executive advised that numbers were unchanged, although …": no comma after the lead,
        // the office answering straight after it, and a comma later in the answer.
        if end < s.count, end < length + 25, s[length].punctuationBefore != ",", let office = officeSubject(s, at: length),
            answerVerb(s, after: office.end) != nil
        {
            end = length
        } else if end >= s.count || end >= length + 25 {
            // "In response the PCC said …": no comma.
            end = length
            if s.lower(end) == "to" {
                // "In response to a query the Commissioner commented that …": no comma either; the answer starts at the office.
                guard
                    let office = (end + 1..<min(s.count, end + 16)).first(where: { at in
                        officeSubject(s, at: at).map { answerVerb(s, after: $0.end) != nil } ?? false
                    }), (end..<office).contains(where: { s[$0].flags.contains(.questionNoun) })
                else { return nil }
                end = office
                unclosed = true
            }
        }
        // "Responding to Councillor Mossley, who had asked about false alarms, the Chief Fire Officer said …": the
        // relative clause says what was asked; the answer's subject comes after it.
        var relativeAsks = false
        if end < s.count, s.lower(end) == "who" {
            var close = end + 1
            while close < s.count, close < end + 30, s[close].punctuationBefore != "," {
                if s.longestMatch(Vocabulary.Lists.asking, at: close) != nil { relativeAsks = true }
                close += 1
            }
            if relativeAsks, close < s.count { end = close } else { relativeAsks = false }
        }
        let clause = length..<end
        var mentionsQuestion = relativeAsks
        var asker: String?
        var named = false
        var index = clause.lowerBound
        while index < clause.upperBound {
            if s[index].flags.contains(.questionNoun) { mentionsQuestion = true }
            if asker == nil, let member = memberSubject(s, at: index), !member.asker.hasPrefix("the") || member.named {
                asker = member.asker
                named = member.named
                mentionsQuestion = true
                index = max(index + 1, member.end)
                continue
            }
            // "a question from Tom Arbuthnott on …": a member named without a title.
            if asker == nil, s[index].lower == "from", index + 2 < clause.upperBound, s[index + 1].capitalised, s[index + 2].capitalised,
                office(s, at: index + 1) == nil, !s[index + 1].flags.contains(.notPerson), memberSubject(s, at: index + 1) == nil
            {
                let (name, end) = nameWords(s, from: index + 1)
                if !name.isEmpty, !name.contains(" of "), end - index - 1 <= 3 {
                    asker = name
                    named = true
                    mentionsQuestion = true
                    index = end
                    continue
                }
            }
            if s[index].lower == "members'" || s[index].lower == "member's" {
                mentionsQuestion = true
                asker = asker ?? (s[index].lower == "members'" ? "members" : "a member")
            }
            index += 1
        }
        return ResponseLead(subjectAt: end, mentionsQuestion: mentionsQuestion, asker: asker, named: named, unclosed: unclosed)
    }

    /// "Panel members then questioned the Commissioner and the Chief Constable.": members asking, and nothing asked but
    /// whom (an introduction to the questions that follow).
    static func onlyNamesWhomItAsks(_ sentence: String) -> Bool {
        let s = SentenceWords(QuestionText.prefix(sentence, 160))
        guard let verb = s.words.firstIndex(where: { ["questioned", "asked", "quizzed", "queried"].contains($0.lower) }) else { return false }
        var at = verb + 1
        var offices = 0
        while at < s.count, let office = officeSubject(s, at: at) {
            offices += 1
            at = office.end
            if s.lower(at) == "and" { at += 1 }
        }
        // "… on the report", "… on the proposals": what about, not what was asked.
        if at < s.count, s[at].lower == "on", at + 3 >= s.count { at = s.count }
        return offices > 0 && at >= s.count
    }

    /// "… invited Deputy Chief Constable Freer to respond", "… asked the Deputy Mayor to answer": the office a question
    /// was handed to.
    static func handedTo(_ s: SentenceWords, after index: Int) -> Respondent? {
        guard let at = skipAdverbs(s, from: index), ["invited", "asked", "requested", "ask", "invite"].contains(s[at].lower),
            let office = officeSubject(s, at: at + 1), s.lower(office.end) == "to",
            let verb = s.lower(office.end + 1), Vocabulary.Lists.handOverVerbs.contains(verb)
        else { return nil }
        return office.respondent
    }

    /// ", in response to a question [from Cllr X]," after an office: the question it implies.
    static func impliedClause(_ s: SentenceWords, after index: Int) -> (end: Int, asker: String?, named: Bool)? {
        guard index < s.count, s[index].lower == "in", ["response", "reply", "answer"].contains(s.lower(index + 1) ?? ""),
            s.lower(index + 2) == "to"
        else { return nil }
        var end = index + 3
        var mentions = false
        var asker: String?
        var named = false
        while end < s.count, end < index + 20, s[end].punctuationBefore != "," || end == index + 3 {
            if s[end].flags.contains(.questionNoun) { mentions = true }
            if asker == nil, let member = memberSubject(s, at: end), member.named || !member.asker.hasPrefix("the") {
                asker = member.asker
                named = member.named
                mentions = true
            }
            if isVerbLike(s[end].lower), !["made", "raised", "asked", "put", "posed", "concerned"].contains(s[end].lower) { break }
            end += 1
        }
        guard mentions else { return nil }
        return (end, asker, named)
    }

    enum Passive { case asked, other }

    /// "was asked", "were thanked", "had been questioned" after an office.
    static func passive(_ s: SentenceWords, after index: Int) -> Passive? {
        var at = index
        if s.lower(at) == "and", let second = officeSubject(s, at: at + 1) { at = second.end }
        guard let be = s.lower(at), ["was", "were", "had", "is", "are"].contains(be) else { return nil }
        at += 1
        if s.lower(at) == "been" { at += 1 }
        if s.lower(at) == "also" { at += 1 }
        if s.longestMatch(Vocabulary.Lists.passiveAsking, at: at) != nil, s.lower(at + 1) != "to" { return .asked }
        if s.longestMatch(Vocabulary.Lists.passiveNotAnswer, at: at) != nil { return .other }
        return nil
    }

    /// The verb of an answer after an office, past adverbs, a joint office ("The PCC and the Chief Constable
    /// said"), a name in apposition and "in response,": its position, or nil when no verb follows.
    static func answerVerb(_ s: SentenceWords, after index: Int) -> Int? {
        // A verb right after the comma closes an apposition already read ("Mark Strethall, Chief Executive, advised
        // that …, none of which …"): it is the verb, not the start of another apposition.
        let verbAfterComma = index < s.count && !s[index].capitalised && isVerbLike(s[index].lower)
        var at = verbAfterComma ? index : skipApposition(s, from: index)
        // "The Head of Business Services, OPCC, L Carr noted …": a second apposition, then the person's name.
        // A verb after the comma is the answer itself ("The Deputy Chief Constable, Lucy Carbery, confirmed that …, the same"), not more apposition.
        while at < s.count, s[at].punctuationBefore == ",", !isVerbLike(s[at].lower), skipApposition(s, from: at) > at { at = skipApposition(s, from: at) }
        var name = at
        while name < s.count, name - at < 3, s[name].capitalised, s[name].punctuationBefore == nil || name == at { name += 1 }
        if name > at, name < s.count, isVerbLike(s[name].lower), !s[name].capitalised { at = name }
        if s.lower(at) == "and", let second = officeSubject(s, at: at + 1) { at = second.end }
        if let lead = s.longestMatch(Vocabulary.Lists.responseLeads, at: at) {
            // "The PCC, in response, said …", "The Chief Constable in response to the points made about X reported …"
            at += lead
            while at < s.count, at < index + 20, s[at].punctuationBefore != ",",
                !isVerbLike(s[at].lower) || ["made", "raised", "asked", "put", "posed", "expressed", "voiced"].contains(s[at].lower)
            {
                at += 1
            }
        }
        guard let verb = skipAdverbs(s, from: at) else { return nil }
        let word = s[verb]
        guard !word.capitalised || verb == 0 else { return nil }
        // "The PCC thanked Councillor Hart for her question and explained …": the answer is what follows the thanks.
        if word.lower == "thanked" { return thanksThenAnswer(s, thanked: verb) }
        // "The Commissioner asked the Panel to consider …", "invited members to …": the office asking, not answering.
        if ["invited", "urged", "encouraged", "introduced", "presented", "welcomed"].contains(word.lower) { return nil }
        if ["asked", "requested"].contains(word.lower), s.longestMatch(Vocabulary.Lists.directed, at: verb) != nil, s.lower(verb + 1) != "that" { return nil }
        // "Mr Pellow asked when he would learn the outcome": an office asking a question is not answering one.
        if ["asked", "queried", "enquired", "inquired"].contains(word.lower),
            ["when", "whether", "how", "what", "why", "if", "about", "for"].contains(s.lower(verb + 1) ?? "")
        {
            return nil
        }
        return isVerbLike(word.lower) ? verb : nil
    }

    /// An office's thanks that open its reply: the verb after "and" in the same sentence ("thanked Cllr Hart for the
    /// question and explained that …"), or the thanks itself when they go to one member or are for the question, so the
    /// words after them answer ("The Deputy PCC thanked Cllr Hart. The wait was now four minutes."). Thanks to the Panel,
    /// to members for their questions or to the police for their work answer nothing.
    static func thanksThenAnswer(_ s: SentenceWords, thanked: Int) -> Int? {
        var at = thanked + 1
        while at < s.count {
            if s[at].lower == "and", let verb = skipAdverbs(s, from: at + 1), !s[verb].capitalised, isVerbLike(s[verb].lower),
                !Vocabulary.notAnswering.contains(s[verb].lower)
            {
                return verb
            }
            at += 1
        }
        if let member = memberSubject(s, at: thanked + 1), member.asker != "members", member.chair == nil { return thanked }
        let forTheQuestion = (thanked + 1..<s.count).contains { ["question", "query"].contains(s[$0].lower) }
        return forTheQuestion ? thanked : nil
    }

    static let irregularVerbs: Set<String> = [
        "said", "told", "gave", "felt", "thought", "took", "made", "spoke", "would", "could", "did", "does", "do", "was", "were",
        "is", "are", "had", "has", "have", "will", "can", "may", "might", "must", "should", "went", "set", "understood", "undertook",
        "saw", "knew", "drew", "sought", "says", "reports", "explains", "confirms", "notes", "responds", "replies", "advises",
        "believes", "feels", "thinks", "accepts", "agrees", "stated", "wrote", "shown", "showed", "gone", "put", "led", "read",
        "kept", "held", "met", "paid", "brought", "bought", "found", "got", "hoped", "rose", "fell", "stood", "spent", "sent", "won",
        "cannot", "shared", "outlined", "committed", "offered", "accepted", "assured", "reassured", "agreed", "acknowledged",
    ]

    static func isVerbLike(_ lower: String) -> Bool {
        if irregularVerbs.contains(lower) { return true }
        return lower.count > 4 && lower.hasSuffix("ed") && !["need", "speed", "seed", "breed", "creed"].contains(lower)
    }

    /// A sentence that goes on with a reply already begun: a pronoun reporting more ("He added that …", "She
    /// further explained …"), or the same office doing so ("The Commissioner added …").
    static func continuesReply(_ sentence: String, respondent: Respondent?) -> Bool {
        let s = SentenceWords(sentence)
        guard s.count >= 3 else { return false }
        let continuing: Set<String> = [
            "added", "continued", "further", "also", "went", "explained", "confirmed", "stated", "noted", "reported",
            "said", "clarified", "emphasised", "emphasized", "stressed", "acknowledged", "undertook", "advised", "highlighted",
            "told", "informed", "indicated", "assured", "outlined", "pointed",
        ]
        if ["he", "she", "they"].contains(s[0].lower) {
            if continuing.contains(s[1].lower) { return true }
            // "She was confident that …", "He would report back …", "They hoped to …": reported speech goes on with
            // the reply; asking, or raising a point, is the member again ("She asked whether …", "He referred to …").
            guard let verb = skipAdverbs(s, from: 1), !s[verb].capitalised, isVerbLike(s[verb].lower) else { return false }
            if Vocabulary.notAnswering.contains(s[verb].lower) || s.longestMatch(Vocabulary.Lists.points, at: verb) != nil { return false }
            return !s.words.indices.contains { s.longestMatch(Vocabulary.Lists.asking, at: $0) != nil }
        }
        if let office = officeSubject(s, at: 0), office.respondent.role == respondent?.role, office.end < s.count,
            ["added", "continued", "further", "also", "went"].contains(s[office.end].lower)
        {
            return true
        }
        return false
    }

    // MARK: - Speakers

    /// Words of which every speaking subject holds at least one: a word (other than "the", "a", "of" …) of each
    /// office, member title, member noun, Chair phrase and staff title, and the verbs an untitled member asks or
    /// raises a point with. A sentence with none of them has no speaker, and most sentences of a report have none.
    static let speakerWords: Set<String> = {
        let stop: Set<String> = ["the", "a", "an", "of", "and", "&", "for", "to", "on", "in"]
        let phrases =
            Vocabulary.offices.flatMap(\.phrases) + Array(Vocabulary.memberTitles.keys) + Vocabulary.pluralMemberTitles
            + Vocabulary.memberNouns + Vocabulary.membersNouns + Vocabulary.chairPhrases + Vocabulary.askingVerbs
            + Vocabulary.pointVerbs + Array(Vocabulary.staffTitleNouns) + ["the panel"]
        var words = Set<String>()
        for phrase in phrases {
            let all = phrase.split(separator: " ").map(String.init)
            let kept = all.filter { !stop.contains($0) }
            words.formUnion(kept.isEmpty ? all : kept)
        }
        return words
    }()

    /// Who speaks in one sentence, in order: the subject (an office answering or stating, a member asking or
    /// raising a point, the Chair), a second office in a joint subject, and an office answering inside the sentence.
    static func speakers(in sentence: String) -> [Speaker] {
        let s = SentenceWords(sentence)
        guard s.count >= 2, s.words.contains(where: { $0.flags.contains(.speaker) }) else { return [] }
        var found: [Speaker] = []
        func add(_ speaker: Speaker) { if !found.contains(speaker) { found.append(speaker) } }
        func addOffice(_ office: OfficeSubject) {
            add(Speaker(office: office.respondent))
            // "The PCC and the Chief Constable said …"
            if s.lower(office.end) == "and", let second = officeSubject(s, at: office.end + 1), answerVerb(s, after: second.end) != nil {
                add(Speaker(office: second.respondent))
            }
        }
        if let lead = responseLead(s) {
            if let office = officeSubject(s, at: lead.subjectAt), answerVerb(s, after: office.end) != nil { addOffice(office) }
        } else {
            for start in subjectStarts(s) {
                if let office = officeSubject(s, at: start) {
                    if passive(s, after: office.end) != nil { break }
                    if answerVerb(s, after: office.end) != nil || impliedClause(s, after: office.end) != nil
                        || ["asked", "invited", "thanked", "welcomed", "introduced", "presented", "requested"].contains(
                            s.lower(skipAdverbs(s, from: office.end) ?? s.count) ?? "")
                    {
                        addOffice(office)
                        break
                    }
                    continue
                }
                if let member = memberSubject(s, at: start), memberVerb(s, after: member.end) != nil || member.body && raisesConcern(s, after: member.end) {
                    if let chair = member.chair {
                        add(Speaker(name: chair == "the Chair" ? "Chair" : "Vice Chair", role: .chair))
                    } else if member.asker == "members" {
                        add(Speaker(name: "members", role: .member))
                    } else {
                        add(Speaker(name: member.asker, role: .member))
                    }
                    break
                }
            }
        }
        if let inside = answerInside(s)?.respondent { add(Speaker(office: inside)) }
        return found
    }
}
