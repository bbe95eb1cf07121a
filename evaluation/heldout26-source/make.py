#!/usr/bin/env python3
"""Rebuilds the twenty-sixth held-out set (h26-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h26-NAME.{html,pdf,docx,txt} and OUT/expected/h26-NAME.json:

  HTML  src/h26-brackenholt.html: a district-hosted ModernGov 'Agenda and minutes' page of 2014 (titles ending
        '(Agenda Item n)', an empty No. column, 'Non-Members wishing to address the Meeting'); the Deputy PCC attends in
        the Commissioner's absence and questions are lettered sub-paragraphs '(a) Members asked …; the DPCC responded …'
        (question and answer in one sentence, split at the semicolon); a saved web page written by hand, markers stripped
  PDF   src/h26-easterwold.html printed with headless Chromium: printed minutes of a 2017 joint meeting of a Police and
        Crime Panel and a Fire Authority on the Commissioner's fire governance business case (minute numbers, running
        header, 'Page n of m' footer, a Chief Fire Officer answering, an answer running over a page break)
  DOCX  src/h26-fenholme.txt, the line markup of ../heldout-tools/build.py, written with python-docx: a 2015 verbatim
        record of Commissioner's Question Time, each speaker's name in bold followed by what they said
  TXT   src/h26-marstonford.html printed with headless Chromium and turned into text by pdftotext: 2019 borough-hosted
        printed minutes with members' questions submitted in advance ('Question 1 – Councillor …', 'Response:',
        'Supplementary question:'), header and 'Page n' footer in the text
  TXT   src/h26-alderwick.txt with the markers stripped: a 2022 CMIS-style 'Meeting Details' page copied from the
        browser (tabs, numbered paragraphs '6.1', '6.2' …)
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is
../heldout-tools/build.py. Then run validate26.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT)
