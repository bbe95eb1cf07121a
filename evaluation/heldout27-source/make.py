#!/usr/bin/env python3
"""Rebuilds the twenty-seventh held-out set (h27-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h27-NAME.{html,pdf,docx,txt} and OUT/expected/h27-NAME.json:

  HTML  src/h27-aireholme.html: a ModernGov 'Agenda and minutes' page of a mayoral Police and Crime Panel hosted by a
        combined authority (the Deputy Mayor for Policing and Crime answering, 'Those in attendance for this item were:'
        bullets, questions grouped under Police and Crime Plan priority sub-headings, 'Action:' lines under answers),
        a saved web page written by hand, with the label markers stripped
  PDF   src/h27-loxmoor.html printed with headless Chromium: Barnsley-style printed minutes of a mayoral panel after the
        transfer of PCC functions (capitals item headings, 7A/7B public questions, an Action Log item, a themed question
        session, 'ACTION:' lines; running head with the panel and date, page number at the foot; an answer runs over a
        page break)
  DOCX  src/h27-hessdale.txt, the line markup of ../heldout-tools/build.py, written with python-docx: a unitary-council
        hosted panel's minutes (minute numbers running through the years, 'Resolved - That …', the PCC update in 'Ø'
        bullets, 'In response to further questions from members, the Commissioner advised –' bullets, moved and seconded)
  TXT   src/h27-skernedale.html printed with headless Chromium and turned into text by pdftotext: county printed minutes
        (the Police, Crime and Victims' Commissioner, '(for copy see file of Minutes)', 'asked as regards', co-opted
        members named without a title, 'Resolved:')
  TXT   src/h27-kirkleven.txt with the markers stripped: a ModernGov page copied from the browser ('PCP 14/23' numbers,
        'pdf icon PDF', 'Members' Questions to the Commissioner' with 'Question n – …' and 'Response:', a civic Mayor on
        the panel)
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is
../heldout-tools/build.py. Then run validate27.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT)
