"""Hand-written labels of the h25- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans
(../heldout-tools/common.py) unless qs/qe/as_/ae are given here; topics are computed from topics.json unless given
here. Per decoy: why it is not a member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h25-dovemere"] = dict(
    source="h25-dovemere.html", document="h25-dovemere.html",
    layout="h25-moderngov-pfcp-teams-2021-note-by-clerk-roll-call-votes-connection-lost",
    modelled_on="Staffordshire Police, Fire and Crime Panel (host Staffordshire County Council), its remote meetings: ModernGov 'Agenda and minutes' pages moderngov.staffordshire.gov.uk/ieListDocuments.aspx?CId=1150&MId=13183&Ver=4 (Monday 1st February 2021 2:00pm, 'Venue: Meeting to be conducted using Microsoft Teams. View directions', 'NOTE BY CLERK: … attended the meeting as an observer …', 'Questions to the PFCC from Members of the Public' with the three-clear-working-days rubric, 'Decisions published by the Police, Fire and Crime Commissioner (PFCC)' with 'Members sought more information on how … The Commissioner reported that …', 'RESOLVED – That the decision was noted', 'Proposed Police Budget and Precept 2021/22'), staffordshire.moderngov.co.uk/ieListDocuments.aspx?CId=1150&MId=11298&Ver=4 (13th July 2020 on Teams; temporary procedural rules for virtual meetings covering attendance and voting) and MId=13828&Ver=4 (a question read and answered, 'With the consent of the Chairman'). The roll call vote by name, the dropped connection and the fire precept item with the Chief Fire Officer are assumed; saved as a full HTML page",
    panel="Dovemere Police, Fire and Crime Panel", meeting_date="2021-02-01", kind="minutes",
    questions={
        1: q("Mrs Titterton", "pcc", "answered"),
        2: q("members", "chief_fire_officer", "answered"),
        3: q("Cllr Frogatt", "chief_constable", "answered"),
        4: q("Cllr Mehra", "officer", "answered"),
        5: q("Cllr Ipsley", None, "unanswered"),
        6: q("a member", "pcc", "answered"),
        7: q("Mr Gratton", "chief_fire_officer", "no_information"),
        8: q("the Vice Chair", "pcc", "deferred"),
        9: q("Cllr Okonkwo", "officer", "answered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "a roll call vote recorded by name in a remote meeting",
        3: "the Commissioner asking the Panel for help",
        4: "the Chairman asking members for work programme suggestions",
    },
)

DOCS["h25-harrowmere"] = dict(
    source="h25-harrowmere.html", document="h25-harrowmere.pdf",
    layout="h25-county-printed-minutes-online-2020-two-column-minute-table-main-points-bullets-pdf",
    modelled_on="West Mercia Police and Crime Panel (host Worcestershire County Council) in its online meetings of 2020-21: worcestershire.moderngov.co.uk/ieListDocuments.aspx?CId=147&MId=3269 (minutes 356.-361., 'The Chairman welcomed everyone to the Meeting and explained that it was being held online to comply with regulations issued for the coronavirus pandemic …', 'Named Substitutes', declarations as '·' bullets, 'Public Participation … None.', 'would be signed by the Chairman', 'The Impact of COVID-19 on Policing in West Mercia'), mgAi.aspx?ID=13281 (the same item: 'During the introduction to the Report, the PCC highlighted that:' bullets, 'During the discussion, the following main points were made:' with 'A Member reported that … The PCC agreed to look into the matter and report back.' and 'In response to a question about …, the Chief Constable advised …'), mgAi.aspx?ID=5288 ('Police and Crime Plan Activity and Performance Monitoring Report', 'determine whether it would wish to carry out any further scrutiny') and ID=25855 ('In the discussion that ensued, the following points were raised:'), MId=3860&Ver=4 and MId=3858&Ver=4 (2021 numbering 395.-410.), and the online agenda pack docslib.org/doc/11497996 (4 February 2021, 'conducting remotely by videoconferencing … live streamed … to the Council's You Tube Channel'). The printed form as a two-column minute-number | minute-text table, with the running header and the 'Chairman ……' and page-number footer, is assumed; printed with headless Chromium",
    panel="Harrowmere Police and Crime Panel", meeting_date="2020-12-03", kind="minutes",
    questions={
        1: q("a member", "pcc", "deferred"),
        2: q("a member", "chief_constable", "answered"),
        3: q("Cllr Ledger", "deputy_pcc", "answered"),
        4: q("the Vice Chair", "officer", "no_information"),
        5: q("a member", "pcc", "answered"),
        6: q("Mrs Bramwell", "chief_constable", "answered"),
        7: q("Cllr Abbott", "officer", "answered"),
        8: q("the Chair", "pcc", "answered"),
        9: q("Cllr Munro", None, "unanswered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "the PCC asking Members to act",
        3: "the Chairman reminding members of the Panel's role",
    },
)

DOCS["h25-hollinsdale"] = dict(
    source="h25-hollinsdale.txt", document="h25-hollinsdale.docx",
    layout="h25-county-word-minutes-teams-2020-written-member-questions-response-labels-actions-table-docx",
    modelled_on="Derbyshire Police and Crime Panel (host Derbyshire County Council) in 2020: the agenda pack docslib.org/doc/13241277 (19 November 2020: 'PUBLIC Agenda Item 3', 'MINUTES of a meeting of the DERBYSHIRE POLICE AND CRIME PANEL held on 10 September 2020 via Microsoft Teams.', 'PRESENT', '… (in the Chair)', councillors with their councils in brackets, 'Member Question and Answer Session', 'Covid 19 Update', 'Announcements from the PCC', 'As a member of the public you can view the virtual meeting via the County Council's website'); democracy.derbyshire.gov.uk/ieListDocuments.aspx?CId=177&MId=1012 ('RESOLVED to:', the Vice-Chair in the Chair) and MId=1373; the Derbyshire PCC's notice of a virtual meeting derbyshire-pcc.gov.uk/News-and-Events-Meetings/News-Archive/2020/PR-822.aspx (questions to the PCC or Chief Constable pre-submitted in writing). Earlier sets used this panel's printed minutes (h21-) and its ModernGov Q&A session page (h6-); this is the Word file of a 2020 Teams meeting. Assumed: the written questions with 'Question (…):' / 'Response (…):' labels and a labelled supplementary, the member whose connection failed, and the 'Decisions and actions arising' table; written with python-docx",
    panel="Hollinsdale Police and Crime Panel", meeting_date="2020-09-10", kind="minutes",
    questions={
        1: q("Cllr Birchall", "pcc", "answered"),
        2: q("Cllr Moorhouse", "deputy_pcc", "answered"),
        3: q("Dr Handley", "pcc", "no_information"),
        4: q("Cllr Ashworth", "pcc", "deferred"),
        5: q("Cllr Wardle", "chief_constable", "answered"),
        6: q("Cllr Eyre", "officer", "answered"),
        7: q("a member", "deputy_pcc", "answered"),
        8: q("the Chair", "pcc", "answered"),
        9: q("Cllr Tidmarsh", None, "unanswered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "a member's question to the Panel's own officer about the Panel's annual report",
        3: "the Commissioner asking the Panel",
        4: "an entry in the decisions and actions table",
    },
)

DOCS["h25-dunsmere"] = dict(
    source="h25-dunsmere.txt", document="h25-dunsmere.txt",
    layout="h25-moderngov-teams-2020-copied-text-subnumbered-chair-statement-in-response-to-a-question-from",
    modelled_on="Warwickshire Police and Crime Panel (host Warwickshire County Council) in its Teams meetings: democracy.warwickshire.gov.uk/ieListDocuments.aspx?CId=136&MId=203&Ver=4 (Thursday 18 June 2020 10.30 am, 'Venue: Microsoft Teams. View directions', the Chair's statement to the Commissioner on behalf of the Panel after the killing of George Floyd, 'The Commissioner thanked the Panel'), CId=136&MeetingId=2926 (2020/21 appointments of Chair and Vice Chair, 'nominated … seconded … elected unanimously', '3. General', '3(1) Apologies', '3(2) Disclosures of Pecuniary and Non-Pecuniary Interests' with the notice bullets), CId=136&MeetingId=2939 (a vote of thanks to a retiring independent member, 'In response, Mr … stated …'), CId=136&MId=2952 (18 March 2021 on Teams, CSP chairs declaring non-pecuniary interests), CId=136&MId=3196&Ver=4 ('In response to a question from Councillor … regarding establishment numbers, the PCC noted …'), mgAi.aspx?ID=2196 (the postponed 2020 PCC elections, the settlement after the end of the alliance with a neighbouring force). Earlier sets used this panel's saved HTML pages (h3-, h9-); this is a 2020 Teams meeting copied from the browser as text. The dropped audio, the question to the Legal Advisor and the questions' wording are assumed",
    panel="Dunsmere Police and Crime Panel", meeting_date="2020-06-25", kind="minutes",
    questions={
        1: q("Cllr Kenyon", "pcc", "answered"),
        2: q("Cllr Alcott", "pcc", "answered"),
        3: q("Mr Hatcher", "officer", "no_information"),
        4: q("Cllr Claver", "pcc", "deferred"),
        5: q("Cllr Alcott", "chief_constable", "answered"),
        6: q("Cllr Kenyon", None, "unanswered"),
        7: q("Cllr Derek Walsh", "deputy_chief_constable", "answered"),
        8: q("members", "pcc", "answered"),
    },
    decoys={
        1: "a statement by the Chair to the Commissioner",
        2: "a retiring member's reply to a vote of thanks",
        3: "the Chair asking the Panel's own Legal Advisor",
        4: "a resolution on the work programme",
    },
)

DOCS["h25-brindlemoor"] = dict(
    source="h25-brindlemoor.html", document="h25-brindlemoor.txt",
    layout="h25-metropolitan-virtual-minutes-decision-action-boxes-actions-summary-pdftotext",
    modelled_on="West Midlands Police and Crime Panel (host Birmingham City Council; seven metropolitan councils and independent members): the panel pages westmidlandspcp.org.uk/info/1/committee/1/us ('12 elected (councillor) members from the 7 West Midlands councils and … independent (non-political) members'), westmidlandspcp.co.uk/author/eddabawt/ and the Birmingham panel page supportbmag@birmingham.gov.uk/cs/Satellite/wmpcp (public questions with written answers, 'no longer require you to attend the Panel meeting in person to put your question'); the printed minutes titled 'Minutes of the meeting of the … Police and Crime Panel held on 15 January 2018 at 1400 hours' (financedocbox.com/amp/128461695-…); the PCC's virtual Strategic Policing and Crime Board in 2020 (westmidlands-pcc.gov.uk/?p=12640), with the remote-meeting roll call and connection rules of democracy.north-herts.gov.uk/mgAi.aspx?ID=7955. Assumed: the 'Decision' / 'Action' boxes under items, the summary of actions table, the members' councils in brackets after their names, the DPCC and ACC answering and the pre-election ruling; printed with headless Chromium and kept as pdftotext output",
    panel="Brindlemoor Police and Crime Panel", meeting_date="2021-03-15", kind="minutes",
    questions={
        1: q("Mr Baxter", "pcc", "answered"),
        2: q("Cllr Haddon", "deputy_pcc", "answered"),
        3: q("Cllr Renshaw", "chief_constable", "answered"),
        4: q("Mr Eldon", "pcc", "no_information"),
        5: q("Cllr Lye", "deputy_pcc", "deferred"),
        6: q("Cllr Nkemelu", "officer", "answered"),
        7: q("a member", "other", "answered"),
        8: q("the Chair", "officer", "answered"),
        9: q("Cllr Haddon", None, "unanswered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "a decision box: the Panel noting the report",
        3: "the Chair asking members to agree a letter",
        4: "an entry in the summary of actions",
    },
)
