"""A child process for the outcome kill test: opens the app, runs a meeting with Grace, ends
it, and in the outcome dialog types where it took place and the name of a referral caught
late; says "typed" on stdout, then leaves the event loop running until it is killed.

Run as ``python -m tests.e2e.outcome_typist DATA_DIR SETTINGS_FILE``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from netprep.composition import App
from netprep.gui.shell.main_window import MainWindow
from tests.e2e.typist_app import run_typist

WHERE = "The Wellcome Collection cafe"
LATE_NAME = "Amara Osei"


def type_step(app: App, window: MainWindow) -> str:
    grace = next(c for c in app.contacts.all() if c.name == "Grace Adeyemi")
    meeting = window.meet_now(grace.id)
    assert meeting is not None
    QTest.keyClick(meeting, Qt.Key.Key_Space)  # start the clock
    meeting.session.capture.referrals[0].why = "runs research ops at Lumen"  # no name
    meeting.session.save_capture()
    meeting.end_meeting()
    dialog = meeting.outcome_dialog
    assert dialog is not None
    dialog.where_edit.setFocus()
    dialog.where_edit.selectAll()
    QTest.keyClicks(dialog.where_edit, WHERE)
    QTest.keyClicks(dialog.unnamed[0], LATE_NAME)
    return meeting.session.meeting_id


def main(data_dir: str, settings: str) -> int:
    return run_typist(data_dir, settings, type_step)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
