import Foundation

/// Someone the minutes attribute words to, by office: "The PCC reported…" → PCC.
public struct Speaker: Codable, Equatable, Hashable, Sendable {
    /// As shown: "PCC", "Chief Constable", "Cllr Hayes".
    public var name: String
    /// For filtering: one of `Role.speakers`.
    public var role: Role

    public init(name: String, role: Role) {
        self.name = name
        self.role = role
    }

    /// How speakers are stored in the index: an entry "\nrole\tname" each, so `LIKE '%\npcc\t%'` finds a role
    /// and reading them back needs no JSON decoder.
    static func stored(_ speakers: [Speaker]) -> String {
        speakers.map { "\n\($0.role.rawValue)\t\($0.name)" }.joined()
    }

    static func fromStored(_ text: String) -> [Speaker] {
        guard !text.isEmpty else { return [] }
        return text.utf8.split(separator: 10).compactMap { entry -> Speaker? in  // "\n"
            guard let tab = entry.firstIndex(of: 9), let role = Role(flag: Substring(entry[..<tab])) else { return nil }  // "\t"
            return Speaker(name: String(Substring(entry[entry.index(after: tab)...])), role: role)
        }
    }

}

/// Finds who speaks in a passage, sentence by sentence, with the same reading of sentences as the question
/// extractor (`SentenceReader`, over `Vocabulary`): an office followed by a verb ("The PCC, in response to a
/// question, also said …"), a member asking or raising a point ("Cllr Hayes referred to …", "Mrs Okafor asked
/// …", "A Member queried …"), the Chair, and an answer inside a sentence ("… and the PCC said that …"). "The
/// PCC and the Chief Constable said …" credits both. Each speaker is listed once, in the order they first speak.
public enum SpeakerRecognizer {
    /// Speakers in order of first appearance, each once.
    public static func speakers(in text: String) -> [Speaker] {
        var found: [Speaker] = []
        for sentence in SentenceSplitter.split(text) {
            for speaker in SentenceReader.speakers(in: sentence) where !found.contains(speaker) {
                found.append(speaker)
            }
        }
        return found
    }

    /// The speaker a reader would name for a passage: the first to speak in it.
    public static func primary(_ speakers: [Speaker]) -> Speaker? {
        speakers.first
    }
}

extension Speaker {
    /// A speaker for an office: the role's display name ("PCC", "Chief Constable"), or for other officers the office
    /// as written ("Chief Finance Officer", "Head of Finance").
    init(office respondent: Respondent) {
        let role = respondent.role.asSpeaker
        switch respondent.role {
        case .pcc: self.init(name: "PCC", role: role)
        case .deputyPCC: self.init(name: "Deputy PCC", role: role)
        case .chiefConstable: self.init(name: "Chief Constable", role: role)
        case .deputyChiefConstable: self.init(name: "Deputy Chief Constable", role: role)
        case .chiefFireOfficer: self.init(name: "Chief Fire Officer", role: role)
        case .officer, .other, .chair, .member:
            var name = respondent.name
            for article in ["The ", "the ", "His ", "Her ", "Their "] where name.hasPrefix(article) { name = String(name.dropFirst(article.count)) }
            let expanded = ["ACC": "Assistant Chief Constable", "T/ACC": "Assistant Chief Constable"]
            self.init(name: expanded[name] ?? name, role: role)
        }
    }
}
