<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- A whole meeting as ModernGov's ieListDocuments.aspx shows it, written by hand for the tests: items in a
     layout table (number cell, then title, agenda text, "Minutes:" and the minutes), document links, chrome. -->
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Agenda for Example Police and Crime Panel on Thursday, 9th March, 2023, 2.00 pm</title>
<link type="text/css" href="SiteSpecific/ssMgStyles.css" rel="stylesheet" />
<script type="text/javascript" src="jquery-ui/js/jquery.min.js"></script>
<script type="text/javascript">mgTrackPage("ieListDocuments", "CId=612&MId=7001");</script>
</head>
<body>
<div id="cookie-notice" role="dialog"><p>This site uses cookies to store information on your computer.</p><a href="#" class="cookie-accept">OK</a></div>
<ul id="skiplinks"><li><a href="#mgContent">Skip to content</a></li></ul>
<div id="header"><a href="/"><img src="logo.png" alt="Example Council home page" /></a>
<ul class="topnav"><li><a href="/">Home</a></li><li><a href="mgMemberIndex.aspx">Your councillors</a></li></ul></div>
<div id="breadcrumb"><a href="/">Home</a> &gt; <a href="mgListCommittees.aspx">Committees</a> &gt; Agenda item</div>
<div id="modgov"><div class="mgContent" id="mgContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Example Police and Crime Panel - Thursday, 9th March, 2023 2.00 pm</h2></div>
<div class="mgLinks"><ul class="mgActionList"><li><a href="ieIssueDetails.aspx?IId=1&amp;Opt=3">Item 41 decision</a></li>
<li><a href="mgConvert2PDF.aspx?ID=7001">Printed minutes <span class="mgFileSize">PDF 310 KB</span></a></li></ul></div>
<p class="mgSubSubTitleTxt">Venue: Council Chamber, County Hall. <a href="mgLocationDetails.aspx?RID=3">View directions</a></p>
<p>Contact: Jo Bloggs, Scrutiny Officer</p>
<table class="mgItemTable" summary="Table of agenda items">
<tr><th class="mgItemNumberCell" scope="col">No.</th><th scope="col">Item</th></tr>
<tr>
<td class="mgItemNumberCell"><p class="mgAiTitleTxt">41.</p></td>
<td><p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=9101">Apologies for Absence</a></p>
<div class="mgWordPara"><p>To receive any apologies for absence.</p></div>
<h3 class="mgSubSubTitleTxt">Minutes:</h3>
<div class="mgWordPara"><p>Apologies were received from Councillor Ann Jones.</p></div></td>
</tr>
<tr>
<td class="mgItemNumberCell"><p class="mgAiTitleTxt">42.</p></td>
<td><p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=9102">Police and Crime Plan Performance Report</a></p>
<div class="mgWordPara"><p>To consider the Commissioner's report on performance against the Police and Crime Plan.</p></div>
<h3 class="mgSubSubTitleTxt">Minutes:</h3>
<div class="mgWordPara">
<p>The Commissioner presented the report. During discussion Members raised the following points:</p>
<ul>
<li>Cllr Hayes asked what was being done about county lines in the north of the county. The PCC reported that two operations had closed eleven lines since November.</li>
<li>Cllr Patel asked whether the Domestic Abuse helpline was meeting its answer times. The Chief Constable reported that 92% of calls were answered within a minute.</li>
</ul>
<p>RESOLVED – That the report be noted.</p>
</div>
<h3 class="mgSubSubTitleTxt">Supporting documents:</h3>
<ul class="mgBulletList">
<li><a href="documents/s41234/Performance%20Report.pdf" class="noborder"><img class="noborder" alt="pdf icon" src="mgimages/logo-pdf.gif" /> Performance Report <span class="mgFileSize">PDF 238 KB</span></a></li>
<li><a href="documents/s41235/Appendix%20A.pdf" class="noborder"><img class="noborder" alt="pdf icon" src="mgimages/logo-pdf.gif" /> Appendix A <span class="mgFileSize">PDF 1 MB</span></a></li>
</ul></td>
</tr>
<tr>
<td class="mgItemNumberCell"><p class="mgAiTitleTxt">43.</p></td>
<td><p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=9103">Date of Next Meeting</a></p>
<h3 class="mgSubSubTitleTxt">Minutes:</h3>
<div class="mgWordPara"><p>The next meeting will be held on 22 June 2023.</p></div></td>
</tr>
</table>
<div class="mgShare"><a href="https://twitter.com/share">Share this page</a></div>
</div></div>
<div id="footer"><p>© Example Council</p><a href="/accessibility">Accessibility statement</a></div>
</body>
</html>
