#!/usr/bin/env python3
"""Rebuilds the sixteenth held-out set (h16-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h16-NAME.{html,pdf,docx,txt} and OUT/expected/h16-NAME.json:

  HTML  src/h16-sowpenk.html: a Police, Fire and Crime Panel's formal report to the Commissioner on the fire precept as
        published on the host county council's own website (cookie banner, breadcrumb, side navigation, page-feedback
        box), written in the second person ('You explained …', 'Your Chief Fire Officer told the Panel …'), a saved
        web page written by hand, with the label markers stripped
  PDF   src/h16-tamerea.html printed with headless Chromium: metropolitan printed minutes ('… HELD ON … AT 1400 HOURS,
        …', three-figure minute numbers in the margin, PRESENT:- / ALSO PRESENT:-, RESOLVED:-), several members'
        questions and answers run together in long paragraphs, members' written questions 'attached as Appendix A' in
        Question / Response / Responded by tables; running header and 'Page n of m' footer; words hyphenated at line
        ends; an answer runs over a page break
  DOCX  src/h16-isetove.txt, the line markup of ../heldout-tools/build.py, written with python-docx: a Police, Fire
        and Crime Panel's precept workshop notes taken by the Commissioner's office (attendee table with initials,
        present tense, people named by initials, 'ACTION:' lines, 'Q1 (RP) –' / 'A – RO:' labels)
  TXT   src/h16-leadonfrome.html printed with headless Chromium and turned into text by pdftotext: county printed
        minutes of 2019 (Chairperson, numbered paragraphs 29.1 …, 'Ø' bullets, 'PCC Surname', 'In response the OPCC
        stated', '- n -' page numbers)
  TXT   src/h16-leaflit.txt with the markers stripped: a ModernGov 'Agenda and minutes' page copied from the browser,
        public questions to the Commissioner under a new procedure rule and members' questions as 'Q:' / 'A:' pairs
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is
../heldout-tools/build.py. Then run validate16.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT, hyphenate=("h16-tamerea",))
