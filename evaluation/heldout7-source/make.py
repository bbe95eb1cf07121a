#!/usr/bin/env python3
"""Rebuilds the seventh held-out set (h7-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, the folder this one is in)

writes OUT/documents/h7-NAME.{html,pdf,docx,txt} and OUT/expected/h7-NAME.json:

  HTML  src/h7-ousevale.html and src/h7-tamarside.html (saved web pages, written by hand) with the label markers
        stripped
  PDF   src/h7-stourvale.html and src/h7-lindmarsh.html printed with headless Chromium (CSS @page margin boxes give
        the running header, footer and page numbers; for h7-stourvale they imitate the date, title, address and page
        count a browser prints on a saved web page). h7-lindmarsh is printed twice: once with soft hyphens (pyphen,
        en_GB) in long words to learn where Chromium breaks them at line ends, then with a plain hyphen at exactly
        those places and no soft hyphens, so the text layer has 'investi-' / 'gations' as a word processor's PDF does
  DOCX  src/h7-wearbrook.txt, a small line markup (H0|/H1|/H2| headings, P| paragraphs, L| bold label, B|/B2| List
        Bullet / List Bullet 2, I| indented paragraph, T| table rows, C| centred, HDR|/FTR| header and footer),
        written with python-docx
  TXT   src/h7-soarshire.html printed with headless Chromium and turned into text with `pdftotext` (reading order,
        form feeds between pages), as a user who saved the minutes PDF as text has it
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium and pdftotext on PATH. The engine is ../heldout-tools/build.py. Then run validate7.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT, hyphenate={"h7-lindmarsh"})
