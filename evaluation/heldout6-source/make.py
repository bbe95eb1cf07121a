#!/usr/bin/env python3
"""Rebuilds the sixth held-out set (h6-) from src/.

    python make.py [OUT]          (OUT defaults to evaluation/, beside this folder)

writes OUT/documents/h6-NAME.{html,pdf,docx,txt} and OUT/expected/h6-NAME.json:

  HTML  src/h6-*.html (saved web pages, written by hand) with the label markers stripped
  PDF   src/h6-*.html printed with headless Chromium (CSS @page margin boxes give the running header, footer and page
        numbers). h6-wealdmarsh is printed twice: once with soft hyphens (pyphen, en_GB) in long words to learn where
        Chromium breaks them at line ends, then with a plain hyphen at exactly those places and no soft hyphens, so
        the text layer has 'investi-' / 'gations' as a word processor's PDF does
  DOCX  src/h6-deheubarth.txt, a small line markup (H0|/H1|/H2| headings, P| paragraphs, L| bold label, B|/B2| List
        Bullet / List Bullet 2, I| indented paragraph, T| table rows, C| centred, HDR|/FTR| header and footer),
        written with python-docx
  TXT   src/h6-ecclesmoor.txt with the label markers stripped
  JSON  from the markers and src/labels.py (see ../heldout-tools/common.py)

Needs python-docx and pyphen (see README.md), and chromium on PATH. The engine is ../heldout-tools/build.py. Then run validate6.py.
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
import build  # noqa: E402

if __name__ == "__main__":
    build.main(ROOT, hyphenate={"h6-wealdmarsh"})
