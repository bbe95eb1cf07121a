import Foundation

/// A sentence that opens (or continues) a member's question.
struct AskerCue {
    enum Kind {
        /// A new question: "Cllr Hayes referred to …", "A question was asked whether …", "Members asked when …".
        case opening
        /// "He asked the PCC whether …": the asker of the question in hand, asking again.
        case pronoun
        /// "In response to a question, the PCC informed …": the question is only implied; the sentence is the answer.
        case implied(Respondent, answer: String)
    }

    var kind: Kind
    /// "Cllr Hayes", "a member", "members", "the Chairman"; empty for a pronoun.
    var asker: String
    /// A named asker: a later cue with the same name is the same person.
    var named: Bool
    /// Asked, queried, sought … (a question even if no answer is recorded); false for "referred to",
    /// "commented", which are questions only when someone answers them.
    var asks: Bool
    /// The office the question was put to, when the sentence says ("asked the Chief Constable whether").
    var addressee: RespondentRole?
}

/// Recognises who asks: named councillors, unnamed members, passive questions ("The PCC was asked for
/// his view on …", "Information was requested on …") and implied ones ("In response to a question, …").
enum AskerRecognizer {
    /// A councillor's name after the title: "Hayes", "Jane Smith", "Mrs J. Smith", "Smith and Cllr Jones".
    static let councillorName = #"[A-Z][\p{L}'’\-]*\.?(?:\s+[A-Z][\p{L}'’\-]*\.?){0,3}(?:\s+(?:and|&)\s+(?:(?:Cllr\.?|Councillor)\s+)?[A-Z][\p{L}'’\-]*(?:\s+[A-Z][\p{L}'’\-]*)?)?"#
    static let councillor = #"(?:Cllrs?\.?|Councillors?)\s+"# + councillorName
    static let member = #"(?:[Aa]|[Oo]ne|[Aa]nother|[Aa]\s+further|[Tt]he\s+other)\s+(?:Panel\s+)?[Mm]ember(?:\s+of\s+the\s+Panel)?"#
    static let members = #"(?:(?:[Ss]ome|[Ss]everal|[Oo]ther|[Tt]he)\s+)?(?:Panel\s+)?[Mm]embers(?:\s+of\s+the\s+Panel)?|[Tt]he\s+Panel"#
    static let chair = #"[Tt]he\s+(?:Vice[- ])?Chair(?:man|woman|person)?"#
    static let asker = "(?:" + councillor + "|" + member + "|" + members + "|" + chair + ")"
    /// One person: a councillor or "a Member". Their points count when answered.
    static let onePerson = "(?:" + councillor + "|" + member + ")"
    /// Members together, the Panel, the chair: only their questions count ("Members noted the report" is not one).
    static let body = "(?:" + members + "|" + chair + ")"

    /// Verbs of asking: a question even when no answer is minuted.
    static let askingVerbs = #"(?:asked(?!\s+that)|queried|questioned|enquired|inquired|sought|requested|wished\s+to\s+know|wanted\s+to\s+know|challenged|pressed|probed)\b"#
    /// Verbs of raising a point: a question only when the minutes record an answer to it.
    static let pointVerbs = #"(?:asked\s+that|referred|referenced|raised|commented|commended|highlighted|noted|expressed|pointed\s+out|suggested|mentioned|observed|stated|said|felt|drew\s+attention|spoke|remarked|emphasi[sz]ed|stressed|voiced|was\s+concerned|believed|argued)\b"#

    /// An optional lead-in before the subject: "Related to this, …", "During discussion, …". It can only end at the
    /// first comma, so the possessive `{0,80}+` matches just what a lazy `{0,80}?` would, with no backtracking.
    static let lead = #"(?:[A-Z][^,]{0,80}+,\s+)?"#
    static let adverb = #"(?:(?:also|further|then|subsequently|specifically|particularly|additionally)\s+)?"#

    // Gates (see `QuestionGate`): the words each pattern cannot match without, checked before the regex runs.
    static let personAsks = TextPattern(lead + "(?<asker>" + onePerson + #")\s+"# + adverb + "(?:(?<ask>" + askingVerbs + ")|" + pointVerbs + ")",
                                        gate: QuestionGate(["Cllr", "Councillor", "ember"]),
                                        tokenGate: TokenGate([[["Cllr", "Cllrs", "Councillor", "Councillors"]],
                                                              [["A", "a", "One", "one", "Another", "another", "further", "other", "Panel"],
                                                               ["Member", "member"]]]))
    static let bodyAsks = TextPattern(lead + "(?<asker>" + body + #")\s+"# + adverb + "(?<ask>" + askingVerbs + ")",
                                      gate: QuestionGate(masks: QuestionWords.mask(["ember", "Panel", "Chair"]), QuestionWords.askingVerbs),
                                      tokenGate: TokenGate([[["Members", "members"]], [["The", "the"], ["Panel"]],
                                                            [["Chair", "Chairman", "Chairwoman", "Chairperson"]]]))
    static let pronoun = TextPattern(lead + #"(?:[Hh]e|[Ss]he|[Tt]he\s+(?:Councillor|Member))\s+"# + adverb + askingVerbs,
                                     gate: QuestionGate(masks: QuestionWords.askingVerbs),
                                     tokenGate: TokenGate([[["He", "he", "She", "she"]], [["The", "the"], ["Councillor", "Member"]]]))
    /// "Asked whether …" under a councillor's name (the asker-heading layout).
    static let bareVerb = TextPattern(#"(?:Also\s+|Further\s+)?(?:(?<ask>Asked(?!\s+that)|Queried|Questioned|Enquired|Inquired|Sought|Requested|Pressed|Challenged|Wished|Wanted)|Asked\s+that|Raised|Referred|Commented|Highlighted|Noted|Expressed|Suggested|Welcomed)\b"#,
        gate: QuestionGate().startingWith(["Also", "Further", "Asked", "Queried", "Questioned", "Enquired", "Inquired", "Sought", "Requested",
                                           "Pressed", "Challenged", "Wished", "Wanted", "Raised", "Referred", "Commented", "Highlighted",
                                           "Noted", "Expressed", "Suggested", "Welcomed"]))

    static let passiveQuestion = TextPattern(lead + #"(?:(?:[Aa]|[Oo]ne|[Aa]nother|[Tt]he|[Aa]\s+further|[Aa]\s+supplementary|[Ff]urther)\s+(?:(?:further|supplementary|specific|related)\s+)?(?:question|query)(?:\s+(?:from|by)\s+(?<asker>"# + asker + #"))?\s+(?:was|had\s+been)|(?<plural>[Qq]uestions|[Qq]ueries)(?:\s+(?:from|by)\s+(?<asker2>"# + asker + #"))?\s+(?:were|had\s+been))\s+(?:also\s+)?(?:asked|raised|put|posed|made)\b"#,
        gate: QuestionGate(["uestion", "uer"]))
    static let itWasAsked = TextPattern(lead + #"[Ii]t\s+was\s+(?:also\s+)?(?:asked|queried|questioned|enquired|inquired)\s+(?:whether|if|what|how|why|when|where|who|which|about)\b"#,
        gate: QuestionGate(["asked", "queried", "questioned", "enquired", "inquired"]),
        tokenGate: TokenGate([[["It", "it"], ["was"], ["also", "asked", "queried", "questioned", "enquired", "inquired"]]]))
    static let informationRequested = TextPattern(lead + #"(?:[Ff]urther\s+)?(?:[Ii]nformation|[Cc]larification|[Aa]ssurance|[Dd]etails|[Aa]n?\s+update|[Cc]onfirmation|[Aa]n\s+explanation|[Ff]igures|[Dd]ata)\s+(?:was|were|had\s+been)\s+(?:also\s+)?(?:requested|sought|asked\s+for)\b"#,
        gate: QuestionGate(["requested", "sought", "asked"]),
        tokenGate: TokenGate([[["Information", "information", "Clarification", "clarification", "Assurance", "assurance", "Details", "details",
                                "update", "Confirmation", "confirmation", "explanation", "Figures", "figures", "Data", "data"],
                               ["was", "were", "had"]]]))
    static let respondentAsked = TextPattern(lead + "(?<resp>" + RespondentRecognizer.office + #")\s+(?:was|were|had\s+been)\s+(?:also\s+)?(?:asked|questioned|queried|challenged|pressed)\b"#,
        gate: QuestionGate(masks: QuestionWords.office, QuestionWords.mask(["asked", "questioned", "queried", "challenged", "pressed"])),
        tokenGate: TokenGate([[["was", "were", "been"], ["also", "asked", "questioned", "queried", "challenged", "pressed"]]]))

    static let questionWords = #"(?:(?:an?|the|further|several|various|some|two|a\s+number\s+of)\s+)?(?:(?:further|supplementary|related|separate)\s+)?(?:questions?|quer(?:y|ies))"#
    /// "In response to a question [from Cllr X] [about Y], the PCC informed …"
    static let impliedBefore = TextPattern(
        #"(?<lead>(?:In\s+(?:response|reply|answer)\s+to|Responding\s+to|Replying\s+to)\s+(?:"# + questionWords
            + #"(?:\s+(?:from|by)\s+(?<asker>"# + asker + #"))?|(?<asker2>"# + asker + #")(?:['’]s?\s+(?:questions?|quer(?:y|ies)))?)"#
            + #"(?:\s+(?:about|on|regarding|concerning|around|relating\s+to)\s+[^,]{1,100}?)?,?\s+)"#
            + "(?<resp>" + RespondentRecognizer.office + #")\s+"# + RespondentRecognizer.adverb + RespondentRecognizer.answerVerbs,
        gate: QuestionGate(masks: QuestionWords.office).startingWith(["In", "Responding", "Replying"]))
    /// "The PCC in response to a question[ from Cllr X], reported …"
    static let impliedAfter = TextPattern(
        "(?<resp>" + RespondentRecognizer.office + #"),?\s+in\s+(?:response|reply|answer)\s+to\s+"# + questionWords
            + #"(?:\s+(?:from|by)\s+(?<asker>"# + asker + #"))?[^,]{0,100}?,?\s+"# + RespondentRecognizer.adverb + RespondentRecognizer.answerVerbs,
        gate: QuestionGate(masks: QuestionWords.office, QuestionWords.mask(["response", "reply", "answer"]), QuestionWords.mask(["uestion", "uer"])))

    /// A line that is only a councillor's name: "Councillor Jane Smith:", "Cllr Hayes (Oxfordshire)".
    static let nameLine = TextPattern("^(?<asker>" + councillor + #")\s*(?:\([^)]{1,60}\))?\s*:?-?$"#,
                                      gate: QuestionGate().startingWith(["Cllr", "Councillor"]))

    // MARK: - Reading

    /// The cue `segment` opens with, if any. `headingAsker` is the councillor whose name heads the
    /// current list, for bullets that start with a bare verb ("Asked whether …").
    static func cue(in segment: String, headingAsker: String?) -> AskerCue? {
        cue(in: segment, headingAsker: headingAsker, words: QuestionWords.found(in: segment))
    }

    /// `words`: the gate words of `segment` (`QuestionWords.found(in:)`).
    static func cue(in segment: String, headingAsker: String?, words: UInt64) -> AskerCue? {
        if let cue = impliedCue(in: segment, words: words) { return cue }
        if let cue = passiveCue(in: segment, words: words) { return cue }
        if let match = personAsks.prefixMatch(in: segment, words: words) ?? bodyAsks.prefixMatch(in: segment, words: words),
           let asker = match.group("asker") {
            let name = normalisedAsker(asker)
            return AskerCue(kind: .opening, asker: name, named: name.hasPrefix("Cllr"), asks: match.range("ask") != nil,
                            addressee: RespondentRecognizer.addressee(of: segment, words: words))
        }
        if let asker = headingAsker, let match = bareVerb.prefixMatch(in: segment, words: words) {
            return AskerCue(kind: .opening, asker: asker, named: true, asks: match.range("ask") != nil,
                            addressee: RespondentRecognizer.addressee(of: segment, words: words))
        }
        if pronoun.prefixMatch(in: segment, words: words) != nil {
            return AskerCue(kind: .pronoun, asker: "", named: false, asks: true,
                            addressee: RespondentRecognizer.addressee(of: segment, words: words))
        }
        return nil
    }

    /// "In response to a question, the PCC informed the Panel …" and "The PCC in response to a question, reported …".
    static func impliedCue(in segment: String, words: UInt64? = nil) -> AskerCue? {
        let words = words ?? QuestionWords.found(in: segment)
        if let match = impliedBefore.prefixMatch(in: segment, words: words), let resp = match.range("resp") {
            let asker = (match.group("asker") ?? match.group("asker2")).map(normalisedAsker) ?? "a member"
            let respondent = Respondent(name: String(segment[resp]), role: RespondentRecognizer.role(of: String(segment[resp])))
            return AskerCue(kind: .implied(respondent, answer: String(segment[resp.lowerBound...])), asker: asker,
                            named: asker.hasPrefix("Cllr"), asks: true, addressee: respondent.role)
        }
        if let match = impliedAfter.prefixMatch(in: segment, words: words), let resp = match.range("resp") {
            let asker = match.group("asker").map(normalisedAsker) ?? "a member"
            let respondent = Respondent(name: String(segment[resp]), role: RespondentRecognizer.role(of: String(segment[resp])))
            return AskerCue(kind: .implied(respondent, answer: segment), asker: asker,
                            named: asker.hasPrefix("Cllr"), asks: true, addressee: respondent.role)
        }
        return nil
    }

    /// Questions minuted without their asker: "A question was asked whether …", "The PCC was asked for his view on …".
    static func passiveCue(in segment: String, words: UInt64? = nil) -> AskerCue? {
        let words = words ?? QuestionWords.found(in: segment)
        if let match = passiveQuestion.prefixMatch(in: segment, words: words) {
            let named = (match.group("asker") ?? match.group("asker2")).map(normalisedAsker)
            let asker = named ?? (match.range("plural") != nil ? "members" : "a member")
            return AskerCue(kind: .opening, asker: asker, named: asker.hasPrefix("Cllr"), asks: true,
                            addressee: RespondentRecognizer.addressee(of: segment, words: words))
        }
        if itWasAsked.prefixMatch(in: segment, words: words) != nil || informationRequested.prefixMatch(in: segment, words: words) != nil {
            return AskerCue(kind: .opening, asker: "a member", named: false, asks: true,
                            addressee: RespondentRecognizer.addressee(of: segment, words: words))
        }
        if let match = respondentAsked.prefixMatch(in: segment, words: words), let resp = match.group("resp") {
            return AskerCue(kind: .opening, asker: "a member", named: false, asks: true, addressee: RespondentRecognizer.role(of: resp))
        }
        return nil
    }

    /// The councillor named by a heading or a one-line paragraph, for the asker-heading layout.
    static func askerHeading(_ text: String) -> String? {
        let trimmed = QuestionScan.trimmed(text)
        // The gate first: most blocks do not start with a councillor's title, and counting characters is not free.
        guard nameLine.admits(trimmed, words: nil), trimmed.count <= 80,
              let asker = nameLine.prefixMatch(in: trimmed)?.group("asker") else { return nil }
        return normalisedAsker(asker)
    }

    /// "Councillor Jane Smith" → "Cllr Jane Smith", "Cllr. Hayes" → "Cllr Hayes"; unnamed members → "a member" / "members".
    static func normalisedAsker(_ text: String) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first else { return text }
        let title = QuestionScan.trimmingFullStops(first).lowercased()
        if ["cllr", "cllrs", "councillor", "councillors"].contains(title) {
            return words.map { word -> String in
                switch QuestionScan.trimmingFullStops(word).lowercased() {
                case "cllr", "councillor": return "Cllr"
                case "cllrs", "councillors": return "Cllrs"
                default: return word
                }
            }.joined(separator: " ")
        }
        let lower = words.joined(separator: " ").lowercased()
        if lower.hasSuffix("members") || lower.hasSuffix("members of the panel") || lower == "the panel" { return "members" }
        if QuestionScan.contains(lower, "member") { return "a member" }
        return lower.hasPrefix("the ") ? "the " + words.dropFirst().joined(separator: " ") : words.joined(separator: " ")
    }
}
