"""Typing in the contact form, the profile and the outcome dialog survives a killed app: the
text is kept in the store about a second after the last keystroke (a form's not saved over
its record), and the reopened folder still holds it, to be offered back. The real app runs
in a subprocess."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

from netprep.composition import open_app
from tests.e2e.conftest import Netprep
from tests.e2e.form_typist import HEADLINE, NEW_NAME, ROLE
from tests.e2e.kill_helpers import on_disk, start_typist
from tests.e2e.outcome_typist import LATE_NAME, WHERE

pytestmark = pytest.mark.slow
KEPT_WITHIN_S = 1.5  # the forms keep their text 0.8 s after the last keystroke


def kill_once_kept(
    process: subprocess.Popen[str], data: Path, *texts: str, table: str = "profile"
) -> None:
    try:
        typed_at = time.monotonic()
        # Nothing else happens in the app: only the forms' own timers can write the text.
        while not on_disk(data, *texts, table=table):
            assert time.monotonic() - typed_at < KEPT_WITHIN_S + 5, "never kept"
            with pytest.raises(subprocess.TimeoutExpired):
                process.wait(timeout=0.05)  # the app must stay alive meanwhile
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=30)


def test_sigkill_after_the_interval_keeps_the_contact_and_profile_edits(
    netprep: Netprep, tmp_path: Path
) -> None:
    process, grace_id = start_typist(netprep, tmp_path, "form_typist")
    data = tmp_path / "data"
    kill_once_kept(process, data, ROLE, HEADLINE)
    app = open_app(data)
    try:
        contact_draft, profile_draft = app.contacts.draft(grace_id), app.profile.draft()
        assert contact_draft is not None and contact_draft.fields["role"] == ROLE
        assert profile_draft is not None and profile_draft.fields["headline"] == HEADLINE
        grace = app.contacts.get(grace_id)
        assert grace is not None and grace.role != ROLE  # kept to offer, never saved over it
        assert app.profile.get().headline != HEADLINE
    finally:
        app.close()


def test_sigkill_keeps_a_new_contact_never_saved(netprep: Netprep, tmp_path: Path) -> None:
    process, _ = start_typist(netprep, tmp_path, "form_typist", "new")
    data = tmp_path / "data"
    kill_once_kept(process, data, NEW_NAME)
    app = open_app(data)
    try:
        assert [d.title for d in app.contacts.new_contact_drafts()] == [NEW_NAME]
        assert NEW_NAME not in [c.name for c in app.contacts.all()]
    finally:
        app.close()


def test_sigkill_keeps_the_outcome_dialogs_answers(netprep: Netprep, tmp_path: Path) -> None:
    process, meeting_id = start_typist(netprep, tmp_path, "outcome_typist")
    data = tmp_path / "data"
    kill_once_kept(process, data, WHERE, LATE_NAME, table="meetings")
    app = open_app(data)
    try:
        meeting = app.meetings.get(meeting_id)
        assert meeting is not None and meeting.outcome_answers is not None
        assert meeting.outcome_answers.where == WHERE
        assert meeting.outcome_answers.names == {"0": LATE_NAME}
        assert [m.id for m in app.meetings.in_progress()] == [meeting_id]  # offered on launch
    finally:
        app.close()


def test_quit_right_after_typing_then_killed_while_asked_keeps_the_edits(
    netprep: Netprep, tmp_path: Path
) -> None:
    process, grace_id = start_typist(netprep, tmp_path, "form_typist")
    data = tmp_path / "data"
    process.send_signal(signal.SIGTERM)  # before the 0.8 s timer: the quit asks Save/Discard
    kill_once_kept(process, data, ROLE)  # kept before the question, then killed while asked
    app = open_app(data)
    try:
        draft = app.contacts.draft(grace_id)
        assert draft is not None and draft.fields["role"] == ROLE
    finally:
        app.close()
