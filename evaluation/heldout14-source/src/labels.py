"""Hand-written labels of the h14- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans
(../heldout-tools/common.py) unless qs/qe/as_/ae are given here; topics are computed from topics.json unless given
here. Per decoy: why it is not a member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h14-thameloddon"] = dict(
    source="h14-thameloddon.html", document="h14-thameloddon.html",
    layout="h14-moderngov-oxon-hosted-slash-numbered-timed-items-bracketed-arising",
    modelled_on="Thames Valley Police and Crime Panel (host Oxfordshire County Council): ModernGov 'Agenda and minutes' pages mycouncil.oxfordshire.gov.uk/ieListDocuments.aspx?CId=1113&MId=6945 (2022: 'Oxfordshire County Council logo', 'Contact: …, Thames Valley Police & Crime Panel Scrutiny Officer  Tel: …; Email:', 'Link: video link', 'Items', 'No. Item', item numbers '23/22' … '27/22' in their own cell, a time '11.05am' under the item title, 'Minutes:'), MId=6453&Ver=4 (themed item, 'The Panel was provided with a report of the PCC …', 'Reference was made to:-' with '·' bullets), MId=6213 and MId=6220&Ver=4 (bracketed matters arising '[In relation to Minute No. … – the PCC undertook to …]'), and the Buckinghamshire-hosted CeListDocuments.aspx?CommitteeId=767&MeetingId=13853 (Public Question Time scheme, 20 minute session, the Scrutiny Officer reporting questions that did not meet the criteria). The question-and-answer sentences and the site chrome are assumed; saved as a full HTML page",
    panel="Thame and Loddon Police and Crime Panel", meeting_date="2023-11-17", kind="minutes",
    questions={
        1: q("Mr Aldworth", "pcc", "answered"),
        2: q("Cllr Corrigan", "pcc", "answered"),
        3: q("a member", "deputy_chief_constable", "answered"),
        4: q("a member", "officer", "answered"),
        5: q("Mr Frith", "pcc", "no_information"),
        6: q("the Vice Chair", "officer", "answered"),
        7: q("Cllr Pettigrew", "pcc", "deferred"),
        8: q("Cllr Okafor", "officer", "answered"),
        9: q("Cllr Halsey", "pcc", "answered"),
        10: q("Cllr Vane", None, "unanswered"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "a bracketed matter arising from the previous minutes: an undertaking already recorded",
        3: "the Commissioner asking the Panel for support",
        4: "the resolution on the work programme",
    },
)

DOCS["h14-temesevern"] = dict(
    source="h14-temesevern.html", document="h14-temesevern.pdf",
    layout="h14-county-printed-minutes-numbered-table-ensuing-debate-bullets-footer-pdf",
    modelled_on="West Mercia Police and Crime Panel (host Worcestershire County Council): minute numbers running through the years ('472.', '473.', '474.') and the standing items 'Welcome and Introductions', 'Named Substitutes', 'Apologies and Declarations of Interest' (retired police officers 'in receipt of a Police Pension (not West Mercia Police)'), 'Public Participation', 'Confirmation of the Minutes of the previous meeting' from worcestershire.moderngov.co.uk/ieListDocuments.aspx?CId=147&MId=7115&Ver=4, MId=2820, MId=3267, MId=2189 and MId=2825 ('The Police and Crime Commissioner (PCC) introduced …'); the printed County Council minutes form (the 'Present:' / 'Also attended:' / 'Available papers' table, the number-title-text minute table, 'In the ensuing debate, the following main points were raised:' bullets, 'Date of Issue' at the head of each page, the panel and date with 'Page No.' at the foot) is assumed, from Worcestershire County Council printed minutes as remembered; printed with headless Chromium",
    panel="Teme and Severn Police and Crime Panel", meeting_date="2024-02-06", kind="minutes",
    questions={
        1: q("Cllr Bewdley", "pcc", "answered"),
        2: q("a member", "officer", "answered"),
        3: q("a member", "pcc", "answered"),
        4: q("the Vice Chair", "deputy_pcc", "answered", as_="The Deputy PCC advised that"),
        5: q("Mrs Clee", "pcc", "deferred"),
        6: q("Cllr Ledbury", "pcc", "answered"),
        7: q("a member", "officer", "answered"),
        8: q("Cllr Abberley", "pcc", "no_information"),
        9: q("the Chair", "pcc", "answered"),
        10: q("Cllr Kyre", None, "unanswered"),
    },
    decoys={
        1: "a declaration of interest (police pension)",
        2: "a vote on the precept",
        3: "the Commissioner asking the Panel for support",
        4: "the Chairman reminding members of the Panel's role",
    },
)

DOCS["h14-wealddowns"] = dict(
    source="h14-wealddowns.html", document="h14-wealddowns.pdf",
    layout="h14-early-printed-minutes-paragraph-numbered-public-question-time-read-by-chairman-pdf",
    modelled_on="Sussex Police and Crime Panel in its East Sussex-hosted years: the Public Question Time rubric and minutes of democracy.eastsussex.gov.uk/mgAi.aspx?ID=6707 and ID=3646 ('The Chairman introduced the public question time which was an opportunity for members of the public to ask questions of the Panel and the Commissioner', questions to the Commissioner or to the Panel, a supplementary question, 'In the event that the questioner is unable to attend the Chairman can ask the question on their behalf', paragraphs numbered through the meeting '9.', '11.'), mgAi.aspx?ID=6092 ('Commissioner's Question Time', '61. The Panel raised the following issues and questions of the Commissioner:' with bullets 'The Panel asked whether …'), and westsussex.gov.uk/your_council/…/sussex_police_and_crime_panel.aspx (2014 meeting at County Hall, Lewes); the 'MINUTES of a meeting of the … held at County Hall, Lewes on …' head, the PRESENT / ALSO PRESENT paragraphs and section headings over numbered paragraphs are assumed from the printed minutes as remembered; printed with headless Chromium, page number at the foot",
    panel="Weald and Downs Police and Crime Panel", meeting_date="2014-06-27", kind="minutes",
    questions={
        1: q("Mr Hartfield", "pcc", "answered"),
        2: q("Ms Pevensey", "pcc", "answered"),
        3: q("Mrs Rotherfield", "pcc", "deferred"),
        4: q("members", "pcc", "answered"),
        5: q("members", "pcc", "answered"),
        6: q("members", "pcc", "no_information"),
        7: q("Cllr Fletching", "chief_constable", "answered"),
        8: q("Mr Heathfield", "officer", "answered"),
        9: q("the Vice Chair", "pcc", "answered"),
        10: q("Cllr Ditchling", None, "unanswered"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "a public question to the Panel, answered by the Chairman for the Panel",
        3: "a resolution",
        4: "the Chairman inviting work programme topics",
    },
)

DOCS["h14-trentidle"] = dict(
    source="h14-trentidle.txt", document="h14-trentidle.docx",
    layout="h14-county-minutes-template-meeting-date-table-absent-marked-resolved-numbered-docx",
    modelled_on="Nottinghamshire Police and Crime Panel (host Nottinghamshire County Council): the agenda packs at docslib.org/download/864309 (24 April 2017: 'There will be a pre-meeting for Panel Members only …', 'Police and Crime Commissioner's Update', 'Police and Crime Plan Theme 3 - …', the membership with 'Independent Member - Chair', an elected Mayor as a member, 'Please note that there is no opportunity for the public to speak at these meetings') and docslib.org/doc/2329616 (15 June 2015); the County Council minutes template (the 'minutes' title, 'Meeting' / 'Date' table, 'Membership', 'Persons absent are marked with 'A'', 'OFFICERS PRESENT', 'OTHERS PRESENT', 'RESOLVED 2017/031' on a line of its own over 'That …', 'During discussions the following points were raised:' bullets) as remembered from Nottinghamshire County Council committee minutes; the Police Authority minutes template at docstoc.com/docs/121126192 ('OFFICERS PRESENT' with roles after a dash); written as a Word file with python-docx",
    panel="Trent and Idle Police and Crime Panel", meeting_date="2017-09-18", kind="minutes",
    questions={
        1: q("Cllr Misterton", "pcc", "answered"),
        2: q("Mrs Blyth", "pcc", "answered"),
        3: q("Cllr Kneesall", "officer", "answered"),
        4: q("the Vice Chair", "pcc", "no_information"),
        5: q("Mayor Bilsthorpe", "pcc", "deferred"),
        6: q("Cllr Walesby", "chief_constable", "answered"),
        7: q("members", "officer", "answered"),
        8: q("the Chair", "pcc", "answered"),
        9: q("Cllr Walesby", None, "unanswered"),
    },
    decoys={
        1: "a declaration of private interest",
        2: "a resolution on the work programme",
        3: "the Commissioner asking Members to act",
        4: "the Chair asking for questions for the next meeting",
    },
)

DOCS["h14-ouzelivel"] = dict(
    source="h14-ouzelivel.txt", document="h14-ouzelivel.txt",
    layout="h14-third-party-meeting-summary-copied-text",
    modelled_on="Thames Valley Police and Crime Panel, Friday 20th June 2025, as summarised by a third party at opencouncil.network/meetings/69471 ('Subscribe to updates', 'You'll receive weekly summaries about … Council every week.', the title line '… Police and Crime Panel - Friday, 20th June, 2025 10.30 am', 'View on council website Watch video of meeting Read transcript (Professional subscription required)Summary' run together, a summary paragraph, headed sections, 'Councillor … questioned the metrics …, to which Mr … responded by detailing …', 'Councillor … requested a copy of the survey, questioning whether …', the PCC named by surname only, nominations for vice-chair, 'agreed to consider paying an allowance to the panel's independent co-opted members'); the panel's setting follows the Bedfordshire Police and Crime Panel (three councils and independent members; the 2024 rule change letting the public question the PCC, leightonbuzzardonline.co.uk … 4500346; loans from the Public Works Loan Board, leightonbuzzardonline.co.uk … 5153134). The site menu, the Attendees and Documents lists are assumed; text as copied from the browser",
    panel="Ouzel and Ivel Police and Crime Panel", meeting_date="2024-07-09", kind="minutes",
    questions={
        1: q("Mr Sandy", "pcc", "answered"),
        2: q("Cllr Ampthorne", "pcc", "answered"),
        3: q("Cllr Flitwick", "chief_constable", "answered"),
        4: q("Ms Shefford", "pcc", "no_information"),
        5: q("Cllr Wrest", "pcc", "deferred"),
        6: q("a member", "pcc", "answered"),
        7: q("Cllr Kempston", "officer", "answered"),
        8: q("members", "officer", "answered"),
        9: q("Cllr Caddington", None, "unanswered"),
    },
    decoys={
        1: "a nomination for vice-chair",
        2: "a decision of the panel about allowances",
        3: "the Commissioner asking panel members to act",
        4: "a vote to note the annual report",
    },
)
