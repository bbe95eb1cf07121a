#!/usr/bin/env python3
"""Rebuilds the seventeenth held-out set (h17-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h17-NAME.{html,pdf,docx,txt} and OUT/expected/h17-NAME.json:

  HTML  src/h17-bollingowy.html: a ModernGov agenda-item page (mgAi) of a North West panel, 2021: 'Members of the
        Police and Crime Panel questioned the Commissioner on a range of issues, including:' with each member's name on
        a line of its own over paragraphs that begin with a verb ('Asked …', 'Sought assurance …'), a saved web page
        written by hand, with the label markers stripped
  PDF   src/h17-alawelwy.html printed with headless Chromium, hyphenated: bilingual printed minutes of a Welsh panel,
        2017: Welsh heading over English heading, each item in English and then in Welsh (italic, ruled at the left),
        attendance in two-column tables, 'Cofnodion / Minutes' at the head and the panel and 'Tudalen / Page n' at the
        foot of every page; one answer runs over a page break
  DOCX  src/h17-tafogwr.txt, the line markup of ../heldout-tools/build.py, written with python-docx: a South Wales
        panel's Word minutes, 2018: capitalised item headings over paragraphs numbered '6.1', '6.2', a closed briefing
        session, a public question read by the Solicitor, 'Members raised the following:' with theme sub-headings, a
        joint answer by the Commissioner and the Chief Constable, an action log table
  TXT   src/h17-duddonesk.html printed with headless Chromium and kept as `pdftotext` output: printed minutes of a
        North West Police, Fire and Crime Panel, 2024, in a fire authority's form ('Present:', the Chair, 'Councillors'
        in two columns, minute numbers '24-24/25' beside the title, 'Resolved: That …', the Chief Fire Officer
        answering), footer 'Page n of m'
  TXT   src/h17-darwencalder.txt with the markers stripped: a ModernGov 'Agenda, decisions and minutes' page of a North
        West panel, 2019, copied from the browser: a 'Decision:' box (with 'Action:' lines) before 'Minutes:'
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is
../heldout-tools/build.py. Then run validate17.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT, hyphenate=("h17-alawelwy",))
