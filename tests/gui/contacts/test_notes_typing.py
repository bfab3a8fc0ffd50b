"""With no note open the editor is live, not a grey box: typing starts a note, dated today,
saved once typing pauses; "New note" gives a blank note that is saved only when typed in."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact, Note
from netprep.gui.contacts.notes_panel import NotesPanel


def panel_for(qtbot: QtBot, app: App, contact: Contact) -> NotesPanel:
    panel = NotesPanel(app)
    qtbot.addWidget(panel)
    panel.set_contact(contact.id)
    panel.show()
    return panel


def test_typing_with_no_note_open_starts_one(qtbot: QtBot, app: App) -> None:
    sam = app.contacts.save(Contact(name="Sam Lee"))
    panel = panel_for(qtbot, app, sam)
    assert panel.list.count() == 0
    assert panel.editor.isEnabled() and not panel.editor.isReadOnly()
    assert "Start typing" in panel.editor.placeholderText()
    assert not panel.preview.isVisibleTo(panel)  # no blank page beside an empty editor
    qtbot.keyClicks(panel.editor, "Loves raku firing")
    qtbot.waitUntil(lambda: panel.preview.isVisibleTo(panel))
    qtbot.waitUntil(lambda: len(app.contacts.notes_for(sam.id)) == 1)  # after a pause
    (note,) = app.contacts.notes_for(sam.id)
    assert note.body == "Loves raku firing" and note.date == app.clock.now().date()
    assert panel.list.count() == 1 and panel.list.currentRow() == 0
    assert "raku" in panel.list.item(0).text()
    qtbot.keyClicks(panel.editor, " and kilns")  # keeps editing the same note
    assert panel.flush()
    assert [n.body for n in app.contacts.notes_for(sam.id)] == ["Loves raku firing and kilns"]


def test_new_note_is_blank_and_saved_only_once_typed_in(qtbot: QtBot, app: App) -> None:
    sam = app.contacts.save(Contact(name="Sam Lee"))
    app.contacts.save_note(Note(contact_id=sam.id, date=date(2026, 1, 5), body="Old note"))
    panel = panel_for(qtbot, app, sam)
    assert panel.editor.toPlainText() == "Old note"  # the newest note opens
    panel.new_button.click()
    assert panel.editor.toPlainText() == "" and panel.list.currentItem() is None
    assert len(app.contacts.notes_for(sam.id)) == 1  # no empty note saved
    panel.list.setCurrentRow(0)  # changed their mind: nothing was created
    assert len(app.contacts.notes_for(sam.id)) == 1
    panel.new_button.click()
    qtbot.keyClicks(panel.editor, "Second")
    assert panel.flush()
    assert sorted(n.body for n in app.contacts.notes_for(sam.id)) == ["Old note", "Second"]
    assert panel.list.count() == 2


def test_changing_only_the_kind_with_no_note_creates_nothing(qtbot: QtBot, app: App) -> None:
    sam = app.contacts.save(Contact(name="Sam Lee"))
    panel = panel_for(qtbot, app, sam)
    panel.kind_combo.setCurrentIndex(1)
    assert panel.flush() and app.contacts.notes_for(sam.id) == []
