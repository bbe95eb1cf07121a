"""Hand-written labels of the h20- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans
(../heldout-tools/common.py) unless qs/qe/as_/ae are given here; topics are computed from topics.json unless given
here. Per decoy: why it is not a member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h20-otterclyst"] = dict(
    source="h20-otterclyst.txt", document="h20-otterclyst.txt",
    layout="h20-watch-blog-quoting-extraordinary-meeting-minutes-copied-text",
    modelled_on="Devon and Cornwall Police and Crime Panel, extraordinary meeting of June 2016 on the Commissioner's referral, as quoted by a local watch blog: eastdevonwatch.org/2016/06/27/ ('…' extracts of the draft minutes with the blogger's comments in square brackets, 'The Chair reminded members of the Panel at this stage that they will not be discussing the allegations …', 'Discharge of the functions of the Police and Crime Commissioner', 'The Chair gave the four members of the Panel who requested this meeting the opportunity to ask their questions –', each question in single quotation marks with '(Councillor …)' on the line after it); the Panel's public question rule (democracy.plymouth.gov.uk/mgCommitteeDetails.aspx?ID=1051, up to two questions of 100 words); lettered points '(a) … ;' from democracy.plymouth.gov.uk/mgAi.aspx?ID=107060 ('In response to questions it was further explained:'). The blog chrome (WordPress menu, 'Share this:', comments) and the replies are assumed; text as copied from the browser",
    panel="Otter and Clyst Police and Crime Panel", meeting_date="2016-06-24", kind="minutes",
    questions={
        1: q("Cllr Colaton", "pcc", "answered"),
        2: q("Cllr Rockbeare", "pcc", "answered"),
        3: q("Cllr Sowton", None, "unanswered"),
        4: q("Cllr Aylesbeare", "officer", "deferred"),
        5: q("Cllr Harpford", "pcc", "answered"),
        6: q("Mrs Woodbury", "deputy_pcc", "answered"),
        7: q("Cllr Colaton", "chief_constable", "answered"),
        8: q("Cllr Sowton", "pcc", "no_information"),
        9: q("the Vice Chair", "pcc", "answered"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "a question to the Panel's own Lead Officer, answered by him, not to the Commissioner",
        3: "a decision of the Panel (to write to the Home Secretary)",
        4: "the blogger's rhetorical question",
        5: "a reader's question in the blog comments",
    },
)

DOCS["h20-wylyekennet"] = dict(
    source="h20-wylyekennet.html", document="h20-wylyekennet.html",
    layout="h20-moderngov-wilts-hosted-emailed-public-questions-written-response-points-made-bullets",
    modelled_on="Wiltshire and Swindon (Wiltshire) Police and Crime Panel, Wiltshire Council ModernGov pages: cms.wiltshire.gov.uk/ieListDocuments.aspx?CId=1127&MeetingId=8973 (18 June 2015: 'Agenda and minutes', '… Police and Crime Panel - Thursday 18 June 2015 2.30 pm', 'Venue: Wessex Room - The Corn Exchange, Market Place, Devizes … View directions', 'Contact: … Senior Scrutiny Officer', 'Minutes and matters arising', 'Declarations of interest' with a Community Speedwatch interest, 'Chairman's Announcements' bullets), MId=7545&Ver=4 (2013: 'Quarterly Data', 'Officers: Chief Executive (OPCC) and Chief Finance Officer (OPCC)', 'To receive quarterly data and exception reports on: Risk · Performance · Complaints · Finance', 'The Commissioner presented his Risk Register. He drew attention to the following points'), MId=14183&Ver=4 ('Points made included:' with bullets opening 'That …'), MeetingId=14866 ('In a matter arising from the previous meeting, Cllr … questioned Police and Crime Commissioner …'), and mgAi.aspx?ID=102377 (Public Participation rubric with 'Statements' and 'Questions', 'Two questions from Mr … had been emailed to the OPCC.', 'Question 1' followed by the question in full). The 'Response from the PCC' headings over the written answers, item numbers and the council site chrome are assumed; saved as a full HTML page",
    panel="Wylye and Kennet Police and Crime Panel", meeting_date="2015-03-05", kind="minutes",
    questions={
        1: q("Cllr Bratton", "pcc", "answered"),
        2: q("Mr Tilshead", "pcc", "answered"),
        3: q("Mr Tilshead", "pcc", "no_information"),
        4: q("Cllr Bratton", "officer", "answered"),
        5: q("Cllr Edington", "deputy_chief_constable", "answered"),
        6: q("a member", "pcc", "answered"),
        7: q("Mrs Codford", "pcc", "deferred"),
        8: q("Cllr Lavington", "officer", "answered"),
        9: q("the Vice Chair", "pcc", "answered"),
        10: q("Cllr Seend", None, "unanswered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "the Chairman asking members for work programme topics",
        3: "the Commissioner asking the Panel for support",
        4: "a resolution",
    },
)

DOCS["h20-stourfrome"] = dict(
    source="h20-stourfrome.txt", document="h20-stourfrome.docx",
    layout="h20-joint-panel-fire-authority-minutes-questions-then-in-response-bullets-docx",
    modelled_on="A joint meeting of a police and crime panel with a fire and rescue authority on the Commissioner's fire governance case, set in Dorset: the Dorset Police and Crime Panel pages moderngov.dorsetcouncil.gov.uk/ieListDocuments.aspx?CId=154&MId=5338&Ver=4 ('Chairman's introduction', 'Council Chamber, County Hall, Dorchester', the Service Manager for Assurance) and MeetingId=5949; Gloucestershire's fire governance item glostext.gloucestershire.gov.uk/ieListDocuments.aspx?CId=650&MId=8729&Ver=4 (2018: the PCC's 'outline business case for the Governance of the Fire and Rescue Service', out for consultation, and the host council's response); a member's declaration as a member of the Wiltshire and Dorset Fire Authority (cms.wiltshire.gov.uk … MeetingId=14870); the joint police and fire committee of Merseyside (mfra.merseyfire.gov.uk/ieListDocuments.aspx?CId=255&MId=694, MId=711, MId=712: election of a chair for the meeting, PCC and fire members together, 'It was resolved that:'). The 'Members' questions and comments included:' bullets followed by 'In response:' bullets, the title block naming both bodies and the header are assumed; written as a Word file with python-docx",
    panel="Stour and Frome Police and Crime Panel", meeting_date="2017-11-08", kind="minutes",
    questions={
        1: q("members", "pcc", "answered"),
        2: q("members", "officer", "answered"),
        3: q("members", "chief_fire_officer", "answered"),
        4: q("members", "officer", "answered"),
        5: q("Cllr Marnhull", "chief_constable", "answered"),
        6: q("members", "chief_fire_officer", "answered"),
        7: q("members", "pcc", "no_information"),
        8: q("Cllr Shaftesbury", "chief_fire_officer", "deferred"),
        9: q("Cllr Gussage", None, "unanswered"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "a comment (praise for crews) among the members' questions",
        3: "the Commissioner asking members to respond to his consultation",
        4: "the resolution",
    },
)

DOCS["h20-parrettbrue"] = dict(
    source="h20-parrettbrue.html", document="h20-parrettbrue.pdf",
    layout="h20-printed-minutes-city-hosted-qr-table-six-monthly-presentation-pdf",
    modelled_on="Avon and Somerset Police and Crime Panel in its Bristol-hosted years: democracy.bristol.gov.uk/ieListDocuments.aspx?CId=279&MId=2259&Ver=4 and MId=2260&Ver=4 (2016: 'Public Forum', 'Chairman's Business', 'Resolved – that the Minutes of the meeting held on the … be confirmed as a correct record and signed by the Chairman.', 'Chief Constable six monthly presentation', 'Presentation from Chief Constable … with contributions from …', the Rickford Room at Weston Town Hall); docslib.org/doc/689235 (the 2013 printed minutes: title in capitals 'MINUTES OF A MEETING OF THE … HELD ON 11TH DECEMBER 2013 AT 10.30 A.M.', members grouped by council, 'Officers Present:'); bristol.gov.uk/council-meetings/avon-and-somerset-police-and-crime-panel (the ten councils, independent co-opted members). The Q./R. table of questions on the Commissioner's update, the running header and 'Page n of m' footer are assumed; printed with headless Chromium; one answer runs over the page break",
    panel="Parrett and Brue Police and Crime Panel", meeting_date="2015-09-16", kind="minutes",
    questions={
        1: q("Cllr Langport", "pcc", "answered"),
        2: q("Mr Stawell", "chief_constable", "answered"),
        3: q("Cllr Meare", "officer", "answered"),
        4: q("Cllr Burrow", "pcc", "no_information"),
        5: q("Cllr Catcott", "pcc", "deferred"),
        6: q("the Vice Chair", "chief_constable", "answered"),
        7: q("a member", "deputy_chief_constable", "answered"),
        8: q("a member", "chief_constable", "answered"),
        9: q("Cllr Pawlett", None, "unanswered"),
    },
    decoys={
        1: "a public statement passed to the Commissioner",
        2: "the resolution on the previous minutes",
        3: "the Chairman asking members to confirm attendance at a visit",
        4: "the resolution noting the update report",
    },
)

DOCS["h20-leadonchelt"] = dict(
    source="h20-leadonchelt.html", document="h20-leadonchelt.txt",
    layout="h20-early-printed-minutes-speaker-capitals-question-time-pdftotext",
    modelled_on="Gloucestershire Police and Crime Panel (host Gloucestershire County Council), its earlier printed minutes: glostext.gloucestershire.gov.uk/ieListDocuments.aspx?CId=650&MId=8548&Ver=4 (2017: numbered paragraphs '8.1', 'Chief Executive's report', '… presented the report which contained statistics around complaints', an action line 'ACTION … Richard Bradley' after the minutes), MId=8549&Ver=4 and MId=8727&Ver=4 (minutes agreed 'as a correct record and signed by the Chair', 'One member questioned … In response it was stated that …'), MId=8729&Ver=4; the Tewkesbury report-back minutes.tewkesbury.gov.uk/mgAi.aspx?ID=18882 (2016: the Chief Executive's report, freedom of information requests, the Commissioner's Fund). The Commissioner's Question Time recorded as speaker-and-words in capitals ('COUNCILLOR …:', 'THE COMMISSIONER:') is assumed, as are the head, PRESENT / IN ATTENDANCE paragraphs and the running header; printed with headless Chromium and turned into text by pdftotext",
    panel="Leadon and Chelt Police and Crime Panel", meeting_date="2014-11-14", kind="minutes",
    questions={
        1: q("Cllr Birdlip", "pcc", "answered"),
        2: q("Cllr Painswick", "chief_constable", "answered"),
        3: q("Mr Slad", "pcc", "no_information"),
        4: q("Cllr Bisley", "pcc", "deferred"),
        5: q("the Vice Chair", "deputy_pcc", "answered"),
        6: q("Cllr Sapperton", None, "unanswered"),
        7: q("the Chair", "officer", "answered"),
        8: q("a member", "officer", "answered"),
        9: q("Mrs Frampton", "pcc", "answered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "an action log line",
        3: "the Commissioner asking the Panel a question",
        4: "a resolution",
    },
)
