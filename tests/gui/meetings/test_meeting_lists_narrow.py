"""The Meetings page's Upcoming/Past lists at 1024x700: rows fit the list and elide with "…",
the tooltip has the whole text, and there is never a sideways scroll bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QSplitter
from pytestqt.qtbot import QtBot

from netprep.composition import App, seed_demo
from netprep.gui.widgets.item_roles import SUBTITLE_ROLE
from tests.gui.helpers import make_window


def test_meeting_rows_fit_a_small_window_and_tell_the_whole_text(
    qtbot: QtBot, app: App, tmp_path: Path
) -> None:
    seed_demo(app)  # with its prepared and past meetings
    window = make_window(qtbot, app, tmp_path)
    window.resize(1024, 700)
    window.show_section("meetings")
    page = window.meetings_page
    left = page.upcoming_list.parentWidget()
    splitter = left.parentWidget() if left is not None else None
    assert isinstance(splitter, QSplitter)
    splitter.setSizes([180, 1000])  # as narrow as real fonts make it at 1024x700
    QApplication.processEvents()
    assert page.upcoming_list.width() < 200
    lists: list[QListWidget] = [page.upcoming_list, page.past_list]
    assert all(view.count() for view in lists)
    for view in lists:
        assert not view.horizontalScrollBar().isVisible()
        assert view.horizontalScrollBar().maximum() == 0
        viewport = view.viewport().width()
        for row in range(view.count()):
            item = view.item(row)
            assert view.visualItemRect(item).right() < viewport, item.text()
            tooltip = item.toolTip()
            assert item.text() in tooltip and item.data(SUBTITLE_ROLE) in tooltip
    assert Qt.ScrollBarPolicy.ScrollBarAlwaysOff == page.upcoming_list.horizontalScrollBarPolicy()
