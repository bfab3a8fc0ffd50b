"""Nothing typed is lost, place by place: a note saves itself after a pause and when the user
switches note; the contact form and the profile are saved (when the user says so) on quit;
the agenda editor keeps nothing half-saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.contacts.notes_panel import AUTOSAVE_DELAY_MS
from netprep.gui.meetings.agenda_editor import AgendaEditorDialog
from tests.gui.helpers import DialogAnswers, make_window, type_into


def note_bodies(app: App, contact_id: str) -> list[str]:
    return sorted(n.body for n in app.contacts.notes_for(contact_id))


def test_a_note_is_saved_after_a_pause_and_when_switching_to_another_note(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    grace = demo_app.contacts.find("Grace Adeyemi")
    window.open_contact(grace.id)
    page = window.contacts_page
    page.tabs.setCurrentIndex(1)
    notes = page.notes
    assert notes.list.count() >= 2

    # Typed, then nothing else: saved by the panel's own timer.
    notes.list.setCurrentRow(0)
    notes.editor.setFocus()
    notes.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(notes.editor, " Paused here.")
    qtbot.waitUntil(
        lambda: any(b.endswith("Paused here.") for b in note_bodies(demo_app, grace.id)),
        timeout=AUTOSAVE_DELAY_MS + 1000,
    )
    # Typed, then straight to another note (no pause): saved on the switch.
    qtbot.keyClicks(notes.editor, " Then switched.")  # the cursor is still at the end
    notes.list.setCurrentRow(1)
    assert any(b.endswith("Then switched.") for b in note_bodies(demo_app, grace.id))
    notes.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(notes.editor, " And another contact.")
    window.open_contact(demo_app.contacts.find("Daniel Mensah").id)
    assert any(b.endswith("And another contact.") for b in note_bodies(demo_app, grace.id))


def test_the_contact_form_and_the_profile_are_saved_on_quit_when_asked(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    grace = demo_app.contacts.find("Grace Adeyemi")
    window.open_contact(grace.id)
    type_into(qtbot, window.contacts_page.form.editor("role"), "Chief Nurse")
    window.show_section("profile")
    type_into(qtbot, window.profile_page.form.editor("headline"), "Nurse turned PM")
    dialogs.answer = QMessageBox.StandardButton.Save
    window.close()
    assert not window.isVisible()
    saved = demo_app.contacts.get(grace.id)
    assert saved is not None and saved.role == "Chief Nurse"
    assert demo_app.profile.get().headline == "Nurse turned PM"
    assert len(dialogs.asked) == 2  # asked once for each, never silently dropped


def test_cancel_on_quit_keeps_the_window_and_the_typing(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    grace = demo_app.contacts.find("Grace Adeyemi")
    window.open_contact(grace.id)
    type_into(qtbot, window.contacts_page.form.editor("role"), "Chief Nurse")
    dialogs.answer = QMessageBox.StandardButton.Cancel
    window.close()
    assert window.isVisible()
    role = window.contacts_page.form.editor("role")
    assert isinstance(role, QLineEdit) and role.text() == "Chief Nurse"


def test_the_agenda_editor_saves_on_save_only_and_whole(qtbot: QtBot, app: App) -> None:
    saved: list[object] = []
    dialog = AgendaEditorDialog(app.agendas.default(), lambda agenda: saved.append(agenda))
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    type_into(qtbot, dialog.name_edit, "Warm welcome")
    type_into(qtbot, dialog.minutes_edit, "3")
    dialog.save()
    assert saved, dialog.error_label.text()
    agenda = saved[-1]
    assert isinstance(agenda, list) and (agenda[0].name, agenda[0].minutes) == ("Warm welcome", 3)
