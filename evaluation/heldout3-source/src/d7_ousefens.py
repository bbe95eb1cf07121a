"""h3-ousefens.docx: Word minutes (python-docx): Heading styles for items, an attendance table,
'Comments and responses to questions included:' bullets (List Bullet), RESOLVED as List Number,
and an appendix table of written questions and the Commissioner's responses."""
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from lib import ROOT, strip_markers, label

DOC = "h3-ousefens.docx"

SRC = []   # marked text in document order, for labelling
d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(20)
d.styles["Normal"].font.name = "Arial"
d.styles["Normal"].font.size = Pt(11)
hp = sec.header.paragraphs[0]
hp.text = "Ouse Fens Police and Crime Panel – 22 January 2025 – DRAFT MINUTES"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
sec.footer.paragraphs[0].text = "Fenchester City Council – Democratic Services"

def para(text, style=None, bold=False):
    SRC.append(text)
    p = d.add_paragraph(style=style)
    r = p.add_run(strip_markers(text))
    r.bold = bold
    return p

def heading(text, level=2):
    SRC.append(text)
    d.add_heading(strip_markers(text), level=level)

def bullet(text):
    para(text, "List Bullet")

def number(text):
    para(text, "List Number")

def table(rows, header=True, widths=None):
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for c, text in zip(cells, row):
            SRC.append(text)
            c.text = strip_markers(text)
            if header and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    if widths:
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Mm(w)
    return t

heading("OUSE FENS POLICE AND CRIME PANEL", 1)
para("MINUTES OF THE MEETING HELD AT 1.30PM ON WEDNESDAY 22 JANUARY 2025, BOURGES ROOM, TOWN HALL, FENCHESTER", bold=True)
table([
    ["Attendance", "Name", "Authority"],
    ["Committee Members Present", "Mrs Gillian Soham (Chair)", "Independent Co-opted Member"],
    ["", "Councillor Nigel Ramsey (Vice-Chair)", "Huntsford District Council"],
    ["", "Councillor Amrit Chatteris", "Fenchester City Council"],
    ["", "Councillor Lucy Whittlesey", "Ouse Fens County Council"],
    ["", "Councillor Graham Littleport", "East Fenland District Council"],
    ["", "Councillor Dawn Sawtry", "South Ouse District Council"],
    ["", "Mr Edwin March", "Independent Co-opted Member"],
    ["Officers Present", "Rebecca Yaxley", "Senior Democratic Services Officer"],
    ["", "Tom Elton", "Legal Adviser to the Panel"],
    ["Also Present", "Darren Holme", "Police and Crime Commissioner"],
    ["", "Sophie Upwell", "Chief Executive, OPCC"],
    ["", "Matthew Benwick", "Chief Finance Officer, OPCC"],
    ["", "Deputy Chief Constable Laura Manea", "Ouse Fens Constabulary"],
], widths=(50, 65, 55))

heading("1. Apologies for Absence")
para("Apologies for absence were received from Councillors Sam Outwell and Joan Doddington.")
heading("2. Declarations of Interest")
para("Councillor Littleport declared that he was a member of the Ouse Fens Fire Authority.")
heading("3. Minutes of the Meeting held on 13 November 2024")
para("The minutes of the meeting held on 13 November 2024 were agreed as a true and accurate record.")
heading("4. Review Actions and Recommendations from Previous Meeting")
para("⟦D⟧At its meeting on 13 November 2024 the Panel requested an item on the outcome of the inspection⟦/D⟧ of the Constabulary's crime recording; the Commissioner confirmed that this was covered in item 7 of today's agenda.")
heading("5. Public Questions / Statements")
para("No public questions or statements had been received.")
heading("6. Police and Crime Commissioner's Proposed Budget and Precept 2025/26")
para("The Panel received a report from the Police and Crime Commissioner setting out his proposed budget for 2025/26 and an increase of £14 in the policing precept for a Band D property, taking it to £305.10.")
para("Comments and responses to questions included:")
bullet("⟦Q1⟧Councillor Chatteris asked how the Commissioner would protect neighbourhood policing in Fenchester if the force's savings targets were not met.⟦/Q1⟧ ⟦A1⟧The Commissioner advised that the 96 neighbourhood officers in the city were ring-fenced in the budget and that any shortfall in savings would first be met from the change reserve, which held £3.2 million.⟦/A1⟧")
bullet("⟦A2⟧In response to a question about the cost of the new body-worn video contract, the Chief Finance Officer explained that the five-year contract was worth £2.7 million and had been awarded through a regional framework, saving around £300,000 compared with the previous arrangement.⟦/A2⟧")
bullet("⟦A3⟧The Commissioner confirmed that the consultation had received 3,112 responses, of which 58% supported the proposed increase, and that a summary would be published on his website.⟦/A3⟧")
bullet("⟦D⟧Members commented that the consultation had been well publicised⟦/D⟧ in the rural areas this year.")
bullet("⟦Q4⟧Councillor Whittlesey asked whether the Constabulary had enough detectives to deal with the backlog of rape and serious sexual offence investigations.⟦/Q4⟧ ⟦A4⟧The Deputy Chief Constable stated that 31 trainee detectives had joined in the autumn and that the number of open investigations had fallen from 640 to 515. She added that each victim now had a named officer and a specialist adviser.⟦/A4⟧")
bullet("⟦Q5⟧Councillor Sawtry asked what the force spent each year on agency staff in the contact centre.⟦/Q5⟧ ⟦A5⟧The Chief Finance Officer said that he did not have the figure with him.⟦/A5⟧")
para("The Chair asked the Panel to vote on the proposed precept. Seven members voted in favour and none against.")
para("RESOLVED:", bold=True)
para("The Panel:")
number("Supported the Police and Crime Commissioner's proposed precept of £305.10 for a Band D property for 2025/26; and")
number("⟦D⟧Requested that the Commissioner provide a breakdown of the change reserve⟦/D⟧ before the Panel's next meeting.")
heading("7. Annual Delivery Plan and Inspection Update")
para("The Panel received a report from the Police and Crime Commissioner on progress with his annual delivery plan and the Constabulary's response to the recent inspection of crime recording.")
para("Comments and responses to questions included:")
bullet("⟦Q6⟧Councillor Ramsey asked how many calls involving mental health concerns the Constabulary now passed to health partners under the Right Care, Right Person approach.⟦/Q6⟧ ⟦A6⟧The Deputy Chief Constable explained that around 180 calls a month were now passed to the mental health crisis line, which had released the equivalent of 14 officers. No serious incidents had been linked to the change.⟦/A6⟧")
bullet("⟦Q7⟧Mr March asked whether the Commissioner would extend the rural crime action plan to cover theft of GPS equipment from farms.⟦/Q7⟧ ⟦A7⟧The Commissioner said that equipment theft was already part of the plan, and that 40 GPS units had been recovered in December following a joint operation with two neighbouring forces.⟦/A7⟧")
bullet("⟦Q8⟧Councillor Littleport raised concern that crimes reported online were not being recorded within 24 hours and asked when the backlog would be cleared.⟦/Q8⟧")
bullet("⟦Q9⟧Councillor Chatteris asked how the OPCC was working with the Multi-Agency Safeguarding Hub to identify children at risk of exploitation.⟦/Q9⟧ ⟦A9⟧The Chief Executive of the OPCC explained that the Commissioner funded two youth workers based in the MASH, who saw every referral involving a child missing from home more than twice in a month.⟦/A9⟧")
para("RESOLVED:", bold=True)
para("The Panel noted the report.")
heading("8. Complaints Update")
para("The Legal Adviser reported that no complaints had been received about the Commissioner since the last meeting. ⟦D⟧The Chair asked whether there were any questions; there were none.⟦/D⟧")
heading("9. Forward Plan")
para("The Panel noted its forward plan. The next meeting would be held on 12 March 2025.")
para("CHAIR")
para("1.30pm – 3.22pm")

heading("Appendix A – Written questions from Panel Members and the Commissioner's responses")
table([
    ["No.", "Question from", "Question", "Response from the Police and Crime Commissioner"],
    ["1", "Councillor Dawn Sawtry", "⟦Q10⟧How many speeding offences were recorded by the mobile safety cameras on the A1101 in 2024, and how many of those drivers were offered a speed awareness course?⟦/Q10⟧",
     "⟦A10⟧The mobile cameras recorded 2,846 speeding offences on the A1101 in 2024. 1,930 drivers were offered a speed awareness course and 1,512 completed one. The remainder received a fixed penalty or were prosecuted.⟦/A10⟧"],
    ["2", "Councillor Lucy Whittlesey", "⟦Q11⟧What funding has the Commissioner given to services for victims of domestic abuse in the south of the county since April 2024?⟦/Q11⟧",
     "⟦A11⟧I have provided £412,000 to the South Ouse Domestic Abuse Service, which funds three IDVAs and an outreach worker, and a further £60,000 to the refuge in Sawtry Bridge for a children's worker.⟦/A11⟧"],
    ["3", "Mr Edwin March", "⟦Q12⟧When will the Commissioner publish the findings of the review of the force's use of drones?⟦/Q12⟧",
     "⟦A12⟧A response will be provided after I have discussed the review with the Chief Constable at our accountability meeting on 4 February 2025.⟦/A12⟧"],
], widths=(10, 35, 60, 65))

d.core_properties.title = "Ouse Fens Police and Crime Panel - Minutes - 22 January 2025"
d.core_properties.author = "Democratic Services"

META = {
    "document": DOC,
    "layout": "h3-word-comments-and-responses-docx",
    "modelled_on": "Cambridgeshire Police and Crime Panel (Peterborough City Council host), ModernGov pages democracy.peterborough.gov.uk ieListDocuments CId=543 (MeetingId=5062, AGM 31 Jul 2024: Review Actions and Recommendations from Previous Meeting, Public Questions/ Statements, an independent Chair; MId=3043, 18 Oct 2012: 'Comments and responses to questions included:' bullets) and the ieListMeetings page CId=543; written as the Word minutes the host authority drafts, with an attendance table and an appendix table of written member questions and responses",
    "panel": "Ouse Fens Police and Crime Panel",
    "meeting_date": "2025-01-22",
    "kind": "minutes",
}
Q = [
    dict(n=1, asker="Cllr Amrit Chatteris", role="pcc", status="answered"),
    dict(n=2, asker="a member", role="officer", status="answered", answer_start="the Chief Finance Officer explained that the"),
    dict(n=3, asker="members", role="pcc", status="answered"),
    dict(n=4, asker="Cllr Lucy Whittlesey", role="deputy_chief_constable", status="answered"),
    dict(n=5, asker="Cllr Dawn Sawtry", role="officer", status="no_information"),
    dict(n=6, asker="Cllr Nigel Ramsey", role="deputy_chief_constable", status="answered"),
    dict(n=7, asker="Mr Edwin March", role="pcc", status="answered"),
    dict(n=8, asker="Cllr Graham Littleport", role=None, status="unanswered"),
    dict(n=9, asker="Cllr Amrit Chatteris", role="officer", status="answered"),
    dict(n=10, asker="Cllr Dawn Sawtry", role="pcc", status="answered"),
    dict(n=11, asker="Cllr Lucy Whittlesey", role="pcc", status="answered"),
    dict(n=12, asker="Mr Edwin March", role="pcc", status="deferred"),
]
DECOYS = [
    "action log entry from the previous meeting",
    "members' comment, no question",
    "resolution requesting a breakdown from the Commissioner",
    "the Chair invited questions on the complaints update and none were asked",
]

def build():
    d.save(ROOT / "documents" / DOC)
    return label("\n".join(SRC), META, Q, DECOYS)

if __name__ == "__main__":
    build()
