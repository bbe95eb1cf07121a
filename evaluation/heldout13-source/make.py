#!/usr/bin/env python3
"""Rebuilds the thirteenth held-out set (h13-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h13-NAME.{html,pdf,docx,txt} and OUT/expected/h13-NAME.json:

  HTML  src/h13-wearmoor.html: a saved ModernGov 'Agenda and minutes' page titled only 'Police and Crime Panel - …'
        (the area name appears only in the text), matters arising from the action tracker under the Minutes item,
        'noted' used for questions and answers alike, officers named with title and name, an independent member
        without a title, 'In response to a question form Councillor …', 'Resolved:' on its own line
  HTML  src/h13-mersedge.html: a saved ModernGov page of an 'Ordinary Meeting, … Police and Crime Panel' with
        capitalised items and sub-items 23a-23c, a host-authority officer's report, presentation '·' bullets, and the
        Panel's action log as a table (Minute | Action / query | Commissioner's response | Status)
  PDF   src/h13-edenfell.html printed with headless Chromium: a host council's printed minutes of a Police, Fire and
        Crime Panel with the Vice-Chair in the chair, minute prefix 'PFCP.', 'RESOLVED,<tab>that', a written public
        question, a verbal policy update, numbered sub-reports '(1)', '(2)' and the Chief Fire Officer
  DOCX  src/h13-teesmarsh.txt, the line markup of ../heldout-tools/build.py, written with python-docx: a 'Members'
        Questions to the Commissioner' paper (kind report) with a Word table No. | Question | Asked by | Response, a
        withdrawn question, a public question with a 'Response' label, and an actions table
  TXT   src/h13-tynewold.txt with the markers stripped: a ModernGov 'Agenda and minutes' page copied from the browser
        (item numbers alone on a line, the PCC's update in present-tense paragraphs, bare apologies list)
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is
../heldout-tools/build.py. Then run validate13.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT, hyphenate=set())
