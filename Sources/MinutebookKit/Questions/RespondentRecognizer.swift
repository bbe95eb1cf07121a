import Foundation

/// Someone answering, as written in the minutes ("The PCC", "the Deputy Chief Constable"), and their office.
struct Respondent: Equatable {
    var name: String
    var role: RespondentRole
}

/// Where an answer starts inside a piece of text: what comes before it (the end of the
/// question, possibly empty) and the answer from the respondent on.
struct AnswerStart {
    var before: String
    var respondent: Respondent
    var answer: String
}

/// Recognises the people who answer members' questions and the words that start their answers:
/// "The Chief Constable reported that …", "In response, the Deputy Chief Constable noted …",
/// "The PCC in response to a question, reported …", "… and the PCC said that …".
enum RespondentRecognizer {
    /// A capitalised name after a rank: "Superintendent Joe Kidman", "DCC Jason Hogg".
    static let rankName = #"(?:\s+[A-Z][\p{L}'’\-]*\.?){0,3}"#

    /// The offices that answer at a panel, with an optional article. No named groups: it is embedded in other patterns.
    static let office = #"(?:[Tt]he\s+)?(?:"#
        + #"(?:Temporary\s+|Acting\s+|T/)?(?:Deputy|Assistant)\s+Chief\s+Constable"# + rankName
        + #"|(?:Temporary\s+|Acting\s+|T/)?Chief\s+Constable"# + rankName
        + #"|(?:T/)?(?:DCC|ACC)"# + rankName
        + #"|Deputy\s+(?:Police,?\s+(?:Fire\s+)?(?:and\s+|&\s+)?Crime\s+Commissioner|PCC|PFCC|Commissioner)|DPCC"#
        + #"|Police,?\s+(?:Fire\s+)?(?:and\s+|&\s+)?Crime(?:\s+and\s+Victims['’]?)?\s+Commissioner"#
        + #"|PCVC|PFCC|PCC|Commissioner"#
        + #"|(?:Chief\s+)?Financ(?:e|ial)\s+Officer|Treasurer|Chief\s+Executive(?:\s+of\s+the\s+OPCC)?|Monitoring\s+Officer|Scrutiny\s+Officer|Policy\s+(?:Manager|Officer|Lead)"#
        + #"|(?:Head|Director)\s+of(?:\s+(?:and|&|of|the))?(?:\s+[A-Z][\p{L}&'’\-]*)+?"#
        + #"|(?:Detective\s+)?(?:Chief\s+)?(?:Superintendent|Supt\.?|Inspector|Insp\.?)"# + rankName
        + #"|Ch\.?\s*Supt\.?"# + rankName
        + #"|OPCC\s+(?:officer|representative)"#
        + #")"#

    /// Verbs that start an answer when they follow a respondent at the start of a sentence.
    static let answerVerbs = #"(?:reported|said|replied|responded|commented|explained|advised|informed|confirmed|stated|noted|added|agreed|acknowledged|indicated|clarified|undertook|assured|highlighted|emphasi[sz]ed|stressed|pointed\s+out|outlined|suggested|accepted|answered|asked\s+that|asked\s+(?:Cllr|Councillor|the\s+[Mm]ember|[Mm]embers|him|her)|believed|felt|thought|referred|mentioned|recogni[sz]ed|told|updated|described|gave|provided|offered|remarked|observed|set\s+out|detailed|shared|expressed|conceded|admitted|promised|hoped|welcomed|did\s+not|does\s+not|had\s+not|could\s+not|would\s+(?:look|check|come|get|respond|reply|provide|write|report|consider|circulate|follow|find|ask|raise|take|discuss|be\s+happy)|(?:was|is)\s+(?:of\s+the\s+(?:view|opinion)|confident|concerned|aware|unaware|unable|not|pleased|happy|satisfied|keen|clear|sure|committed))\b"#

    /// Verbs that start an answer in the middle of a sentence ("A Member referred to X and the PCC said …").
    /// Narrower, so "asked whether the Chief Constable and the PCC agreed …" is not cut.
    static let midSentenceVerbs = #"(?:said|reported|replied|responded|explained|advised|confirmed|stated|informed|commented|indicated)\b"#

    static let inResponse = #"in\s+(?:response|reply|answer)(?:\s+to\s+[^,]{1,100}?)?"#
    static let adverb = #"(?:(?:also|further|then|subsequently|however)\s+)?"#

    /// An answer at the start of a sentence, after an optional lead-in ("In response, …", "In relation to X, …").
    /// (A run of `[^,]` that must be followed by a comma can end only at the first one: possessive is the same as lazy there.)
    static let sentenceAnswer = TextPattern(
        #"(?:(?<lead>(?:In\s+(?:response|reply|answer)|Responding|Replying)(?:\s+to\s+[^,]{1,100}+)?,\s+)|[A-Z][^,]{0,80}+,\s+)?"#
            + "(?<resp>" + office + ")"
            + #"(?:,?\s+"# + inResponse + #",?)?(?:,\s+[^,]{1,60},)?\s+"# + adverb + answerVerbs,
        gate: QuestionGate(masks: QuestionWords.office))

    /// An answer joined to the question by "and" or ";".
    static let clauseAnswer = TextPattern(
        #"(?:,?\s+and|;|,\s+(?:to\s+which|whereupon))\s+(?<lead>in\s+(?:response|reply)(?:\s+to\s+[^,]{1,80}+)?,\s+)?"#
            + "(?<resp>" + office + ")" + #"\s+"# + adverb + midSentenceVerbs,
        gate: QuestionGate(masks: QuestionWords.office, QuestionWords.mask(["said", "reported", "replied", "responded", "explained", "advised",
                                                                            "confirmed", "stated", "informed", "commented", "indicated"])))

    /// Exactly an office, for labels such as "Response by the Commissioner".
    static let wholeOffice = TextPattern("^" + office + "$", gate: QuestionGate(masks: QuestionWords.office))

    /// The office a question is put to: "asked the Chief Constable whether", "the PCC was asked".
    static let addressed = TextPattern(#"\b(?:asked|queried|questioned|pressed|challenged|of|to)\s+(?<resp>"# + office + #")\b"#,
                                       gate: QuestionGate(masks: QuestionWords.office),
                                       tokenGate: TokenGate([[["asked", "queried", "questioned", "pressed", "challenged", "of", "to"],
                                                              officeFirstWords]]))

    /// The words an office (`office`) can start with.
    static let officeFirstWords = [
        "The", "the", "Temporary", "Acting", "T", "Deputy", "Assistant", "Chief", "DCC", "ACC", "DPCC", "Police", "PCVC", "PFCC", "PCC",
        "Commissioner", "Finance", "Financial", "Treasurer", "Monitoring", "Scrutiny", "Policy", "Head", "Director", "Detective",
        "Superintendent", "Supt", "Inspector", "Insp", "Ch", "ChSupt", "OPCC",
    ]

    // MARK: - Reading

    /// An answer starting at the beginning of `segment`.
    static func answerAtStart(of segment: String, words: UInt64? = nil) -> AnswerStart? {
        guard let match = sentenceAnswer.prefixMatch(in: segment, words: words), let resp = match.range("resp") else { return nil }
        let respondent = Respondent(name: normalised(segment[resp]), role: role(of: String(segment[resp])))
        // "In response, the DCC noted …" reads from the respondent; "In relation to X, the PCC reported …" keeps its lead-in.
        let answer = match.range("lead") != nil ? String(segment[resp.lowerBound...]) : segment
        return AnswerStart(before: "", respondent: respondent, answer: answer)
    }

    /// An answer at the start of `segment` or after "and"/";" inside it.
    static func answerStart(in segment: String) -> AnswerStart? {
        answerStart(in: segment, words: QuestionWords.found(in: segment))
    }

    /// `words`: the gate words of `segment` (`QuestionWords.found(in:)`).
    static func answerStart(in segment: String, words: UInt64) -> AnswerStart? {
        // Every answer names an office.
        guard words & QuestionWords.office != 0 else { return nil }
        if let start = answerAtStart(of: segment, words: words) { return start }
        guard let match = clauseAnswer.firstMatch(in: segment, words: words), let resp = match.range("resp") else { return nil }
        let before = segment[..<match.range.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " ,;"))
        guard !before.isEmpty else { return nil }
        let respondent = Respondent(name: normalised(segment[resp]), role: role(of: String(segment[resp])))
        return AnswerStart(before: before, respondent: respondent, answer: String(segment[resp.lowerBound...]))
    }

    /// The office the question was put to, when the question says.
    static func addressee(of segment: String, words: UInt64? = nil) -> RespondentRole? {
        addressed.firstMatch(in: segment, words: words)?.group("resp").map(role(of:))
    }

    /// A respondent named in a label ("the Commissioner"), or nil when the label does not name an office.
    static func respondent(named text: String) -> Respondent? {
        let trimmed = QuestionScan.trimmed(text)
        guard wholeOffice.prefixMatch(in: trimmed) != nil else { return nil }
        return Respondent(name: trimmed, role: role(of: trimmed))
    }

    /// The office behind a respondent as written.
    static func role(of respondent: String) -> RespondentRole {
        let text = respondent
        // Plain text (see `QuestionScan.isPlain`) is searched byte by byte, with the answers Foundation's `contains` gives.
        let plain = QuestionScan.withBytes(text) { QuestionScan.isPlain($0) }
        func has(_ needle: String) -> Bool {
            plain ? QuestionScan.withBytes(text) { QuestionScan.find(needle, in: $0) } : text.contains(needle)
        }
        // Splitting into words is only worth it when the letters are there at all.
        func hasWord(_ word: String) -> Bool {
            QuestionScan.withBytes(text) { QuestionScan.find(word, in: $0) }
                && text.split(whereSeparator: { !$0.isLetter }).contains { $0 == word }
        }
        if has("Deputy Chief Constable") || hasWord("DCC") { return .deputyChiefConstable }
        if has("Assistant Chief Constable") || hasWord("ACC") { return .officer }
        if has("Chief Constable") { return .chiefConstable }
        if has("DPCC") || has("Deputy") && (has("Commissioner") || has("PCC") || has("PFCC")) {
            return .deputyPCC
        }
        if has("PCC") || has("PFCC") || has("PCVC") || has("Commissioner") { return .pcc }
        let officerWords = ["Officer", "Treasurer", "Executive", "Head of", "Director of", "Superintendent", "Supt", "Inspector", "Insp", "Policy", "OPCC", "officer"]
        if officerWords.contains(where: has) { return .officer }
        return .other
    }

    /// The respondent as written, with runs of white space closed up.
    private static func normalised(_ text: Substring) -> String {
        // ASCII text, where every character is one byte: the same split, over the bytes.
        let ascii: String? = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            for word in bytes.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }) {
                if !out.isEmpty { out.append(0x20) }
                out += word
            }
            return String(decoding: out, as: UTF8.self)
        } ?? nil
        return ascii ?? text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
