"""The Review page tells "no availability" from "availability netprep could not read" (saved
before the profile form checked it): the banner and the drafts say which, and how to fix it,
instead of asking to add availability the user has added."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netprep.composition import App, open_app
from netprep.domain.clock import ManualClock
from netprep.resources import resource_path
from netprep.services.seed import load_seed_file, seed_store
from tests.gui.helpers import make_window

FRIDAY = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)


@pytest.fixture
def review_app(tmp_path: Path) -> Iterator[App]:
    clock = ManualClock(FRIDAY)
    app = open_app(tmp_path / "data", clock)
    seed_store(app.store, load_seed_file(resource_path("demo", "demo.json")), clock)
    yield app
    app.close()


def stored_availability(app: App, text: str) -> None:
    profile = app.profile.get()
    profile.availability = text
    app.store.profile.save(profile)  # as an older netprep saved it, unchecked


@pytest.mark.parametrize("typed", ["Tue 25:00-26:00", "whenever lol"])
def test_unreadable_availability_is_not_called_missing(
    qtbot: QtBot, review_app: App, tmp_path: Path, typed: str
) -> None:
    stored_availability(review_app, typed)
    window = make_window(qtbot, review_app, tmp_path)
    window.show_section("review")
    page = window.review_page
    banner = page.banner.text()
    assert page.banner.isVisible()
    assert f"Your availability (“{typed}”) could not be read" in banner
    assert "Tue and Thu 8-10am, Fri after 3pm, Europe/London" in banner
    assert "Add your availability" not in banner

    page.write_emails()
    notes = page.drafts.editors[0].notes.text()
    assert f"your availability (“{typed}”) could not be read" in notes
    assert "add your availability" not in notes


def test_missing_and_partly_read_availability_keep_their_own_words(
    qtbot: QtBot, review_app: App, tmp_path: Path
) -> None:
    stored_availability(review_app, "")
    window = make_window(qtbot, review_app, tmp_path)
    window.show_section("review")
    page = window.review_page
    assert page.banner.text().startswith("Add your availability to your profile")
    stored_availability(review_app, "Tue 8-10am, whenever suits")
    page.refresh()
    assert "Part of your availability was not understood: “whenever suits”." in page.banner.text()
    assert "could not be read" not in page.banner.text()
