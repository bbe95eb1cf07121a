import Foundation
import Testing

@testable import MinutebookKit

/// Minutes written as notes or speaker by speaker, as the fifteenth and sixteenth held-out sets showed them
/// (evaluation/sources-heldout15.md, sources-heldout16.md): people named by their initials, the present tense,
/// "Speaker – text" lines, and "Q1 (RP) –" / "A – RO:" pairs.
@Suite("Notes with initials, and minutes written speaker by speaker")
struct NotesAndSpeakerLinesTests {
    static func questions(_ text: String) throws -> (ParsedDocument, [MemberQuestion]) {
        let document = try DocumentParser.parse(text)
        let questions = DocumentPreparer(tagger: TopicTagger(taxonomy: try TestSupport.taxonomy())).prepare(document).flatMap(\.questions).map(\.0)
        return (document, questions)
    }

    @Test("initials from an attendance table ask as the member and answer as the office; the present tense reads as the past")
    func initialsAndPresentTense() throws {
        let (document, found) = try Self.questions(
            """
            Fenmoor Police, Fire and Crime Panel – Budget Workshop – Notes

            Notes of the workshop held on Thursday 18 January 2024

            | Name | Role | Initials |
            | --- | --- | --- |
            | Cllr Ada Quenby | Chair of the Panel (Fenmoor Council) | AQ |
            | Mr Lionel Brent | Independent co-opted member | LB |
            | Carl Ormsby | Police, Fire and Crime Commissioner | PFCC / CO |
            | Hilda Vance | Chief Finance Officer, Office of the PFCC | HV |
            | Jo Pell | Democratic Services, Fenmoor Council | JP |

            1. Welcome and introductions

            AQ welcomes everyone. Apologies were received from Cllr Dan Rye.

            2. Police budget

            LB asks whether the budget assumes a pay award of 3%. HV says that it assumes 2.5% and that each further 1% costs £1.1m.

            AQ asks whether the second control room will open in April. CO says that it will open in June.

            CO asks members to share the budget survey with residents.
            """)
        #expect(document.metadata.kind == .minutes)
        #expect(found.map(\.asker) == ["Mr Lionel Brent", "Cllr Ada Quenby"])
        #expect(found.map(\.respondentRole) == [.officer, .pcc])
        let holders = OfficeHolders.find(in: document)
        #expect(holders.member(ofCode: "jp") == nil)  // the Panel's own officer is neither a member nor an office
        #expect(holders.role(ofCode: "jp") == nil)
    }

    @Test("initials in brackets after a name in a list of who attended, and labelled pairs that use them")
    func bracketedInitialsAndLabelledPairs() throws {
        let (_, found) = try Self.questions(
            """
            Minutes of the Fenmoor Police and Crime Panel held on Tuesday 6 February 2024

            Present: Cllr Ada Quenby (AQ) – Chair; Mrs Rena Tull (RT) – Independent Member
            In attendance: PCC Carl Ormsby (CO); CC Bea Lund (BL)

            4. Questions submitted in advance

            Q1 (RT) – Why has the number of detectives fallen this year?

            A – BL: Officers left earlier than forecast; 30 trainees start in March.

            Q2 (AQ) – Will the Commissioner use reserves to hold down the precept?

            A – The Office: No. General reserves stay at 3% of the budget.
            """)
        #expect(found.map(\.asker) == ["Mrs Rena Tull", "Cllr Ada Quenby"])
        #expect(found.map(\.respondentRole) == [.chiefConstable, .officer])
        #expect(found.first?.answer.hasPrefix("Officers left earlier") == true)
    }

    @Test("speaker lines: a member, a role's short form, a supplementary, a comment and the Chair's ruling")
    func speakerLines() throws {
        let (_, found) = try Self.questions(
            """
            Minutes of the Fenmoor Police and Crime Panel held on Monday 14 March 2022

            Present: Councillor Ruth Hale (Chair), Councillor Ian Fell, Councillor Jo Arne, Mr Neil Kirk

            5. Police and Crime Commissioner's update

            Members then asked questions, with those answering shown by role.
            Cllr Fell – What assurance could the PCC give that the new officers would be seen in the villages?
            PCC – Ninety of the new officers had gone to neighbourhood teams and every ward had a named officer.
            Cllr Fell (supplementary) – Would the ward figures be published?
            PCC – Yes; they would be on the website from April.
            Cllr Arne – Welcomed the fall in burglary and thanked the neighbourhood team for its work.
            Mr Kirk – How many recruits had left within two years of joining?
            CC – Did not have that figure with him.
            Cllr Hale (Chair) – Asked about the sentence given to a named defendant in February.
            Chair – Ruled that the question concerned an individual case and could not be taken.
            PCC – Asked members to share his budget survey with residents.
            """)
        #expect(found.map(\.asker) == ["Cllr Fell", "Mr Kirk", "Cllr Hale"])
        #expect(found.map(\.respondentRole) == [.pcc, .chiefConstable, nil])
        #expect(found.first?.answer.contains("Would the ward figures be published?") == true)
        #expect(found[1].status == .noInformation)
        #expect(found[2].status == .unanswered)
    }

    @Test("a council page whose menu fills the first lines still gives the panel's name")
    func panelBelowSiteMenu() throws {
        var lines = ["Skip to main content", "Fenbridge City Council", "Search this site", "Menu", "Home", "Council and democracy"]
        lines += ["Councillors and committees", "Meetings", "Calendar of Meetings", "Committees", "Search Documents", "Decisions"]
        lines += ["Meeting Details", "Meeting Summary", "Fenmoor Police and Crime Panel", "14 Mar 2022 - 14:00 to 16:30", "Venue: Council House"]
        lines += ["", "1. Apologies", "", "Apologies were received from Councillor Ann Lee."]
        let document = try DocumentParser.parse(lines.joined(separator: "\n"))
        #expect(document.metadata.body == "Fenmoor Police and Crime Panel")
    }

    @Test("a paper of written questions: 'Questions of Councillor X … to the Commissioner' over Q.1/A.1 pairs")
    func questionsOfAMemberOverNumberedPairs() throws {
        let document = try DocumentParser.parse(
            """
            Report to Fenmoor Police and Crime Panel
            Subject: Members' written questions to the Police and Crime Commissioner – answers

            APPENDIX A – MEMBERS' WRITTEN QUESTIONS AND ANSWERS

            Questions of Councillor Ann Dale (Fenmoor City Council) to the Police and Crime Commissioner
            Q.1 How many of the promised neighbourhood officers are now in post?

            A.1 Of the 48 posts, 41 are now filled. The Chief Constable has told me the rest start in June.

            Q.2 Why was the officer filmed at the protest allowed back on duty?

            A.2 Not answered. The Chair ruled that the question concerned an individual officer.
            Questions of Councillor Rob Tate (Fenmoor City Council) to the Police and Crime Commissioner
            Q.1 How many off-road bikes were seized in 2015?

            A.1 Answer provided by the Chief Constable: Officers seized 87 bikes in 2015.
            """)
        #expect(document.metadata.kind == .report)
        let found = document.items.flatMap { QuestionExtractor.extract(from: $0, in: document.metadata.kind) }
        #expect(found.map(\.asker) == ["Cllr Ann Dale", "Cllr Ann Dale", "Cllr Rob Tate"])
        #expect(found.map(\.respondentRole) == [.pcc, nil, .chiefConstable])
        #expect(found[1].status == .unanswered)
        #expect(found[2].answer == "Officers seized 87 bikes in 2015.")
    }

    @Test("a form in two columns, a label beside its text, is read as labelled lines, not as a table under a header")
    func labelBesideText() throws {
        let document = try DocumentParser.parse(
            """
            APPENDIX A – MEMBERS' WRITTEN QUESTIONS AND RESPONSES

            Question 1\tFrom Councillor Bede (Fenmoor MBC)
            Question\tHow much has the Commissioner spent on Safer Streets schemes since 2021?
            Response\tThe Office has spent £1.26m across three rounds of funding.
            Responded by\tPolice and Crime Commissioner
            """)
        let kinds = document.items.flatMap(\.blocks).map(\.kind)
        #expect(!kinds.contains(.tableRow))
        #expect(document.items.flatMap(\.blocks).contains { $0.text == "Question: How much has the Commissioner spent on Safer Streets schemes since 2021?" })
    }

    @Test("an answer before the member it answers: 'The Commissioner confirmed, in answer to Councillor Dale, that …'")
    func answerBeforeItsAsker() throws {
        let (_, found) = try Self.questions(
            """
            Minutes of the Fenmoor Police and Crime Panel held on 16 September 2013

            5. Annual report

            The Commissioner confirmed, in answer to Councillor Dale, that the transfer of staff had been completed in April.

            The Chief Constable explained, in response to a question from Councillor Tate about front counters, that four had closed.
            """)
        #expect(found.map(\.asker) == ["Cllr Dale", "Cllr Tate"])
        #expect(found.map(\.respondentRole) == [.pcc, .chiefConstable])
    }

    @Test("'Q: Councillor Sharnbrook (Ousebridge) – why had …' names who asked; the Chair inviting more questions ends the last answer")
    func askerBeforeADashInALabelledQuestion() throws {
        let document = try DocumentParser.parse(
            """
            Minutes of the Fenmoor Police and Crime Panel held on 18 June 2024

            7.\t
            Police and Crime Commissioner's Update Report
            Minutes:
            The Commissioner introduced his report. Members put the following questions:

            Q: Councillor Dale (Ousebridge) – why had the Commissioner borrowed £6.2m rather than use reserves?
            A: The OPCC Chief Finance Officer said that reserves were already committed to the estates programme.

            Q: The Chair – how the Commissioner now held the Chief Constable to account in public.
            A: The Commissioner said that he held a public session every six weeks.

            The Chair invited any further questions from Members; none were asked.
            """)
        #expect(document.items.contains { $0.number == "7" && $0.title == "Police and Crime Commissioner's Update Report" })
        let found = document.items.flatMap { QuestionExtractor.extract(from: $0, in: document.metadata.kind) }
        #expect(found.map(\.asker) == ["Cllr Dale", "the Chair"])
        #expect(found.first?.question == "why had the Commissioner borrowed £6.2m rather than use reserves?")
        #expect(found.last?.answer == "The Commissioner said that he held a public session every six weeks.")
    }

    @Test("offices written with the body they serve or what they cover; 'He had asked …' inside a reply is no member asking")
    func officesWithTheirBody() {
        let treasurer = SentenceReader.answerStart(in: "The Irwell Vale Combined Authority Treasurer responded that a gap of £7.2m remained.")
        #expect(treasurer?.respondent?.role == .officer)
        let deputy = SentenceReader.answerStart(in: "The Deputy Mayor (Policing and Crime) agreed to circulate a breakdown.")
        #expect(deputy?.respondent?.role == .deputyPCC)
        #expect(SentenceReader.cue(in: "He had asked the Chief Constable to publish the figures for each district.", headingAsker: nil) == nil)
        let partner = SentenceReader.answerStart(
            in: "The Community Safety Manager, Ousebridge Borough Council, who was attending for this item, said that all but £14,000 had been spent.")
        #expect(partner?.respondent?.role == .other)
    }

    @Test("a web page's title, or a Word file's page header, names the panel when the text says only 'Police, Fire and Crime Panel'")
    func panelFromPageTitle() throws {
        var extracted = ExtractedText(
            text: "**Police, Fire and Crime Panel Monday, 29th January, 2018 10.00 am**\n\n1. Apologies\n\nNone.", format: .html, encoding: "utf-8")
        extracted.pageTitle = "Agenda for Irwell Vale Police, Fire and Crime Panel on Monday, 29th January, 2018, 10.00 am"
        #expect(try DocumentParser.parse(extracted).metadata.body == "Irwell Vale Police, Fire and Crime Panel")
        let page = try HTMLReader.read(
            "<html><head><title>Agenda for Irwell Vale Police, Fire and Crime Panel on Monday</title></head><body><p>Police, Fire and Crime Panel</p><p>The minutes were agreed.</p></body></html>",
            encoding: "utf-8")
        #expect(page.pageTitle == "Agenda for Irwell Vale Police, Fire and Crime Panel on Monday")
    }

    @Test("'Q1 Councillor Petra Ware' over the question read out, the reply on the same line or the next; a withdrawn question is none")
    func numberedQuestionsReadOut() throws {
        let document = try DocumentParser.parse(
            """
            Minutes of the Fenmoor Police and Crime Panel held on 21 July 2020

            8. Members' written questions

            Four questions had been submitted by Members in advance. The answers were read out.
            Q1 Councillor Petra Ware
            "What has been the cost of the remote working arrangements since March?"
            The Commissioner said that his office had spent £23,400 on laptops and licences.
            Q2 Councillor Ravi Bush "Will the Commissioner restore the street pastors funding?" The time for the item having ended, the Commissioner agreed to send Councillor Bush a written answer.
            Q3 Councillor Anita Bald: the question was withdrawn as Councillor Bald had sent her apologies.
            """)
        let found = document.items.flatMap { QuestionExtractor.extract(from: $0, in: document.metadata.kind) }
        #expect(found.map(\.asker) == ["Cllr Petra Ware", "Cllr Ravi Bush"])
        #expect(found.map(\.respondentRole) == [.pcc, .pcc])
        #expect(found.last?.status == .deferred)
    }

    @Test("a panel's report to the Commissioner: the questions put to 'you' at the meeting, answered by 'you' and 'your' officers")
    func reportToTheCommissioner() throws {
        let document = try DocumentParser.parse(
            """
            Report of the Fenmoor Police, Fire and Crime Panel (The Panel) to the Police, Fire and Crime Commissioner for Fenmoor (The PFCC)

            We considered your proposed fire precept at our meeting on 10 February 2025. Would residents pay more? Most said they would.

            Questions put to you at the meeting

            Councillor Joan Broc asked whether on-call availability had improved. Your Chief Fire Officer told the Panel that it had averaged 84%.

            The Vice-Chairman asked how much of the transformation reserve had been committed. You undertook to provide a breakdown before June.

            A member asked how the Service worked with the police on prevention. Your Deputy explained that joint visits had been piloted.

            The Panel's decision

            The Panel voted to support the proposed increase.
            """)
        #expect(document.metadata.kind == .report)
        let found = DocumentPreparer(tagger: TopicTagger(taxonomy: try TestSupport.taxonomy())).prepare(document).flatMap(\.questions).map(\.0)
        #expect(found.map(\.asker) == ["Cllr Joan Broc", "the Vice Chair", "a member"])
        #expect(found.map(\.respondentRole) == [.chiefFireOfficer, .pcc, .deputyPCC])
        #expect(found[1].status == .deferred)
    }

    @Test("'the county's Director of Public Health' answers for a partner agency")
    func partnerOwner() {
        let start = SentenceReader.answerStart(
            in: "Dr Miriam Alden, the county's Director of Public Health, who attended for this item, said that the police would support the councils.")
        #expect(start?.respondent?.role == .other)
    }

    @Test("speakers in capitals ('COUNCILLOR BIRDLIP:', 'THE COMMISSIONER:'), hard-wrapped; the office asking the Panel answers nothing")
    func speakersInCapitals() throws {
        let document = try DocumentParser.parse(
            """
            MINUTES of the meeting of the Fenmoor Police and Crime Panel held on Friday 14 November 2014

            5. COMMISSIONER'S QUESTION TIME

            COUNCILLOR BIRD: The plan promised more officers on the
            Lydmouth estates. How many have arrived?
            THE COMMISSIONER: Eleven. Seven went to Lydmouth in June and four to
            Colebrook in September.
            COUNCILLOR BIRD (supplementary): Will they stay there after the restructure?
            THE COMMISSIONER: Yes, until at least April 2016.
            MR SLAD: How many cybercrime reports were passed to the national centre?
            THE COMMISSIONER: I do not have that figure today.
            THE COMMISSIONER: May I ask the Panel something? Would members host a surgery?
            THE CHAIRMAN: We will take that under any other business.
            """)
        let found = document.items.flatMap { QuestionExtractor.extract(from: $0, in: document.metadata.kind) }
        #expect(found.map(\.asker) == ["Cllr BIRD", "Mr SLAD"])
        #expect(found.map(\.respondentRole) == [.pcc, .pcc])
        #expect(found.first?.answer.contains("Will they stay there after the restructure?") == true)
        #expect(found.last?.answer == "I do not have that figure today.")
    }

    @Test("questions in a table: 'Issue raised | Response | Action', and a form lettered 'Q.' and 'R.'")
    func questionTables() throws {
        let document = try DocumentParser.parse(
            """
            Minutes of the Fenmoor Police and Crime Panel held on 10 November 2016

            6. Questions from Members

            Issue raised\tResponse\tAction
            Cllr Mahon asked how the knife crime funding reached young people in Bradwell.\tThe Commissioner said that £180,000 had been given to four youth groups.\tNone
            The Commissioner asked Members to promote his Community Safety Fund in their wards.\t–\tMembers to note

            7. Six-monthly presentation

            Q.\tCouncillor Lang asked how many victims the new hub had supported since it opened.
            R.\tThe Commissioner said that 2,150 victims had been contacted since 1st June.
            """)
        let found = document.items.flatMap { QuestionExtractor.extract(from: $0, in: document.metadata.kind) }
        #expect(found.map(\.asker) == ["Cllr Mahon", "Cllr Lang"])
        #expect(found.map(\.respondentRole) == [.pcc, .pcc])
    }

    @Test("members asking one after another before any answer: each their own question; a point ruled out by the Chair is a question")
    func questionsInARowAndRulings() throws {
        let (_, found) = try Self.questions(
            """
            Minutes of the Fenmoor Police and Crime Panel held on 6 February 2013

            5. Proposed precept

            • Members felt that the plan should say more about road safety.
            Councillor Witch asked why the Commissioner had taken the freeze grant. Councillor Ickle queried whether the reserves would be enough. Mr Dull asked how many staff posts would be lost. In response to the points raised, the Commissioner said that he had promised not to raise the precept.

            Councillor Send raised a complaint from a resident about a burglary investigation. The Chairman ruled that individual cases were a matter for the complaints process.

            Councillor Marr noted that the scorecard showed a further rise in reports of domestic abuse and sought assurance about repeat victims. The Commissioner said that he did not have that information with him.
            """)
        #expect(found.map(\.asker) == ["Cllr Witch", "Cllr Ickle", "Mr Dull", "Cllr Send", "Cllr Marr"])
        #expect(found.map(\.status) == [.unanswered, .unanswered, .answered, .unanswered, .noInformation])
    }

    @Test("paragraphs numbered within a minute ('64.2 Councillor Fen asked …') are each their own, in wrapped text")
    func paragraphNumbersInWrappedText() throws {
        let document = try DocumentParser.parse(
            """
            Minutes of the Fenmoor Police and Crime Panel held on 21 November 2014

            64. QUESTIONS FROM MEMBERS
            The Chairman reported that two questions had been submitted.
            64.1 Councillor Brook asked the Commissioner how much had been spent on overtime. The
            Commissioner replied that £2.9m had been spent against a budget of £2.4m.
            64.2 Councillor Fen asked what progress had been made in recruiting special
            constables. The Commissioner said that the force now had 318 special constables.
            """)
        let found = document.items.flatMap { QuestionExtractor.extract(from: $0, in: document.metadata.kind) }
        #expect(found.map(\.asker) == ["Cllr Brook", "Cllr Fen"])
        #expect(found.map(\.respondentRole) == [.pcc, .pcc])
    }

    @Test("'In response to a further question from Councillor X …' after X's answer is X's follow-up, kept with the question")
    func furtherQuestionFromTheSameMember() throws {
        let found = try AnswerShapeTests.read(
            """
            Councillor S Mungo queried how long fire safety audits of care homes were taking. The CFO confirmed that 212 premises had been audited against a plan of 240. In response to a further question from Councillor Mungo about enforcement, the CFO advised that three enforcement notices had been served.
            """)
        #expect(found.map(\.asker) == ["Cllr S Mungo"])
        #expect(found.first?.answer.hasSuffix("three enforcement notices had been served.") == true)
    }
}
