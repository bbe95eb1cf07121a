"""Hand-written labels of the h11- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans (../heldout-tools/common.py) unless
qs/qe/as_/ae are given here; topics are computed from topics.json unless given here. Per decoy: why it is not a
member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h11-nenebridge"] = dict(
    source="h11-nenebridge.html", document="h11-nenebridge.html",
    layout="h11-moderngov-decisions-and-draft-minutes-pfcp-response-lists",
    modelled_on="Northamptonshire Police, Fire and Crime Panel: West Northamptonshire ModernGov 'Agenda, decisions and draft minutes' pages westnorthants.moderngov.co.uk/ieListDocuments.aspx?CId=151&MId=1086&Ver=4 (15 June 2023: running item numbers 145.-, 'Notification of requests from members of the public to address the meeting' rubric, 'Decision:' and 'Minutes:' blocks), CId=151&MId=430 (November 2021: webcast note, 'Chair's Announcements' bullets, 'Matters arising from the minutes' under a minute reference '18/21 Police & …'), MId=428 and CId=151&MId=923; mgAi.aspx?ID=3942 ('Guide time: 11.45am – 12.15pm', work programme with a task and finish group membership), mgAi.aspx?ID=567 and ieIssueDetails.aspx?IId=1672 ('The PFCC presented the report, highlighting the following points:', 'members made the following points during the course of discussion:', 'It was questioned whether …'); the separate list of responses is assumed; saved as a full HTML page",
    panel="Nenebridge Police, Fire and Crime Panel", meeting_date="2023-12-07", kind="minutes",
    questions={
        1: q("Mr Orlingbury", "pcc", "answered"),
        2: q("Cllr Brixworth", "officer", "answered"),
        3: q("a member", None, "unanswered"),
        4: q("a member", None, "unanswered"),
        5: q("members", "chief_constable", "answered"),
        6: q("members", "pcc", "no_information"),
        7: q("members", "pcc", "deferred"),
        8: q("Cllr Denford", "officer", "answered"),
        9: q("Cllr Kislingbury", "chief_fire_officer", "answered"),
        10: q("Mrs Harrowden", "chief_fire_officer", "deferred"),
    },
    decoys={
        1: "a declaration of interest",
        2: "the Chair asking members to note the precept workshop",
        3: "the decision on the task and finish group membership",
        4: "the PFCC asking the Panel whether it wants a briefing",
    },
)

DOCS["h11-colnevale"] = dict(
    source="h11-colnevale.html", document="h11-colnevale.html",
    layout="h11-cmis-meeting-summary-minute-numbers-ensuing-discussion",
    modelled_on="Essex Police, Fire and Crime Panel: CMIS 'Meeting Details / Meeting Summary' pages cmis.essex.gov.uk/essexcmis5/CalendarofMeetings/tabid/73/ctl/ViewMeetingPublic/mid/410/Meeting/3685/Committee/127/Default.aspx (7 December 2017: apologies as a name/council table with 'X with Y as his substitute', the Chief Constable 'in attendance for this item. In introduction Mr …'), Meeting/3681 (16 February 2017: a councillor's questions under 'Questions to the Chairman from Members of the Public', 'The Commissioner undertook to respond to the enquiry outside of the meeting', 'The Chairman responded that as Councillor …'s second question related to operational matters …'), Meeting/3680 (26 January 2017: 'The following points were made during the ensuing discussion.' bullets, 'However, the Members indicated that more detail was needed …'), Meeting/3683 and Meeting/3819; saved as a full HTML page",
    panel="Colnevale Police, Fire and Crime Panel", meeting_date="2024-03-14", kind="minutes",
    questions={
        1: q("Cllr Peter Wivenhoe", "pcc", "deferred"),
        2: q("Cllr Wivenhoe", "other", "deferred"),  # the Chairman answers the second question for the Commissioner
        3: q("Cllr Halstead", "chief_constable", "answered"),
        4: q("members", "chief_constable", "answered"),
        5: q("Cllr Tiptree", "chief_constable", "no_information"),
        6: q("Cllr Brightlingsea", None, "unanswered"),
        7: q("members", "pcc", "deferred"),
        8: q("Cllr Mersea", "chief_fire_officer", "answered"),
        9: q("a member", "deputy_pcc", "answered"),
        10: q("Mrs Abberton", "officer", "answered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "the Chief Constable asking Members to encourage online reporting",
        3: "the resolution noting the report",
        4: "the date of the next meeting",
    },
)

DOCS["h11-stourmouth"] = dict(
    source="h11-stourmouth.html", document="h11-stourmouth.pdf",
    layout="h11-county-printed-minutes-questions-to-commissioner-label-lines-pdf",
    modelled_on="Kent and Medway Police and Crime Panel: 'Questions to the Commissioner' minutes democracy.kent.gov.uk/mgAi.aspx?ID=42309 (the member's name as a label '1. Mr Hill:' over the written question, then the reply) and mgAi.aspx?ID=49632 ('Cllr …, as a follow up question, queried whether …'); the printed-minutes form of docslib.org/doc/1355744/kent-and-medway-police-and-crime-panel (29 November 2012: 'KENT COUNTY COUNCIL', 'MINUTES of a meeting of … held in … on …', PRESENT with councils in brackets and the independent Chairman, ALSO PRESENT, IN ATTENDANCE, 'UNRESTRICTED ITEMS', '(Item …)'); the numbered paragraphs and vote wording of ieListDocuments.aspx?CId=776&MeetingId=9839 (16 July 2025: 'Voting was carried out, with nine votes in favour …'), CId=776&MId=9227 and CId=776&MId=7472; printed with headless Chromium",
    panel="Stourmouth and Medwell Police and Crime Panel", meeting_date="2025-02-04", kind="minutes",
    questions={
        1: q("Cllr Brabourne", "officer", "answered"),
        2: q("Cllr Chilham", "pcc", "no_information"),
        3: q("Cllr Fordwich", "pcc", "answered"),
        4: q("Mrs Sandling", "officer", "answered"),
        5: q("Cllr Wye", "pcc", "answered"),
        6: q("Cllr Ospringe", "pcc", "deferred"),  # the Vice-Chair, named in PRESENT and in the label
        7: q("Cllr Lydden", "pcc", "deferred"),
        8: q("a member", "pcc", "answered"),
        9: q("Cllr Hawkinge", None, "unanswered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "the vote on the precept",
        3: "the Commissioner asking Members to share his consultation",
        4: "the resolution noting the update",
    },
)

DOCS["h11-wealdmere"] = dict(
    source="h11-wealdmere.txt", document="h11-wealdmere.docx",
    layout="h11-commissioners-question-time-written-responses-report-docx",
    modelled_on="Surrey Police and Crime Panel, 'Commissioner's Question Time': mycouncil.surreycc.gov.uk/mgAi.aspx?ID=41304 (December 2024: 'The deadline for Member's questions is 12.00pm four working days before the meeting', 'Commissioner's questions and responses can be found in the supplementary agenda', 'Written responses to questions were provided to members by the OPCC', 'Regarding Commissioner's question 1 from Cllr …') and ieIssueDetails.aspx?IId=40716&Opt=3 (21 November 2022, Item 81: 'One question was received from Cllr … and no supplementary questions were asked', answers by the PCC, the Deputy PCC and the Head of Performance and Governance); the form of the supplementary agenda paper itself (the 'Question N – Cllr … (Council)' headings, 'Response:' labels, the withdrawn question, 'A response had not been received at the time of publication', the recommendation) is assumed, following Surrey County Council's members' questions and replies papers (mgAi.aspx?ID=22318, ID=15283); written as a Word file",
    panel="Wealdmere Police and Crime Panel", meeting_date="2024-12-02", kind="report",
    questions={
        1: q("Cllr Helen Ockley", "pcc", "answered"),
        2: q("Cllr Bill Capel", "pcc", "deferred"),
        3: q("Mr Tom Ewhurst", "officer", "answered", qs="How many police officers are currently"),  # without the "(a)" marker (FORMAT.md)
        4: q("Cllr Rachel Tillingbourne", "pcc", "no_information"),
        5: q("Cllr Simon Wotton", "deputy_pcc", "answered"),
        7: q("Cllr Anne Frimley", "officer", "answered"),
        8: q("Cllr Helen Ockley", "pcc", "answered"),
        9: q("Cllr Mark Bramley", None, "unanswered"),
        10: q("Cllr Rachel Tillingbourne", "pcc", "answered"),
    },
    decoys={
        1: "the rubric on supplementary questions",
        2: "a question withdrawn before publication",
        3: "the recommendation to note the paper",
        4: "the arrangement for written answers to supplementaries",
    },
)

DOCS["h11-wreakford"] = dict(
    source="h11-wreakford.txt", document="h11-wreakford.txt",
    layout="h11-moderngov-table-rendering-run-together-cells-text",
    modelled_on="Leicester, Leicestershire and Rutland Police and Crime Panel while administered by Leicester City Council: ModernGov 'Agenda and minutes' pages in the table rendering cabinet.leicester.gov.uk/ieListDocuments.aspx?CId=989&MId=10935&Ver=4 (2021: no item numbers, capitalised titles, agenda text, 'Additional documents: Minutes:' and the minute in one cell ending '|', members named without titles, 'A Panel Member referred to previous discussions requesting information around …'), CId=989&MId=11634&Ver=4 (2022) and CId=989&MId=11267&Ver=4 ('PRIVATE SESSION' with the Section 100A(4) resolution, 'Members were asked to disclose any pecuniary or other interest'); the 'Public Question Time' and 'The Panel considered a report of the Police and Crime Commissioner (PCC)' wording from democracy.leics.gov.uk/ieListDocuments.aspx?CId=1029&MId=8073 and politics.leics.gov.uk …MId=5274&Ver=4; copied as text from the browser",
    panel="Wreakford, Wreakshire and Eyebrook Police and Crime Panel", meeting_date="2022-11-24", kind="minutes",
    questions={
        1: q("a member", "officer", "deferred"),
        2: q("Mr Anstey", "pcc", "answered"),
        3: q("the Chair", "chief_constable", "answered"),
        4: q("Cllr Humberstone", "officer", "no_information"),
        5: q("a member", "pcc", "answered"),
        6: q("Simon Quorndon", "pcc", "answered"),
        7: q("a member", "pcc", "deferred"),
        8: q("Cllr Glenfield", "chief_constable", "answered"),
        9: q("a member", None, "unanswered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "the resolution noting the report",
        3: "the Chair asking Members for work programme suggestions",
        4: "the resolution to exclude the press and public",
    },
)
