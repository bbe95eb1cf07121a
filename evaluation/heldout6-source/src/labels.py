"""Hand-written labels of the h6- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans (../heldout-tools/common.py) unless
qs/qe/as_/ae are given here; topics are computed from topics.json unless given here. Per decoy: why it is not a
member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h6-mendover"] = dict(
    source="h6-mendover.html", document="h6-mendover.html",
    layout="h6-moderngov-public-forum-hardwrapped",
    modelled_on="Avon and Somerset Police and Crime Panel when hosted by Bristol City Council: ModernGov 'Agenda and draft minutes' pages democracy.bristol.gov.uk/ieListDocuments.aspx?CId=279&MId=2260&Ver=4 (Public Forum notice with dotted deadlines, 'Minutes: None', Chairman's Business, Chief Constable six monthly presentation as bullets) and CId=279&MId=2259&Ver=4 (minute text hard-wrapped inside paragraphs); saved as a full HTML page",
    panel="Mendover and Severnsea Police and Crime Panel", meeting_date="2025-12-10", kind="minutes",
    questions={
        1: q("Mr Owen Pascoe", "pcc", "answered"),
        2: q("Cllr Kemble", "chief_constable", "answered"),
        3: q("a member", "officer", "answered"),
        4: q("Cllr Barwick", "chief_constable", "no_information"),
        5: q("Mrs Huish", "chief_constable", "answered"),
        6: q("Cllr Pennock", "pcc", "answered"),
        7: q("members", "officer", "answered"),
        8: q("Cllr Froome", "pcc", "deferred"),
        9: q("Cllr Barwick", None, "unanswered"),
        10: q("a member", "officer", "answered"),
        11: q("Cllr Kemble", "deputy_chief_constable", "answered"),
    },
    decoys={
        1: "a public statement asking the Panel to raise a matter with the Commissioner, not a question put to the Commissioner",
        2: "the Chairman asking Members to note the workshop date and the deadline for sending questions in advance",
        3: "the Commissioner asking the Panel whether it would support a joint letter",
        4: "a question about the Panel's own meeting time, answered by the Panel's Scrutiny Co-ordinator",
    },
)

DOCS["h6-hamblewyke"] = dict(
    source="h6-hamblewyke.html", document="h6-hamblewyke.html",
    layout="h6-third-party-meeting-page-item-title-minutes",
    modelled_on="Hampshire and Isle of Wight Police and Crime Panel (Statutory Joint Committee) as republished by a third-party council-data site: polly-tix.uk/council/hampshire/meeting/2024-07-26-hampshire-and-isle-of-wight-police-and-crime-panel-statutory-joint-committee/5172, /2025-01-31-…/5174 and /12-may-2023-…/810 (council card, Meeting Times, Meeting Status, Meeting Attendees with attendance, 'Item Title Minutes' agenda table, 'This is a meeting of … held on …' line); minute wording from democracy.hants.gov.uk/ieListDocuments.aspx?CId=807&MId=10776, MId=10778, MId=10777; saved as a full HTML page",
    panel="Hamble and Isle of Wyke Police and Crime Panel", meeting_date="2026-01-30", kind="minutes",
    questions={
        1: q("Mrs Julia Fenwick", "pcc", "answered"),
        2: q("members", "pcc", "answered"),
        3: q("members", "pcc", "no_information"),
        4: q("members", "pcc", "answered"),
        5: q("Cllr Meera Bashford", "deputy_pcc", "answered"),
        6: q("Cllr Alan Oakridge", "pcc", "deferred"),
        7: q("Mr Trevor Castleman", "officer", "answered"),
        11: q("Cllr Richard Adley", None, "unanswered"),
        8: q("Cllr Daniel Rowner", "officer", "answered"),
        9: q("Cllr Christine Lamport", "chief_constable", "answered"),
        10: q("Cllr Christine Lamport", "chief_constable", "answered"),
    },
    decoys={
        1: "a deputation asking the Panel to review a topic, answered by the Chairman about the Panel's work programme",
        2: "the Chairman's announcement reminding Members where to send questions for the precept meeting",
        3: "the Commissioner asking Members for their views on the precept",
    },
)

DOCS["h6-wealdmarsh"] = dict(
    source="h6-wealdmarsh.html", document="h6-wealdmarsh.pdf",
    layout="h6-printed-minutes-present-table-numbered-paras-pdf",
    modelled_on="Sussex Police and Crime Panel printed minutes (PDF): docslib.org/doc/13317336/cllr-bill-bentley (26 June 2020) and docslib.org/doc/2231799/cllr-bill-bentley (12 March 2021) for the 'date – A meeting of the Panel held at …' line, the four-column Present table, 'Present from the Office of the Police and Crime Commissioner', 'Part I', item 31 / paragraph 31.1 numbering and the declarations table; agenda wording from westsussex.moderngov.co.uk/ieListDocuments.aspx?MId=3739 and democracy.eastsussex.gov.uk/mgAi.aspx?ID=6707 (public question time, 'cream paper'); printed with headless Chromium",
    panel="Wealdmarsh Police and Crime Panel", meeting_date="2025-09-26", kind="minutes",
    questions={
        1: q("Mr Colin Bexworth", "pcc", "answered"),
        2: q("Cllr Tricia Youlden", "pcc", "answered"),
        3: q("Mrs Susan Scobell", "pcc", "answered"),
        4: q("Cllr Paul Barnham", "pcc", "deferred"),
        10: q("Cllr Gill Yarrow", "officer", "answered"),
        5: q("Cllr Jackie O’Rourke", "pcc", "answered"),
        6: q("Cllr Johnny Dennett", None, "unanswered"),
        7: q("Cllr Norman Webber", "officer", "answered"),
        8: q("a member", "pcc", "answered"),
        9: q("members", "officer", "answered"),
    },
    decoys={
        1: "a public question to the Panel about its own consultation response, answered by the Chairman",
        2: "the invitation to raise issues and the rule on questions per member; no question yet",
        3: "a resolution asking the Commissioner for an update",
        4: "a question about the Panel's forward plan, answered by the Clerk to the Panel",
    },
)

DOCS["h6-blythemoor"] = dict(
    source="h6-blythemoor.html", document="h6-blythemoor.pdf",
    layout="h6-pfcp-printed-minutes-attendance-table-pdf",
    modelled_on="Staffordshire Police, Fire and Crime Panel: ModernGov pages staffordshire.moderngov.co.uk/ieListDocuments.aspx?CId=1150&MId=17231 (24 June 2024: 'A supplementary question was asked during the meeting regarding …'), MId=13824 (supplementary question 'which was “…?”'), MId=13828, moderngov.staffordshire.gov.uk/ieListDocuments.aspx?CId=1150&MId=13826 (6 Feb 2023: 'Question:' / 'The Commissioners response was as follows:'), MId=16790 (MTFS update 'The report set out:'), staffordshire.moderngov.co.uk MId=10548 ('Panel members continued to seek clarification'), laid out as the ModernGov 'Printed minutes' PDF (Present / Attendance table / Also in attendance / Apologies / PART ONE); printed with headless Chromium",
    panel="Blythemoor Police, Fire and Crime Panel", meeting_date="2025-11-03", kind="minutes",
    questions={
        1: q("Ms Parminder Kaur", "pcc", "answered"),
        2: q("Mr Alan Dunmore", "pcc", "deferred"),
        3: q("members", "chief_fire_officer", "answered"),
        4: q("Cllr Joan Wetley", "chief_fire_officer", "answered"),
        10: q("Cllr Keith Mossley", "chief_fire_officer", "answered"),
        5: q("the Vice Chair", "pcc", "no_information"),
        6: q("Cllr Ravi Sandhu", "deputy_chief_constable", "answered"),
        7: q("members", "pcc", "answered"),
        8: q("Adrian Walcott", "officer", "answered"),
        9: q("a member", "officer", "deferred"),
    },
    decoys={
        1: "a resolution noting the public questions and responses",
        2: "the Commissioner asking the Panel how often it wants the dashboard",
        3: "the Chairman inviting suggestions for the work programme; none made",
    },
)

DOCS["h6-deheubarth"] = dict(
    source="h6-deheubarth.txt", document="h6-deheubarth.docx",
    layout="h6-welsh-observations-comments-bullets-docx",
    modelled_on="Dyfed-Powys Police and Crime Panel: ModernGov agenda-item pages democracy.carmarthenshire.gov.wales/mgAi.aspx?ID=54507 and mgAi.aspx?ID=54508 ('[NOTE: … had earlier declared an interest in this item.]', 'The following observations/comments were raised on the report:' bullets with dash sub-points, 'In response to a question on …, the Police and Crime Commissioner confirmed', 'Reference was made to … clarification was sought', 'With regard to a question on …') and the meeting pages democracy.carmarthenshire.gov.wales/ieListDocuments.aspx?CId=193&MId=3497 and MId=1534 (capitalised item titles, MATTERS ARISING, UNANIMOUSLY RESOLVED); written as a Word file with python-docx",
    panel="Deheubarth Police and Crime Panel", meeting_date="2025-11-14", kind="minutes",
    questions={
        1: q("Cllr Howells", "pcc", "answered"),
        2: q("a member", "pcc", "deferred"),
        3: q("a member", "pcc", "answered"),
        4: q("Cllr Tudor-Evans", "pcc", "answered"),
        5: q("Professor Rhosfa", "deputy_chief_constable", "answered"),
        6: q("Cllr Bowen-Jones", "pcc", "no_information"),
        7: q("Mr Gwynant", "pcc", "answered"),
        8: q("a member", "officer", "answered"),
        9: q("a member", "officer", "answered"),
        10: q("Cllr Pugh-Davies", "officer", "deferred"),
    },
    decoys={
        1: "no public questions had been received",
        2: "a resolution receiving the annual report",
        3: "a comment by members listing what the Panel wants to be kept informed of; no question put",
        4: "a question about the Panel's own annual report, answered by the Panel Support Officer",
    },
)

DOCS["h6-ecclesmoor"] = dict(
    source="h6-ecclesmoor.txt", document="h6-ecclesmoor.txt",
    layout="h6-moderngov-text-member-qa-session",
    modelled_on="Derbyshire Police and Crime Panel: ModernGov 'Agenda and draft minutes' pages democracy.derbyshire.gov.uk/ieListDocuments.aspx?CId=177&MId=1418 (item 34/23 'Member Question and Answer Session': 'Councillor … asked what …?' / 'The PCC responded by saying that …', and the icon-title text at the top of the copied page), MId=1373 ('The Commissioner was questioned in detail by Panel members …'), MId=1012 and MeetingId=1132, and mgAi.aspx?ID=14129 (questions ending in '?', 'would welcome an assessment of …?', answer continuation paragraphs); text copied from the browser with the site's header and footer",
    panel="Ecclesmoor Police and Crime Panel", meeting_date="2025-10-02", kind="minutes",
    questions={
        1: q("Cllr Hartle", "pcc", "answered"),
        2: q("Cllr Hartle", "chief_constable", "answered"),
        3: q("Cllr Okafor", "pcc", "answered"),
        4: q("Dr Ferrand", "deputy_pcc", "answered"),
        5: q("Cllr Brackley", "pcc", "answered"),
        6: q("Cllr Ambrose", "pcc", "no_information"),
        7: q("Cllr Devaney", "pcc", "deferred"),
        8: q("Cllr Lomond", "officer", "answered"),
        9: q("Cllr Sheard", None, "unanswered"),
        10: q("the Chair", "pcc", "answered"),
    },
    decoys={
        1: "the Chair reminding members what questions may be about",
        2: "a summary saying questions were asked and answered, with no question recorded",
        3: "the PCC asking Panel members to act",
    },
)
