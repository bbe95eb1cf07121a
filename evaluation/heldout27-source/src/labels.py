"""Hand-written labels of the h27- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans
(../heldout-tools/common.py) unless qs/qe/as_/ae are given here; topics are computed from topics.json unless given
here. Per decoy: why it is not a member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h27-aireholme"] = dict(
    source="h27-aireholme.html", document="h27-aireholme.html",
    layout="h27-moderngov-combined-authority-mayoral-panel-themed-session-plan-priority-subheadings-action-lines",
    modelled_on="West Yorkshire Police and Crime Panel in the mayoral model (PCC functions with the Mayor of West Yorkshire since May 2021, the Deputy Mayor for Policing and Crime answering; westyorkshire-pcp.gov.uk), its Deputy Mayor's appearances as minuted on democracy.leeds.gov.uk/mgAi.aspx?ID=97551 ('Those in attendance for this item were:' bullets, progress against the priorities of the Police and Crime Plan 2021-24, 'In response to member queries') and mgAi.aspx?ID=90007 (the Head of Policing and Crime standing in); the ModernGov 'Agenda and minutes' page form of syjagu.moderngov.co.uk/ieListDocuments.aspx?CId=145&MId=594 ('Contact:', 'Note: The meeting will be streamed live', 'No. Item', 'Minutes:'). A page hosted by the combined authority itself, the themed question session with questions under priority sub-headings and the bold 'Action:' lines are assumed; saved as a full HTML page",
    panel="Aireholme Police and Crime Panel", meeting_date="2023-09-22", kind="minutes",
    questions={
        1: q("Mr Ferrand", "deputy_pcc", "answered"),
        2: q("Cllr Rokeby", "deputy_pcc", "answered"),
        3: q("Ms Halloran", "officer", "no_information"),
        4: q("Cllr Greenwood", "chief_constable", "answered"),
        5: q("a member", "deputy_pcc", "answered"),
        6: q("Cllr Haigh", "deputy_pcc", "deferred"),
        7: q("Cllr Sutcliffe", "pcc", "answered"),
        8: q("Cllr Bairstow", None, "unanswered"),
        9: q("Cllr Armitage", "officer", "answered"),
        10: q("Mr Pennock", "deputy_chief_constable", "answered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "a public question to the Panel, answered by the Chair for the Panel",
        3: "an 'Action:' line recording the undertaking, not a question",
        4: "the Deputy Mayor asking Members to act",
        5: "a resolution",
    },
)

DOCS["h27-loxmoor"] = dict(
    source="h27-loxmoor.html", document="h27-loxmoor.pdf",
    layout="h27-mayoral-panel-printed-minutes-capitals-7a-7b-action-log-themed-session-running-head-pdf",
    modelled_on="South Yorkshire Police and Crime Panel (host Barnsley MBC) around the transfer of PCC functions to the South Yorkshire Mayor in May 2024 (syjagu.moderngov.co.uk/ieListDocuments.aspx?CId=145&MId=594: 'Presentation on the Transfer of Police and Crime Commissioner Functions to the South Yorkshire Mayor'; streetguide.co.uk/parliament/debate/…/4503, the 2024 transfer Order); the printed minutes form of docslib.org/doc/7580990 (3 February 2021: 'PRESENT:' with councils in brackets, 'Independent Co-opted Members:', standing items 'WELCOME BY CHAIR', 'ANNOUNCEMENTS', 'URGENT ITEMS', 'PUBLIC QUESTIONS:-' with '7A TO THE POLICE AND CRIME COMMISSIONER' and '7B TO THE POLICE AND CRIME PANEL', the running head 'SOUTH YORKSHIRE POLICE & CRIME PANEL 3/02/21', a verbal update on the live actions of the Panel's Action Log, 'marked as discharged') and syjagu MId=592, 593, 416 and 420 (the 100-word public question rule, a police pension declaration); 'S Chu questioned …' from the 2017 annual report minutes on the same site. The post-2024 meeting, the themed question session, the 'ACTION:' line and the Deputy Mayor's answers are assumed; printed with headless Chromium",
    panel="Loxmoor Police and Crime Panel", meeting_date="2024-11-25", kind="minutes",
    questions={
        1: q("Mr Hinchliffe", "deputy_pcc", "answered"),
        2: q("Cllr Staniland", "chief_constable", "answered"),
        3: q("Cllr Wragg", "deputy_pcc", "answered"),
        4: q("Professor Whitely", "officer", "answered"),
        5: q("Cllr Bramall", "deputy_pcc", "answered"),
        6: q("Cllr Ellison", "officer", "deferred"),
        7: q("the Vice Chair", "pcc", "answered"),
        8: q("Cllr Staniland", "pcc", "no_information"),
        9: q("Cllr Fretwell", None, "unanswered"),
    },
    decoys={
        1: "a declaration of interest (police pension)",
        2: "no public questions to the Panel",
        3: "an Action Log entry marked discharged",
        4: "a resolution",
    },
)

DOCS["h27-hessdale"] = dict(
    source="h27-hessdale.txt", document="h27-hessdale.docx",
    layout="h27-unitary-hosted-minutes-running-minute-numbers-pcc-update-arrow-bullets-further-questions-list-docx",
    modelled_on="Humberside Police and Crime Panel (host North Lincolnshire Council): ModernGov pages northlincolnshire.moderngov.co.uk/ieListDocuments.aspx?CId=218&MId=3642 (2023: 'The Vice-Chair welcomed …, Humberside Police and Crime Commissioner to provide an update to the Panel on any matters of interest, and to respond to any questions about his role. The Police and Crime Commissioner informed the Panel of the following –'), MID=3155 and MId=3149 (update topics in 'Ø' bullets, 'Resolved - That the minutes of the proceedings …, having been printed and circulated amongst the members, be taken as read and correctly recorded and signed by the chairman'), MId=3292 ('It was then –', 'Moved by … and seconded by …', 'Motion Carried'), MId=3313 (the Commissioner presenting his Police and Crime Plan), MId=4003 (the long declarations title), and the North Lincolnshire printed minutes form of CeListDocuments.aspx?CommitteeId=217&MeetingId=1664 ('PRESENT: – Councillor … in the chair.', 'The panel met at …', minute numbers running through the years, 'be thanked for his attendance, presentation and for answering members' questions'); the 2014 restructure questioning of the Chief Constable (lincolnshireworld.com/news/humberside-police-and-crime-panel-to-scrutinise-restructure-plan-2258456). The Word file, the 'In response to further questions from members, the Commissioner advised –' list and the Chief Constable's themed item are assumed; written with python-docx",
    panel="Hessdale Police and Crime Panel", meeting_date="2018-11-27", kind="minutes",
    questions={
        1: q("Cllr Rawcliffe", "pcc", "answered"),
        2: q("Mrs Whitgift", "pcc", "answered"),
        3: q("members", "pcc", "answered"),
        4: q("members", "pcc", "no_information"),
        5: q("members", "pcc", "answered"),
        6: q("Cllr Fenwick", "chief_constable", "answered"),
        7: q("Cllr Pickersgill", "officer", "deferred"),
        8: q("the Chair", "deputy_chief_constable", "answered"),
        9: q("Cllr Rawcliffe", None, "unanswered"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "a question to the Panel's own Secretary",
        3: "a motion moved and seconded",
        4: "a resolution thanking the officers",
    },
)

DOCS["h27-skernedale"] = dict(
    source="h27-skernedale.html", document="h27-skernedale.txt",
    layout="h27-county-printed-minutes-pcvc-asked-as-regards-for-copy-see-file-pdftotext",
    modelled_on="Durham Police and Crime Panel (host Durham County Council) in its Police, Crime and Victims' Commissioner years: democracy.durham.gov.uk/mgAi.aspx?ID=17495 and ID=16392 ('The Panel considered a report of … (for copy see file of Minutes)', 'Councillor … referred to … The PCC replied that'), ID=66045 ('asked as regards', 'Deputy Chief Constable … noted', 'The Head of Business Services, OPCC, … noted'), ID=61917 (a co-opted member named without a title, 'H Hallam noted …', the Principal Overview and Scrutiny Officer), ID=56670 ('Councillor R Potts asked as regards the package cost … The Chief Finance Officer noted'), ID=15887 ('In reply to a question from Councillor …, it was confirmed'), ID=43868 (the Acting PCVC); the agenda pack fdokumen.com/documents/police-and-crime-panel-durham-county-council.html (2021: 'Such other business, as in the opinion of the Chairman of the meeting, is of sufficient urgency …', 'Performance Progress Report', 'PCC Commissioning Update'). The printed minutes form ('At a Meeting of … held in … on …', 'Members of the Panel:', 'Co-opted Members:', 'Resolved:' over 'That …') is assumed from Durham County Council printed minutes as remembered; pdftotext of a Chromium print with the panel, date and page number in the footer",
    panel="Skernedale Police and Crime Panel", meeting_date="2019-03-11", kind="minutes",
    questions={
        1: q("Cllr Hepple", "pcc", "answered"),
        2: q("Mr Tunstall", "officer", "answered"),
        3: q("Cllr Robson", "deputy_chief_constable", "answered"),
        4: q("Cllr Gaskell", "officer", "answered"),
        5: q("Cllr Bainbridge", "pcc", "deferred"),
        6: q("Mrs Eldon", "pcc", "no_information"),
        7: q("Cllr Hepple", "deputy_pcc", "answered"),
        8: q("Cllr Tindale", "chief_constable", "answered"),
        9: q("Cllr Lisle", None, "unanswered"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "a question to the Panel's own scrutiny officer",
        3: "a resolution",
        4: "the Chair asking Members about the work programme",
    },
)

DOCS["h27-kirkleven"] = dict(
    source="h27-kirkleven.txt", document="h27-kirkleven.txt",
    layout="h27-moderngov-copied-text-pcp-slash-numbers-members-questions-to-commissioner-response-labels",
    modelled_on="Cleveland Police and Crime Panel (host Stockton-on-Tees, later Redcar and Cleveland Borough Council): the standing item 'MEMBERS' QUESTIONS TO THE COMMISSIONER' and its resolutions in egenda.stockton.gov.uk/aksstockton/users/public/admin/kab12.pl?cmte=CPC&meet=49&arc=71 ('PCP 6/21'), meet=27 ('The Members' questions and the responses from the Police and Crime Commissioner be noted. Further information be provided as detailed above'), meet=25 ('PCP 35/16'), meet=39 ('Members were informed that there were no Members' Questions', 'Members were informed that there were no Public Questions', a presentation 'covered the following key areas:-'), meet=40, meet=41 and meet=44 ('The presentation be received. The comments made by the Panel be noted.', a civic Mayor on the panel, a personal non prejudicial interest); the move to rcbc.moderngov.co.uk (ieListMeetings.aspx?CId=163, public question rules; ieListDocuments.aspx?CId=232&MId=665, 'CSC 1/23' numbers in the No. column) and www.redcar-cleveland.gov.uk/community-safety/police-and-crime-panel. The ModernGov page copied as text, 'Question n – Councillor …' with 'Response:' and the supplementary are assumed",
    panel="Kirkleven Police and Crime Panel", meeting_date="2023-11-07", kind="minutes",
    questions={
        1: q("Cllr Blenkinsop", "pcc", "answered"),
        2: q("Cllr Wetherell", "pcc", "deferred"),
        3: q("Mayor Ingleby", "pcc", "answered"),
        4: q("Cllr Pounder", "chief_constable", "answered"),
        5: q("Mr Coatsworth", "officer", "answered"),
        6: q("a member", "chief_constable", "no_information"),
        7: q("a member", "pcc", "answered"),
        8: q("Cllr Readman", "officer", "answered"),
        9: q("Cllr Hutchinson", None, "unanswered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "the resolution noting the Members' questions",
        3: "the Commissioner asking Members to act",
        4: "no public questions",
    },
)
