"""The agenda editor never drops edits silently: Cancel, Esc or closing the window asks to
save, discard or keep editing; with nothing changed it just closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.agenda import AgendaPhase
from netprep.gui.meetings.agenda_editor import AgendaEditorDialog
from tests.gui.helpers import DialogAnswers, type_into


def test_closing_with_edits_asks_and_does_what_was_chosen(
    qtbot: QtBot, app: App, dialogs: DialogAnswers
) -> None:
    saved: list[list[AgendaPhase]] = []
    dialog = AgendaEditorDialog(app.agendas.default(), saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentRow(0)
    type_into(qtbot, dialog.name_edit, "Warm welcome")

    dialogs.answer = QMessageBox.StandardButton.Cancel
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialogs.asked[-1].startswith("Unsaved agenda")
    dialogs.answer = QMessageBox.StandardButton.Save
    dialog.close()
    assert not dialog.isVisible() and saved and saved[-1][0].name == "Warm welcome"


def test_closing_unchanged_or_discarding_saves_nothing(
    qtbot: QtBot, app: App, dialogs: DialogAnswers
) -> None:
    saved: list[list[AgendaPhase]] = []
    dialog = AgendaEditorDialog(app.agendas.default(), saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert not dialog.isVisible() and dialogs.asked == []
    dialog.show()
    dialog.list.setCurrentRow(0)
    type_into(qtbot, dialog.name_edit, "Warm welcome")
    dialogs.answer = QMessageBox.StandardButton.Discard
    dialog.reject()
    assert not dialog.isVisible() and saved == []
