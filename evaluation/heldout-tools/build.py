"""Builds a held-out set (h6-, h7-) from its generator folder: the engine of heldout6-source/make.py and
heldout7-source/make.py, which say what each of their documents is made from.

  HTML  a saved web page written by hand, with the label markers stripped
  PDF   an HTML/CSS source printed with headless Chromium (CSS @page margin boxes give the running header, footer and
        page numbers); a document named in `hyphenate` is printed twice: once with soft hyphens (pyphen, en_GB) in
        long words to learn where Chromium breaks them at line ends, then with a plain hyphen at exactly those places
        and no soft hyphens, so the text layer has 'investi-' / 'gations' as a word processor's PDF does
  DOCX  a small line markup (see build_docx) written with python-docx
  TXT   a text source with the markers stripped, or an HTML source printed to PDF and turned into text by pdftotext
  JSON  from the markers and the set's src/labels.py (see common.py)
"""
import json
import pathlib
import re
import subprocess
import sys
import tempfile

TOOLS = pathlib.Path(__file__).resolve().parent  # evaluation/heldout-tools
sys.dont_write_bytecode = True
sys.path.insert(0, str(TOOLS))
import common  # noqa: E402



# ---------------------------------------------------------------- PDF
def _skip_spans(src):
    skip = re.compile(r"<(style|script|title|head)\b.*?</\1>", re.S | re.I)
    return [(m.start(), m.end()) for m in skip.finditer(src)]


def _map_text(src, fn):
    """Applies fn to every text run outside tags, entities, <style>, <script>, <title> and <head>."""
    tag = re.compile(r"<[^>]*>|&[a-zA-Z#0-9]+;", re.S)
    out, i = [], 0
    for a, b in _skip_spans(src) + [(len(src), len(src))]:
        chunk, last = src[i:a], 0
        for m in tag.finditer(chunk):
            out.append(fn(chunk[last:m.start()]))
            out.append(m.group(0))
            last = m.end()
        out.append(fn(chunk[last:]))
        out.append(src[a:b])
        i = b
    return "".join(out)


def soft_hyphenate(src, min_len=10):
    import pyphen
    dic = pyphen.Pyphen(lang="en_GB")
    return _map_text(src, lambda t: re.sub(r"[A-Za-z]{%d,}" % min_len,
                                           lambda m: dic.inserted(m.group(0), hyphen="\u00ad"), t))


def apply_breaks(src, breaks):
    seen = {}

    def fix(text):
        def one(m):
            w = m.group(0)
            k = seen.get(w, 0)
            seen[w] = k + 1
            p = breaks.get((w, k))
            return w if p is None else w[:p] + "-" + w[p:]
        return re.sub(r"[A-Za-z]{10,}", one, text)
    return _map_text(src, fix)


def breaks_in(text):
    """{(word, occurrence): position} for every long word Chromium broke at a soft hyphen."""
    text = re.sub(r"[\u2010\u00ad-]\n", "|", text).replace("\u00ad", "")
    breaks, seen = {}, {}
    for m in re.finditer(r"[A-Za-z|]{10,}", text):
        tok = m.group(0)
        word = tok.replace("|", "")
        if len(word) < 10:
            continue
        k = seen.get(word, 0)
        seen[word] = k + 1
        if "|" in tok:
            breaks[(word, k)] = tok.index("|")
    return breaks


def print_pdf(html_text, out):
    with tempfile.TemporaryDirectory() as tmp:
        page = pathlib.Path(tmp) / "page.html"
        page.write_text(html_text, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", page.as_uri()], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdftotext(pdf):
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def build_pdf(name, source, out, hyphenate=()):
    src = common.strip_markers(source)
    if name in hyphenate:
        print_pdf(soft_hyphenate(src), out)
        breaks = breaks_in(pdftotext(out))
        print_pdf(apply_breaks(src, breaks), out)
        text = pdftotext(out)
        stray = [w for (w, _), p in breaks.items() if (w[:p] + "-" + w[p:]) in text.replace("-\n", "@")]
        print(f"pdf  {out.name} ({len(breaks)} words hyphenated at line ends; {len(stray)} ended up mid-line: {stray})")
    else:
        print_pdf(src, out)
        print(f"pdf  {out.name}")


def build_pdftotext_txt(source, out):
    """Prints the source to a PDF and keeps only what `pdftotext` makes of it."""
    with tempfile.TemporaryDirectory() as tmp:
        pdf = pathlib.Path(tmp) / "minutes.pdf"
        print_pdf(common.strip_markers(source), pdf)
        out.write_text(pdftotext(pdf), encoding="utf-8")
    print(f"txt  {out.name} (pdftotext of a Chromium print)")


# ---------------------------------------------------------------- DOCX
def build_docx(source, out):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = Document()
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    table_rows = []

    def flush_table():
        if not table_rows:
            return
        t = d.add_table(rows=0, cols=len(table_rows[0]))
        t.style = "Table Grid"
        for i, cells in enumerate(table_rows):
            row = t.add_row().cells
            for c, text in zip(row, cells):
                c.text = ""
                run = c.paragraphs[0].add_run(text)
                run.bold = i == 0
        d.add_paragraph()
        table_rows.clear()

    for line in common.strip_markers(source).splitlines():
        if not line.strip():
            continue
        kind, _, text = line.partition("|")
        text = text[1:] if text.startswith(" ") else text
        if kind != "T":
            flush_table()
        if kind == "HDR":
            p = sec.header.paragraphs[0]
            p.text = text
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "FTR":
            p = sec.footer.paragraphs[0]
            p.text = text
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "H0":
            d.add_heading(text, level=0)
        elif kind == "H1":
            d.add_heading(text, level=1)
        elif kind == "H2":
            d.add_heading(text, level=2)
        elif kind == "P":
            d.add_paragraph(text)
        elif kind == "L":
            label, _, rest = text.partition(":: ")
            p = d.add_paragraph()
            p.add_run(label + ":").bold = True
            if rest:
                p.add_run(" " + rest)
        elif kind == "B":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "B2":
            d.add_paragraph(text, style="List Bullet 2")
        elif kind == "I":
            p = d.add_paragraph(text)
            p.paragraph_format.left_indent = Cm(0.63)
        elif kind == "C":
            p = d.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "T":
            table_rows.append([c.strip() for c in text.split("||")])
        else:
            raise SystemExit(f"unknown line kind {kind!r}: {line}")
    flush_table()
    d.save(str(out))
    print(f"docx {out.name}")


# ---------------------------------------------------------------- main
def _ensure_requirements(script):
    """Re-runs make.py with the venv of README.md when this python lacks python-docx or pyphen."""
    try:
        import docx  # noqa: F401
        import pyphen  # noqa: F401
    except ImportError as err:
        venv = pathlib.Path("/tmp/fixenv6/bin/python")
        if venv.exists() and pathlib.Path(sys.prefix).resolve() != pathlib.Path("/tmp/fixenv6").resolve():
            print(f"({err.name} missing here; running with {venv})")
            raise SystemExit(subprocess.call([str(venv), str(script)] + sys.argv[1:]))
        raise SystemExit(f"{err.name} is needed: python3 -m venv /tmp/fixenv6 && "
                         "/tmp/fixenv6/bin/pip install python-docx pyphen")


def main(set_root, hyphenate=(), script=None):
    """Builds the set whose generator folder is `set_root` (its src/ holds the sources and labels.py)."""
    _ensure_requirements(script or set_root / "make.py")
    src_dir = set_root / "src"
    sys.path.insert(0, str(src_dir))
    import labels  # noqa: E402  (the set's own)
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else set_root.parent
    docs, expected = out / "documents", out / "expected"
    docs.mkdir(parents=True, exist_ok=True)
    expected.mkdir(parents=True, exist_ok=True)
    for name, meta in labels.DOCS.items():
        source = (src_dir / meta["source"]).read_text(encoding="utf-8")
        target = docs / meta["document"]
        ext = target.suffix
        if ext == ".pdf":
            build_pdf(name, source, target, hyphenate)
        elif ext == ".docx":
            build_docx(source, target)
        elif ext == ".txt" and meta["source"].endswith(".html"):
            build_pdftotext_txt(source, target)
        elif ext in (".html", ".htm", ".txt"):
            target.write_text(common.strip_markers(source), encoding="utf-8")
            print(f"{ext[1:]:4} {target.name}")
        else:
            raise SystemExit(f"unknown document type {target.name}")
        e = common.build_expected(source, meta)
        (expected / f"{name}.json").write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"json {name}.json ({len(e['questions'])} questions, {len(e['decoys'])} decoys)")

