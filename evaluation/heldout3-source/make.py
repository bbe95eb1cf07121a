#!/tmp/fixenv/bin/python
"""Builds the h3- documents and their expected files: /tmp/fixenv/bin/python make.py"""
import importlib, sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / "src"))
for name in ["d1_avonmark", "d2_severnwold", "d3_tamebridge", "d4_stourmouth", "d5_orwellshire", "d6_altvalley", "d7_ousefens"]:
    out = importlib.import_module(name).build()
    print(f"{out['document']:22} {len(out['questions']):3} questions {len(out['decoys']):2} decoys")
