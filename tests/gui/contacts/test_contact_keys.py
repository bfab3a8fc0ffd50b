"""The contacts page by keyboard: Esc clears the search, Down moves into the results, Delete
deletes the selected contact after asking, and Ctrl+Z with the focus in search undoes it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from netprep.composition import App
from tests.gui.helpers import DialogAnswers, make_window


def exists(app: App, name: str) -> bool:
    return any(contact.name == name for contact in app.contacts.all())


def test_search_keys_and_delete_then_ctrl_z_in_search(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    window.show_section("contacts")
    page = window.contacts_page
    search = page.search
    search.setFocus()
    qtbot.keyClicks(search, "grace")
    assert page.proxy.rowCount() >= 1
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""

    qtbot.keyClicks(search, "grace")
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.list
    current = page.list.currentIndex()
    assert current.isValid()
    name = current.data()
    assert "Grace" in name

    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert dialogs.asked and exists(demo_app, name)  # asked; No keeps them

    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert not exists(demo_app, name)

    search.setFocus()  # where the focus lands after a delete
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert exists(demo_app, name)  # the delete is undone, not the typing


def test_ctrl_n_shows_the_name_field(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    window.resize(1024, 700)
    window.show_section("contacts")
    page = window.contacts_page
    page.list.setCurrentIndex(page.proxy.index(0, 0))
    bar = page.form_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # the user was reading the bottom of the form
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    name = page.form.editor("name")
    assert name.hasFocus()
    viewport = page.form_scroll.viewport()
    top_left = name.mapTo(viewport, name.rect().topLeft())
    assert viewport.rect().contains(top_left), "the Name field is out of view"
