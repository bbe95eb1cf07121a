#!/usr/bin/env python3
"""Checks the evaluation set's expected files: valid JSON, known fields and values, and every
snippet present in its document (compared as the scorer does: lower case, letters and digits only).
Documents as published (.html, .htm, .pdf, .docx) are checked by heldout3-source/validate3.py (h3-) and
heldout4-source/validate4.py (h4-), which extract their text as each format's reader shows it; here they are left out."""
import json, re, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent
ROLES = {None, "pcc", "deputy_pcc", "chief_constable", "deputy_chief_constable", "chief_fire_officer", "officer", "other"}
STATUSES = {"answered", "no_information", "deferred", "unanswered"}
TOPICS = {t["id"] for t in json.load(open(ROOT.parent / "index" / "topics.json"))["topics"]}

def norm(s):
    return " ".join(re.findall(r"[a-z0-9]+", s.lower()))

def main():
    problems = 0
    totals = {"documents": 0, "questions": 0, "decoys": 0}
    layouts = set()
    for path in sorted((ROOT / "expected").glob("*.json")):
        def bad(msg):
            nonlocal problems
            problems += 1
            print(f"{path.name}: {msg}")
        try:
            e = json.loads(path.read_text())
        except Exception as err:
            bad(f"not JSON: {err}"); continue
        doc = ROOT / "documents" / e.get("document", "")
        if doc.suffix.lower() in (".html", ".htm", ".pdf", ".docx"):
            continue
        if not doc.is_file():
            bad(f"no document {doc.name}"); continue
        text = norm(doc.read_text(encoding="utf-8", errors="replace"))
        for key in ("layout", "modelled_on", "panel", "meeting_date", "kind", "questions", "decoys"):
            if key not in e: bad(f"missing {key}")
        layouts.add(e.get("layout"))
        if e.get("kind") not in ("minutes", "report"): bad("kind must be minutes or report")
        if e.get("meeting_date") is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", e["meeting_date"]): bad("meeting_date not ISO")
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
                if s and norm(s) not in text: bad(f"{where}: {key} not in document: {s!r}")
            if q.get("status") == "unanswered" and (q.get("answer_start") or q.get("respondent_role")):
                bad(f"{where}: unanswered but has an answer or respondent")
            if q.get("status") != "unanswered" and not q.get("answer_start"):
                bad(f"{where}: answered but no answer_start")
        for i, d in enumerate(e.get("decoys", [])):
            totals["decoys"] += 1
            if norm(d.get("text", "")) not in text: bad(f"decoys[{i}]: text not in document: {d.get('text')!r}")
    print(f"{totals['documents']} documents, {len(layouts)} layouts, {totals['questions']} questions, {totals['decoys']} decoys; {problems} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
