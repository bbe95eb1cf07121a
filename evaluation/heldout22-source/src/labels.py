"""Hand-written labels of the h22- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans
(../heldout-tools/common.py) unless qs/qe/as_/ae are given here; topics are computed from topics.json unless given
here. Per decoy: why it is not a member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h22-lundwick"] = dict(
    source="h22-lundwick.html", document="h22-lundwick.pdf",
    layout="h22-assembly-committee-printed-minutes-undertook-list-then-transcript-appendix-pdf",
    modelled_on="London Assembly Police and Crime Committee: ModernGov 'Agenda and minutes' pages london.gov.uk/moderngov/ieListDocuments.aspx?CId=240&MId=7154 (29 September 2022: 'Link: Meeting broadcast', '1.2 In accordance with Standing Order 2.4, … AM participated remotely with the permission of the Chairman', '2.1 The Committee received the report of the Executive Director of Assembly Secretariat', '2.2 Resolved: That the list of offices held by Assembly Members …'), MId=7417&Ver=4 (21 February 2024 'Agenda and draft minutes'), MId=6648, 6645, 6642, 6646, 5711, 5715, 4543, MId=6286 and the item page mgAi.aspx?ID=29572 ('5.2 The Chair welcomed the following guests', '5.3 A transcript of the discussion is attached at Appendix 1', '5.4 During the course of the discussion, the … undertook to:' bullets); the speaker-turn transcript form 'Name (Role): …' of the Metropolitan Police Authority transcript at docslib.org/doc/8637965. The printed minutes with the transcript appendix in one PDF, the running header and footer and the transcript wording are assumed; printed with headless Chromium",
    panel="Police and Crime Committee", meeting_date="2024-03-13", kind="minutes",
    questions={
        1: q("Tamsin Okafor", "deputy_pcc", "answered"),
        2: q("Reuben Castellane", "deputy_pcc", "answered"),
        3: q("Harriet Quennell", "officer", "answered"),
        4: q("Dominic Fairlie", "officer", "answered"),
        5: q("Yasmin Petrakis", "deputy_pcc", "deferred"),
        6: q("Reuben Castellane", "officer", "no_information"),
        7: q("Oliver Brandreth", "officer", "answered"),
        8: q("Harriet Quennell", None, "unanswered"),
        9: q("Yasmin Petrakis", "deputy_pcc", "answered"),
    },
    decoys={
        1: "a note of remote participation under Standing Order 2.4",
        2: "a resolution noting Members' offices as interests",
        3: "an 'undertook to' bullet summarising a promise already labelled as a deferred answer",
        4: "the Deputy Mayor asking Members to act",
    },
)

DOCS["h22-chalkhaven"] = dict(
    source="h22-chalkhaven.html", document="h22-chalkhaven.html",
    layout="h22-moderngov-draft-minutes-time-note-column-vice-chair-presiding-item-paragraphs",
    modelled_on="Sussex Police and Crime Panel (administered by West Sussex County Council): ModernGov 'Agenda and draft minutes' westsussex.moderngov.co.uk/ieListDocuments.aspx?CId=475&MId=3466 (22 March 2024: 'The Vice-Chair, Cllr …, stood in to chair the meeting following apologies', 'No interests were declared in addition to the standing table of personal interests', 'The Chair asked members to note the following amendment to minute 17.2 … at the request of the OSPCC', 'Resolved – that the minutes … be approved as a correct record and that they be signed by the Chair', 'Panel Questions to the Commissioner' with the written-questions rubric and 'The Chair invited questions from Panel members', paragraphs 24.1–27.1 numbered by item), MId=3739 and MId=3740 (the 'Note' column holding times '10.35 am', 'Public and Panel Questions to the Commissioner', 'Four questions have been received from two correspondents. The Panel is invited to note the responses and pose any supplementary questions', 'cream paper'), sussexpcp.gov.uk/about (webcast, question deadline), democracy.eastsussex.gov.uk/ieListMeetings.aspx?CommitteeId=423 and docslib.org/doc/13317336 (the OSPCC officers 'Chief Executive & Monitoring Officer', 'Chief Finance Officer'); the question-and-answer paragraphs, item numbers 1–7 and the site chrome are assumed; saved as a full HTML page",
    panel="Chalkhaven Police and Crime Panel", meeting_date="2024-06-21", kind="minutes",
    questions={
        1: q("Mr Tarring", "pcc", "answered"),
        2: q("Cllr Balcombe", "pcc", "answered"),
        3: q("Mr Ditchford", "officer", "answered"),
        4: q("Cllr Firle", "pcc", "no_information"),
        5: q("Cllr Amberley", "officer", "answered"),
        6: q("a member", "officer", "answered"),
        7: q("Cllr Pyecombe", "officer", "deferred"),
        8: q("Cllr Balcombe", "pcc", "answered"),
        9: q("Cllr Wilmington", None, "unanswered"),
        10: q("Mr Ditchford", "officer", "answered"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "the Chair noting an amendment to the previous minutes requested by the Commissioner's office",
        3: "the resolution on the annual report",
        4: "the Chair inviting work programme items",
    },
)

DOCS["h22-stourmere"] = dict(
    source="h22-stourmere.txt", document="h22-stourmere.docx",
    layout="h22-pfcp-word-minutes-present-representing-table-video-link-member-precept-bullets-docx",
    modelled_on="Essex Police, Fire and Crime Panel (host Essex County Council), the minutes shown on the CMIS meeting pages cmis.essex.gov.uk/essexcmis5/CalendarofMeetings/tabid/73/ctl/ViewMeetingPublic/mid/410/Meeting/3681/Committee/127/Default.aspx ('Questions to the Chairman from Members of the Public' with a councillor who is not a Panel member asking, 'The Commissioner undertook to respond to the enquiry outside of the meeting', 'The Chairman responded that as … second question related to operational matters …', 'The Panel considered report EPCP/04/17 by the Commissioner', 'The following points were made during the ensuing discussion.'), Meeting/3819, Meeting/3683 and Meeting/3685 (declarations as members or former members of the Fire Authority and relatives in the services, 'The minutes … were approved as a correct record and signed by the Chairman'), and the PFCC's district public meetings (essex.pfcc.police.uk news, 5 March 2024). The 2023 Word form (header and footer, Present / Representing table, 'Also present:' and 'Officers:' labels, a member attending by video link who could not vote, police and fire precept items, Deputy PFCC, Chief Fire Officer, ACC) is assumed; written as a Word file with python-docx",
    panel="Stourmere Police, Fire and Crime Panel", meeting_date="2023-02-09", kind="minutes",
    questions={
        1: q("Cllr Hythecombe", "pcc", "deferred"),
        2: q("Cllr Hythecombe", None, "unanswered"),
        3: q("Cllr Bocking", "pcc", "answered"),
        4: q("Cllr Mistley", "officer", "answered"),
        5: q("Mrs Tiptree", "deputy_pcc", "answered"),
        6: q("Cllr Layer", "officer", "no_information"),
        7: q("Cllr Wrabness", "chief_fire_officer", "answered"),
        8: q("Mr Rayne", "chief_fire_officer", "deferred"),
        9: q("Cllr Ongar", "pcc", "answered"),
    },
    decoys={
        1: "a declaration of interest (former Fire Authority member)",
        2: "a point of discussion: members welcoming the consultation",
        3: "the vote on the precept",
        4: "the Commissioner asking Members to act",
    },
)

DOCS["h22-cwmtawelan"] = dict(
    source="h22-cwmtawelan.html", document="h22-cwmtawelan.txt",
    layout="h22-welsh-host-hybrid-minutes-written-questions-response-blocks-first-name-attribution-pdftotext",
    modelled_on="Gwent Police and Crime Panel (host Caerphilly): the agenda pack of 29 January 2021 at docslib.org/doc/1094594 ('Public Document Pack', bilingual Penallta House / Tŷ Penallta address block, 'A digital meeting of the … will be held via Microsoft Teams', 'a video recording will be made available as soon as is practicable after the meeting', '4 To Receive and Answer any Questions to the Police and Crime Commissioner for Gwent'), the 2016 pack at vdocument.in/public-document-pack-8-gwent-police-and-crime-panel-webcasting-meetings-23-26.html (webcasting item), gwentpcp.org.uk/en/the-panel/ (co-opted member as Chair), gwent.pcc.police.uk/en/about-us/police-and-crime-panel and the Strategy and Performance Board page of 1 September 2021; the **first-name attribution** ('Jane described …', 'Jane explained …', 'Jane responded …') of the Monmouthshire scrutiny minutes with the Gwent Commissioner, democracy.monmouthshire.gov.uk/mgAi.aspx?ID=19962&LLL=0 and ieListDocuments.aspx?CId=260&LLL=0&MeetingId=6407. The hybrid minutes form (capitals title, PRESENT / By Invitation / Together with, written questions in quotation marks under 'Question 1 – Councillor …' with 'Response:' blocks, page number alone at the foot) is assumed; pdftotext of a Chromium print",
    panel="Cwm Tawelan Police and Crime Panel", meeting_date="2022-09-16", kind="minutes",
    questions={
        1: q("Cllr Abercarn", "pcc", "answered"),
        2: q("Cllr Cefnydd", "pcc", "deferred"),
        3: q("Cllr Cefnydd", "deputy_pcc", "answered"),
        4: q("Mr Gwernydd", "pcc", "answered"),
        5: q("members", "pcc", "answered"),
        6: q("Cllr Llwynmawr", "chief_constable", "answered"),
        7: q("Cllr Pantyffynnon", "deputy_pcc", "no_information"),
        8: q("the Vice Chair", "pcc", "answered"),
        9: q("a member", "officer", "answered"),
        10: q("Cllr Maesteg-Rhys", None, "unanswered"),
    },
    decoys={
        1: "a declaration of personal interest",
        2: "the Commissioner asking Members to join a panel",
        3: "a resolution",
        4: "a question to the Panel's own Scrutiny Officer",
    },
)

DOCS["h22-chiltmarsh"] = dict(
    source="h22-chiltmarsh.txt", document="h22-chiltmarsh.txt",
    layout="h22-moderngov-copied-text-webcast-timestamps-item-paragraphs-chief-of-policy",
    modelled_on="Kent and Medway Police and Crime Panel (host Kent County Council) ModernGov pages democracy.kent.gov.uk/ieListDocuments.aspx?CId=776&MId=9513 (4 February 2025: running item numbers 11.–14., 'Declarations of Interests by Members in Items on the Agenda for this Meeting', 'RESOLVED Members agreed that the minutes … were an accurate record and a paper copy be signed by the Chairman', 'Mr Scott presented the item and some of the key highlights included the following:' with lettered points a), b)) and MeetingId=9839 (16 July 2025: 'Apologies and Substitutes', paragraphs numbered from 1 in each item, '… substituted for …', 'Media'); the setting of the Hertfordshire Police and Crime Panel in 2024 (the new PCC's Police and Crime Plan, 'his chief of policy answering questions from district councillors', hemeltoday.co.uk/news/politics/hertfordshire-county-councillors-criticised-for-missing-crime-scrutiny-meeting-4972882; the PCC's webcast accountability meetings, hertscommissioner.org/news/latest-news/2024/pcc-and-chief-constable-hold-first-webcast-public-meeting/ and herts-pcc.gov.uk … first-public-meeting/; hosting by a borough council, hertscommissioner.org/holding-me-to-account-police-and-crime-panel). The webcast timestamps in square brackets, the county council's Head of Community Safety answering and the site chrome are assumed; text as copied from the browser",
    panel="Chiltmarsh Police and Crime Panel", meeting_date="2024-11-21", kind="minutes",
    questions={
        1: q("Mrs Redbourn", "pcc", "answered"),
        2: q("Cllr Markyate", "officer", "answered"),
        3: q("Cllr Kimpton", "pcc", "answered"),
        4: q("Cllr Flamstead", "officer", "no_information"),
        5: q("Cllr Aldbury", "other", "answered"),
        6: q("a member", "pcc", "answered"),
        7: q("Cllr Studham", "pcc", "deferred"),
        8: q("Cllr Markyate", None, "unanswered"),
        9: q("Cllr Flamstead", "deputy_chief_constable", "answered"),
        10: q("Cllr Kimpton", "pcc", "answered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "a presentation point: the Commissioner asking the Panel to note a figure",
        3: "the resolution endorsing the Plan",
        4: "members asking the Panel's own support officer for a link",
    },
)
