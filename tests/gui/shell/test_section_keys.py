"""Ctrl+1… open the sections in the sidebar's order (Ctrl+4 is the fourth row, not Review)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netprep.composition import App
from tests.gui.helpers import make_window


def test_ctrl_number_follows_the_sidebar(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    window = make_window(qtbot, app, tmp_path)
    rows = [window.sidebar.item(row) for row in range(window.sidebar.count())]
    for number, item in enumerate(rows, start=1):
        window.show_section("today" if number > 1 else "profile")
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_section() == item.data(Qt.ItemDataRole.UserRole), item.text()
        assert window.sidebar.currentItem() is item
