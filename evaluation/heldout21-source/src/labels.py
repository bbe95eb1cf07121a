"""Hand-written labels of the h21- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans
(../heldout-tools/common.py) unless qs/qe/as_/ae are given here; topics are computed from topics.json unless given
here. Per decoy: why it is not a member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h21-tathwold"] = dict(
    source="h21-tathwold.html", document="h21-tathwold.html",
    layout="h21-moderngov-district-hosted-colon-titles-member-queried-action-numbers",
    modelled_on="Lincolnshire Police and Crime Panel (host East Lindsey District Council): ModernGov 'Agenda and minutes' pages democracy.e-lindsey.gov.uk/ieListDocuments.aspx?CId=573&MId=6748&Ver=4 (February 2024: no item numbers, titles ending in a colon, 'Minutes:', last minute apologies from a chief officer, 'Further to discussion, a Member requested … In response, the Democratic Services Officer informed Members …'), MId=6747&Ver=4 and MId=6746&Ver=4 ('Members noted that the following actions were now completed: Action No. …', 'requested that it be noted that in relation to item … however would remain in the Meeting', 'The Commissioner invited Questions from Panel Members', 'pages 31 to 54 of the Agenda refer'), MId=6602&Ver=4 ('Questions from the Public:' rubric, 'The Impact of the Police and Crime Commissioner in …' item) and MId=6510&Ver=4 ('Following which, it was'). The question-and-answer paragraphs in the minutes text (the real pages put them in an appendix), the public question with a supplementary and the site chrome are assumed; saved as a full HTML page",
    panel="Tathwold Police and Crime Panel", meeting_date="2024-02-09", kind="minutes",
    questions={
        1: q("Mr Saltby", "pcc", "answered"),
        2: q("a member", "deputy_chief_constable", "answered"),
        3: q("Cllr Brackenby", "pcc", "no_information"),
        4: q("a member", "deputy_chief_constable", "deferred"),
        5: q("a member", "officer", "answered"),
        6: q("Mr Ingoldby", "pcc", "answered"),
        7: q("Cllr Keal", "pcc", "answered"),
        8: q("Cllr Fenby", "other", "answered"),
        9: q("a member", None, "unanswered"),
        10: q("the Chair", "officer", "answered"),
    },
    decoys={
        1: "a question to the Panel's own Democratic Services Officer about attendance",
        2: "a disclosure of interest",
        3: "an action log entry recorded as completed",
        4: "the Commissioner asking the Panel for support",
        5: "the resolution noting the report",
    },
)

DOCS["h21-kinderley"] = dict(
    source="h21-kinderley.html", document="h21-kinderley.pdf",
    layout="h21-county-agenda-pack-front-sheet-then-printed-minutes-slash-numbered-inline-caps-pdf",
    modelled_on="Derbyshire Police and Crime Panel (host Derbyshire County Council): the county's printed minutes as reprinted in an agenda pack, docslib.org/doc/4440887/5-2-2014-receipt-of-minutes ('PUBLIC Agenda Item 3', 'MINUTES of a meeting of the … held on 9 December 2013 at County Hall, Matlock.', 'PRESENT', 'Councillor … (in the Chair)', 'Apologies for absence were submitted on behalf of Councillors …', minute numbers '72/13' with the title in capitals run into the text, 'RESOLVED to note the following declarations of interest:-', 'RESOLVED that the minutes … be confirmed as a correct record and signed by the Chair'); the panel's ModernGov pages democracy.derbyshire.gov.uk/ieListDocuments.aspx?CId=177&MId=1396 (a retired officer's police pension interest; 'To confirm the non-exempt minutes of the meeting of the … Police and Crime Panel held on …'), MId=1373, MId=1012 and MeetingId=1132 ('RESOLVED to approve as a correct record …'). The pack's front sheet ('Public Document Pack', letter to members, 'A G E N D A', 'PART I - NON-EXEMPT ITEMS'), the 2014 question-and-answer paragraphs and the work programme report that follows are assumed; printed with headless Chromium, 'Page n' at the foot from page 2",
    panel="Kinderley Police and Crime Panel", meeting_date="2014-06-26", kind="minutes",
    questions={
        1: q("Cllr Bassett", "pcc", "answered"),
        2: q("Mr Cromford", "pcc", "no_information"),
        3: q("Cllr Hartle", "deputy_pcc", "answered"),
        4: q("a member", "chief_constable", "answered"),
        5: q("Cllr Whatstandwell", "officer", "answered"),
        6: q("Mrs Biggin", "pcc", "deferred"),
        7: q("the Chair", "chief_constable", "answered"),
        8: q("Cllr Dale", None, "unanswered"),
        9: q("Cllr Youlgrave", "officer", "answered"),
    },
    decoys={
        1: "a declaration of interest (police pension)",
        2: "the Commissioner asking the Panel for its views",
        3: "a resolution",
        4: "a question to the Panel's own Legal Adviser",
        5: "a rhetorical question in the next report of the pack",
    },
)

DOCS["h21-trentholme"] = dict(
    source="h21-trentholme.txt", document="h21-trentholme.docx",
    layout="h21-city-minutes-template-present-absent-table-lettered-information-provided-docx",
    modelled_on="Nottinghamshire Police and Crime Panel setting (docslib.org/download/864309 and docslib.org/doc/2329616 agenda packs: Sherwood Lodge and County Hall venues, the Police and Crime Commissioner's Update item, regional collaboration; docslib.org/doc/2302366 membership report: an extra City Council seat) written in the Nottingham City Council minutes template of docslib.org/doc/6047804 ('Minutes of the meeting held at Ceres Suite - … on 6 March 2020 from 9.01 am - 10.50 am', 'Membership' with 'Present' and 'Absent' columns, 'Colleagues, partners and others in attendance:' with '- role' after each name, item numbers running through the year '11', '12', a footer with the committee and the date '6.03.20'); the meeting's subjects follow a panel member's blog michaelmedwards.wordpress.com/2016/06/06/, /2016/09/05/ and /2016/11/07/ (the city division, the cost of policing a march, the 101 service, the inspectorate's criticism of financial control, a minimum establishment figure) and nottinghamcity.gov.uk/engage-nottingham-hub/…/proposed-police-changes-survey/. Assumed: a city-hosted panel, the lettered 'The following information was provided in response to questions from members of the Panel:' list, the 'Agenda Item 3' header; written as a Word file",
    panel="Sherbrook and Trentholme Police and Crime Panel", meeting_date="2016-11-07", kind="minutes",
    questions={
        1: q("members", "pcc", "answered"),
        2: q("members", "chief_constable", "answered"),
        3: q("members", "officer", "no_information"),
        4: q("Cllr Ashbury", "pcc", "answered"),
        5: q("Cllr Meadow", "deputy_chief_constable", "deferred"),
        6: q("Mrs Lambley", "chief_constable", "answered"),
        7: q("Cllr Hucknell", None, "unanswered"),
        8: q("Cllr Sneinton", "deputy_chief_constable", "answered"),
        9: q("the Vice Chair", "pcc", "answered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "the Commissioner asking the Panel to hold a workshop",
        3: "a resolution",
        4: "a work programme note that refers back to a member's question",
    },
)

DOCS["h21-wreakford"] = dict(
    source="h21-wreakford.html", document="h21-wreakford.txt",
    layout="h21-county-agenda-pack-minutes-item-mr-cc-styles-public-question-rule-roman-points-pdftotext",
    modelled_on="Leicester, Leicestershire and Rutland Police and Crime Panel (host Leicestershire County Council), its 2014-2016 meetings: democracy.leics.gov.uk/ieListDocuments.aspx?CId=1029&MId=3969&Ver=4 (17 March 2014: the County Solicitor's report on adopting a public questions procedure, 'A copy of the report, marked \"Agenda Item 4\", is filed with these minutes', 'The Chairman read out the following statement'), politics.leics.gov.uk/ieListDocuments.aspx?CId=1029&MId=4184&Ver=4 (July 2014: minutes 'taken as read, confirmed and signed subject to the following amendments'), MId=4462&Ver=4 (2016 budget meeting: 'Public Question Time. No public questions had been received.', 'Cllr. M. Sood declared a personal interest … as a member of the Police's Independent Advisory Panel', 'Col. Robert Martin'), MId=5274&Ver=4 ('Mr. K. Culverwell', 'Ms. M. Lalani'), MId=3749&Ver=4 ('Mr. J. T. Orson CC'), MId=8072 and MId=8073 ('Arising from discussions the following points were noted: (i)'), and the constitution docslib.org/doc/3178509 (Rules of Procedure). Assumed: the agenda pack itself (front sheet with Meeting / Date/Time / Location / Contact, 'Agenda Item 1' stamps, 'Page n' at the foot), 'under Rule 34 of the Panel's Procedure Rules', the public questions and replies, the closing time line; pdftotext of a Chromium print",
    panel="Wreakford, Wreakfordshire and Eyebrook Police and Crime Panel", meeting_date="2014-12-08", kind="minutes",
    questions={
        1: q("Mr Frisby", "pcc", "answered"),
        2: q("Mrs Anstey", "pcc", "deferred"),
        3: q("Cllr Tilton", "chief_constable", "answered"),
        4: q("Col Launde", "deputy_pcc", "answered"),
        5: q("a member", "pcc", "no_information"),
        6: q("the Chair", "officer", "answered"),
        7: q("Cllr Barkby", "officer", "deferred"),
        8: q("Ms Sileby", "pcc", "answered"),
        9: q("a member", "deputy_pcc", "answered"),
        10: q("Cllr Gaddesby", None, "unanswered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "a rhetorical question in the Chairman's statement",
        3: "the resolution noting the report",
        4: "a report's recommendation in the next item of the pack",
    },
)

DOCS["h21-nenholt"] = dict(
    source="h21-nenholt.html", document="h21-nenholt.pdf",
    layout="h21-unitary-agenda-pack-pfcp-minutes-question-bullets-circle-sub-bullet-answers-pdf",
    modelled_on="Northamptonshire Police, Fire and Crime Panel (host West Northamptonshire Council): ModernGov pages westnorthants.moderngov.co.uk/ieListDocuments.aspx?CId=151&MId=796 (8 September 2022: '81. Apologies for Absence and Notification of Substitute Members', 'substituted by Councillors …', 'Notification of requests from members of the public to address the meeting', 'Minutes', 'RESOLVED that: …'), CId=151&MId=797&Ver=4 (1 December 2022, Maybin Room, One Angel Square), MId=430 ('Matters arising from the minutes' with '18/21 …'), CId=151&MId=800&Ver=4, CId=151&MId=1069, MId=428 and CId=151&MId=1086&Ver=4, mgAi.aspx?ID=4273 ('Guide time: 3.45 – 4.15pm', 'Panel members made the following additional points:', precept workshop), and the panel pages archive.northantspfcc.org.uk/our-information/pfcp and northantspcc.org.uk/governance/police-crime-panel/. Assumed: the agenda pack's front sheet, 'Agenda Item 4' stamps, the printed minutes' Present / Also Present / Officers paragraphs, each question as a bullet with the answer as a circle sub-bullet; printed with headless Chromium",
    panel="Nenholt Police, Fire and Crime Panel", meeting_date="2022-09-08", kind="minutes",
    questions={
        1: q("Cllr Brixworth", "chief_fire_officer", "answered"),
        2: q("Cllr Moulton", "chief_fire_officer", "answered"),
        3: q("Mrs Harlestone", "officer", "deferred"),
        4: q("a member", "pcc", "answered"),
        5: q("Cllr Corbyn-Hale", "chief_constable", "answered"),
        6: q("Miss Weedon", "chief_constable", "no_information"),
        7: q("the Vice Chair", "officer", "answered"),
        8: q("Cllr Lamport", None, "unanswered"),
        9: q("the Chair", "pcc", "answered"),
    },
    decoys={
        1: "a public statement under the public speaking item",
        2: "a matter arising: an undertaking already met",
        3: "the Panel noting a future consultation",
        4: "the resolution requesting a further update",
    },
)
