"""Hand-written labels of the h16- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans
(../heldout-tools/common.py) unless qs/qe/as_/ae are given here; topics are computed from topics.json unless given
here. Per decoy: why it is not a member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h16-sowpenk"] = dict(
    source="h16-sowpenk.html", document="h16-sowpenk.html",
    layout="h16-county-website-panel-precept-report-second-person-html",
    modelled_on="Staffordshire Police, Fire and Crime Panel: the Panel's formal precept reports to the Commissioner as published on the host county council's own website (not ModernGov): staffordshire.gov.uk/Your-council-and-democracy/Staffordshire-PFC-panel/Reports/Police-Fire-and-Crime-Commissioner-for-Staffordshires-Draft-Fire-and-Rescue-Service-Budget-and-Precept-2024-25.aspx and …-2025-26.aspx, …-2023-24 ('Report of the … Panel (The Panel) to the Police, Fire and Crime Commissioner for … (The PFCC)', 'With regard to:', the veto paragraph, 'You attended the … Panel meeting accompanied by …', 'In your introduction to the report, you explained that …', 'The Panel questioned how the budget had been prepared …', 'The Panel commented that more data would have been useful …', 'The Panel unanimously agreed to support …', signed 'Councillor … Chairman'), the police precept reports …-Draft-Policing-Service-Budgets-and-Precept-2022-23/2024-25/2025-26.aspx ('The Panel, during their discussions considered the following information:' bullets, 'the results of the public and stakeholder engagement', the cookie banner text); written in the second person to the Commissioner. The fuller list of questions and answers, the side navigation and the page-feedback box are assumed; a saved HTML page",
    panel="Sow and Penk Police, Fire and Crime Panel", meeting_date="2025-02-10", kind="report",
    questions={
        1: q("members", "pcc", "answered"),
        2: q("Cllr Joan Brocton", "chief_fire_officer", "answered"),
        3: q("Cllr Tariq Mahmood", "officer", "no_information"),
        4: q("the Vice Chair", "pcc", "deferred"),
        5: q("a member", "deputy_pcc", "answered"),
        6: q("Cllr Gareth Penkhull", "chief_fire_officer", "answered"),
        7: q("members", "pcc", "answered"),
        8: q("a member", "pcc", "answered"),
        9: q("Cllr Ruth Acton", None, "unanswered"),
    },
    decoys={
        1: "a question put to residents in the precept engagement survey, quoted in the report",
        2: "a comment of the Panel, not a question",
        3: "the Panel's request that the Commissioner report back (a recommendation)",
        4: "the Panel's vote on the precept",
        5: "the website's page-feedback question",
    },
)

DOCS["h16-tamerea"] = dict(
    source="h16-tamerea.html", document="h16-tamerea.pdf",
    layout="h16-metropolitan-printed-minutes-1400-hours-run-on-paragraphs-appendix-qa-tables-pdf",
    modelled_on="West Midlands Police and Crime Panel: the printed minutes as titled at financedocbox.com (…/Minutes-of-the-meeting-of-the-west-midlands-police-and-crime-panel-held-on-15-january-2018-at-1400-hours-wolverhampton.html: 'MINUTES OF THE MEETING OF THE … POLICE AND CRIME PANEL HELD ON … AT 1400 HOURS, WOLVERHAMPTON') and lawsdocbox.com (…held-on-15-october-…-hours-wolverhampton); the agenda items of the Birmingham-hosted CMIS page birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/14933/Committee/436/Default.aspx ('NOTICE OF RECORDING' with 'The Chair to advise/meeting to note that this meeting will be webcast …', 'APOLOGIES', 'DECLARATIONS OF INTEREST' with other registerable interests, 'To consider the progress of actions arising from previous Panel meetings', public questions notified to the Panel in advance); the panel's public-question criteria and meetings at the Wolverhampton Civic Centre (birmingham.gov.uk/cs/Satellite/wmpcp, 2014), its membership of twelve councillors from seven councils and independent members (westmidlandspcp.org.uk/info/1/committee/1/us) and its precept question-and-answer sessions (westmidlandspcp.co.uk/category/news/). Assumed: the body of the printed minutes (three-figure minute numbers in the margin, 'PRESENT:-' / 'ALSO PRESENT:-', 'RESOLVED:-', questions and answers of several members run together in long paragraphs), the written members' questions 'attached as Appendix A' with a Question / Response / Responded by table; printed with headless Chromium, words hyphenated at line ends, running header and 'Page n of m' footer",
    panel="Tame and Rea Police and Crime Panel", meeting_date="2023-11-13", kind="minutes",
    questions={
        1: q("Cllr Sandhu", "pcc", "answered"),
        2: q("Cllr Okonjo", "officer", "answered"),
        3: q("Cllr Hale", "deputy_pcc", "answered"),
        4: q("the Vice Chair", "pcc", "answered"),
        5: q("Mr Rahman", "officer", "no_information"),
        6: q("Cllr Dunmore", None, "unanswered"),
        7: q("a member", "officer", "answered"),
        8: q("Cllr Beddow", "pcc", "answered"),
        9: q("Cllr Yusuf", "deputy_pcc", "answered"),
        10: q("Mrs Lyndon", "officer", "deferred"),
    },
    decoys={
        1: "a declaration of interest",
        2: "an action tracker entry",
        3: "a public question to the Panel, answered by the Chair for the Panel",
        4: "supplementary questions invited but none asked",
    },
)

DOCS["h16-isetove"] = dict(
    source="h16-isetove.txt", document="h16-isetove.docx",
    layout="h16-pfcp-precept-workshop-notes-initials-present-tense-action-lines-docx",
    modelled_on="Northamptonshire Police, Fire and Crime Panel: its work programme's 'workshop session on the development of the Police, Fire & Crime Commissioner's proposed precepts' and briefing sessions with the Chief Constable and the Chief Fire Officer (westnorthants.moderngov.co.uk/mgAi.aspx?ID=3942; meeting pages ieListDocuments.aspx?CId=151&MId=923, MId=428, MId=1086); the note-taking habits of the Commissioner's office in its own published meeting notes, archive.northantspfcc.org.uk/?p=8569 and ?p=8570 and …/fire-accountability-board-minutes-8-march-2022, northantspfcc.org.uk/police-accountability-board-minutes-8-february-2022/ and -10-october-2023/, northantspfcc.org.uk/our-information/police-accountability-board-minutes/police-accountability-board-notes-11th-june-2019/, -14th-may-2019/, -13th-august-2019/ and -10th-march-2020-2/ (attendees listed with initials in brackets and role prefixes 'PFCC', 'CC', 'DCC', 'CFO', 'ACFO'; 'Minutes of previous meeting were circulated with the meeting papers. No changes have been requested'; action log updated; dash or bullet points in which people are named by initials; 'ACTION: NA/SM to …' / 'Action – TS/SC to …' lines). Assumed: that the Panel's workshop is minuted by the office in that style, the present tense throughout, the 'Q1 (RP) –' / 'A – RO:' labels for questions sent in advance and an answer given by 'The Office'; written as a Word file with python-docx",
    panel="Ise and Tove Police, Fire and Crime Panel", meeting_date="2024-01-16", kind="minutes",
    questions={
        1: q("Cllr Wooding", "chief_fire_officer", "answered"),
        2: q("Cllr Sattar", "officer", "answered"),
        3: q("Mrs Kaur", "chief_fire_officer", "no_information"),
        4: q("Cllr Moulton", "pcc", "deferred"),
        5: q("Cllr Pytchley", "chief_constable", "answered"),
        6: q("Cllr Moulton", "officer", "answered"),
        7: q("Cllr Wooding", "deputy_pcc", "answered"),
        8: q("Cllr Ashby", "pcc", "answered"),
        9: q("Mrs Kaur", "deputy_chief_constable", "answered"),
        10: q("Cllr Sattar", None, "unanswered"),
    },
    decoys={
        1: "the Chair reminding members how the workshop works",
        2: "an action log entry",
        3: "an ACTION line recording the undertaking already given",
        4: "the Commissioner asking members to act",
    },
)

DOCS["h16-leadonfrome"] = dict(
    source="h16-leadonfrome.html", document="h16-leadonfrome.txt",
    layout="h16-county-printed-minutes-chairperson-arrow-bullets-numbered-paras-pdftotext",
    modelled_on="Gloucestershire Police and Crime Panel in 2017–2020 (host Gloucestershire County Council): glostext.gloucestershire.gov.uk/ieListDocuments.aspx?MId=9170 (19 July 2019: 'Chairperson' / 'Vice Chairperson', numbered paragraphs '18.1', '19.1', 'Members comments related to the content and structure of the annual report were: -' with 'Ø' bullets, 'Martin Surl, PCC, informed the Panel'), MId=9385&x=1 ('The Police and Crime Commissioner (PCC) updated the Panel on activity undertaken since the Panel meeting on … This included: -' with 'Ø' bullets, 'The last sentence in minute 6.4 be amended …'), CId=650&MId=9514 (3 February 2020: 'PCC Surl explained that …'), CId=650&MId=8549&Ver=4 (2017: 'At 10.10 – to state that …', 'One member questioned at 9.7 the reference to … She asked when a report would be expected … In response it was stated that …'), CId=650&MId=8727&Ver=4, MId=9384, CId=650&MId=11074 and MId=11497 (an independent member named without a title; 'The Chair invited …, to give an update … The following points were highlighted'); the agenda packs docslib.org/download/3431192 and docslib.org/download/4257272 (Cabinet Suite - Shire Hall, 'Please see note (a) at the end of the agenda', the Crime Data Integrity Inspection 2019 item, the OPCC Chief Executive report). Earlier sets used this panel's 2018 and 2024 ModernGov pages (h3-, as a saved agenda-item page) and 2019–2023 pages as copied text (h9-); this is the printed minutes PDF of a 2019 meeting as `pdftotext` gives it. Assumed: the printed form (centred capitals title, 'Present:' / 'Independent Members:' / 'In attendance:' / 'Apologies:' labels, the 'Minutes subject to their acceptance as a correct record at the next meeting' note, '- n -' page numbers, the CHAIRPERSON line)",
    panel="Leadon and Frome Police and Crime Panel", meeting_date="2019-11-15", kind="minutes",
    questions={
        1: q("a member", "officer", "answered"),
        2: q("Cllr Tewkes", "pcc", "answered"),
        3: q("Cllr Awre", "chief_constable", "answered"),
        4: q("a member", "pcc", "answered"),
        5: q("Cllr Dymock", "deputy_chief_constable", "answered"),
        6: q("Mr Staunton", "deputy_chief_constable", "no_information"),
        7: q("the Vice Chair", "officer", "deferred"),
        8: q("Cllr Saul", None, "unanswered"),
        9: q("a member", "other", "answered"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "members' comments on a report, not questions",
        3: "the Chairperson asking members for work programme suggestions",
        4: "the Commissioner asking the Panel",
    },
)

DOCS["h16-leaflit"] = dict(
    source="h16-leaflit.txt", document="h16-leaflit.txt",
    layout="h16-moderngov-copied-text-public-questions-to-pcc-q-a-labels",
    modelled_on="Bedfordshire Police and Crime Panel (host Bedford Borough Council, meetings at 6.30 pm at the Borough Hall, Bedford): the rule change of February 2024 letting members of the public put questions to the Commissioner at the start of panel meetings (leightonbuzzardonline.co.uk/news/politics/council/plan-for-meeting-rule-change-aims-to-let-people-quiz-bedfordshires-police-and-crime-commissioner-4500346), the panel's make-up of three councils and co-opted members (lutonnhw.com/pcp, bedford.gov.uk/your-council/bedfordshire-police-and-crime-panel/bedfordshire-police-and-crime-panel-overview), Public Works Loan Board borrowing questioned by the panel (bedfordtoday.co.uk/news/people/commissioner-facing-questions-at-extraordinary-meeting-…-5149548; leightonbuzzardonline.co.uk/news/crime/bedfordshire-police-and-crime-panel-meeting-cancelled-…-5153134), and the Commissioner's weekly private and six-weekly public accountability meetings (bedfordshire.pcc.police.uk/pcc-d-083, /pcc-d-127, /meetings/pcc-and-chief-constable-accountability-meetings/). Earlier sets used this panel's confirmation hearing page (h7-, saved HTML) and a third-party summary (h14-). Assumed: the ModernGov 'Agenda and minutes' page of an ordinary meeting as copied from the browser (menu and breadcrumb lines, 'No.<tab>Item', 'Minutes:', lines holding a single space) and the clerk's 'Q:' / 'A:' labels, with the questioner's name in brackets or before a dash",
    panel="Lea and Flit Police and Crime Panel", meeting_date="2024-06-18", kind="minutes",
    questions={
        1: q("Mr Stotfold", "pcc", "answered"),
        2: q("Ms Caddow", "deputy_pcc", "answered"),
        3: q("Cllr Sharnbrook", "officer", "answered"),
        4: q("Cllr Toddington", "chief_constable", "answered"),
        5: q("Mr Patel", "pcc", "no_information"),
        6: q("Cllr Meppershall", "pcc", "deferred"),
        7: q("the Chair", "pcc", "answered"),
        8: q("Cllr Wilstead", None, "unanswered"),
        9: q("Cllr Sundon", "other", "answered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "further questions invited but none asked",
        3: "a member's question about the Panel's own meeting times, answered by the Committee Services Officer",
        4: "a resolution",
    },
)
