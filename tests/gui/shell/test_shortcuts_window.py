"""The Keyboard shortcuts window shows every command whole, as the app shows it, and lists
the keys that work on a page without a menu command (Esc, Down, Delete, Ctrl+Z on notes)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.shell.diagnostics import ShortcutsWindow
from netprep.gui.widgets.theme import apply_theme
from tests.gui.helpers import make_window


def test_every_command_is_shown_whole_with_the_page_keys(
    qtbot: QtBot, app: App, tmp_path: Path
) -> None:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    old_sheet, old_palette = qt_app.styleSheet(), qt_app.palette()
    try:
        apply_theme(qt_app)  # as the app shows it: the stylesheet's font and padding
        window = make_window(qtbot, app, tmp_path)
        shortcuts = ShortcutsWindow(window)
        qtbot.addWidget(shortcuts)
        shortcuts.show()
        qtbot.waitExposed(shortcuts)
        table = shortcuts.table
        assert table.header().sectionSize(0) >= table.sizeHintForColumn(0)  # none cut
    finally:
        qt_app.setStyleSheet(old_sheet)
        qt_app.setPalette(old_palette)
    listed = dict(shortcuts.rows())
    assert listed["Notes → Bring back a deleted note"] == "Ctrl+Z"
    assert listed["Contacts → Delete the selected contact"] == "Delete"
