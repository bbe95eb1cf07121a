"""Writes expected/*.json from the hand-written labels in labels_a.py and labels_b.py."""
import json, pathlib, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import labels_a, labels_b
out = pathlib.Path(__file__).resolve().parent.parent.parent / "expected"  # evaluation/expected
out.mkdir(exist_ok=True)
for e in [labels_a.KENNETDOWNS, labels_a.MORGANNWG, labels_a.SWALEOUSE, labels_a.BRACKENSHIRE, labels_b.DEARNEDON, labels_b.ERYRICLWYD]:
    name = e["document"].rsplit(".", 1)[0] + ".json"
    (out / name).write_text(json.dumps(e, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("expected", name)
