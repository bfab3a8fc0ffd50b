"""`netprep review` and `netprep export-ics` in a subprocess, on demo data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar, Component

from netprep.composition import open_app, seed_demo
from tests.e2e.conftest import Netprep


def value(component: Component, name: str) -> Any:
    """A property as a Python value (dates as dates, text as text)."""
    got = component.decoded(name)
    return got.decode() if isinstance(got, bytes) else got


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("review") / "data"
    app = open_app(folder)
    try:
        seed_demo(app)
    finally:
        app.close()
    return folder


def test_review_lists_people_with_reasons_and_three_suggested(netprep: Netprep, data: Path) -> None:
    result = netprep.run("--data-dir", str(data), "review", "--drafts")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Weekly review, ") and "your review day: Friday" in out
    assert out.count(". ★ ") == 3
    assert "1. ★ Kwame Boateng <kwame@boatengelectrical.example.com> — Overdue" in out
    assert "   - Last contact " in out and "Their current project:" in out
    assert out.count("Subject: Catching up") == 3
    assert "Something you told me has stayed with me: “made the case with one spreadsheet" in out


def test_export_a_meeting_and_the_review(netprep: Netprep, data: Path, tmp_path: Path) -> None:
    meeting = netprep.run(
        "--data-dir", str(data), "export-ics", "Daniel", "-o", str(tmp_path / "m")
    )
    assert meeting.returncode == 0, meeting.stderr
    assert meeting.stdout.strip().endswith("(the meeting with Daniel Mensah).")
    [event] = Calendar.from_ical((tmp_path / "m.ics").read_bytes()).walk("VEVENT")
    assert value(event, "summary") == "Networking meeting with Daniel Mensah"
    review = netprep.run(
        "--data-dir", str(data), "export-ics", "--review", "-o", str(tmp_path / "r.ics")
    )
    assert review.returncode == 0, review.stderr
    [event] = Calendar.from_ical((tmp_path / "r.ics").read_bytes()).walk("VEVENT")
    assert value(event, "rrule")["BYDAY"] == ["FR"]
    todos = netprep.run(
        "--data-dir", str(data), "export-ics", "--followups", "-o", str(tmp_path / "f.ics")
    )
    assert todos.returncode == 0, todos.stderr
    items = Calendar.from_ical((tmp_path / "f.ics").read_bytes()).walk("VTODO")
    assert items and all(value(t, "due") for t in items)


@pytest.mark.parametrize(
    "args,message",
    [
        (["export-ics", "-o", "x.ics"], "Say what to export"),
        (["export-ics", "Nobody", "-o", "x.ics"], "No planned meeting matches “Nobody”"),
        (["export-ics", "--review", "-o", "/nonexistent/folder/x.ics"], "There is no folder"),
    ],
)
def test_clear_errors_no_tracebacks(
    netprep: Netprep, data: Path, args: list[str], message: str
) -> None:
    result = netprep.run("--data-dir", str(data), *args)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith(f"netprep: {message}") and "Traceback" not in result.stderr


def test_review_without_a_data_folder(netprep: Netprep, tmp_path: Path) -> None:
    result = netprep.run("--data-dir", str(tmp_path / "none"), "review")
    assert result.returncode == 1 and "netprep init" in result.stderr
