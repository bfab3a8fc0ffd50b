"""Typing in the meeting window survives a killed app: the autosave, a quit and a SIGKILL,
with the real app in a subprocess and the data folder reopened afterwards."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

from netprep.composition import open_app
from netprep.domain.meeting import MeetingStatus
from tests.e2e.conftest import Netprep
from tests.e2e.kill_helpers import on_disk, start_typist
from tests.e2e.meeting_typist import INSIGHT, NOTE

pytestmark = pytest.mark.slow
SAVED_WITHIN_S = 1.5  # the window saves 0.8 s after the last keystroke


def reopen_and_check(data: Path, meeting_id: str) -> None:
    app = open_app(data)
    try:
        meeting = app.meetings.get(meeting_id)
        assert meeting is not None and meeting.status is MeetingStatus.IN_PROGRESS
        assert meeting.capture.notes == NOTE
        assert meeting.capture.insights[0].text == INSIGHT
        assert [m.id for m in app.meetings.in_progress()] == [meeting_id]  # offered on launch
    finally:
        app.close()


def test_sigkill_after_the_autosave_interval_loses_nothing(
    netprep: Netprep, tmp_path: Path
) -> None:
    process, meeting_id = start_typist(netprep, tmp_path, "meeting_typist")
    data = tmp_path / "data"
    try:
        typed_at = time.monotonic()
        # Nothing else happens in the app: only its own save timer can write the text.
        while not on_disk(data, NOTE, INSIGHT, table="meetings"):
            assert time.monotonic() - typed_at < SAVED_WITHIN_S + 5, "never saved"
            with pytest.raises(subprocess.TimeoutExpired):
                process.wait(timeout=0.05)  # the app must stay alive meanwhile
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=30)
    reopen_and_check(data, meeting_id)


def test_quitting_right_after_typing_loses_nothing(netprep: Netprep, tmp_path: Path) -> None:
    process, meeting_id = start_typist(netprep, tmp_path, "meeting_typist")
    try:
        process.send_signal(signal.SIGTERM)  # quit before the save timer fires
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=30)
    assert process.returncode == 0 and "Traceback" not in stderr
    reopen_and_check(tmp_path / "data", meeting_id)
