"""Hand-written labels of the h24- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans
(../heldout-tools/common.py) unless qs/qe/as_/ae are given here; topics are computed from topics.json unless given
here. Per decoy: why it is not a member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h24-stourvale"] = dict(
    source="h24-stourvale.html", document="h24-stourvale.html",
    layout="h24-moderngov-county-hosted-meeting-documents-page-precept-fire-seat-raised-a-question",
    modelled_on="Dorset Police and Crime Panel in its Dorset County Council-hosted years: the ModernGov 'Meeting documents' page moderngov.dorsetcouncil.gov.uk/CeListDocuments.aspx?CommitteeId=258&MeetingId=1325&DF=01%2f02%2f2018&Ver=2 (1 February 2018 precept meeting: 'Dorset County Council Dorset Police and Crime Panel' over the date, 'Venue: Committee Room 1. View directions', 'Contact: …, Senior Democratic Services Officer  Email: … - 01305 …', numbered items with 'Minutes:', the 'Code of Conduct' item with '§' bullets, 'Public Participation (a) …', the Chairman thanking the retiring Chief Constable) and dorset.moderngov.co.uk/ieListDocuments.aspx?MId=1663 (7 February 2019); question wording from moderngov.dorsetcouncil.gov.uk/ieListDocuments.aspx?CId=154&MId=244&Ver=4 ('The Vice-Chairman raised a question to the PCC regarding … She sought assurance from the PCC that …') and MId=245&Ver=4 ('Following a question about …, the PCC advised …', 'In response to a question from the Vice-Chairman about …'); the PCC's seat on the fire authority as in the Kent panel's page kent.gov.uk/about-the-council/partnerships/kent-and-medway-police-and-crime-panel (September 2017). The site chrome and the vote count are assumed; a saved full HTML page",
    panel="Stourvale Police and Crime Panel", meeting_date="2018-02-01", kind="minutes",
    questions={
        1: q("Cllr Pymore", "pcc", "answered"),
        2: q("a member", "officer", "answered"),
        3: q("a member", "pcc", "answered"),
        4: q("Cllr Okeford", "chief_constable", "no_information"),
        5: q("the Vice Chair", "pcc", "answered"),
        6: q("Mr Tarrant", "pcc", "answered"),
        7: q("Cllr Bincombe", "officer", "deferred"),
        8: q("Cllr Lytchett", "deputy_chief_constable", "answered"),
        9: q("Cllr Kingsbere", "pcc", "no_information"),
        10: q("Cllr Hambledon", None, "unanswered"),
    },
    decoys={
        1: "a declaration of a non-pecuniary interest (fire authority member)",
        2: "the vote on the precept",
        3: "the PCC asking the Panel to nominate a member",
        4: "a member's question to the Panel's own officer about the Panel's grant",
    },
)

DOCS["h24-swanbrook"] = dict(
    source="h24-swanbrook.html", document="h24-swanbrook.pdf",
    layout="h24-scanned-ocr-signed-printed-minutes-precept-points-made-lettered-responses-pdf",
    modelled_on="Wiltshire Police and Crime Panel (Wiltshire and Swindon; host Wiltshire Council) precept meetings: cms.wiltshire.gov.uk/ieListDocuments.aspx?CId=1127&MId=11680&Ver=4 (2019: 'Declarations of interest' naming councillors who sat on the Dorset & Wiltshire Fire Authority, 'Public Participation' rubric, 'Formal consideration of PCC Precept proposal', 'The Commissioner explained that in January 2019 he had presented to the Panel a paper …'), MId=11676&Ver=4 (September 2018: 'Minutes and matters arising', 'agreed as a correct record and signed by the Chairman'), MeetingId=8973 and 8975 (2015), MId=14183 ('Points made included:'); 'In response to questions from Councillors, officers … stated that: …' from the Fire Authority annual report item cms.wiltshire.gov.uk/mgAi.aspx?ID=72523; the fire authority context from mgAi.aspx?ID=47714 and ID=40358. Assumed: the printed-and-signed minutes form ('MINUTES OF THE … MEETING HELD ON … AT …', Present / Also Present, 'The Officer who has produced these minutes is …', the signed stamp, initials at the foot), and the scan-and-OCR text layer ('Clir', 'CIlr', 'lt', 'ln', '0PCC', 'Cornmissioner'); printed with headless Chromium",
    panel="Swanbrook Police and Crime Panel", meeting_date="2019-02-14", kind="minutes",
    questions={
        1: q("Cllr Ansty", "pcc", "answered"),
        2: q("Cllr Devenish", "officer", "answered"),
        3: q("members", "pcc", "answered"),
        4: q("members", "pcc", "answered"),
        5: q("Mrs Stanway", "chief_constable", "deferred"),
        6: q("Cllr Lacock", "chief_constable", "answered"),
        7: q("Cllr Ogbourne", "chief_fire_officer", "answered"),
        8: q("a member", "pcc", "answered"),
        9: q("Cllr Uffcott", "pcc", "no_information"),
        10: q("Cllr Devenish", None, "unanswered"),
    },
    decoys={
        1: "a declaration of interest (fire authority member)",
        2: "a public statement to the Panel",
        3: "the resolution supporting the precept",
    },
)

DOCS["h24-mollesey"] = dict(
    source="h24-mollesey.html", document="h24-mollesey.pdf",
    layout="h24-county-printed-minutes-witnesses-key-points-numbered-actions-fire-review-pdf",
    modelled_on="Surrey Police and Crime Panel (host Surrey County Council) in 2017–2018: mycouncil.surreycc.gov.uk/ieListDocuments.aspx?CId=250&MId=5080&Ver=4 (7 December 2017: item numbers '44/17'–'47/17', titles in capitals, 'PUBLIC QUESTIONS', 'None were received'), MId=5078&Ver=4 (12 September 2017: 'Key points raised during discussion:' with numbered points), MId=6145&Ver=4, MId=6147&Ver=4 and MId=6148&Ver=4 (2018), mgAi.aspx?ID=27773 and ID=31379 (witness lists, 'Key points raised in the discussion:'); the PCC's 2017 fire governance review readkong.com/page/surrey-police-fire-governance-review-2996467 (KPMG options appraisal, four options) and epsomandewelltimes.com/surreys-999-services-under-one-operator (the earlier PCC's review found 'no significant benefit'). Assumed: the printed minutes form ('MINUTES of the meeting of the … held at …', '* = present', '[Item n]' after the titles, 'Witnesses:', 'Actions/ further information to be provided:' with 'R14/17', 'Meeting ended at:'), as remembered from Surrey County Council printed minutes; printed with headless Chromium, header and 'Page n of m'",
    panel="Mollesey Police and Crime Panel", meeting_date="2017-12-07", kind="minutes",
    questions={
        1: q("a member", "pcc", "answered"),
        2: q("Cllr Ashtead", "deputy_pcc", "answered"),
        3: q("a member", "officer", "answered"),
        4: q("the Vice Chair", "pcc", "no_information"),
        5: q("Cllr Claygate", "officer", "answered"),
        6: q("Mr Burrowhill", "pcc", "deferred"),
        7: q("a member", "pcc", "answered"),
        8: q("Cllr Ashtead", None, "unanswered"),
        9: q("Cllr Claygate", "pcc", "answered"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "the Chairman asking Members whether to make a recommendation",
        3: "the resolution noting the PCC's decision",
        4: "an action log entry",
    },
)

DOCS["h24-wealdmere"] = dict(
    source="h24-wealdmere.txt", document="h24-wealdmere.docx",
    layout="h24-pfcp-word-minutes-member-question-response-follow-up-table-precept-docx",
    modelled_on="Sussex Police and Crime Panel's 'Public and Panel Questions to the Commissioner' (westsussex.moderngov.co.uk/ieListDocuments.aspx?MId=3739 and MId=3740: written questions submitted in advance, 'The Commissioner or the Chairman (as appropriate) will be invited to provide a response', 'The Panel is invited to note the responses and pose any supplementary questions'), Surrey's precept items mycouncil.surreycc.gov.uk/mgAi.aspx?ID=27773 and ID=31379 ('The Panel must either: a) agree the precept without qualification or comment; b) support … c) veto', 'Key points raised in the discussion:'), the 2021 remote meeting of Dorset's panel moderngov.dorsetcouncil.gov.uk/ieListDocuments.aspx?CId=154&MId=4643&Ver=4 (public questions answered in writing during Covid-19), and the LGA guidance 'Policing and fire governance – guidance for police and crime panels' (fdocuments.in). Assumed: the Word minutes with a 'Member | Question | Response | Follow-up' table, the Police, Fire and Crime Panel of a southern county (none exists), the attendance table; written as a Word file with python-docx",
    panel="Wealdmere Police, Fire and Crime Panel", meeting_date="2021-02-04", kind="minutes",
    questions={
        1: q("Mr Pevenhurst", "pcc", "answered"),
        2: q("Cllr Tarrant", "pcc", "answered"),
        3: q("Cllr Hartfield", "chief_fire_officer", "answered"),
        4: q("Mrs Isfield", "chief_constable", "answered"),
        5: q("Cllr Ripe", "officer", "deferred"),
        6: q("Cllr Bolney", "pcc", "no_information"),
        7: q("Cllr Hurstwood", None, "unanswered"),
        8: q("Cllr Tarrant", "officer", "answered"),
        9: q("a member", "pcc", "answered"),
        10: q("the Vice Chair", "chief_fire_officer", "answered"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "the PFCC asking the Panel for support",
        3: "a member's question to the Panel's own Scrutiny Officer",
        4: "the resolution on the precepts",
    },
)

DOCS["h24-itchenvale"] = dict(
    source="h24-itchenvale.txt", document="h24-itchenvale.txt",
    layout="h24-county-mobile-site-page-copied-from-phone-text",
    modelled_on="Hampshire Police and Crime Panel (Statutory Joint Committee) in 2017–2019: the county council's mobile pages www3.hants.gov.uk/mobile/hampshire-pcp/pcp-news/news-july2012-recruit.htm ('back search' at the head), the meeting page hants.gov.uk/aboutthecouncil/governmentinhampshire/police-crime-panel/meetings/2015-january; minute wording from democracy.hants.gov.uk/ieListDocuments.aspx?CId=185&MId=360&Ver=4 (6 October 2017), hampshire.moderngov.co.uk/ieListDocuments.aspx?CId=185&MId=362&Ver=4 (13 April 2018), democracy.hants.gov.uk/ieListDocuments.aspx?CId=185&MId=5353 (5 July 2019: 'Apologies were received from: • Councillor …'), mgAi.aspx?ID=19064 ('The Chair invited announcements from the Commissioner who explained that … he would be happy to address questions raised by Members under item 7', 'Members heard that', 'The Commissioner assured Members'), and the public participation rules hants.gov.uk/…/police-crime-panel/get-involved (a supplementary 'on the same subject matter'). Assumed: the mobile layout of a minutes page (tap-to-open item headings '▾', 'Top of page', 'View full site') and text as copied from a phone browser",
    panel="Itchenvale and Carne Police and Crime Panel", meeting_date="2019-10-11", kind="minutes",
    questions={
        1: q("Mr Lowford", "pcc", "answered"),
        2: q("Cllr Bursledon", "pcc", "answered"),
        3: q("the Vice Chair", "chief_constable", "answered"),
        4: q("Cllr Warsash", "officer", "answered"),
        5: q("Mr Titchley", "pcc", "deferred"),
        6: q("members", "pcc", "answered"),
        7: q("Cllr Netleigh", "officer", "answered"),
        8: q("Cllr Marchwood", "pcc", "no_information"),
        9: q("Cllr Netleigh", None, "unanswered"),
    },
    decoys={
        1: "a deputation to the Panel",
        2: "the Commissioner asking Members to act",
        3: "the resolution noting the report",
    },
)
