"""What the kill tests share: start a typist child (the real app typing into a window) on a
demo data folder, and look for typed text in the folder's files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import Netprep


def start_typist(
    netprep: Netprep, tmp_path: Path, typist: str, *extra: str
) -> tuple[subprocess.Popen[str], str]:
    """Run ``tests.e2e.<typist>`` on a fresh demo folder; returns it once it said "typed ID"."""
    data = tmp_path / "data"
    assert netprep.run("--data-dir", str(data), "init", "--demo").returncode == 0
    process = subprocess.Popen(
        [sys.executable, "-m", f"tests.e2e.{typist}", str(data), str(tmp_path / "w.ini"), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=netprep.env,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.startswith("typed "):
        process.kill()
        _, err = process.communicate(timeout=30)
        pytest.fail(f"the typist did not start: {line!r} {err}")
    return process, line.split()[1]


def on_disk(data: Path, *texts: str, table: str) -> bool:
    """Whether every text is in the files of ``table`` (its document and its journal)."""
    found = "".join(
        path.read_text(encoding="utf-8", errors="replace") for path in data.glob(f"{table}*")
    )
    return all(text in found for text in texts)
