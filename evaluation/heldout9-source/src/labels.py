"""Hand-written labels of the h9- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans (../heldout-tools/common.py) unless
qs/qe/as_/ae are given here; topics are computed from topics.json unless given here. Per decoy: why it is not a
member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h9-northfold"] = dict(
    source="h9-northfold.html", document="h9-northfold.pdf",
    layout="h9-county-minutes-attendance-tables-discussed-and-noted-bullets-pdf",
    modelled_on="Norfolk Police and Crime Panel: minutes of 5 February 2019 as stored at docslib.org/doc/3512744/norfolk-police-and-crime-panel ('Minutes of the Meeting held on … at 10am in the Edwards Room, County Hall'; 'Main Panel Members Present:' / 'Officers Present:' / 'Others Present' as two-column tables; councillors styled Mr/Mrs/Miss/Dr and a co-opted member with a service rank; items 'To receive apologies and details of any substitute Members attending', 'Members to Declare any Interests', 'To receive any items of business which the Chairman decides should be considered as a matter of urgency', each with numbered paragraphs 1.1, 2.1); the panel page norfolk.gov.uk/pcp (precept, complaints and work programme business); the 'Information bulletin – questions arising to the PCC' item, the 'following points were discussed and noted' bullets and the accessibility box are assumed from the Panel's later minutes as remembered; printed with headless Chromium",
    panel="Northfold Police and Crime Panel", meeting_date="2026-02-03", kind="minutes",
    questions={
        1: q("Mr Cawston", "pcc", "answered"),
        2: q("a member", "officer", "answered"),
        3: q("a member", "chief_constable", "answered"),
        4: q("Dr Aylsham", "pcc", "no_information"),
        5: q("Mrs Salle", "deputy_chief_constable", "answered"),
        6: q("Group Captain Coltishall", "deputy_chief_constable", "answered"),
        7: q("Miss Gresham", "pcc", "deferred"),
        8: q("the Vice Chair", "deputy_pcc", "answered"),
        9: q("Mr Hunstanton", None, "unanswered"),
        10: q("Mr Reepham", "officer", "no_information"),
    },
    decoys={
        1: "a declaration of an other interest",
        2: "the vote on the precept",
        3: "the complaints monitoring report noted",
        4: "the Chairman asking Members for work programme suggestions",
    },
)

DOCS["h9-grantanene"] = dict(
    source="h9-grantanene.html", document="h9-grantanene.html",
    layout="h9-moderngov-draft-minutes-review-actions-public-question-read-out",
    modelled_on="Cambridgeshire Police and Crime Panel (host Peterborough City Council): ModernGov 'Agenda and draft minutes' pages democracy.peterborough.gov.uk/ieListDocuments.aspx?CId=543&MId=5124 (one-sentence paragraphs, 'Concerns were raised … and the Commissioner urged Members to …', 'RESOLVED: The Panel, having reviewed …'), MId=4865 ('Review Actions and Recommendations from previous meeting' with the Commissioner's answers to last meeting's questions as '·' points 'Topic – answer'; 'Public Questions /Statements' with the 'Questions must be received before 12 noon …' rubric and a question 'read out by the Senior Democratic Services Officer' because the questioner was not present), MId=4864 ('Councillor … was in attendance as substitute'), MeetingId=5062 ('Apologies for absence were received from Councillors; …', 'Councillor … declared that he was a retired Police Officer', 'It was confirmed that responses to the two questions submitted … would be shared'); ordinal dates in the title ('Wednesday 28th January, 2026 1.30 pm'); saved as a full HTML page with the council's chrome",
    panel="Granta and Nene Police and Crime Panel", meeting_date="2026-01-28", kind="minutes",
    questions={
        1: q("members", "pcc", "answered"),
        2: q("members", "pcc", "answered"),
        3: q("Mr Fenstanton", "pcc", "answered"),
        4: q("Cllr Whaddon", "officer", "answered"),
        5: q("the Vice Chair", "pcc", "answered"),
        6: q("members", "deputy_pcc", "answered"),
        7: q("Cllr Mepal", "chief_constable", "answered"),
        8: q("the Chair", "chief_constable", "deferred"),
        9: q("Cllr Soham", "pcc", "no_information"),
        10: q("Cllr Littleport", "officer", "answered"),
        11: q("Cllr Ellington", None, "unanswered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "answers to last meeting's questions circulated: no question put here",
        3: "members' concerns and the Commissioner urging members to act",
        4: "the resolution on the work programme",
    },
)

DOCS["h9-ardenshire"] = dict(
    source="h9-ardenshire.html", document="h9-ardenshire.html",
    layout="h9-moderngov-parish-public-speaker-council-prefixed-askers",
    modelled_on="Warwickshire Police and Crime Panel: ModernGov 'Agenda and minutes' pages democracy.warwickshire.gov.uk/ieListDocuments.aspx?CId=136&MId=3200&Ver=4 (7 April 2022: 'Public Speaking' where a parish councillor 'was welcomed to the meeting and invited to put his question to the Police and Crime Commissioner' and then 'referred to … '), MId=3196&Ver=4 ('In response to a question from Councillor … regarding establishment numbers, the PCC noted'), MeetingId=3948 and MeetingId=4167 ('1(1) Apologies', the long 'Disclosures of Pecuniary and Non-Pecuniary Interests' notice with bullets as agenda text, members named with their council: 'Warwick District Council', 'Rugby Borough Councillor …', an independent Chair, officers named without titles, 'Media' webcast link), MeetingId=3947 and MId=2952 (declarations by CSP chairs; 'Resolved: That …'); the Planning and Performance Working Group item follows the Panel's working group mentioned in MeetingId=3948; saved as a full HTML page",
    panel="Ardenshire Police and Crime Panel", meeting_date="2026-01-15", kind="minutes",
    questions={
        1: q("Cllr Lowsonford", "pcc", "answered"),
        2: q("Cllr Stoneleigh", "pcc", "answered"),
        3: q("Cllr Baddesley", "pcc", "answered"),
        4: q("Mr Ryton", "officer", "answered"),
        5: q("Cllr Hatton", "deputy_chief_constable", "answered"),
        6: q("Cllr Snitterfield", "pcc", "deferred"),
        7: q("the Chair", "officer", "answered"),
        8: q("Cllr Stoneleigh", "officer", "no_information"),
        9: q("Cllr Hatton", None, "unanswered"),
    },
    decoys={
        1: "a declaration of a non-pecuniary interest",
        2: "a request the Panel's working group made to the OPCC, reported",
        3: "the Chair asking members for work programme topics",
        4: "the resolution agreeing the work programme",
    },
)

DOCS["h9-withamwolds"] = dict(
    source="h9-withamwolds.txt", document="h9-withamwolds.docx",
    layout="h9-district-hosted-minutes-questions-in-appendix-table-docx",
    modelled_on="Lincolnshire Police and Crime Panel (host East Lindsey District Council), chosen because no Suffolk Police and Crime Panel minutes are stored: ModernGov pages democracy.e-lindsey.gov.uk/ieListDocuments.aspx?CId=573&MId=6747&Ver=4 and MId=6510&Ver=4 ('The Commissioner invited Questions from Panel Members. A copy of the questions and responses are attached at Appendix A to the Minutes.'; 'Proposed Policing Precept' under Schedule 5 of the Police Reform and Social Responsibility Act 2011; 'Upon being put to the vote, it was'), MId=6746&Ver=4 and MId=6747 ('Members noted that the following actions were now completed: Action No. … from the PCP Meeting held on …'; '… requested that it be noted that … however would remain in the Meeting'), MId=6602&Ver=4 ('Questions from the Public: To consider any written questions … The Panel noted that no questions from the public had been received'), MId=6587 and MId=6742 (item titles ending in a colon, 'Mr.' for the independent Chairman); the form of the appendix table (No. / Member / Question / Response, the response opening with the responder's office) is assumed; written as a Word file",
    panel="Witham and Wolds Police and Crime Panel", meeting_date="2026-02-06", kind="minutes",
    questions={
        1: q("Cllr Wragby", "chief_constable", "answered"),
        2: q("Mr Revesby", "pcc", "answered"),
        3: q("Cllr Fosdyke", None, "unanswered"),
        4: q("Cllr Kirkby", "deputy_chief_constable", "answered"),
        5: q("Cllr Heckington", "chief_constable", "answered"),
        6: q("Cllr Scamblesby", "chief_constable", "deferred"),
        7: q("the Vice Chair", "deputy_pcc", "answered"),
        8: q("Cllr Ruskington", "officer", "answered"),
        9: q("Cllr Fosdyke", "pcc", "no_information"),
        10: q("Mr Revesby", "officer", "answered"),
    },
    decoys={
        1: "a member's interest noted",
        2: "a completed action from the previous meeting",
        3: "no questions from the public received",
        4: "the precept resolution",
    },
)

DOCS["h9-leadonvale"] = dict(
    source="h9-leadonvale.txt", document="h9-leadonvale.txt",
    layout="h9-moderngov-copied-text-numbered-paras-highlighted-points-sub-bullets",
    modelled_on="Gloucestershire Police and Crime Panel: ModernGov 'Agenda and minutes' pages glostext.gloucestershire.gov.uk/ieListDocuments.aspx?CId=650&MId=11074 (24 November 2023: 'The Chair invited …, Temporary Assistant Chief Constable, to give an update on … HMICFRS Improvement Plan', 'The following points were highlighted:' with '·' bullets and 'the Officer'), MId=10472 ('PCC … provided a verbal update … members noted the following points' with 'o' sub-bullets), MId=10469 ('PCC … provided an oral update on his activities' as lettered a)–f) points), MId=11497 ('Responding to a Member's question about …, the Chief Executive confirmed'; a member declaring an interest named without a title), MId=11496&Ver=4 (numbered paragraphs 2.1, 4.3; the Chair asking members to trial a pre-meeting), MId=9170 and MId=9385 (members' comments as 'Ø' bullets); copied as text from the browser, with the council's menu and footer",
    panel="Leadon Vale Police and Crime Panel", meeting_date="2026-02-06", kind="minutes",
    questions={
        1: q("Cllr Newent", "pcc", "answered"),
        2: q("a member", "deputy_pcc", "answered"),
        3: q("a member", "officer", "answered"),
        4: q("Ms Dymock", "officer", "no_information"),
        5: q("Cllr Tewkes", "chief_constable", "answered"),
        6: q("Cllr Lydney", "other", "answered"),
        7: q("Cllr Staunton", "pcc", "deferred"),
        8: q("Cllr Newent", "officer", "deferred"),
        9: q("Cllr Lydney", None, "unanswered"),
    },
    decoys={
        1: "the Chair asking members about a pre-meeting",
        2: "a declaration of interest",
        3: "a lettered point of the PCC's oral update",
        4: "members asked to consider a themed session (work plan)",
    },
)
