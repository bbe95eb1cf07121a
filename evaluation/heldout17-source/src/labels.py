"""Hand-written labels of the h17- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans
(../heldout-tools/common.py) unless qs/qe/as_/ae are given here; topics are computed from topics.json unless given
here. Per decoy: why it is not a member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h17-bollingowy"] = dict(
    source="h17-bollingowy.html", document="h17-bollingowy.html",
    layout="h17-moderngov-agenda-item-page-member-name-labels-saved-html",
    modelled_on="Cheshire Police and Crime Panel: the ModernGov agenda-item pages moderngov.cheshireeast.gov.uk/mgAi.aspx?ID=58393 ('Overview and Scrutiny of the Police and Crime Commissioner', 'Minutes:', 'Members of the Police and Crime Panel questioned the Commissioner on a range of issues, including:', a member's name on a line of its own over paragraphs that begin with a verb: 'Sought clarification …', 'Highlighted …', 'Asked the Commissioner …'; 'The Commissioner responding by saying …'; 'he would provide further information to Panel members') and mgAi.aspx?ID=55102 (the same with 'a wide range of issues' and '·' bullets under 'Mr …:'), with the meeting pages ieListDocuments.aspx?CId=864&MID=8621 and MId=8622 (2021). The site chrome, the 'Meeting: … (Item 38)' line and the 'Supporting documents:' list are assumed from ModernGov agenda-item pages; saved as a full HTML page",
    panel="Bollin and Gowy Police and Crime Panel", meeting_date="2021-12-10", kind="minutes",
    questions={
        1: q("Cllr Marbury", "pcc", "answered"),
        2: q("Cllr Marbury", "pcc", "no_information"),
        3: q("Mr Lach", "pcc", "answered"),
        4: q("Mr Lach", "officer", "deferred"),
        5: q("Cllr Pickmere", "pcc", "answered"),
        6: q("Cllr Pickmere", None, "unanswered"),
        7: q("Cllr Bosworth", "officer", "answered"),
        8: q("Cllr Bosworth", "pcc", "answered"),
        9: q("Cllr Rode", "pcc", "answered"),
        10: q("a member", "pcc", "answered"),
    },
    decoys={
        1: "the Chair reminding members of the Panel's role",
        2: "the Commissioner asking Panel members to act",
        3: "the resolution thanking the Commissioner",
    },
)

DOCS["h17-alawelwy"] = dict(
    source="h17-alawelwy.html", document="h17-alawelwy.pdf",
    layout="h17-welsh-host-bilingual-printed-minutes-english-then-welsh-per-item-pdf",
    modelled_on="North Wales Police and Crime Panel (host Conwy County Borough Council): the agenda packs docslib.org/doc/3584806 (17 June 2019, 'Council Chamber - Bodlondeb', 'Declarations of Interest: Code of Local Government Conduct', 'Urgent matters', standing items 'Update on actions from the previous meeting' and 'Questions to the Police and Crime Commissioner (Submitted in accordance with the procedure for Questions to the Police and Crime Commissioner)', 'Periodic Update by the … Police and Crime Commissioner', 'Finance Report', 'Forward Work Programme') and fdocuments.in (7 March 2013 pack); the Welsh pages nwpcp.org.uk/cy/Commissioner/questions-to-the-commissioner.aspx (questions from the public or Panel members from September 2015, ten working days' notice, no live cases or operational matters) and nwpcp.org.uk/cy/Members/Members.aspx; bilingual publication after moderngov.wrexham.gov.uk/ieListDocuments.aspx?CId=128&MId=3721 ('Agenda and Minutes will be available in both Welsh and English') and the Senedd record busnes.senedd.cymru (Welsh heading over English heading, 'Dechreuodd y cyfarfod am …' / 'The meeting began at …'); Welsh minute wording after democratiaeth.sirgar.llyw.cymru/ieListDocuments.aspx?CId=193&MId=3873&LLL=1 and mgAi.aspx?ID=11329&LLL=1 and democratiaeth.newport.gov.uk/mgAi.aspx?ID=9156&LLL=1. The printed bilingual form (English then Welsh for each item, two-column attendance, the running header and footer) is assumed; printed with headless Chromium, hyphenated",
    panel="Alaw and Elwy Police and Crime Panel", meeting_date="2017-09-25", kind="minutes",
    questions={
        1: q("Cllr Carreg", "pcc", "answered"),
        2: q("Mr Bodffordd", "pcc", "answered"),
        3: q("Cllr Morlais", "deputy_pcc", "answered"),
        4: q("Mrs Talwrn", "pcc", "answered"),
        5: q("a member", "pcc", "answered"),
        6: q("Cllr Penrhos", "chief_constable", "answered"),
        7: q("Cllr Efail", "pcc", "no_information"),
        8: q("Cllr Glasfryn", None, "unanswered"),
        9: q("Cllr Carreg", "officer", "answered"),
        10: q("Mr Moelfre", "officer", "deferred"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "an entry of the action log from the previous meeting",
        3: "the Commissioner asking the Panel for a nomination",
        4: "the resolution on the forward work programme",
    },
)

DOCS["h17-tafogwr"] = dict(
    source="h17-tafogwr.txt", document="h17-tafogwr.docx",
    layout="h17-welsh-host-word-minutes-numbered-paragraphs-briefing-session-themed-questions-docx",
    modelled_on="South Wales Police and Crime Panel (host Merthyr Tydfil County Borough Council): the ModernGov pages democracy.merthyr.gov.uk/ieListDocuments.aspx?CId=349&MId=2568&Ver=4 (2017: 'Briefing Session' for Panel Members before invited attendees arrive, 'The Panel then went on to discuss other questions to be asked of the Commissioner', the Commissioner 'entered the room at 11am along with …'), MId=3048 (2018: a new member who 'could ask questions but could not vote', declarations naming the item and the charity), MId=3118 (2019: 'Amendment on Page 3 of minutes to read … not …', the precept consultation 'based on 1,619 responses and gave detail on the following:-'), MId=3067 (report titles with the author's initials), MId=2799, MId=4642, MId=4877 (the Solicitor reading 'a question from a member of the public:-' set out as 'Question – …') and MId=6052 ('Cllr … queried whether …? The commissioner responded that …'). The Word form (numbered paragraphs under capitalised item headings, theme sub-headings under 'Members raised the following:', an action log table, header and footer) is assumed; written with python-docx",
    panel="Taf and Ogwr Police and Crime Panel", meeting_date="2018-12-04", kind="minutes",
    questions={
        1: q("Mrs Nantgarw", "pcc", "answered"),
        2: q("Cllr Abercwm", "pcc", "answered"),
        3: q("a member", "chief_constable", "answered"),
        4: q("Cllr Tonteg", "deputy_chief_constable", "answered"),
        5: q("Mrs Abernant", "other", "answered"),
        6: q("Mr Cefnpennar", "pcc", "deferred"),
        7: q("Cllr Penrhiw", "officer", "answered"),
        8: q("Cllr Nantymoel", "pcc", "no_information"),
        9: q("a member", "pcc", "answered"),
        10: q("Cllr Coity", None, "unanswered"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "the Panel's closed briefing session discussing which questions to ask",
        3: "the Commissioner asking the Panel for support",
        4: "the resolution noting the report",
        5: "an action log entry",
    },
)

DOCS["h17-duddonesk"] = dict(
    source="h17-duddonesk.html", document="h17-duddonesk.txt",
    layout="h17-pfcp-printed-minutes-two-column-present-hyphen-numbered-pdftotext",
    modelled_on="Printed minutes in the form of Lancashire Combined Fire Authority (Monday, 16 December 2024, 24 June 2024, 18 December 2023 and 18 September 2023 at Washington Hall, Euxton; Planning Committee 3 February 2025: the title line '… at 10.30 am in …', 'Minutes', 'Present:', the Chair on a line of its own, 'Councillors' over names in two columns, 'Officers' with roles after a comma, 'In attendance', minute numbers '45/24' beside the title, 'Chair's Welcome and Introduction', 'Disclosure of Pecuniary and non-Pecuniary Interests', 'Resolved: That …', 'Chief Fire Officer' answers) and its ModernGov pages cfa.lancsfirerescue.org.uk/ieListDocuments.aspx?MId=471, CId=136&MId=397 and CId=136&MId=354&Ver=4 (minute numbers '61-20/21'; the 2025 form '19-25/26'); the panel's setting follows the Cumbria Police, Fire and Crime Panel (ten councillors from two unitary councils, the Vice-Chair in the chair: timpickstone.mycouncillor.org.uk/2024/07/31/reporting-back-police-fire-and-crime-panel-25-july-2024; thewestmorlandgazette.co.uk/news/23677887; cumbria-pfcc.gov.uk/your-pfcc/public-meetings for the Chief Constable and Chief Fire Officer). The footer is assumed; printed with headless Chromium and kept as pdftotext output",
    panel="Duddon and Esk Police, Fire and Crime Panel", meeting_date="2024-10-14", kind="minutes",
    questions={
        1: q("Mrs Ainstable", "pcc", "answered"),
        2: q("Cllr Threlkeld", "chief_fire_officer", "answered"),
        3: q("Cllr Mungrisdale", "chief_fire_officer", "answered"),
        4: q("a member", "officer", "answered"),
        5: q("Cllr Haverigg", "chief_fire_officer", "no_information"),
        6: q("Cllr Satterthwaite", "pcc", "answered"),
        7: q("Cllr Nenthead", "chief_constable", "answered"),
        8: q("Mrs Troutbeck", "pcc", "deferred"),
        9: q("Cllr Ulpha", None, "unanswered"),
    },
    decoys={
        1: "the Chair asking members to note a training session",
        2: "a declaration of non-pecuniary interest",
        3: "the Commissioner asking members to act",
        4: "the resolution noting the complaints report",
    },
)

DOCS["h17-darwencalder"] = dict(
    source="h17-darwencalder.txt", document="h17-darwencalder.txt",
    layout="h17-moderngov-agenda-decisions-minutes-action-lines-copied-text",
    modelled_on="Police and Crime Panel for Lancashire in its Blackburn-hosted years: the public questions procedure blackburn.gov.uk/council-democracy/police-and-crime-panel-lancashire/procedures-public-questions (up to one hour, questions addressed to the Chair, five clear working days), meetings at 4.00 pm rotating between the county and the two unitary councils (opencouncil.network/meetings/81075 and 46178; council.lancashire.gov.uk/ieListDocuments.aspx?CId=726&MId=2004&Ver=4 and mgAi.aspx?ID=11781 for the rotation); the ModernGov 'Agenda, decisions and minutes' form with a 'Decision:' box before 'Minutes:' after moderngov.wrexham.gov.uk/ieListDocuments.aspx?CId=128&MId=3721 and democracy.gwynedd.llyw.cymru/ieListDocuments.aspx?CId=155&MeetingId=4431, the 'Decision: (b) That Mr. … would provide a written response …' of committeemeetings.flintshire.gov.uk/mgAi.aspx?ID=4220&LLL=0, and 'Action: Officers to …' from lga.moderngov.co.uk/mgAi.aspx?ID=8271. The Blackburn-hosted page itself was not in the store: its layout is assumed; text as copied from the browser",
    panel="Police and Crime Panel for Darwen and Calder", meeting_date="2019-11-18", kind="minutes",
    questions={
        1: q("Mr Worsthorne", "pcc", "answered"),
        2: q("Cllr Trawden", "pcc", "answered"),
        3: q("Cllr Briercliffe", "deputy_pcc", "answered"),
        4: q("Cllr Foulridge", "pcc", "deferred"),
        5: q("Mr Altham", "officer", "answered"),
        6: q("Cllr Whalley Banks", "chief_constable", "answered"),
        7: q("a member", "officer", "answered"),
        8: q("Cllr Hapton", "pcc", "no_information"),
        9: q("Cllr Roughlee", None, "unanswered"),
    },
    decoys={
        1: "a declaration of non-pecuniary interest",
        2: "an action line in the decision box, restating an undertaking",
        3: "the Commissioner asking members to act",
        4: "the resolution on the work programme",
    },
)
