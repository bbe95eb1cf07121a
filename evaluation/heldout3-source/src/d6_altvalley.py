"""h3-altvalley.pdf: metropolitan host-authority minutes PDF (reportlab, Times), running minute numbers with sub-items 14a/14b,
capitals titles, host-authority representative, 'Resolved that –' lettered, 'Chairperson's initials' footer and running header."""
from reportlab.lib.units import mm
from lib import ROOT, label
import rl

DOC = "h3-altvalley.pdf"

B = []
def P(t, k="ind"): B.append((k, t))
def H(t): B.append(("h", t))

B.append(("title", "ALT VALLEY POLICE AND CRIME PANEL"))
P("MINUTES OF THE MEETING HELD ON THURSDAY, 13 FEBRUARY 2025 AT 11.00 AM IN THE COUNCIL CHAMBER, MUNICIPAL BUILDINGS, HALEWOOD CROSS", "p")
B.append(("table", ([
    ["Present:", "Councillor Bernadette Quirk (Chairperson)<br/>Councillors Anne Dowd (Altmouth), Paul Hanley (Sandhurst), Siobhan Reilly (Altmouth), Kevin Formby (Greasby) and Lorraine Birkdale (St Ellens)<br/>Mr David Kaplan and Ms Aisha Rahim (Independent Co-opted Members)"],
    ["In attendance:", "Ms Caroline Eccles (Police and Crime Commissioner), Mr Joseph Ainsdale (Deputy Police and Crime Commissioner), Chief Constable Mark Sefton, Assistant Chief Constable Helen Crosby, Ms Jane Litherland (Chief Executive, OPCC) and Mr Robert Maghull (Chief Finance Officer, OPCC)"],
    ["Officers:", "Mr Liam Tarbock (representative of the Chief Executive of Halewood Cross MBC, Host Authority) and Mrs Ruth Prescot (Democratic Services)"],
], (32, 131))))
B.append(("space", "2"))
H("12. MINUTES")
P("The minutes of the Panel meeting held on 5 December 2024 were received as a correct record.")
H("13. DECLARATION OF INTEREST")
P("The representative of the Chief Executive of Halewood Cross MBC (Host Authority) reported that no declarations of interest had been submitted by Panel Members.")
H("14. SUPPORTING AND CHALLENGING THE POLICE AND CRIME COMMISSIONER")
H("14a. POLICE AND CRIME COMMISSIONER'S PROPOSED PRECEPT 2025/26")
P("The Panel considered the report of the Police and Crime Commissioner which set out her proposal to increase the police precept by £14 for a Band D property in 2025/26, equivalent to 27 pence a week, and the budget of £451.7 million it would support.")
P("The Commissioner introduced the report and explained that the settlement from the Government had again assumed that every Commissioner would raise the precept by the maximum amount allowed.")
P("⟦Q1⟧Councillor Dowd queried why the Commissioner had not proposed a smaller increase, given that households in Altmouth were facing rises in their energy and housing costs.⟦/Q1⟧ ⟦A1⟧The Commissioner responded that she had considered an increase of £10, but that it would have left a gap of £1.9 million which could only be closed by reducing the number of police staff in the control room. Most households in the area were in Bands A and B and would pay between £9.33 and £10.89 more a year.⟦/A1⟧")
P("⟦Q2⟧Councillor Hanley sought clarification on the number of police officers that the budget would fund.⟦/Q2⟧ ⟦A2⟧The Chief Finance Officer confirmed that the budget provided for 4,130 officers, including the 86 posts funded through the national uplift grant, together with 2,244 police staff and 318 police community support officers.⟦/A2⟧")
P("⟦Q3⟧Mr Kaplan, Independent Co-opted Member, enquired whether any of the additional income would be used to extend the network of automatic number plate recognition cameras on the approaches to the tunnels.⟦/Q3⟧ ⟦A3⟧The Commissioner advised that £600,000 had been included in the capital programme for 24 new cameras, to be installed by the end of the year.⟦/A3⟧")
P("⟦Q4⟧A Member asked how much the force was spending on overtime to police football matches and whether the clubs contributed to the cost.⟦/Q4⟧ ⟦A4⟧The Deputy Commissioner indicated that the figures were not available at the meeting and that they would be provided to Members in due course.⟦/A4⟧")
P("⟦D⟧The Commissioner asked whether Members would be willing to attend⟦/D⟧ one of her community engagement events in the spring.")
P("Resolved that –")
P("(a) the Panel supports the Police and Crime Commissioner's proposed precept for 2025/26; and", "sub")
P("(b) ⟦D⟧the Commissioner be requested to provide the Panel with a breakdown⟦/D⟧ of the savings included in the medium term financial plan.", "sub")
H("14b. POLICE AND CRIME COMMISSIONER'S ANNUAL DELIVERY PLAN - QUARTER 3 UPDATE")
P("The Panel considered the report of the Police and Crime Commissioner which provided an update on the delivery of her Police and Crime Plan during the third quarter of 2024/25.")
P("⟦Q5⟧Councillor Reilly asked what impact the use of knife arches and the weapons sweeps in the city centre had had on serious violence.⟦/Q5⟧")
P("⟦A5⟧The Chief Constable, who was also in attendance, advised that knife crime had fallen by 14% over the year and that there had been no fatal stabbings in the city centre since June. The weapons sweeps had recovered 211 knives and other weapons. He explained that the force used three approaches:")
B.append(("bul", "knife arches at major events and at the night-time economy hubs on Friday and Saturday evenings;"))
B.append(("bul", "targeted stop and search, based on intelligence, in the five areas with the highest levels of violence; and"))
B.append(("bul", "education sessions in every secondary school, delivered with the youth service."))
P("The Chief Constable added that the force would publish an evaluation of the sweeps in the summer.⟦/A5⟧")
P("⟦Q6⟧Councillor Reilly then asked the Commissioner whether funding for the Violence Reduction Partnership would continue after March 2025.⟦/Q6⟧ ⟦A6⟧The Commissioner confirmed that the Home Office had agreed a further year of funding of £3.4 million, and that she would add £400,000 from her own budget to keep the hospital navigator scheme running.⟦/A6⟧")
P("⟦Q7⟧Councillor Hanley referred to the racist chanting reported at a recent match at Sandhurst Park and asked how hate crime at football grounds was being tackled.⟦/Q7⟧ ⟦A7⟧Assistant Chief Constable Crosby explained that dedicated football officers worked with both clubs to identify offenders, that five supporters had been charged with racially aggravated public order offences this season, and that the clubs had issued banning orders in each case.⟦/A7⟧")
P("⟦Q8⟧The Chairperson asked what support was available for victims of modern slavery once they had been referred through the National Referral Mechanism.⟦/Q8⟧ ⟦A8⟧The Commissioner explained that she funded a specialist caseworker service which supported 74 victims last year, and that it helped them to find housing and employment while their cases were considered. She was working with the local authorities on a protocol for victims who were not eligible for government support.⟦/A8⟧")
P("⟦Q9⟧Councillor Formby asked how the partners had prepared for the Bonfire Night period after the disorder in Greasby the previous year.⟦/Q9⟧ ⟦A9⟧The Deputy Commissioner reported that the police, the fire and rescue service and the councils had run a joint operation over three weeks. Calls about anti-social behaviour had fallen by 31% and there had been no attacks on firefighters.⟦/A9⟧")
P("⟦Q10⟧Mr Kaplan asked how many pupils had been identified as at risk of child criminal exploitation through the schools liaison officers.⟦/Q10⟧")
P("⟦Q11⟧A Member commented on the growing number of cases of young people being blackmailed online and asked what was being done to warn parents.⟦/Q11⟧ ⟦A11⟧The Deputy Commissioner stated that a campaign on sextortion would run in all schools during March, with guidance for parents published on the Commissioner's website and shared through the councils' newsletters.⟦/A11⟧")
P("Resolved that the report be noted.")
H("15. PANEL COMPLAINTS MONITORING REPORT")
P("The Panel considered the report of the Chief Executive of Halewood Cross MBC (Host Authority), which provided details of the complaints received about the conduct of the Commissioner since the last meeting. ⟦D⟧No questions were raised by Members on the report.⟦/D⟧")
P("Resolved that the report be noted.")
H("16. PUBLIC QUESTIONS")
P("The representative of the Chief Executive reported that one question had been received. ⟦D⟧Ms Sandra Lathom had asked when the Panel would fill its vacancy⟦/D⟧ for an independent co-opted member. The Chairperson responded that the vacancy had been advertised in January, that interviews would be held in March and that the appointment would be reported to the Panel in June.")
P("The meeting closed at 12.52 pm.", "p")

ST = rl.styles("Times", 12, hyphenate=False, justify=False)

def furniture(c, d, first=False):
    c.saveState()
    c.setFont("Times-Roman", 9)
    if not first:
        c.drawString(22 * mm, 284 * mm, "ALT VALLEY POLICE AND CRIME PANEL – 13 FEBRUARY 2025")
        c.line(22 * mm, 282.5 * mm, 188 * mm, 282.5 * mm)
    c.drawString(22 * mm, 14 * mm, "Chairperson's initials ..........")
    c.drawRightString(188 * mm, 14 * mm, f"- {d.page} -")
    c.restoreState()

META = {
    "document": DOC,
    "layout": "h3-host-authority-capitals-minutes-pdf",
    "modelled_on": "Merseyside Police and Crime Panel, Knowsley ModernGov 'Agenda and minutes' page (councillors.knowsley.gov.uk ieListDocuments CId=796 MId=9137, 8 Jul 2021: running minute numbers 9.–11., capitals titles, sub-item 11a under SUPPORTING AND CHALLENGING THE POLICE AND CRIME COMMISSIONER, 'The representative of the Chief Executive of Knowsley MBC (Host Authority) reported …') and the Panel pages on knowsley.gov.uk; printed as minutes with a running header, 'Chairperson's initials' footer and page numbers",
    "panel": "Alt Valley Police and Crime Panel",
    "meeting_date": "2025-02-13",
    "kind": "minutes",
}
Q = [
    dict(n=1, asker="Cllr Anne Dowd", role="pcc", status="answered"),
    dict(n=2, asker="Cllr Paul Hanley", role="officer", status="answered"),
    dict(n=3, asker="Mr David Kaplan", role="pcc", status="answered"),
    dict(n=4, asker="a member", role="deputy_pcc", status="deferred"),
    dict(n=5, asker="Cllr Siobhan Reilly", role="chief_constable", status="answered"),
    dict(n=6, asker="Cllr Siobhan Reilly", role="pcc", status="answered"),
    dict(n=7, asker="Cllr Paul Hanley", role="officer", status="answered"),
    dict(n=8, asker="the Chair", role="pcc", status="answered"),
    dict(n=9, asker="Cllr Kevin Formby", role="deputy_pcc", status="answered"),
    dict(n=10, asker="Mr David Kaplan", role=None, status="unanswered"),
    dict(n=11, asker="a member", role="deputy_pcc", status="answered"),
]
DECOYS = [
    "the Commissioner asking members to attend her events",
    "resolution requesting a breakdown from the Commissioner",
    "no questions raised on the complaints report",
    "public question about the Panel's own vacancy, answered by the Chairperson",
]

def build():
    rl.build(ROOT / "documents" / DOC, B, ST, lambda c, d: furniture(c, d, True), furniture)
    return label(rl.source(B), META, Q, DECOYS)

if __name__ == "__main__":
    build()
