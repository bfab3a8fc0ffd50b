"""What GUI tests share: a shown main window, typing as a user would, dialogs answered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.shell.main_window import MainWindow
from netprep.gui.shell.window_state import WindowState


def make_window(qtbot: QtBot, app: App, tmp_path: Path) -> MainWindow:
    window = MainWindow(app, WindowState(tmp_path / "window.ini"))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Replace the widget's text by typing, as a user would (Return for each new line)."""
    assert isinstance(widget, QLineEdit | QPlainTextEdit), f"cannot type into {widget!r}"
    widget.setFocus()
    widget.selectAll()
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(widget, line)


class DialogAnswers:
    """Stands in for QMessageBox's static dialogs: records them and gives a set answer."""

    def __init__(self) -> None:
        self.answer = QMessageBox.StandardButton.Yes
        self.asked: list[str] = []
        self.warnings: list[str] = []

    def question(self, _parent: object, title: str, text: str, *_: object) -> object:
        self.asked.append(f"{title}: {text}")
        return self.answer

    def warning(self, _parent: object, title: str, text: str, *_: object) -> object:
        self.warnings.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok
