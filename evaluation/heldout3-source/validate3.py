#!/tmp/fixenv/bin/python
"""Checks the h3- expected files against the documents as a reader sees them.

Visible text per format: HTML through html.parser (script/style dropped, entities unescaped); PDF through
`pdftotext` and `pdftotext -layout` (both must hold every snippet); DOCX through python-docx, paragraphs and
table cells in document order. Words hyphenated at line ends are joined. Then, as evaluation/validate.py does,
text is compared in lower case, letters and digits only. Values are checked against the sets validate.py accepts.
Run with a Python that has python-docx (e.g. /tmp/fixenv/bin/python)."""
import json, re, subprocess, sys, pathlib
from html.parser import HTMLParser

# Run from evaluation/heldout3-source: the documents and expected files are in evaluation/.
ROOT = pathlib.Path(__file__).resolve().parent.parent
ROLES = {None, "pcc", "deputy_pcc", "chief_constable", "deputy_chief_constable", "chief_fire_officer", "officer", "other"}
STATUSES = {"answered", "no_information", "deferred", "unanswered"}
TOPICS = {t["id"] for t in json.load(open(ROOT.parent / "index" / "topics.json"))["topics"]}
KEYS = ("document", "layout", "modelled_on", "panel", "meeting_date", "kind", "questions", "decoys")


def norm(s):
    return " ".join(re.findall(r"[a-z0-9]+", s.lower()))


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def dehyphenate(text):
    return re.sub(r"([A-Za-z])-\s*\n\s*([a-z])", r"\1\2", text)


def texts(path):
    """The readings of a document that every snippet must be found in."""
    ext = path.suffix.lower()
    if ext in (".html", ".htm"):
        v = Visible()
        v.feed(path.read_text(encoding="utf-8"))
        return {"html": " ".join(v.parts).replace("\u00ad", "")}
    if ext == ".pdf":
        out = {}
        for mode in ([], ["-layout"]):
            t = subprocess.run(["pdftotext", *mode, str(path), "-"], capture_output=True, text=True, check=True).stdout
            out["pdftotext" + (" -layout" if mode else "")] = dehyphenate(t.replace("\u00ad", ""))
        return out
    if ext == ".docx":
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = docx.Document(str(path))
        parts = []
        for el in d.element.body.iterchildren():
            if el.tag.endswith("}p"):
                parts.append(Paragraph(el, d).text)
            elif el.tag.endswith("}tbl"):
                for row in Table(el, d).rows:
                    for cell in row.cells:
                        parts.append(cell.text)
        return {"docx": "\n".join(parts)}
    raise ValueError(f"unknown format {path}")


def main():
    problems = 0
    totals = {"documents": 0, "questions": 0, "decoys": 0}
    layouts = set()
    for path in sorted((ROOT / "expected").glob("h3-*.json")):
        def bad(msg):
            nonlocal problems
            problems += 1
            print(f"{path.name}: {msg}")
        try:
            e = json.loads(path.read_text())
        except Exception as err:
            bad(f"not JSON: {err}"); continue
        for key in KEYS:
            if key not in e: bad(f"missing {key}")
        doc = ROOT / "documents" / e.get("document", "")
        if not doc.is_file():
            bad(f"no document {doc.name}"); continue
        if doc.stem != path.stem: bad("expected file name does not match the document")
        readings = {k: norm(v) for k, v in texts(doc).items()}
        layouts.add(e.get("layout"))
        if not str(e.get("layout", "")).startswith("h3-"): bad("layout should start with h3-")
        if e.get("kind") not in ("minutes", "report"): bad("kind must be minutes or report")
        if e.get("meeting_date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", e["meeting_date"]): bad("meeting_date not ISO")
        if e.get("panel") and norm(e["panel"]) not in next(iter(readings.values())): bad("panel name not in document")
        totals["documents"] += 1

        def present(s, where):
            for k, t in readings.items():
                if norm(s) not in t:
                    bad(f"{where} not in {k} text: {s!r}")

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
                if s:
                    present(s, f"{where}.{key}")
                    if len(s.split()) > 8: bad(f"{where}.{key} longer than 8 words")
            if bool(q.get("question_start")) != bool(q.get("question_end")): bad(f"{where}: question start/end not both set")
            if q.get("status") == "unanswered" and (q.get("answer_start") or q.get("respondent_role")):
                bad(f"{where}: unanswered but has an answer or respondent")
            if q.get("status") != "unanswered" and not (q.get("answer_start") and q.get("respondent_role")):
                bad(f"{where}: answered but no answer_start or respondent")
            if not q.get("question_start") and not q.get("answer_start"):
                bad(f"{where}: neither question nor answer")
        for i, dcy in enumerate(e.get("decoys", [])):
            totals["decoys"] += 1
            present(dcy.get("text", ""), f"decoys[{i}]")
    print(f"{totals['documents']} documents, {len(layouts)} layouts, {totals['questions']} questions, "
          f"{totals['decoys']} decoys; {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
