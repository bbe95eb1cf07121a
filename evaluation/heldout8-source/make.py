#!/usr/bin/env python3
"""Rebuilds the eighth held-out set (h8-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h8-NAME.{html,pdf,docx,txt} and OUT/expected/h8-NAME.json:

  HTML  src/h8-teesbridge.html (a ModernGov meeting page with 'PCP 31/25' minute references and no 'Minutes:' labels)
        and src/h8-wyreteme.html (a CMIS/DotNetNuke 'Meeting Details' page of a Police, Fire and Crime Panel), both
        saved web pages written by hand, with the label markers stripped
  PDF   src/h8-chilternvale.html printed with headless Chromium: early-style printed minutes with a network file path
        and page number as the footer (CSS @page margin box) and an addendum page of responses received after the
        meeting
  DOCX  src/h8-ceredigtywi.txt, the small line markup of ../heldout-tools/build.py (H0|/H1|/H2| headings, P| paragraphs,
        L| bold label, I| indented paragraph, T| table rows, C| centred, HDR|/FTR| header and footer), written with
        python-docx: an English-only Welsh panel record with 'Cyng.' titles
  TXT   src/h8-quantock.txt with the markers stripped: the text of a ModernGov agenda-item page as copied from the
        browser (menu, breadcrumb, item, supporting documents, footer)
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is ../heldout-tools/build.py. Then run validate8.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT, hyphenate=set())
