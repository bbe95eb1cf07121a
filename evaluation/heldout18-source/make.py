#!/usr/bin/env python3
"""Rebuilds the eighteenth held-out set (h18-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h18-NAME.{html,pdf,docx,txt} and OUT/expected/h18-NAME.json:

  HTML  src/h18-moleandwey.html: a saved ModernGov 'Agenda and minutes' page of a Home Counties panel's December 2012
        meeting (item numbers '13/12' in their own cell, '• Share this item', indented agenda text, 'Additional
        documents:' and 'Minutes:'), holding a confirmation hearing for a proposed Deputy PCC ('During the course of the
        question and answer session, Mr … clarified the following points:') and the first question and answer
        session with the newly elected Commissioner; written by hand, with the label markers stripped
  PDF   src/h18-beultandlen.html printed with headless Chromium: printed minutes of a special meeting (confirmation
        hearing for a proposed Chief Constable, the temporary Chief Constable as candidate), paragraphs numbered
        inside items, the Commissioner's points lettered a) to e), running header and 'Page n of N' footer, an answer
        cut by a page break, long words hyphenated at line ends
  DOCX  src/h18-blackwaterandcolne.txt, the line markup of ../heldout-tools/build.py, written with python-docx: an
        East of England county council's Word minutes of a Police, Fire and Crime Panel meeting reviewing the revised
        fire precept after a veto (report numbers 'BCPFCP/06/19', 'The following points were made during the ensuing
        discussion:', 'It having been moved by … and seconded by … it was', 'Resolved:')
  TXT   src/h18-grantaandlark.html printed with headless Chromium and turned into text by pdftotext: 2013 printed
        minutes of an East Anglian panel hosted by a city council (capitals title, 'Comments and responses to questions
        included:', several members' questions answered together in one paragraph 'In response to the points raised,
        the Commissioner said …', 'ACTION:' lines, running header and page numbers)
  TXT   src/h18-leaandver.txt with the markers stripped: a ModernGov 'Agenda and minutes' page of a remote 2020
        meeting of a Hertfordshire-style panel, copied from the browser (public questions to the Commissioner read
        out, questions and petitions to the Panel, the Chief Constable's contract extension, members' numbered written
        questions with the answers read out)
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is
../heldout-tools/build.py. Then run validate18.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT, hyphenate=("h18-beultandlen",))
