#!/usr/bin/env python3
"""Rebuilds the fourteenth held-out set (h14-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h14-NAME.{html,pdf,docx,txt} and OUT/expected/h14-NAME.json:

  HTML  src/h14-thameloddon.html: a ModernGov 'Agenda and minutes' page of a Home Counties panel hosted by a county
        council (item numbers '41/23' in their own cell, a time under some item titles, 'Minutes:', a bracketed matter
        arising, a Public Question Time scheme, 'Reference was made to:-' bullets), a saved web page written by hand,
        with the label markers stripped
  PDF   src/h14-temesevern.html printed with headless Chromium: Midlands county-council printed minutes (Present /
        Also attended / Available papers table, minute numbers running through the years in a number-title-text table,
        'In the ensuing debate, the following main points were raised:' bullets, 'Date of Issue' at the head and the
        panel, date and 'Page No.' at the foot of each page; one answer runs over a page break)
  PDF   src/h14-wealddowns.html printed with headless Chromium: 2014 printed minutes of a South East panel, paragraphs
        numbered through the meeting under headings, Public Question Time with a question read by the Chairman for an
        absent questioner and a supplementary in the next paragraph, 'The Panel asked …' bullets
  DOCX  src/h14-trentidle.txt, the line markup of ../heldout-tools/build.py, written with python-docx: East Midlands
        county-council minutes template (Meeting / Date table, membership table with absentees marked '(A)', OFFICERS
        PRESENT / OTHERS PRESENT, 'RESOLVED 2017/031' over 'That …', 'During discussions the following points were
        raised:' bullets)
  TXT   src/h14-ouzelivel.txt with the markers stripped: a third-party meeting summary page (opencouncil.network style)
        copied from the browser
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is
../heldout-tools/build.py. Then run validate14.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT)
