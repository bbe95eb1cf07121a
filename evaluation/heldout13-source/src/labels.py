"""Hand-written labels of the h13- documents, keyed by the marker numbers in each source (⟦Qn⟧/⟦An⟧/⟦Dn⟧).

Per pair: asker (as FORMAT.md asks), respondent role, status; snippets come from the marked spans (../heldout-tools/common.py) unless
qs/qe/as_/ae are given here; topics are computed from topics.json unless given here. Per decoy: why it is not a
member question.
"""


from common import q  # noqa: E402,F401  (../../heldout-tools/common.py, on the path the engine sets)


DOCS = {}

DOCS["h13-wearmoor"] = dict(
    source="h13-wearmoor.html", document="h13-wearmoor.html",
    layout="h13-moderngov-untitled-panel-noted-throughout-action-tracker",
    modelled_on="Durham Police and Crime Panel: ModernGov agenda-item and meeting pages on democracy.durham.gov.uk, mgAi.aspx?ID=66045 (matters arising under the Minutes item, 'Councillor … noted that Councillor … had also previously asked as regards …', 'Deputy Chief Constable … noted', 'The Head of Business Services, OPCC, … noted'), mgAi.aspx?ID=64484 ('The Vice-Chair, Councillor … noted a few outstanding issues', 'The Chief of Staff, OPCC noted she would send through some information to the Panel via e-mail'), mgAi.aspx?ID=11937 ('In response to a question form Councillor …, the Police and Crime Commissioner undertook to provide this information following the meeting'), mgAi.aspx?ID=61917 and ID=8110 ('(for copy see file of minutes)', 'Resolved:' on its own line, an independent member named without a title); the page title 'Police and Crime Panel - Tuesday 17 June 2025 1.00 pm' (opencouncil.network/meetings/70376) without the area name; saved as a full HTML page",
    panel="Wearmoor Police and Crime Panel", meeting_date="2024-12-12", kind="minutes",
    questions={
        1: q("Cllr Ushaw", "officer", "deferred"),           # the named Vice-Chair; Chief of Staff OPCC will e-mail the figure
        2: q("Cllr Tanfield", "deputy_chief_constable", "answered"),  # raises a point another member asked earlier
        3: q("Cllr Sacriston", "pcc", "answered"),
        4: q("H Witton", "officer", "no_information"),      # independent member, no title
        5: q("Cllr Tanfield", "pcc", "deferred"),            # implied: 'In response to a question form Councillor …'
        6: q("Cllr Fenwick", "officer", "answered"),         # follow-up by the same member in the same paragraph
        7: q("Cllr Byers", "chief_constable", "answered"),
        8: q("Cllr Quarrington", "officer", "answered"),
        9: q("the Chair", "pcc", "answered"),
        10: q("Cllr Esh", None, "unanswered"),               # parked by the Chair for a development session
    },
    decoys={
        1: "a declaration of interest",
        2: "the PCC asking Members to promote a survey",
        3: "the resolution noting the report",
        4: "members noting the work programme appendix",
    },
)

DOCS["h13-tynewold"] = dict(
    source="h13-tynewold.txt", document="h13-tynewold.txt",
    layout="h13-moderngov-pcc-present-tense-update-copied-text",
    modelled_on="Northumbria Police and Crime Panel (administered by Gateshead Council): ModernGov 'Agenda and minutes' page democracy.gateshead.gov.uk/ieListDocuments.aspx?CId=159&MId=3850 (22 October 2024: item numbers alone on a line, 'Apologies' minute as a bare list of names with councils, 'RESOLVED – That the minutes … were approved as a correct record with the exception …', 'Report of the Police and Crime Commissioner', 'Delivery of the Police and Crime Plan: … Panel Report', the PCC's update in present-tense paragraphs separated by blank lines with a non-breaking space); the agenda of the budget/precept and complaints meetings from opencouncil.network/meetings/47044 (10 December 2024) and 77956 (2 September 2025); membership with Independent Members from gateshead.gov.uk/article/3627; a Crown Prosecution Service representative attending for an item is assumed; copied as text from the browser",
    panel="Tynewold Police and Crime Panel", meeting_date="2025-01-21", kind="minutes",
    questions={
        1: q("Cllr Marsden", "pcc", "answered"),
        2: q("Mr Jarrow", "officer", "answered"),            # Chief Finance Officer (OPCC)
        3: q("Cllr Lamesley", "pcc", "no_information"),
        4: q("Cllr Cleadon", "chief_constable", "answered"),
        5: q("a member", "pcc", "deferred"),                  # 'It was queried whether …'
        6: q("Cllr Rowlands", "deputy_pcc", "answered"),
        7: q("the Chair", "other", "answered"),              # Deputy Chief Crown Prosecutor
        8: q("Cllr Lamesley", "chief_constable", "answered"),
        9: q("Mr Jarrow", "pcc", "answered"),
        10: q("Cllr Whickham", None, "unanswered"),          # no reply minuted
    },
    decoys={
        1: "a member's comment, no question",
        2: "the PCC inviting members to a conference",
        3: "the resolution noting the report",
        4: "a complaint not recorded",
    },
)

DOCS["h13-edenfell"] = dict(
    source="h13-edenfell.html", document="h13-edenfell.pdf",
    layout="h13-pfcp-host-council-printed-minutes-numbered-subreports-pdf",
    modelled_on="Cumbria Police, Fire and Crime Panel (hosted by Westmorland and Furness Council since 2023): the panel's conventions on councilportal.cumbria.gov.uk/ieListDocuments.aspx?CId=1000000007&MId=11696&Ver=4 (18 March 2021: 'Public Participation' with its written-question deadline, 'With reference to minute 23 (Minutes) – the Chair confirmed that … a further update was still awaited', 'Revenue Budget Monitoring Quarter 3' with numbered sub-reports '(1) Office of the Police and Crime Commissioner Budget Report'), MId=12155 and MId=10483 ('RESOLVED,<tab>that the press and public be not excluded …'), MId=12150 (Chair and Vice-Chair elections); cumbriapfcp.org.uk/about.asp (Westmorland and Furness as host, the Commissioner's fire role); the meeting of 25 July 2024 as reported by its Vice-Chair at timpickstone.mycouncillor.org.uk/2024/07/31/reporting-back-police-fire-and-crime-panel-25-july-2024 (Vice-Chair in the chair, a verbal policy update after the General Election, a question on a dedicated rape team, 'no news on this yet … waiting for the outcome of the Comprehensive Spending Review'); the printed-minutes form (host council name, PRESENT list, 'Also in attendance', minute prefix) is assumed; printed with headless Chromium",
    panel="Edenfell Police, Fire and Crime Panel", meeting_date="2024-07-25", kind="minutes",
    questions={
        1: q("Mr Ullock", "pcc", "answered"),                 # public question in writing
        2: q("Cllr Caldbeck", "pcc", "answered"),
        3: q("members", "pcc", "no_information"),
        4: q("Ms Sedbergh", "pcc", "answered"),
        5: q("Mr Lowther", "officer", "answered"),
        6: q("Cllr Dacre", "chief_fire_officer", "answered"),
        7: q("Cllr Orton", "officer", "deferred"),
        8: q("Cllr Matterdale", "deputy_pcc", "answered"),
        9: q("Cllr Alston", "officer", "no_information"),
        10: q("Cllr Hesket", None, "unanswered"),
    },
    decoys={
        1: "a declaration of interest",
        2: "the resolution on exclusion of press and public",
        3: "the Chair's statement on a matter arising",
        4: "the Commissioner asking Members to promote a consultation",
    },
)

DOCS["h13-teesmarsh"] = dict(
    source="h13-teesmarsh.txt", document="h13-teesmarsh.docx",
    layout="h13-members-questions-to-commissioner-table-report-docx",
    modelled_on="Cleveland Police and Crime Panel, standing item 'Members' Questions to the Commissioner': egenda.stockton.gov.uk/aksstockton/users/public/admin/kab12.pl?cmte=CPC&meet=49&arc=71 (6 July 2021, 'PCP 6/21 MEMBERS' QUESTIONS TO THE COMMISSIONER'), meet=27 (19 September 2017: 'The Members' questions and the responses from the Police and Crime Commissioner be noted. Further information be provided as detailed above'), meet=39 ('there were no Members' Questions'); membership with a directly elected Mayor and non-political independent members named without titles (redcar-cleveland.gov.uk/community-safety/police-and-crime-panel); public questions procedure on the same page; the form of the written paper itself (the Question / Asked by / Response table, the labelled responses, the withdrawn question, the actions table) is assumed; written as a Word file",
    panel="Teesmarsh Police and Crime Panel", meeting_date="2025-02-04", kind="report",
    questions={
        1: q("Cllr Lynne Grangetown", "pcc", "answered"),
        2: q("Mayor Chris Pallister", "chief_constable", "answered"),
        3: q("Cllr Dean Seaton", "pcc", "answered"),
        4: q("Paul Eaglescliffe", "pcc", "no_information"),
        5: q("Cllr Norma Billingham", "pcc", "deferred"),
        6: q("Cllr Barry Ormesby", "officer", "answered"),   # the Vice-Chair, named
        7: q("Cllr Tom Acklam", "chief_constable", "answered"),
        8: q("Cllr Lynne Grangetown", None, "unanswered"),   # 'A verbal response will be given at the meeting.'
        9: q("Mr Yarm", "pcc", "answered"),                   # member of the public, on notice
    },
    decoys={
        1: "the rubric on supplementary questions",
        2: "a withdrawn question",
        3: "an action log row, not a question",
        4: "the recommendation to note the paper",
    },
)

DOCS["h13-mersedge"] = dict(
    source="h13-mersedge.html", document="h13-mersedge.html",
    layout="h13-moderngov-ordinary-meeting-subitems-action-log-table",
    modelled_on="Merseyside Police and Crime Panel (hosted by Knowsley Council): the ModernGov page councillors.knowsley.gov.uk/ieListDocuments.aspx?CId=796&MId=9137&Ver=4 (8 July 2021: 'Ordinary Meeting, … Police and Crime Panel - Thursday, …' with the meeting type first, 'Media / Webcast: View the webcast', capitalised titles, 'SUPPORTING AND CHALLENGING THE POLICE AND CRIME COMMISSIONER' with sub-items '11a', 'To consider the report of the Police and Crime Commissioner', 'In support of this item, the Commissioner will deliver a presentation …', 'The representative of the Chief Executive of Knowsley MBC (Host Authority) reported that no declarations …', '·' bullets of the presentation); the agenda of 5 December 2024 (opencouncil.network/meetings/46087: Safer Communities update with ASB Case Reviews, Immediate Justice pilot, modern slavery, advice surgeries; the PCC's decisions; an update on actions from the previous meeting; the Independent Member vacancy) and the annual meeting of 13 June 2024 (opencouncil.network/meetings/23454); the action log as a table in the minutes is assumed; saved as a full HTML page",
    panel="Mersedge Police and Crime Panel", meeting_date="2024-12-05", kind="minutes",
    questions={
        1: q("Cllr Jean Walton", "pcc", "answered"),
        2: q("Cllr Maghull", "deputy_pcc", "answered"),
        3: q("Mr Aintree", "officer", "answered"),            # ACC
        4: q("Cllr Halsall", "pcc", "deferred"),
        5: q("Cllr Croxteth", "pcc", "answered"),             # implied
        6: q("Cllr Halsall", "officer", "answered"),          # OPCC Chief Executive
        7: q("Cllr Maghull", "pcc", "answered"),              # action log row with the Commissioner's response
        8: q("Cllr Croxteth", None, "unanswered"),            # 'Response awaited'
        9: q("Mr Aintree", "pcc", "no_information"),
    },
    decoys={
        1: "the host authority reporting no declarations",
        2: "the Commissioner asking the Panel whether it wants a briefing",
        3: "an action log row that is an action, not a question",
        4: "the resolution noting the action log",
    },
)
