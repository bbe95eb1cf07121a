#!/usr/bin/env python3
"""Rebuilds the twelfth held-out set (h12-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h12-NAME.{html,pdf,docx,txt} and OUT/expected/h12-NAME.json:

  HTML  src/h12-cynonogwr.html: a 2014 ModernGov 'Agenda and minutes' page of a Welsh panel hosted by a county borough
        (numbered items, 'Minutes:' labels, a members' Briefing Session item, a public question read out by the
        Solicitor as 'Question – …' / 'Response – …'), a saved web page written by hand, with the label markers stripped
  PDF   src/h12-tamarexe.html printed with headless Chromium and hyphenated at line ends as a word processor would:
        West Country printed draft minutes (PRESENT block, 'Note: … draft minutes', minutes numbered through the year,
        the panel name and date at the head of each page from page 2, lettered points under 'Members discussed:')
  PDF   src/h12-ebbwusk.html printed with headless Chromium: a Welsh agenda pack (bilingual address block, letter,
        'A G E N D A  Pages', membership) followed by the enclosed minutes of the previous meeting in capitals and
        long narrative paragraphs
  DOCX  src/h12-menaidee.txt, the line markup of ../heldout-tools/build.py, written with python-docx: Welsh
        host-authority minutes with standing items (actions, written questions to the PCC with a supplementary,
        decisions, Member Champions) and the PCC's periodic update
  TXT   src/h12-wylyethamesdown.txt with the markers stripped: a 2013 ModernGov page copied from the browser (empty item
        numbers, 'Minutes:' then 'Decision', 'Points made included:' and 'In answer to questions, the PCC stated:' bullets)
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is
../heldout-tools/build.py. Then run validate12.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT, hyphenate={"h12-tamarexe"})
