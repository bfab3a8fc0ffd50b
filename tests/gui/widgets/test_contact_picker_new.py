"""The contact picker offers a name that is nobody's yet as a new contact, and creates it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.widgets.contact_picker import NEW_NAME_ROLE
from tests.gui.helpers import DialogAnswers, make_window


def test_the_prep_form_adds_sam_lee_inline(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    dialogs.answer = QMessageBox.StandardButton.Discard  # leaving the prep form at the end
    window = make_window(qtbot, demo_app, tmp_path)
    window.prepare_meeting()
    picker = window.meetings_page.prep.picker
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "Sam Lee")
    model = picker.matches
    last = model.index(model.rowCount() - 1, 0)
    assert last.data() == "Add “Sam Lee” as a new contact"
    assert last.data(NEW_NAME_ROLE) == "Sam Lee"

    picker.popup.setCurrentIndex(last)
    qtbot.keyClick(picker.popup, Qt.Key.Key_Return)
    sam = demo_app.contacts.find("Sam Lee")
    assert sam is not None
    assert picker.contact_id == sam.id
    assert picker.edit.text() == "Sam Lee"
    assert window.contacts_page.select_contact(sam.id)  # the contacts list knows them


def test_an_existing_name_is_chosen_not_offered_again(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    dialogs.answer = QMessageBox.StandardButton.Discard  # leaving the prep form at the end
    window = make_window(qtbot, demo_app, tmp_path)
    window.prepare_meeting()
    picker = window.meetings_page.prep.picker
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "grace adeyemi")
    model = picker.matches
    assert all(not model.index(r, 0).data(NEW_NAME_ROLE) for r in range(model.rowCount()))


def test_a_refused_name_is_a_message_not_a_contact(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    dialogs.answer = QMessageBox.StandardButton.Discard  # leaving the prep form at the end
    window = make_window(qtbot, demo_app, tmp_path)
    window.prepare_meeting()
    prep = window.meetings_page.prep
    before = len(demo_app.contacts.all())
    assert prep.picker.create_contact("x" * 400) is None
    assert len(demo_app.contacts.all()) == before
    assert prep.contact_error.isVisibleTo(prep) and prep.contact_error.text()
