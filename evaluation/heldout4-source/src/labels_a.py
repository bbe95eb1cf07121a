# Hand-written labels, kept as Python for brevity; make_labels.py writes expected/*.json from them.
def q(asker, role, qs, qe, as_, ae, status, topics=()):
    return {"asker": asker, "respondent_role": role, "question_start": qs, "question_end": qe,
            "answer_start": as_, "answer_end": ae, "status": status, "topics": list(topics)}
def d(text, why): return {"text": text, "why": why}

KENNETDOWNS = {
 "document": "h4-kennetdowns.html", "layout": "h4-moderngov-chairman-points-made",
 "modelled_on": "Wiltshire Police and Crime Panel: ModernGov 'Agenda and minutes' pages on cms.wiltshire.gov.uk (ieListDocuments CId=1127, MId=14183, 14261, 11676; MeetingId=14866, 14867, 14870), saved as HTML",
 "panel": "Kennet Downs Police and Crime Panel", "meeting_date": "2025-09-11", "kind": "minutes",
 "questions": [
  q("Cllr Rosalind Aske", "officer", "In a matter arising from the previous meeting", "now had a standing place on it.", "The Chief Executive of the Office", "republished on the OPCC website.", "answered"),
  q("Cllr Denise Carrow", "pcc", "Cllr Denise Carrow asked what had been done", "by county lines gangs in Swinford.", "The PCC stated that 46 addresses", "every flagged address within 48 hours.", "answered", ["county-lines"]),
  q("Cllr Sue Whitlock", None, "Cllr Sue Whitlock raised concerns about the", "whether a final decision had been taken.", "", "", "unanswered"),
  q("a member", "officer", "", "", "the Chief Executive of the OPCC confirmed", "full-time wellbeing lead in April.", "answered", ["mental-health"]),
  q("Cllr Mervyn Hoskins", "pcc", "Cllr Mervyn Hoskins questioned the PCC about", "Rural Crime Team since January.", "The PCC stated that the team had", "and would not be pooled.", "answered"),
  q("Cllr Jo Lydiard", "chief_constable", "Cllr Jo Lydiard sought reassurance that the", "would last through the summer.", "Chief Constable Meredith-Vane explained that the", "on the force website from October.", "answered"),
  q("Mrs Harriet Oduya", "pcc", "Mrs Harriet Oduya, Independent Member, asked how", "how many had taken up the offer.", "The PCC said that he did not", "broken down in that way in the report.", "no_information", ["domestic-abuse"]),
  q("Cllr Tomasz Wierzbicki", "officer", "Cllr Tomasz Wierzbicki asked what was being done", "felt their reports went nowhere.", "Superintendent Lee Dowling, Head of Roads Policing,", "done with their reports.", "answered", ["road-safety"]),
  q("Cllr Gareth Pilbeam", "pcc", "Cllr Gareth Pilbeam asked whether the outcome", "before the precept was set.", "The PCC said that the review would", "Panel with a written response after that meeting.", "deferred"),
 ],
 "decoys": [
  d("The Chairman asked whether the Panel would be content", "the Chair's procedural question about the order of business"),
  d("asking why the Panel did not hold some of its meetings in the evening", "a public question to the Chairman about the Panel's own arrangements, answered by the Chairman"),
  d("That the question was no longer whether neighbourhood teams", "a rhetorical question in the PCC's presentation points"),
  d("ask the OPCC to bring a report on 101 and 999 call handling", "a resolution asking for a report back"),
  d("Members were asked whether there were further topics", "work programme housekeeping, no question put to the PCC"),
 ]}

MORGANNWG = {
 "document": "h4-morgannwg.html", "layout": "h4-mgai-commissioner-responded-initials",
 "modelled_on": "South Wales Police and Crime Panel: ModernGov pages on democracy.merthyr.gov.uk (ieListDocuments CId=349, MId=4785, 6052, 4877, 4429, 3118), written as the mgAi.aspx agenda-item page of the same site (item title with PDF link, 'Meeting: ... (Item 6)', Additional documents, Minutes)",
 "panel": "Morgannwg East Police and Crime Panel", "meeting_date": "2025-09-23", "kind": "minutes",
 "questions": [
  q("Mr Huw Prosser", "pcc", "Residents of the Cefn Onnen estate were promised", "When will the Commissioner keep that promise?", "The commissioner responded that the base had", "working from it four days a week.", "answered"),
  q("Cllr R Bevan", "pcc", "Cllr R Bevan queried whether the youth diversion", "valleys as well as in the city?", "The commissioner responded that 212 young people", "and had started in August.", "answered"),
  q("G Rees", "deputy_pcc", "Vice Chair G Rees asked how the", "changed anything for communities.", "E Lloyd-Harri, Deputy Morgannwg East Police", "present them to the Panel itself.", "answered"),
  q("Cllr T Ahmed", "officer", "Cllr T Ahmed raised concerns about the live", "had been stopped as a result.", "Assistant Chief Constable N Pearce advised that", "match a watchlist had been kept.", "answered"),
  q("Cllr L Griffiths", "chief_constable", "Cllr L Griffiths asked what was being done", "grooming of children online in the area.", "The Chief Constable advised that the Child", "rather than more offending.", "answered", ["child-sexual-exploitation", "cybercrime"]),
  q("P Nash", "pcc", "P Nash, Co-opted Member queried how many", "by the force this year?", "The commissioner stated that he did not", "to Panel members after the meeting.", "deferred", ["modern-slavery"]),
  q("Cllr D Morgan", "officer", "Cllr D Morgan asked for an explanation of", "Medium Term Financial Plan for 2027/28.", "M Tudor, Chief Finance Officer (Commissioner's Office) explained", "above the referendum limit.", "answered"),
  q("Cllr R Bevan", "officer", "Cllr R Bevan asked the Chief Finance Officer", "tested with the other Welsh forces.", "M Tudor confirmed that the figures had", "finance leads in July.", "answered"),
  q("a member", "pcc", "A member of the Panel queried whether the", "second custody nurse for the night shift.", "The commissioner responded that this was not", "not something he had looked at.", "no_information"),
  q("Cllr S Hughes", "deputy_pcc", "Cllr S Hughes asked what had been done", "two football grounds last season.", "E Lloyd-Harri, Deputy Commissioner advised that both", "with 8 banning orders made.", "answered", ["hate-crime"]),
 ],
 "decoys": [
  d("The report posed the question of whether neighbourhood teams", "a question posed by the Commissioner's report"),
  d("The commissioner asked Panel members whether they would be willing", "the Commissioner asking the Panel"),
  d("the Commissioner be asked to provide a report on the use of live facial recognition", "a resolution asking for a report back"),
 ]}

SWALEOUSE = {
 "document": "h4-swaleouse.pdf", "layout": "h4-mayoral-pfcp-printed-considered",
 "modelled_on": "York and North Yorkshire (North Yorkshire) Police, Fire and Crime Panel under the mayoral model: printed minutes of 25 July 2024, 10 October 2024 and 7 July 2025 (attendance paragraph, 'Copies of all documents considered are in the Minute Book', numbered items in a left column, 'Considered –' / 'Resolved –') and the ModernGov pages edemocracy.northyorks.gov.uk ieListDocuments CId=1159 MId=7929, 19334, 19774 and mgAi.aspx?ID=19780 (bulleted points, Deputy Mayor for Policing, Fire and Crime)",
 "panel": "Swale and Ouse Police, Fire and Crime Panel", "meeting_date": "2025-11-06", "kind": "minutes",
 "questions": [
  q("Cllr Neil Ackworth", "pcc", "Councillor Ackworth asked why the Mayor had", "and what the move would cost.", "The Mayor explained that the lease at", "rather than the police fund.", "answered"),
  q("Cllr Carol Dinsdale", "deputy_pcc", "Councillor Dinsdale queried the rise in reported", "fund more town centre patrols.", "The Deputy Mayor advised that shoplifting reports", "64 repeat offenders since July.", "answered"),
  q("Cllr Rukhsana Malik", "deputy_chief_constable", "Councillor Malik raised the number of domestic", "Deputy Mayor was doing about it.", "Deputy Chief Constable Garside responded that 212", "under 100 by the new year.", "answered", ["domestic-abuse"]),
  q("Cllr Ian Raw", "deputy_chief_constable", "", "", "the Deputy Chief Constable confirmed that the", "missing person searches since April.", "answered"),
  q("Cllr Trevor Pickersgill", "deputy_pcc", "Councillor Pickersgill asked how many officers had", "Right Care, Right Person approach.", "The Deputy Mayor did not have that", "to Members in writing.", "deferred", ["mental-health"]),
  q("Mr Jonathan Ellerby", "deputy_pcc", "Jonathan Ellerby asked whether the Deputy Mayor", "time officers spent at hospital.", "The Deputy Mayor said that no assessment", "had been carried out as yet.", "no_information", ["mental-health"]),
  q("Cllr Gareth Fenwick", "chief_fire_officer", "Councillor Fenwick referred to the statement received", "since it was removed.", "The Chief Fire Officer explained that the", "report the results to the Panel.", "answered"),
  q("Cllr Pauline Theakston", "chief_fire_officer", "Councillor Theakston asked the Chief Fire Officer", "over 80 living alone.", "The Chief Fire Officer said that he", "hold them in that form.", "no_information"),
  q("Cllr Helen Brotherton", "deputy_pcc", "Councillor Brotherton asked the Deputy Mayor whether", "rise by the maximum allowed.", "The Deputy Mayor advised that she was", "settlement was known in December.", "answered"),
  q("Cllr Neil Ackworth", "deputy_pcc", "Councillor Ackworth asked what the Deputy Mayor", "used to carry drugs.", "The Deputy Mayor replied that she had", "23 had been referred this year.", "answered", ["county-lines", "modern-slavery"]),
 ],
 "decoys": [
  d("Members asked that the Secretariat obtain a breakdown", "a request to the Panel Secretariat in the progress report"),
  d("asking the Panel to press for the return of a fire engine", "a public statement to the Panel"),
  d("The Chair invited any further questions from Members", "questions invited but none asked"),
  d("Members were asked to consider whether the Panel should hold", "a work programme question to the Panel itself"),
 ]}

BRACKENSHIRE = {
 "document": "h4-brackenshire.docx", "layout": "h4-county-scrutiny-docx-points-of-discussion",
 "modelled_on": "County council scrutiny committees that the PCC attended: Isle of Anglesey Partnership and Regeneration Scrutiny Committee, 15 July 2025 (democracy.anglesey.gov.uk ieListDocuments CId=481 MeetingId=4425 and mgAi.aspx?ID=17187: 'the following points of discussion were raised by the Committee: -', 'A question was raised whether'), and Flintshire mgAi.aspx?ID=4220 (PCC presentation, lettered decision including a written response); written as a Word file",
 "panel": "Safer and Stronger Communities Overview and Scrutiny Committee", "meeting_date": "2025-10-14", "kind": "minutes",
 "questions": [
  q("Cllr Owen Carver", "pcc", "How much community safety grant has the", "in each of the last three years?", "The County Council received £412,000 in 2023/24", "will be confirmed in March.", "answered"),
  q("Cllr Priya Dhanda", "pcc", "Will the Commissioner continue to fund the", "teams after March 2026?", "Yes. The Commissioner has agreed to fund", "subject to the usual grant conditions.", "answered", ["domestic-abuse"]),
  q("Cllr Keith Ellwood", "pcc", "What is the Commissioner doing to reduce", "are planned for the county?", "A response to this question will be", "its camera programme for 2026.", "deferred", ["road-safety"]),
  q("Cllr Derek Amos", "officer", "Councillor Amos referred to anti-social behaviour in", "had made any difference.", "Chief Superintendent Okonjo responded that reports of", "in the library on Saturdays.", "answered"),
  q("Cllr Lucy Bramhall", "pcc", "Councillor Bramhall asked the Commissioner how the", "was measuring success.", "The Commissioner explained that the programme tracked", "had not been re-arrested.", "answered"),
  q("a member", "pcc", "Reference was made to the closure of", "County Council's Ormsby library.", "The Commissioner said that he was willing", "would report back to the Committee.", "deferred"),
  q("Cllr Yvonne Hartle", "deputy_pcc", "Councillor Hartle asked how many reports of", "County Council's staff this year.", "The Deputy Commissioner said that she did", "did not have the figures with her.", "no_information", ["modern-slavery"]),
  q("Cllr Martin Gosling", "other", "Councillor Gosling asked Chief Superintendent Okonjo what", "fly-tipping on farmland.", "The Head of Community Safety answered for", "19 fixed penalty notices had been issued.", "answered"),
  q("Cllr Sarah Fairbrother", "deputy_pcc", "Councillor Fairbrother asked the Deputy Commissioner whether", "parents of primary school children.", "The Deputy Commissioner confirmed that £15,000 had", "invited to help design it.", "answered", ["cybercrime"]),
 ],
 "decoys": [
  d("The Chair asked members to note that the response", "the Chair asking members to note a circulated response"),
  d("How effective is the partnership between the County Council", "a key question for the Committee in the scrutiny report"),
  d("Commissioner be asked to provide a written update", "a resolution asking for a report back"),
  d("answer members' questions on speed cameras", "an action-table entry"),
 ]}
