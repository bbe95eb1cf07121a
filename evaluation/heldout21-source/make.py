#!/usr/bin/env python3
"""Rebuilds the twenty-first held-out set (h21-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h21-NAME.{html,pdf,docx,txt} and OUT/expected/h21-NAME.json:

  HTML  src/h21-tathwold.html: a district-hosted ModernGov 'Agenda and minutes' page (no item numbers, titles ending
        in a colon, 'Minutes:', action numbers, a public question with a supplementary, 'a Member queried'), a saved
        web page written by hand, with the label markers stripped
  PDF   src/h21-kinderley.html printed with headless Chromium: a county agenda pack (front sheet, letter, agenda)
        with the previous meeting's printed minutes ('PUBLIC Agenda Item 2', '20/14 TITLE IN CAPITALS' run into the
        text) and the start of the next report; one answer runs over a page break
  DOCX  src/h21-trentholme.txt, the line markup of ../heldout-tools/build.py, written with python-docx: a city council
        minutes template (Present / Absent table, 'Colleagues, partners and others in attendance:', lettered
        'The following information was provided in response to questions' points)
  TXT   src/h21-wreakford.html printed with headless Chromium and turned into text by pdftotext: a county agenda pack
        with the previous minutes as Agenda Item 1 ('Mr. … CC', 'Cllr.', 'Col.', Public Question Time under a rule
        number, '(i)' points), page numbers and item stamps inside the text
  PDF   src/h21-nenholt.html printed with headless Chromium: a unitary council's PFCP agenda pack with the previous
        minutes as Agenda Item 4 (question bullets with the answers as circle sub-bullets)
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is
../heldout-tools/build.py. Then run validate21.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT)
