"""Availability the review cannot read is a field error on the Profile page, as a bad email
address is: it is not saved, the field says what was not understood and how to write it
(before, "Tue 25:00-26:00" saved without a word and the review proposed no times)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.shell.main_window import MainWindow
from tests.gui.helpers import DialogAnswers, make_window, type_into

DEMO_AVAILABILITY = "Tue and Thu 8-10am, Fri after 3pm, Europe/London"
EXAMPLE = "e.g. “Tue and Thu 8-10am, Fri after 3pm, Europe/London”"


def error_under(editor: QWidget) -> QLabel:
    holder = editor.parentWidget()
    assert holder is not None
    label = holder.findChild(QLabel, "fieldError")
    assert isinstance(label, QLabel)
    return label


def save_availability(qtbot: QtBot, window: MainWindow, typed: str) -> QLabel:
    window.show_section("profile")
    editor = window.profile_page.form.editor("availability")
    type_into(qtbot, editor, typed)
    window.commands["save"].trigger()  # Ctrl+S, as a user saves
    QApplication.processEvents()
    return error_under(editor)


@pytest.mark.parametrize("typed", ["Tue 25:00-26:00", "whenever lol"])
def test_availability_that_cannot_be_read_is_not_saved_and_says_why(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers, typed: str
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    error = save_availability(qtbot, window, typed)
    assert demo_app.profile.get().availability == DEMO_AVAILABILITY  # not saved
    assert error.isVisible()
    assert error.text().startswith(f"No days or times could be read in “{typed}”.")
    assert EXAMPLE in error.text()
    page = window.profile_page
    assert page.has_unsaved_changes and page.form.editor("availability").hasFocus()
    assert "fix the fields marked in red" in window.statusBar().currentMessage()
    assert dialogs.warnings == []  # under the field, as the other field errors: no box
    viewport = page.scroll_area.viewport()  # the field is at the bottom: scrolled to, message too

    def error_shown() -> bool:
        corner = error.mapTo(viewport, error.rect().bottomLeft())
        return viewport.rect().contains(corner)

    qtbot.waitUntil(error_shown, timeout=2000)


def test_the_part_not_understood_is_named(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    error = save_availability(qtbot, window, "Tue 8-10am, whenever suits, Thu 25-26")
    assert error.isVisible()
    assert error.text().startswith(
        "Not understood: “whenever suits”, “Thu 25-26” (the rest is read)."
    )
    assert demo_app.profile.get().availability == DEMO_AVAILABILITY


def test_readable_availability_saves_and_clears_the_error(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    error = save_availability(qtbot, window, "whenever lol")
    assert error.isVisible()
    error = save_availability(qtbot, window, "weekday mornings, Europe/Paris")
    assert not error.isVisible()
    assert demo_app.profile.get().availability == "weekday mornings, Europe/Paris"
    assert window.statusBar().currentMessage() == "Profile saved"
