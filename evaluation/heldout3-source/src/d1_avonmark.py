"""h3-avonmark.html: saved ModernGov 'Agenda and minutes' page (ieListDocuments), sub-numbered items 1(1), 1(2)."""
from lib import ROOT, strip_markers, label

DOC = "h3-avonmark.html"

def pdf(name, kb, sid):
    return (f' <a href="documents/s{sid}/{name.replace(" ", "%20")}.pdf" class="mgPdfLink" title="{name} pdf file">'
            f'<img src="mgimages/logo-pdf-16.gif" alt="pdf icon" width="16" height="16" class="mgPdfIcon" /> PDF {kb} KB</a>')

import itertools
_ids = itertools.count(38120)

def item(num, title, desc, minutes, docs="", addl=True):
    d = f'<div class="mgWordPara">{desc}</div>' if desc else ""
    a = ('<p class="mgSubItemTitleTxt">Additional documents:</p><ul class="mgBulletList"><li>'
         '<a href="ieIssueDetails.aspx?IId=40218&amp;Opt=0">Webcast for this item</a></li></ul>') if addl else ""
    return f'''
<tr>
<td class="mgItemNumberCell" ><p class="mgAiTitleTxt" >{num}</p></td>
<td><p class="mgAiTitleTxt" ><a name="AI{next(_ids)}"></a>{title}{docs}</p>
<ul class="mgActionList"><li><a class="mgShareLink" href="#" data-share="item">Share this item</a></li></ul>
{d}
{a}
<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara">{minutes}</div>
</td>
</tr>'''

items = []
items.append(item("1.", "General", "", "<p>The Chair, Mr Colin Ashdown, welcomed everyone to the meeting, including Councillor Lena Grieve, who had replaced Councillor Tom Haskett as the representative of Kenbury District Council.</p>"))
items.append(item("1(1)", "Apologies", "<p>To receive any apologies from members of the Panel.</p>",
    "<p>Apologies were received from Avonmark County Councillor Jeremy Stoke and Mrs Priya Desai, Independent Member. Councillor Neil Wardle attended as a substitute for Councillor Stoke.</p>"))
items.append(item("1(2)", "Disclosures of Pecuniary and Non-Pecuniary Interests",
    "<p>Members are required to register their disclosable pecuniary interests within 28 days of their election or appointment to the Council. Any changes to registered matters must be notified to the Monitoring Officer as soon as practicable.</p><p>Non-pecuniary interests relevant to the agenda should be declared at the start of the meeting.</p>",
    "<p>⟦D⟧Councillor Ruth Kingsley declared a non-pecuniary interest⟦/D⟧ in item 4 as a trustee of the Kenbury Women's Refuge, which received a grant from the Commissioner's victims' fund.</p>"))
items.append(item("1(3)", "Minutes of the Previous Meeting", "<p>To confirm the minutes of the meeting held on 2 December 2024.</p>",
    "<p>The minutes of the meeting held on 2 December 2024 were agreed as a correct record and signed by the Chair.</p>"
    "<p>⟦Q10⟧The Chair referred to the discussion at the last meeting about the backlog of officer vetting renewals and sought an update from the Police and Crime Commissioner (PCC).⟦/Q10⟧</p>"
    "<p>⟦A10⟧The PCC advised that the backlog had fallen from 412 renewals in October to 138 at the end of December. Two additional vetting officers had been recruited on fixed-term contracts and the force expected to be fully up to date by the end of April 2025. He would include the figures in his next written report.⟦/A10⟧</p>",
    docs=pdf("Minutes 02122024 Avonmark PCP", 131, 61402)))
items.append(item("2.", "Public Speaking", "<p>To note any requests to speak on any item on the agenda in accordance with the Panel's public speaking arrangements.</p>",
    "<p>⟦D⟧Mr Roland Fenwick, a resident of Tillingford, had submitted a question asking whether the Panel would consider⟦/D⟧ holding one meeting each year in the south of the county. The Chair replied that the Panel's venue was a matter for the host authority, but that he would ask officers to look at the cost of using the Tillingford Community Centre and report back to the Panel's next meeting.</p>"))
items.append(item("3.", "Proposed Police Precept 2025/26",
    "<p>The Panel is asked to review the Commissioner's proposed precept for 2025/26 and to make a report to the Commissioner.</p>",
    "<p>The PCC presented his proposal to increase the policing element of the council tax for a Band D property by £14.00 (4.96%) to £296.52 for 2025/26. He was supported by Ms Harriet Quinlan, Chief Finance Officer (OPCC), and Deputy Chief Constable Alison Freer.</p>"
    "<p>⟦Q1⟧Councillor Harriet Oakley asked what proportion of the additional income would be spent on neighbourhood policing, and whether residents would see more officers in their towns as a result.⟦/Q1⟧</p>"
    "<p>⟦A1⟧The PCC replied that the increase would raise £3.9 million, of which £1.4 million would fund 22 additional officers for the Safer Neighbourhood Teams. The remainder would meet pay awards and the rising cost of the force's vehicle fleet. He expected the new officers to be in post by the autumn.⟦/A1⟧</p>"
    "<p>⟦A2⟧In response to a question from Councillor Simon Pardew regarding the planned use of reserves, the Chief Finance Officer explained that £2.1 million would be drawn from the budget resilience reserve in 2025/26. This would leave general reserves at 3.4% of net revenue expenditure, which was within the range recommended in the Commissioner's reserves strategy.⟦/A2⟧</p>"
    "<p>⟦Q3⟧Councillor Anita Bhamra asked whether any assessment had been made of the effect of the increase on households in council tax bands A and B.⟦/Q3⟧ ⟦A3⟧The PCC said that he had not commissioned an analysis by band and did not have that information.⟦/A3⟧</p>"
    "<p>⟦Q4⟧Mrs Joanna Pike asked how much of the budget was set aside for the replacement of the force control room system, and whether the project was on schedule.⟦/Q4⟧</p>"
    "<p>⟦A4⟧Deputy Chief Constable Freer stated that £6.8 million had been allocated over three years. The system had been procured jointly with a neighbouring force and was due to go live in November 2025, two months later than first planned because of supplier delays. She added that average 999 answer times had improved to 7 seconds in December.⟦/A4⟧</p>"
    "<p>It was proposed by the Chair, seconded by Councillor Oakley and</p>"
    "<p>⟦D⟧Resolved that the Panel supports the Commissioner's proposed precept⟦/D⟧ for 2025/26 and asks the Commissioner to provide the Panel with a breakdown of the planned savings by the end of February 2025.</p>",
    docs=pdf("Precept Report 2025-26", 402, 61410)))
items.append(item("4.", "Report of the Police and Crime Commissioner",
    "<p>The report of the Police and Crime Commissioner is attached.</p>",
    "<p>The PCC presented his report, which covered his activities since the last meeting, including the force's performance against the Police and Crime Plan, commissioned services, the Safer Streets programme and his engagement with parish councils.</p>"
    "<p>⟦Q5⟧Councillor Ruth Kingsley asked what was being done about county lines drug dealing in Kenbury, where residents had reported young people being used to carry drugs from the railway station.⟦/Q5⟧</p>"
    "<p>⟦A5⟧The PCC invited Deputy Chief Constable Freer to respond. She explained that 14 county lines had been closed across Avonmark in the last six months and that 31 people had been charged. A dedicated team now worked with the British Transport Police at Kenbury station, and cuckooing visits had been carried out at 40 addresses.⟦/A5⟧</p>"
    "<p>⟦Q6⟧In a supplementary question, Councillor Kingsley asked the PCC whether funding for the youth diversion scheme run by the Kenbury Youth Trust would continue beyond March 2025.⟦/Q6⟧ ⟦A6⟧The PCC said that the scheme would be considered by his commissioning board on 12 February and that he would write to Councillor Kingsley with the outcome.⟦/A6⟧</p>"
    "<p>⟦Q7⟧Councillor Pardew referred to speeding on the A4189 and other rural routes and asked what support the PCC was giving to community groups.⟦/Q7⟧ ⟦A7⟧The PCC outlined the following measures:</p>"
    "<ul><li>funding of £45,000 for the Community Speedwatch scheme, which now had 63 active groups;</li>"
    "<li>two additional mobile speed enforcement vans from April 2025;</li>"
    "<li>a joint campaign with the fire and rescue service on road safety for young drivers.</li></ul>"
    "<p>He added that parish councils could apply to the road safety fund for vehicle activated signs.⟦/A7⟧</p>"
    "<p>⟦Q8⟧The Vice-Chair, Councillor Marcus Allard, asked how the PCC intended to maintain support for victims of domestic abuse once the current Home Office grant ended.⟦/Q8⟧</p>"
    "<p>⟦A8⟧The PCC explained that the grant had funded four independent domestic violence advisers (IDVAs) and a helpline for the last three years. He had agreed with the County Council to share the cost of the advisers for a further two years, and the helpline would be taken into the Victim and Witness Hub from July.</p>"
    "<p>He told the Panel that demand continued to grow: the hub had received 2,310 referrals for domestic abuse in the first nine months of the year, an increase of 11% on the same period last year.</p>"
    "<p>He also reported that the force had applied to join the national pilot of domestic abuse protection orders, and that a decision was expected from the Home Office in the spring.⟦/A8⟧</p>"
    "<p>⟦Q9⟧Councillor Bhamra asked what the OPCC was doing to raise awareness of online fraud among older residents.⟦/Q9⟧ The Chair then moved to the next item as the PCC had to leave for another engagement.</p>"
    "<p>Resolved that the report be noted.</p>",
    docs=pdf("PCC Report January 2025", 1088, 61411)))
items.append(item("5.", "Complaints Update", "<p>To receive an update on complaints received about the conduct of the Commissioner.</p>",
    "<p>The Senior Democratic Services Officer reported that one complaint had been received since the last meeting and had been resolved informally. ⟦D⟧The Chair asked whether members had any questions on the update. There were none.⟦/D⟧</p>",
    docs=pdf("Complaints Update", 88, 61412)))
items.append(item("6.", "Work Programme", "<p>To review the Panel's work programme for 2024/25.</p>",
    "<p>⟦D⟧The Panel agreed to invite the PCC to attend its June meeting⟦/D⟧ to report on the first year of the Safer Streets programme, and to add an item on the control room replacement to the September meeting.</p>",
    docs=pdf("Work Programme 2024-25", 64, 61413)))
items.append(item("7.", "Dates of Future Meetings", "", "<p>The Panel noted the dates of its future meetings: 17 March, 23 June and 22 September 2025, all at 10.00 am in Shire Hall, Kenbury.</p>", addl=False))

body_items = "\n".join(items)

SRC = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Agenda for Avonmark Police and Crime Panel on Monday 27 January 2025, 10.00 am - Avonmark Democracy</title>
<link type="text/css" href="sitespecific/ssMgStyles.css" rel="stylesheet" />
<link type="text/css" href="jquery-ui/css/Smoothness/jquery-ui-1.13.2.custom.min.css" rel="stylesheet" />
<link type="text/css" href="sitespecific/ssWordStyles.css" rel="stylesheet" />
<style type="text/css">
  .mgItemTable td {{ vertical-align: top; }}
  .mgPdfIcon {{ border: 0; }}
  #cookieNotice {{ position: fixed; bottom: 0; background: #222; color: #fff; }}
</style>
<script type="text/javascript" src="jquery-ui/js/jquery-3.7.1.min.js"></script>
<script type="text/javascript" src="jquery-ui/js/jquery-ui-1.13.2.custom.min.js"></script>
<script type="text/javascript">
  if (window.location.protocol !== "https:") {{ /* redirect */ }}
  var mgJSStrings = {{ share: "Share this item", copied: "Link copied to clipboard" }};
  function mgShare(e) {{ e.preventDefault(); navigator.clipboard.writeText(window.location.href); }}
</script>
<script type="text/javascript" src="mgAjaxScripts.js"></script>
</head>
<body>
<div id="cookieNotice" role="region" aria-label="Cookie banner">
  <p>We use cookies to make this site work and to understand how it is used. <a href="https://www.avonmark.gov.uk/cookies">Read about cookies</a></p>
  <button type="button" id="acceptCookies">Accept all cookies</button> <button type="button" id="rejectCookies">Reject optional cookies</button>
</div>
<a class="skip" href="#mgMainContent">Skip to main content</a>
<header class="site-header">
  <a href="https://www.avonmark.gov.uk"><img src="sitespecific/images/avonmark-logo.svg" alt="Avonmark County Council" /></a>
  <nav aria-label="Main"><ul>
    <li><a href="mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Calendar</a></li>
    <li><a href="mgListCommittees.aspx?bcr=1">Committees</a></li>
    <li><a href="mgMemberIndex.aspx?bcr=1">Councillors</a></li>
    <li><a href="mgListOutsideBodies.aspx?bcr=1">Outside bodies</a></li>
    <li><a href="ieDocHome.aspx?bcr=1">Search documents</a></li>
  </ul></nav>
</header>
<div id="breadcrumb"><ul>
  <li><a href="https://www.avonmark.gov.uk">Home</a></li>
  <li><a href="uuCoverPage.aspx?bcr=1">Democracy</a></li>
  <li><a href="mgListCommittees.aspx?bcr=1">Committee structure</a></li>
  <li><a href="mgCommitteeDetails.aspx?ID=136">Avonmark Police and Crime Panel</a></li>
  <li>Meeting</li>
</ul></div>
<div id="mgMainContent">
<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Avonmark Police and Crime Panel - Monday 27 January 2025 10.00 am</h2></div>
<div class="mgContent">
<div class="mgLinks"><ul>
  <li><a href="ieListDocuments.aspx?CId=136&amp;MId=4302&amp;Ver=4&amp;Info=1">Meeting attendance</a></li>
  <li><a href="mgIssueHistoryHome.aspx?IId=40219">Webcast</a></li>
  <li><a href="documents/g4302/Public%20reports%20pack%2027th-Jan-2025%2010.00%20Avonmark%20Police%20and%20Crime%20Panel.pdf">Agenda reports pack <img src="mgimages/logo-pdf-16.gif" alt="pdf icon" /> PDF 3 MB</a></li>
  <li><a href="documents/g4302/Printed%20minutes%2027th-Jan-2025%2010.00%20Avonmark%20Police%20and%20Crime%20Panel.pdf">Printed minutes <img src="mgimages/logo-pdf-16.gif" alt="pdf icon" /> PDF 142 KB</a></li>
</ul></div>
<p class="mgSectionTitle">Venue: <span>Committee Room 2, Shire Hall, Kenbury. <a href="mgMeetingAttendance.aspx?ID=4302">View directions</a></span></p>
<p class="mgSectionTitle">Contact: <span>Amelia Brightwell&nbsp; Senior Democratic Services Officer</span></p>
<h2 class="mgSectionTitle">Media</h2>
<p><a href="https://avonmark.public-i.tv/core/portal/webcast_interactive/889120">Webcast: View the webcast</a></p>
<table class="mgItemTable" summary="Table of agenda items">
<caption class="mgSectionTitle">Items</caption>
<tr><th class="mgItemNumberTitleTxt" scope="col">No.</th><th class="mgItemTitleTxt" scope="col">Item</th></tr>
{body_items}
</table>
</div></div></div>
<footer class="site-footer">
  <ul>
    <li><a href="https://www.avonmark.gov.uk/accessibility">Accessibility statement</a></li>
    <li><a href="https://www.avonmark.gov.uk/privacy">Privacy notice</a></li>
    <li><a href="mgRssFeed.aspx?bcr=1">RSS</a></li>
  </ul>
  <p>&copy; Avonmark County Council, Shire Hall, Market Place, Kenbury KB34 4RL</p>
  <p>Powered by Modern.Gov</p>
</footer>
<script type="text/javascript">
  document.querySelectorAll(".mgShareLink").forEach(function (a) {{ a.addEventListener("click", mgShare); }});
  document.getElementById("acceptCookies").onclick = function () {{ document.getElementById("cookieNotice").style.display = "none"; }};
</script>
</body>
</html>
'''

META = {
    "document": DOC,
    "layout": "h3-moderngov-subnumbered-html",
    "modelled_on": "Warwickshire Police and Crime Panel, ModernGov 'Agenda and minutes' pages on democracy.warwickshire.gov.uk (ieListDocuments CId=136 MeetingId=4167, 20 Jan 2025; MId=3196, 24 Jun 2021; MId=3688, 21 Sep 2023): saved page HTML with items 1. General, 1(1) Apologies, 1(2) Disclosures, 1(3) Minutes, an independent Chair, 'In response to a question from Councillor X regarding …, the PCC noted', 'Resolved that …'",
    "panel": "Avonmark Police and Crime Panel",
    "meeting_date": "2025-01-27",
    "kind": "minutes",
}
Q = [
    dict(n=10, asker="the Chair", role="pcc", status="answered"),
    dict(n=1, asker="Cllr Harriet Oakley", role="pcc", status="answered"),
    dict(n=2, asker="Cllr Simon Pardew", role="officer", status="answered", answer_start="the Chief Finance Officer explained that £2.1 million"),
    dict(n=3, asker="Cllr Anita Bhamra", role="pcc", status="no_information"),
    dict(n=4, asker="Mrs Joanna Pike", role="deputy_chief_constable", status="answered"),
    dict(n=5, asker="Cllr Ruth Kingsley", role="deputy_chief_constable", status="answered"),
    dict(n=6, asker="Cllr Ruth Kingsley", role="pcc", status="deferred"),
    dict(n=7, asker="Cllr Simon Pardew", role="pcc", status="answered"),
    dict(n=8, asker="Cllr Marcus Allard", role="pcc", status="answered"),
    dict(n=9, asker="Cllr Anita Bhamra", role=None, status="unanswered"),
]
DECOYS = [
    "declaration of interest",
    "public question put to the Panel and answered by the Chair about the Panel's own venue",
    "resolution asking the Commissioner for a breakdown",
    "the Chair invited questions on the complaints update and none were asked",
    "work programme decision to invite the PCC",
]

def build():
    (ROOT / "documents" / DOC).write_text(strip_markers(SRC), encoding="utf-8")
    return label(SRC, META, Q, DECOYS)

if __name__ == "__main__":
    build()
