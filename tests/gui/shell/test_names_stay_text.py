"""What a user typed is shown as typed, never as markup: with a name, role and company
holding HTML, no label on any page renders it (a company of ``<a href=…>Click me</a>``
showed a link on the Prepare form, and a name with ``<font size=7>`` a huge red word as
the follow-up's title)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from netprep.composition import App, seed_demo
from tests.gui.helpers import each_page, make_window

MARK = "<u>UL</u>"


def rendered_markup(where: str) -> list[str]:
    """Visible labels that would draw MARK as an underlined "UL" instead of its text."""
    found = []
    for widget in QApplication.allWidgets():
        if not isinstance(widget, QLabel) or not widget.isVisible() or MARK not in widget.text():
            continue
        rich = widget.textFormat() == Qt.TextFormat.RichText or (
            widget.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(widget.text())
        )
        if rich:
            document = QTextDocument()
            document.setHtml(widget.text())
            if MARK not in document.toPlainText():  # the tags were read as markup
                found.append(f"{where}: {widget.objectName() or type(widget.parent()).__name__}")
    return found


def test_names_roles_and_companies_show_as_typed(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    seed_demo(app)  # as `netprep --demo` opens: follow-ups due, meetings coming up
    demo_app = app
    grace = demo_app.contacts.find("Grace Adeyemi")
    demo_app.contacts.save(
        dataclasses.replace(grace, role=f"Nurse {MARK} lead", company=f"{MARK} Trust")
    )
    elena = demo_app.contacts.find("Elena Vasquez")  # her thank-you is the first follow-up
    demo_app.contacts.save(dataclasses.replace(elena, name=f"Elena {MARK} Vasquez"))
    window = make_window(qtbot, demo_app, tmp_path)
    window.resize(1024, 700)
    found: list[str] = []
    seen = 0
    for name, _page in each_page(window, demo_app):
        found += rendered_markup(name)
        seen += sum(MARK in w.text() for w in QApplication.allWidgets() if isinstance(w, QLabel))
    assert seen  # the marked words were on screen to be checked
    assert found == [], "\n".join(found)
