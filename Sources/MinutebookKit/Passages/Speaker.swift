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

/// Finds who speaks in a passage: an office or a named member followed by a verb of speech.
public enum SpeakerRecognizer {
    private static let offices: [(pattern: String, name: String, role: String)] = [
        (#"Deputy Chief Constable|DCC"#, "Deputy Chief Constable", "deputy-chief-constable"),
        (#"Assistant Chief Constable|ACC"#, "Assistant Chief Constable", "officer"),
        (#"Chief Constable"#, "Chief Constable", "chief-constable"),
        (#"Deputy Police and Crime Commissioner|Deputy PCC|Deputy Commissioner|DPCC"#, "Deputy PCC", "deputy-pcc"),
        (#"Police,? Crime and Victims'? Commissioner|PCVC|Police,? Fire and Crime Commissioner|PFCC|Police and Crime Commissioner|PCC|Commissioner"#, "PCC", "pcc"),
        (#"Chief Finance Officer|Finance Officer|Chief Executive|Monitoring Officer|Scrutiny Officer|Policy Manager|Head of [A-Z][a-z]+(?: [A-Z][a-z]+)?|(?:Chief )?Superintendent|Supt\.?|Chief Inspector|Inspector"#, "", "officer"),
        (#"Vice[- ]Chairman|Vice[- ]Chair|Chairman|Chair"#, "Chairman", "chair"),
        (#"(?:Cllr\.?|Councillor) [A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)?"#, "", "member"),
        (#"[Aa] Member|Members"#, "a member", "member"),
    ]
    static let verbs = "reported|said|stated|commented|informed|replied|responded|explained|advised|confirmed|noted|added|agreed|undertook|referred|introduced|highlighted|indicated|acknowledged|assured|emphasised|emphasized|felt|believed|considered|accepted|asked|queried|raised|praised|welcomed|suggested|outlined|updated|presented|thanked|mentioned|expressed|clarified|recognised|stressed|sought|requested|commended"

    nonisolated(unsafe) private static let regex: NSRegularExpression = {
        let alternation = offices.map { "(\($0.pattern))" }.joined(separator: "|")
        let pattern = #"\b(?:"# + alternation + #")\b,?(?:\s+(?:in response|in reply|in answer)[^,.;]{0,90},?)?\s+(?:also\s+|then\s+|further\s+)?(?:"# + verbs + #")\b"#
        return try! NSRegularExpression(pattern: pattern)
    }()
    private static let cheapMarkers = ["PCC", "Commissioner", "Constable", "Cllr", "Councillor", "Member", "Chair", "Officer", "Manager", "Head of", "Supt", "Superintendent", "Inspector", "DCC", "ACC", "PCVC", "Executive"]

    /// Speakers in order of first appearance, each once.
    public static func speakers(in text: String) -> [Speaker] {
        guard UTF8Text.containsAny(text, cheapMarkers) else { return [] }
        var found: [Speaker] = []
        let range = NSRange(text.startIndex..., in: text)
        for match in regex.matches(in: text, range: range) {
            for (index, office) in offices.enumerated() {
                let groupRange = match.range(at: index + 1)
                guard groupRange.location != NSNotFound, let r = Range(groupRange, in: text) else { continue }
                var name = office.name.isEmpty ? String(text[r]) : office.name
                if office.role == "member" && name.hasPrefix("Councillor ") { name = "Cllr " + name.dropFirst("Councillor ".count) }
                if name.hasPrefix("Cllr. ") { name = "Cllr " + name.dropFirst(6) }
                let speaker = Speaker(name: name, role: office.role)
                if !found.contains(speaker) { found.append(speaker) }
                break
            }
        }
        return found
    }

    /// The speaker a reader would name for a passage: the first office-holder, else the first member.
    public static func primary(_ speakers: [Speaker]) -> Speaker? {
        speakers.first { $0.role != "member" } ?? speakers.first
    }
}
