#!/usr/bin/env python3
"""Rebuilds the twenty-second held-out set (h22-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h22-NAME.{html,pdf,docx,txt} and OUT/expected/h22-NAME.json:

  PDF   src/h22-lundwick.html printed with headless Chromium: an assembly's Police and Crime Committee printed minutes
        (Meeting / Date / Time / Place, numbered paragraphs 1.1–6.2, 'undertook to:' bullets) followed by Appendix 1,
        the transcript of the question and answer session with the Deputy Mayor for Policing and Crime, speaker turns
        'Name AM:' / 'Name (Role):'; running header and page number; one answer runs over a page break
  HTML  src/h22-chalkhaven.html: a ModernGov 'Agenda and draft minutes' page with a Note column of times, the
        Vice-Chair presiding, paragraphs numbered by item (4.1, 4.2), written public questions with published responses
  DOCX  src/h22-stourmere.txt, the line markup of ../heldout-tools/build.py: Police, Fire and Crime Panel Word minutes
        (Present / Representing table, a member by video link, questions from the public, 'The following points were
        made during the ensuing discussion.' bullets, police and fire precept items)
  TXT   src/h22-cwmtawelan.html printed with headless Chromium and turned into text by pdftotext: Welsh-host hybrid
        minutes (bilingual address block, written questions with 'Response:' blocks, the Commissioner and her deputy
        named by first name only when they answer)
  TXT   src/h22-chiltmarsh.txt with the markers stripped: a ModernGov page copied from the browser with webcast
        timestamps in square brackets at the head of numbered paragraphs
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is
../heldout-tools/build.py. Then run validate22.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT)
