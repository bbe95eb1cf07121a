#!/usr/bin/env python3
"""Rebuilds the twenty-third held-out set (h23-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h23-NAME.{html,pdf,docx,txt} and OUT/expected/h23-NAME.json:

  HTML  src/h23-ribblemere.html: a 2012 ModernGov 'Agenda and minutes' page of a county-hosted panel whose name puts
        the place last ('Police and Crime Panel for …'): an unnumbered 'Also in attendance' row of '·' bullets before
        item 1, a Deputy PCC confirmation hearing minuted as 'members of the Panel discussed the following points.'
        with each point a bullet (the question as a noun phrase or a 'Whether …' clause) and the answer in the
        paragraph under it, the Commissioner's statement about a complaint against him, then long narrative
        paragraphs; a saved web page written by hand, with the label markers stripped
  PDF   src/h23-derwentfell.html printed with headless Chromium: 2013 county-council printed minutes of a precept
        meeting (members, councillors included, styled 'Mr'/'Mrs'/'Miss' with their council in brackets, minute
        numbers with capitalised titles, 'RESOLVED,' followed by a tab, a veto motion lost for want of a two-thirds
        majority, a question to the Panel's Monitoring Officer; running header and 'Page n' footer; one answer runs
        over a page break)
  DOCX  src/h23-skernedale.txt, the line markup of ../heldout-tools/build.py, written with python-docx: 2014 minutes
        of a two-council panel in the county-council 'At a Meeting of Police and Crime Panel held in …' form, with
        '(for copy see file of Minutes)', long single paragraphs holding several exchanges ('… and asked … The PCC
        replied … Councillor … then referred to … The PCC replied …'), two members' pairs in one paragraph, an
        implied deferred answer with a named asker, a member's praise with no question
  TXT   src/h23-greatermedlock.html printed with headless Chromium and turned into text by pdftotext: 2018 minutes of
        a mayoral Police, Fire and Crime Panel (attendance by borough, the Mayor, the Deputy Mayor for Policing and
        Crime, the Chief Constable, the Chief Fire Officer and the combined authority's Treasurer answering, minute
        numbers 'PFCP 03/18', 'RESOLVED/-', the running head 'POLICE, FIRE AND CRIME PANEL – 31 JANUARY 2018' without
        the area name)
  TXT   src/h23-weaverlow.txt with the markers stripped: a 2014 ModernGov page of a panel's Complaints Sub-Committee
        copied from the browser (title 'Complaints Sub-Committee, … Police and Crime Panel - Friday, …', each item's
        agenda boilerplate repeated before 'Minutes:', the complainant's statement, members questioning the
        Commissioner and his officers about the complaint, a supplementary in the next paragraph)
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is
../heldout-tools/build.py. Then run validate23.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT)
