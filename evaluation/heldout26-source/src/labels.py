"""Hand-written labels of the h26- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans
(../heldout-tools/common.py) unless qs/qe/as_/ae are given here; topics are computed from topics.json unless given
here. Per decoy: why it is not a member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h26-brackenholt"] = dict(
    source="h26-brackenholt.html", document="h26-brackenholt.html",
    layout="h26-moderngov-district-hosted-2014-agenda-item-titles-deputy-pcc-lettered-semicolon-answers",
    modelled_on="Norfolk Police and Crime Panel's 2014 circumstances (the Commissioner absent and his Deputy attending, edp24.co.uk/news/politics/commissioner_defends_absence_after_councillors_question_personal_judgment_1_3719524; the Panel's composition, norfolk.gov.uk/pcp) on the district-hosted ModernGov 'Agenda and minutes' page of democracy.breckland.gov.uk/ieListDocuments.aspx?CId=143&MeetingId=3332 (titles ending '(Agenda Item n)', an empty No. column, 'Non-Members wishing to address the Meeting', 'Urgent Business … Section 100(B)(4)(b)') and the PCC item mgAi.aspx?ID=21033; questions set out as lettered sub-paragraphs '(a) Members asked …; the DPCC responded …' (assumed); a saved web page written by hand",
    panel="Brackenholt Police and Crime Panel", meeting_date="2014-12-11", kind="minutes",
    questions={
        1: q("members", "deputy_pcc", "answered"),
        2: q("Cllr Ashby", "deputy_pcc", "no_information"),
        3: q("Mr Pell", "officer", "answered"),
        4: q("Cllr Dunmore", "chief_constable", "answered"),
        5: q("a member", "deputy_pcc", "answered"),
        6: q("the Vice Chair", "deputy_pcc", "deferred"),
        7: q("Cllr Ashby", "chief_constable", "answered"),
        8: q("Cllr Felbrigg", None, "unanswered"),
        9: q("members", "chief_constable", "answered"),
        10: q("Mr Pell", "officer", "answered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "a non-member asking the Chairman for leave to speak",
        3: "the Chairman asking Members whether to invite the Commissioner",
        4: "a resolution",
    },
)

DOCS["h26-easterwold"] = dict(
    source="h26-easterwold.html", document="h26-easterwold.pdf",
    layout="h26-joint-panel-fire-authority-printed-minutes-governance-business-case-chief-fire-officer-pdf",
    modelled_on="Essex Police and Crime Panel and Essex Fire Authority in 2017, the year of the local business case for fire governance: the CMIS minutes cmis.essex.gov.uk/essexcmis5/CalendarofMeetings/tabid/73/ctl/ViewMeetingPublic/mid/410/Meeting/3794/Committee/73/Default.aspx (Fire Authority, 14 June 2017: declarations on the business case for joint governance in a councillor / type / nature table), Meeting/3681/Committee/127 ('Questions to the Chairman from Members of the Public' answered by the Commissioner, who 'undertook to respond to the enquiry outside of the meeting'), Meeting/3819/Committee/127 (declarations 'as a member of the Essex Fire Authority'), Meeting/3448/Committee/106 ('The following information was provided in response to Members' comments and questions:'); the Huntingdonshire Cabinet response to the Cambridgeshire PCC's fire governance consultation (democracy.huntingdonshire.gov.uk/moderngov/ieDecisionDetails.aspx?ID=11376: the four options). Assumed: a joint meeting of the two bodies, the printed form (two-column attendance table, number and title rows, running header, 'Page n of m'); printed with headless Chromium",
    panel="Easterwold Police and Crime Panel", meeting_date="2017-06-21", kind="minutes",
    questions={
        1: q("Cllr Boxted", "pcc", "deferred"),
        2: q("members", "pcc", "answered"),
        3: q("members", "chief_fire_officer", "answered"),
        4: q("Cllr Stanway", "officer", "answered"),
        5: q("Cllr Rayne", "pcc", "answered"),
        6: q("the Vice Chair", "chief_fire_officer", "answered"),
        7: q("Cllr Feering", "deputy_pcc", "no_information"),
        8: q("Cllr Heybridge", "chief_fire_officer", "answered"),
        9: q("Cllr Boreham", None, "unanswered"),
        10: q("Mr Danbury", "chief_constable", "answered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "the Commissioner asking both bodies for consultation responses",
        3: "a motion put to the vote",
        4: "a resolution",
    },
)

DOCS["h26-fenholme"] = dict(
    source="h26-fenholme.txt", document="h26-fenholme.docx",
    layout="h26-verbatim-question-time-record-bold-speaker-names-appendix-docx",
    modelled_on="Cambridgeshire Police and Crime Panel in 2013–2015 as recorded by a resident who filmed and transcribed its meetings: rtaylor.co.uk/public-questions-cambs-pcp0714.html (the Chairman's reply quoted word for word, written responses to matters raised), www.rtaylor.co.uk/calling-pcc-staff-to-pcp.html (a published video and transcript of a Panel exchange), www.rtaylor.co.uk/graham-bright-lunge-camera.html (speaker-name-then-words transcript form), www.rtaylor.co.uk/cambs-police-crime-panel-0314.html and rtaylor.co.uk/cambs-pcp-2013-annual-mtng.html (what the Panel did with the Commissioner's decisions, the Chief Executive answering); 101 waiting times from docslib.org/doc/6533951/halesworth-public-meeting. Assumed: a verbatim appendix to official minutes, its header and footer, the bold speaker names; written as a Word file with python-docx",
    panel="Fenholme Police and Crime Panel", meeting_date="2015-06-17", kind="minutes",
    questions={
        1: q("Cllr Bickley", "pcc", "answered"),
        2: q("Cllr Orwin", "chief_constable", "answered"),
        3: q("Mr Danvers-Hale", "officer", "no_information"),
        4: q("the Vice Chair", "pcc", "deferred"),
        5: q("Cllr Whittlesford", "deputy_pcc", "answered"),
        6: q("Cllr Orwin", "pcc", "answered"),
        7: q("Cllr Sawston", None, "unanswered"),
        8: q("Cllr McAllister", "pcc", "answered"),
        9: q("Cllr Whittlesford", "chief_constable", "answered"),
    },
    decoys={
        1: "a member's statement of thanks with a rhetorical question",
        2: "the Commissioner asking the Panel to act",
        3: "the Chairman asking members whether they wish to speak",
        4: "the Panel noting the update",
    },
)

DOCS["h26-marstonford"] = dict(
    source="h26-marstonford.html", document="h26-marstonford.txt",
    layout="h26-borough-hosted-printed-minutes-members-written-questions-response-supplementary-pdftotext",
    modelled_on="Bedfordshire Police and Crime Panel (host Bedford Borough Council; members from three councils and independent members, leightonbuzzardonline.co.uk/news/politics/council/plan-for-meeting-rule-change-aims-to-let-people-quiz-bedfordshires-police-and-crime-commissioner-4500346; bedford.gov.uk/your-council/bedfordshire-police-and-crime-panel/bedfordshire-police-and-crime-panel-overview) in the years of its 2016–2021 Commissioner (bedfordshire.pcc.police.uk/latest-news, the Signpost hub and the Inspectorate in thecomet.net/news/bedfordshire-police-and-crime-commissioner-kathryn-holloway-justifies-role-at-5400124); questions sent in writing before the meeting and answered 'orally at the meeting or in writing after the meeting' from the Hertfordshire panel's rules (www.hertspcp.org.uk/content/public-participation-police-and-crime-panel, democracy.north-herts.gov.uk/ieListDocuments.aspx?CId=288&MId=2507&Ver=4). Assumed: the printed minutes form (numbered paragraphs under numbered minutes, 'Question n – Councillor …', 'Response:', 'Supplementary question:', 'Chairman's initials' and 'Page n' at the foot); printed with headless Chromium and turned into text with pdftotext",
    panel="Marstonford Police and Crime Panel", meeting_date="2019-03-12", kind="minutes",
    questions={
        1: q("Cllr Husborne", "pcc", "answered"),
        2: q("Cllr Cranfield", "pcc", "deferred"),
        3: q("Mr Potton", "officer", "answered"),
        4: q("Cllr Sharnbrook", None, "unanswered"),
        5: q("Cllr Cranfield", "officer", "answered"),
        6: q("Cllr Husborne", "pcc", "answered"),
        7: q("Mr Potton", "pcc", "no_information"),
        8: q("Cllr Renhold", "officer", "answered"),
        9: q("Cllr Stagsden", "pcc", "answered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "a public question to the Chairman of the Panel",
        3: "the Commissioner inviting Members to an event",
        4: "a resolution",
    },
)

DOCS["h26-alderwick"] = dict(
    source="h26-alderwick.txt", document="h26-alderwick.txt",
    layout="h26-cmis-meeting-details-copied-text-precept-numbered-paragraphs-topic-lead-ins",
    modelled_on="Suffolk Police and Crime Panel (host Suffolk County Council) in the Commissioner's third term (suffolk.gov.uk/community-and-safety/…/police-and-crime-panel: re-elected in May 2021; the Panel's annual report docslib.org/doc/13281490; the bi-monthly Accountability and Performance Panel whose papers are written by the Constabulary, www.suffolknews.co.uk/bury-st-edmunds/news/who-polices-the-police-commissioner-9208768; 101 waits and civil parking enforcement passing to the districts, docslib.org/doc/6533951/halesworth-public-meeting), on the CMIS 'Meeting Details / Meeting Summary' page form of cmis.essex.gov.uk/essexcmis5/CalendarofMeetings/tabid/73/ctl/ViewMeetingPublic/mid/410/Meeting/3683/Committee/127/Default.aspx and Meeting/3666/Committee/105 ('Occurred', 'Documents Members Attendees', 'Standard Items', the minute number alone on its own line, 'Pdf Minutes (…Kb)'); numbered paragraphs as in the Norfolk minutes docslib.org/doc/3512744. Assumed: Suffolk on CMIS, the 'Decision Items' / 'Information Items' headings for this panel, topic words leading a paragraph ('Affordability.', 'Reserves.', 'Parking.'), the site chrome; text as copied from the browser",
    panel="Alderwick Police and Crime Panel", meeting_date="2022-01-28", kind="minutes",
    questions={
        1: q("Cllr Blaxhall", "pcc", "answered"),
        2: q("a member", "deputy_chief_constable", "answered"),
        3: q("Mrs Iken", "officer", "answered"),
        4: q("Cllr Snape", "pcc", "deferred"),
        5: q("the Vice Chair", "pcc", "answered"),
        6: q("members", "officer", "answered"),
        7: q("Cllr Walberswick", "pcc", "answered"),
        8: q("Cllr Blaxhall", "pcc", "no_information"),
        9: q("Cllr Snape", None, "unanswered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "no public questions received",
        3: "the vote on the precept",
        4: "the Chairman asking Members to send questions to the Scrutiny Officer",
    },
)
