"""Hand-written labels of the h10- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans (../heldout-tools/common.py) unless
qs/qe/as_/ae are given here; topics are computed from topics.json unless given here. Per decoy: why it is not a
member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h10-ouseswale"] = dict(
    source="h10-ouseswale.html", document="h10-ouseswale.html",
    layout="h10-moderngov-mayoral-pfcp-considered-members-questions",
    modelled_on="York and North Yorkshire (North Yorkshire) Police, Fire and Crime Panel under the mayoral model: ModernGov 'Agenda and draft minutes' pages edemocracy.northyorks.gov.uk/ieListDocuments.aspx?CId=1159&MId=19334&Ver=4 (23 April 2026: 'Considered' / 'Resolved' inside each minute, the Deputy Mayor asking for an amendment to the draft minutes, 'It was also highlighted by a Member that … The Deputy Mayor agreed to follow this up', 'Progress on Issues Raised by the Panel', references to 'Public Questions' and 'Members' Questions' items), MId=19774 (7 July 2025: co-opted members named without title, 'notified that'), MId=7929 (6 February 2025) and MId=8236 (the 'Public Questions or Statements to the Panel' rubric bullets); saved as a full HTML page",
    panel="Ouse and Swale Police, Fire and Crime Panel", meeting_date="2026-04-16", kind="minutes",
    questions={
        1: q("a member", "deputy_pcc", "deferred"),
        2: q("Cllr Ruth Helmsley", "chief_fire_officer", "answered"),
        3: q("Mr Thwaite", "deputy_pcc", "answered"),
        4: q("Cllr Paul Aysgarth", "deputy_chief_constable", "answered"),
        5: q("Petra Hovingham", "deputy_pcc", "no_information"),
        6: q("a member", "deputy_chief_constable", "answered"),
        7: q("Cllr Jane Masham", "chief_fire_officer", "deferred"),  # named with "(Vice Chair)": the name, per FORMAT.md
        8: q("Cllr Sian Coxwold", "officer", "answered"),
        9: q("Cllr Ruth Helmsley", "pcc", "answered"),
        10: q("Cllr Paul Aysgarth", None, "unanswered"),
    },
    decoys={
        1: "the Deputy Mayor asking for an amendment to the draft minutes",
        2: "the public questions rubric in the agenda text",
        3: "members asked to send suggestions for the work programme",
        4: "the resolution agreeing the work programme",
    },
)

DOCS["h10-meoncarne"] = dict(
    source="h10-meoncarne.html", document="h10-meoncarne.pdf",
    layout="h10-county-printed-minutes-attendance-grid-recorded-vote-pdf",
    modelled_on="Hampshire and Isle of Wight Police and Crime Panel (Statutory Joint Committee): minute wording from democracy.hants.gov.uk/ieListDocuments.aspx?CId=807&MId=10776&Ver=4 (declarations wording, 'confirmed as a correct record and signed by the Chairman', 'No questions or deputations were received'), CId=185&MId=7732 ('The Panel received deputations from … on the topic of …') and CId=185&MId=361&Ver=4 ('The Panel received one written question'); attendance roles from the polly-tix.uk republications of the 2024 and 2025 meetings (Chairman, Vice-Chairman, Additional Local Authority Co-opted Member, Independent Co-opted Member, deputies); the county council's printed-minutes form ('AT A MEETING of the … of … COUNTY COUNCIL held at …', a p/a attendance grid, 'Also present with the agreement of the Chairman', '(Item 7 in the Minute Book)', Chairman signature line) and the recorded-vote table are assumed from the host authority's minute style, not seen in a stored page; printed with headless Chromium",
    panel="Meonshire and Isle of Carne Police and Crime Panel", meeting_date="2026-01-30", kind="minutes",
    questions={
        1: q("Cllr Ann Westover", "pcc", "answered"),
        2: q("members", "officer", "answered"),
        3: q("members", "pcc", "no_information"),
        4: q("members", "officer", "answered"),
        5: q("Mr Stroud", "deputy_pcc", "answered"),
        6: q("Cllr David Cosham", "chief_constable", "answered"),
        7: q("the Vice Chair", "pcc", "deferred"),
        8: q("Cllr Priya Odiham", "officer", "answered"),
        9: q("Cllr Gail Sarisbury", "pcc", "no_information"),
        10: q("Cllr Ray Hamble", None, "unanswered"),
    },
    decoys={
        1: "a deputation to the Panel, not a question to the Commissioner",
        2: "the Commissioner asking the Panel to write jointly to the Minister",
        3: "the recorded vote on the precept (the table of names follows)",
        4: "the resolution to note the report",
    },
)

DOCS["h10-riddlesdale"] = dict(
    source="h10-riddlesdale.txt", document="h10-riddlesdale.docx",
    layout="h10-mayoral-draft-minutes-questions-covered-numbered-docx",
    modelled_on="West Yorkshire Police and Crime Panel draft minutes, published as 'Item 2' of the next agenda: docsbay.net/item-2-draft-minutes-6-feb-15 (6 February 2015: 'Draft Minutes' with date and venue on one line, 'PRESENT: Councillor X (Chair) - Council', independents '- Independent', 'IN ATTENDANCE:', 'The Panel asked the Commissioner a series of questions which related to his precept proposal, the budget assumptions which underpinned it and his future financial plans', '4.4 The questions covered:' with 4.4.1 … as questions and, as far as the stored text shows, no reply minuted), docslib.org/download/10315090 (6 February 2016: a mid-minutes paragraph '… attended the meeting for items 5 and 6 along with; …', 'Page 1 of 3'), docsbay.net/present-councillor-lowe-chair-leedscity-council (8 November 2013: '2.1 RESOLVED / 2.1.1 … / 2.1.2 That the Panel chase a reply to their letter …'), docslib.org/doc/10984356 (12 June 2020); the mayoral roles (the Mayor, the Deputy Mayor for Policing and Crime, the Head of Policing and Crime of the combined authority) from westyorkshire-pcp.gov.uk and democracy.leeds.gov.uk/mgAi.aspx?ID=90007; written as a Word file",
    panel="Riddlesdale Police and Crime Panel", meeting_date="2026-02-13", kind="minutes",
    questions={
        1: q("members", None, "unanswered"),
        2: q("members", None, "unanswered"),
        3: q("Cllr Ovenden", "deputy_pcc", "answered"),
        4: q("Mrs Haworth", "officer", "answered"),
        5: q("the Vice Chair", "pcc", "answered"),
        6: q("Cllr Garforth", "deputy_pcc", "answered"),
        7: q("Cllr Tong", "deputy_pcc", "deferred"),
        8: q("members", "officer", "answered"),
        9: q("Mr Denby", "deputy_pcc", "no_information"),
        10: q("Cllr Batley", "officer", "answered"),
    },
    decoys={
        1: "a resolution to chase a reply to the Panel's letter",
        2: "a resolution to send the Panel's report to the Mayor",
        3: "a complaint noted",
        4: "the Chair asking members for work programme topics",
    },
)

DOCS["h10-humbermouth"] = dict(
    source="h10-humbermouth.txt", document="h10-humbermouth.txt",
    layout="h10-moderngov-draft-minutes-name-lines-question-answer-bullets-text",
    modelled_on="Humberside Police and Crime Panel: ModernGov 'Agenda and draft minutes' page northlincolnshire.moderngov.co.uk/ieListDocuments.aspx?CId=218&MId=4003&Ver=4 (7 February 2024: 'Minutes Silence', the Vice-Chair presiding, 'Substitutions', the long declarations title, 'having been printed and circulated amongst the members, be taken as read and correctly recorded'), MId=3642&Ver=4 (8 February 2023: 'welcomed … to provide an update to the Panel on any matters of interest, and to respond to any questions about his role. The Police and Crime Commissioner informed the Panel of the following –' with '·' bullets), MID=3155 and MId=3149 (the update items), MId=3292 ('It was then – Moved by … and seconded by …', 'Motion Carried'); the members' names on lines of their own over question and answer bullets follow the layout recorded for this panel in sources-north.md; copied as text from the browser, with the site's menu and footer",
    panel="Humbermouth Police and Crime Panel", meeting_date="2026-02-11", kind="minutes",
    questions={
        1: q("Cllr Fenby", "pcc", "answered"),
        2: q("Cllr Immingham", "chief_constable", "answered"),
        3: q("Mrs Halsham", "pcc", "answered"),
        4: q("Cllr Ottringham", None, "unanswered"),
        5: q("Cllr Sunk", "pcc", "deferred"),
        6: q("the Vice Chair", "chief_constable", "answered"),
        7: q("Cllr Sunk", "officer", "answered"),
        8: q("Cllr Fenby", "officer", "answered"),
        9: q("Cllr Immingham", "chief_constable", "answered"),
        10: q("Mrs Halsham", "pcc", "no_information"),
    },
    decoys={
        1: "the Commissioner asking members to promote a messaging service",
        2: "the resolution thanking the Commissioner",
        3: "a motion moved and seconded on the precept",
        4: "the resolution noting the complaints report",
    },
)

DOCS["h10-lunesdale"] = dict(
    source="h10-lunesdale.html", document="h10-lunesdale.pdf",
    layout="h10-police-and-crime-panel-for-place-printed-minutes-pdf",
    modelled_on="Police and Crime Panel for Lancashire: the meeting of Monday, 22nd September, 2025 4.00 pm as summarised at opencouncil.network/meetings/81075 (PCC's performance update covering the Deputy PCC and the OPCC, review of PCC decisions, task and finish groups including violence against women and girls, complaints, panel budget); the public questions procedure at blackburn.gov.uk/council-democracy/police-and-crime-panel-lancashire/procedures-public-questions ('A period of up to one hour', questions addressed to the Chair and relating to the role of the Panel); minute wording from council.lancashire.gov.uk/ieListDocuments.aspx?CId=726&MId=2004&Ver=4, MId=1999&Ver=4 and MId=1796&Ver=4 ('Also in attendance' with '·' bullets, 'County Councillor', 'Resolved:- That the Minutes … be confirmed as an accurate record and signed by the Chair'); the printed-minutes form (item number in a column of its own, 'Minutes of the Meeting held on …') is assumed; printed with headless Chromium",
    panel="Police and Crime Panel for Lunesdale", meeting_date="2025-09-22", kind="minutes",
    questions={
        1: q("Mrs Ellel", "pcc", "answered"),
        2: q("Cllr Catterall", "deputy_pcc", "answered"),
        3: q("Cllr Hornby", "pcc", "answered"),
        4: q("Dr Claughton", "deputy_pcc", "no_information"),
        5: q("Cllr Nateby", "pcc", "answered"),
        6: q("Cllr Wray", "pcc", "no_information"),
        7: q("Mr Forton", "officer", "answered"),
        8: q("Cllr Garstang", "officer", "deferred"),
        9: q("Cllr Whalley", None, "unanswered"),
    },
    decoys={
        1: "the resolution noting the report and thanking the Commissioner",
        2: "members asked to volunteer for a task and finish group",
        3: "complaints against the Commissioner reported",
        4: "the resolution noting the budget",
    },
)
