"""The sound-cue choice is remembered from one meeting to the next."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from netprep.composition import App, seed_demo
from netprep.gui.shell.main_window import MainWindow
from netprep.gui.shell.window_state import WindowState


def test_sound_cue_choice_is_remembered(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    seed_demo(app)
    first, second = app.meetings.upcoming()[:2]
    window = MainWindow(app, WindowState(tmp_path / "window.ini"))
    qtbot.addWidget(window)
    meeting_window = window.start_meeting(first.id)
    assert meeting_window is not None
    assert not meeting_window.sound_box.isChecked()  # off by default
    meeting_window.sound_box.setChecked(True)
    meeting_window.close()

    again = MainWindow(app, WindowState(tmp_path / "window.ini"))
    qtbot.addWidget(again)
    next_meeting = again.start_meeting(second.id)
    assert next_meeting is not None and next_meeting.sound_box.isChecked()
    assert next_meeting.sound
    next_meeting.close()
