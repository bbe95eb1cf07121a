import Foundation

/// The people a document names with their office — in its attendance list ("Mr K Aspinall, Chief Finance
/// Officer", "Police and Crime Commissioner – Mrs J Rowe") or in passing ("Andrew Senior, Chief Finance Officer,
/// stated …") — so that later sentences naming them by title and surname alone ("Mr Aspinall informed the Panel
/// …", "Ms Lythe advised …") are read as that office answering, not as a member speaking.
///
/// Keyed by surname, lower case. A surname given two different offices in one document is dropped.
struct OfficeHolders: Sendable {
    private(set) var roles: [String: Role] = [:]
    private var ambiguous: Set<String> = []
    /// Surnames of members who sit on the panel with a civic title that is also an office: "Mayor Gavin Pounder",
    /// listed among the councillors present. "Mayor Pounder asked …" is then a member asking, not the mayoral PCC.
    private(set) var titledMembers: Set<String> = []
    /// Short forms the attendance list gives office holders, in brackets after the name and office, lower case:
    /// "Chief Constable Morven Kerr (CCKerr)", "James Gourlay, Chief Financial Officer (JG)". The minutes then write
    /// "CCKerr confirmed …", "JG advised …".
    private(set) var codes: [String: Role] = [:]
    /// Members the attendance list gives initials, lower case, with the name they ask as: "Cllr David Ashby (DA)", a
    /// table's initials column ("Cllr Rita Barnwell | North Nene Council | RB"). Notes then write "RB asked …".
    private(set) var memberCodes: [String: String] = [:]
    /// The office a confirmation hearing is held for ("Chief Constable Confirmation Hearing", "the Commissioner's
    /// preferred candidate for the post of Chief Constable", "Proposed appointment of the Deputy Police and Crime
    /// Commissioner"): "The candidate said …" is that office answering.
    private(set) var candidateRole: Role?
    /// The office a report is addressed to ("Report of the Sow and Penk Police, Fire and Crime Panel to the Police, Fire
    /// and Crime Commissioner"), which it calls "you": "You explained that …", "Your Chief Fire Officer said …".
    private(set) var addressee: Role?
    /// First names of office holders named in full ("Ceri Mathias (Police and Crime Commissioner)", "Chief Constable
    /// Rhodri Talbot"), lower case, for minutes that then write "Ceri explained …", "Rhodri added …". A first name two
    /// office holders share is dropped.
    private(set) var firstNames: [String: Role] = [:]
    private var ambiguousFirstNames: Set<String> = []

    static let none = OfficeHolders()

    var isEmpty: Bool { roles.isEmpty && firstNames.isEmpty && codes.isEmpty && memberCodes.isEmpty && candidateRole == nil && addressee == nil }

    func role(ofSurname surname: String) -> Role? { roles[surname] }

    func role(ofCode code: String) -> Role? { codes[code] }

    func role(ofFirstName name: String) -> Role? { firstNames[name] }

    func member(ofCode code: String) -> String? { memberCodes[code] }

    func isTitledMember(_ surname: String) -> Bool { titledMembers.contains(surname) }

    /// The office holders named in `document`.
    static func find(in document: ParsedDocument) -> OfficeHolders {
        var holders = OfficeHolders()
        for item in document.items {
            if let title = item.title { holders.read(SentenceWords(title)) }
            for block in item.blocks {
                if block.kind == .tableRow { holders.readRow(block.text) }
                // Attendance lines are short; a holder named in running text is named in its first sentences.
                for sentence in SentenceSplitter.split(QuestionText.withoutListMarker(block.text)).prefix(4) where sentence.utf8.count <= 400 {
                    holders.read(SentenceWords(sentence))
                }
            }
        }
        return holders
    }

    /// Titles officers are named with; a councillor is a member whatever else they are.
    static let officerTitles: Set<String> = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Professor", "Sir", "Dame"]

    /// The words one of which a sentence naming an office holder holds: the first word of an office, a staff
    /// title noun ("the Victims' Champion"), "Mayor". Most sentences hold none and are read no further.
    static let cueWords: Set<String> = Set(Vocabulary.Lists.offices.keys).union(Vocabulary.staffTitleNouns).union(["mayor"])

    private mutating func read(_ s: SentenceWords) {
        // Or a short line with a bracket, where a member's initials may be: "Cllr Gail Wooding (GW)".
        guard s.words.contains(where: { $0.flags.contains(.officeHolderCue) }) || s.text.utf8.count <= 80 && s.text.utf8.contains(40) else { return }
        if candidateRole == nil { candidateRole = Self.candidateOffice(s) }
        if addressee == nil { addressee = Self.addressedOffice(s) }
        // Councillors counted only where a mayor's name could follow.
        let councillors =
            s.words.contains(where: { $0.lower == "mayor" }) ? (0..<s.count).count(where: { SentenceReader.memberTitle(s, at: $0)?.title == "Cllr" }) : 0
        // Initials in brackets ("Cllr David Ashby (DA)") need a bracket in the sentence: most have none.
        let mayHoldInitials = s.text.utf8.contains(40)
        var index = 0
        while index < s.count {
            // At the start, after a mark, or after a word that introduces people ("contributions from Colin Brean, …").
            // Or at a titled name anywhere ("He explained that Mr Pellow had served as interim Deputy …").
            if index == 0 || s[index].punctuationBefore != nil || (s[index].capitalised && ["from", "by", "and", "with"].contains(s.lower(index - 1) ?? ""))
                || (s[index].capitalised && Self.titleLength(s, at: index) != nil)
            {
                if let (surname, end) = Self.mayorName(s, at: index), councillors >= 2 || Self.namesCouncil(s, from: end) {
                    titledMembers.insert(surname)
                    roles[surname] = nil
                    index = end
                    continue
                }
                if let (surname, role, end) = Self.nameThenOffice(s, at: index) ?? Self.officeThenName(s, at: index) ?? Self.nameAsOffice(s, at: index)
                    ?? Self.officeThenTitledName(s, at: index)
                {
                    add(surname, role)
                    addFirstName(s, surname: surname, in: index..<end, role)
                    // The office may have taken a bracket after it as its own ("Chief Executive (OPCC)"), or the name its
                    // initials before the office ("Tom Ansell (TA) – Chief Executive").
                    if let code = Self.code(s, at: end) ?? Self.code(s, at: end - 1) ?? (index..<end).lazy.compactMap({ Self.code(s, at: $0) }).first {
                        addCode(code, role)
                    }
                    index = max(end, index + 1)
                    continue
                }
                if mayHoldInitials, let member = SentenceReader.memberSubject(s, at: index), member.named, !member.body,
                    let at = (index + 1..<min(s.count, member.end + 1)).first(where: { Self.code(s, at: $0) != nil }),
                    let code = Self.code(s, at: at), SentenceReader.officeSubject(s, at: at + 1) == nil,
                    !Vocabulary.isPanelOfficer(s.text(from: at + 1))
                {
                    // "Cllr David Ashby (DA) – Chair", "Mrs Priya Kaur (PK) – Independent Member".
                    memberCodes[code] = memberCodes[code] == nil || memberCodes[code] == member.asker ? member.asker : ""
                    index = max(at + 1, index + 1)
                    continue
                }
            }
            index += 1
        }
    }

    private mutating func addCode(_ code: String, _ role: Role) {
        codes[code] = codes[code] == nil || codes[code] == role ? role : nil
    }

    /// A row of an attendance table whose last column gives each person's initials ("Cllr Rita Barnwell | North Nene
    /// Council | RB", "Martin Harrowden | Police, Fire and Crime Commissioner | PFCC / MH"): an office holder's
    /// initials answer as the office, a member's ask as the member. The Panel's own officers are neither.
    mutating func readRow(_ text: String) {
        var cells = text.components(separatedBy: " | ").map { cell -> Substring in
            // "Role: Chief Finance Officer": the column's name before the value.
            if let colon = cell.range(of: ": "), cell[..<colon.lowerBound].split(separator: " ").count <= 2 { return cell[colon.upperBound...] }
            return Substring(cell)
        }
        guard cells.count >= 2, let last = cells.popLast() else { return }
        let initials = last.split(whereSeparator: { $0 == "/" || $0 == " " || $0 == "," })
        guard !initials.isEmpty, initials.allSatisfy({ (2...5).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isUppercase } }) else { return }
        // "PFCC / MH": the office's own short form is known already.
        let codes = initials.filter { SentenceReader.office(SentenceWords(String($0)), at: 0) == nil }.map { $0.lowercased() }
        let person = SentenceWords(String(cells[0]))
        let described = cells.dropFirst().joined(separator: ", ")
        if Vocabulary.isPanelOfficer(described) { return }
        if let office = SentenceReader.officeSubject(SentenceWords(described), at: 0) ?? SentenceReader.officeSubject(person, at: 0) {
            for code in codes { addCode(code, office.respondent.role) }
            return
        }
        let member = SentenceReader.memberSubject(person, at: 0).flatMap { $0.named && !$0.body ? $0.asker : nil }
        let sitting = ["member", "chair", "councillor", "council"].contains { described.range(of: $0, options: .caseInsensitive) != nil }
        guard let name = member ?? (sitting ? QuestionText.trimmed(cells[0]) : nil), !name.isEmpty else { return }
        for code in codes { memberCodes[code] = memberCodes[code] == nil || memberCodes[code] == name ? name : "" }
    }

    /// The word before `surname` in a name just read, when it is a first name: capitalised, not an initial, not a
    /// title, and no word of an office ("Chief Constable Talbot" has none).
    private mutating func addFirstName(_ s: SentenceWords, surname: String, in range: Range<Int>, _ role: Role) {
        guard let at = range.last(where: { s[$0].lower == surname }), at > range.lowerBound, s[at].punctuationBefore == nil else { return }
        let first = s[at - 1]
        guard first.capitalised, first.lower.count > 2, first.lower.first?.isLetter == true, !Self.officeWords.contains(first.lower),
            !first.flags.contains(.notPerson), Self.titleLength(s, at: at - 1) == nil, SentenceReader.memberTitle(s, at: at - 1) == nil
        else { return }
        guard !ambiguousFirstNames.contains(first.lower) else { return }
        if let known = firstNames[first.lower], known != role {
            firstNames[first.lower] = nil
            ambiguousFirstNames.insert(first.lower)
        } else {
            firstNames[first.lower] = role
        }
    }

    /// Every word of every office ("chief", "constable", "finance" …): none is a first name.
    static let officeWords: Set<String> = Set(Vocabulary.offices.flatMap { $0.phrases.flatMap { $0.split(separator: " ").map(String.init) } })

    private mutating func add(_ surname: String, _ role: Role) {
        guard !ambiguous.contains(surname), !titledMembers.contains(surname) else { return }
        if let known = roles[surname], known != role {
            roles[surname] = nil
            ambiguous.insert(surname)
        } else {
            roles[surname] = role
        }
    }

    /// "Report of the … Panel to the Police, Fire and Crime Commissioner for …": the office a panel's report is written to.
    static func addressedOffice(_ s: SentenceWords) -> Role? {
        guard s.count >= 6, s.lower(0) == "report", s.lower(1) == "of" || s.lower(1) == "by",
            let panel = (2..<min(s.count, 14)).first(where: { s.lower($0) == "panel" }),
            // "… Panel (The Panel) to the …": past an aside in brackets.
            let to = (panel + 1..<min(s.count, panel + 5)).first(where: { s.lower($0) == "to" }), to + 1 < s.count
        else { return nil }
        return SentenceReader.plainOfficeSubject(s, at: to + 1)?.respondent.role
    }

    /// The office a sentence says an appointment is proposed to: an office shortly after "candidate", "appointee",
    /// "appointment" or "appoint", or just before "confirmation hearing". Never the Commissioner, who appoints.
    static func candidateOffice(_ s: SentenceWords) -> Role? {
        let leads: Set<String> = ["candidate", "appointee", "appointment", "nominee", "appoint"]
        guard s.words.contains(where: { leads.contains($0.lower) || $0.lower == "hearing" }) else { return nil }
        for index in 0..<s.count {
            guard let (length, office) = SentenceReader.office(s, at: index), office.role != .pcc, !office.takesSubject else { continue }
            let before = (max(0, index - 6)..<index).contains { leads.contains(s[$0].lower) }
            let hearing = s.lower(index + length) == "confirmation" && s.lower(index + length + 1) == "hearing"
            if before || hearing { return office.role }
        }
        return nil
    }

    /// "Mr Pellow had served as interim Deputy Police and Crime Commissioner", "that Mr Graham Pellow be appointed as
    /// Deputy Police and Crime Commissioner": a titled name, then within a few words "as" and an office.
    private static func nameAsOffice(_ s: SentenceWords, at index: Int) -> (String, Role, Int)? {
        guard let title = titleLength(s, at: index) else { return nil }
        let (last, end) = names(s, from: index + title)
        guard let last, end > index + title else { return nil }
        var at = end
        while at < s.count, at - end < 6, s[at].lower != "as" { at += 1 }
        guard at < s.count, s[at].lower == "as" else { return nil }
        at += 1
        if ["interim", "acting", "temporary", "substantive", "the", "a"].contains(s.lower(at) ?? "") { at += 1 }
        guard let (length, office) = SentenceReader.office(s, at: at), !office.takesSubject else { return nil }
        return (last, office.role, at + length)
    }

    /// A short form in brackets at `index`, lower case: one word of two to twelve letters with a capital after its
    /// first letter ("CCKerr", "JG", "DCCBaird"), closed by the bracket.
    private static func code(_ s: SentenceWords, at index: Int) -> String? {
        guard index < s.count, s[index].punctuationBefore == "(", index + 1 == s.count || s[index + 1].punctuationBefore != nil
        else { return nil }
        let word = s.text[s[index].range]
        guard (2...12).contains(word.count), word.allSatisfy(\.isLetter), word.dropFirst().contains(where: \.isUppercase) else { return nil }
        return s[index].lower
    }

    /// "Mr K Aspinall, Chief Finance Officer", "Andrew Senior (Chief Finance Officer)", "J Rowe – Deputy PCC".
    private static func nameThenOffice(_ s: SentenceWords, at index: Int) -> (String, Role, Int)? {
        var at = index
        if let title = titleLength(s, at: at) {
            at += title
        } else if s.longestMatch(Vocabulary.Lists.memberTitles, at: at) != nil {
            return nil  // "Councillor Ann Lee, Deputy Mayor of Millbridge": a member
        }
        let (last, end) = names(s, from: at)
        guard let last, end < s.count else { return nil }
        guard let mark = s[end].punctuationBefore, [",", "(", "-", "–", "—", ":"].contains(mark) else {
            // "Mr Emlyn Pritchard Police and Crime Commissioner, Mr Dafydd Rowlands Chief Constable": a titled name, then
            // an office of two words or more with nothing between.
            guard at > index, s[end].punctuationBefore == nil, let office = SentenceReader.plainOfficeSubject(s, at: end), office.end - end >= 2 else {
                return nil
            }
            return (last, office.respondent.role, office.end)
        }
        // "OTHERS PRESENT: Geoffrey Kirklington – Police and Crime Commissioner": a label, then the named holder.
        if mark == ":" && SentenceReader.office(s, at: end) == nil { return nil }
        if let office = SentenceReader.plainOfficeSubject(s, at: end) { return (last, office.respondent.role, office.end) }
        // "Colin Brean, Force Performance Manager": a staff title with no article. Not the Panel's own officers.
        var title = end
        while title < s.count, title - end < 4, s[title].capitalised, title == end || s[title].punctuationBefore == nil {
            title += 1
            if Vocabulary.staffTitleNouns.contains(s[title - 1].lower) {
                return Vocabulary.isPanelOfficer(s.text(end..<title)) ? nil : (last, .officer, title)
            }
        }
        return nil
    }

    /// "Police and Crime Commissioner – Mrs J Rowe", "Chief Constable Jo Farrell".
    private static func officeThenName(_ s: SentenceWords, at index: Int) -> (String, Role, Int)? {
        var at = index
        if s[at].lower == "the" { at += 1 }
        guard let (length, office) = SentenceReader.office(s, at: at), !office.takesSubject else { return nil }
        var start = at + length
        // "Chief Finance Officer for Ribblemoor – Mr K Aspinall" is too loose to trust; the name comes next.
        if let title = titleLength(s, at: start) { start += title }
        let (last, end) = names(s, from: start)
        guard let last, end - start >= 1, start < s.count, s[start].punctuationBefore == nil || ["-", "–", "—", ":", ","].contains(s[start].punctuationBefore!)
        else {
            return nil
        }
        // Two words at least ("Jo Farrell", "J Rowe") or a title and a surname: "Chief Constable Farrell" alone could be a place.
        guard end - start >= 2 || titleLength(s, at: at + length) != nil else { return nil }
        return (last, office.role, end)
    }

    /// "The Commissioner's Chief of Policy, Ms Verity Hexton, explained …", "the Head of Community Safety at Marlow
    /// Council, Mr Tom Reed,": an office as the sentence reads it (owner, subject, body and all), then a titled name
    /// set off by commas.
    private static func officeThenTitledName(_ s: SentenceWords, at index: Int) -> (String, Role, Int)? {
        guard let office = SentenceReader.plainOfficeSubject(s, at: index), office.end < s.count, s[office.end].punctuationBefore == ",",
            let title = titleLength(s, at: office.end)
        else { return nil }
        let (last, end) = names(s, from: office.end + title)
        guard let last, end > office.end + title, end == s.count || s[end].punctuationBefore == "," else { return nil }
        return (last, office.respondent.role, end)
    }

    /// "Mayor Gavin Pounder": the civic title of a borough's elected mayor, then a name of two words or more;
    /// the surname, lower case, and where the name ends.
    /// `minimumNames`: two in an attendance list ("Mayor Gavin Pounder"); one later ("Mayor Pounder asked …").
    static func mayorName(_ s: SentenceWords, at index: Int, minimumNames: Int = 2) -> (String, Int)? {
        guard s.lower(index) == "mayor" else { return nil }
        let (last, end) = names(s, from: index + 1)
        guard let last, end - index - 1 >= minimumNames else { return nil }
        return (last, end)
    }

    /// "… | Authority: Mansworth District Council", "(Kenwick Borough Council)": a council named within a few words of
    /// `index`, as a membership list gives each member's council beside the name.
    static func namesCouncil(_ s: SentenceWords, from index: Int) -> Bool {
        (index..<min(s.count, index + 8)).contains { at in
            at > 0 && s.lower(at) == "council" && s[at].capitalised && Vocabulary.councilKinds.contains(s.lower(at - 1) ?? "")
        }
    }

    /// The length of an officer's title ("Mr", "Dr") at `index`.
    static func titleLength(_ s: SentenceWords, at index: Int) -> Int? {
        guard let (title, length) = SentenceReader.memberTitle(s, at: index) else { return nil }
        return officerTitles.contains(title) ? length : nil
    }

    /// Capitalised name words from `index` (initials included, up to four, none an office or a common word):
    /// the last one lower-cased, and where they end.
    static func names(_ s: SentenceWords, from index: Int) -> (String?, Int) {
        var end = index
        while end < s.count, end - index < 4, s[end].capitalised, end == index || s[end].punctuationBefore == nil,
            !s[end].flags.contains(.notPerson), SentenceReader.office(s, at: end) == nil,
            s[end].lower.first?.isLetter == true
        {
            end += 1
        }
        guard end > index, s[end - 1].lower.count > 1 else { return (nil, index) }
        return (s[end - 1].lower, end)
    }
}

extension OfficeHolders {
    /// The office holders of the document being read: set by `DocumentPreparer` around the reading of one
    /// document, read by `SentenceReader` when a sentence names someone by title and surname alone.
    @TaskLocal static var current = OfficeHolders.none
}
