"""A note too long for one (a pasted transcript): what to do with it when it leaves the
editor. While typing, the line beside the editor says it is too long; on the way out
(another note, a new one, another contact, closing) the user chooses: save it as several
notes, drop the change, or go back to it. Before, the window simply would not move on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from netprep.domain.validation import MAX_NOTE_CHARS, split_note_body
from netprep.gui.widgets.prompts import UnsavedChoice, ask_save_discard_cancel


def ask_too_long(parent: QWidget, body: str) -> UnsavedChoice:
    """Save (as several notes), Discard (the unsaved change) or Cancel (keep editing)."""
    parts = len(split_note_body(body))
    text = QCoreApplication.translate(
        "NotesPanel",
        "This note has {length} characters; one note holds at most {limit}. "
        "Save it as {parts} notes, one after the other?",
    ).format(length=f"{len(body):,}", limit=f"{MAX_NOTE_CHARS:,}", parts=parts)
    title = QCoreApplication.translate("NotesPanel", "Note too long for one")
    return ask_save_discard_cancel(parent, title, text)
