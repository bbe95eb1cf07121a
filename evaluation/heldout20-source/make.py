#!/usr/bin/env python3
"""Rebuilds the twentieth held-out set (h20-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h20-NAME.{html,pdf,docx,txt} and OUT/expected/h20-NAME.json:

  TXT   src/h20-otterclyst.txt with the markers stripped: a local watch blog post (WordPress) quoting the draft minutes
        of a 2016 extraordinary panel meeting, '…' extracts, bracketed comments, quoted questions with '(Councillor …)'
        under each, lettered further questions, a comments section; copied from the browser
  HTML  src/h20-wylyekennet.html: a 2015 ModernGov 'Agenda and minutes' page of a county-hosted panel (Wiltshire
        style): questions emailed to the OPCC with the Commissioner's written responses reproduced, 'Points made
        included:' bullets, Quarterly Data headings; a saved web page written by hand, with the label markers stripped
  DOCX  src/h20-stourfrome.txt, the line markup of ../heldout-tools/build.py, written with python-docx: minutes of a
        joint meeting of a police and crime panel and a fire and rescue authority (2017), 'Members' questions and
        comments included:' bullets followed by 'In response:' bullets, the Chief Fire Officer answering
  PDF   src/h20-parrettbrue.html printed with headless Chromium: 2015 printed minutes of a city-hosted panel, the
        Commissioner's update questions in a Q./R. table, a Chief Constable six monthly presentation, running header
        and 'Page n of m' footer; one answer runs over the page break
  TXT   src/h20-leadonchelt.html printed with headless Chromium and turned into text by pdftotext: 2014 printed
        minutes with numbered paragraphs and a Commissioner's Question Time recorded speaker by speaker in capitals
        ('COUNCILLOR …:', 'THE COMMISSIONER:')
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is
../heldout-tools/build.py. Then run validate20.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT)
