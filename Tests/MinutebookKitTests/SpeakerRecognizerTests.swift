import Foundation
import Testing

@testable import MinutebookKit

/// What `SpeakerRecognizer.speakers(in:)` finds: everyone who speaks in a passage, in the order they first speak.
@Suite("Speaker recognizer")
struct SpeakerRecognizerTests {
    /// Each speaker as "role: name", in the order found.
    static func found(_ text: String) -> [String] {
        SpeakerRecognizer.speakers(in: text).map { "\($0.role.rawValue): \($0.name)" }
    }

    static let offices: [(String, [String])] = [
        ("The Deputy Chief Constable reported that crime had fallen.", ["deputy_chief_constable: Deputy Chief Constable"]),
        ("The DCC said the plan was on track.", ["deputy_chief_constable: Deputy Chief Constable"]),
        ("The Assistant Chief Constable explained the changes.", ["officer: Assistant Chief Constable"]),
        ("The ACC confirmed the figures.", ["officer: Assistant Chief Constable"]),
        ("The Chief Constable stated that arrests had risen.", ["chief_constable: Chief Constable"]),
        ("The Deputy Police and Crime Commissioner noted the report.", ["deputy_pcc: Deputy PCC"]),
        ("The Deputy PCC added a comment.", ["deputy_pcc: Deputy PCC"]),
        ("The DPCC agreed.", ["deputy_pcc: Deputy PCC"]),
        ("The Police, Crime and Victims' Commissioner said so.", ["pcc: PCC"]),
        ("The PCVC said so.", ["pcc: PCC"]),
        ("The Police, Fire and Crime Commissioner said so.", ["pcc: PCC"]),
        ("The PFCC said so.", ["pcc: PCC"]),
        ("The Mayor responded that a survey had been carried out.", ["pcc: PCC"]),
        ("The Deputy Mayor for Policing and Crime explained the plan.", ["deputy_pcc: Deputy PCC"]),
        ("The Chief Fire Officer explained that four appliances were off the run.", ["chief_fire_officer: Chief Fire Officer"]),
        ("The Chief Finance Officer advised caution.", ["officer: Chief Finance Officer"]),
        ("The Head of Corporate Services advised caution.", ["officer: Head of Corporate Services"]),
        ("Chief Superintendent Jones advised caution.", ["officer: Chief Superintendent Jones"]),
        ("Ian Holroyd, Head of Policing and Crime, informed the Panel that nine posts were vacant.", ["officer: Head of Policing and Crime"]),
        ("The Chair said the meeting was quorate.", ["chair: Chair"]),
        ("The Vice-Chairman asked the Commissioner why the report was late.", ["chair: Vice Chair"]),
        ("Cllr Hayes asked about response times.", ["member: Cllr Hayes"]),
        ("Councillor Jane Hayes asked about response times.", ["member: Cllr Jane Hayes"]),
        ("Councillor O’Brien-Smith queried the cost.", ["member: Cllr O’Brien-Smith"]),
        ("Cllr Zoë Hayes said the plan was ready.", ["member: Cllr Zoë Hayes"]),
        ("Mrs Okafor (Independent Member) asked whether the hub was funded.", ["member: Mrs Okafor"]),
        ("Dr Vaughan noted that the report was late.", ["member: Dr Vaughan"]),
        ("A Member asked about response times.", ["member: a member"]),
        ("Members asked about response times.", ["member: members"]),
    ]

    @Test("each office and member, and how they are named", arguments: offices)
    func office(_ text: String, _ expected: [String]) {
        #expect(Self.found(text) == expected)
    }

    static let notSpeaking: [String] = [
        "The PCC was thanked for his support.",
        "The Chief Constable was asked for his view.",
        "The PCC's office said the plan was ready.",
        "It was said that the PCC would attend.",
        "Reference was made to the report.",
        "Officers reported a rise.",
    ]

    @Test("an office named but not speaking", arguments: notSpeaking)
    func silent(_ text: String) {
        #expect(Self.found(text).isEmpty, "\(Self.found(text))")
    }

    static let passages: [(String, [String])] = [
        // The councillor asks first: the passage's speaker is the councillor, and the PCC is listed too.
        (
            "Cllr Mallon referred to the lack of reporting. The PCC reported that work was under way.",
            ["member: Cllr Mallon", "pcc: PCC"]
        ),
        (
            "The Chief Constable, in response to a question, said arrests had risen. The PCC agreed.",
            ["chief_constable: Chief Constable", "pcc: PCC"]
        ),
        // A joint answer credits each office.
        ("The PCC and the Chief Constable said that the figures were improving.", ["pcc: PCC", "chief_constable: Chief Constable"]),
        ("A Member referred to Domestic Abuse and the PCC said that this was a separate issue.", ["member: a member", "pcc: PCC"]),
        ("In response, the Deputy Chief Constable noted that the partnership was funded.", ["deputy_chief_constable: Deputy Chief Constable"]),
        (
            "Cllr Hayes asked. Councillor Hayes asked again. The PCC replied. The Commissioner added more.",
            ["member: Cllr Hayes", "pcc: PCC"]
        ),
    ]

    @Test("several speakers: in order of first appearance, each once", arguments: passages)
    func several(_ text: String, _ expected: [String]) {
        #expect(Self.found(text) == expected)
    }

    @Test func primaryIsTheFirstToSpeak() {
        let speakers = SpeakerRecognizer.speakers(in: "Cllr Hayes asked about the budget. The PCC replied.")
        #expect(SpeakerRecognizer.primary(speakers) == Speaker(name: "Cllr Hayes", role: .member))
        #expect(SpeakerRecognizer.primary([]) == nil)
    }
}
