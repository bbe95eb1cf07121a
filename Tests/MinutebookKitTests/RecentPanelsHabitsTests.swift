import Foundation
import Testing

@testable import MinutebookKit

/// Habits of minutes the twenty-first and twenty-second held-out sets showed (evaluation/sources-heldout21.md,
/// sources-heldout22.md): webcast times before paragraphs, officers named by an apposition or by first name,
/// members of the public "of" a place, questions sent in writing with quoted replies, a printed title wrapped in two.
@Suite("Webcast times, written questions quoted, officers by first name")
struct RecentPanelsHabitsTests {
    static func questions(_ text: String) throws -> [MemberQuestion] {
        let document = try DocumentParser.parse(text)
        return DocumentPreparer(tagger: TopicTagger(taxonomy: try TestSupport.taxonomy())).prepare(document).flatMap(\.questions).map(\.0)
    }

    @Test("a webcast's time before a numbered paragraph is not part of who speaks")
    func webcastTimes() throws {
        let found = try Self.questions(
            """
            Minutes of the Chalkmoor Police and Crime Panel held on 21 November 2024

            42. Draft Police and Crime Plan

            1. [00:24:31] Cllr Tobias Marley asked how the Commissioner would measure whether neighbourhood policing had improved.
            2. [00:25:02] The Commissioner's Chief of Policy, Ms Vera Hext, explained that a performance framework would set measures.
            3. [00:36:20] Cllr Nadia Flame asked how many shop thefts had been recorded in the town centres. Ms Hext did not have the figures with her.
            4. (01:03:40) Cllr Flame asked why fewer 999 calls had been answered in October. The Commissioner said that flooding had doubled the calls.
            """)
        #expect(found.map(\.asker) == ["Cllr Tobias Marley", "Cllr Nadia Flame", "Cllr Flame"])
        #expect(found.map(\.respondentRole) == [.officer, .officer, .pcc])
        #expect(found[1].status == .noInformation)
        #expect(QuestionText.withoutListMarker("[00:24:31] Cllr Marley asked") == "Cllr Marley asked")
        #expect(QuestionText.withoutListMarker("3. 01:02:14 – The Commissioner said") == "The Commissioner said")
        #expect(QuestionText.withoutListMarker("10:30 The meeting resumed") == "10:30 The meeting resumed")  // a clock time, kept
        #expect(QuestionText.withoutListMarker("(2) Cllr Marley asked") == "Cllr Marley asked")
    }

    @Test("a member of the public 'of' a place asks; a numbered paragraph inviting questions names no questioner")
    func publicQuestionerOfAPlaceAndInvitedQuestions() throws {
        let found = try Self.questions(
            """
            Minutes of the Chalkmoor Police and Crime Panel held on 21 June 2024

            4. Public and Panel Questions to the Commissioner

            4.1   Mrs Harriet Redd of Ashmere asked why the front counter at Ashmere police station had not reopened. The Commissioner said that it had been used by four people a day.

            4.2   The Chair invited questions from Panel members.

            4.3   Cllr Imogen Balk asked what was being done about shop theft.

            4.4   The Commissioner explained that she had made threats to shop workers priority calls.

            4.5   Cllr Anwen Firl asked how many people had used online reporting. The Commissioner did not have the figure with her.
            """)
        #expect(found.map(\.asker) == ["Mrs Harriet Redd", "Cllr Imogen Balk", "Cllr Anwen Firl"])
        #expect(found.map(\.respondentRole) == [.pcc, .pcc, .pcc])
        #expect(found[1].answer.hasPrefix("The Commissioner explained"))
        #expect(found[2].status == .noInformation)
    }

    @Test("written questions with quoted replies in printed text: who asked, whose reply, a supplementary another office answers")
    func writtenQuestionsQuoted() throws {
        let found = try Self.questions(
            """
            CWM ARIAN POLICE AND CRIME PANEL
            MINUTES OF THE HYBRID MEETING HELD ON FRIDAY, 16TH SEPTEMBER 2022 AT 10.00 AM
            PRESENT:
            By Invitation:
            Ceri Mathers (Police and Crime Commissioner), Eleri Prys (Deputy Police and
            Crime Commissioner) and Chief Constable Rhodri Tal (for item 5).
            4. TO RECEIVE AND ANSWER ANY QUESTIONS TO THE POLICE AND CRIME
            COMMISSIONER FOR CWM ARIAN
            The Chair reminded Members that two questions had been submitted in writing.
            Question 1 – Councillor Abercorn
            "Can the Commissioner tell the Panel how much of the funding for the Youth
            Diversion Scheme has been spent so far?"
            Response:
            "The scheme received £420,000, of which £188,000 had been spent by the end of
            August."
            Question 2 – Councillor Cefn
            "How many calls to 101 were abandoned in the last quarter?"
            Response:
            "The figures are still being validated by the force."
            In a supplementary question, Councillor Cefn asked whether online reporting was
            taking calls away from 101. Ceri invited her deputy to respond. Eleri explained
            that one contact in five now came online.
            5. ANNUAL REPORT
            Councillor Llwyn asked what the Rural Crime Team had achieved. The Chief
            Constable said that it had recovered machinery worth £310,000. Rhodri added that
            the team would grow.
            """)
        #expect(found.map(\.asker) == ["Cllr Abercorn", "Cllr Cefn", "Cllr Cefn", "Cllr Llwyn"])
        #expect(found.map(\.respondentRole) == [.pcc, .pcc, .deputyPCC, .chiefConstable])
        #expect(found[0].question.hasPrefix("Can the Commissioner"))
        #expect(found[1].answer.contains("validated") && !found[1].answer.contains("supplementary"))
        #expect(found[3].answer.contains("Rhodri added"))
    }

    @Test("a public question received and quoted after a colon, and the reply 'as follows' in the next paragraph")
    func receivedQuestionQuoted() throws {
        let found = try Self.questions(
            """
            Minutes of the Wreakmoor Police and Crime Panel held on 8 December 2014

            42. Public Question Time.

            The following question was received from Mr. Dennis Frith under Rule 34 of the Panel's
            Procedure Rules:
            "Will the Commissioner explain why the police station at Thurby is open to
            the public for only six hours a week?"
            The PCC replied as follows:
            "The hours were set in 2013 on the number of callers at the front desk, and the review
            will report to me in March."
            """)
        #expect(found.count == 1)
        #expect(found.first?.asker == "Mr Dennis Frith")
        #expect(found.first?.question.hasPrefix("Will the Commissioner explain") == true)
        #expect(found.first?.respondentRole == .pcc)
        #expect(found.first?.answer.contains("review") == true)
    }

    @Test("printed minutes that end each title with a full stop are items; information provided in answer to questions is a list of answers")
    func dottedTitlesAndInformationProvided() throws {
        let text = """
            Minutes of a meeting of the Wreakmoor Police and Crime Panel held at County Hall on Monday, 8 December 2014.

            41. Minutes.
            The minutes of the meeting held on 15 September 2014 were confirmed and signed.
            42. Declarations of interest.
            Cllr. A. Barby declared a personal interest as a member of the Independent Advisory Group.
            43. Police and Crime Plan Performance Report.
            The following information was provided in response to questions from members of the Panel:
            (a) the Commissioner stated that the minimum number of officers needed had been calculated at 1,680;
            (b) the Chief Finance Officer did not have the figure for the capital underspend to hand.

            In response to a question from the Vice Chair, the Commissioner confirmed that the healthcare contract would be retendered.

            Members asked for the estate review to be scheduled for the next meeting.
            """
        let document = try DocumentParser.parse(text)
        #expect(document.items.compactMap(\.title) == ["Minutes", "Declarations of interest", "Police and Crime Plan Performance Report"])
        let found = try Self.questions(text)
        #expect(found.map(\.asker) == ["members", "members", "the Vice Chair"])
        #expect(found.map(\.respondentRole) == [.pcc, .officer, .pcc])
        #expect(found[1].status == .noInformation)
        // The answer is the sentence as written, naming who asked.
        #expect(found[2].answer.hasPrefix("In response to a question from the Vice Chair, the Commissioner confirmed"))
        // A numbered list of three short sentences stays a list.
        let list = try DocumentParser.parse(
            """
            Minutes of the Wreakmoor Police and Crime Panel held on 8 December 2014

            5. Precept

            1. Noted.
            2. Agreed.
            """)
        #expect(list.items.compactMap(\.title) == ["Precept"])
    }

    @Test("an office holder's first name answers only before a verb of saying; the Chief Executive & Monitoring Officer is one officer")
    func firstNamesNeedAVerb() throws {
        let found = try Self.questions(
            """
            Minutes of the Cwm Arian Police and Crime Panel held on 16 September 2022

            1. Attendance

            Will Harding (Police and Crime Commissioner) and Councillor Ann Rhys attended.

            5. Annual Report

            Councillor Rhys asked whether the Commissioner would publish the board's minutes. Will said that they were on the website.

            Councillor Rhys asked about the estate. Will the Commissioner's review report by March? The Chief Executive & Monitoring Officer advised that it would.
            """)
        #expect(found.map(\.respondentRole) == [.pcc, .officer])
        #expect(found[1].respondent == "the Chief Executive & Monitoring Officer")
    }

    @Test("the Panel's Monitoring Officer: asked, it is the Panel's business; stopping a member's question, the question stands unanswered")
    func monitoringOfficer() throws {
        let found = try Self.questions(
            """
            Minutes of the Weaverdale Police and Crime Panel held on 4 March 2014

            5. Complaints

            Councillor Holme asked the Monitoring Officer whether the Sub-Committee could request the officer's notes. The Monitoring Officer advised that it could not.

            Councillor Dennis Schoff asked about the fire at a mill in Wharm and the action being taken against its owner. The Monitoring Officer advised that the matter was the subject of legal proceedings and could not be discussed.

            Mr T Hals, independent co-opted member, asked how the public would be consulted on the Plan. The Chief Executive – Office of the Police and Crime Commissioner responded that there would be an online survey.
            """)
        #expect(found.map(\.asker) == ["Cllr Dennis Schoff", "Mr T Hals"])
        #expect(found.map(\.status) == [.unanswered, .answered])
        #expect(found[0].respondentRole == nil && found[0].answer.isEmpty)
        #expect(found[1].respondentRole == .officer)
        #expect(found[1].respondent == "the Chief Executive – Office of the Police and Crime Commissioner")
    }

    @Test("a scanned print's OCR slips read as the words they are; a short form the document defines is that office")
    func ocrSlipsAndDefinedShortForms() throws {
        let found = try Self.questions(
            """
            Minutes of the Swanmere Police and Crime Panel held on 14 February 2019

            Present: Clive Manning - Chief Finance Officer (CFO), 0PCC, Mark Hedd - Chief Fire Officer

            6. Precept

            Clir Bob Anst asked whether all of the additional income would be spent on officers. The CFO explained that £2.1m would go to the pension cost.

            lt was asked whether the Cornmissioner would take on the fire service. The Cornmissioner said that he would not.

            ln response to a question, the Chief Fire Officer said that the counter would stay open.
            """)
        #expect(found.map(\.asker) == ["Cllr Bob Anst", "a member", "a member"])
        #expect(found.map(\.respondentRole) == [.officer, .pcc, .chiefFireOfficer])
        // As written: the slips are read, not rewritten.
        #expect(found[0].question.hasPrefix("Clir Bob Anst"))
    }

    @Test("written questions on the line after the member's name, 'Response:' opening the reply's line, a joint meeting's Vice-Chairman")
    func writtenQuestionsUnquoted() throws {
        let found = try Self.questions(
            """
            Minutes of the Marston Police and Crime Panel held on 12 March 2019
            37. Members' Questions to the Commissioner
            Question 1 – Councillor Husk
            What proportion of the 160 additional officers are now working in community
            policing teams?
            Response: Of the 160 additional officers, 58 are in the three community hubs.
            Question 2 – Mr Pott
            How many firearms licence applications were waiting to be decided?
            Response (provided by Assistant Chief Constable Shill): There were 412 applications waiting.
            38. Fire governance
            The Vice-Chairman of the Authority asked whether the Chief Fire Officer had had any say in the business case. The Chief Fire Officer said that he had commented on every draft.
            """)
        #expect(found.map(\.asker) == ["Cllr Husk", "Mr Pott", "the Vice Chair"])
        #expect(found.map(\.respondentRole) == [.pcc, .officer, .chiefFireOfficer])
        #expect(found[0].question.hasPrefix("What proportion") && found[0].answer.hasPrefix("Of the 160"))
    }

    @Test("a verbatim record: the Chair running the meeting asks nothing; an office handing a question on leaves it to the next")
    func verbatimChairAndHandOver() throws {
        let found = try Self.questions(
            """
            Minutes of the Fenmere Police and Crime Panel held on 4 June 2015

            6. Commissioner's Question Time

            Chairman: We move on to item 6, Commissioner's Question Time. Councillor Bick, you indicated first.

            Councillor Orwell: I want to ask about the rural crime team. Has the team been cut?

            Commissioner: That's an operational question, so I'll ask the Chief Constable to answer it.

            Chief Constable: No. Two officers were moved for a month and came back at the start of June.

            Chairman: Does anyone else want to come in? No. Thank you, Commissioner.
            """)
        #expect(found.map(\.asker) == ["Cllr Orwell"])
        #expect(found.first?.respondentRole == .chiefConstable)
    }

    @Test("'Q1 – submitted by Mr X' over the question; points lettered 'c)'; a reply that is the Panel's own")
    func submittedByAndLetteredPoints() throws {
        let found = try Self.questions(
            """
            Minutes of the Penmere Police and Crime Panel held on 8 October 2021
            43. Public Questions
            Q1 – submitted by Mr Jory Penn
            Will the Commissioner make sure that every officer in the force is vetted again, and not
            only new recruits?
            The Commissioner responded that she had asked the Chief Constable to re-check the vetting
            of every officer whose clearance was more than five years old.
            Q2 – submitted by Mr Tristan Boll
            How is the Panel checking that the Commissioner listens to people in the smaller towns?
            Response: The Panel reviews the Police and Crime Plan at every meeting.
            44. Update Report
            In response to questions from Members, the Commissioner further explained:
            c) The pilot to reopen three front counters would start in January;
            d) She would provide the number of officers posted to each district after the meeting.
            Councillor Luxe asked whether the force had enough officers for the coastal towns. The
            Chief Constable said that 64 officers had been drafted in.
            """)
        #expect(found.map(\.asker) == ["Mr Jory Penn", "members", "members", "Cllr Luxe"])
        #expect(found.map(\.respondentRole) == [.pcc, .pcc, .pcc, .chiefConstable])
        #expect(found[0].question.hasPrefix("Will the Commissioner make sure"))
        #expect(found[2].status == .deferred)
    }

    @Test("a council's place before 'Councillor'; a list of answers after a dash; the Commissioner's own points are no answers")
    func placeCouncillorAndDashedAnswerList() throws {
        let found = try Self.questions(
            """
            Minutes of the Hessmoor Police and Crime Panel held on 4 December 2018

            216. Commissioner's update

            The Chairman welcomed the Commissioner to respond to any questions about his role. The Commissioner informed the Panel of the following –

            • Recruitment of 180 additional police officers over the next two years.

            • Progress with the reopening of two police stations.

            Avonmere Councillor Tom Ferr asked what the new stations would cost. The Commissioner said that they would cost £1.2m.

            In response to further questions from members, the Commissioner advised –

            • The reopened stations would have front counters staffed by volunteers.

            • He did not have the figures for abstractions to hand.

            P.   Councillor Justin Haw
            """)
        #expect(found.map(\.asker) == ["Cllr Tom Ferr", "members", "members"])
        #expect(found.map(\.respondentRole) == [.pcc, .pcc, .pcc])
        #expect(found[2].status == .noInformation)
    }

    @Test("'Panel members then questioned the Commissioner' introduces the questions; 'The Chair asked him to send the question …' directs")
    func introductionsAndDirections() throws {
        let found = try Self.questions(
            """
            Minutes of the Dovemoor Police, Fire and Crime Panel held on 3 February 2021

            6. Precept

            Panel members then questioned the Commissioner and the Chief Constable.

            Councillor Tom Frog asked how many of the new officers would join neighbourhood teams. The Chief Constable replied that 38 would.

            Councillor Bryn began to ask about a case in his ward. The Chair asked him to send the question to the Democratic Services Officer after the meeting.
            """)
        #expect(found.map(\.asker) == ["Cllr Tom Frog", "Cllr Bryn"])
        #expect(found.map(\.respondentRole) == [.chiefConstable, nil])
    }
}
