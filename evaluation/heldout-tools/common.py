"""Shared helpers of the held-out generators (h6-, h7-): markers, snippets, topics, expected files.

Every document source in a set's src/ is written once, with markers around the passages the labels point at:

    ⟦Q3⟧ … ⟦/Q3⟧   the question of pair 3          ⟦A3⟧ … ⟦/A3⟧   its answer
    ⟦D2⟧ … ⟦/D2⟧   decoy 2

The renderers strip the markers (strip_markers). The labeller (build_expected) takes each marked span, turns it into
plain text as a reader would show it (tags dropped, entities unescaped, whitespace collapsed) and takes its first and
last few words as the snippets, unless labels.py overrides them. Asker, respondent role and status are set by hand in
labels.py; topics are computed from index/topics.json (whole words, acronyms in capitals) over the question and the
answer, and were checked by eye (labels.py can override them).
"""
import html
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent  # evaluation/heldout-tools
TOPICS_JSON = HERE.parent.parent / "index" / "topics.json"

MARK = re.compile(r"⟦/?[QAD]\d+⟧")
SPAN = re.compile(r"⟦([QAD])(\d+)⟧(.*?)⟦/\1\2⟧", re.S)


def q(asker, role, status, **kw):
    """One labelled pair of a set's src/labels.py: asker, respondent role, status, and optional overrides (qs/qe/as_/ae
    snippets, topics)."""
    return dict(asker=asker, role=role, status=status, **kw)


def strip_markers(text: str) -> str:
    return MARK.sub("", text)


def plain(fragment: str) -> str:
    """Visible text of a source fragment: markers and tags dropped, entities unescaped, whitespace collapsed."""
    s = strip_markers(fragment)
    s = re.sub(r"<[^>]*>", " ", s)
    s = re.sub(r"^[A-Z0-9]{1,3}\|\s?", " ", s, flags=re.M)  # docx mini-markup line prefixes
    s = s.replace("||", " ")
    s = html.unescape(s).replace("\u00ad", "")
    return " ".join(s.split())


def spans(source: str) -> dict:
    """{('Q', 3): 'plain text', ('A', 3): …, ('D', 1): …} for every marked span (spans may nest or overlap)."""
    out = {}
    for kind in "QAD":
        for m in re.finditer(r"⟦%s(\d+)⟧(.*?)⟦/%s\1⟧" % (kind, kind), source, re.S):
            key = (kind, int(m.group(1)))
            if key in out:
                raise SystemExit(f"marker {kind}{m.group(1)} used twice")
            out[key] = plain(m.group(2))
    return out


def first_words(text: str, n: int = 6) -> str:
    return " ".join(text.split()[:n])


def last_words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[-n:])


def _load_topics():
    data = json.loads(TOPICS_JSON.read_text(encoding="utf-8"))["topics"]
    compiled = []
    for t in data:
        pats = []
        for term in t.get("terms", []):
            words = [re.escape(w) for w in re.split(r"[\s\-]+", term) if w]
            pats.append(re.compile(r"(?<![A-Za-z0-9])" + r"[\s\-]+".join(words) + r"(?![A-Za-z0-9])", re.I))
        for acr in t.get("acronyms", []):
            pats.append(re.compile(r"(?<![A-Za-z0-9])" + re.escape(acr) + r"(?![A-Za-z0-9])"))
        compiled.append((t["id"], pats))
    return compiled


_TOPICS = None


def topics_of(text: str) -> list:
    global _TOPICS
    if _TOPICS is None:
        _TOPICS = _load_topics()
    return [tid for tid, pats in _TOPICS if any(p.search(text) for p in pats)]


def build_expected(source: str, meta: dict) -> dict:
    """meta: document, layout, modelled_on, panel, meeting_date, kind,
    questions: {n: dict(asker, role, status, [qs, qe, as_, ae, topics])}, decoys: {n: why or (text, why)}."""
    sp = spans(source)
    questions = []
    def position(n):
        hits = [source.find(f"⟦{k}{n}⟧") for k in "QA"]
        hits = [h for h in hits if h >= 0]
        return min(hits) if hits else 10**9
    for n in sorted(meta["questions"], key=position):
        m = meta["questions"][n]
        q = sp.get(("Q", n), "")
        a = sp.get(("A", n), "")
        status = m["status"]
        if status == "unanswered" and a:
            raise SystemExit(f"{meta['document']} pair {n}: unanswered but an answer is marked")
        if status != "unanswered" and not a:
            raise SystemExit(f"{meta['document']} pair {n}: no answer marked")
        topics = m.get("topics")
        if topics is None:
            topics = topics_of(q + " " + a)
        questions.append({
            "asker": m["asker"],
            "respondent_role": None if status == "unanswered" else m["role"],
            "question_start": m.get("qs", first_words(q)) if q else "",
            "question_end": m.get("qe", last_words(q)) if q else "",
            "answer_start": m.get("as_", first_words(a)) if a else "",
            "answer_end": m.get("ae", last_words(a)) if a else "",
            "status": status,
            "topics": list(topics),
        })
    unused = {k for k in sp if k[0] in "QA"} - {(k, n) for n in meta["questions"] for k in "QA"}
    if unused:
        raise SystemExit(f"{meta['document']}: marked spans without labels: {sorted(unused)}")
    decoys = []
    for n in sorted(meta["decoys"], key=lambda n: source.find(f"⟦D{n}⟧")):
        why = meta["decoys"][n]
        text = sp.get(("D", n))
        if isinstance(why, tuple):
            text, why = why
        if not text:
            raise SystemExit(f"{meta['document']}: decoy {n} not marked")
        if len(text.split()) > 8:
            text = first_words(text, 7)
        decoys.append({"text": text, "why": why})
    return {
        "document": meta["document"],
        "layout": meta["layout"],
        "modelled_on": meta["modelled_on"],
        "panel": meta["panel"],
        "meeting_date": meta["meeting_date"],
        "kind": meta["kind"],
        "questions": questions,
        "decoys": decoys,
    }
