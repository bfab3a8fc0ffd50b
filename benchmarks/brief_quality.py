"""How good are the briefs? A quality score over the test corpus, and the determinism check.

Run from the project root: ``.venv/bin/python benchmarks/brief_quality.py``

The corpus (tests/unit/brief/corpus.py) is thirty-odd contacts with notes typed the way
people type, each with what a strong networker would take from them. The score is the
share of those checks the briefs pass; grounding counts every quoted excerpt that is not
in the field or note it cites; determinism builds the whole corpus in fresh processes
under several PYTHONHASHSEED values and compares the output byte for byte.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.unit.brief.corpus import CASES  # noqa: E402
from tests.unit.brief.corpus_score import build, corpus_score, ungrounded  # noqa: E402

SEEDS = ("0", "1", "2", "77", "4242", "31337")


def determinism() -> tuple[int, float]:
    """How many different outputs the seeds gave (1 is right), and the seconds it took."""
    code = (
        "import sys; sys.path.insert(0, '.'); "
        "from tests.unit.brief.test_corpus import _dump_corpus; "
        "sys.stdout.write(_dump_corpus())"
    )
    started = time.perf_counter()
    digests = set()
    for seed in SEEDS:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, check=True
        ).stdout
        digests.add(hashlib.sha256(out).hexdigest())
    return len(digests), time.perf_counter() - started


def main() -> int:
    passed, total, failures = corpus_score()
    loose = sum(len(ungrounded(case, build(case))) for case in CASES)
    variants, seconds = determinism()
    print(f"corpus: {len(CASES)} contacts")
    print(f"quality: {passed}/{total} checks pass ({100 * passed / total:.1f}%)")
    for failure in failures:
        print(f"  miss  {failure}")
    print(f"grounding: {loose} quoted excerpts not found in their cited source")
    verdict = "identical" if variants == 1 else f"{variants} DIFFERENT outputs"
    print(f"determinism: {len(SEEDS)} hash seeds -> {verdict} ({seconds:.1f} s)")
    return 0 if variants == 1 and loose == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
