"""The Notes tab at 1024x700: the preview goes under the editor instead of squeezing both."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netprep.composition import App
from tests.gui.helpers import make_window


def test_the_preview_goes_under_the_editor_when_narrow(
    qtbot: QtBot, demo_app: App, tmp_path: Path
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    window.show_section("contacts")
    page = window.contacts_page
    page.list.setCurrentIndex(page.proxy.index(0, 0))
    panel = page.notes
    page.tabs.setCurrentWidget(panel)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: panel.text_split.orientation() == Qt.Orientation.Vertical)
    assert panel.editor.width() > 300  # not squeezed beside the preview
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: panel.text_split.orientation() == Qt.Orientation.Horizontal)
