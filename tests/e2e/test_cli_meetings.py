"""`netprep meetings` and `netprep referrals`: one item per line, clear errors, in a subprocess."""

from __future__ import annotations

from pathlib import Path

import pytest

from netprep.composition import open_app
from netprep.domain.clock import ManualClock
from netprep.domain.meeting import Meeting
from netprep.resources import resource_path
from netprep.services.seed import load_seed_file, seed_store
from tests.e2e.conftest import Netprep


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """Demo data with one finished meeting (two referrals, one moved on) and one planned."""
    folder = tmp_path / "data"
    clock = ManualClock()
    app = open_app(folder, clock)
    try:
        seed_store(app.store, load_seed_file(resource_path("demo", "demo.json")), clock)
        grace = app.contacts.find("Grace Adeyemi")
        held = app.store.meetings.save(
            Meeting(contact_id=grace.id, purpose="Moving from the ward into product")
        )
        session = app.meetings.open_session(held.id)
        session.start()
        clock.advance(19 * 60)
        session.capture.set_insight(0, "Start a portfolio of the workflows you fixed.")
        session.capture.referrals[0].name = "Nadia Rahman"
        session.capture.referrals[0].how_to_reach = "nadia@nhsx.example.org"
        session.capture.referrals[1].name = "Ruth Okoro"
        app.meetings.finish_meeting(held.id, session=session)
        ruth = next(r for r in app.referrals.all() if r.name == "Ruth Okoro")
        for _ in range(3):  # contacted, met, referrer thanked: done
            app.referrals.advance(ruth.id)
        sofia = app.contacts.find("Sofia Marchetti")
        app.store.meetings.save(
            Meeting(
                contact_id=sofia.id,
                when=clock.now().replace(day=27, hour=15),
                purpose="Designing for clinicians",
            )
        )
    finally:
        app.close()
    return folder


def test_meetings_upcoming_and_past(netprep: Netprep, data: Path) -> None:
    everything = netprep.run("--data-dir", str(data), "meetings")
    assert everything.returncode == 0 and everything.stderr == ""
    lines = everything.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("2026-11-27") and "Sofia Marchetti" in lines[0]
    assert lines[0].endswith("[planned]")
    assert "Grace Adeyemi — Moving from the ward into product" in lines[1]
    assert lines[1].endswith("[finished, goals 2/3, 2 referrals]")

    upcoming = netprep.run("--data-dir", str(data), "meetings", "--upcoming")
    assert upcoming.stdout.splitlines() == lines[:1]
    past = netprep.run("--data-dir", str(data), "meetings", "--past")
    assert past.stdout.splitlines() == lines[1:]
    both = netprep.run("--data-dir", str(data), "meetings", "--past", "--upcoming")
    assert both.returncode == 2 and "not allowed with" in both.stderr


def test_referrals_and_pending(netprep: Netprep, data: Path) -> None:
    listed = netprep.run("--data-dir", str(data), "referrals")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "Nadia Rahman ← Grace Adeyemi  [Name given]  reach: nadia@nhsx.example.org",
        "Ruth Okoro ← Grace Adeyemi  [Referrer thanked]",
    ]
    pending = netprep.run("--data-dir", str(data), "referrals", "--pending")
    assert pending.stdout.splitlines() == listed.stdout.splitlines()[:1]


def test_missing_data_folder_is_one_clear_line(netprep: Netprep, tmp_path: Path) -> None:
    for command in ("meetings", "referrals"):
        result = netprep.run("--data-dir", str(tmp_path / "nowhere"), command)
        assert result.returncode == 1
        assert result.stdout == ""
        assert result.stderr.strip().count("\n") == 0
        assert "No data folder" in result.stderr and "Traceback" not in result.stderr
        assert not (tmp_path / "nowhere").exists()  # listing never creates a folder


def test_listing_works_while_the_app_has_the_folder_open(netprep: Netprep, data: Path) -> None:
    app = open_app(data, ManualClock())  # the GUI holds the write lock
    try:
        result = netprep.run("--data-dir", str(data), "referrals", "--pending")
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("Nadia Rahman")
    finally:
        app.close()
