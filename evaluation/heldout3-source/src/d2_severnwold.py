"""h3-severnwold.html: saved ModernGov single agenda-item page (mgAi.aspx), numbered sub-paragraphs 4.1, 4.2 with Ø bullets."""
from lib import ROOT, strip_markers, label

DOC = "h3-severnwold.html"

def para(n, text):
    return f'<p class="MsoNormal" style="margin-left:36.0pt;text-indent:-36.0pt"><span>{n}</span><span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>{text}</p>\n'

def bullet(text):
    return f'<p class="MsoListParagraph" style="margin-left:72.0pt;text-indent:-18.0pt"><span style="font-family:Wingdings">Ø</span><span>&nbsp;&nbsp;</span>{text}</p>\n'

MIN = (
    para("4.1", "The Chair invited the Police and Crime Commissioner, Marcus Tolley, to introduce the item. The budget papers were taken as read. The Commissioner was supported by Chief Constable Fiona Redgrave, Lydia Castell, Chief Executive of the Office of the Police and Crime Commissioner (OPCC), and Owen Pritchard, Chief Financial Officer, OPCC.")
    + para("4.2", "Naomi Hurst, Democratic Services Officer, reminded the Panel of the precept process and of its power to veto the proposal by a two-thirds majority of the Panel's membership.")
    + para("4.3", "⟦Q1⟧A Member asked why the reserves strategy had been circulated only two days before the meeting, which had left little time to scrutinise it.⟦/Q1⟧ ⟦A1⟧The Chief Executive apologised for the late circulation and explained that the strategy had been held back until the final police grant settlement was announced on 29 January. She confirmed that future papers would be published with the agenda.⟦/A1⟧")
    + para("4.4", "⟦Q2⟧Cllr Helen Marsh asked how the Commissioner would make sure that the additional officers funded by the precept were deployed to market towns such as Dursley Vale and Nailcombe, and not only to Severnchester.⟦/Q2⟧ ⟦A2⟧The Commissioner stated that 18 of the 30 new posts would go to neighbourhood teams outside the city, and that each of the six local policing areas would have a named inspector accountable for visible patrols. He would publish the allocation on his website in April.⟦/A2⟧")
    + para("4.5", "⟦A3⟧Responding to a Member's question about the cost of the estate review, the Chief Financial Officer confirmed that £640,000 had been set aside for 2025/26. The review would decide the future of eleven front counters, four of which were open for fewer than ten hours a week.⟦/A3⟧")
    + para("4.6", "⟦Q4⟧Cllr Rupert Vane queried whether the force had the capacity to investigate the growing number of shoplifting offences, which retailers in his division said were no longer being attended.⟦/Q4⟧ ⟦A4⟧The Chief Constable said that shop theft had risen by 27% over the year. The force had responded in three ways:")
    + bullet("a retail crime co-ordinator had been appointed to work with the business crime reduction partnerships;")
    + bullet("every report with CCTV or an identified suspect was now allocated for investigation; and")
    + bullet("prolific offenders were being managed jointly with the probation service.")
    + para("4.7", "The Chief Constable added that the charge rate for shop theft had improved from 9% to 16% since the summer, although she accepted that more needed to be done to reassure small shopkeepers.⟦/A4⟧")
    + para("4.8", "⟦Q5⟧A Member asked how many officer hours were being spent on mental health calls and whether the Right Care, Right Person approach had reduced that demand.⟦/Q5⟧ ⟦A5⟧The Chief Constable reported that officers had spent 3,900 hours with people in mental health crisis in the last quarter, down from 5,200 a year earlier. Section 136 detentions had also fallen. She said that the local NHS trust had taken on more of the initial response and that the partnership was working well.⟦/A5⟧")
    + para("4.9", "⟦Q6⟧Cllr Marsh then asked the Chief Constable whether the closure of front counters would make it harder for victims of domestic abuse to report in person.⟦/Q6⟧ ⟦A6⟧The Chief Constable replied that fewer than 2% of domestic abuse reports were made at a front counter. Victims could ask for a private appointment at any police station, and the force was piloting video appointments with the specialist domestic abuse service.⟦/A6⟧")
    + para("4.10", "⟦Q7⟧Cllr Dev Anand asked whether the Commissioner would publish the results of the precept consultation broken down by district.⟦/Q7⟧ ⟦A7⟧The Commissioner undertook to provide a written answer to the Panel, as the analysis by district had not yet been completed.⟦/A7⟧")
    + para("4.11", "⟦Q8⟧Keith Orme, independent member, asked how the Commissioner's Fund would support community groups working to prevent hate crime, following the incidents in Severnchester in the autumn.⟦/Q8⟧ ⟦A8⟧The Commissioner said that £120,000 would be ring-fenced within the Fund for community cohesion projects in 2025/26, including a third-party reporting scheme run with the Severnwold Race Equality Council. Bids would open in March.⟦/A8⟧")
    + para("4.12", "⟦Q9⟧A Member asked what the pay award for police staff would cost if it was set above the 2.5% assumed in the budget.⟦/Q9⟧ ⟦A9⟧The Chief Financial Officer advised that he did not have that figure and could not estimate it until the national negotiations had concluded.⟦/A9⟧")
    + para("4.13", "⟦D⟧The Commissioner asked the Panel whether it would support a joint letter⟦/D⟧ to the Policing Minister about the funding formula. Members agreed to consider this under the work programme item.")
    + para("4.14", "⟦Q10⟧Cllr Sally Tremlett asked whether the Commissioner would commit to a lower increase in 2026/27.⟦/Q10⟧")
    + para("4.15", "⟦D⟧The Chair asked whether any member wished to propose a veto of the precept.⟦/D⟧ No proposal was made. The Chair then moved to the vote.")
    + para("4.16", "⟦D⟧Following a vote (11 for, 2 against), it was:⟦/D⟧")
    + '<p class="MsoNormal" style="margin-left:36.0pt"><b>RESOLVED</b> that the Panel supports the Police and Crime Commissioner\'s proposed precept of £307.21 for a Band D property for 2025/26, an increase of £14 (4.8%).</p>\n'
)

SRC = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Agenda item - Proposed Severnwold Police Precept 2025/26 - Severnwold County Council</title>
<meta name="DC.title" content="Agenda item - Proposed Severnwold Police Precept 2025/26" />
<meta name="DC.date" content="2025-02-07" />
<link rel="stylesheet" type="text/css" href="SiteSpecific/ssMgStyles.css" />
<link rel="stylesheet" type="text/css" href="SiteSpecific/ssWordStyles.css" />
<style type="text/css">
 p.MsoNormal, p.MsoListParagraph {{ margin-top: 0; margin-bottom: 6pt; }}
 .mgHelpLine {{ font-size: 0.8em; }}
</style>
<script type="text/javascript" src="edit_area/jquery.min.js"></script>
<script type="text/javascript">
//<![CDATA[
 function mgSetCookie(n, v) {{ document.cookie = n + "=" + v + "; path=/"; }}
 var mgReportUrl = "mgAi.aspx?ID=41277";
//]]>
</script>
</head>
<body>
<div id="sw-cookie"><p>This site uses cookies to store information on your computer. <a href="https://www.severnwold.gov.uk/cookies/">About cookies</a></p><a href="#" onclick="mgSetCookie('sw_cookies','1');return false;">Accept and close</a></div>
<div id="sw-header"><a href="https://www.severnwold.gov.uk/"><img src="SiteSpecific/Images/sw-logo.png" alt="Severnwold County Council" /></a>
<form action="https://www.severnwold.gov.uk/search" method="get"><label for="q">Search the site</label> <input type="text" id="q" name="q" /> <input type="submit" value="Search" /></form></div>
<div id="sw-nav"><ul><li><a href="https://www.severnwold.gov.uk/council-and-democracy/">Council and democracy</a></li><li><a href="mgListCommittees.aspx?bcr=1">Committees</a></li><li><a href="mgCalendarMonthView.aspx?GL=1&amp;bcr=1">Meetings calendar</a></li><li><a href="mgFindMember.aspx">Find your councillor</a></li></ul></div>
<div class="mgBreadCrumbs"><p>You are here: <a href="https://www.severnwold.gov.uk/">Home</a> &gt; <a href="uuCoverPage.aspx?bcr=1">Council and democracy</a> &gt; <a href="mgListCommittees.aspx?bcr=1">Committee structure</a> &gt; <a href="mgCommitteeDetails.aspx?ID=650">Severnwold Police and Crime Panel</a> &gt; <a href="ieListDocuments.aspx?CId=650&amp;MId=11712">Meeting</a> &gt; Agenda item</p></div>
<div id="modgov">
<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda item</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Proposed Severnwold Police Precept 2025/26</h2></div>
<div class="mgContent">
<div class="mgLinks"><ul><li><a href="mgIssueHistoryHome.aspx?IId=51932">Issue history</a></li></ul></div>
<p class="mgLabel">Meeting: <a href="ieListDocuments.aspx?CId=650&amp;MId=11712">07/02/2025 - Severnwold Police and Crime Panel</a> (Item 4.)</p>
<p class="mgAiTitleTxt">4.</p>
<div class="mgWordPara">
<p class="MsoNormal"><b>⟦D⟧How much will the policing precept cost a Band D household?⟦/D⟧</b></p>
<p class="MsoNormal">The Panel is asked to review the Commissioner's proposed precept for 2025/26 and to decide whether to support it, make recommendations or veto it.</p>
</div>
<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara">
{MIN}</div>
<h2 class="mgSectionTitle">Supporting documents:</h2>
<ul class="mgBulletList">
<li><a href="documents/s98211/Proposed%20Police%20Precept%202025-26.pdf" title="Link to document 'Proposed Police Precept 2025-26' pdf file"><img src="mgimages/logo-pdf-16.gif" alt="pdf icon" class="mgPdfIcon" /> Proposed Police Precept 2025-26, item 4. <span class="mgHelpLine">PDF 409 KB</span></a></li>
<li><a href="documents/s98212/Appendix%20A%20-%20Medium%20Term%20Financial%20Plan.pdf" title="Link to document 'Appendix A - Medium Term Financial Plan' pdf file"><img src="mgimages/logo-pdf-16.gif" alt="pdf icon" class="mgPdfIcon" /> Appendix A - Medium Term Financial Plan, item 4. <span class="mgHelpLine">PDF 1 MB</span></a></li>
<li><a href="documents/s98213/Appendix%20B%20-%20Reserves%20Strategy.pdf" title="Link to document 'Appendix B - Reserves Strategy' pdf file"><img src="mgimages/logo-pdf-16.gif" alt="pdf icon" class="mgPdfIcon" /> Appendix B - Reserves Strategy, item 4. <span class="mgHelpLine">PDF 233 KB</span></a></li>
</ul>
</div>
</div>
<div id="sw-footer"><ul><li><a href="https://www.severnwold.gov.uk/accessibility/">Accessibility</a></li><li><a href="https://www.severnwold.gov.uk/privacy/">Privacy and cookies</a></li><li><a href="https://www.severnwold.gov.uk/contact/">Contact us</a></li></ul>
<p>Severnwold County Council, Shire Hall, Westgate Street, Severnchester SV1 2TG</p></div>
<script type="text/javascript">
//<![CDATA[
 if (document.cookie.indexOf("sw_cookies=1") >= 0) {{ document.getElementById("sw-cookie").style.display = "none"; }}
//]]>
</script>
</body>
</html>
'''

META = {
    "document": DOC,
    "layout": "h3-mgai-numbered-subparas-html",
    "modelled_on": "Gloucestershire Police and Crime Panel, ModernGov pages on glostext.gloucestershire.gov.uk (ieListDocuments CId=650 MId=11496, 6 Feb 2024, precept item 4; MId=11497, 22 Mar 2024; MId=9170, 19 Jul 2019): saved single agenda-item page (mgAi) with 'Agenda item', the item title, 'Meeting: dd/mm/yyyy - … (Item 4.)', 'Minutes:' in numbered sub-paragraphs 4.1, 4.2 …, 'Ø' bullets, 'A Member raised …', 'Responding to a Member's question about …, the Chief Executive confirmed', and 'Supporting documents:'",
    "panel": "Severnwold Police and Crime Panel",
    "meeting_date": "2025-02-07",
    "kind": "minutes",
}
Q = [
    dict(n=1, asker="a member", role="officer", status="answered"),
    dict(n=2, asker="Cllr Helen Marsh", role="pcc", status="answered"),
    dict(n=3, asker="a member", role="officer", status="answered", answer_start="the Chief Financial Officer confirmed that £640,000"),
    dict(n=4, asker="Cllr Rupert Vane", role="chief_constable", status="answered"),
    dict(n=5, asker="a member", role="chief_constable", status="answered"),
    dict(n=6, asker="Cllr Helen Marsh", role="chief_constable", status="answered"),
    dict(n=7, asker="Cllr Dev Anand", role="pcc", status="deferred"),
    dict(n=8, asker="Mr Keith Orme", role="pcc", status="answered"),
    dict(n=9, asker="a member", role="officer", status="no_information"),
    dict(n=10, asker="Cllr Sally Tremlett", role=None, status="unanswered"),
]
DECOYS = [
    "rhetorical question heading the item description",
    "the Commissioner asking the Panel to support a letter",
    "the Chair's procedural question about a veto",
    "a vote",
]

def build():
    (ROOT / "documents" / DOC).write_text(strip_markers(SRC), encoding="utf-8")
    return label(SRC, META, Q, DECOYS)

if __name__ == "__main__":
    build()
