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
import json, pathlib, re, sys

ROOT = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(ROOT.parent / "heldout-tools"))
# Each format's text as its reader shows it, and snippets compared as the scorer compares them: the readers shared
# with the later sets' checker.
from validate import norm, texts_of  # noqa: E402
ROLES = {None, "pcc", "deputy_pcc", "chief_constable", "deputy_chief_constable", "chief_fire_officer", "officer", "other"}
STATUSES = {"answered", "no_information", "deferred", "unanswered"}
TOPICS = {t["id"] for t in json.load(open(ROOT.parent.parent / "index" / "topics.json"))["topics"]}


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
