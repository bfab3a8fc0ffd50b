"""Print the held-out briefs as a person would read them (not a test).

Run: .venv/bin/python tests/unit/brief/holdout/look.py [case-key ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))

from tests.unit.brief.holdout.score import CASES, build
from tests.unit.brief.show_briefs import show

if __name__ == "__main__":
    wanted = set(sys.argv[1:])
    for case in CASES:
        if not wanted or case.key in wanted:
            brief = build(case)
            print(show(brief))
            print("## Cautions", *[f"- {c.text}" for c in brief.cautions], sep="\n")
            print("## Check first", *[f"- {c.text}" for c in brief.check_first], sep="\n")
            print("\n" + "=" * 80 + "\n")
