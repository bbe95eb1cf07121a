#!/usr/bin/env python3
"""Rebuilds the nineteenth held-out set (h19-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h19-NAME.{html,pdf,docx,txt} and OUT/expected/h19-NAME.json:

  HTML  src/h19-donrother.html: a ModernGov 'Agenda and minutes' page of a joint-authorities-hosted panel (South
        Yorkshire, Barnsley-hosted years): the Vice-Chair presiding, 'Apologies for absence were noted as above.',
        Announcements / Urgent Items / exclusion items, 'PUBLIC QUESTIONS:-' with sub-items 7a (to the Commissioner)
        and 7b (to the Panel); a saved web page written by hand, with the label markers stripped
  PDF   src/h19-swalenidd.html printed with headless Chromium: 2017 county-council printed minutes of a panel before
        fire governance (North Yorkshire County Council years): council name over panel name, 'Present:-' paragraphs,
        'Copies of all documents considered are in the Minute Book', minute numbers in a left column, 'Considered -' /
        'Resolved -', 'Members sought assurance … The Commissioner gave assurance …', a running header with the page
        number; one answer runs over a page break
  DOCX  src/h19-airecalder.txt, the line markup of ../heldout-tools/build.py, written with python-docx: 'Item 2' draft
        minutes (West Yorkshire form) with an action log table, an Issue raised / Response / Action table and a
        'Questions from Members' item in sub-numbered paragraphs
  TXT   src/h19-ancholme.html printed with headless Chromium and turned into text by pdftotext: 2014 printed minutes
        (Humberside, East Riding-hosted years), 'QUESTIONS FROM MEMBERS' with sub-numbered paragraphs 64.1–64.5, a
        restructure item questioned of the Chief Constable, 'It was then moved by … Motion Carried'
  TXT   src/h19-teesleven.txt with the markers stripped: a 2013 AKS 'egenda' minutes page (Cleveland, Stockton-hosted)
        copied from the browser: decision table first, then the narrative with no headings
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is
../heldout-tools/build.py. Then run validate19.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT)
