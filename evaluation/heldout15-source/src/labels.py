"""Hand-written labels of the h15- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans
(../heldout-tools/common.py) unless qs/qe/as_/ae are given here; topics are computed from topics.json unless given
here. Per decoy: why it is not a member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h15-irwellvale"] = dict(
    source="h15-irwellvale.html", document="h15-irwellvale.html",
    layout="h15-fire-service-moderngov-mayoral-pfcp-deputy-mayor-subheaded-questions",
    modelled_on="Greater Manchester Police, Fire and Crime Panel (mayoral model, GMCA), as its pages looked on the fire service's ModernGov site in 2018: authority.manchesterfire.gov.uk/ieListDocuments.aspx?CId=232&MId=1791&Ver=4 (the GMCA Fire Committee of 9 February 2018: the fire service's 'Contact Us' box and free home safety visit number above 'Agenda and minutes', the committee name and date on two lines, unnumbered items, 'Chair and Deputy Mayor (Policing and Crime) Announcement', 'Members are requested to consider whether they have any interest to declare', a personal interest by virtue of a Firefighters Pension '(Minute 5 refers)', 'Report of the Treasurer, GMCA', 'Consideration was given to a report of … which advised that the … Fire and Rescue Authority was abolished … and its functions were now exercisable by the Mayor', 'Resolved: That …'); the Panel's agenda packs docslib.org/doc/7271780 (20 July 2020) and docslib.org/doc/988470 (14 May 2021) (items 'Chairs Announcements and Urgent Business', 'Declaration of Interest', the Deputy Mayor, the Fire Plan, reports of the Mayor and of GMCA officers); greatermanchester-ca.gov.uk/what-we-do/police-and-fire/police-fire-and-crime-panel (the Panel holds the Deputy Mayor to account on policing and fire; ten councillors and two independent members). The bold sub-headings grouping the questions inside an item, the recorded vote and the site chrome are assumed; saved as a full HTML page",
    panel="Irwell Vale Police, Fire and Crime Panel", meeting_date="2018-01-29", kind="minutes",
    questions={
        1: q("Cllr Rawtenstall", "pcc", "answered"),
        2: q("a member", "officer", "answered"),
        3: q("a member", "chief_constable", "answered"),
        4: q("Mrs Stubbins", "officer", "answered"),
        5: q("Cllr Naz", "deputy_pcc", "deferred"),
        6: q("Cllr Mahmood", "chief_fire_officer", "answered"),
        7: q("Cllr Ainsworth", "chief_fire_officer", "no_information"),
        8: q("Cllr Whitworth", "deputy_pcc", "answered"),
        9: q("Cllr Hulme", None, "unanswered"),
    },
    decoys={
        1: "a declaration of personal interest (firefighters' pension)",
        2: "the Deputy Mayor asking Members to promote the consultation",
        3: "the recorded vote on the precept",
        4: "the Chair asking Members for work programme topics",
    },
)

DOCS["h15-loxleyrivelin"] = dict(
    source="h15-loxleyrivelin.html", document="h15-loxleyrivelin.txt",
    layout="h15-agenda-item-written-questions-answers-grid-pdftotext",
    modelled_on="The 'copies of questions and answers thereto' papers of Sheffield City Council, as stored at docslib.org/doc/4922885 and docslib.org/doc/8534495 (3 July and 4 September 2019: 'Agenda Item 4', the city's name in spaced capitals, 'COPIES OF QUESTIONS AND ANSWERS THERETO', a two-column 'Questions Answers' grid under sub-headings 'Question(s) of Councillor … to the …', so that pdftotext runs short question and answer cells together on one line), docslib.org/doc/11610567 and docslib.org/doc/2248313 ('Q.1' / 'A.1'), and the cover report docslib.org/doc/1943868 ('Agenda Item 14', 'Report to … Committee', 'Report of:', 'Subject: Written responses to public questions', 'Author of Report:', 'Summary:', 'Type of item: The report author should tick the appropriate box … Other X', 'The … Committee is being asked to: Note the report', 'Background Papers: None', 'Category of Report: OPEN', written answers placed on the public record), applied to a police and crime panel set up like South Yorkshire's (four district councils, the Rotherham-hosted pages moderngov.rotherham.gov.uk/ieListDocuments.aspx?CId=937&MId=12806&Ver=4 and mgAi.aspx?ID=72783). A Panel paper of members' written questions is assumed; printed with headless Chromium and kept as pdftotext output",
    panel="Loxley and Rivelin Police and Crime Panel", meeting_date="2016-03-14", kind="report",
    questions={
        1: q("Cllr Ann Barlow", "pcc", "answered"),
        2: q("Cllr Ann Barlow", "pcc", "answered"),
        3: q("Cllr Martin Grenoside", "chief_constable", "answered"),
        4: q("Cllr Martin Grenoside", "pcc", "answered"),
        5: q("Mr Oughtibridge", "deputy_pcc", "answered"),
        6: q("Cllr Rukhsana Darnall", "officer", "answered"),
        7: q("Cllr Rukhsana Darnall", "pcc", "no_information"),
        8: q("Cllr Dennis Worrall", "pcc", "deferred"),
        9: q("Cllr Dennis Worrall", None, "unanswered"),
    },
    decoys={
        1: "a rhetorical question in the cover report",
        2: "a member's question to the Chair of the Panel, answered by the Chair",
        3: "a question withdrawn before the meeting",
    },
)

DOCS["h15-dearnedove"] = dict(
    source="h15-dearnedove.html", document="h15-dearnedove.pdf",
    layout="h15-host-borough-2013-printed-minutes-j-numbered-answer-first-pdf",
    modelled_on="South Yorkshire Police and Crime Panel in its Rotherham-hosted years (2013–2016): the minutes as printed in the next agenda pack, docslib.org/download/1245780 (pack of 30 January 2015 with the minutes of 19 November 2014: 'Agenda Item 6', the running head 'POLICE AND CRIME PANEL - 19/11/14' with the page number '43J', 'Present: -' grouped by council with ':-', 'Co-opted Member:-', 'Apologies for absence were received from:-', minute numbers 'J22.', 'J23.' with capitals titles, 'Consideration was given to …', 'With regards to the Minute No. J20 … Councillor … referred to the response …'); moderngov.rotherham.gov.uk/ieListDocuments.aspx?CId=937&MId=12803&Ver=4 (30 July 2014: '(1) A member of public asked if the Panel would …?' answered by 'The Chairman advised that …'), MId=12806&Ver=4 (30 January 2015: a quoted public question, 'In reply, the … Police and Crime Commissioner stated that …'), MId=12804&Ver=4 (19 November 2014: the new Commissioner and the Chief Constable welcomed, 'Resolved:-  That …'), mgAi.aspx?ID=72777 and ID=72783 (a question ruled a matter for the force). The 2013 meeting, the Commissioner's first annual report, the answers written before the asker ('The Commissioner confirmed, in answer to Councillor …'; a bracketed '(Councillor … had asked …)' after the answer) and the crime-recording item are assumed; printed with headless Chromium (running head and 'J' page number in the top margin)",
    panel="Dearne and Dove Police and Crime Panel", meeting_date="2013-09-16", kind="minutes",
    questions={
        1: q("a member", "pcc", "answered"),
        2: q("Cllr Royston", "pcc", "deferred"),
        3: q("Cllr Darfield", "pcc", "answered"),
        4: q("Cllr Cudworth", "pcc", "answered"),
        5: q("Mrs Tankersley", "pcc", "no_information"),
        6: q("Cllr Goldthorpe", "chief_constable", "answered"),
        10: q("Cllr Wombwell", "officer", "answered"),
        7: q("a member", "deputy_chief_constable", "answered"),
        8: q("the Vice Chair", "officer", "answered"),
        9: q("Cllr Elsecar", None, "unanswered"),
    },
    decoys={
        1: "a public question to the Panel, answered by the Chairman",
        2: "the Commissioner asking the Panel for support",
        3: "a resolution",
        4: "a declaration of personal interest",
    },
)

DOCS["h15-nenewelland"] = dict(
    source="h15-nenewelland.txt", document="h15-nenewelland.docx",
    layout="h15-pfcp-workshop-notes-attendee-initials-action-lines-docx",
    modelled_on="Northamptonshire: the notes of the Police, Fire and Crime Commissioner's Accountability Board, northantspfcc.org.uk/our-information/police-accountability-board-minutes/police-accountability-board-notes-11th-june-2019/ and …-notes-12-april-2022/, archive.northantspfcc.org.uk/?p=15028 and archive.northantspfcc.org.uk/our-information/police-accountability-board-minutes/police-accountability-board-notes-13th-october-2020-2 (attendees listed with their initials, 'PFCC Stephen Mold (SM)', 'CC Nick Adderley (NA)', 'DCC … (SN)'; bullets written with initials as the subject, 'SM welcomed the meeting.', 'NA advised that …'; 'Previous minutes and action log'; 'ACTION: NA/SM to …', 'Action – The Chief Constable to provide …'), and the Northamptonshire Police, Fire and Crime Panel pages westnorthants.moderngov.co.uk/ieListDocuments.aspx?CId=151&MId=1086&Ver=4, MId=797 and MId=428, and mgAi.aspx?ID=3942 ('Guide time: 11.45am – 12.15pm', 'A workshop session on the development of the Police, Fire & Crime Commissioner's proposed precepts … as in previous years', briefings with the Chief Constable and the Chief Fire Officer). The notes of a panel's precept workshop in the accountability board's style are assumed; written as a Word file with python-docx",
    panel="Nene and Welland Police, Fire and Crime Panel", meeting_date="2023-01-19", kind="minutes",
    questions={
        1: q("Cllr Barnwell", "pcc", "answered"),
        2: q("Mr Rushden", "officer", "answered"),
        3: q("Cllr Pytchley", "chief_constable", "answered"),
        4: q("Cllr Thrapston", "deputy_chief_constable", "answered"),
        5: q("Mrs Wollaston", "officer", "deferred"),
        8: q("a member", "pcc", "answered"),
        6: q("Cllr Denford", "chief_fire_officer", "answered"),
        7: q("Cllr Grendon", "chief_fire_officer", "no_information"),
        9: q("Cllr Gail Moulton", "pcc", "answered"),
        10: q("Cllr Barnwell", None, "unanswered"),
    },
    decoys={
        1: "an action line recording an undertaking already minuted",
        2: "the Commissioner asking panel members for support",
        3: "the Chair asking members to send questions for the formal meeting",
        4: "an entry from last year's action log",
    },
)

DOCS["h15-tameblythe"] = dict(
    source="h15-tameblythe.txt", document="h15-tameblythe.txt",
    layout="h15-cmis-meeting-page-copied-text-role-abbreviation-speaker-lines",
    modelled_on="A CMIS 'Meeting Details / Meeting Summary' page copied from the browser as text, after the CMIS pages of norfolkcc.cmis.uk.com (ViewMeetingPublic Meeting/242), birmingham.cmis.uk.com (West Midlands Police and Crime Panel, ViewMeetingPublic Meeting/14933/Committee/436) and cmis.essex.gov.uk (essexcmis5 ViewMeetingPublic Meeting/3685/Committee/127) as described by the earlier sets' sources (date line '14 Mar 2022 - 14:00 to 16:30', 'Occurred', Documents, Attendance, Visitors and Declarations of Interests tabs, 'Public Agenda' and 'Public Minutes' with running minute numbers); the Q&A exchanges written as speaker lines with role abbreviations ('PCC –', 'DPCC –', 'CC –', 'ACC –', 'CEO –') follow the shorthand of the North Norfolk scrutiny minute modgov.north-norfolk.gov.uk/mgAi.aspx?ID=8977 ('The DSGOS stated …', 'Questions and Discussion' with numbered members' points) and of the Northamptonshire accountability board notes; panel set up like the West Midlands one (PCC, Deputy PCC, Chief Constable, ACC). The speaker-line layout and the site chrome are assumed; text as copied from the browser, with tabs between table cells",
    panel="Tame and Blythe Police and Crime Panel", meeting_date="2022-03-14", kind="minutes",
    questions={
        1: q("Cllr Fazeley", "pcc", "answered"),
        2: q("Mr Kingsbury", "chief_constable", "no_information"),
        3: q("Cllr Curdworth", "deputy_pcc", "answered"),
        4: q("Cllr Polesworth", "officer", "answered"),
        5: q("Cllr Dordon", "pcc", "deferred"),
        6: q("Cllr Wilnecote", "officer", "answered"),
        7: q("members", "chief_constable", "answered"),
        8: q("Cllr Hatherton", "pcc", "answered"),
        9: q("Cllr Bodymoor", None, "unanswered"),
    },
    decoys={
        1: "a member's comment with no question and no reply",
        2: "the Commissioner asking Members to share his survey",
        3: "a declaration of interest in the Declarations tab",
        4: "a resolution asking the Commissioner to report",
    },
)
