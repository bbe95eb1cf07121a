#!/usr/bin/env python3
"""Rebuilds the twenty-eighth held-out set (h28-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h28-NAME.{html,pdf,docx,txt} and OUT/expected/h28-NAME.json:

  HTML  src/h28-gwaunfor.html: a ModernGov 'Agenda and minutes' page of a Welsh panel hosted by a county council
        (capitals item titles, a Member / Agenda Item No / Interest table, 'MATTERS ARISING FROM THE MINUTES (IF ANY)'
        with an implied answer, 'QUESTIONS ON NOTICE FROM PANEL MEMBERS TO THE COMMISSIONER' with the asker only in the
        heading, '[NOTE: … had earlier declared an interest in this item.]', 'The following observations/comments were
        raised on the report:' bullets, answers attributed 'the Chief Constable (Dr …) advised'), a saved web page
        written by hand, with the label markers stripped
  PDF   src/h28-severnhope.html printed with headless Chromium: English county-council printed minutes of a precept
        meeting held as a hybrid meeting (paragraphs numbered 4.1 …, a members' pre-meeting that set key lines of
        enquiry, a public question with a supplementary, 'A Member raised concern …', 'ACTION –' lines, 'Responding to
        a Member's question about …'; the running header and 'Page n of m' footer; one answer runs over a page break)
  DOCX  src/h28-mendcombe.txt, the line markup of ../heldout-tools/build.py, written with python-docx: minutes of a
        panel hosted by a unitary council, Public Question Time first ('Question 1 – Mrs …', 'Response from the Police
        and Crime Commissioner (Ms …):'), a public statement, councillors named with their council ('Avonmere
        Councillor …'), a supplementary in the next paragraph
  TXT   src/h28-cwmtaran.txt with the markers stripped: a ModernGov page of a Welsh panel copied from the browser (site
        menu, 'Agenda and draft minutes', briefing session, 'Cllr … queried whether …?' with the question mark,
        'The commissioner responded that …', a public question read by the Panel's solicitor)
  TXT   src/h28-penwithiel.html printed with headless Chromium and turned into text by pdftotext: printed minutes of a
        South West panel's first hybrid meeting (PRESENT: … in the Chair, in person / remotely, 'Q1 –' public questions
        with responses, 'In response to questions from Members, the Commissioner further explained:' lettered points,
        'Members discussed:' lettered points with the answer after a semicolon)
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is
../heldout-tools/build.py. Then run validate28.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT)
