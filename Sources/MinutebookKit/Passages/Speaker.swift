import Foundation

/// Someone the minutes attribute words to, by office: "The PCC reported…" → PCC.
public struct Speaker: Codable, Equatable, Hashable, Sendable {
    /// As shown: "PCC", "Chief Constable", "Cllr Hayes".
    public var name: String
    /// For filtering: pcc, deputy-pcc, chief-constable, deputy-chief-constable, officer, chair, member.
    public var role: String

    public init(name: String, role: String) {
        self.name = name
        self.role = role
    }

    /// How speakers are stored in the index: an entry "\nrole\tname" each, so `LIKE '%\npcc\t%'` finds a role
    /// and reading them back needs no JSON decoder.
    static func stored(_ speakers: [Speaker]) -> String {
        speakers.map { "\n\($0.role)\t\($0.name)" }.joined()
    }

    static func fromStored(_ text: String) -> [Speaker] {
        guard !text.isEmpty else { return [] }
        return text.utf8.split(separator: 10).compactMap { entry -> Speaker? in   // "\n"
            guard let tab = entry.firstIndex(of: 9) else { return nil }           // "\t"
            return Speaker(name: String(Substring(entry[entry.index(after: tab)...])), role: String(Substring(entry[..<tab])))
        }
    }

    /// The roles `--speaker` accepts.
    public static let roles = ["pcc", "deputy-pcc", "chief-constable", "deputy-chief-constable", "officer", "chair", "member"]
}

/// Finds who speaks in a passage: an office or a named member followed by a verb of speech, as in
/// "The PCC, in response to a question, also said …" → PCC.
///
/// `SpeechScanner` walks the passage's UTF-8 once. It finds what this regular expression found with
/// NSRegularExpression (ICU), which it replaced because ICU's matcher took a seventh of ingest, except that
/// names may have letters beyond ASCII ("Cllr Zoë Hayes"), "Supt." ends at its full stop and "PFCC" alone
/// is looked for:
///
///     \b(?:OFFICE|…)\b,?(?:\s+(?:in response|in reply|in answer)[^,.;]{0,90},?)?\s+(?:also\s+|then\s+|further\s+)?(?:VERB|…)\b
///
/// Case matters throughout. Matches are found leftmost first and do not overlap: after one, the search resumes
/// after its verb, so a speaker named inside an "in response to …" clause is not found.
public enum SpeakerRecognizer {
    /// An office, how it is shown ("" for as written) and the ways minutes write it.
    struct Office {
        var name: String
        var role: String
        var forms: [Form]
    }

    /// One way of writing an office. In `title` a character followed by `?` may be left out; like the regex's
    /// greedy `?`, the form with it is tried first. `name` is a capitalised name of one or two words after the title.
    struct Form: ExpressibleByStringLiteral {
        var title: String
        var name: NameWords?

        init(_ title: String, then name: NameWords? = nil) {
            self.title = title
            self.name = name
        }

        init(stringLiteral title: String) { self.init(title) }
    }

    enum NameWords {
        /// `[A-Z][a-z]+`: "Head of Corporate Services".
        case capitalised
        /// `[A-Z][A-Za-z'’-]+`: "Cllr O’Brien-Smith".
        case surname
    }

    /// In the regex's order: where two forms could start at the same place, the first that reaches a verb wins.
    static let offices: [Office] = [
        Office(name: "Deputy Chief Constable", role: "deputy-chief-constable", forms: ["Deputy Chief Constable", "DCC"]),
        Office(name: "Assistant Chief Constable", role: "officer", forms: ["Assistant Chief Constable", "ACC"]),
        Office(name: "Chief Constable", role: "chief-constable", forms: ["Chief Constable"]),
        Office(name: "Deputy PCC", role: "deputy-pcc", forms: [
            "Deputy Police and Crime Commissioner", "Deputy PCC", "Deputy Commissioner", "DPCC",
        ]),
        Office(name: "PCC", role: "pcc", forms: [
            "Police,? Crime and Victims'? Commissioner", "PCVC", "Police,? Fire and Crime Commissioner", "PFCC",
            "Police and Crime Commissioner", "PCC", "Commissioner",
        ]),
        Office(name: "", role: "officer", forms: [
            "Chief Finance Officer", "Finance Officer", "Chief Executive", "Monitoring Officer", "Scrutiny Officer",
            "Policy Manager", Form("Head of ", then: .capitalised), "Chief Superintendent", "Superintendent", "Supt.?",
            "Chief Inspector", "Inspector",
        ]),
        Office(name: "Chairman", role: "chair", forms: ["Vice-Chairman", "Vice Chairman", "Vice-Chair", "Vice Chair", "Chairman", "Chair"]),
        Office(name: "", role: "member", forms: [Form("Cllr.? ", then: .surname), Form("Councillor ", then: .surname)]),
        Office(name: "a member", role: "member", forms: ["A Member", "a Member", "Members"]),
    ]

    /// Verbs of speech, in the regex's order (none is a prefix of another, so the order does not matter).
    static let verbs = [
        "reported", "said", "stated", "commented", "informed", "replied", "responded", "explained", "advised",
        "confirmed", "noted", "added", "agreed", "undertook", "referred", "introduced", "highlighted", "indicated",
        "acknowledged", "assured", "emphasised", "emphasized", "felt", "believed", "considered", "accepted", "asked",
        "queried", "raised", "praised", "welcomed", "suggested", "outlined", "updated", "presented", "thanked",
        "mentioned", "expressed", "clarified", "recognised", "stressed", "sought", "requested", "commended",
    ]
    /// What may open the clause between an office and its verb: "The PCC, in response to a question, said".
    static let replyPhrases = ["in response", "in reply", "in answer"]
    /// Words allowed between the office and its verb: "The PCC also said".
    static let adverbs = ["also", "then", "further"]

    /// A passage without any of these names no office, so it is not scanned.
    static let cheapMarkers = ["PCC", "PFCC", "Commissioner", "Constable", "Cllr", "Councillor", "Member", "Chair", "Officer", "Manager", "Head of", "Supt", "Superintendent", "Inspector", "DCC", "ACC", "PCVC", "Executive"]

    /// Speakers in order of first appearance, each once.
    public static func speakers(in text: String) -> [Speaker] {
        if let found = text.utf8.withContiguousStorageIfAvailable({ speakers(in: text, bytes: $0) }) { return found }
        var contiguous = text
        contiguous.makeContiguousUTF8()
        return speakers(in: contiguous)
    }

    private static func speakers(in text: String, bytes: UnsafeBufferPointer<UInt8>) -> [Speaker] {
        let matches = SpeechScanner(bytes: bytes).officesSpeaking()
        guard !matches.isEmpty else { return [] }
        if !matches.contains(where: \.titleHasMarker) && !UTF8Text.containsAny(text, cheapMarkers) { return [] }
        var found: [Speaker] = []
        for match in matches {
            // The regex version read the office back through String indices, which only exist at character
            // boundaries: an office glued to a prefixed format character ("\u{600}PCC said") was matched but not kept.
            guard isCharacterBoundary(match.office.lowerBound, in: text, bytes: bytes),
                  isCharacterBoundary(match.office.upperBound, in: text, bytes: bytes) else { continue }
            let office = offices[match.officeIndex]
            var name = office.name.isEmpty ? String(decoding: UnsafeBufferPointer(rebasing: bytes[match.office]), as: UTF8.self) : office.name
            if office.role == "member" && name.hasPrefix("Councillor ") { name = "Cllr " + name.dropFirst("Councillor ".count) }
            if name.hasPrefix("Cllr. ") { name = "Cllr " + name.dropFirst(6) }
            let speaker = Speaker(name: name, role: office.role)
            if !found.contains(speaker) { found.append(speaker) }
        }
        return found
    }

    private static func isCharacterBoundary(_ offset: Int, in text: String, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Between two ASCII characters there always is one (but in CR LF, which an office never touches).
        if offset == 0 || offset == bytes.count || (bytes[offset - 1] < 0x80 && bytes[offset] < 0x80) { return true }
        return String.Index(text.utf8.index(text.utf8.startIndex, offsetBy: offset), within: text) != nil
    }

    /// The speaker a reader would name for a passage: the first office-holder, else the first member.
    public static func primary(_ speakers: [Speaker]) -> Speaker? {
        speakers.first { $0.role != "member" } ?? speakers.first
    }
}
