#!/usr/bin/env python3
"""Checks the fourth held-out set (documents as users have them: saved HTML pages, PDFs, Word files).

validate.py's checks (valid JSON, known fields and values, every snippet present in its document, compared as
the scorer does: lower case, letters and digits only), on the visible text of each format:
  .html  html.parser; <script>, <style> and <head> dropped; entities unescaped; block elements end lines
  .pdf   `pdftotext` (reading order) AND `pdftotext -layout`; a snippet must be found in both;
         a word broken at a line end with a hyphen ("investi-" / "gations") is joined first
  .docx  python-docx: header, then body paragraphs and table cells in document order, then footer
Run with any python3 that has python-docx (see README.md); `-v` prints the texts' sizes.
"""
import html, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

ROOT = pathlib.Path(__file__).resolve().parent
ROLES = {None, "pcc", "deputy_pcc", "chief_constable", "deputy_chief_constable", "chief_fire_officer", "officer", "other"}
STATUSES = {"answered", "no_information", "deferred", "unanswered"}
TOPICS = {t["id"] for t in json.load(open(ROOT.parent.parent / "index" / "topics.json"))["topics"]}
BLOCK = {"p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "br", "ul", "ol", "table", "section", "header",
         "footer", "nav", "main", "title"}


def norm(s):
    return " ".join(re.findall(r"[a-z0-9]+", s.lower()))


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        elif tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(path):
    v = Visible()
    v.feed(path.read_text(encoding="utf-8"))
    return html.unescape("".join(v.out))


def dehyphenate(text):
    return re.sub(r"([A-Za-z])[-\u2010]\n[ \f]*([a-z])", r"\1\2", text)


def pdf_texts(path):
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    lay = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return {"pdftotext": dehyphenate(raw), "pdftotext -layout": dehyphenate(lay)}


def docx_text(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(str(path))
    parts = []
    for s in d.sections[:1]:
        parts += [p.text for p in s.header.paragraphs]

    def walk(parent):
        for child in parent.element.body.iterchildren() if hasattr(parent, "element") else []:
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                parts.append(Paragraph(child, parent).text)
            elif tag == "tbl":
                for row in Table(child, parent).rows:
                    for cell in row.cells:
                        parts.append(cell.text)
    walk(d)
    for s in d.sections[:1]:
        parts += [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)


def texts_of(doc):
    ext = doc.suffix.lower()
    if ext in (".html", ".htm"):
        return {"html": html_text(doc)}
    if ext == ".pdf":
        return pdf_texts(doc)
    if ext == ".docx":
        return {"docx": docx_text(doc)}
    return {"text": doc.read_text(encoding="utf-8", errors="replace")}


def main():
    verbose = "-v" in sys.argv
    problems = 0
    totals = {"documents": 0, "questions": 0, "decoys": 0}
    layouts = set()
    for path in sorted((ROOT.parent / "expected").glob("h4-*.json")):
        def bad(msg):
            nonlocal problems
            problems += 1
            print(f"{path.name}: {msg}")
        try:
            e = json.loads(path.read_text())
        except Exception as err:
            bad(f"not JSON: {err}"); continue
        doc = ROOT.parent / "documents" / e.get("document", "")
        if not doc.is_file():
            bad(f"no document {doc.name}"); continue
        texts = {k: norm(v) for k, v in texts_of(doc).items()}
        if verbose:
            print(doc.name, {k: len(v) for k, v in texts.items()})
        for key in ("layout", "modelled_on", "panel", "meeting_date", "kind", "questions", "decoys"):
            if key not in e: bad(f"missing {key}")
        if not str(e.get("layout", "")).startswith("h4-"): bad("layout should start with h4-")
        layouts.add(e.get("layout"))
        if e.get("kind") not in ("minutes", "report"): bad("kind must be minutes or report")
        if e.get("meeting_date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", e["meeting_date"]): bad("meeting_date not ISO")
        if e.get("panel") and norm(e["panel"]) not in " ".join(texts.values()): bad("panel name not in document")
        totals["documents"] += 1
        for i, q in enumerate(e.get("questions", [])):
            totals["questions"] += 1
            where = f"questions[{i}]"
            if q.get("respondent_role") not in ROLES: bad(f"{where}: unknown respondent_role {q.get('respondent_role')}")
            if q.get("status") not in STATUSES: bad(f"{where}: unknown status {q.get('status')}")
            for t in q.get("topics", []):
                if t not in TOPICS: bad(f"{where}: unknown topic {t}")
            if not q.get("asker"): bad(f"{where}: no asker")
            for key in ("question_start", "question_end", "answer_start", "answer_end"):
                s = q.get(key)
                if s is None: bad(f"{where}: missing {key}"); continue
                if len(s.split()) > 8: bad(f"{where}: {key} longer than 8 words: {s!r}")
                for name, text in texts.items():
                    if s and norm(s) not in text: bad(f"{where}: {key} not in {name} text: {s!r}")
            if bool(q.get("question_start")) != bool(q.get("question_end")):
                bad(f"{where}: question_start and question_end must both be set or both be empty")
            if q.get("status") == "unanswered" and (q.get("answer_start") or q.get("respondent_role")):
                bad(f"{where}: unanswered but has an answer or respondent")
            if q.get("status") != "unanswered" and not q.get("answer_start"):
                bad(f"{where}: answered but no answer_start")
        for i, d in enumerate(e.get("decoys", [])):
            totals["decoys"] += 1
            for name, text in texts.items():
                if norm(d.get("text", "")) not in text: bad(f"decoys[{i}]: text not in {name} text: {d.get('text')!r}")
    print(f"{totals['documents']} documents, {len(layouts)} layouts, {totals['questions']} questions, {totals['decoys']} decoys; {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
