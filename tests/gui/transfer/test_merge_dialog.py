"""Edit → Merge contacts: pick two, choose per field, merge, undo from the Edit menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact, Note
from tests.gui.helpers import make_window
from tests.gui.theming import in_language


def test_merge_dialog_field_choice_merge_and_undo(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    keep = app.store.contacts.save(Contact(name="Ana Ruiz", company="Acme", role=""))
    other = app.store.contacts.save(
        Contact(name="Ana M. Ruiz", company="Acme Corp", role="CTO", emails=["a@x.example"])
    )
    app.store.notes.save(Note(contact_id=other.id, body="met at PyCon"))
    window = make_window(qtbot, app, tmp_path)
    window.show_section("contacts")
    dialog = window.transfer.merge_contacts(keep.id, other.id)
    qtbot.addWidget(dialog)
    assert dialog.merge_button.isEnabled()
    assert "moved to Ana Ruiz: 1 note." in dialog.moves.text()  # never "1 notes"
    assert dialog.taken_from_other() == {"role"}  # empty on the survivor: taken by default
    dialog.choose("company", from_other=True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    merged = app.store.contacts.get(keep.id)
    assert merged is not None and (merged.company, merged.role) == ("Acme Corp", "CTO")
    assert merged.emails == ["a@x.example"]
    assert other.id not in app.store.contacts
    assert [n.contact_id for n in app.store.notes.all()] == [keep.id]
    assert window.contacts_page.list.model().rowCount() == 1
    undo = window.commands["undo_import"]
    assert undo.isEnabled() and "merge of Ana M. Ruiz into Ana Ruiz" in undo.text()
    undo.trigger()
    assert len(app.store.contacts) == 2
    assert [n.contact_id for n in app.store.notes.all()] == [other.id]
    assert window.contacts_page.list.model().rowCount() == 2


def test_merge_needs_two_different_contacts(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    ana = app.store.contacts.save(Contact(name="Ana"))
    window = make_window(qtbot, app, tmp_path)
    dialog = window.transfer.merge_contacts(ana.id, ana.id)
    qtbot.addWidget(dialog)
    assert not dialog.merge_button.isEnabled()
    assert "two different" in dialog.moves.text()
    dialog.show()  # said under the pickers, not below an empty page of fields
    assert dialog.moves.geometry().bottom() < dialog.grid_host.mapTo(dialog, QPoint(0, 0)).y()
    window.commands["merge_contacts"].trigger()  # reachable from the menu


def test_a_merge_is_said_and_undone_in_the_user_s_language(
    qtbot: QtBot, app: App, tmp_path: Path
) -> None:
    keep = app.store.contacts.save(Contact(name="Ana Ruiz"))
    other = app.store.contacts.save(Contact(name="Ana M. Ruiz"))
    app.store.notes.save(Note(contact_id=other.id, body="met at PyCon"))
    with in_language("de_DE"):
        window = make_window(qtbot, app, tmp_path)
        said: list[str] = []
        window.transfer.status_message.connect(said.append)
        dialog = window.transfer.merge_contacts(keep.id, other.id)
        qtbot.addWidget(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert said == ["Ana M. Ruiz wurde mit Ana Ruiz zusammengeführt; verschoben: 1 Notiz."]
        undo = window.commands["undo_import"]
        assert undo.text() == "Zusammenführen von Ana M. Ruiz mit Ana Ruiz rückgängig machen"
        undo.trigger()
        assert said[-1] == "Rückgängig gemacht: Zusammenführen von Ana M. Ruiz mit Ana Ruiz."
