"""Today's follow-up counts and its "Log a touch…" button reach the Follow-ups page (wired by
the shell when the pages are built)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact
from netprep.gui.followups.page import FollowUpsPage
from netprep.services.followups import FollowUpFilter
from tests.gui.helpers import make_window


def test_todays_counts_open_the_follow_ups_due(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    app.contacts.save(Contact(name="Ada Lovelace"))
    window = make_window(qtbot, app, tmp_path)
    followups = window.page("followups")
    assert isinstance(followups, FollowUpsPage)
    followups.show_filter(FollowUpFilter.ALL)
    window.show_section("today")
    window.today_page.open_followups.emit()
    assert window.current_section() == "followups"
    assert followups._filter is FollowUpFilter.DUE


def test_todays_log_a_touch_opens_the_touch_dialog(
    qtbot: QtBot, app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app.contacts.save(Contact(name="Ada Lovelace"))
    asked: list[str] = []
    monkeypatch.setattr(FollowUpsPage, "log_touch", lambda self, *a: asked.append("touch"))
    window = make_window(qtbot, app, tmp_path)
    window.today_page.touch_button.click()
    assert asked == ["touch"]
