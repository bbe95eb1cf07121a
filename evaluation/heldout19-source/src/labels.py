"""Hand-written labels of the h19- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans
(../heldout-tools/common.py) unless qs/qe/as_/ae are given here; topics are computed from topics.json unless given
here. Per decoy: why it is not a member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h19-donrother"] = dict(
    source="h19-donrother.html", document="h19-donrother.html",
    layout="h19-moderngov-joint-authorities-vice-chair-presiding-public-questions-7a-7b",
    modelled_on="South Yorkshire Police and Crime Panel in its Barnsley-hosted ModernGov years (syjagu.moderngov.co.uk/ieListDocuments.aspx?CId=145&MId=415&Ver=4, 25 April 2022: 'The Vice-Chair, Councillor … took the Chair for today's meeting'; MId=419, 5 December 2022: 'Announcements', a non-pecuniary interest for a police pension; the standing items 'Welcome and Introductions', 'Apologies for Absence' ('Apologies for absence were noted as above.'), 'Announcements', 'Urgent Items', 'Items to be Considered in the Absence of the Public and Press', 'PUBLIC QUESTIONS:-' with sub-items '7a To the Police and Crime Commissioner' and '7b To the Panel' and their rubric, the contact line 'Council Governance Officer, Tel: …, Email: … or …', the webcast note). The question-and-answer paragraphs of the update and plan items, the question to the Panel answered by the Chair and the site chrome are assumed; saved as a full HTML page",
    panel="Don and Rother Police and Crime Panel", meeting_date="2022-09-19", kind="minutes",
    questions={
        1: q("Mr Swinton", "pcc", "answered"),
        2: q("Cllr Hartcliffe", "pcc", "answered"),
        3: q("members", "officer", "answered"),
        4: q("a member", "pcc", "answered"),
        5: q("Professor Aldwarke", "pcc", "no_information"),
        6: q("Cllr Wath", "officer", "answered"),
        7: q("Cllr Sheikh", "chief_constable", "answered"),
        8: q("Cllr Mexborough", "pcc", "deferred"),
        9: q("Cllr Thrybergh", None, "unanswered"),
        10: q("Cllr Hartcliffe", "officer", "answered"),
    },
    decoys={
        1: "a declaration of interest (police pension)",
        2: "a public question to the Panel, answered by the Chair for the Panel",
        3: "the Commissioner asking Members to act",
        4: "a resolution",
    },
)

DOCS["h19-swalenidd"] = dict(
    source="h19-swalenidd.html", document="h19-swalenidd.pdf",
    layout="h19-county-printed-minutes-sought-assurance-gave-assurance-running-header-pdf",
    modelled_on="North Yorkshire Police and Crime Panel in its North Yorkshire County Council years, before fire governance: the printed minutes of 12 January 2017 (scribd.com/document/337909565/NYPCP-Minutes-12-01-2017: 'North Yorkshire County Council' over 'Police and Crime Panel', 'Minutes of the meeting held on Thursday … commencing at 11.30 am at County Hall, Northallerton.', 'Present:Councillors: … (North Yorkshire County Council) in the Chair, …', 'Community Co-opted Member:', the Commissioner and 'Officers from the Office of the Police and Crime Commissioner:', 'Officers from NYCC: … (Panel Secretariat)', 'Copies of all documents considered are in the Minute Book', the Commissioner requesting a correction to the draft minutes, 'That the Minutes of the meeting held on …, having been printed and circulated, be agreed, confirmed and signed by the Chairman as a correct record, subject to the above amendment.', 'Progress on Issues Raised by the Panel', 'Considered'); edemocracy.northyorks.gov.uk mgAi.aspx?ID=18268 (the public questions item). The minute number in a left column, the running header with the page number, 'Resolved -' and the 'Members sought assurance … The Commissioner gave assurance …' wording of the exchanges are assumed; printed with headless Chromium, an answer running over a page break",
    panel="Swale and Nidd Police and Crime Panel", meeting_date="2017-02-09", kind="minutes",
    questions={
        1: q("members", "pcc", "answered"),
        2: q("Cllr Cundall", "officer", "answered"),
        3: q("Mr Skelton", "pcc", "answered"),
        4: q("a member", "pcc", "answered"),
        5: q("Cllr Deighton", "pcc", "deferred"),
        6: q("Cllr Pateley", "deputy_chief_constable", "answered"),
        7: q("Mrs Askrigg", "deputy_chief_constable", "answered"),
        8: q("Cllr Kettlewell", "pcc", "no_information"),
        9: q("Cllr Ripley", None, "unanswered"),
        10: q("Cllr Masham", "pcc", "answered"),
    },
    decoys={
        1: "the Commissioner correcting the draft minutes",
        2: "progress on an issue raised at an earlier meeting (a note already supplied)",
        3: "a vote on the precept",
        4: "the Chairman inviting work programme topics",
    },
)

DOCS["h19-airecalder"] = dict(
    source="h19-airecalder.txt", document="h19-airecalder.docx",
    layout="h19-draft-minutes-item2-issue-response-action-table-docx",
    modelled_on="West Yorkshire Police and Crime Panel draft minutes published as 'Item 2' of the next agenda (docslib.org/download/10315090, 6 February 2016, and docsbay.net/present-councillor-lowe-chair-leedscity-council, 8 November 2013: the 'Item 2' head, 'Draft Minutes', the date and room on one line, 'PRESENT: Councillor … (Chair) - … Council' one member a line, 'IN ATTENDANCE:', paragraphs numbered 1.1, 2.1 under numbered headings, 'To note any items which the Chair has agreed to add to the agenda on the grounds of urgency', 'Members' Declaration of Interests', the Commissioner 'attended the meeting for items 5 and 6 along with …'); earlier sets used the 2015 precept minutes' list of questions with no answers. The Issue raised / Response / Action table, the action log and the 'Questions from Members' item with a question and its answer in one sub-numbered paragraph are assumed; written as a Word file with python-docx",
    panel="Aire and Calder Police and Crime Panel", meeting_date="2018-11-02", kind="minutes",
    questions={
        1: q("Cllr Mahmood", "pcc", "answered"),
        2: q("Mrs Haworth", "pcc", "deferred"),
        3: q("Cllr Sowerby", "officer", "answered"),
        4: q("Cllr Gildersome", "officer", "answered"),
        5: q("Cllr Rothwell", "pcc", "no_information"),
        6: q("Cllr Brigg", "pcc", "answered"),
        7: q("Cllr Hebden", "pcc", "answered"),
        8: q("Cllr Marsden", "officer", "answered"),
        9: q("Cllr Ossett", None, "unanswered"),
    },
    decoys={
        1: "an action log entry from the previous meeting",
        2: "a declaration of interest",
        3: "the Commissioner asking Members to act (a row of the issues table)",
        4: "a question withdrawn before the meeting",
        5: "a resolution on the work programme",
    },
)

DOCS["h19-ancholme"] = dict(
    source="h19-ancholme.html", document="h19-ancholme.txt",
    layout="h19-printed-minutes-questions-from-members-subnumbered-pdftotext",
    modelled_on="Humberside Police and Crime Panel in its East Riding-hosted early years (the November 2014 meeting at County Hall, Beverley, on the force restructure, lincolnshireworld.com/news/humberside-police-and-crime-panel-to-scrutinise-restructure-plan-2258456: the Chief Constable and the Commissioner to be questioned, four Humber councils); the minute wording of the North Lincolnshire-hosted pages northlincolnshire.moderngov.co.uk/ieListDocuments.aspx?CId=218&MId=3292 (AGM 2021: 'It was then – Moved by … and seconded by …', 'Motion Carried', 'Resolved – That …'). The printed form (capitals title, 'PRESENT: Councillor … (Chairman), Councillors …', attendance sentences, minute numbers with titles in capitals, a 'QUESTIONS FROM MEMBERS' item with sub-numbered paragraphs 64.1–64.5 each holding a question and its answer, the page number alone at the foot) is assumed; printed with headless Chromium and kept as pdftotext output",
    panel="Ancholme and Hull Police and Crime Panel", meeting_date="2014-11-21", kind="minutes",
    questions={
        1: q("Cllr Brough", "pcc", "answered"),
        2: q("Cllr Fenwick", "pcc", "answered"),
        3: q("Mrs Sunk", "officer", "deferred"),
        4: q("Cllr Goxhill", "pcc", "no_information"),
        5: q("Cllr Patrington", None, "unanswered"),
        6: q("Cllr Cottam", "chief_constable", "answered"),
        7: q("Cllr Winteringham", "chief_constable", "answered"),
        8: q("a member", "officer", "answered"),
        9: q("Cllr Keyingham", "chief_constable", "answered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "the Commissioner inviting Members to his meetings",
        3: "a motion moved and seconded",
    },
)

DOCS["h19-teesleven"] = dict(
    source="h19-teesleven.txt", document="h19-teesleven.txt",
    layout="h19-aks-2013-decision-table-then-headless-narrative-copied-text",
    modelled_on="Cleveland Police and Crime Panel on Stockton-on-Tees Borough Council's 'egenda' (AKS) pages in its first year: egenda.stockton.gov.uk/aksstockton/users/public/admin/kab12.pl?cmte=CPC&meet=6&arc=71 (10 June 2013: the council name and strapline, 'Cleveland Police and Crime Panel Minutes', 'Date:' / 'Time:' / 'Place:' each over its value, 'Please note: all Minutes are subject to approval at the next Meeting', 'Attendance Details', 'Present:' / 'Officers:' / 'In Attendance:' / 'Apologies for absence:', 'Item Description Decision', 'Public', 'PCP' / '1/13' / title in capitals / decision on lines of their own), meet=27 (the decision '1. The Members' questions and the responses from the Police and Crime Commissioner be noted. 2. Further information be provided …') and meet=39 (the time span line and the narrative paragraphs with no headings after the decision table, 'Members were informed that there were no Public Questions'). Earlier sets used the 2017–2021 pages' decision table; this is the 2013 page copied from the browser with the Members' Questions item answered in the narrative. The wording of the questions and answers is assumed",
    panel="Tees and Leven Police and Crime Panel", meeting_date="2013-09-10", kind="minutes",
    questions={
        1: q("Cllr Acklam", "pcc", "answered"),
        2: q("Cllr Grangetown", "pcc", "answered"),
        3: q("Mr Lazenby", "pcc", "deferred"),
        4: q("Cllr Normanby", "pcc", "answered"),
        5: q("Cllr Ormesby", "officer", "answered"),
        6: q("the Vice Chair", "officer", "answered"),
        7: q("a member", "pcc", "answered"),
        8: q("Mrs Wynyard", "officer", "answered"),
        9: q("Cllr Skelton-Moor", None, "unanswered"),
    },
    decoys={
        1: "a resolution noting the Members' questions and answers",
        2: "no public questions",
        3: "the Commissioner asking Members to act",
    },
)
