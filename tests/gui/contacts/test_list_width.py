"""The contact list keeps its width as contacts are opened (issue 14: "the contact list
changing width on every click"). At 1024x700 the first contact opened made the contact's
side wider than the window left it (the Notes tab's buttons side by side, and in German the
header's and the Meetings tab's rows of buttons), so the list shrank from 300 to 245 px
(193 px in German) and stayed there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netprep.composition import App
from tests.gui.helpers import make_window
from tests.gui.theming import app_theme, in_language


@pytest.mark.parametrize("language", ["en_GB", "de_DE"])
@pytest.mark.parametrize("width", [1024, 1600])
def test_the_list_keeps_its_width_as_contacts_and_tabs_are_opened(
    qtbot: QtBot, demo_app: App, tmp_path: Path, language: str, width: int
) -> None:
    with in_language(language), app_theme():
        window = make_window(qtbot, demo_app, tmp_path)
        window.resize(width, 700 if width == 1024 else 1000)
        window.show()
        window.show_section("contacts")
        page = window.contacts_page
        QApplication.processEvents()
        before = page.list.width()
        seen = []
        for name in ("Grace Adeyemi", "Kwame Boateng", "Jonas Lindqvist"):
            window.open_contact(demo_app.contacts.find(name).id)
            for tab in range(page.tabs.count()):
                page.tabs.setCurrentIndex(tab)
                QApplication.processEvents()
                seen.append((name, page.tabs.tabText(tab), page.list.width()))
        page.new_contact()
        QApplication.processEvents()
        seen.append(("new contact", "", page.list.width()))
        assert [row for row in seen if row[2] != before] == []
        assert before >= 280  # the list's own width, not squeezed from the start
        assert window.width() == width


@pytest.mark.parametrize("language", ["en_GB", "de_DE"])
def test_the_note_s_status_neither_moves_the_editor_nor_widens_the_contact(
    qtbot: QtBot, demo_app: App, tmp_path: Path, language: str
) -> None:
    with in_language(language), app_theme():
        window = make_window(qtbot, demo_app, tmp_path)
        window.resize(1024, 700)
        window.show_section("contacts")
        page = window.contacts_page
        window.open_contact(demo_app.contacts.find("Grace Adeyemi").id)
        notes = page.notes
        page.tabs.setCurrentWidget(notes)
        notes.list.setCurrentRow(0)
        QApplication.processEvents()
        width, top = page.list.width(), notes.editor.mapTo(window, QPoint(0, 0)).y()
        assert notes.status.text() == ""
        notes.editor.setFocus()
        qtbot.keyClicks(notes.editor, " more")  # "Editing…" appears on the first keystroke
        QApplication.processEvents()
        assert notes.status.text() != ""
        assert notes.editor.mapTo(window, QPoint(0, 0)).y() == top  # not pushed under the caret
        notes.status.setText("Not saved: " + "the reason is long, " * 20)
        QApplication.processEvents()
        assert notes.status.is_elided() and notes.status.toolTip().endswith("long, ")
        assert page.list.width() == width
        assert notes.editor.mapTo(window, QPoint(0, 0)).y() == top
