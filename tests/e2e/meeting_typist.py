"""A child process for the kill tests: opens the app on a data folder, starts a meeting with
the first demo contact, types a note and an insight as a user would, says "typed" on stdout,
then leaves the event loop running until it is killed or told to quit.

Run as ``python -m tests.e2e.meeting_typist DATA_DIR SETTINGS_FILE``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from netprep.composition import App
from netprep.gui.meeting_window.phase_panels import QuestionsPanel
from netprep.gui.shell.main_window import MainWindow
from tests.e2e.typist_app import run_typist

NOTE = "Ask about the night-shift rota tool"
INSIGHT = "Own the escalation problem, not the tech"


def type_step(app: App, window: MainWindow) -> str:
    grace = next(c for c in app.contacts.all() if c.name == "Grace Adeyemi")
    meeting = window.meet_now(grace.id)
    assert meeting is not None
    QTest.keyClick(meeting, Qt.Key.Key_Space)  # start the clock
    meeting.session.go_to_phase(2)  # the last save before typing
    meeting.refresh()
    meeting.notes.setFocus()
    QTest.keyClicks(meeting.notes, NOTE)
    questions = next(p for p in meeting.panels.values() if isinstance(p, QuestionsPanel))
    questions.insight_fields[0].setFocus()
    QTest.keyClicks(questions.insight_fields[0], INSIGHT)
    return meeting.session.meeting_id


def main(data_dir: str, settings: str) -> int:
    return run_typist(data_dir, settings, type_step)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
