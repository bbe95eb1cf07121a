import Foundation
import Testing

@testable import MinutebookKit

/// People the minutes name with their office, then by title and surname alone; and the rules the second
/// held-out set (evaluation/sources-heldout2.md) showed were missing.
@Suite("Office holders named in the minutes")
struct OfficeHoldersTests {
    static let minutes = """
        Police and Crime Panel for Millbeck - Monday, 3rd February, 2025 10.00 am

        Present: County Councillor A Whitby (Chair), Councillor Ann Lee, Deputy Mayor of Sandholme

        Also in attendance:
        ·  Mrs J Rowe, Police and Crime Commissioner for Millbeck.
        ·  Mr K Aspin, Chief Finance Officer - Office of the PCC.
        ·  Chief Constable Dev Anand

        5. Precept proposal 2025/26

        Minutes:

        The Commissioner presented her proposal. Mrs Rowe stated that the increase would keep officer numbers level.

        County Councillor A Whitby asked how much of the savings target had been identified. Mr Aspin informed the Panel that £4.2m of savings had been agreed.

        Councillor Lee asked whether the rural team would be made permanent. Mr Anand said that it would, from April.

        Councillor A Whitby asked what share of the increase would go to rural crime. Mrs Rowe responded that she could not give a separate figure.
        """

    static func read() throws -> (ParsedDocument, [MemberQuestion]) {
        let document = try DocumentParser.parse(minutes)
        let questions = DocumentPreparer(tagger: TopicTagger(taxonomy: try TestSupport.taxonomy())).prepare(document).flatMap(\.questions).map(\.0)
        return (document, questions)
    }

    @Test("attendance lines teach who holds which office; a councillor with another title stays a member")
    func holders() throws {
        let (document, _) = try Self.read()
        let holders = OfficeHolders.find(in: document)
        #expect(holders.role(ofSurname: "rowe") == .pcc)
        #expect(holders.role(ofSurname: "aspin") == .officer)
        #expect(holders.role(ofSurname: "anand") == .chiefConstable)
        #expect(holders.role(ofSurname: "lee") == nil)
        #expect(holders.role(ofSurname: "whitby") == nil)
    }

    @Test("'Mr Aspin informed the Panel' answers as the Chief Finance Officer; the PCC's statement is no question")
    func answersByName() throws {
        let (_, questions) = try Self.read()
        #expect(questions.map(\.asker) == ["Cllr A Whitby", "Cllr Lee", "Cllr A Whitby"])
        #expect(questions.map(\.respondentRole) == [.officer, .chiefConstable, .pcc])
        #expect(questions.map(\.respondent) == ["Mr Aspin", "Mr Anand", "Mrs Rowe"])
        #expect(questions.last?.status == .noInformation)
    }

    @Test("without an attendance line, Mr Aspin is whoever the sentence says")
    func noHolders() {
        let s = SentenceWords("Mr Aspin informed the Panel that savings had been agreed.")
        #expect(SentenceReader.officeSubject(s, at: 0) == nil)
        OfficeHolders.$current.withValue(OfficeHolders.find(in: try! DocumentParser.parse(Self.minutes))) {
            #expect(SentenceReader.officeSubject(s, at: 0)?.respondent.role == .officer)
        }
    }

    @Test("a panel named with its place after it")
    func panelForPlace() {
        #expect(MeetingHeader.panel(in: "Police and Crime Panel for Millbeck - Monday, 3rd February, 2025 10.00 am") == "Police and Crime Panel for Millbeck")
        #expect(
            MeetingHeader.panel(in: "POLICE AND CRIME PANEL FOR NORTH MILLBECK AND DALES\nMinutes") == "Police and Crime Panel for North Millbeck and Dales")
        #expect(MeetingHeader.panel(in: "Thames Valley Police and Crime Panel - Friday 3 February") == "Thames Valley Police and Crime Panel")
    }

    @Test("a heading that names no place gives way to the full name in the opening sentence")
    func genericHeadingThenFullName() throws {
        let header = "Unconfirmed\nPolice and Crime Panel\nMinutes of the meeting of the Carrowmere Police and Crime Panel held on 31 January 2025 at 10:00 am"
        #expect(MeetingHeader.panel(in: header) == "Carrowmere Police and Crime Panel")
        let document = try DocumentParser.parse(
            header
                + "\n\n1. Apologies\n\nApologies were received from Councillor Tess Orrin.\n\n2. Precept\n\nCouncillor Ned Vale asked about reserves. The Commissioner said that they stood at £6 million.\n"
        )
        #expect(document.metadata.body == "Carrowmere Police and Crime Panel")
        // A host council above a heading with no place still names it when nothing later does.
        #expect(
            MeetingHeader.panel(in: "Harrowfell County Council\nPolice and Crime Panel\nMinutes of the meeting held on 3 May")
                == "Harrowfell Police and Crime Panel")
    }

    @Test("a saved ModernGov page's report link after an item's title is not part of the title")
    func reportLinkAfterTitle() throws {
        #expect(
            DocumentParser.withoutDocumentLink("The Commissioner's Proposed Precept for 2025/26. pdf icon PDF 214 KB")
                == "The Commissioner's Proposed Precept for 2025/26")
        #expect(DocumentParser.withoutDocumentLink("Work Programme (PDF 72 KB)") == "Work Programme")
        #expect(DocumentParser.withoutDocumentLink("Police and Crime Plan 2024 - PDF 1.2 MB") == "Police and Crime Plan 2024")
        #expect(DocumentParser.withoutDocumentLink("PDF accessibility of reports") == "PDF accessibility of reports")
        let document = try DocumentParser.parse(
            String(contentsOf: TestSupport.repoRoot.appendingPathComponent("evaluation/documents/h2-ribblemoor.txt"), encoding: .utf8))
        #expect(document.items.contains { $0.title == "The Commissioner's Proposed Precept for 2025/26" })
        #expect(!document.items.contains { $0.title?.localizedCaseInsensitiveContains("pdf icon") == true })
    }

    @Test("minutes headed by a minute reference and a title in capitals are split into their items")
    func minuteReferenceHeadings() throws {
        #expect(DocumentParser.minuteReferenceHeading("4/24        PUBLIC QUESTIONS [Item 4]")! == ("4", "PUBLIC QUESTIONS"))
        #expect(DocumentParser.minuteReferenceHeading("17/23 PROPOSED PRECEPT 2024/25")! == ("17", "PROPOSED PRECEPT 2024/25"))
        #expect(DocumentParser.minuteReferenceHeading("12/24 STOP AND SEARCH [Agenda Item 7A]")! == ("7A", "STOP AND SEARCH"))
        #expect(DocumentParser.minuteReferenceHeading("4/24 of the budget was spent on overtime.") == nil)
        let document = try DocumentParser.parse(
            String(contentsOf: TestSupport.repoRoot.appendingPathComponent("evaluation/documents/s-wealdbourne-2024-02.txt"), encoding: .utf8))
        #expect(document.items.compactMap(\.number) == ["1", "2", "3", "4", "5", "6", "7", "8"])
        #expect(document.items.contains { $0.title == "PROPOSED PRECEPT 2024/25" })
    }

    @Test("a lack of figures after a first sentence that answers counts only when figures were asked for")
    func noInformationLater() {
        let answer = "The Deputy Chief Constable explained that stolen tractors had been recovered at ports. She did not have figures for the county with her."
        #expect(
            AnswerStatusClassifier.status(ofMainAnswer: answer, question: "Cllr Lee asked whether thefts of farm machinery were linked to organised crime.")
                == .answered)
        #expect(AnswerStatusClassifier.status(ofMainAnswer: answer, question: "Cllr Lee asked how many tractors had been stolen.") == .noInformation)
        #expect(AnswerStatusClassifier.status(ofMainAnswer: answer) == .noInformation)
        // Not having considered something is no answer wherever it is said.
        let unconsidered = "The PCC reported that the scheme had not worked. On phones bought without identification, this was not an issue he had considered."
        #expect(AnswerStatusClassifier.status(ofMainAnswer: unconsidered, question: "The PCC was asked for his view on phones.") == .noInformation)
    }

    @Test("a borough's mayor listed among the councillors present asks as a member; the mayoral PCC still answers")
    func mayorAsMember() throws {
        let text = """
            Skelbrook Police and Crime Panel - Tuesday, 14th January, 2025

            Present: Cllr Dora Penrith (Chair), Cllr Ray Gillam, Mayor Gavin Tolley, Mr Ishaq Ren

            In attendance: Matthew Corby (Police and Crime Commissioner), Chief Constable Fiona Ash

            6. Commissioner's update

            Mayor Gavin Tolley asked what the Commissioner was doing about the funding formula. The Commissioner said that he had written to the Minister in December.

            Cllr Gillam asked how many officers had joined. The Mayor of Skelbrook had raised this earlier. The Chief Constable replied that 41 had joined since April.
            """
        let document = try DocumentParser.parse(text)
        let holders = OfficeHolders.find(in: document)
        #expect(holders.isTitledMember("tolley"))
        #expect(holders.role(ofSurname: "tolley") == nil)
        let questions = DocumentPreparer(tagger: TopicTagger(taxonomy: try TestSupport.taxonomy())).prepare(document).flatMap(\.questions).map(\.0)
        #expect(questions.map(\.asker) == ["Mayor Gavin Tolley", "Cllr Gillam"])
        #expect(questions.map(\.respondentRole) == [.pcc, .chiefConstable])

        // Without the attendance line, "Mayor" is the mayoral PCC's office, as in a mayoral panel.
        let mayoral = try DocumentParser.parse(
            text.replacingOccurrences(of: "Mayor Gavin Tolley, ", with: "").replacingOccurrences(
                of: "Matthew Corby (Police and Crime Commissioner)", with: "Mayor Gavin Tolley"))
        #expect(OfficeHolders.find(in: mayoral).role(ofSurname: "tolley") == .pcc)
        #expect(OfficeHolders.find(in: mayoral).isTitledMember("tolley") == false)
    }

    @Test("a mayor in a membership table beside a council asks as a member; a label before a named holder is no name")
    func mayorInMembershipTable() throws {
        let text = """
            Minutes of the Wrexford Police and Crime Panel held on Tuesday, 4th March, 2025

            | Name | Authority |
            | --- | --- |
            | Councillor Ruth Ancell | Wrexford City Council – Chair |
            | Mayor Lionel Dunnet | Coldbrook District Council |
            | Mr Farid Osei | Independent Member |

            OTHERS PRESENT: Carys Tonbridge – Police and Crime Commissioner (PCC); Owen Leck – Chief Finance Officer, OPCC

            4. Commissioner's update

            Mayor Lionel Dunnet asked whether the grants to community safety partnerships had been evaluated. The Commissioner agreed to send members the evaluation after the meeting.

            Councillor Ancell asked when the new control room would open. Ms Tonbridge said that it would open in March.
            """
        let document = try DocumentParser.parse(text)
        let holders = OfficeHolders.find(in: document)
        #expect(holders.isTitledMember("dunnet"))
        #expect(holders.role(ofSurname: "tonbridge") == .pcc)
        #expect(holders.role(ofSurname: "present") == nil)
        let questions = DocumentPreparer(tagger: TopicTagger(taxonomy: try TestSupport.taxonomy())).prepare(document).flatMap(\.questions).map(\.0)
        #expect(questions.map(\.asker) == ["Mayor Lionel Dunnet", "Cllr Ancell"])
        #expect(questions.map(\.respondentRole) == [.pcc, .pcc])
        #expect(questions.first?.status == .deferred)
    }
}
