"""At 1024x700, in English and in German, no page squeezes a button past its words: the
window's minimum width fits the screen and every visible button gets the width its text
needs (German's longer words pushed the Follow-ups page to 1164 px, and four of its
buttons read "ailprogramm öf", "che zurückst"...)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from netprep.composition import App, seed_demo
from netprep.gui.meeting_window.outcome_dialog import OutcomeDialog
from netprep.gui.meeting_window.window import MeetingWindow
from netprep.gui.shell.actions import SECTIONS
from tests.gui.helpers import each_page, make_window
from tests.gui.theming import app_theme, in_language


def squeezed(root: QWidget) -> list[str]:
    return [
        f"{button.text()!r}: {button.width()} < {button.sizeHint().width()} px"
        for button in root.findChildren(QAbstractButton)
        if button.isVisible() and button.text() and button.width() < button.sizeHint().width()
    ]


def meeting_window_squeezed(qtbot: QtBot, app: App) -> list[str]:
    """The meeting window at 1024x700 on its questions, and its outcome dialog."""
    meeting = app.meetings.meet_now(app.contacts.find("Grace Adeyemi").id)
    window = MeetingWindow(app, app.meetings.open_session(meeting.id))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.toggle_pause()
    window.next_phase()
    window.next_phase()  # the three questions
    QApplication.processEvents()
    found = [f"meeting window: {line}" for line in squeezed(window)]
    assert window.minimumSizeHint().width() <= 1024
    window.toggle_pause()
    window.end_meeting()
    dialog = window.outcome_dialog
    assert isinstance(dialog, OutcomeDialog)
    dialog.resize(1024, 700)
    QApplication.processEvents()
    return found + [f"outcome: {line}" for line in squeezed(dialog)]


@pytest.mark.parametrize("language", ["en_GB", "de_DE"])
def test_every_page_fits_1024_px_without_squeezing_a_button(
    qtbot: QtBot, app: App, tmp_path: Path, language: str
) -> None:
    seed_demo(app)  # as `netprep --demo` opens: follow-ups due, meetings coming up
    with in_language(language), app_theme():
        window = make_window(qtbot, app, tmp_path)
        window.resize(1024, 700)
        window.show()
        found: list[str] = []
        walked = []
        for name, page in each_page(window, app):
            walked.append(name)
            found += [f"{name}: {line}" for line in squeezed(page)]
        assert walked == [*SECTIONS, "prepare"]
        found += meeting_window_squeezed(qtbot, app)

        widths = {name: window.page(name).minimumSizeHint().width() for name in SECTIONS}
        assert window.minimumSizeHint().width() <= 1024, str(widths)
        assert window.width() == 1024
        assert found == [], "\n".join(found)
