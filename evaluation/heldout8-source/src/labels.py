"""Hand-written labels of the h8- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans (../heldout-tools/common.py) unless
qs/qe/as_/ae are given here; topics are computed from topics.json unless given here. Per decoy: why it is not a
member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h8-teesbridge"] = dict(
    source="h8-teesbridge.html", document="h8-teesbridge.html",
    layout="h8-moderngov-prefixed-minute-refs-opcc-chief-executive",
    modelled_on="Cleveland Police and Crime Panel Complaint Sub-Committee: ModernGov 'Agenda and minutes' page rcbc.moderngov.co.uk/ieListDocuments.aspx?CId=232&MId=665&Ver=4 (minute references 'CSC 1/23' in the number column, minute text straight under the item title with no 'Minutes:' label, informal resolution of a complaint); the relayed question from Lancashire Combined Fire Authority cfa.lancsfirerescue.org.uk/mgAi.aspx?ID=5388 ('The Chairman raised a question that had been put to him by County Councillor … who queried'); the passive 'Information was requested on' of the Dyfed-Powys page democracy.carmarthenshire.gov.wales/ieListDocuments.aspx?CId=193&MId=1534&Ver=4; the Commissioner absent and represented by the OPCC Chief Executive as in Surrey's AGM page (opencouncil.network/meetings/13179); saved as a full HTML page",
    panel="Teesbridge Police and Crime Panel", meeting_date="2025-10-21", kind="minutes",
    questions={
        9: q("Mr Coulby", "officer", "answered"),
        1: q("Cllr Hebburn", "officer", "answered"),
        2: q("a member", "officer", "answered"),
        3: q("Cllr Ashgill", "deputy_pcc", "answered"),
        4: q("Mr Penrose", "officer", "deferred"),
        5: q("a member", "deputy_pcc", "answered"),
        6: q("Cllr Lazenby", "officer", "no_information"),
        7: q("Cllr Marton", "officer", "answered"),  # "The Vice Chair, Councillor Marton, asked": named, per FORMAT.md
        8: q("Cllr Stainsby", None, "unanswered"),
    },
    decoys={
        1: "the Complaints Sub-Committee's minutes received: a complaint decided, not a question",
        2: "a public question withdrawn before the meeting: no question put",
        3: "the Deputy PCC asking Panel members to share a survey",
        4: "the resolution to note the report",
    },
)

DOCS["h8-wyreteme"] = dict(
    source="h8-wyreteme.html", document="h8-wyreteme.html",
    layout="h8-cmis-dnn-meeting-details-agenda-text-then-minute-pfcp",
    modelled_on="Hereford and Worcester Fire Authority: CMIS (DotNetNuke) 'Meeting Details' page hwfire.cmis.uk.com/hwfire/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/111/Committee/2/Default.aspx ('Agenda Items', each agenda text followed by its minute with no label, 'This item allows the Chairman to invite any Councillor to declare an interest'); content of Staffordshire Police, Fire and Crime Panel pages staffordshire.moderngov.co.uk/ieListDocuments.aspx?CId=1150&MId=17231, MId=13824&Ver=4 and MId=13828&Ver=4 ('Questions to the PFCC from Members of the Public', 'Supplementary papers: Responses to questions asked', 'With the consent of the Chairman, Mr … was allowed to … ask a supplementary question', 'Decisions published by the PFCC'); the public participation rubric of Cheshire's moderngov.cheshireeast.gov.uk/ieListDocuments.aspx?MId=7211 ('may answer the question, may decline to do so, may agree to reply at a later date'); saved as a full HTML page",
    panel="Wyre and Teme Police, Fire and Crime Panel", meeting_date="2026-02-02", kind="minutes",
    questions={
        1: q("Mr Halloran", "pcc", "answered"),
        2: q("Cllr Ombersley", "chief_fire_officer", "answered"),
        3: q("Cllr Bewdley", "pcc", "no_information"),
        4: q("Cllr Tenbury", "chief_constable", "answered"),
        5: q("a member", "deputy_chief_constable", "answered"),
        6: q("Mr Severn", "officer", "answered"),
        7: q("Cllr Hartlebury", None, "unanswered"),
        8: q("Mrs Abberley", "deputy_chief_constable", "deferred"),
        9: q("Cllr Kempsey", "officer", "deferred"),
        10: q("Cllr Pershore", "chief_fire_officer", "answered"),
    },
    decoys={
        1: "the Panel noting written responses to public questions; the questions themselves are not minuted",
        2: "the public participation rubric in the agenda text",
        3: "decisions published by the Commissioner, noted",
        4: "the Commissioner asking members to attend fire station open days",
    },
)

DOCS["h8-chilternvale"] = dict(
    source="h8-chilternvale.html", document="h8-chilternvale.pdf",
    layout="h8-early-printed-minutes-file-path-footer-addendum-pdf",
    modelled_on="Hertfordshire Police and Crime Panel minutes of 25 October 2012 as stored at docslib.org/doc/5512260/meeting-of-hertfordshire-police-and-crime-panel ('MEETING OF … POLICE AND CRIME PANEL', Present list with each council, headings in capitals, '(i) The Panel asked if …', a network file path 'R:\\PCP\\…\\PCP MINUTES - … .DOC - 1' as the footer) and Gwent Police and Crime Panel minutes of 15 February 2013 at docslib.org/doc/12062598/gwent-police-and-crime-panel ('By invitation:', 'Together with:', 'A query was raised as to whether … Members should declare a personal interest'); the addendum of responses received after the meeting is assumed from the Cambridgeshire public question at rtaylor.co.uk/public-questions-cambs-pcp0714.html about written responses to matters raised at meetings; 'The PCC's response:' label assumed; printed with headless Chromium",
    panel="Chilternvale Police and Crime Panel", meeting_date="2026-01-22", kind="minutes",
    questions={
        8: q("Mr Wendover", "pcc", "answered"),
        1: q("members", "pcc", "answered"),
        2: q("Cllr Ashwell", "chief_constable", "answered"),
        3: q("Dr Okonedo", "officer", "deferred"),
        4: q("a member", "deputy_chief_constable", "answered"),
        5: q("Cllr Tring", "pcc", "no_information"),
        6: q("Cllr Bovingdon", None, "unanswered"),
        7: q("Cllr Potten", "officer", "answered"),
        10: q("Mr Lacey", "pcc", "answered"),
        9: q("Dr Okonedo", "officer", "answered"),
    },
    decoys={
        1: "a query about declarations of interest answered by the Panel's Clerk",
        2: "the Panel agreeing to write to the Home Office",
        3: "the precept resolution",
        4: "an addendum note that the Chairman's letter was sent",
    },
)

DOCS["h8-ceredigtywi"] = dict(
    source="h8-ceredigtywi.txt", document="h8-ceredigtywi.docx",
    layout="h8-welsh-english-only-cyng-questions-on-notice-docx",
    modelled_on="Dyfed-Powys Police and Crime Panel: English ModernGov meeting pages democracy.carmarthenshire.gov.wales/ieListDocuments.aspx?CId=193&MeetingId=7609 ('QUESTIONS ON NOTICE FROM PANEL MEMBERS TO THE COMMISSIONER', '5.1 QUESTION FROM …' with the question in quotation marks, the declarations table Member / Agenda Item No / Interest, 'Cllr.' titles), MId=1952&Ver=4 ('5.1 Minute 4.1 – Agenda Item, Question by Councillor …', 'An update was requested'), MId=3497 ('In response to a query the Police Commissioner commented that'), MId=4205&Ver=4 ('QUESTIONS ON NOTICE - NONE RECEIVED') and MId=6277, mgAi.aspx?ID=54507 (Accountability Board webcast); councillors titled 'Cyng.' (Welsh for Councillor) in an English-only record; written as a Word file",
    panel="Ceredig and Tywi Police and Crime Panel", meeting_date="2026-01-30", kind="minutes",
    questions={
        1: q("a member", "pcc", "answered"),
        2: q("Cllr Rhydian", "pcc", "answered"),
        3: q("Cllr Pryce", "pcc", "answered"),
        4: q("Mr Garnon", "pcc", "deferred"),
        5: q("Cllr Felin", "deputy_pcc", "answered"),
        6: q("Cllr Bowen", "chief_constable", "answered"),
        7: q("Cllr Bowen", "pcc", "no_information"),
        8: q("the Vice Chair", "officer", "answered"),
        9: q("a member", "officer", "answered"),
        10: q("Cllr Rhydian", None, "unanswered"),
    },
    decoys={
        1: "a declaration of interest in the declarations table",
        2: "no public questions on notice received",
        3: "the Commissioner asking the Panel to nominate an observer",
        4: "the resolution to note the statement",
    },
)

DOCS["h8-quantock"] = dict(
    source="h8-quantock.txt", document="h8-quantock.txt",
    layout="h8-mgai-work-programme-queries-then-numbered-responses-copied-text",
    modelled_on="Avon and Somerset Police and Crime Panel: ModernGov agenda-item page democracy.somerset.gov.uk/mgAi.aspx?ID=1762 ('Work Programme 2023/24', 'Panel Members were invited to:-', Independent Members volunteering for a sub-committee, 'The Chair reflected on Panel discussions leading up to the meeting'); Durham's work programme items democracy.durham.gov.uk/mgAi.aspx?ID=63997 (the PCC offering to circulate a breakdown, the OPCC Chief of Staff answering) and ID=15887 ('In reply to a question from Councillor …, it was confirmed'); the separate list of queries and list of responses is assumed; copied as text from the browser, with the site's menu and footer",
    panel="Quantock and Levels Police and Crime Panel", meeting_date="2026-03-06", kind="minutes",
    questions={
        1: q("Cllr Wedmore", "officer", "answered"),
        2: q("Cllr Chard", "pcc", "answered"),
        3: q("Cllr Ilminster", "officer", "no_information"),
        4: q("Cllr Porlock", "pcc", "deferred"),
        5: q("Cllr Wedmore", None, "unanswered"),
        6: q("Mr Nettlecombe", "deputy_pcc", "answered"),
        7: q("a member", "chief_constable", "answered"),
        8: q("the Vice Chair", "officer", "answered"),
        9: q("Mrs Stogursey", "pcc", "answered"),
    },
    decoys={
        1: "the list of what Panel members were invited to do",
        2: "an Independent Member volunteering for a task group",
        3: "the Chair reflecting on earlier discussions",
        4: "the resolution agreeing the work programme",
    },
)
