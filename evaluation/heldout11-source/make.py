#!/usr/bin/env python3
"""Rebuilds the eleventh held-out set (h11-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h11-NAME.{html,pdf,docx,txt} and OUT/expected/h11-NAME.json:

  HTML  src/h11-nenebridge.html: a saved ModernGov 'Agenda, decisions and draft minutes' page of a Police, Fire and
        Crime Panel (running item numbers 166.-173., 'Decision:' and 'Minutes:' blocks that repeat each resolution,
        'Guide time' lines, 'Matters arising from the minutes' under a minute reference, a member of the public
        addressing the meeting, members' points and the PFCC's and Chief Constable's responses in separate '·' lists)
  HTML  src/h11-colnevale.html: a saved CMIS 'Meeting Details / Meeting Summary' page (agenda number and rubric,
        then the minute number alone on a line; apologies as a name/council table with a substitute; a non-member
        councillor's questions to the Chairman; the Chief Constable named by surname; 'The following points were made
        during the ensuing discussion.' bullets)
  PDF   src/h11-stourmouth.html printed with headless Chromium: county printed minutes ('MINUTES of a meeting of …',
        PRESENT / ALSO PRESENT / IN ATTENDANCE, 'UNRESTRICTED ITEMS', '(Item A5)') with a 'Questions to the
        Commissioner' item: the member's surname as a label line, the written question in italics, then the reply
  DOCX  src/h11-wealdmere.txt, the line markup of ../heldout-tools/build.py, written with python-docx: a supplementary
        agenda paper 'Commissioner's Question Time: Members' questions and responses' (kind report), 'Question N –
        Cllr …' headings, bold 'Response:' labels naming who replied, a withdrawn question and a question with no reply
  TXT   src/h11-wreakford.txt with the markers stripped: the text of a ModernGov 'Agenda and minutes' page in the
        table rendering, copied from the browser (no item numbers, capitalised titles, agenda text, 'Additional
        documents: Minutes:' and the minute run together in one cell ending ' |')
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is
../heldout-tools/build.py. Then run validate11.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT, hyphenate=set())
