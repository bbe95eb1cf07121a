"""Hand-written labels of the h23- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans
(../heldout-tools/common.py) unless qs/qe/as_/ae are given here; topics are computed from topics.json unless given
here. Per decoy: why it is not a member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h23-ribblemere"] = dict(
    source="h23-ribblemere.html", document="h23-ribblemere.html",
    layout="h23-moderngov-2012-also-in-attendance-row-dpcc-hearing-discussed-points-bullets",
    modelled_on="Police and Crime Panel for Lancashire in its first months (host Lancashire County Council): ModernGov 'Agenda and minutes' pages council.lancashire.gov.uk/ieListDocuments.aspx?CId=726&MId=2000&Ver=4 (17 December 2012: the webcasting paragraph, 'Venue: Committee Room …, County Hall, Preston. View directions', an unnumbered first row 'Also in attendance' with '·' bullets for county officers and, after a spacer, the PCC and the OPCC Chief Executive; 'Resolved: That the Minutes …'; 'With the agreement of the Chair the Police and Crime Commissioner made a statement with regard to a complaint …'), MId=2001 and MId=1999 (the Commissioner's report, a Deputy Commissioner and interim assistant commissioners), and the agenda-item page mgAi.aspx?ID=8897 (the Deputy PCC confirmation hearing: the Chair adjourning so members could read the guidance, the PCC asking the Panel to support the appointment, the candidate referring to his personal statement, 'When considering the appointment members of the Panel discussed the following points.' with each point a '·' bullet and the answer in the paragraph under it). The later narrative questions and the site chrome are assumed; saved as a full HTML page",
    panel="Police and Crime Panel for Ribblemere", meeting_date="2012-12-17", kind="minutes",
    questions={
        1: q("members", "deputy_pcc", "answered"),
        2: q("members", "pcc", "answered"),
        3: q("members", "deputy_pcc", "answered"),
        4: q("members", "officer", "no_information"),
        5: q("Cllr Sowerby", "pcc", "answered"),
        6: q("Cllr Preesall", "pcc", "deferred"),
        7: q("Mr Halsall", "officer", "answered"),
        8: q("a member", "pcc", "answered"),
        9: q("Cllr Inskip", None, "unanswered"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "the Commissioner asking the Panel to support the appointment",
        3: "the resolution supporting the appointment",
        4: "the Commissioner's statement about a complaint against him",
    },
)

DOCS["h23-derwentfell"] = dict(
    source="h23-derwentfell.html", document="h23-derwentfell.pdf",
    layout="h23-county-printed-2013-precept-veto-motion-lost-members-styled-mr-pdf",
    modelled_on="Cumbria Police and Crime Panel (host Cumbria County Council) in 2013–2014: the agenda packs docslib.org/download/10896945 (19 July 2013 at the Town Hall, Barrow: 'NB – Please note: (a) A pre-meeting for Panel members only …', 'PART 1: ITEMS LIKELY TO BE CONSIDERED IN THE PRESENCE OF THE PRESS AND PUBLIC', 'EXCLUSION OF PRESS AND PUBLIC', 'PUBLIC PARTICIPATION', 'CORRESPONDENCE BETWEEN THE CHAIR AND THE COMMISSIONER', reports from the Assistant Director – Legal and Democratic Services and the Senior Scrutiny Manager) and docslib.org/doc/100900 (11 July 2014: 'COMPLIMENTS AND COMPLAINTS To consider a report from the Interim Monitoring Officer'); the minute wording of councilportal.cumbria.gov.uk/ieListDocuments.aspx?CId=1000000007&MId=9432, MId=9361, MId=10483, MId=10488, MId=10489 and MId=11696 (members, councillors included, named 'Mr W …', 'Miss H …', 'Ms L …'; 'RESOLVED,' followed by a tab, 'that the press and public be not excluded …'; 'With reference to minute 23 (Minutes) – the Chair confirmed …'); the veto rule from the Panels' precept pages (two-thirds of the persons who are members of the Panel). The printed form (centred title and 'Minutes of a Meeting of … held on …', PRESENT list with councils in brackets, 'Also in attendance', numbered minutes with capitalised titles, running header and 'Page n' footer), the veto motion and the question-and-answer sentences are assumed; printed with headless Chromium",
    panel="Derwentfell Police and Crime Panel", meeting_date="2013-02-06", kind="minutes",
    questions={
        1: q("the Chair", "pcc", "answered"),
        2: q("Mrs Eskdale", "officer", "answered"),
        3: q("a member", "deputy_chief_constable", "answered"),
        4: q("Mr Buttermere", "pcc", "answered"),
        5: q("Miss Loweswater", "pcc", "no_information"),
        6: q("Mr Wasdale", "officer", "deferred"),
        7: q("Mr Wasdale", "pcc", "answered"),
        8: q("Mrs Eskdale", "deputy_chief_constable", "answered"),
        9: q("Mr Crummock", None, "unanswered"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "a motion to veto the precept, put to the vote and lost",
        3: "a question to the Panel's own Interim Monitoring Officer",
        4: "the Commissioner asking members to encourage responses to his consultation",
    },
)

DOCS["h23-skernedale"] = dict(
    source="h23-skernedale.txt", document="h23-skernedale.docx",
    layout="h23-county-word-minutes-2014-long-paragraph-exchanges-then-referred-docx",
    modelled_on="Durham Police and Crime Panel (host Durham County Council) in its first years: the ModernGov agenda-item pages democracy.durham.gov.uk/mgAi.aspx?ID=14776 (the PCC's Annual Report 2013-14: 'The Panel considered a report of the Assistant Chief Executive which contained … (for copy see file of Minutes)', 'The PCC, in presenting his Annual Report, informed the Panel …', a long single paragraph 'Councillor … praised … and asked what role the Panel had played … The PCC replied that … Councillor … then referred to … The PCC replied that …') and ID=11937 ('Confidence - Report of Police and Crime Commissioner', PACT meetings, 'The Police and Crime Commissioner replied that if his attendance was required …', 'In response to a question from Councillor … regarding …, the Police and Crime Commissioner undertook to provide this information following the meeting.', 'Referring to community engagement, Councillor … praised the police …'), ID=56670 ('asked as regards', 'The Chief Finance Officer noted …'), ID=68771 and ID=56688 (complaints reports of the Clerk and Monitoring Officer); democracy.durham.gov.uk/ieListMeetings.aspx?CommitteeId=871 (two councils, panel set up for November 2012). The Word form ('At a Meeting of Police and Crime Panel held in Committee Room 2, County Hall, … on …', Present / Members of the Panel / Co-opted Members / Also Present labels, numbered headings, 'Resolved:' over 'That …', the header carrying the panel's name) is assumed from the county council's printed minutes as remembered; written as a Word file with python-docx",
    panel="Skernedale Police and Crime Panel", meeting_date="2014-07-10", kind="minutes",
    questions={
        1: q("Cllr Eldon", "pcc", "answered"),
        2: q("Cllr Middridge", "pcc", "answered"),
        3: q("Cllr Tudhoe", "pcc", "answered"),
        4: q("Mr Ferryhill", "chief_constable", "answered"),
        5: q("Cllr Shildon", "pcc", "no_information"),
        6: q("Cllr Byerley", "pcc", "deferred"),
        7: q("Mrs Hamsterley", "officer", "answered"),
        8: q("Cllr Coxhoe", "pcc", "answered"),
        9: q("Cllr Middridge", None, "unanswered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "the resolution on the annual report",
        3: "a question to the Panel's own Monitoring Officer and Clerk",
        4: "a member's praise of the force, with no question",
    },
)

DOCS["h23-greatermedlock"] = dict(
    source="h23-greatermedlock.html", document="h23-greatermedlock.txt",
    layout="h23-mayoral-pfcp-2018-printed-minutes-borough-table-resolved-slash-pdftotext",
    modelled_on="Greater Manchester Police, Fire and Crime Panel (mayoral model, GMCA) in its first year: the agenda packs docslib.org/doc/7271780 (20 July 2020: 'Public Document', 'GREATER MANCHESTER POLICE, FIRE AND CRIME PANEL', 'DATE:' / 'TIME:' / 'VENUE:', items 'APOLOGIES', 'CHAIRS ANNOUNCEMENTS AND URGENT BUSINESS', 'DECLARATION OF INTEREST', the ten borough names, the running head 'POLICE AND CRIME PANEL – 20 JULY 2020' without the area name, reports of the Mayor and the GMCA Chief Executive) and docslib.org/doc/988470 (14 May 2021: the Chief Constable confirmation hearing noted, the Deputy Mayor's appointment, the fire plan); the Stockport Council minutes of questions to its member of the Greater Manchester Police and Crime Panel, democracy.stockport.gov.uk/mgAi.aspx?ID=45322, ID=56087, ID=62618 and ID=50809 (the Mayor and Deputy Mayor 'in the exercise of their policing functions'); npolicemonitor.co.uk on the Panel (Deputy Mayor held to account on police and fire); the precept veto rule (police precept only). The printed minutes form (capitalised 'MINUTES OF THE MEETING OF … HELD ON …', PRESENT and IN ATTENDANCE tables by borough and office, minute numbers 'PFCP 05/18', 'RESOLVED /-') and the 2018 meeting are assumed; printed with headless Chromium and turned into text with pdftotext",
    panel="Greater Medlock Police, Fire and Crime Panel", meeting_date="2018-01-31", kind="minutes",
    questions={
        1: q("Cllr Farida Malik", "pcc", "answered"),
        2: q("a member", "deputy_pcc", "answered"),
        3: q("Cllr Les Buckley", "chief_constable", "answered"),
        4: q("Cllr Sandra Haworth", "officer", "answered"),
        5: q("a member", "pcc", "answered"),
        6: q("Cllr Graham Whitworth", "chief_fire_officer", "answered"),
        7: q("Mr Colin Greenhalgh", "chief_fire_officer", "no_information"),
        8: q("Cllr Janet Emmott", "deputy_pcc", "deferred"),
        9: q("Cllr Dennis Schofield", None, "unanswered"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "the Chair asking the Panel whether anyone would move a veto",
        3: "the resolution supporting the precept",
        4: "the Mayor asking the Panel to support her lobbying",
    },
)

DOCS["h23-weaverlow"] = dict(
    source="h23-weaverlow.txt", document="h23-weaverlow.txt",
    layout="h23-moderngov-complaints-sub-committee-2014-copied-text",
    modelled_on="Cheshire Police and Crime Panel (ModernGov on moderngov.cheshireeast.gov.uk) and the complaints sub-committees of northern panels in 2013–2014: the meeting titles with the meeting type before the panel's name ('Confirmation Hearing, Cheshire Police and Crime Panel - Friday, 3rd September, 2021 3.00 pm', ieListDocuments.aspx?CId=864&MeetingId=8965 and MeetingId=8864), each item's agenda boilerplate ('Members are reminded that, in accordance with governance procedure rule 2.7, …', 'Code of Conduct - Declaration of Interests. Relevant Authorities (Disclosable Pecuniary Interests) Regulations 2012') before 'Minutes:' (MId=6795, MeetingId=9507, MId=8623), a members' declaration that they knew the person concerned (MeetingId=8864), 'Panel members questioned the Commissioner on …' (MeetingId=7641); the North Yorkshire Police and Crime Panel 'Report of the Complaints Sub-Committee' of 20 December 2013 (scribd.com/document/285623924: complaints referred back by the IPCC, informal resolution, the Commissioner's submission); the Cleveland Complaint Sub-Committee page rcbc.moderngov.co.uk/ieListDocuments.aspx?CId=232&MId=665&Ver=4 (informal resolution, 'decision notice'); the Lancashire statement about a complaint over a PCC's expenses (council.lancashire.gov.uk MId=2000). The complaint, the hearing and the questions are assumed; text as copied from the browser",
    panel="Weaverlow Police and Crime Panel", meeting_date="2014-06-13", kind="minutes",
    questions={
        1: q("Cllr Brian Tarporley", "pcc", "answered"),
        2: q("Mr Harold Lymm", "officer", "answered"),
        3: q("Cllr Helen Holmes-Chapel", "pcc", "answered"),
        4: q("Cllr Sanjay Middlewich", "officer", "no_information"),
        5: q("Cllr Middlewich", "pcc", "deferred"),
        6: q("a member", "pcc", "answered"),
        7: q("Cllr Tarporley", None, "unanswered"),
        8: q("Cllr Margaret Nantwell", "deputy_pcc", "answered"),
        9: q("Mr Lymm", "deputy_pcc", "answered"),
    },
    decoys={
        1: "a declaration that a member had met the complainant",
        2: "the complainant's rhetorical question in his statement",
        3: "a question to the Panel's own Monitoring Officer",
        4: "the resolution of the complaint",
    },
)
