#!/usr/bin/env python3
"""Rebuilds the tenth held-out set (h10-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h10-NAME.{html,pdf,docx,txt} and OUT/expected/h10-NAME.json:

  HTML  src/h10-ouseswale.html: a saved ModernGov 'Agenda and draft minutes' page of a mayoral Police, Fire and Crime
        Panel (Deputy Mayor for Policing, Fire and Crime; 'Considered' / 'Resolved' inside each minute; Public
        Questions or Statements rubric; Members' Questions item), written by hand, label markers stripped
  PDF   src/h10-meoncarne.html printed with headless Chromium: county printed minutes opening 'AT A MEETING of the …
        of … COUNTY COUNCIL held at …', attendance as a p/a grid in three-column pairs, 'Also present with the
        agreement of the Chairman', 'In response to questions, Members heard that:' bullets and a recorded-vote table
  PDF   src/h10-lunesdale.html printed with headless Chromium: ModernGov-style printed minutes of a 'Police and Crime
        Panel for <place>' (item numbers in a column of their own, 'Also in attendance' bullets, 'Resolved:-')
  DOCX  src/h10-riddlesdale.txt, the line markup of ../heldout-tools/build.py, written with python-docx: mayoral
        'Draft Minutes' with every paragraph numbered (5.3.1 …), 'Item 2' header and 'The questions covered:' list
  TXT   src/h10-humbermouth.txt with the markers stripped: the text of a ModernGov 'Agenda and draft minutes' page
        copied from the browser, members' names on lines of their own over question and answer bullets
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is
../heldout-tools/build.py. Then run validate10.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT, hyphenate=set())
