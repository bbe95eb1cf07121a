"""Hand-written labels of the h28- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans
(../heldout-tools/common.py) unless qs/qe/as_/ae are given here; topics are computed from topics.json unless given
here. Per decoy: why it is not a member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h28-gwaunfor"] = dict(
    source="h28-gwaunfor.html", document="h28-gwaunfor.html",
    layout="h28-moderngov-welsh-host-2024-questions-on-notice-heading-asker-observations-bullets-name-in-brackets",
    modelled_on="Dyfed-Powys Police and Crime Panel (host Carmarthenshire County Council), ModernGov 'Agenda and minutes' pages of 2023-2024 not used before: democracy.carmarthenshire.gov.wales/ieListDocuments.aspx?CId=193&MId=6851&Ver=4 (14 July 2023: title 'Dyfed Powys Police and Crime Panel - Friday, 14th July, 2023 2.00 pm', 'Venue: Chamber, County Hall, …', the Member / Agenda Item No / Interest declarations table, 'QUESTIONS ON NOTICE FROM PANEL MEMBERS TO THE COMMISSIONER' with 'Question from Professor …'), mgAi.aspx?ID=46838 (the questions on notice with the asker only in the heading), MeetingId=7865 (26 January 2024: 'APOLOGIES FOR ABSENCE AND PERSONAL MATTERS', condolences and congratulations, 'MATTERS ARISING FROM THE MINUTES (IF ANY)' with '… – minute item 6 – in response to a query, the Commissioner informed …', '[NOTE: Councillor … had earlier declared an interest in this item.]'), MId=6277 (precept, matters arising 'In a response to a query …, the Commissioner reassured the panel'), MId=7917&Ver=4 (2024, venue in Aberaeron, the declarations table) and mgAi.aspx?ID=54507 ('The following observations/comments were raised on the report:' bullets, 'Reference was made to … clarification was sought on …', 'The Commissioner, advised that', 'In response to a question on …, the Police and Crime Commissioner confirmed'). The hybrid venue, the attribution 'the Chief Constable (Dr …) advised' and the site chrome are assumed; saved as a full HTML page",
    panel="Gwaunfor Police and Crime Panel", meeting_date="2024-10-18", kind="minutes",
    questions={
        1: q("a member", "pcc", "answered"),
        2: q("Professor Madog", "pcc", "answered"),
        3: q("Cllr Prysor", "pcc", "deferred"),
        4: q("Cllr Elwy", None, "unanswered"),
        5: q("a member", "chief_constable", "answered"),
        6: q("a member", "officer", "answered"),
        7: q("Cllr Prysor", "pcc", "no_information"),
        8: q("a member", "deputy_pcc", "answered"),
        9: q("a member", "pcc", "answered"),
    },
    decoys={
        1: "a declaration of interest in the declarations table",
        2: "the Commissioner asking Panel members to act",
        3: "the Chair asking the Panel about its own work",
        4: "a resolution",
    },
)

DOCS["h28-severnhope"] = dict(
    source="h28-severnhope.html", document="h28-severnhope.pdf",
    layout="h28-county-printed-minutes-hybrid-precept-pre-meeting-key-lines-numbered-paras-action-lines-pdf",
    modelled_on="Gloucestershire Police and Crime Panel (host Gloucestershire County Council) in 2022-2025, meeting pages not used before: glostext.gloucestershire.gov.uk/ieListDocuments.aspx?CId=650&MId=11496&Ver=4 and mgAi.aspx?ID=45766 (6 February 2024 precept: '4.1 The Chair invited the Police and Crime Commissioner … The detailed budget papers were taken as read … supported by …', '4.2 …, Senior Democratic Services Officer, reminded the Panel of the Precept decision making process', '4.3 A Member raised concern that … The officers confirmed …', 'ACTION – …' lines, '2.2 … trial a fifteen-minute pre-meeting … to help members prepare and focus questioning … not involve any officers'), MId=11497 ('Responding to a Member's question about …, the Chief Executive confirmed'), MId=11498&Ver=4 (2024, supported by the Deputy PCC and OPCC officers), MId=10469 and MId=10472 (2022, the PCC's verbal update), MId=10468 and MId=10022&Ver=4 (precept meetings, a virtual meeting), listed.to/@eco_g/59357 (a member's notes of the February 2025 precept meeting: the maximum £14 increase, national insurance, the funding formula). The printed form (header, 'Page n of m' footer, hanging paragraph numbers, 'Attending remotely (not counted in the quorum …)'), the public supplementary and the name-in-brackets attribution are assumed; printed with headless Chromium, one answer over a page break",
    panel="Severnhope Police and Crime Panel", meeting_date="2025-02-07", kind="minutes",
    questions={
        1: q("Mr Larkworthy", "pcc", "answered"),
        2: q("a member", "officer", "answered"),
        3: q("Cllr Ashworth", "chief_constable", "deferred"),
        4: q("a member", "officer", "answered"),
        5: q("Cllr Whitcombe", "pcc", "answered"),
        6: q("Cllr Nayyar", "pcc", "no_information"),
        7: q("Dr Quennell", "deputy_pcc", "answered"),
        8: q("Cllr Nayyar", None, "unanswered"),
        9: q("the Chair", "chief_constable", "answered"),
    },
    decoys={
        1: "the Chair reporting the members' pre-meeting and its key lines of enquiry",
        2: "an action log line",
        3: "the vote on the precept",
        4: "the Deputy PCC asking members to act",
    },
)

DOCS["h28-mendcombe"] = dict(
    source="h28-mendcombe.txt", document="h28-mendcombe.docx",
    layout="h28-unitary-hosted-word-minutes-public-question-time-first-council-named-members-supplementary-docx",
    modelled_on="Avon and Somerset Police and Crime Panel in its Somerset-hosted years (2021-2025), not used before in this form: democracy.somerset.gov.uk/ieListDocuments.aspx?CId=225&MId=2533&Ver=4 (2023: 'Venue: John Meikle Room, The Deane House, …', 'Public Question Time' rubric — statement, petition or up to two questions, deadlines —, 'Somerset Councillor …', 'Independent Member … was duly nominated'), mgAi.aspx?ID=1762 (the Lead Officer, the Public Confidence Sub-Committee), avonandsomersetpoliceandcrimepanel.org.uk/getting-involved/ (remote meetings, Public Question Time), /about-us/ and /panels-key-roles-and-responsibilities/, bristol.gov.uk/council-meetings/avon-and-somerset-police-and-crime-panel (15 elected and three independent members), docslib.org/doc/689235 (2013 minutes: 'Officers Present: … – Lead Officer', 'PCP 34.12/13'), the PCC's Performance and Accountability Board pages avonandsomerset-pcc.gov.uk/news/2024/02/february-pab-review/ and …/2023/02/… (knife crime, stop and search, vetting), opencouncil.network/meetings/46793 (December 2024 plan and budget). The Word form, 'Question 1 – Mrs …' / 'Response from the Police and Crime Commissioner (Ms …):', the Chief Constable and Deputy Chief Constable answering, the supplementary in its own paragraph are assumed; written as a Word file with python-docx",
    panel="Mendcombe and Avonmere Police and Crime Panel", meeting_date="2024-10-02", kind="minutes",
    questions={
        1: q("Mrs Vosper", "pcc", "answered"),
        2: q("Mr Rudge", "pcc", "deferred"),
        3: q("Mr Selwood", "chief_constable", "answered"),
        4: q("Cllr Ferraby", "deputy_chief_constable", "answered"),
        5: q("a member", "officer", "answered"),
        6: q("the Vice Chair", "pcc", "no_information"),
        7: q("Cllr Hallam", "officer", "answered"),
        8: q("Cllr Hallam", "pcc", "answered"),
        9: q("Cllr Cheddon", None, "unanswered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "a public statement, not a question",
        3: "a member's question to the Panel's own Lead Officer",
        4: "the Commissioner asking members to act",
    },
)

DOCS["h28-cwmtaran"] = dict(
    source="h28-cwmtaran.txt", document="h28-cwmtaran.txt",
    layout="h28-moderngov-welsh-host-2023-copied-text-cllr-queried-question-marks-solicitor-reads-public-question",
    modelled_on="South Wales Police and Crime Panel (host Merthyr Tydfil County Borough Council), 2021-2023 meeting pages not used before: democracy.merthyr.gov.uk/ieListDocuments.aspx?CId=349&MId=6052&Ver=4 (2023: 'Agenda and draft minutes', 'Venue: Police HQ Bridgend', declarations 'Cllr … declared an interest as an associate for …', the previous minutes listed by date '06/06/2023', 'Matters arising from minutes;', 'Cllr S James queried whether …?' with the question mark kept, 'The commissioner responded that …', 'Regarding the …'), MId=4877&Ver=4 (2023: 'Simon Jones, Solicitor read a question from a member of the public:-', 'Question – … My question to … is …'), MId=4785&Ver=4 ('A Michael, South Wales Police and Crime Commissioner introduced and provided Panel with …', the Deputy Commissioner), MId=4862&Ver=4, MId=4643&Ver=4 and MId=4429&Ver=4 ('Briefing Session … prior to the arrival of any invited attendees', 'The Panel discussed the items that were to be considered', 'Resolved that:' alone on a line), MId=4642&Ver=4 (precept). The site chrome, the text as copied from the browser, the attributions with the name in brackets and the repeat-search and diversion answers are assumed",
    panel="Cwm Taran Police and Crime Panel", meeting_date="2023-09-19", kind="minutes",
    questions={
        1: q("Cllr Prothero", "pcc", "answered"),
        2: q("Mr Cynan", "pcc", "answered", qs="Residents of Pen-y-Taran have watched the", as_="The commissioner thanked Mr Cynan for"),
        3: q("Cllr Maelor", "chief_constable", "answered"),
        4: q("the Vice Chair", "deputy_pcc", "answered"),
        5: q("Cllr Prothero", "pcc", "deferred"),
        6: q("Mr Garnon", "officer", "no_information"),
        7: q("a member", "officer", "answered"),
        8: q("Cllr Teifion", "pcc", "answered"),
        9: q("Cllr Maelor", None, "unanswered"),
    },
    decoys={
        1: "the members' private briefing session agreeing key lines of enquiry",
        2: "a declaration of interest",
        3: "the Commissioner asking Panel members to act",
        4: "a resolution",
    },
)

DOCS["h28-penwithiel"] = dict(
    source="h28-penwithiel.html", document="h28-penwithiel.txt",
    layout="h28-printed-minutes-first-hybrid-meeting-public-q-numbers-further-explained-lettered-semicolon-pdftotext",
    modelled_on="Devon and Cornwall Police and Crime Panel (host Plymouth City Council) in 2021-2023, meeting pages not used before: democracy.plymouth.gov.uk/ieListDocuments.aspx?CId=1051&MId=9746 (November 2021: public questions 'Q1 - In light of …, will the Chief Constable guarantee …?' each followed by an unattributed response on vetting, 'signed as a true and accurate record subject to the following change'), mgAi.aspx?ID=107060 (2023: '… (Devon and Cornwall Police and Crime Commissioner) provided an update …', lettered points 'a)' …, 'In response to questions it was further explained:', the name then the office in brackets), MId=10243&Ver=4 (the resolution under Section 100A(4) to exclude the press and public), sidmouthherald.co.uk/news/policing-decisions-scrutinised-8138012 (the Commissioner's column on the first in-person meeting since February 2020, hybrid meetings, the Safer Streets money, reopening police stations), docslib.org/download/11096379 (the printed pack: 'Councillor …, Chair. Councillor …, Vice-Chair. Councillors …'). The printed draft-minutes form with 'PRESENT: Councillor …, in the Chair.', remote members, the header and 'Page n of m' footer, 'Members discussed:' with the answer after a semicolon and the public question to the Panel are assumed; printed with headless Chromium and turned into text with pdftotext",
    panel="Penwithiel and Exmere Police and Crime Panel", meeting_date="2021-10-08", kind="minutes",
    questions={
        1: q("Mr Penhallow", "pcc", "answered"),
        2: q("Ms Polwhele", "officer", "answered"),
        3: q("members", "pcc", "answered"),
        4: q("members", "pcc", "answered"),
        5: q("members", "pcc", "deferred"),
        6: q("Cllr Luxmoore", "chief_constable", "answered"),
        7: q("Cllr Pascoe", "officer", "answered"),
        8: q("Cllr Nancarrow", "officer", "no_information"),
        9: q("Cllr Carbis", None, "unanswered"),
    },
    decoys={
        1: "a public question to the Panel, answered by the Panel",
        2: "a resolution",
        3: "the Chair asking Members to send questions to the Scrutiny Officer",
        4: "a resolution to exclude the press and public",
    },
)
