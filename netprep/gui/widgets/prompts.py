"""The questions every page asks the same way: save, discard or cancel unsaved edits."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_discard_cancel(parent: QWidget, title: str, text: str) -> UnsavedChoice:
    """Ask what to do with unsaved edits; closing the box (Esc) cancels."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, title, text, buttons.Save | buttons.Discard | buttons.Cancel
    )
    if answer == buttons.Save:
        return UnsavedChoice.SAVE
    if answer == buttons.Discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL
