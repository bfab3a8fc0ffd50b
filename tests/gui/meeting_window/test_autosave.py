"""What is typed in the meeting window reaches the store by itself, and a recorded meeting
stays as recorded whatever keystroke arrives late."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.clock import ManualClock
from netprep.domain.meeting import MeetingStatus
from netprep.gui.meeting_window.autosave import SAVE_DELAY_MS
from netprep.gui.meeting_window.phase_panels import QuestionsPanel
from netprep.gui.meeting_window.window import MeetingWindow
from tests.gui.helpers import DialogAnswers


def open_meeting(qtbot: QtBot, app: App, name: str = "Grace Adeyemi") -> MeetingWindow:
    person = next(c for c in app.contacts.all() if c.name == name)
    meeting = app.meetings.meet_now(person.id)
    window = MeetingWindow(app, app.meetings.open_session(meeting.id))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def stored_notes(app: App, window: MeetingWindow) -> str:
    meeting = app.meetings.get(window.session.meeting_id)
    return meeting.capture.notes if meeting is not None else ""


def stored_insight(app: App, window: MeetingWindow, index: int) -> str:
    meeting = app.meetings.get(window.session.meeting_id)
    return meeting.capture.insights[index].text if meeting is not None else ""


def test_typing_is_saved_after_the_interval_with_nothing_else_happening(
    qtbot: QtBot, demo_app: App
) -> None:
    """The debounced save fires on its own: no phase change, no pause, no close."""
    window = open_meeting(qtbot, demo_app)
    qtbot.keyClick(window, Qt.Key.Key_Space)  # the meeting runs
    window.notes.setFocus()
    qtbot.keyClicks(window.notes, "Ask about the rota tool")
    assert stored_notes(demo_app, window) == ""  # not yet: the save waits for a pause in typing
    qtbot.waitUntil(
        lambda: stored_notes(demo_app, window) == "Ask about the rota tool",
        timeout=SAVE_DELAY_MS + 1000,
    )
    # A second burst of typing is saved as well (the timer is not a one-off).
    qtbot.keyClicks(window.notes, " and the night shifts")
    qtbot.waitUntil(
        lambda: stored_notes(demo_app, window).endswith("night shifts"),
        timeout=SAVE_DELAY_MS + 1000,
    )
    questions = next(p for p in window.panels.values() if isinstance(p, QuestionsPanel))
    window.session.go_to_phase(2)
    window.refresh()
    questions.insight_fields[1].setFocus()
    qtbot.keyClicks(questions.insight_fields[1], "Shadow a ward manager for a day")
    qtbot.waitUntil(
        lambda: stored_insight(demo_app, window, 1) == "Shadow a ward manager for a day",
        timeout=SAVE_DELAY_MS + 1000,
    )


def test_a_keystroke_after_the_meeting_was_recorded_never_resaves_it(
    qtbot: QtBot, demo_app: App, clock: ManualClock, dialogs: DialogAnswers
) -> None:
    window = open_meeting(qtbot, demo_app)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    window.notes.setFocus()
    qtbot.keyClicks(window.notes, "Recorded notes")
    notes = window.notes
    window.end_meeting()
    dialog = window.outcome_dialog
    assert dialog is not None
    dialog.save_button.click()
    meeting_id = window.session.meeting_id
    recorded = demo_app.meetings.get(meeting_id)
    assert recorded is not None and recorded.status is MeetingStatus.FINISHED
    assert recorded.capture.notes == "Recorded notes"
    stamp = recorded.updated_at

    clock.advance(5)  # a re-save would show in updated_at
    # A keystroke still queued for the notes field lands after the outcome was written.
    notes.setPlainText("Recorded notes, and a late keystroke")
    window.flush()
    window.session.save_capture()  # even a direct save request is refused
    qtbot.wait(SAVE_DELAY_MS + 200)  # let any pending save fire
    after = demo_app.meetings.get(meeting_id)
    assert after is not None and after.status is MeetingStatus.FINISHED
    assert after.capture.notes == "Recorded notes" and after.updated_at == stamp


@pytest.fixture(autouse=True)
def _no_beep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: None))
