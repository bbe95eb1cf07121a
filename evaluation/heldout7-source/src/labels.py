"""Hand-written labels of the h7- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans (../heldout-tools/common.py) unless
qs/qe/as_/ae are given here; topics are computed from topics.json unless given here. Per decoy: why it is not a
member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h7-ousevale"] = dict(
    source="h7-ousevale.html", document="h7-ousevale.html",
    layout="h7-moderngov-confirmation-hearing-note-column",
    modelled_on="Bedfordshire Police and Crime Panel, Confirmation Hearing of 3 November 2022 (Deputy Police and Crime Commissioner): ModernGov 'Agenda and minutes' page councillorsupport.bedford.gov.uk/ieListDocuments.aspx?CId=561&MId=6076&Ver=4 (reached through a safelinks address), with its Note / No. / Item table naming who leads each item (Clerk, Chair), 'Election of Chair for the meeting', the Introductions agenda text and 'The Panel's clerk to outline the format of the meeting'; the answers-as-points wording of the Leicester, Leicestershire and Rutland hearing democracy.leics.gov.uk/mgAi.aspx?ID=86963 ('In response to questions Mr Bryan made the following points: (i) …'); saved as a full HTML page",
    panel="Ousevale Police and Crime Panel", meeting_date="2025-11-06", kind="minutes",
    questions={
        1: q("Cllr Mallinson", "pcc", "answered"),
        2: q("Cllr Rahman", "officer", "answered"),
        3: q("Cllr Tebbutt", "pcc", "deferred"),
        10: q("Mr Fensome", "pcc", "answered"),
        4: q("Cllr Gill", "deputy_pcc", "answered"),
        5: q("Mrs Ruddock", "deputy_pcc", "answered"),
        6: q("members", "deputy_pcc", "answered"),
        7: q("members", "deputy_pcc", "no_information"),
        8: q("members", "deputy_pcc", "answered"),
        9: q("Cllr Mallinson", None, "unanswered"),
    },
    decoys={
        1: "a councillor asking that a connection with the candidate be recorded (a declaration), not a question",
        2: "the Clerk reminding Members what the hearing is for and what questions may cover",
        3: "the candidate asking the Panel about the next stage, answered by the Panel's Clerk",
        4: "a resolution asking the Commissioner to report back",
    },
)

DOCS["h7-tamarside"] = dict(
    source="h7-tamarside.html", document="h7-tamarside.html",
    layout="h7-moderngov-issue-history-page",
    modelled_on="Devon and Cornwall Police and Crime Panel: ModernGov 'Issue - meetings' page democracy.plymouth.gov.uk/ieIssueDetails.aspx?IId=75764&Opt=3 (one agenda issue across several meetings, each headed 'Meeting: dd/mm/yyyy - … (Item n)'); minute wording from the Panel's meeting pages democracy.plymouth.gov.uk/ieListDocuments.aspx?CId=1051&MeetingId=11311 ('presented the report to the Panel and highlighted the following key points: a) …'), MID=11312, MId=10243 ('Members discussed:') and MID=10559; saved as a full HTML page",
    panel="Westmoor and Tamarside Police and Crime Panel", meeting_date="2026-01-30", kind="minutes",
    questions={
        1: q("members", "pcc", "answered"),
        2: q("members", "pcc", "answered"),
        3: q("Cllr Penhallow", "chief_constable", "answered"),
        4: q("Cllr Yeo", "pcc", "deferred"),
        5: q("members", "deputy_chief_constable", "answered"),
        6: q("Cllr Trebilcock", "officer", "answered"),
        7: q("the Vice Chair", "pcc", "no_information"),
        8: q("Cllr Bassett", "pcc", "answered"),
        9: q("Mrs Kitto", "officer", "answered"),
        10: q("Cllr Hicks", None, "unanswered"),
    },
    decoys={
        1: "the Commissioner asking Panel members to encourage councils to take part in a survey",
        2: "the Panel's decision to note the report",
        3: "an action log entry",
        4: "a topic Members discussed, with no question put and no answer recorded",
    },
)

DOCS["h7-stourvale"] = dict(
    source="h7-stourvale.html", document="h7-stourvale.pdf",
    layout="h7-pfcp-precept-recording-timings-browser-print-pdf",
    modelled_on="Dorset Police and Crime Panel budget precept meetings: ModernGov pages moderngov.dorsetcouncil.gov.uk/mgAi.aspx?ID=7272 ('Budget Precept (24:50 on recording)', 'The Chairman invited the panel members to ask the following questions. These questions and officer replies can be found on the recording with the timings stated below'), mgAi.aspx?ID=12791 and ID=17890 (recording timings in the minutes, Chief Constable and Chief Finance Officer), ieListDocuments.aspx?CId=154&MId=5340 (actions from the previous meeting, 'Action: PCC to …'), MId=5090 and MeetingId=5949 (public participation rubric); the veto vote from Cumbria's ieDecisionDetails.aspx?ID=183 and the North Wales precept page; the fire precept section is assumed, as the Panel is made a Police, Fire and Crime Panel; printed from the browser to PDF with the browser's date, title, address and page count",
    panel="Stourvale Police, Fire and Crime Panel", meeting_date="2026-02-05", kind="minutes",
    questions={
        1: q("Mr Durnford", "pcc", "answered"),
        2: q("Cllr Ellery", None, "unanswered"),
        3: q("Mr Pryor", "officer", "answered"),
        4: q("Cllr Dunning", None, "unanswered"),
        5: q("Cllr Hasler", "chief_constable", "answered"),
        6: q("Cllr Bellamy", "pcc", "deferred"),
        7: q("Cllr Morey", "deputy_chief_constable", "answered"),
        8: q("Cllr Maidment", "chief_fire_officer", "answered"),
        9: q("Mr Pryor", "chief_fire_officer", "no_information"),
        10: q("a member", "chief_fire_officer", "answered"),
    },
    decoys={
        1: "an action log entry from the previous meeting",
        2: "a public statement circulated to the Panel, not a question",
        3: "a motion to veto the precept and the recorded vote",
        4: "the Commissioner asking members to support a letter",
    },
)

DOCS["h7-lindmarsh"] = dict(
    source="h7-lindmarsh.html", document="h7-lindmarsh.pdf",
    layout="h7-confirmation-hearing-colon-headings-pdf",
    modelled_on="Lincolnshire Police and Crime Panel, Chief Constable confirmation hearing: ModernGov page democracy.e-lindsey.gov.uk/ieListDocuments.aspx?CId=573&MId=6749&Ver=4 (headings ending in colons, 'Disclosure of Interests (if any):' with an Independent Co-optee noting past work with the candidate, 'To conduct a Chief Constable Confirmation Hearing in accordance with Schedule 8 …', 'The Chairman invited the Commissioner to speak'), with MId=6602 and MId=6747 for 'Questions from the Public:' and the host's wording; Dorset's hearing moderngov.dorsetcouncil.gov.uk/mgAi.aspx?ID=8608 (the three areas of scrutiny, 'Members of the PCP asked a number of questions of the PCC and the candidate:-') and Kent's democracy.kent.gov.uk/mgAi.aspx?ID=26925 ('not … a re-interview of the candidate'); laid out as a host council's printed minutes and printed with headless Chromium",
    panel="Lindmarsh Police and Crime Panel", meeting_date="2026-01-16", kind="minutes",
    questions={
        1: q("Mrs Hackney", "pcc", "answered"),
        2: q("Cllr Dauber", "pcc", "answered"),
        3: q("Cllr Wadkin", "officer", "answered"),
        4: q("a member", "pcc", "answered"),
        5: q("Mr Kowal", "chief_constable", "answered"),
        6: q("Cllr Ashby", "chief_constable", "answered"),
        7: q("Cllr Sandall", "chief_constable", "answered"),
        8: q("the Vice Chair", "chief_constable", "no_information"),
        9: q("Cllr Royce", None, "unanswered"),
        10: q("Cllr Fenwick", "pcc", "deferred"),
        11: q("the Chair", "chief_constable", "answered"),
    },
    decoys={
        1: "the Chairman's list of the three questions the Panel must satisfy itself on; no member question",
        2: "the candidate asking the Panel how its recommendation will be sent, answered by the Panel's officer",
        3: "the Panel's resolution recommending the appointment",
    },
)

DOCS["h7-wearbrook"] = dict(
    source="h7-wearbrook.txt", document="h7-wearbrook.docx",
    layout="h7-pcvc-minutes-as-regards-bullets-action-log-docx",
    modelled_on="Durham Police and Crime Panel (Police, Crime and Victims' Commissioner): ModernGov agenda-item pages democracy.durham.gov.uk/mgAi.aspx?ID=25580 and ID=43850 (precept consultation: 'informed the Panel that … asked whether …', 'The PCVC replied that', '(for copy see file of Minutes)'), ID=52198 ('The Panel asked the Commissioner as regards:' followed by bulleted questions), ID=68771, ID=63992 and ID=61916 (complaints update by the Panel's officer), ID=30440; the action log follows Dorset's 'Action: …' updates (moderngov.dorsetcouncil.gov.uk ieListDocuments MId=4643); written as a Word file with python-docx",
    panel="Wearbrook and Darlow Police and Crime Panel", meeting_date="2025-12-11", kind="minutes",
    questions={
        1: q("Mr Hawley", "pcc", "answered"),
        2: q("Cllr Boyd", "pcc", "answered"),
        3: q("Cllr Lomax", "officer", "no_information"),
        4: q("members", "chief_constable", "answered"),
        5: q("Cllr Jopling", "deputy_chief_constable", "answered"),
        6: q("Mrs Akhtar", "chief_constable", "deferred"),
        7: q("Cllr Dixon", "other", "answered"),
        8: q("Cllr Boyd", "pcc", "answered"),
        9: q("Mr Hawley", "pcc", "answered"),
        10: q("Cllr Dixon", None, "unanswered"),
    },
    decoys={
        1: "an action log entry",
        4: "the Chair asking Members to send questions for the precept meeting in advance",
        2: "a question about how the Panel handles complaints, answered by the Panel's own officer",
        3: "the Commissioner asking the Panel to nominate a member to his board",
    },
)

DOCS["h7-soarshire"] = dict(
    source="h7-soarshire.html", document="h7-soarshire.txt",
    layout="h7-special-meeting-revised-precept-points-pdftotext",
    modelled_on="Leicester, Leicestershire and Rutland Police and Crime Panel, special meeting on the revised precept after a veto: ModernGov pages democracy.leics.gov.uk/ieListDocuments.aspx?CId=1029&MId=8488 (Special Meeting, 12 February 2026: the Commissioner represented by his Deputy (Engagement and Lobbying), the Chairman's account of the veto and Regulation 5(3)) and mgAi.aspx?ID=88091, MId=8415 (4 February 2026, 'Public Question Time. There were no questions submitted.'), mgAi.aspx?ID=86228 ('Arising from discussion, the following points were noted: (i) …', 'The Chairman raised concern that …'), MId=4462 (names styled 'Mr. … CC', 'Cllr.', 'Col.'); laid out as the county's printed minutes, printed with headless Chromium and given as the text of `pdftotext`",
    panel="Soarshire, Charnley and Welland Police and Crime Panel", meeting_date="2026-02-12", kind="minutes",
    questions={
        1: q("a member", "officer", "answered"),
        2: q("Cllr Mistry", "deputy_pcc", "answered"),
        3: q("Mr Gillard", "deputy_pcc", "no_information"),
        4: q("Col Danvers", "deputy_pcc", "answered"),
        5: q("the Chair", "deputy_pcc", "deferred"),
        6: q("a member", "officer", "answered"),
        7: q("Mrs Chauhan", "officer", "answered", as_="The Assistant Chief Officer (Resources)"),
        9: q("Cllr Pegg", None, "unanswered"),
        10: q("Cllr Rawlins", "deputy_pcc", "answered"),
        11: q("Cllr Mistry", "officer", "answered"),
    },
    decoys={
        1: "no public questions had been submitted",
        2: "a member's question about the Panel's own powers, answered by the Chairman",
        3: "the Deputy Commissioner asking members to support a campaign",
        4: "the Panel's resolution",
    },
)
