#!/usr/bin/env python3
"""Rebuilds the fifteenth held-out set (h15-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h15-NAME.{html,pdf,docx,txt} and OUT/expected/h15-NAME.json:

  HTML  src/h15-irwellvale.html: a mayoral Police, Fire and Crime Panel's 'Agenda and minutes' page on a fire and
        rescue service's ModernGov site (the service's contact box and safety-visit number above the page, the
        committee name and date on two lines, unnumbered items, 'Chair and Deputy Mayor (Policing and Crime)
        Announcements', 'Resolved:'; the questions inside the precept items grouped under bold sub-headings and
        answered by the Mayor, the Deputy Mayor, the Chief Constable, an ACC, the Treasurer and the Chief Fire
        Officer), a saved web page written by hand, with the label markers stripped
  TXT   src/h15-loxleyrivelin.html printed with headless Chromium and kept as pdftotext output: an agenda item of a
        host city council's style, a cover report ('Report to …', 'Summary:', 'Type of item' tick list, 'Category of
        Report: OPEN') and an appendix of members' written questions and answers as a two-column Questions | Answers
        grid under sub-headings naming each member ('Q.1' / 'A.1')
  PDF   src/h15-dearnedove.html printed with headless Chromium: 2013 printed minutes of a panel hosted by a
        metropolitan borough (running head 'POLICE AND CRIME PANEL - 16/09/13' and page numbers '9J', '10J' …,
        'Agenda Item 5' stamp, 'Present:-' grouped by council, minutes 'J13.'–'J19.', quoted public question,
        answers written before their askers: 'The Commissioner confirmed, in answer to Councillor …', '(Councillor …
        had asked …)'; one answer runs over a page break)
  DOCX  src/h15-nenewelland.txt, the line markup of ../heldout-tools/build.py, written with python-docx: notes of a
        Police, Fire and Crime Panel's precept workshop in which everyone is named by initials after an attendee
        table (Name / Role / Initials, 'PFCC / MH', 'CFO / DK'), bullets 'RB asked … MH said …', 'ACTION: …' lines and
        an action log entry
  TXT   src/h15-tameblythe.txt with the markers stripped: a CMIS 'Meeting Details / Meeting Summary' page copied from
        the browser (tabs between cells; Attendance, Visitors, Declarations tabs; 'Public Minutes' 412–419), the
        question-and-answer exchanges written as speaker lines 'Cllr X – …' / 'PCC – …', 'DPCC –', 'CC –', 'ACC –',
        'CEO –'
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is
../heldout-tools/build.py. Then run validate15.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT)
