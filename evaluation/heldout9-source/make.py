#!/usr/bin/env python3
"""Rebuilds the ninth held-out set (h9-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h9-NAME.{html,pdf,docx,txt} and OUT/expected/h9-NAME.json:

  HTML  src/h9-grantanene.html (a ModernGov 'Agenda and draft minutes' page of a city-hosted panel: review of actions
        answered by the Commissioner, a public question read out by an officer) and src/h9-ardenshire.html (a ModernGov
        'Agenda and minutes' page with 1(1) sub-numbering, a parish councillor as public speaker and askers prefixed
        with their council), both saved web pages written by hand, with the label markers stripped
  PDF   src/h9-northfold.html printed with headless Chromium: county-hosted minutes with two-column attendance tables,
        numbered paragraphs and 'The following points were discussed and noted:' bullets, a running header from page 2
        (CSS @page margin boxes) and an accessibility box after the Chairman's signature line
  DOCX  src/h9-withamwolds.txt, the small line markup of ../heldout-tools/build.py (H0|/H1| headings, P| paragraphs,
        L| bold label, B| bullets, T| table rows, C| centred, HDR|/FTR| header and footer), written with python-docx:
        district-hosted minutes whose Q&A on the Police and Crime Plan is an appendix table (No. / Member / Question /
        Response)
  TXT   src/h9-leadonvale.txt with the markers stripped: the text of a ModernGov 'Agenda and minutes' page as copied
        from the browser (menu, item numbers on lines of their own, tab-separated paragraph numbers, '·' and 'o' bullets)
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is ../heldout-tools/build.py. Then run validate9.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT, hyphenate=set())
