#!/usr/bin/env python3
"""Rebuilds the twenty-fifth held-out set (h25-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h25-NAME.{html,pdf,docx,txt} and OUT/expected/h25-NAME.json:

  HTML  src/h25-dovemere.html: a ModernGov 'Agenda and minutes' page of a Midlands Police, Fire and Crime Panel meeting
        on Microsoft Teams in February 2021 (NOTE BY CLERK, a public question read out for an absent questioner, a
        published decision queried, police and fire precepts, roll call votes by name, a member's connection lost
        mid-question), a saved web page written by hand, with the label markers stripped
  PDF   src/h25-harrowmere.html printed with headless Chromium: county printed minutes of an online meeting in December
        2020 laid out as a two-column minute-number | minute-text table ('During the discussion, the following main
        points were made:' bullets, a running header, 'Chairman ……' and page number at the foot; one answer runs over
        a page break)
  DOCX  src/h25-hollinsdale.txt, the line markup of ../heldout-tools/build.py, written with python-docx: county
        minutes of a September 2020 Teams meeting (PRESENT, '(in the Chair)', written member questions with
        'Question (…):' / 'Response (…):' labels and a labelled supplementary, a Covid item in narrative, a
        'Decisions and actions arising' table)
  TXT   src/h25-dunsmere.txt with the markers stripped: a ModernGov page of a June 2020 Teams meeting copied from the
        browser (sub-numbered items 3(1)-3(3), the Chair's statement to the Commissioner, a vote of thanks, 'In response
        to a question from Councillor …, the PCC noted')
  TXT   src/h25-brindlemoor.html printed with headless Chromium and kept as pdftotext output: metropolitan panel
        minutes of a March 2021 Teams meeting with Decision / Action boxes under items and a summary of actions table
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is
../heldout-tools/build.py. Then run validate25.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT)
