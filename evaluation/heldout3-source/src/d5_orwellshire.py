"""h3-orwellshire.pdf: county-council minutes PDF (reportlab), 'Unconfirmed' stamp, Present / Also present / Supporting officers present,
Decision: / Reason for decision: / Alternative options: blocks, hyphenated justified text, 'Page N' footer, Chairman signature."""
from reportlab.lib.units import mm
from lib import ROOT, label
import rl

DOC = "h3-orwellshire.pdf"

B = []
def P(t, k="ind"): B.append((k, t))
def H(t): B.append(("h", t))

B.append(("title", "Police and Crime Panel"))
P("Minutes of the meeting of the Orwellshire Police and Crime Panel held on 31 January 2025 at 10:00 am in the Elizabeth Room, Endeavour House, Ipswell.", "p")
B.append(("table", ([
    ["<b>Present:</b>", "Councillor Graham Ellery (Chairman), Councillor Patricia Shotley (Vice-Chairman), Councillors Owen Pryke, Karen Lusted, Yusuf Karim, Denise Hollesley, Martin Wickham and Alan Brantham; Co-opted Independent Members: Mrs Freya Addison and Mr Peter Dunwich."],
    ["<b>Also present:</b>", "Mr Howard Trimley (Police and Crime Commissioner), Chief Constable Rachel Kessingland, Mr Simon Melton (Chief Executive, Office of the Police and Crime Commissioner), Ms Julia Cretingham (Chief Finance Officer, Office of the Police and Crime Commissioner) and Detective Chief Superintendent Lee Barham."],
    ["<b>Supporting officers present:</b>", "Clare Southwold (Democratic Services Officer) and Fiona Waveney (Scrutiny Officer)."],
], (45, 118))))
B.append(("space", "3"))
H("1. Apologies for Absence and Substitutions")
P("Apologies for absence were received from Councillor Neil Kesgrave. Councillor Alan Brantham attended as his substitute.")
H("2. Declarations of Interest and Dispensations")
P("Councillor Denise Hollesley declared a non-pecuniary interest in item 5 as her husband was a retired officer of the Orwellshire Constabulary.")
H("3. Minutes of the Previous Meeting")
P("The minutes of the meeting held on 22 November 2024 were confirmed as a correct record and signed by the Chairman.")
H("4. Public Participation Session")
P("There were no applications from members of the public to speak at the meeting.")
H("5. Police and Crime Commissioner’s Proposed Precept for 2025/26")
P("The Panel received a report at Agenda Item 5 setting out the Police and Crime Commissioner’s proposal to increase the policing element of the council tax by £14 a year for a Band D property, to £291.15. The Commissioner explained that the increase was needed to maintain officer numbers at 1,402 and to meet pay awards that had not been fully funded by the Government.")
P("Members asked a number of questions, to which the Commissioner and the Chief Constable responded as follows:")
P("a) ⟦Q1⟧Councillor Owen Pryke asked how much of the Government’s settlement was tied to keeping officer numbers at the uplift level, and what would happen if the force fell below it.⟦/Q1⟧ ⟦A1⟧The Commissioner explained that £4.6 million of the grant depended on the force maintaining 1,402 officers at each census point. If numbers fell below that figure the grant would be withheld in full, which was why the force recruited a small number of officers above the target as a margin.⟦/A1⟧", "sub")
P("b) ⟦Q2⟧Councillor Karen Lusted asked the Chief Constable whether response times in the rural west of the county had improved since the new deployment model was introduced.⟦/Q2⟧ ⟦A2⟧The Chief Constable reported that the average attendance time for emergency calls in rural areas had improved from 19 minutes to 16 minutes, against a target of 20. She acknowledged that a small number of villages on the county boundary remained difficult to reach within the target and said that the force was looking at stationing a response car at Hadleigh Heath during the evening.⟦/A2⟧", "sub")
P("c) ⟦Q3⟧Mrs Freya Addison asked why the Commissioner proposed to use £1.8 million of reserves to balance the budget when the medium-term financial plan showed a further gap in 2026/27.⟦/Q3⟧ ⟦A3⟧The Chief Finance Officer explained that the use of reserves was a one-off measure to allow the estates review to deliver its savings, which were expected to reach £2.3 million a year from 2026/27. General reserves would remain at £6.1 million, or 3.6% of the net budget, which was above the minimum level set in the Commissioner’s reserves strategy.⟦/A3⟧", "sub")
P("d) ⟦Q4⟧Councillor Yusuf Karim asked how many residents had responded to the precept survey from each district.⟦/Q4⟧ ⟦A4⟧The Commissioner said that he did not have the breakdown with him and would provide a written response to the Panel.⟦/A4⟧", "sub")
P("The Commissioner provided the following information in response to further questions from Members:")
B.append(("bul", "⟦A5⟧The force expected to recruit 40 Special Constables during 2025/26, and a new allowance for specials who worked more than 16 hours a month would be introduced in April.⟦/A5⟧"))
B.append(("bul", "⟦A6⟧The new rural crime team would have 12 officers, including two wildlife crime officers, and would be based at Stowbridge.⟦/A6⟧"))
B.append(("bul", "⟦A7⟧A joint review of the multi agency safeguarding hub with the County Council would report in June 2025.⟦/A7⟧"))
P("<b>Decision:</b> The Panel agreed:")
P("a) to support the Police and Crime Commissioner’s proposed precept for 2025/26; and", "sub")
P("b) ⟦D⟧to ask the Commissioner to report back to the Panel on the new rural crime team⟦/D⟧ at its meeting in July 2025.", "sub")
P("<b>Reason for decision:</b> Having considered the Commissioner’s proposal and the answers to Members’ questions, the Panel was satisfied that the proposed precept was reasonable.")
P("<b>Alternative options:</b> None considered.")
P("<b>Declarations of interest:</b> Councillor Denise Hollesley, as recorded at item 2.")
P("<b>Dispensations:</b> None noted.")
H("6. Police and Crime Plan: Performance Report")
P("The Panel received a report at Agenda Item 6 on the Constabulary’s performance against the objectives in the Police and Crime Plan for the period April to December 2024. ⟦D⟧The report asked “Is Orwellshire getting its fair share of national funding?”⟦/D⟧ and concluded that the county received £11 less per resident than the average for similar forces.")
P("⟦Q8⟧Councillor Lusted asked how often domestic violence protection orders were being used, and whether victims were being supported once an order ended.⟦/Q8⟧ ⟦A8⟧Detective Chief Superintendent Barham said that 118 DVPOs had been granted in the nine months, compared with 91 in the same period of the previous year. Every victim was offered support from an independent adviser, and the force was working with the Commissioner’s commissioned services to keep in contact with victims for three months after an order expired.⟦/A8⟧")
P("⟦Q9⟧The Vice-Chairman asked how many older residents had reported losing money to online scams, and what the total losses had been.⟦/Q9⟧ ⟦A9⟧The Commissioner replied that he did not have those figures to hand.⟦/A9⟧")
P("⟦Q10⟧Councillor Karim referred to complaints from farmers in his division about hare coursing and asked what the Constabulary was doing to stop it.⟦/Q10⟧")
P("⟦A10⟧The Chief Constable explained that hare coursing was a priority for the rural crime team during the autumn and winter months, when most offences took place. The force had made 37 arrests for hare coursing offences since September and had seized 19 vehicles and 28 dogs.")
P("She said that the force was one of eleven taking part in a national operation which shared intelligence about the groups involved, many of whom travelled across several counties in a single day. Drones were now used to follow vehicles without putting officers at risk.")
P("The Chief Constable added that farmers could sign up to the Rural Watch messaging service, which gave them alerts about suspicious vehicles in their area, and that more than 900 farms had already done so.⟦/A10⟧")
P("⟦Q11⟧Councillor Pryke asked when the front counter at Lowestead police station would reopen.⟦/Q11⟧ The Chairman asked that this be followed up outside the meeting.")
P("⟦D⟧The Commissioner asked Members to promote the Neighbourhood Watch survey⟦/D⟧ in their wards.")
P("<b>Decision:</b> The Panel noted the report.")
P("<b>Reason for decision:</b> The Panel had scrutinised the Constabulary’s performance through the Commissioner.")
P("<b>Alternative options:</b> None considered.")
H("7. Complaints against the Police and Crime Commissioner")
P("The Panel received a report at Agenda Item 7 on complaints received since the last meeting. ⟦D⟧Members were invited to ask questions on the report but none were asked.⟦/D⟧")
P("<b>Decision:</b> The Panel noted the report.")
H("8. Forward Work Programme")
P("The Panel considered its forward work programme and agreed to add an item on the estates review to its meeting in October 2025.")
P("The meeting closed at 12:34 pm.", "p")
B.append(("space", "12"))
P("Chairman", "p")

ST = rl.styles("Helvetica", 11, hyphenate=True)

def first(c, d):
    c.saveState()
    c.setFont("Helvetica-Bold", 12)
    c.drawRightString(188 * mm, 284 * mm, "Unconfirmed")
    c.setFont("Helvetica", 9)
    c.drawCentredString(105 * mm, 12 * mm, f"Page {d.page}")
    c.restoreState()

def later(c, d):
    c.saveState()
    c.setFont("Helvetica", 9)
    c.drawCentredString(105 * mm, 12 * mm, f"Page {d.page}")
    c.restoreState()

META = {
    "document": DOC,
    "layout": "h3-county-minutes-decision-blocks-pdf",
    "modelled_on": "Suffolk Police and Crime Panel, minutes printed by Suffolk County Council (meetings at Endeavour House, Ipswich; Panel pages on suffolk.gov.uk and the Panel's annual report, docslib.org/doc/13281490) and the Suffolk councils' ModernGov minutes of the Commissioner's Q&A sessions (democracy.ipswich.gov.uk mgAi ID=14756; democracy.westsuffolk.gov.uk mgAi ID=6037): 'Unconfirmed' stamp, 'Minutes of the meeting of the … held on … at Endeavour House', Present / Also present / Supporting officers present, 'The Panel received a report at Agenda Item 5', lettered answers under 'Members asked a number of questions…', Decision: / Reason for decision: / Alternative options: / Declarations of interest: / Dispensations: blocks, hyphenated justified text, 'Page N', Chairman signature",
    "panel": "Orwellshire Police and Crime Panel",
    "meeting_date": "2025-01-31",
    "kind": "minutes",
}
Q = [
    dict(n=1, asker="Cllr Owen Pryke", role="pcc", status="answered"),
    dict(n=2, asker="Cllr Karen Lusted", role="chief_constable", status="answered"),
    dict(n=3, asker="Mrs Freya Addison", role="officer", status="answered"),
    dict(n=4, asker="Cllr Yusuf Karim", role="pcc", status="deferred"),
    dict(n=5, asker="members", role="pcc", status="answered"),
    dict(n=6, asker="members", role="pcc", status="answered"),
    dict(n=7, asker="members", role="pcc", status="answered"),
    dict(n=8, asker="Cllr Karen Lusted", role="officer", status="answered"),
    dict(n=9, asker="the Vice Chair", role="pcc", status="no_information"),
    dict(n=10, asker="Cllr Yusuf Karim", role="chief_constable", status="answered"),
    dict(n=11, asker="Cllr Owen Pryke", role=None, status="unanswered"),
]
DECOYS = [
    "decision to ask the Commissioner to report back",
    "rhetorical question in the performance report",
    "the Commissioner asking members to promote a survey",
    "questions invited on the complaints report but none asked",
]

def build():
    rl.build(ROOT / "documents" / DOC, B, ST, first, later)
    return label(rl.source(B), META, Q, DECOYS)

if __name__ == "__main__":
    build()
