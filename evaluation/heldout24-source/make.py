#!/usr/bin/env python3
"""Rebuilds the twenty-fourth held-out set (h24-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h24-NAME.{html,pdf,docx,txt} and OUT/expected/h24-NAME.json:

  HTML  src/h24-stourvale.html: a county-hosted ModernGov 'Meeting documents' page (CeListDocuments) of a South West
        panel in 2018, the precept meeting at which the PCC reports on taking a seat on the fire authority; a saved web
        page written by hand, with the label markers stripped
  PDF   src/h24-swanbrook.html printed with headless Chromium: the signed copy of a Wiltshire-style precept meeting's
        minutes (2019) as scanned and OCRed: the text layer carries OCR slips ('Clir', 'l' for 'I', 'rn' for 'm'), the
        print's own header and 'Page n' footer, a Chairman's initials box; one answer runs over a page break
  PDF   src/h24-mollesey.html printed with headless Chromium: 2017 county printed minutes of a Home Counties panel with
        'Witnesses:' lists, 'Key points raised during discussion:' numbered points, 'Actions/further information to be
        provided:' and 'RESOLVED:', an item on the PCC's fire governance review; running header and page numbers
  DOCX  src/h24-wealdmere.txt, the line markup of ../heldout-tools/build.py, written with python-docx: Word minutes of
        a Police, Fire and Crime Panel's 2021 precept meeting, members' questions in a 'Member | Question | Response |
        Follow-up' table
  TXT   src/h24-itchenvale.txt with the markers stripped: a county council's mobile site page of a 2019 meeting, as
        copied from a phone ('back search', tap-to-open item headings, 'Top of page', 'Full site')
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is
../heldout-tools/build.py. Then run validate24.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT)
