#!/usr/bin/env python3
"""Checks a held-out set (h6-, h7-): every expected file against the text of its document as each format's
reader shows it.

    python heldoutN-source/validateN.py [OUT] [-v]   (OUT defaults to evaluation/; reads OUT/expected, OUT/documents)

Texts:
  .html/.htm  html.parser; <script>, <style> and <head> dropped; entities unescaped; block elements end lines
  .pdf        `pdftotext` (reading order) AND `pdftotext -layout`: a snippet must be found in both; a word broken at a
              line end with a hyphen ("investi-" / "gations") is joined first
  .docx       python-docx (or, without it, the XML in the zip): header, body paragraphs and table cells in document
              order, footer
  .txt        as it is
Snippets are compared as the scorer compares them: lower case, letters and digits only, whitespace collapsed.

Checks: valid JSON with every field of evaluation/FORMAT.md; `document` exists and has its extension; `layout`
starts with the set's prefix; `kind` is minutes or report; `meeting_date` ISO or null; the panel name occurs in the document;
every asker set; respondent_role and status from FORMAT.md's lists; topics exist in index/topics.json; snippets at
most 8 words; question_start/question_end set together; unanswered pairs have no answer and no respondent, other
pairs have an answer; every snippet and decoy text found in every text of its document; and in every text
question_start comes before question_end, which comes before answer_start, which comes before answer_end.
"""
import html
import json
import pathlib
import re
import subprocess
import sys
import zipfile
from html.parser import HTMLParser

ROOT = pathlib.Path(__file__).resolve().parent.parent  # evaluation/
TOPICS_JSON = ROOT.parent / "index" / "topics.json"
ROLES = {None, "pcc", "deputy_pcc", "chief_constable", "deputy_chief_constable", "chief_fire_officer", "officer", "other"}
STATUSES = {"answered", "no_information", "deferred", "unanswered"}
FIELDS = ("document", "layout", "modelled_on", "panel", "meeting_date", "kind", "questions", "decoys")
QFIELDS = ("asker", "respondent_role", "question_start", "question_end", "answer_start", "answer_end", "status", "topics")
BLOCK = {"p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "br", "ul", "ol", "table", "section",
         "header", "footer", "nav", "main", "title", "dt", "dd", "dl", "caption", "thead", "tbody", "article", "aside"}


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

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
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
    v.close()
    return html.unescape("".join(v.out))


def dehyphenate(text):
    return re.sub(r"([A-Za-z])[-\u2010]\n[ \f]*([a-z])", r"\1\2", text)


def pdf_texts(path):
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    lay = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return {"pdftotext": dehyphenate(raw), "pdftotext -layout": dehyphenate(lay)}


def docx_text(path):
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:
        return docx_text_zip(path)
    d = docx.Document(str(path))
    parts = []
    for s in d.sections[:1]:
        parts += [p.text for p in s.header.paragraphs]
    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append(Paragraph(child, d).text)
        elif tag == "tbl":
            for row in Table(child, d).rows:
                for cell in row.cells:
                    parts.append(cell.text)
    for s in d.sections[:1]:
        parts += [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)


def docx_text_zip(path):
    """Fallback without python-docx: the text runs of header, document and footer XML, a paragraph per line."""
    parts = []
    with zipfile.ZipFile(path) as z:
        names = sorted(n for n in z.namelist() if re.fullmatch(r"word/header\d*\.xml", n))
        names += ["word/document.xml"]
        names += sorted(n for n in z.namelist() if re.fullmatch(r"word/footer\d*\.xml", n))
        for n in names:
            xml = z.read(n).decode("utf-8")
            for para in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
                parts.append(html.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", para, re.S))))
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


def main(prefix):
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    out = pathlib.Path(args[0]) if args else ROOT
    topics = {t["id"] for t in json.loads(TOPICS_JSON.read_text(encoding="utf-8"))["topics"]}
    problems = 0
    totals = {"documents": 0, "questions": 0, "decoys": 0}
    statuses, roles, layouts = {}, {}, set()
    files = sorted((out / "expected").glob(f"{prefix}-*.json"))
    if not files:
        print(f"no {prefix}-*.json in {out / 'expected'}")
        return 1
    for path in files:
        def bad(msg):
            nonlocal problems
            problems += 1
            print(f"{path.name}: {msg}")
        try:
            e = json.loads(path.read_text(encoding="utf-8"))
        except Exception as err:
            bad(f"not JSON: {err}")
            continue
        for key in FIELDS:
            if key not in e:
                bad(f"missing {key}")
        doc = out / "documents" / str(e.get("document", ""))
        if not doc.is_file():
            bad(f"no document {doc.name}")
            continue
        if doc.suffix.lower() not in (".html", ".htm", ".pdf", ".docx", ".txt"):
            bad(f"document {doc.name} has no known extension")
        if doc.stem != path.stem:
            bad(f"document {doc.name} does not match {path.name}")
        texts = {k: norm(v) for k, v in texts_of(doc).items()}
        if verbose:
            print(doc.name, {k: len(v) for k, v in texts.items()})
        if not str(e.get("layout", "")).startswith(f"{prefix}-"):
            bad(f"layout should start with {prefix}-")
        layouts.add(e.get("layout"))
        if not e.get("modelled_on"):
            bad("modelled_on is empty")
        if e.get("kind") not in ("minutes", "report"):
            bad("kind must be minutes or report")
        if e.get("meeting_date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(e["meeting_date"])):
            bad("meeting_date not ISO")
        if e.get("panel"):
            for name, text in texts.items():
                if norm(e["panel"]) not in text:
                    bad(f"panel name not in {name} text")
        totals["documents"] += 1
        for i, q in enumerate(e.get("questions", [])):
            totals["questions"] += 1
            where = f"questions[{i}]"
            for key in QFIELDS:
                if key not in q:
                    bad(f"{where}: missing {key}")
            if not q.get("asker"):
                bad(f"{where}: no asker")
            if q.get("respondent_role") not in ROLES:
                bad(f"{where}: unknown respondent_role {q.get('respondent_role')}")
            if q.get("status") not in STATUSES:
                bad(f"{where}: unknown status {q.get('status')}")
            statuses[q.get("status")] = statuses.get(q.get("status"), 0) + 1
            roles[q.get("respondent_role")] = roles.get(q.get("respondent_role"), 0) + 1
            if not isinstance(q.get("topics"), list):
                bad(f"{where}: topics must be a list")
            for t in q.get("topics") or []:
                if t not in topics:
                    bad(f"{where}: unknown topic {t}")
            snippets = {k: q.get(k) or "" for k in ("question_start", "question_end", "answer_start", "answer_end")}
            for key, s in snippets.items():
                if len(s.split()) > 8:
                    bad(f"{where}: {key} longer than 8 words: {s!r}")
                for name, text in texts.items():
                    if s and norm(s) not in text:
                        bad(f"{where}: {key} not in {name} text: {s!r}")
            if bool(snippets["question_start"]) != bool(snippets["question_end"]):
                bad(f"{where}: question_start and question_end must both be set or both be empty")
            if bool(snippets["answer_start"]) != bool(snippets["answer_end"]):
                bad(f"{where}: answer_start and answer_end must both be set or both be empty")
            if q.get("status") == "unanswered" and (snippets["answer_start"] or q.get("respondent_role")):
                bad(f"{where}: unanswered but has an answer or respondent")
            if q.get("status") != "unanswered" and not snippets["answer_start"]:
                bad(f"{where}: {q.get('status')} but no answer_start")
            if q.get("status") != "unanswered" and q.get("respondent_role") is None:
                bad(f"{where}: {q.get('status')} but no respondent_role")
            if not snippets["question_start"] and not snippets["answer_start"]:
                bad(f"{where}: neither a question nor an answer")
            # order: question_start < question_end < answer_start < answer_end, in every text
            for name, text in texts.items():
                pos = 0
                for key in ("question_start", "question_end", "answer_start", "answer_end"):
                    s = norm(snippets[key])
                    if not s:
                        continue
                    found = text.find(s, pos)
                    if found < 0:
                        if s in text:
                            bad(f"{where}: {key} {snippets[key]!r} is not after the snippet before it in {name} text")
                        break
                    pos = found + (len(s) if key.endswith("_end") else 0)
        for i, d in enumerate(e.get("decoys", [])):
            totals["decoys"] += 1
            if not d.get("text") or not d.get("why"):
                bad(f"decoys[{i}]: text and why are required")
                continue
            if len(d["text"].split()) > 8:
                bad(f"decoys[{i}]: text longer than 8 words")
            for name, text in texts.items():
                if norm(d["text"]) not in text:
                    bad(f"decoys[{i}]: text not in {name} text: {d['text']!r}")
    print(f"{totals['documents']} documents, {len(layouts)} layouts, {totals['questions']} questions, "
          f"{totals['decoys']} decoys")
    print("statuses:", ", ".join(f"{k} {v}" for k, v in sorted(statuses.items(), key=lambda kv: str(kv[0]))))
    print("respondents:", ", ".join(f"{k or 'none'} {v}" for k, v in sorted(roles.items(), key=lambda kv: str(kv[0]))))
    print(f"{problems} problems")
    return 1 if problems else 0

