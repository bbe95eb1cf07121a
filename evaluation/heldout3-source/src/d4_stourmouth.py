"""h3-stourmouth.pdf: council-printed minutes (Chromium print of HTML/CSS), 'Officers present (for all or part of the meeting)',
recording timestamps in item titles, running header and page numbers in @page margin boxes, soft hyphens."""
import re, subprocess, pyphen
from lib import ROOT, SOURCE, strip_markers, label

DOC = "h3-stourmouth.pdf"
HY = pyphen.Pyphen(lang="en_GB")

def shy(html_text):
    """Insert soft hyphens into long words of text nodes (so Chromium hyphenates at line ends)."""
    def word(m):
        w = m.group(0)
        return HY.inserted(w, hyphen="\u00ad") if len(w) >= 11 else w
    parts = re.split(r"(<[^>]+>|⟦[^⟧]+⟧)", html_text)
    return "".join(p if p.startswith("<") or p.startswith("⟦") else re.sub(r"[A-Za-z]+", word, p) for p in parts)

def item(n, title, body):
    return f'<div class="item"><h3><span class="num">{n}.</span>{title}</h3>{body}</div>\n'

BODY = (
    item(43, "Apologies", "<p>Apologies for absence were received from Cllr Yvonne Tarrant and from Mrs Heather Lomax, independent member.</p>")
    + item(44, "Minutes", "<p>The minutes of the meeting held on 28 November 2024 were confirmed and signed.</p>")
    + item(45, "Declarations of Interest", "<p>⟦D⟧Cllr Joanne Beale declared an interest as a volunteer with a community speed watch group⟦/D⟧ in Okeford Minster.</p>")
    + item(46, "Public Participation (00:03:10 on recording)",
        "<p>One question had been received from Sturford Town Council, addressed to the Chairman of the Stourmouth Police and Crime Panel:</p>"
        "<p class=\"quote\">⟦D⟧“Will the Panel consider holding a meeting in the north of the county⟦/D⟧ so that residents who cannot travel to Dorminster can attend in person?”</p>"
        "<p>The Chairman responded that the Panel's meetings were streamed live and recorded, and that the venue was set by the host authority. He would raise the suggestion with the other members when the programme for 2025/26 was agreed.</p>"
        "<p>There were no statements.</p>")
    + item(47, "2025/26 Budget, Precept and Medium-Term Financial Strategy (00:07:45 on recording)",
        "<p>Following an explanation of the precept process from the Chairman, the Police and Crime Commissioner (PCC), Adrian Hale, presented his proposal to increase the police precept by £14 for a Band D property, to £315.05, an increase of 4.65%. The PCC invited the Deputy Chief Constable to set out the operational context, and the Chief Finance Officer to explain the medium-term financial strategy.</p>"
        "<p>⟦Q1⟧Cllr Tom Blandford noted that this was the third year running in which the maximum increase had been proposed and asked how the PCC justified this to residents on fixed incomes.⟦/Q1⟧ ⟦A1⟧The PCC said that Stourmouth received one of the lowest central grants per head in the country, so that 53% of the force budget now came from council tax. Without the increase the force would have to find a further £2.8 million of savings, the equivalent of 45 police officers. He had held twelve public meetings and 61% of the 2,400 residents who responded to his survey had supported an increase.⟦/A1⟧</p>"
        "<p>⟦A2⟧In response to a question from the Vice-Chairman about the savings expected from the alliance with the neighbouring force, the Chief Finance Officer advised that the joint procurement and fleet functions would save £1.1 million in 2025/26, rising to £1.9 million by 2027/28.⟦/A2⟧</p>"
        "<p>⟦Q3⟧Cllr Sarah Pennock asked how many police community support officers the budget would fund and whether any posts would be cut.⟦/Q3⟧ ⟦A3⟧The Deputy Chief Constable, Lucy Carbery, confirmed that the budget funded 112 PCSOs, the same as in 2024/25, and that no posts would be cut. Eight vacancies were being recruited to and the new PCSOs would start in May.⟦/A3⟧</p>"
        "<p>⟦Q4⟧Mr Alan Fripp asked whether the PCC had looked at replacing some patrol hours in rural areas with the force's drone unit.⟦/Q4⟧ ⟦A4⟧The PCC replied that this was not something he had considered.⟦/A4⟧</p>"
        
        "<p><b>Resolved</b></p><p>⟦D⟧1. That the Panel supports the PCC's proposed precept of £315.05⟦/D⟧ for a Band D property for 2025/26.</p>"
        "<p>2. That the Panel's report be sent to the PCC by 7 February 2025.</p>")
    + item(48, "Quarterly Performance Report (01:12:20 on recording)",
        "<p>The PCC presented the report for the third quarter of 2024/25, which set out progress against each of the priorities in his Police and Crime Plan.</p>"
        "<p>⟦Q5⟧Cllr Joanne Beale asked what the results of the Christmas drink driving campaign had been.⟦/Q5⟧ ⟦A5⟧The Deputy Chief Constable advised that 3,150 drivers had been breath tested during December and 96 had been arrested for drink or drug driving, compared with 88 the year before. There had been no road deaths in the county over the holiday period.⟦/A5⟧</p>"
        "<p>⟦Q6⟧Cllr Blandford raised the performance of the 101 non-emergency line, where his residents continued to report waits of over half an hour, and asked what the PCC was doing to hold the Chief Constable to account for it.⟦/Q6⟧</p>"
        "<p>⟦A6⟧The PCC acknowledged that performance had not been good enough in the summer, when the average wait had reached 19 minutes and 38% of callers had abandoned their call. He had made the 101 service a standing item at his accountability board, and the force had since:</p>"
        "<ul><li>recruited 24 additional call handlers, 17 of whom were now trained;</li>"
        "<li>introduced a call-back option so that callers did not have to stay on the line;</li>"
        "<li>moved online reporting for lost property and minor traffic matters to the force website; and</li>"
        "<li>begun publishing weekly answer times on the force website.</li></ul>"
        "<p>As a result the average wait in December had fallen to 6 minutes and the abandonment rate to 14%. The PCC said that he would continue to monitor this closely and would bring the figures to each meeting of the Panel until performance had been stable for six months.</p>"
        "<p>He added that the emergency 999 service had continued to meet its target throughout, with 94% of calls answered within ten seconds.⟦/A6⟧</p>"
        "<p>⟦Q7⟧Cllr Pennock asked how many referrals for child sexual exploitation had been received from hotels and taxi operators since the awareness training was introduced.⟦/Q7⟧ ⟦A7⟧Detective Superintendent Owen Marsh explained that 23 referrals had been received in the nine months since the training, compared with 5 in the previous year. Four had led to safeguarding action for children and two to arrests for grooming offences.⟦/A7⟧</p>"
        "<p>⟦Q8⟧Mr Fripp asked whether the PCC would publish the outcomes of the out of court disposals scrutiny panel.⟦/Q8⟧ ⟦A8⟧The PCC agreed to provide a written response to the Panel after discussing this with the chair of the scrutiny panel.⟦/A8⟧</p>"
        "<p>⟦Q9⟧The Chairman asked the PCC how the force was responding to the recent inspection findings on the investigation of burglary.⟦/Q9⟧ ⟦A9⟧The PCC explained that all burglaries of homes were now attended by an officer within 48 hours and that forensic officers attended 90% of them. The inspectorate would revisit the force in the autumn.⟦/A9⟧</p>"
        "<p>⟦Q10⟧Cllr Malik Rowe asked what was being done about drug dealing near the harbour in Portsea Bay.⟦/Q10⟧</p>"
        "<p><b>Noted</b></p>")
    + item(49, "Forward Plan (02:05:40 on recording)",
        "<p>The Panel considered its forward plan. ⟦D⟧Members requested that the PCC bring a report on rural crime⟦/D⟧ to the meeting in July 2025.</p>")
)

SRC = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Minutes - Police and Crime Panel - 6 February 2025</title>
<style>
@page {{ size: A4; margin: 22mm 20mm 22mm 22mm;
  @top-right {{ content: "POLICE AND CRIME PANEL – 6 FEBRUARY 2025"; font: 8pt Arial, sans-serif; color: #444; }}
  @bottom-center {{ content: counter(page); font: 9pt Arial, sans-serif; }} }}
@page :first {{ @top-right {{ content: none; }} }}
body {{ font: 11pt Arial, sans-serif; line-height: 1.35; text-align: justify; }} p {{ orphans: 1; widows: 1; }}
.logo {{ font: bold 14pt Arial; color: #1d5b46; margin-bottom: 10mm; }}
h1 {{ font-size: 13pt; text-align: left; margin: 0; }} h2 {{ font-size: 12pt; margin: 2mm 0 8mm 0; }}
table.att td {{ vertical-align: top; padding: 0 0 3mm 0; }} table.att td.l {{ width: 42mm; font-weight: bold; }}
h3 {{ font-size: 11pt; margin: 6mm 0 2mm 0; }} h3 .num {{ display: inline-block; width: 12mm; }}
.item p, .item ul {{ margin-left: 12mm; }} p.quote {{ font-style: italic; }}
.sig {{ margin-top: 18mm; }} .sig p {{ margin: 0 0 10mm 0; }}
</style></head>
<body>
<div class="logo">Stourmouth Council</div>
<h1>POLICE AND CRIME PANEL</h1>
<h2>MINUTES OF MEETING HELD ON THURSDAY 6 FEBRUARY 2025</h2>
<table class="att">
<tr><td class="l">Present:</td><td>Cllrs Philip Weld (Chairman), Clare Fenner (Vice-Chairman), Joanne Beale, Tom Blandford, Sarah Pennock, Malik Rowe, Diane Stickland and Mark Trowbridge; Alan Fripp (independent member)</td></tr>
<tr><td class="l">Apologies:</td><td>Cllr Yvonne Tarrant and Heather Lomax (independent member)</td></tr>
<tr><td class="l">Also present:</td><td>Adrian Hale (Police and Crime Commissioner), Lucy Carbery (Deputy Chief Constable), Det Supt Owen Marsh, Simon Rolfe (Chief Executive, OPCC) and Harriet Gale (Chief Finance Officer, OPCC)</td></tr>
<tr><td class="l">Officers present (for all or part of the meeting):</td><td>Lorna Pike (Service Manager for Assurance), Jack Mellor (Democratic Services Officer) and Graham Tutt (Senior Assurance Officer)</td></tr>
</table>
{BODY}
<div class="sig">
<p>Duration of meeting: 10.00 am - 12.41 pm</p>
<p>Chairman</p>
<p>.............................................................</p>
</div>
</body></html>
'''

META = {
    "document": DOC,
    "layout": "h3-printed-minutes-officers-present-pdf",
    "modelled_on": "Dorset Police and Crime Panel, Dorset Council ModernGov pages (moderngov.dorsetcouncil.gov.uk ieListDocuments CId=154: MId=245, 12 Nov 2019; MId=5090, Feb 2022 budget meeting; MId=5338, 29 Sep 2022; MeetingId=5949, 9 Oct 2024) and the council's printed minutes as linked from them: committee named only as 'POLICE AND CRIME PANEL', 'MINUTES OF MEETING HELD ON …', Present / Apologies / Also present / 'Officers present (for all or part of the meeting)' labels, minute numbers with '(00:07:45 on recording)' in titles, 'In response to a question from the Vice-Chairman …', 'Following an explanation of the precept process from the Chairman', 'Duration of meeting' and a Chairman signature line",
    "panel": "Stourmouth Police and Crime Panel",
    "meeting_date": "2025-02-06",
    "kind": "minutes",
}
Q = [
    dict(n=1, asker="Cllr Tom Blandford", role="pcc", status="answered"),
    dict(n=2, asker="the Vice Chair", role="officer", status="answered", answer_start="the Chief Finance Officer advised that the"),
    dict(n=3, asker="Cllr Sarah Pennock", role="deputy_chief_constable", status="answered"),
    dict(n=4, asker="Mr Alan Fripp", role="pcc", status="no_information"),
    dict(n=5, asker="Cllr Joanne Beale", role="deputy_chief_constable", status="answered"),
    dict(n=6, asker="Cllr Tom Blandford", role="pcc", status="answered"),
    dict(n=7, asker="Cllr Sarah Pennock", role="officer", status="answered"),
    dict(n=8, asker="Mr Alan Fripp", role="pcc", status="deferred"),
    dict(n=9, asker="the Chair", role="pcc", status="answered"),
    dict(n=10, asker="Cllr Malik Rowe", role=None, status="unanswered"),
]
DECOYS = [
    "declaration of interest",
    "public question from a town council to the Chairman about the Panel's venue",
    "resolution supporting the precept",
    "forward plan request for a report",
]

def build():
    html_path = SOURCE / "src" / "h3-stourmouth.print.html"
    html_path.write_text(strip_markers(SRC), encoding="utf-8")
    out = ROOT / "documents" / DOC
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={out}",
                    "--no-pdf-header-footer", f"file://{html_path}"], check=True, capture_output=True, timeout=120)
    return label(SRC, META, Q, DECOYS)

if __name__ == "__main__":
    build()
