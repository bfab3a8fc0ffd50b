"""A deleted note comes back: a bar says which note went with an Undo button, Ctrl+Z does the
same (without taking the editor's own undo of typing), and the note returns as it was."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact, Note, NoteKind
from netprep.gui.contacts.notes_panel import NotesPanel
from netprep.services.errors import NotFoundError
from tests.gui.helpers import DialogAnswers


@pytest.fixture
def sam(app: App) -> Contact:
    sam = app.contacts.save(Contact(name="Sam Lee"))
    for day, body in ((3, "First chat"), (9, "Coffee at Monmouth")):
        note = Note(contact_id=sam.id, date=date(2026, 3, day), body=body)
        note.kind = NoteKind.CONVERSATION
        app.contacts.save_note(note)
    return sam


def panel_for(qtbot: QtBot, app: App, contact: Contact) -> NotesPanel:
    panel = NotesPanel(app)
    qtbot.addWidget(panel)
    panel.set_contact(contact.id)
    panel.show()
    return panel


def bodies(app: App, contact: Contact) -> list[str]:
    return [n.body for n in app.contacts.notes_for(contact.id)]


def test_the_undo_bar_brings_a_deleted_note_back_as_it_was(
    qtbot: QtBot, app: App, sam: Contact
) -> None:
    panel = panel_for(qtbot, app, sam)
    before = app.contacts.notes_for(sam.id)[0]
    assert panel.editor.toPlainText() == "Coffee at Monmouth"
    panel.delete_button.click()  # no question: the bar offers the way back
    assert bodies(app, sam) == ["First chat"]
    assert panel.undo_bar.isVisibleTo(panel)
    assert "9 Mar 2026" in panel.undo_bar.message.text()
    panel.undo_bar.undo_button.click()
    (restored, _) = app.contacts.notes_for(sam.id)
    assert (restored.id, restored.body, restored.date, restored.kind) == (
        before.id,
        before.body,
        before.date,
        before.kind,
    )
    assert panel.editor.toPlainText() == "Coffee at Monmouth"  # and it is open again
    assert not panel.undo_bar.isVisibleTo(panel)


def test_ctrl_z_undoes_the_delete_but_not_before_the_editors_own_undo(
    qtbot: QtBot, app: App, sam: Contact
) -> None:
    panel = panel_for(qtbot, app, sam)
    panel.delete_button.click()
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bodies(app, sam) == ["Coffee at Monmouth", "First chat"]

    panel.delete_button.click()  # again; then type in the note left open
    qtbot.keyClicks(panel.editor, "!")
    qtbot.keyClick(panel.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.editor.toPlainText() == "First chat"  # the typing was undone...
    assert panel.flush() and bodies(app, sam) == ["First chat"]  # ...not the delete
    qtbot.keyClick(panel.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bodies(app, sam) == ["Coffee at Monmouth", "First chat"]  # now the delete


def test_the_bar_goes_with_the_contact_it_spoke_of(qtbot: QtBot, app: App, sam: Contact) -> None:
    other = app.contacts.save(Contact(name="Dana Kim"))
    panel = panel_for(qtbot, app, sam)
    panel.delete_button.click()
    panel.set_contact(other.id)
    assert not panel.undo_bar.isVisibleTo(panel)
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bodies(app, sam) == ["First chat"]  # Ctrl+Z on someone else's notes: nothing


def test_a_note_whose_contact_went_since_is_not_restored_half_way(
    qtbot: QtBot, app: App, sam: Contact, dialogs: DialogAnswers
) -> None:
    panel = panel_for(qtbot, app, sam)
    panel.delete_button.click()
    app.contacts.delete(sam.id)
    with pytest.raises(NotFoundError, match="Undo delete"):
        app.notes.undo_delete()
    assert app.notes.can_undo_delete  # kept: it can come back once the contact does
    app.contacts.undo_delete()
    assert app.notes.undo_delete() is not None
    assert bodies(app, sam) == ["Coffee at Monmouth", "First chat"]
