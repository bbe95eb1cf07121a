"""h3-tamebridge.htm: saved CMIS 'Meeting Details' page (ViewMeetingPublic) with the agenda and the public minutes inline."""
from lib import ROOT, strip_markers, label

DOC = "h3-tamebridge.htm"

def agenda_item(n, title, desc="", doc=None):
    d = f'<div class="AgendaItemDescription">{desc}</div>' if desc else ""
    link = ""
    if doc:
        link = (f'<div class="DocumentsList"><a class="Document" href="/tamebridge/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo={doc[1]}" '
                f'target="_blank" title="{doc[0]}"><img src="/tamebridge/DesktopModules/CMIS/Images/pdf.gif" alt="PDF" /> {doc[0]}</a></div>')
    return f'''<div class="AgendaItem">
<div class="AgendaItemNumber">{n}</div>
<div class="AgendaItemTitle">{title}</div>
{d}{link}
</div>
'''

def minute(n, title, body):
    return f'''<div class="MinuteItem">
<h4 class="MinuteItemTitle"><span class="MinuteNumber">{n}</span> {title}</h4>
<div class="MinuteText">{body}</div>
</div>
'''

AGENDA = (
    agenda_item("1", "NOTICE OF RECORDING", "<p>The Chair to advise that this meeting will be webcast for live or subsequent broadcast via the Council's Public-I microsite and that members of the press and public may record and take photographs except where there are confidential or exempt items.</p>")
    + agenda_item("2", "APOLOGIES", "<p>To receive any apologies.</p>")
    + agenda_item("3", "DECLARATIONS OF INTEREST", "<p>Members are reminded that they must declare all relevant pecuniary and other registerable interests arising from any business to be discussed at this meeting.</p>")
    + agenda_item("4", "MINUTES OF THE LAST MEETING", "<p>To confirm the minutes of the meeting held on 9 December 2024.</p>", ("Minutes 9 December 2024", "kP2x9"))
    + agenda_item("5", "ACTION TRACKER", "<p>To consider the progress of actions arising from previous Panel meetings.</p>", ("Action Tracker", "Hq71L"))
    + agenda_item("6", "QUESTIONS FROM MEMBERS OF THE PUBLIC", "<p>To receive questions from members of the public notified to the Panel in advance of the meeting. Any member of the public who lives, works or studies in the force area can ask a question about the Panel's work or the Commissioner's decisions.</p>", ("Public Questions and Responses", "Tz3Wd"))
    + agenda_item("7", "POLICE AND CRIME COMMISSIONER'S PROPOSED BUDGET AND PRECEPT 2025/26", "<p>Report of the Police and Crime Commissioner.</p>", ("Budget and Precept Report 2025-26", "Uu8Ke"))
    + agenda_item("8", "POLICE AND CRIME COMMISSIONER'S UPDATE", "<p>Report of the Police and Crime Commissioner.</p>", ("PCC Update February 2025", "Wr5Mn"))
    + agenda_item("9", "WORK PROGRAMME", "<p>To consider the Panel's work programme for 2024/25.</p>", ("Work Programme", "Ye2Pq"))
)

MINUTES = (
    minute("417", "NOTICE OF RECORDING", "<p>The Chair advised that the meeting would be webcast for live and subsequent broadcast and that members of the press and public could record and take photographs.</p>")
    + minute("418", "APOLOGIES", "<p>Apologies were submitted on behalf of Councillor Harjit Bains (Tamebridge) and Mrs Linda Oakes (Independent Member).</p>")
    + minute("419", "DECLARATIONS OF INTEREST", "<p>⟦D⟧Councillor Gurdeep Rai declared that his daughter was a serving police officer⟦/D⟧ with Tamebridge Police. He took part in the discussion.</p>")
    + minute("420", "MINUTES OF THE LAST MEETING", "<p><b>RESOLVED:</b></p><p>That the minutes of the meeting held on 9 December 2024 be confirmed as a correct record.</p>")
    + minute("421", "ACTION TRACKER", "<p>The Panel noted the action tracker.</p><p>⟦D⟧Action 14 (OPCC to circulate stop and search figures by ethnicity) – completed⟦/D⟧; the figures had been sent to members on 17 December 2024.</p>")
    + minute("422", "QUESTIONS FROM MEMBERS OF THE PUBLIC",
        "<p>Two questions had been received in advance of the meeting.</p>"
        "<p><b>Question from Ms Dorothy Kaye to the Police and Crime Commissioner</b></p>"
        "<p>“⟦Q1⟧How many of the new police community support officers promised in last year's budget are now working in Oldbury Heath, and when will residents see them on foot patrol?⟦/Q1⟧”</p>"
        "<p><b>Response from the Police and Crime Commissioner</b></p>"
        "<p>“⟦A1⟧Six of the 48 new PCSOs have been posted to the Oldbury Heath neighbourhood team, and all six have completed their training. They began foot patrols on 13 January and their beats are published on the force's website.⟦/A1⟧”</p>"
        "<p><b>Question from Mr Vincent Abara to the Chair of the Panel</b></p>"
        "<p>⟦D⟧“Will the Panel publish the recordings of its meetings on YouTube as well as on the Council's webcasting site?”⟦/D⟧</p>"
        "<p><b>Response from the Chair</b></p>"
        "<p>“The Panel's meetings are webcast on the host authority's site, where recordings remain available for six months. The Panel will review this when its support arrangements are renewed in June.”</p>")
    + minute("423", "POLICE AND CRIME COMMISSIONER'S PROPOSED BUDGET AND PRECEPT 2025/26",
        "<p>The Police and Crime Commissioner, Mr Rashid Malik, presented his proposed budget of £812.4 million and a precept increase of £14 for a Band D property. He was accompanied by the Deputy Police and Crime Commissioner, Ms Charlotte Byrne, the Chief Executive, Mr Jonathan Heald, and the Chief Finance Officer, Mrs Gail Sutcliffe. Assistant Chief Constable Neil Okafor attended for item 8.</p>"
        "<p>The following questions were put to the Commissioner and his officers:</p>"
        "<p>⟦Q2⟧Councillor Imran Sadiq asked how the savings of £18.6 million would be made without reducing the number of police officers.⟦/Q2⟧ ⟦A2⟧The Commissioner explained that £9.2 million would come from the end of the contract for the old records management system, £4.1 million from vacancy management in police staff roles and the remainder from estates and procurement savings. Officer numbers would be held at 7,212, the level required by the Home Office uplift grant.⟦/A2⟧</p>"
        "<p>⟦Q3⟧Councillor Beverley Crump asked whether any of the increase would be used to tackle knife crime among young people.⟦/Q3⟧ ⟦A3⟧The Deputy Commissioner said that £1.5 million would go to the Violence Reduction Partnership, including youth workers in the accident and emergency departments of the three main hospitals and a schools programme reaching 20,000 pupils.⟦/A3⟧</p>"
        "<p>⟦Q4⟧Professor Ade Ogunleye asked how much the Commissioner planned to borrow for the estates programme over the next four years.⟦/Q4⟧ ⟦A4⟧The Chief Finance Officer stated that borrowing of £64 million was planned, mainly for the new custody suite at Wednesford and the replacement of the Dale Street police station.⟦/A4⟧</p>"
        "<p>⟦Q5⟧Councillor Sadiq then asked the Chief Finance Officer what the annual cost of servicing that borrowing would be.⟦/Q5⟧ ⟦A5⟧The Chief Finance Officer said that she would circulate the figure to members after the meeting.⟦/A5⟧</p>"
        "<p><b>RESOLVED:</b></p><p>That the Panel supports the proposed precept of £237.87 for a Band D property for 2025/26.</p>")
    + minute("424", "POLICE AND CRIME COMMISSIONER'S UPDATE",
        "<p>The Commissioner introduced his update report, which covered performance against the Police and Crime Plan, the outcome of the force inspection and his commissioning activity since December.</p>"
        "<p>⟦Q6⟧Councillor Joan Whitlock referred to the Commissioner's decision to record misogyny as a hate crime and asked what difference this had made.⟦/Q6⟧ ⟦A6⟧The Commissioner replied that 412 offences had been flagged in the first year, most of them harassment in the night-time economy. The flag had helped the force to identify repeat offenders, and 37 had been given stalking protection orders or bail conditions.⟦/A6⟧</p>"
        "<p>⟦Q7⟧Councillor Gurdeep Rai asked how many section 60 authorisations had been made in the last quarter and how communities had been told about them.⟦/Q7⟧ ⟦A7⟧Assistant Chief Constable Okafor said that there had been five authorisations, each lasting no more than 15 hours. Community leaders were told within an hour through the independent advisory groups, and each authorisation was reviewed by the scrutiny panel within a month.⟦/A7⟧</p>"
        "<p>⟦Q8⟧Councillor Crump asked what was being done to protect small businesses from cyber attacks.⟦/Q8⟧ ⟦A8⟧The Deputy PCC said that the Regional Cyber Crime Unit offered:</p>"
        "<ul><li>free cyber security health checks for firms with fewer than 50 staff;</li><li>exercise sessions for business networks on responding to ransomware; and</li><li>a named contact for each of the seven chambers of commerce.</li></ul>"
        "<p>She undertook to share the unit's contact details with members.⟦/A8⟧</p>"
        "<p>⟦Q9⟧Councillor Tom Aldridge asked how many modern slavery referrals had involved hand car washes.⟦/Q9⟧ ⟦A9⟧Assistant Chief Constable Okafor said that he did not have that breakdown to hand.⟦/A9⟧</p>"
        "<p>⟦Q10⟧The Chair asked the Commissioner what preparations were being made for the transfer of his functions to the combined authority Mayor in May 2026.⟦/Q10⟧</p>"
        "<p>⟦A10⟧The Commissioner explained that a joint transition board had been set up with the combined authority and met monthly. It was working through the transfer of 96 staff, the police fund and the contracts for victims' services.</p>"
        "<p>He said that the main risk was the timing of the Home Office order, which had not yet been laid before Parliament. Without it, the budget for 2026/27 would have to be prepared by his office and handed over part-way through the year.</p>"
        "<p>He added that the Panel would itself be replaced by a police and crime panel of the combined authority, and that a briefing for members would be arranged in the autumn.⟦/A10⟧</p>"
        "<p>⟦Q11⟧Councillor Whitlock also asked whether the safer travel partnership would be extended to the new tram line to Castlebrook.⟦/Q11⟧</p>"
        "<p>The Chair closed the item, noting that the time allocated to it had been exceeded.</p>"
        "<p><b>RESOLVED:</b></p><p>⟦D⟧That the Commissioner be asked to provide the Panel with a written update⟦/D⟧ on the inspection action plan for its March meeting.</p>")
    + minute("425", "WORK PROGRAMME", "<p>The Panel noted its work programme and agreed to add the transition to the mayoral model to the March meeting.</p><p>The meeting ended at 16:52.</p>")
)

SRC = f'''<!DOCTYPE html>
<html lang="en-GB">
<head id="Head">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>Meeting Details</title>
<meta id="MetaDescription" name="DESCRIPTION" content="Tamebridge City Council committee meetings" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<link href="/tamebridge/Portals/_default/default.css?cdv=312" type="text/css" rel="stylesheet"/>
<link href="/tamebridge/DesktopModules/CMIS/module.css?cdv=312" type="text/css" rel="stylesheet"/>
<link href="/tamebridge/Portals/0/skins/tamebridge/skin.css?cdv=312" type="text/css" rel="stylesheet"/>
<style>
  .AgendaItem {{ margin: 0 0 12px 0; }} .AgendaItemNumber {{ float: left; width: 3em; font-weight: bold; }}
  .MinuteItemTitle {{ font-size: 1em; }} .hidden {{ display: none; }}
</style>
<script src="/tamebridge/Resources/libraries/jQuery/03_07_01/jquery.js?cdv=312" type="text/javascript"></script>
<script src="/tamebridge/js/dnn.modalpopup.js?cdv=312" type="text/javascript"></script>
<script type="text/javascript">
  var dnn = dnn || {{}}; dnn.tabId = 70; dnn.moduleId = 397;
  function cmisShowTab(id) {{ $(".cmisTab").addClass("hidden"); $("#" + id).removeClass("hidden"); return false; }}
</script>
</head>
<body id="Body">
<form method="post" action="/tamebridge/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/15207/Committee/436/Default.aspx" id="Form" enctype="multipart/form-data">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk3l7Xn0dN0GkqsXx8wq0b2m3u2e8=" />
<div id="cookie-banner"><p>Tamebridge City Council uses cookies to improve your experience of this website. <a href="https://www.tamebridge.gov.uk/cookies">How we use cookies</a></p><input type="button" value="Accept cookies" /></div>
<div id="header"><a href="https://www.tamebridge.gov.uk"><img src="/tamebridge/Portals/0/skins/tamebridge/images/logo.png" alt="Tamebridge City Council" /></a></div>
<div id="menu"><ul>
<li><a href="/tamebridge/Home.aspx">Home</a></li>
<li><a href="/tamebridge/Meetings.aspx">Meetings</a></li>
<li><a href="/tamebridge/Councillors.aspx">Councillors</a></li>
<li><a href="/tamebridge/Committees.aspx">Committees</a></li>
<li><a href="/tamebridge/Decisions.aspx">Decisions</a></li>
<li><a href="/tamebridge/Search.aspx">Search</a></li>
</ul></div>
<div id="dnn_ContentPane">
<div class="DnnModule DnnModule-CMIS DnnModule-397">
<h1>Meeting Details</h1>
<div class="MeetingDetails">
<h2>Meeting Summary</h2>
<div class="MeetingTitle">Tamebridge Police and Crime Panel</div>
<div class="MeetingDate">3 Feb 2025 - 14:00 to 17:00</div>
<div class="MeetingStatus">Occurred</div>
<div class="MeetingVenue">Committee Room 6, Council House, Victoria Square, Tamebridge</div>
<ul class="MeetingTabs">
<li><a href="#" onclick="return cmisShowTab('tabDocuments');">Documents</a></li>
<li><a href="#" onclick="return cmisShowTab('tabAttendance');">Attendance</a></li>
<li><a href="#" onclick="return cmisShowTab('tabVisitors');">Visitors</a></li>
<li><a href="#" onclick="return cmisShowTab('tabDeclarations');">Declarations of Interests</a></li>
</ul>
<div id="tabDocuments" class="cmisTab">
<h3>Documents</h3>
<h4>Agenda</h4>
<div class="AgendaSection"><h5>Public Agenda</h5>
{AGENDA}</div>
<h4>Minutes</h4>
<div class="MinutesSection"><h5>Public Minutes</h5>
<div class="DocumentsList"><a class="Document" href="/tamebridge/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=Mm4Rt" target="_blank"><img src="/tamebridge/DesktopModules/CMIS/Images/pdf.gif" alt="PDF" /> Public Minutes 03-02-2025 (PDF, 245 KB)</a></div>
{MINUTES}</div>
</div>
<div id="tabAttendance" class="cmisTab hidden">
<h3>Attendance</h3>
<table class="AttendanceTable"><thead><tr><th>Member</th><th>Role</th><th>Attendance</th></tr></thead><tbody>
<tr><td>Councillor Marion Tuckett</td><td>Chair</td><td>Present</td></tr>
<tr><td>Councillor Imran Sadiq</td><td>Member</td><td>Present</td></tr>
<tr><td>Councillor Beverley Crump</td><td>Member</td><td>Present</td></tr>
<tr><td>Councillor Joan Whitlock</td><td>Member</td><td>Present</td></tr>
<tr><td>Councillor Gurdeep Rai</td><td>Member</td><td>Present</td></tr>
<tr><td>Councillor Tom Aldridge</td><td>Member</td><td>Present</td></tr>
<tr><td>Councillor Harjit Bains</td><td>Member</td><td>Apologies</td></tr>
<tr><td>Professor Ade Ogunleye</td><td>Independent Member</td><td>Present</td></tr>
<tr><td>Mrs Linda Oakes</td><td>Independent Member</td><td>Apologies</td></tr>
</tbody></table>
</div>
<div id="tabVisitors" class="cmisTab hidden">
<h3>Visitors</h3>
<ul><li>Rashid Malik – Police and Crime Commissioner</li><li>Charlotte Byrne – Deputy Police and Crime Commissioner</li><li>Jonathan Heald – Chief Executive, OPCC</li><li>Gail Sutcliffe – Chief Finance Officer, OPCC</li><li>Neil Okafor – Assistant Chief Constable</li></ul>
</div>
<div id="tabDeclarations" class="cmisTab hidden">
<h3>Declarations of Interests</h3>
<table><thead><tr><th>Member</th><th>Item</th><th>Reason</th><th>Interest</th></tr></thead><tbody>
<tr><td>Councillor Gurdeep Rai</td><td>All items</td><td>Family member employed by Tamebridge Police</td><td>Other registerable interest</td></tr>
</tbody></table>
</div>
</div>
</div>
</div>
<div id="footer"><ul><li><a href="https://www.tamebridge.gov.uk/accessibility">Accessibility</a></li><li><a href="https://www.tamebridge.gov.uk/privacy">Privacy</a></li><li><a href="/tamebridge/Login.aspx">Login</a></li></ul>
<p>Copyright 2025 Tamebridge City Council</p><p>Powered by CMIS</p></div>
</form>
<script type="text/javascript">
  $(function () {{ $("#cookie-banner input").on("click", function () {{ $("#cookie-banner").hide(); }}); }});
</script>
</body>
</html>
'''

META = {
    "document": DOC,
    "layout": "h3-cmis-meeting-details-html",
    "modelled_on": "West Midlands Police and Crime Panel, CMIS 'Meeting Details' page on birmingham.cmis.uk.com (ViewMeetingPublic mid/397 Meeting/14933 Committee/436, 2 Feb 2026: Meeting Summary, '2 Feb 2026 - 14:00 to 17:00', Documents / Attendance / Visitors / Declarations of Interests, capitals agenda items NOTICE OF RECORDING, APOLOGIES, action tracker, public questions); minutes wording after the Panel's printed minutes (financedocbox / lawsdocbox copies, 15 Jan 2018 and 15 Oct, 'MINUTES OF THE MEETING OF THE WEST MIDLANDS POLICE AND CRIME PANEL … AT 1400 HOURS'); the CMIS markup after the Norfolk CMIS page (norfolkcc.cmis.uk.com ViewMeetingPublic Meeting/242)",
    "panel": "Tamebridge Police and Crime Panel",
    "meeting_date": "2025-02-03",
    "kind": "minutes",
}
Q = [
    dict(n=1, asker="Ms Dorothy Kaye", role="pcc", status="answered"),
    dict(n=2, asker="Cllr Imran Sadiq", role="pcc", status="answered"),
    dict(n=3, asker="Cllr Beverley Crump", role="deputy_pcc", status="answered"),
    dict(n=4, asker="Professor Ade Ogunleye", role="officer", status="answered"),
    dict(n=5, asker="Cllr Imran Sadiq", role="officer", status="deferred"),
    dict(n=6, asker="Cllr Joan Whitlock", role="pcc", status="answered"),
    dict(n=7, asker="Cllr Gurdeep Rai", role="officer", status="answered"),
    dict(n=8, asker="Cllr Beverley Crump", role="deputy_pcc", status="answered"),
    dict(n=9, asker="Cllr Tom Aldridge", role="officer", status="no_information"),
    dict(n=10, asker="the Chair", role="pcc", status="answered"),
    dict(n=11, asker="Cllr Joan Whitlock", role=None, status="unanswered"),
]
DECOYS = [
    "declaration of interest",
    "action tracker entry",
    "public question to the Chair of the Panel about the Panel's own webcasting",
    "resolution asking the Commissioner for a written update",
]

def build():
    (ROOT / "documents" / DOC).write_text(strip_markers(SRC), encoding="utf-8")
    return label(SRC, META, Q, DECOYS)

if __name__ == "__main__":
    build()
