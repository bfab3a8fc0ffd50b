"""A huge note never freezes the notes panel; too long a note is refused, clearly; a failed
delete is explained."""

from __future__ import annotations

import errno
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact, Note
from netprep.domain.validation import MAX_NOTE_CHARS
from netprep.gui.contacts.notes_panel import PREVIEW_MAX_CHARS, NotesPanel
from netprep.services.errors import ValidationError
from netprep.store.errors import SaveError
from tests.gui.helpers import DialogAnswers


def panel_with_note(qtbot: QtBot, app: App, body: str) -> NotesPanel:
    contact = app.contacts.save(Contact(name="Ada Lovelace"))
    app.contacts.save_note(Note(contact_id=contact.id, body=body))
    panel = NotesPanel(app)
    qtbot.addWidget(panel)
    panel.set_contact(contact.id)
    return panel


def test_a_one_megabyte_note_costs_no_render_per_keystroke(qtbot: QtBot, app: App) -> None:
    body = ("A long line of notes about **everything** we discussed. " * 18 + "\n\n") * 1000
    body = body[:150_000]
    panel = panel_with_note(qtbot, app, body)
    assert "first 20,000 characters" in panel.preview.toPlainText()  # bounded
    panel.editor.setPlainText(body + " " * 850_000)  # ~1 MB in the editor (not saved)
    renders: list[str] = []
    panel.preview.set_markdown = renders.append  # type: ignore[method-assign,assignment]
    editor: QPlainTextEdit = panel.editor
    started = time.perf_counter()
    for _ in range(10):
        editor.insertPlainText("x")
    assert time.perf_counter() - started < 1.0
    assert renders == []  # typing renders nothing ...
    qtbot.waitUntil(lambda: len(renders) == 1)  # ... until it pauses, then once, bounded
    assert len(renders[0]) < PREVIEW_MAX_CHARS + 200


def test_too_long_a_note_is_refused_with_a_clear_message(qtbot: QtBot, app: App) -> None:
    panel = panel_with_note(qtbot, app, "short")
    panel.editor.setPlainText("x" * (MAX_NOTE_CHARS + 1))
    assert panel.flush() is False
    assert "at most 200,000 characters" in panel.status.text()
    contact = app.contacts.all()[0]
    with pytest.raises(ValidationError, match="Split it into several notes"):
        app.contacts.save_note(Note(contact_id=contact.id, body="y" * (MAX_NOTE_CHARS + 1)))


def test_a_delete_that_fails_on_a_full_disk_is_explained(
    qtbot: QtBot, app: App, dialogs: DialogAnswers, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = panel_with_note(qtbot, app, "keep me")

    def full(note_id: str) -> None:
        raise SaveError(Path("notes.json"), OSError(errno.ENOSPC, "No space left on device"))

    monkeypatch.setattr(app.notes, "delete", full)
    panel.delete_button.click()  # the slot must not raise
    assert "No space left" in dialogs.warnings[-1]
    assert panel.editor.toPlainText() == "keep me"
