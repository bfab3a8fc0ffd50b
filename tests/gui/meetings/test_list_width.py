"""The meetings list keeps its width as meetings are opened: at 1024x700 an upcoming
meeting's seven actions in a row made the detail wider than the window left it, and the
list shrank from 300 to 190 px (121 in German) on the first click."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netprep.composition import App, seed_demo
from tests.gui.helpers import make_window
from tests.gui.theming import app_theme, in_language


@pytest.mark.parametrize("language", ["en_GB", "de_DE"])
def test_the_list_keeps_its_width_as_meetings_are_opened(
    qtbot: QtBot, app: App, tmp_path: Path, language: str
) -> None:
    seed_demo(app)  # as `netprep --demo` opens: two meetings coming up, one past
    with in_language(language), app_theme():
        window = make_window(qtbot, app, tmp_path)
        window.resize(1024, 700)
        window.show_section("meetings")
        page = window.meetings_page
        QApplication.processEvents()
        before = page.upcoming_list.width()
        assert page.upcoming_list.count() >= 2 and page.past_list.count() >= 1
        seen = []
        for listing in (page.upcoming_list, page.past_list):
            for row in range(listing.count()):
                listing.setCurrentRow(row)
                QApplication.processEvents()
                seen.append((listing.item(row).text(), page.upcoming_list.width()))
                assert page.start_button.isVisible() or listing is page.past_list
        assert [row for row in seen if row[1] != before] == []
        assert before >= 280
        assert window.width() == 1024
