"""Builds h4-brackenshire.docx: minutes of a county council scrutiny committee that the PCC attended,
as a Word document with real headings, list styles and a table. Usage: python h4-brackenshire.py OUT.docx"""
import sys
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

out = sys.argv[1]
d = Document()
st = d.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
for s in d.sections:
    s.left_margin = s.right_margin = Cm(2.2)
    hp = s.header.paragraphs[0]
    hp.text = "Brackenshire County Council"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = s.footer.paragraphs[0]
    fp.text = "Safer and Stronger Communities Overview and Scrutiny Committee – 14 October 2025 – draft minutes, subject to approval"

def P(text, bold=False, style=None):
    p = d.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    return p

def B(text):
    return d.add_paragraph(text, style="List Bullet")

def N(text):
    return d.add_paragraph(text, style="List Number")

t = d.add_heading("SAFER AND STRONGER COMMUNITIES OVERVIEW AND SCRUTINY COMMITTEE", level=0)
P("Minutes of the meeting held on Tuesday, 14 October 2025 at 10.00 am in Committee Room 2, County Offices, Hallgate, Brackley Magna")

P("PRESENT:", bold=True)
P("Councillor Margaret Stainforth (Chair)")
P("Councillors Derek Amos, Lucy Bramhall, Owen Carver, Priya Dhanda, Keith Ellwood, Sarah Fairbrother (Vice-Chair), Martin Gosling and Yvonne Hartle")
P("IN ATTENDANCE:", bold=True)
P("Robert Ashdown (Police and Crime Commissioner for Brackenshire), Louise Pemberton (Deputy Police and Crime Commissioner), Chief Superintendent Daniel Okonjo (Brackenshire Police, Local Policing Commander) and Fiona Marsh (Head of Community Safety, Brackenshire County Council)")
P("OFFICERS:", bold=True)
P("Helen Pryor (Scrutiny Manager) and James Cottam (Democratic Services Officer)")
P("APOLOGIES:", bold=True)
P("Councillor Neil Iveson")

d.add_heading("1. DECLARATIONS OF INTEREST", level=1)
P("Councillor Lucy Bramhall declared a personal interest in item 3 as a member of the Brackenshire Police and Crime Panel.")

d.add_heading("2. MINUTES OF THE PREVIOUS MEETING", level=1)
P("The minutes of the meeting held on 9 September 2025 were confirmed as a correct record.")
P("The Chair asked members to note that the response on school crossing patrols, requested at the last meeting, had been circulated on 30 September.")

d.add_heading("3. POLICE AND CRIME COMMISSIONER – PARTNERSHIP WORKING WITH THE COUNTY COUNCIL", level=1)
P("The Chair welcomed the Police and Crime Commissioner, the Deputy Commissioner and Chief Superintendent Okonjo to the meeting. The Commissioner gave a presentation on his Police and Crime Plan and on joint work with the County Council, including community safety funding, the youth diversion programme and the rural crime partnership.")

d.add_heading("Scrutiny Manager's report", level=2)
P("The Scrutiny Manager's covering report set out the following key questions for the Committee:")
B("How effective is the partnership between the County Council and the Commissioner in reducing anti-social behaviour?")
B("Does the community safety grant represent value for money for Brackenshire residents?")

d.add_heading("Questions submitted in advance", level=2)
P("Three questions had been submitted by members before the meeting. The questions and the Commissioner's written responses, which were tabled at the meeting, are set out below.")
tbl = d.add_table(rows=1, cols=3)
tbl.style = "Table Grid"
hdr = tbl.rows[0].cells
hdr[0].text = "Member"
hdr[1].text = "Question"
hdr[2].text = "Response from the Police and Crime Commissioner"
rows = [
    ("Cllr Owen Carver",
     "How much community safety grant has the County Council received from the Commissioner in each of the last three years?",
     "The County Council received £412,000 in 2023/24, £398,000 in 2024/25 and £405,000 in 2025/26. The grant for 2026/27 will be confirmed in March."),
    ("Cllr Priya Dhanda",
     "Will the Commissioner continue to fund the independent domestic violence advisers based in the County Council's children's services teams after March 2026?",
     "Yes. The Commissioner has agreed to fund the two IDVA posts for a further two years, to March 2028, subject to the usual grant conditions."),
    ("Cllr Keith Ellwood",
     "What is the Commissioner doing to reduce speeding on rural roads, and how many speed cameras are planned for the county?",
     "A response to this question will be provided in writing, as the Safer Roads Partnership is still finalising its camera programme for 2026."),
]
for m, q, a in rows:
    c = tbl.add_row().cells
    c[0].text, c[1].text, c[2].text = m, q, a

d.add_heading("Discussion", level=2)
P("Following the presentation, the following points of discussion were raised by the Committee:-")
B("Councillor Amos referred to anti-social behaviour in Brackley Magna town centre and asked whether the new neighbourhood patrol plan had made any difference. Chief Superintendent Okonjo responded that reports of anti-social behaviour in the town centre had fallen by 22% since the patrol plan began in June. Two dispersal orders had been used in the summer, and a PCSO was now based in the library on Saturdays.")
B("Councillor Bramhall asked the Commissioner how the youth diversion programme was measuring success. The Commissioner explained that the programme tracked whether young people were re-arrested within twelve months, and that 81% of the 140 young people referred last year had not been re-arrested.")
B("Reference was made to the closure of the police front desk at Ormsby. A question was raised whether the Commissioner would consider a shared front desk in the County Council's Ormsby library. The Commissioner said that he was willing to look at the idea with the County Council and would report back to the Committee.")
B("Councillor Hartle asked how many reports of modern slavery had been made by the County Council's staff this year. The Deputy Commissioner said that she did not have the figures with her.")
B("Councillor Gosling asked Chief Superintendent Okonjo what the police were doing about fly-tipping on farmland. The Head of Community Safety answered for both organisations, explaining that the County Council and the police had run joint stop checks on waste carriers at six sites, and that 19 fixed penalty notices had been issued.")
B("Councillor Fairbrother asked the Deputy Commissioner whether the Commissioner's office would support a joint campaign on online safety for parents of primary school children. The Deputy Commissioner confirmed that £15,000 had been set aside for a campaign with schools in the spring term, and that the County Council's education team had been invited to help design it.")

d.add_heading("Decision", level=2)
P("RESOLVED:", bold=True)
N("That the presentation be received and the Commissioner, the Deputy Commissioner and Chief Superintendent Okonjo be thanked for attending.")
N("That the Commissioner be asked to provide a written update on a shared front desk at Ormsby to the Committee's meeting in January 2026.")
N("That the written responses to the questions submitted in advance be noted.")

d.add_heading("4. FORWARD WORK PROGRAMME", level=1)
P("The Scrutiny Manager presented the forward work programme.")
P("Action arising:", bold=True)
at = d.add_table(rows=1, cols=3)
at.style = "Table Grid"
h = at.rows[0].cells
h[0].text, h[1].text, h[2].text = "Action", "Owner", "Due"
for row in [("Ask the Safer Roads Partnership to attend a future meeting to answer members' questions on speed cameras", "Scrutiny Manager", "January 2026"),
            ("Circulate figures on fly-tipping enforcement by district", "Head of Community Safety", "November 2025")]:
    c = at.add_row().cells
    c[0].text, c[1].text, c[2].text = row

P("RESOLVED that the forward work programme be approved, subject to the addition of the Safer Roads Partnership in January 2026.")
P("The meeting ended at 12.20 pm.")
P("CHAIR", bold=True)
d.save(out)
