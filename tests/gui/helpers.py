"""What GUI tests share: a shown main window, typing as a user would, dialogs answered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
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


def each_page(window: MainWindow, app: App) -> Iterator[tuple[str, QWidget]]:
    """Every sidebar page in turn as a user sees it with the demo's records (Follow-ups with
    one chosen, so its email shows; Contacts with Grace Adeyemi open), then "prepare": the
    Meetings page preparing a meeting with her."""
    from netprep.gui.followups.page import FollowUpsPage
    from netprep.gui.shell.actions import SECTIONS
    from netprep.services.followups import FollowUpFilter

    for name in SECTIONS:
        window.show_section(name)
        page = window.page(name)
        if isinstance(page, FollowUpsPage):
            page.show_filter(FollowUpFilter.ALL)
            first = page.list.topLevelItem(0)
            assert first is not None
            page.list.setCurrentItem(first)
            assert page.detail.mail_button.isVisible()
        if name == "contacts":
            window.open_contact(app.contacts.find("Grace Adeyemi").id)
        QApplication.processEvents()
        yield name, page
    window.show_section("meetings")
    window.meetings_page.prepare(app.contacts.find("Grace Adeyemi").id)
    QApplication.processEvents()
    yield "prepare", window.meetings_page


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
