"""Hand-written labels of the h18- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans
(../heldout-tools/common.py) unless qs/qe/as_/ae are given here; topics are computed from topics.json unless given
here. Per decoy: why it is not a member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h18-moleandwey"] = dict(
    source="h18-moleandwey.html", document="h18-moleandwey.html",
    layout="h18-moderngov-2012-share-this-item-dpcc-hearing-clarified-points",
    modelled_on="Surrey Police and Crime Panel (host Surrey County Council) in its first months: the ModernGov 'Agenda and minutes' page of the December 2012 meeting mycouncil.surreycc.gov.uk/ieListDocuments.aspx?CId=250&MID=2893 ('Councillors and committees', 'Venue: … View directions', 'Contact:', 'Media', item numbers '10/12' … '13/12' in their own cell, capitalised titles, '• Share this item', indented agenda text with 'i.' / 'ii.' steps, 'Additional documents:', 'Minutes:'), its items mgAi.aspx?ID=1728 (confirmation hearing for the proposed Deputy PCC: 'During the course of the question and answer session, Mr … clarified the following points:' with bullets) and mgAi.aspx?ID=1730 (question and answer session with the newly-elected Commissioner: 'During the course of his introduction, the Commissioner outlined the following key points:'), mgAi.aspx?ID=3631 ('Members raised the concern that …, which the Commissioner denied'), and the 2013 pages MId=2989 and MId=2991. The wording of every question and answer, the closed-session item and the site chrome are assumed; saved as a full HTML page",
    panel="Mole and Wey Police and Crime Panel", meeting_date="2012-12-12", kind="minutes",
    questions={
        1: q("members", "deputy_pcc", "answered"),
        2: q("members", "deputy_pcc", "answered"),
        3: q("members", "deputy_pcc", "no_information"),
        4: q("Cllr Rosa Byfleet", "deputy_pcc", "answered"),
        5: q("Mr Dunsfold", "pcc", "answered"),
        6: q("a member", "officer", "deferred"),
        7: q("members", "pcc", "answered"),
        8: q("Cllr Frimley", "pcc", "answered"),
        9: q("a member", "pcc", "answered"),
        10: q("the Vice Chair", "pcc", "answered"),
        11: q("Cllr Send", None, "unanswered"),
    },
    decoys={
        1: "the Chairman's reminder about the purpose of the hearing",
        2: "the Commissioner asking Members to act",
        3: "the Chairman asking Members to note a future item",
        4: "the resolution recommending the appointment",
    },
)

DOCS["h18-beultandlen"] = dict(
    source="h18-beultandlen.html", document="h18-beultandlen.pdf",
    layout="h18-special-meeting-confirmation-hearing-numbered-paras-lettered-points-hyphenated-pdf",
    modelled_on="Kent and Medway Police and Crime Panel (host Kent County Council): the confirmation hearing minutes democracy.kent.gov.uk:9071/mgAi.aspx?ID=61716 (December 2022: '… (Temporary Chief Constable, Kent Police) was in attendance for this item.', '1. The Chairman reminded Members that the Confirmation Hearing was not a re-interview of the candidate …', the Commissioner's overview of the two-day process, '4. A Member asked whether the candidates were given the opportunity to meet …'), democracy.kent.gov.uk/ieListDocuments.aspx?CId=776&MId=5460&Ver=4 (the 2013 hearing: 'Confirmation Hearing for the Commissioner's Proposed Chief Constable', 'not be a re-interview of the candidate') and mgAi.aspx?ID=65850 / MId=9513 (2025: 'Mr Scott presented the item and some of the key highlights included the following:' with points a) to e); the meeting-type prefix 'Draft Plan and Precept Proposal, …'), and the vote wording of CId=776&MeetingId=9839 ('Voting was carried out, with nine votes in favour …'). The printed form (title block, members table, running header, 'Page n of N') is assumed; printed with headless Chromium, long words hyphenated at line ends, one answer cut by a page break",
    panel="Beult and Len Police and Crime Panel", meeting_date="2022-12-06", kind="minutes",
    questions={
        1: q("a member", "pcc", "answered"),
        2: q("Cllr Frittenden", "chief_constable", "answered"),
        3: q("Mrs Staplehurst", "pcc", "answered"),
        4: q("Cllr Smarden", "chief_constable", "answered"),
        5: q("the Vice Chair", "chief_constable", "answered"),
        6: q("a member", "pcc", "answered"),
        7: q("Cllr Detling", "chief_constable", "deferred"),
        8: q("Cllr Wateringbury", "officer", "answered"),
        9: q("Cllr Burham", "pcc", "no_information"),
        10: q("Cllr Frittenden", None, "unanswered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "the Chair's reminder that the hearing is not a re-interview",
        3: "a vote",
        4: "the resolution recommending the appointment",
    },
)

DOCS["h18-blackwaterandcolne"] = dict(
    source="h18-blackwaterandcolne.txt", document="h18-blackwaterandcolne.docx",
    layout="h18-pfcp-revised-precept-after-veto-county-word-minutes-ensuing-discussion-docx",
    modelled_on="Essex Police, Fire and Crime Panel (host Essex County Council): the minutes on the CMIS meeting pages cmis.essex.gov.uk/essexcmis5/CalendarofMeetings/tabid/73/ctl/ViewMeetingPublic/mid/410/Meeting/3680/Committee/127/Default.aspx ('The Panel considered report EPCP/01/17 … setting out the proposed precept', 'The following points were made during the ensuing discussion.', 'the Members indicated that more detail was needed …'), Meeting/3681 ('Questions to the Chairman from Members of the Public', a councillor's question, 'The Commissioner undertook to respond to the enquiry outside of the meeting'), Meeting/3462 ('It having been moved by Councillor … and seconded by Councillor … it was DECIDED:'), Meeting/3683 and Meeting/3685 ('… was in attendance for this item. In introduction Mr …'); the veto and revised-precept steps follow the precept rubric of mycouncil.surreycc.gov.uk/mgAi.aspx?ID=36958 and ID=31379 ('If the Panel vetoes the precept, the Commissioner must … publish his response, including the revised precept'; 'there is no second right of veto') and the revised-precept minute democracy.leics.gov.uk/mgAi.aspx?ID=88091. The Word template (present table, apologies and substitutes table, 'Minute 1' and the date in the header) is assumed; written as a Word file with python-docx",
    panel="Blackwater and Colne Police, Fire and Crime Panel", meeting_date="2019-02-21", kind="minutes",
    questions={
        1: q("Cllr Fenella Tiptree", "chief_fire_officer", "answered"),
        2: q("Cllr Dedham", "pcc", "deferred"),
        3: q("Cllr Marion Layer", "pcc", "answered"),
        4: q("members", "chief_fire_officer", "answered"),
        5: q("Cllr Tiptree", "officer", "answered"),
        6: q("Cllr Brightlingsea", "pcc", "no_information"),
        7: q("Cllr Layer", "pcc", "answered"),
        8: q("Cllr Wivenhoe", None, "unanswered"),
        9: q("Cllr Heybridge", "deputy_pcc", "answered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "the resolution accepting the revised precept",
        3: "a vote",
        4: "the Commissioner asking the Panel to act",
    },
)

DOCS["h18-grantaandlark"] = dict(
    source="h18-grantaandlark.html", document="h18-grantaandlark.txt",
    layout="h18-city-hosted-2013-printed-minutes-answers-summarised-together-pdftotext",
    modelled_on="Cambridgeshire Police and Crime Panel (host Peterborough City Council) in 2012-2013: democracy.peterborough.gov.uk/ieListDocuments.aspx?CId=543&MId=3043&Ver=4 (shadow panel, 18 October 2012: one-sentence paragraphs, 'Comments and responses to questions included:' with bullets ending in semicolons), CId=543&MeetingId=5062 and MId=4864 ('It was confirmed that responses to the two questions submitted to the meeting would be shared with the Panel', 'Review Actions and Recommendations from Previous Meeting'), MId=5181 (the re-appointment decision), ieListMeetings.aspx?CId=543&Year=0 (host authority); the first-year meetings as reported at rtaylor.co.uk/cambs-police-crime-panel-nov-13.html, rtaylor.co.uk/cambs-police-crime-panel-cancel-meeting.html, rtaylor.co.uk/public-questions-cambs-pcp0714.html (written responses to matters raised at meetings) and the deputy appointment (feeds.bbci.co.uk/news/uk-england-cambridgeshire-20630085). The printed form (capitals title, Present / Also present / Officers present, 'RESOLVED:', 'ACTION:' lines, the time the meeting began and ended, 'CHAIRMAN') and the single paragraph of answers after several members' questions ('In response to the points raised, the Commissioner said …') are assumed; printed with headless Chromium and kept as pdftotext output",
    panel="Granta and Lark Police and Crime Panel", meeting_date="2013-02-06", kind="minutes",
    questions={
        1: q("Cllr Witchford", "officer", "deferred"),
        2: q("Cllr Witchford", "pcc", "answered"),
        3: q("Cllr Ickleton", "officer", "answered"),
        4: q("Mr Dullingham", "pcc", "no_information"),
        5: q("the Chair", "pcc", "answered"),
        6: q("members", "pcc", "answered"),
        7: q("members", "deputy_pcc", "answered"),
        8: q("Cllr Ickleton", "deputy_pcc", "answered"),
        9: q("Cllr Isleham", None, "unanswered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "a public question to the Panel, answered by the Chairman for the Panel",
        3: "a vote on the precept",
        4: "the Commissioner asking the Panel to act",
        5: "an action-log entry",
    },
)

DOCS["h18-leaandver"] = dict(
    source="h18-leaandver.txt", document="h18-leaandver.txt",
    layout="h18-moderngov-remote-2020-copied-text-read-out-questions-contract-extension",
    modelled_on="Hertfordshire Police and Crime Panel (host Broxbourne Borough Council) as listed on a district council's ModernGov site: democracy.north-herts.gov.uk/ieListDocuments.aspx?CId=288&MId=2507&Ver=4 (July 2020: 'Venue: This will be a virtual Meeting Hosted by Broxbourne Borough Council', 'Contact: Broxbourne Borugh Council', items 'APPOINTMENT OF CHAIR AND VICE CHAIR FOR 2020/21', 'MINUTES OF THE MEETINGS OF 6 FEBRUARY 2020 … if members of the public have any comments on the draft minutes, please email …', 'PUBLIC QUESTIONS TO THE POLICE AND CRIME COMMISSIONER … Questions are to be sent to … seven days in advance of the meeting … (20 minutes are permitted)', 'QUESTIONS TO THE PANEL AND PETITIONS FROM THE PUBLIC', 'REPORT FROM COMMISSIONER ON ISSUES ARISING FROM COVID 19', 'NOTIFICATION OF CHIEF CONSTABLE'S CONTRACT EXTENSION', 'DATE OF NEXT MEETING 12 NOVEMBER 2020 Venue: To be confirmed or virtual'); hertspcp.org.uk/content/public-participation-police-and-crime-panel ('Answers will be provided orally at the meeting or in writing after the meeting'; petitions of 10 or more signatures) and hertspcp.org.uk/content/working-arrangements-police-and-crime-panel. The minutes under each item, the members' written questions item with the answers read out, and the district site's chrome are assumed; text as copied from the browser",
    panel="Lea and Ver Police and Crime Panel", meeting_date="2020-07-23", kind="minutes",
    questions={
        1: q("Ms Hunsdon", "pcc", "answered"),
        2: q("Mr Kimpton", "pcc", "no_information"),
        3: q("members", "chief_constable", "answered"),
        4: q("a member", "other", "answered"),
        5: q("Cllr Bushey", None, "unanswered"),
        6: q("Cllr Colin Harpenden", "pcc", "answered"),
        7: q("Cllr Tring", "chief_constable", "answered"),
        8: q("Cllr Petra Ware", "pcc", "answered"),
        9: q("Cllr Neil Tring", "officer", "answered"),
        10: q("Cllr Ravi Bushey", "pcc", "deferred"),
        11: q("Cllr Joyce Redbourn", "pcc", "answered"),
    },
    decoys={
        1: "a petition to the Panel",
        2: "the Commissioner asking Members to act",
        3: "the resolution noting the contract extension",
        4: "a withdrawn question",
    },
)
