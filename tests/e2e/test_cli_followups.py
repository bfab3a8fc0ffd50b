"""`netprep followups [--due]` and `netprep log CONTACT --kind …`: in a subprocess, clear
errors and no tracebacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import Netprep


@pytest.fixture
def data(netprep: Netprep, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert netprep.run("--data-dir", str(folder), "init", "--demo").returncode == 0
    return folder


def test_followups_lists_the_demo_loop(netprep: Netprep, data: Path) -> None:
    every = netprep.run("--data-dir", str(data), "followups")
    assert every.returncode == 0 and every.stderr == ""
    lines = every.stdout.splitlines()
    assert any("Overdue" in line and "Thank-you: Elena Vasquez" in line for line in lines)
    assert any("Done" in line and "Priya Nair" in line for line in lines)
    due = netprep.run("--data-dir", str(data), "followups", "--due").stdout.splitlines()
    assert due and all("Overdue" in line or "Due today" in line for line in due)


def test_log_a_touch_then_errors_are_one_clear_line(netprep: Netprep, data: Path) -> None:
    ok = netprep.run(
        "--data-dir",
        str(data),
        "log",
        "kwame",
        "--kind",
        "met",
        "--note",
        "At the market",
        "--date",
        "yesterday",
    )
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("Logged a chance meeting with Kwame Boateng on ")
    for args, expected in (
        (("log", "nobody", "--kind", "call"), "No contact matches “nobody”"),
        (("log", "kwame", "--kind", "call", "--date", "31/11"), "is not a date"),
        (("log", "kwame", "--kind", "call", "--date", "2999-01-01"), "in the future"),
        (("log", "kwame", "--kind", "fax"), "invalid choice: 'fax'"),
        (("followups",), ""),
    ):
        folder = str(data) if args != ("followups",) else str(data / "missing")
        result = netprep.run("--data-dir", folder, *args)
        assert result.returncode != 0, args
        assert expected in result.stderr and "Traceback" not in result.stderr, result.stderr
    missing = netprep.run("--data-dir", str(data / "missing"), "followups")
    assert "No data folder" in missing.stderr
