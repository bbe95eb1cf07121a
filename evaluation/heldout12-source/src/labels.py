"""Hand-written labels of the h12- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans (../heldout-tools/common.py) unless
qs/qe/as_/ae are given here; topics are computed from topics.json unless given here. Per decoy: why it is not a
member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h12-cynonogwr"] = dict(
    source="h12-cynonogwr.html", document="h12-cynonogwr.html",
    layout="h12-moderngov-2014-numbered-minutes-briefing-session-solicitor-reads-question",
    modelled_on="South Wales Police and Crime Panel (host Merthyr Tydfil County Borough Council): ModernGov 'Agenda and minutes' pages democracy.merthyr.gov.uk/ieListDocuments.aspx?CId=349&MId=2029&Ver=4 (2014: numbered items with 'Minutes:' labels, 'Resolved that:' on a line of its own, a 'Briefing Session' item where the Panel discusses the agenda before the Commissioner arrives and 'A Member referred to …', 'Councillor … entered the Meeting at …', 'The Chair welcomed Mr … Police and Crime Commissioner, Mr … Chief Constable … to the Meeting', 'Mr … referred to …', councillors by initials), MId=3048&Ver=4 and MId=3120&Ver=4 ('Declared a Personal Interest in Item Five – Commissioners Update Report – …'), MId=2801&Ver=4 and MId=2800&Ver=4 (Public Questions rubric, 'The Chair set out the criteria for public questions and advised that individual complaints could not be dealt with'), MId=4877&Ver=4 ('Simon Jones, Solicitor read a question from a member of the public:-' then 'Question – …'), MId=2568&Ver=4 (2017 briefing session); the 'Response – …' label, the Cymraeg switch and the site chrome are assumed; saved as a full HTML page",
    panel="Cynon and Ogwr Police and Crime Panel", meeting_date="2014-09-09", kind="minutes",
    questions={
        1: q("Mr Warlow", "pcc", "answered"),
        2: q("Cllr Prosser", "chief_constable", "answered"),
        3: q("a member", "deputy_chief_constable", "answered"),
        4: q("a member", "chief_constable", "answered"),
        5: q("the Chair", "pcc", "answered"),
        6: q("Mr Bevan", "pcc", "deferred"),
        7: q("Cllr Watkins", "officer", "answered"),
        8: q("Cllr Harries", "pcc", "no_information"),
        9: q("Cllr Prosser", None, "unanswered"),
        10: q("Cllr Beynon", "officer", "answered"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "a member's remark in the private briefing session before the Commissioner arrived",
        3: "the Commissioner asking members to act",
        4: "the resolution on the budget report",
    },
)

DOCS["h12-tamarexe"] = dict(
    source="h12-tamarexe.html", document="h12-tamarexe.pdf",
    layout="h12-printed-draft-minutes-lettered-members-discussed-hyphenated-pdf",
    modelled_on="Devon and Cornwall Police and Crime Panel (host Plymouth City Council): printed draft minutes of Friday 7 October 2016 as stored at docslib.org/download/2565063/public-pack-minutes-document-for-devon-and ('PRESENT: Councillor …, in the Chair. Councillor …, Vice Chair. Councillors … (substitute for …)'; 'Independent Members:' named without titles; 'Apologies for absence:'; 'Also in attendance:' with roles in brackets; 'The meeting started at … and finished at …'; the 'Note: At a future meeting, the Panel will consider the accuracy of these draft minutes …' box; the panel name and date repeated at the head of each page; minutes numbered 18., 19., 20. through the year; 'Agreed that …'; a corrected minute reference 'minute 11(c) should read'; public questions 'had been received from one member of the public'); lettered points from democracy.plymouth.gov.uk/ieListDocuments.aspx?CId=1051&MId=10243&Ver=4 and mgAi.aspx?ID=115012 ('… (Police and Crime Commissioner) presented the report to the Panel and highlighted the following key points: a) …', 'Members discussed:'), MID=10559 ('Question: … Response: …'), ieIssueDetails.aspx?IId=75764&Opt=3 ('Question by Mr …' / 'Response by …'); printed with headless Chromium with word-processor hyphenation at line ends",
    panel="Tamar and Exe Police and Crime Panel", meeting_date="2016-10-14", kind="minutes",
    questions={
        1: q("Mrs Morwenstow", "pcc", "answered"),
        2: q("Cllr Halse", "pcc", "answered"),
        3: q("Ms Ashburton", "officer", "answered"),
        4: q("Cllr Pascoe", "officer", "answered"),
        5: q("Cllr Quick", "pcc", "deferred"),
        6: q("Mr Polwhele", "officer", "answered"),
        7: q("members", "officer", "answered"),
        8: q("the Vice Chair", "pcc", "no_information"),
        9: q("Cllr Coombe", "officer", "no_information"),
        10: q("Cllr Rowse", None, "unanswered"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "a key point of the Commissioner's report: the Commissioner asking the Panel for support",
        3: "complaints against the Commissioner noted",
        4: "a request to add an item to the work programme",
    },
)

DOCS["h12-ebbwusk"] = dict(
    source="h12-ebbwusk.html", document="h12-ebbwusk.pdf",
    layout="h12-welsh-agenda-pack-front-sheet-then-previous-minutes-pdf",
    modelled_on="Gwent Police and Crime Panel (host Caerphilly County Borough Council): the agenda pack for 28 September 2018 as stored at docslib.org/doc/3802221/agenda-document-for-gwent-police-and-crime-panel-28-09-2018-10-00 ('Public Document Pack', the bilingual Penallta House / Tŷ Penallta address block, 'For all enquiries relating to this agenda please contact …', 'Dear Sir/Madam, A meeting of the … will be held at … (Panel Pre-Meeting at 9.30am)', 'A G E N D A  Pages', 'To approve and sign the following minutes: -' with page ranges, 'MEMBERSHIP:' with each councillor's council, 'Co-opted Members-', 'By Invitation'); the minutes pages of docslib.org/doc/662684 (2012: 'MINUTES OF THE MEETING HELD AT PENALLTA HOUSE, YSTRAD MYNACH ON FRIDAY 12TH OCTOBER 2012 AT 9.30AM', 'Present:' as 'Councillors M.J. Bartlett and Mrs. K. Bender - Blaenau Gwent County Borough Council', 'By Invitation -', 'Together with:'); the 2018 panel page gwentpcp.org.uk/en/the-panel/ (a co-opted member as Chair). The narrative wording ('The Commissioner informed Members that …', 'Members asked …', 'Clarification was sought …', 'moved and seconded … By a show of hands this was unanimously agreed', 'RESOLVED that for the reasons contained in the report …') is from Caerphilly-hosted minutes as remembered, not seen in the store; printed with headless Chromium. The document is the pack for 29 September 2017; its questions are in the enclosed minutes of 16 June 2017, which is the meeting_date",
    panel="Ebbw and Usk Police and Crime Panel", meeting_date="2017-06-16", kind="minutes",
    questions={
        1: q("members", "pcc", "answered"),
        2: q("Cllr Waun", "pcc", "answered"),
        3: q("Cllr Manod", "officer", "answered"),
        4: q("a member", "deputy_chief_constable", "answered"),
        5: q("Cllr Cefn", "pcc", "deferred"),
        6: q("a member", "chief_constable", "answered"),
        7: q("Cllr Caerleon", "deputy_chief_constable", "answered"),
        8: q("Mrs Hafod", "deputy_chief_constable", "no_information"),
        9: q("Cllr Malpas", None, "unanswered"),
        10: q("Cllr Pontnewydd", "officer", "answered"),
    },
    decoys={
        1: "the vote appointing the Chair",
        2: "members asking for thanks to be passed on: a request, not a question",
        3: "the resolution noting the update",
        4: "the Chair asking members for work programme items",
    },
)

DOCS["h12-menaidee"] = dict(
    source="h12-menaidee.txt", document="h12-menaidee.docx",
    layout="h12-welsh-host-minutes-standing-items-written-questions-member-champions-docx",
    modelled_on="North Wales Police and Crime Panel (host Conwy County Borough Council): the agenda pack for 17 June 2019 as stored at docslib.org/doc/3584806 (venue 'Council Chamber - Bodlondeb', 'Declarations of Interest: Code of Local Government Conduct', 'Urgent matters', 'Announcements by the Chair', standing agenda items 'a) Update on actions from the previous meeting b) Questions to the Police and Crime Commissioner (Submitted in accordance with the procedure for Questions to the Police and Crime Commissioner) c) List of decisions taken by the Police and Crime Commissioner d) Feedback from Member Champions', 'To consider reports by the … Police and Crime Commissioner: a) Periodic Update … b) Finance Report'); the Gwynedd page democracy.gwynedd.llyw.cymru/mgOutsideBodyDetails.aspx?ID=250 (ten councillors and two co-opted members, Conwy as host); the Anglesey and Flintshire items democracy.anglesey.gov.uk/mgAi.aspx?ID=17187 and committeemeetings.flintshire.gov.uk/mgAi.aspx?ID=4220 (the Deputy PCC answering, 'would provide a written response to the matters raised'). The minutes form (PRESENT / Councillors / Co-opted Members / ALSO PRESENT labels, minute numbers running through the year, 'RESOLVED:' with an indented 'That …') is assumed from Welsh host-authority minutes, not seen for this panel in the store; written as a Word file",
    panel="Menai and Dee Police and Crime Panel", meeting_date="2015-03-23", kind="minutes",
    questions={
        1: q("Cllr Dyserth", "pcc", "answered"),
        2: q("Mr Ystumllyn", "pcc", "deferred"),
        3: q("members", "officer", "answered"),
        4: q("Cllr Efenechtyd", "deputy_pcc", "answered"),
        5: q("Cllr Gwalchmai", "deputy_pcc", "deferred"),
        6: q("a member", "chief_constable", "answered"),
        7: q("Cllr Caerhun", "pcc", "no_information"),
        8: q("the Chair", "pcc", "answered"),
        9: q("Cllr Llechwedd", "officer", "answered"),
        10: q("Cllr Berwyn", None, "unanswered"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "an action log entry from the previous meeting",
        3: "the resolution on the finance report",
        4: "the Chair asking members about a future invitation (work programme)",
    },
)

DOCS["h12-wylyethamesdown"] = dict(
    source="h12-wylyethamesdown.txt", document="h12-wylyethamesdown.txt",
    layout="h12-moderngov-2013-copied-text-unnumbered-decision-labels",
    modelled_on="Wiltshire Police and Crime Panel (Wiltshire and Swindon; host Wiltshire Council) in its first year: ModernGov 'Agenda and minutes' pages cms.wiltshire.gov.uk/ieListDocuments.aspx?CId=1127&MId=7149&Ver=4 (6 February 2013: 'Venue: Council Chamber - Council Offices, Monkton Park, Chippenham … View directions', 'Contact: … Democratic Services Officer', the two-part Public Participation rubric with the question deadline, 'There were no questions from the public', 'There were no statements from the public'), MId=7148&Ver=4 ('Minutes: Decision' above the minutes resolution, 'declared a personal interest in agenda item no. 9 being …', 'The Chairman asked Panel members to stay after the meeting for a short briefing', 'Supporting documents:'), MId=7543&Ver=4 ('Decision:' labels, 2013), MeetingId=8056, 8973, 8975 and 8976 (2014–2016: 'Points made included:' with '·' bullets beginning 'That …', the Commissioner's verbal update), MeetingId=14866 ('In a matter arising from the previous meeting, Cllr … questioned Police and Crime Commissioner …'); item number cells empty as on these pages; the text as copied from the browser with its tabs and lone-space lines",
    panel="Wylye and Thamesdown Police and Crime Panel", meeting_date="2013-03-20", kind="minutes",
    questions={
        1: q("Cllr Upavon", "pcc", "answered"),
        2: q("Mr Chitterne", "pcc", "answered"),
        3: q("members", "pcc", "answered"),
        4: q("members", "pcc", "answered"),
        5: q("Cllr Erlestoke", "officer", "answered"),
        6: q("Cllr Tidcombe", "pcc", "no_information"),
        7: q("Cllr Wroughton", "deputy_chief_constable", "answered"),
        8: q("Mr Porton", "deputy_chief_constable", "deferred"),
        9: q("Cllr Stratford", "officer", "answered"),
        10: q("Cllr Erlestoke", None, "unanswered"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "the Chairman's announcement asking members to stay",
        3: "the Panel's decision on the draft plan",
        4: "the PCC asking the Panel",
    },
)
