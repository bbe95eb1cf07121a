#!/usr/bin/env python3
"""Rebuilds the fourth held-out set's documents from src/.

  HTML  src/h4-*.html copied as they are (saved web pages)
  PDF   src/h4-*.html printed with headless Chromium after soft hyphens (U+00AD, from pyphen) are put into
        long words of the body text, so that Chromium hyphenates at line ends as a word processor would
  DOCX  src/h4-brackenshire.py (python-docx)
  JSON  expected/*.json from the hand-written labels in src/labels_a.py and src/labels_b.py

Run with a python3 that has python-docx and pyphen (see README.md).  Then: validate4.py
"""
import html.parser, pathlib, re, subprocess, sys, tempfile

ROOT = pathlib.Path(__file__).resolve().parent
# In the repository: evaluation/heldout4-source/make.py writes evaluation/documents (and, by src/make_labels.py,
# evaluation/expected).
SRC, DOCS = ROOT / "src", ROOT.parent / "documents"

# The two saved web pages (h4-kennetdowns.html, h4-morgannwg.html) are written by hand and kept only in
# evaluation/documents: there is nothing to make for them.
PDFS = ["h4-dearnedon", "h4-swaleouse", "h4-eryriclwyd"]
DOCX = ["h4-brackenshire"]


def soft_hyphenate(src: str, lang: str = "en_GB", min_len: int = 10) -> str:
    """Puts soft hyphens into words of at least min_len letters in text outside tags, <style> and <title>."""
    import pyphen
    dic = pyphen.Pyphen(lang=lang)
    out, pos = [], 0
    skip = re.compile(r"<(style|script|title|head)\b.*?</\1>", re.S | re.I)
    tag = re.compile(r"<[^>]*>|&[a-zA-Z#0-9]+;", re.S)
    protected = [(m.start(), m.end()) for m in skip.finditer(src)]

    def hy(text):
        return re.sub(r"[A-Za-z]{%d,}" % min_len, lambda m: dic.inserted(m.group(0), hyphen="\u00ad"), text)

    i = 0
    for a, b in protected + [(len(src), len(src))]:
        chunk = src[i:a]
        last = 0
        for m in tag.finditer(chunk):
            out.append(hy(chunk[last:m.start()]))
            out.append(m.group(0))
            last = m.end()
        out.append(hy(chunk[last:]))
        out.append(src[a:b])
        i = b
    return "".join(out)


def _render(html_text: str, out: pathlib.Path):
    with tempfile.TemporaryDirectory() as tmp:
        tmp_html = pathlib.Path(tmp) / "page.html"
        tmp_html.write_text(html_text, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", tmp_html.as_uri()], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _text(pdf: pathlib.Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _apply_breaks(src: str, breaks: dict) -> str:
    """breaks: {(word, occurrence): position}. Puts a hard hyphen at position in that occurrence of word,
    counting occurrences of long words in body text in source order."""
    seen = {}
    def fix(text):
        def one(m):
            w = m.group(0)
            k = seen.get(w, 0); seen[w] = k + 1
            p = breaks.get((w, k))
            return w if p is None else w[:p] + "-" + w[p:]
        return re.sub(r"[A-Za-z]{10,}", one, text)
    return _map_text(src, fix)


def _map_text(src, fn):
    skip = re.compile(r"<(style|script|title|head)\b.*?</\1>", re.S | re.I)
    tag = re.compile(r"<[^>]*>|&[a-zA-Z#0-9]+;", re.S)
    out, i = [], 0
    for a, b in [(m.start(), m.end()) for m in skip.finditer(src)] + [(len(src), len(src))]:
        chunk, last = src[i:a], 0
        for m in tag.finditer(chunk):
            out.append(fn(chunk[last:m.start()])); out.append(m.group(0)); last = m.end()
        out.append(fn(chunk[last:])); out.append(src[a:b]); i = b
    return "".join(out)


def _breaks_in(text: str) -> dict:
    """{(word, occurrence): position} for every long word Chromium broke at a soft hyphen (shown as U+2010)."""
    text = re.sub(r"\u2010\n", "|", text).replace("\u00ad", "")
    breaks, seen = {}, {}
    for m in re.finditer(r"[A-Za-z|]{10,}", text):
        tok = m.group(0); word = tok.replace("|", "")
        if len(word) < 10:
            continue
        k = seen.get(word, 0); seen[word] = k + 1
        if "|" in tok:
            breaks[(word, k)] = tok.index("|")
    return breaks


def build_pdf(name: str):
    """Two passes: first with soft hyphens everywhere to learn where Chromium breaks words at line ends;
    then with a plain hyphen at exactly those places and no soft hyphens, so the text layer holds
    'investi-' / 'gations' as a word processor's hyphenated PDF does, and no stray U+00AD."""
    src = (SRC / f"{name}.html").read_text(encoding="utf-8")
    out = DOCS / f"{name}.pdf"
    _render(soft_hyphenate(src), out)
    breaks = _breaks_in(_text(out))
    _render(_apply_breaks(src, breaks), out)
    text = _text(out)
    stray = [m.group(0) for m in re.finditer(r"[A-Za-z]+-[A-Za-z]+", text)
             if any(m.group(0).replace("-", "") == w and m.group(0).index("-") == p for (w, _), p in breaks.items())]
    print("pdf ", out.name, f"({len(breaks)} words hyphenated at line ends; {len(stray)} ended up mid-line: {stray})")


def main():
    DOCS.mkdir(exist_ok=True)
    only = sys.argv[1:]
    for name in PDFS:
        if (SRC / f"{name}.html").exists() and (not only or name in only):
            build_pdf(name)
    for name in DOCX:
        script = SRC / f"{name}.py"
        if script.exists() and (not only or name in only):
            subprocess.run([sys.executable, str(script), str(DOCS / f"{name}.docx")], check=True)
            print("docx", f"{name}.docx")
    subprocess.run([sys.executable, str(SRC / "make_labels.py")], check=True)


if __name__ == "__main__":
    main()
