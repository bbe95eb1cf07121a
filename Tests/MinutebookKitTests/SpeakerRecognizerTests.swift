import Foundation
import Testing
@testable import MinutebookKit

/// Pins what `SpeakerRecognizer.speakers(in:)` finds, sentence by sentence. The expectations were taken from the
/// regular-expression implementation, quirks included, so a rewrite must give the same answers.
@Suite("Speaker recognizer")
struct SpeakerRecognizerTests {
    /// Each speaker as "role: name", in the order found.
    static func found(_ text: String) -> [String] {
        SpeakerRecognizer.speakers(in: text).map { "\($0.role): \($0.name)" }
    }

    static let offices: [(String, [String])] = [
        ("The Deputy Chief Constable reported that crime had fallen.", ["deputy-chief-constable: Deputy Chief Constable"]),
        ("The DCC said the plan was on track.", ["deputy-chief-constable: Deputy Chief Constable"]),
        ("The Assistant Chief Constable explained the changes.", ["officer: Assistant Chief Constable"]),
        ("The ACC confirmed the figures.", ["officer: Assistant Chief Constable"]),
        ("The Chief Constable stated that arrests had risen.", ["chief-constable: Chief Constable"]),
        ("The Deputy Police and Crime Commissioner noted the report.", ["deputy-pcc: Deputy PCC"]),
        ("The Deputy PCC added a comment.", ["deputy-pcc: Deputy PCC"]),
        ("The Deputy Commissioner agreed.", ["deputy-pcc: Deputy PCC"]),
        ("The DPCC welcomed the report.", ["deputy-pcc: Deputy PCC"]),
        ("The Police, Crime and Victims' Commissioner said so.", ["pcc: PCC"]),
        ("The Police Crime and Victims Commissioner said so.", ["pcc: PCC"]),
        ("The PCVC said so.", ["pcc: PCC"]),
        ("The Police, Fire and Crime Commissioner said so.", ["pcc: PCC"]),
        ("The Police Fire and Crime Commissioner said so.", ["pcc: PCC"]),
        ("The PFCC said so, and the Chair had agreed.", ["pcc: PCC"]),
        // "PFCC" is a marker of its own: it does not contain "PCC".
        ("The PFCC said so.", ["pcc: PCC"]),
        ("The Police and Crime Commissioner responded.", ["pcc: PCC"]),
        ("The PCC replied.", ["pcc: PCC"]),
        ("The Commissioner thanked the Panel.", ["pcc: PCC"]),
        ("The Chief Finance Officer advised caution.", ["officer: Chief Finance Officer"]),
        ("The Finance Officer advised caution.", ["officer: Finance Officer"]),
        ("The Chief Executive advised caution.", ["officer: Chief Executive"]),
        ("The Monitoring Officer advised caution.", ["officer: Monitoring Officer"]),
        ("The Scrutiny Officer advised caution.", ["officer: Scrutiny Officer"]),
        ("The Policy Manager advised caution.", ["officer: Policy Manager"]),
        ("The Head of Finance advised caution.", ["officer: Head of Finance"]),
        ("The Head of Corporate Services advised caution.", ["officer: Head of Corporate Services"]),
        ("The Head of ICT advised caution.", []),
        ("The Chief Superintendent advised caution.", ["officer: Chief Superintendent"]),
        ("The Superintendent advised caution.", ["officer: Superintendent"]),
        ("Chief Superintendent Jones advised caution.", []),
        ("The Supt advised caution.", ["officer: Supt"]),
        // A title ending in a full stop ends there, though no word boundary follows the stop.
        ("The Supt. advised caution.", ["officer: Supt."]),
        ("The Chief Inspector advised caution.", ["officer: Chief Inspector"]),
        ("The Inspector advised caution.", ["officer: Inspector"]),
        ("The Chairman said the meeting was quorate.", ["chair: Chairman"]),
        ("The Chair said the meeting was quorate.", ["chair: Chairman"]),
        ("The Vice-Chairman said the meeting was quorate.", ["chair: Chairman"]),
        ("The Vice Chair said the meeting was quorate.", ["chair: Chairman"]),
        ("Cllr Hayes asked about response times.", ["member: Cllr Hayes"]),
        ("Cllr. Hayes asked about response times.", ["member: Cllr Hayes"]),
        ("Councillor Hayes asked about response times.", ["member: Cllr Hayes"]),
        ("Councillor Jane Hayes asked about response times.", ["member: Cllr Jane Hayes"]),
        ("Cllr. Jane Hayes asked about response times.", ["member: Cllr Jane Hayes"]),
        ("Councillor O'Brien-Smith queried the cost.", ["member: Cllr O'Brien-Smith"]),
        // At most two name words; a third leaves no verb after the name.
        ("Councillor Mary Jane Hayes asked about response times.", []),
        ("The Chair, Cllr Hayes, said the meeting was quorate.", ["member: Cllr Hayes"]),
        ("Cllr Hayes and Cllr Jones asked about response times.", ["member: Cllr Jones"]),
        ("A Member asked about response times.", ["member: a member"]),
        ("a Member asked about response times.", ["member: a member"]),
        ("Members asked about response times.", ["member: a member"]),
        ("The Members asked about response times.", ["member: a member"]),
        ("a Members asked about response times.", ["member: a member"]),
        ("One Member asked about response times.", []),
        ("The Member asked about response times.", []),
    ]

    @Test("each office, and how it is named", arguments: offices)
    func office(_ text: String, _ expected: [String]) {
        #expect(Self.found(text) == expected)
    }

    static let clauses: [(String, [String])] = [
        ("The PCC, said the plan was ready.", ["pcc: PCC"]),
        ("The PCC ,said the plan was ready.", []),
        ("The Chief Constable, in response to a question, said arrests had risen.", ["chief-constable: Chief Constable"]),
        ("The Chief Constable in response to a question said arrests had risen.", ["chief-constable: Chief Constable"]),
        ("The Chief Constable, in reply, explained the figures.", ["chief-constable: Chief Constable"]),
        ("The Chief Constable in answer to Members confirmed the figures.", ["chief-constable: Chief Constable"]),
        ("The PCC, in response, further noted the risk.", ["pcc: PCC"]),
        ("The PCC In response to a question said no.", []),
        // The clause runs to the LAST verb within 90 characters, so a speaker inside it is not found.
        ("The PCC in response to a question from Cllr Hayes said that the Chief Constable agreed.", ["pcc: PCC"]),
        ("The PCC in response to Cllr Hayes said more; the Chief Constable agreed.", ["pcc: PCC", "chief-constable: Chief Constable"]),
        // Up to 90 characters between "in response" and the whitespace before the verb.
        ("The PCC in response " + String(repeating: "a", count: 89) + " said no.", ["pcc: PCC"]),
        ("The PCC in response " + String(repeating: "a", count: 90) + " said no.", []),
        // The 90 are counted in Unicode scalars, not bytes or UTF-16 units.
        ("The PCC in response " + String(repeating: "é", count: 89) + " said no.", ["pcc: PCC"]),
        ("The PCC in response " + String(repeating: "😀", count: 89) + " said no.", ["pcc: PCC"]),
        ("The PCC in response " + String(repeating: "😀", count: 90) + " said no.", []),
        ("The PCC also said the plan was ready.", ["pcc: PCC"]),
        ("The PCC then asked for a report.", ["pcc: PCC"]),
        ("The PCC further explained the plan.", ["pcc: PCC"]),
        ("The PCC also  said the plan was ready.", ["pcc: PCC"]),
        ("The PCC Also said the plan was ready.", []),
        ("The PCC alsosaid the plan was ready.", []),
        ("The PCC also then said the plan was ready.", []),
    ]

    @Test("comma, in response/reply/answer, also/then/further", arguments: clauses)
    func clause(_ text: String, _ expected: [String]) {
        #expect(Self.found(text) == expected)
    }

    static let boundaries: [(String, [String])] = [
        ("PCCs said the plan was ready.", []),
        ("The PCC's office said the plan was ready.", []),
        ("The ex-PCC said the plan was ready.", ["pcc: PCC"]),
        ("ThePCC said the plan was ready.", []),
        ("The PCC said.", ["pcc: PCC"]),
        ("The PCC said", ["pcc: PCC"]),
        ("The PCC saidx the plan was ready.", []),
        ("The PCC said2 the plan was ready.", []),
        ("The PCC said_ the plan was ready.", []),
        ("The PCC reportedly said the plan was ready.", []),
        ("The Chairmanship said the plan was ready.", []),
        ("The pcc said the plan was ready.", []),
        ("The Pcc said the plan was ready.", []),
        ("The CHIEF CONSTABLE said the plan was ready.", []),
        ("The PCC Said the plan was ready.", []),
        ("a member asked about response times.", []),
        ("Officers reported a rise.", []),
        ("It was said that the PCC would attend.", []),
        ("The Chief Constable would report later.", []),
    ]

    @Test("word boundaries and case", arguments: boundaries)
    func boundary(_ text: String, _ expected: [String]) {
        #expect(Self.found(text) == expected)
    }

    static let passages: [(String, [String])] = [
        ("The Chief Constable said the figures were good. The PCC agreed.",
         ["chief-constable: Chief Constable", "pcc: PCC"]),
        ("The PCC agreed. The Chief Constable said the figures were good.",
         ["pcc: PCC", "chief-constable: Chief Constable"]),
        ("The PCC said the Chief Constable agreed.", ["pcc: PCC", "chief-constable: Chief Constable"]),
        ("The PCC said so. The Chief Constable replied. The PCC agreed. The Commissioner thanked him.",
         ["pcc: PCC", "chief-constable: Chief Constable"]),
        ("Cllr Hayes asked. Councillor Hayes asked again. Cllr. Hayes asked a third time.", ["member: Cllr Hayes"]),
        ("A Member asked. Members asked. Cllr Hayes asked.", ["member: a member", "member: Cllr Hayes"]),
        ("The PCC said so.\nThe Chief Constable\nreplied.", ["pcc: PCC", "chief-constable: Chief Constable"]),
    ]

    @Test("several speakers: in order of first appearance, each once", arguments: passages)
    func several(_ text: String, _ expected: [String]) {
        #expect(Self.found(text) == expected)
    }

    static let unicode: [(String, [String])] = [
        ("Councillor O’Brien said the plan was ready.", ["member: Cllr O’Brien"]),
        ("Cllr O’Neill-Smith said the plan was ready.", ["member: Cllr O’Neill-Smith"]),
        ("Councillor Aoife O’Neill said the plan was ready.", ["member: Cllr Aoife O’Neill"]),
        ("Cllr O’ said the plan was ready.", []),
        ("Cllr Zoë Hayes said the plan was ready.", ["member: Cllr Zoë Hayes"]),
        ("Councillor Éamon Ryan said the plan was ready.", ["member: Cllr Éamon Ryan"]),
        ("Councillor Siân Élise said the plan was ready.", ["member: Cllr Siân Élise"]),
        ("The PCC\u{00A0}said the plan was ready.", ["pcc: PCC"]),
        ("The PCC,\u{00A0}said the plan was ready.", ["pcc: PCC"]),
        ("The PCC\u{2009}said the plan was ready.", ["pcc: PCC"]),
        ("The PCC\u{00A0}\u{00A0}also\u{202F}said the plan was ready.", ["pcc: PCC"]),
        ("The PCC\u{200B}said the plan was ready.", []),
        ("Cllr\u{00A0}Hayes said the plan was ready.", []),
        ("The Chief\u{00A0}Constable said the plan was ready.", []),
        ("The Chief\nConstable said the plan was ready.", []),
        ("The PCC\u{0301} said the plan was ready.", []),
        ("The PCC said\u{0301} the plan was ready.", []),
        ("The PCC said\u{00AD}more.", []),
        ("CaféPCC said the plan was ready.", []),
        ("“The PCC said the plan was ready.”", ["pcc: PCC"]),
        ("The PCC said’ the plan was ready.", ["pcc: PCC"]),
        ("The Chief Constable in response to Members — 😀 — said that it was fine.", ["chief-constable: Chief Constable"]),
        ("The Chief Constable — in response to Members — said that it was fine.", []),
    ]

    @Test("curly apostrophes, non-breaking spaces and other non-ASCII text", arguments: unicode)
    func nonASCII(_ text: String, _ expected: [String]) {
        #expect(Self.found(text) == expected)
    }

    @Test func primaryPrefersAnOfficeHolder() {
        let speakers = SpeakerRecognizer.speakers(in: "Cllr Hayes asked. The PCC replied.")
        #expect(SpeakerRecognizer.primary(speakers) == Speaker(name: "PCC", role: "pcc"))
        #expect(SpeakerRecognizer.primary(SpeakerRecognizer.speakers(in: "Cllr Hayes asked.")) == Speaker(name: "Cllr Hayes", role: "member"))
        #expect(SpeakerRecognizer.primary([]) == nil)
    }
}
