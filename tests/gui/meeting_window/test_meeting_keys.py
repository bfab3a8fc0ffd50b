"""Keys in the meeting window: "+" from the main keyboard adds a minute, a clicked prompt line
does not swallow ←/→, Ctrl+E ends the meeting from any field, and the clock stops while
the outcome dialog is open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.clock import ManualClock
from netprep.domain.meeting_clock import ClockStatus
from netprep.gui.meeting_window.phase_panels import ReferralsPanel
from netprep.gui.meeting_window.window import MeetingWindow
from tests.gui.helpers import DialogAnswers

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def open_meeting(qtbot: QtBot, app: App) -> MeetingWindow:
    grace = next(c for c in app.contacts.all() if c.name == "Grace Adeyemi")
    meeting = app.meetings.meet_now(grace.id)
    window = MeetingWindow(app, app.meetings.open_session(meeting.id))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.session.status is ClockStatus.RUNNING
    return window


def test_plus_on_the_main_keyboard_adds_a_minute(qtbot: QtBot, demo_app: App) -> None:
    window = open_meeting(qtbot, demo_app)
    assert window.band.phase_time.text() == "2:00"
    qtbot.keyClick(window, Qt.Key.Key_Plus, SHIFT)  # Shift+= on most layouts
    assert window.band.phase_time.text() == "3:00"
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.KeypadModifier)
    assert window.band.phase_time.text() == "4:00"


def test_a_clicked_prompt_line_leaves_the_arrows_to_the_meeting(
    qtbot: QtBot, demo_app: App
) -> None:
    window = open_meeting(qtbot, demo_app)
    line = window.prompts.lines[0]
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    focused = QApplication.focusWidget()
    qtbot.keyClick(focused or window, Qt.Key.Key_Right)
    assert window.session.reading().phase_index == 1


@pytest.mark.parametrize("field_kind", [QLineEdit, QPlainTextEdit])
def test_ctrl_e_ends_the_meeting_from_any_field(
    qtbot: QtBot, demo_app: App, clock: ManualClock, dialogs: DialogAnswers, field_kind: type
) -> None:
    window = open_meeting(qtbot, demo_app)
    window.session.go_to_phase(3)
    window.refresh()
    referrals = next(p for p in window.panels.values() if isinstance(p, ReferralsPanel))
    field = referrals.rows[0][0] if field_kind is QLineEdit else window.notes
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_E, CTRL)
    dialog = window.outcome_dialog
    assert dialog is not None and dialog.isVisible()
    # The clock stops while the outcome is reviewed ...
    assert window.session.status is ClockStatus.PAUSED
    before = window.session.reading().elapsed_seconds
    clock.advance(300)
    assert window.session.reading().elapsed_seconds == before
    # ... and runs again when the user goes back to the meeting.
    dialog.back_button.click()
    assert window.outcome_dialog is None
    assert window.session.status is ClockStatus.RUNNING


@pytest.fixture(autouse=True)
def _no_beep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: None))
