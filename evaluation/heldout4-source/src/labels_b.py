from labels_a import q, d

DEARNEDON = {
 "document": "h4-dearnedon.pdf", "layout": "h4-mayoral-pcp-printed-capitals-qr-table",
 "modelled_on": "South Yorkshire Police and Crime Panel, printed minutes as PDF (docslib.org/doc/7580990, meeting of 3 February 2021: capitals title and date, PRESENT block with councils in brackets, numbered capitals items, '7 PUBLIC QUESTIONS:-' with 7A to the Commissioner and 7B to the Panel, action log updates under the minutes, 'RESOLVED – That', running header 'SOUTH YORKSHIRE POLICE & CRIME PANEL 3/02/21'), with the ModernGov pages syjagu.moderngov.co.uk ieListDocuments CId=145 MId=592-594 (11 Dec 2023: transfer of PCC functions to the Mayor), moved to the mayoral model after 2024 (Deputy Mayor for Policing and Crime)",
 "panel": "Dearne and Don Police and Crime Panel", "meeting_date": "2025-09-15", "kind": "minutes",
 "questions": [
  q("Mr Barry Ackroyd", "deputy_pcc", "Off-road motorbikes are ridden", "What is the Deputy Mayor doing about it?", "The Deputy Mayor thanked Mr Ackroyd", "Moor in its first month of operations.", "answered"),
  q("Mrs Denise Hirst", "deputy_pcc", "Can the Deputy Mayor say how", "and how much on headquarters functions?", "The Deputy Mayor explained that the", "accounts had been closed in October.", "deferred"),
  q("Cllr J Ashworth", "deputy_pcc", "Councillor Ashworth referred to the Public Scrutiny", "whether answers would be published.", "The Deputy Mayor explained that questions could", "meeting had received 19 questions.", "answered"),
  q("Cllr T Cawood", "deputy_pcc", "Councillor Cawood asked whether the new contract", "where the current provider was based.", "The Deputy Mayor stated that the specification", "rise from 22 to 26.", "answered", ["domestic-abuse"]),
  q("Mr G Firth", "deputy_pcc", "Mr Firth asked whether the Deputy Mayor", "handling of stalking cases.", "The Deputy Mayor said that she had", "could not comment on it until then.", "no_information"),
  q("Cllr R Hallam", "officer", "Councillor Hallam noted that the number of", "rural roads around Penwood Moor.", "Assistant Chief Constable Brannigan explained that the", "on new average speed cameras.", "answered", ["road-safety"]),
  # A follow-up in a paragraph of its own, not marked as supplementary or further, is a question of its own (the
  # extractor's rule, README "Member questions"): the labels were split after scoring.
  q("Cllr M Lister", "chief_constable", "Councillor Lister asked how long it was", "to answer 999 calls.", "The Chief Constable advised that 93% of", "against a national target of 90%.", "answered"),
  q("Cllr M Lister", "chief_constable", "Councillor Lister asked the Chief Constable whether", "demand was usually higher.", "The Chief Constable said that the force", "moving call handlers' rest days.", "answered"),
  q("Cllr D Sowerby", "officer", "Councillor Sowerby asked how many knife crime", "under 18 in Rotherholme.", "Assistant Chief Constable Brannigan agreed to provide", "figures to Members after the meeting.", "deferred"),
  q("Cllr K Beever", "deputy_pcc", "Councillor Beever asked what the Deputy Mayor", "incidents had not been recorded.", "The Deputy Mayor said that she would raise", "report back to the Panel in writing.", "deferred", ["hate-crime"]),
  q("Cllr A Whiteley", None, "Councillor Whiteley asked why it was taking", "returned to victims of burglary.", "", "", "unanswered"),
  q("Cllr S Iqbal", "officer", "Councillor Iqbal asked what evidence there was", "reaching large numbers of pupils.", "S Mellor explained that the Unit had", "reported to the Panel in March.", "answered"),
 ],
 "decoys": [
  d("asking whether the Panel would consider meeting in each of the four districts", "a public question to the Panel (7B), answered by the Chair"),
  d("Mayoral Combined Authority had asked the force whether", "an action log update"),
  d("The report asked whether the Plan's measures", "a question posed by the performance report"),
  d("asked if Members had any further questions. None were raised.", "questions invited but none asked"),
  d("the Deputy Mayor be asked to bring a report on road safety", "a resolution asking for a report back"),
 ]}

ERYRICLWYD = {
 "document": "h4-eryriclwyd.pdf", "layout": "h4-welsh-bilingual-two-column-then-paragraphs",
 "modelled_on": "North Wales Police and Crime Panel (Conwy host authority): agenda pack docslib.org/doc/3584806 (17 June 2019: standing items 'Update on actions', 'Questions to the Police and Crime Commissioner (submitted in accordance with the procedure ...)', 'Periodic Update by the PCC', finance report, forward work programme); Welsh minute wording from Welsh-language ModernGov and minutes pages (democratiaeth.gwynedd.llyw.cymru ieListDocuments CId=155 MId=4489 LLL=1, democratiaeth.ynysmon.gov.uk minutes of 20 Sept 2005: YN BRESENNOL, WRTH LAW, YMDDIHEURIADAU, PENDERFYNWYD) and nwpcp.org.uk/cy; the bilingual arrangement (two columns, then Welsh paragraph followed by English paragraph) from the Senedd's bilingual record (record.senedd.wales/Meeting/13360) and assumption",
 "panel": "Eryri and Clwyd Police and Crime Panel", "meeting_date": "2025-09-29", "kind": "minutes",
 "questions": [
  q("Cllr Rhodri Hughes", "pcc", "What proportion of calls to the 101 service", "long did Welsh speakers have to wait?", "The Commissioner said that 11% of", "advertised as Welsh essential posts.", "answered"),
  q("Mrs Eirlys Vaughan", "pcc", "How many thefts from farms have been recorded", "been protected?", "The Commissioner said that 187", "had joined the Team in May.", "answered"),
  q("Cllr Bethan Lloyd-Jones", "deputy_pcc", "Councillor Bethan Lloyd-Jones asked what support was", "to victims of forced marriage.", "The Deputy Commissioner said that the Office", "260 officers had attended the training.", "answered", ["honour-based-abuse"]),
  q("Cllr Gareth Roberts", "chief_constable", "Councillor Gareth Roberts asked about online fraud", "what the force was doing to prevent it.", "The Chief Constable explained that the force", "had given 48 talks since April.", "answered", ["cybercrime"]),
  q("Cllr Mared Thomas", "pcc", "Councillor Mared Thomas asked whether the Commissioner", "policing the port at Porth Seiriol.", "The Commissioner said that he would write", "his correspondence with the Home Office.", "deferred"),
  q("Cllr Ian Whitfield", "officer", "Councillor Ian Whitfield asked why the custody", "closed temporarily in August.", "The Chief Executive of the Commissioner's Office said", "this was an operational matter.", "no_information"),
  q("the Chair", "pcc", "The Chair asked how many Police Community", "were now in post.", "The Commissioner replied that 168 PCSOs were", "would be filled by December.", "answered"),
  q("Cllr Dilwyn Jenkins", "officer", "Councillor Dilwyn Jenkins asked how the reserves", "over the next three years.", "The Chief Finance Officer explained that the reserves", "3% of the net budget throughout.", "answered"),
  q("a member", None, "It was asked whether the vacancy factor", "number of officers leaving the force.", "", "", "unanswered"),
 ],
 "decoys": [
  d("The Chair asked whether any Member wished to", "the Chair inviting declarations of interest"),
  d("It was noted that the Commissioner's Office had", "an update on actions from the previous meeting"),
  d("to ask the Commissioner to present a report on the policing of the ports", "a resolution asking for a report back"),
  d("questions for the Panel to consider", "questions in a report for the Panel to consider"),
 ]}
