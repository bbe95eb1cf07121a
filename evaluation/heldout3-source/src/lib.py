"""Shared helpers: markers in the source text label the questions, answers and decoys.

Markers (never rendered):  ⟦Q3⟧ ... ⟦/Q3⟧   question 3
                           ⟦A3⟧ ... ⟦/A3⟧   answer 3
                           ⟦D⟧ ... ⟦/D⟧     decoy snippet (in order of the decoy list)
The expected JSON's snippets are the first / last words of the marked text, as a reader sees it."""
import html, json, re, pathlib

# evaluation/heldout3-source/src/lib.py: the documents and expected files go to evaluation/documents and
# evaluation/expected; the topics are the repository's own (index/topics.json).
SOURCE = pathlib.Path(__file__).resolve().parent.parent
ROOT = SOURCE.parent
REPO = ROOT.parent
MARK = re.compile(r"⟦/?(?:Q|A)\d+⟧|⟦/?D⟧")

TOPICS = json.load(open(REPO / "index" / "topics.json"))["topics"]


def strip_markers(s):
    return MARK.sub("", s)


def visible(s):
    """Tags to spaces, entities unescaped, whitespace collapsed (for snippet making)."""
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<[^>]+>", " ", s)
    s = html.unescape(s).replace("\u00ad", "")
    return " ".join(s.split())


def region(src, tag):
    m = re.search(re.escape(f"⟦{tag}⟧") + r"(.*?)" + re.escape(f"⟦/{tag}⟧"), src, re.S)
    if not m:
        return None
    return visible(strip_markers(m.group(1)))


def first(words, n):
    return " ".join(words[:n])


def last(words, n):
    return " ".join(words[-n:])


def find_topics(text):
    found = []
    for t in TOPICS:
        hit = False
        for term in t["terms"]:
            if re.search(r"(?<![A-Za-z0-9])" + re.escape(term) + r"(?![A-Za-z0-9])", text, re.I):
                hit = True
        for ac in t["acronyms"]:
            if re.search(r"(?<![A-Za-z0-9])" + re.escape(ac) + r"(?![A-Za-z0-9])", text):
                hit = True
        if hit:
            found.append(t["id"])
    return found


def label(src, meta, qmeta, decoys):
    """meta: document, layout, modelled_on, panel, meeting_date, kind.
    qmeta: list of dicts (n, asker, role, status[, topics]) in document order.
    decoys: list of 'why' strings, one per ⟦D⟧ marker in order."""
    questions = []
    for q in qmeta:
        n = q["n"]
        qt = region(src, f"Q{n}")
        at = region(src, f"A{n}")
        qw = qt.split() if qt else []
        aw = at.split() if at else []
        entry = {
            "asker": q["asker"],
            "respondent_role": q["role"],
            "question_start": first(qw, q.get("qs", 6)) if qw else "",
            "question_end": last(qw, q.get("qe", 5)) if qw else "",
            "answer_start": first(aw, q.get("as", 6)) if aw else "",
            "answer_end": last(aw, q.get("ae", 5)) if aw else "",
            "status": q["status"],
            "topics": q["topics"] if "topics" in q else find_topics((qt or "") + " " + (at or "")),
        }
        for k in ("question_start", "question_end", "answer_start", "answer_end"):
            if k in q:
                entry[k] = q[k]
        if q["status"] == "unanswered":
            assert not aw and q["role"] is None, n
        else:
            assert aw, f"no answer for {n}"
        questions.append(entry)
    dtexts = [visible(strip_markers(m)) for m in re.findall(r"⟦D⟧(.*?)⟦/D⟧", src, re.S)]
    assert len(dtexts) == len(decoys), (len(dtexts), len(decoys))
    out = dict(meta)
    out["questions"] = questions
    out["decoys"] = [{"text": t, "why": w} for t, w in zip(dtexts, decoys)]
    name = pathlib.Path(meta["document"]).stem
    (ROOT / "expected" / f"{name}.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    return out
