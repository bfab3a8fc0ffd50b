"""One shortcut never means two things: across the main window and the meeting window, and
never Ctrl+M (Minimize on macOS, where Ctrl is Cmd)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.meeting_window.window import MeetingWindow
from tests.gui.helpers import make_window


def keys(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def test_every_shortcut_means_one_thing(qtbot: QtBot, demo_app: App, tmp_path: Path) -> None:
    main = make_window(qtbot, demo_app, tmp_path)
    grace = next(c for c in demo_app.contacts.all() if c.name == "Grace Adeyemi")
    meeting = demo_app.meetings.meet_now(grace.id)
    window = MeetingWindow(demo_app, demo_app.meetings.open_session(meeting.id))
    qtbot.addWidget(window)
    in_main = [
        keys(s) for a in main.findChildren(QAction) for s in a.shortcuts() if not s.isEmpty()
    ]
    in_meeting = [keys(s.key()) for s in window.findChildren(QShortcut)]
    every = in_main + in_meeting
    twice = [key for key, count in Counter(every).items() if count > 1]
    assert not twice, twice
    assert "Ctrl+M" not in every
    assert "Ctrl+E" in in_meeting  # ends the meeting, from any field
