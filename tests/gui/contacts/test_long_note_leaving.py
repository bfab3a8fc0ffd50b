"""A pasted transcript too long for one note, on its way out of the editor (another contact,
another note, closing the window): the user is asked, and whatever they choose happens.
Before, New note, another contact and closing the window all did nothing, with one cut-off
line above the note the only word why, and clicking another note threw the text away."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.validation import MAX_NOTE_CHARS
from netprep.gui.shell.main_window import MainWindow
from tests.gui.helpers import DialogAnswers, make_window

TRANSCRIPT = "\n".join(f"[{n:05}] Grace: what the nurses do with the alerts" for n in range(6_000))


def paste_into_a_new_note(qtbot: QtBot, window: MainWindow, app: App) -> str:
    grace = app.contacts.find("Grace Adeyemi")
    window.open_contact(grace.id)
    page = window.contacts_page
    page.tabs.setCurrentIndex(1)
    page.notes.new_note()
    page.notes.editor.insertPlainText(TRANSCRIPT)  # as a paste does
    assert len(TRANSCRIPT) > MAX_NOTE_CHARS
    return grace.id


def bodies(app: App, contact_id: str) -> str:
    return re.sub(r"\s+", "", "".join(n.body for n in app.contacts.notes_for(contact_id)))


def test_save_keeps_the_whole_transcript_as_several_notes_and_moves_on(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    grace = paste_into_a_new_note(qtbot, window, demo_app)
    before = len(demo_app.contacts.notes_for(grace))
    dialogs.answer = QMessageBox.StandardButton.Save
    daniel = demo_app.contacts.find("Daniel Mensah")
    window.open_contact(daniel.id)
    assert "Save it as 2 notes" in dialogs.asked[-1]
    assert window.contacts_page.current is not None
    assert window.contacts_page.current.id == daniel.id  # moved on
    assert len(demo_app.contacts.notes_for(grace)) == before + 2
    assert re.sub(r"\s+", "", TRANSCRIPT) in bodies(demo_app, grace)


def test_cancel_stays_with_the_note_and_the_window_stays_open(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    grace = paste_into_a_new_note(qtbot, window, demo_app)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    window.open_contact(demo_app.contacts.find("Daniel Mensah").id)
    page = window.contacts_page
    assert page.current is not None and page.current.id == grace
    assert page.notes.editor.toPlainText() == TRANSCRIPT
    assert not window.close()  # asked, and kept open: nothing lost
    assert len(dialogs.asked) == 2 and "too long" in dialogs.asked[-1].lower()
    assert page.notes.editor.toPlainText() == TRANSCRIPT


def test_discard_drops_only_the_unsaved_change_and_closes(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    grace = paste_into_a_new_note(qtbot, window, demo_app)
    before = bodies(demo_app, grace)
    dialogs.answer = QMessageBox.StandardButton.Discard
    assert window.close()
    assert bodies(demo_app, grace) == before


def test_another_note_clicked_with_cancel_keeps_the_edited_one_on_screen(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    grace = demo_app.contacts.find("Grace Adeyemi")
    window.open_contact(grace.id)
    notes = window.contacts_page.notes
    window.contacts_page.tabs.setCurrentIndex(1)
    notes.list.setCurrentRow(0)
    edited = notes.list.currentItem()
    notes.editor.moveCursor(QTextCursor.MoveOperation.End)
    notes.editor.insertPlainText("\n" + TRANSCRIPT)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    notes.list.setCurrentRow(1)
    assert notes.list.currentItem() is edited
    assert notes.editor.toPlainText().endswith(TRANSCRIPT)  # not replaced by the other note
