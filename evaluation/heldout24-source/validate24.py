#!/usr/bin/env python3
"""Checks the twenty-fourth held-out set (h24-) with ../heldout-tools/validate.py (see there for what it checks).

    python validate24.py [OUT] [-v]        (OUT defaults to evaluation/; reads OUT/expected, OUT/documents)
"""
import pathlib
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "heldout-tools"))
import validate  # noqa: E402

if __name__ == "__main__":
    sys.exit(validate.main("h24"))
