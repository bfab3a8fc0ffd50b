"""One meeting being run: the clock plus what is typed, saved at every change.

The window asks a session for readings and cues and tells it what the user did; the
session turns each clock command into a saved ``Meeting.clock``, so closing the app or a
crash mid-meeting loses nothing and the meeting carries on with the time that really
passed (see meeting_clock_state.py).
"""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy

from netprep.domain.capture import LiveCapture
from netprep.domain.clock import Clock
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.domain.meeting_clock import (
    ClockError,
    ClockReading,
    ClockStatus,
    Cue,
    MeetingClock,
    PhaseTiming,
)
from netprep.domain.message import message_of
from netprep.domain.outcome import OutcomeAnswers
from netprep.services.errors import UserError
from netprep.store.store import Store


class MeetingSession:
    """Runs one stored meeting. Commands raise UserError with a sentence for the user."""

    def __init__(self, store: Store, clock: Clock, meeting: Meeting, timer: MeetingClock) -> None:
        self._store = store
        self._clock = clock
        self._meeting = meeting
        self.timer = timer

    # -- what the window shows -------------------------------------------------------------

    @property
    def meeting_id(self) -> str:
        return self._meeting.id

    @property
    def meeting(self) -> Meeting:
        """A copy of the meeting as last saved plus the capture as typed."""
        return deepcopy(self._meeting)

    @property
    def capture(self) -> LiveCapture:
        """The live capture; the window edits it in place, then calls :meth:`save_capture`."""
        return self._meeting.capture

    @property
    def status(self) -> ClockStatus:
        return self.timer.status

    @property
    def started(self) -> bool:
        return self.timer.status is not ClockStatus.NOT_STARTED

    @property
    def finished(self) -> bool:
        return self.timer.status is ClockStatus.FINISHED

    def reading(self) -> ClockReading:
        return self.timer.reading()

    def poll_cues(self) -> list[Cue]:
        return self.timer.poll_cues()

    def timer_log(self) -> list[PhaseTiming]:
        return self.timer.timer_log()

    # -- commands: each is saved before it returns -----------------------------------------

    def start(self) -> None:
        self._run(self.timer.start)

    def pause(self) -> None:
        self._run(self.timer.pause)

    def resume(self) -> None:
        self._run(self.timer.resume)

    def toggle(self) -> ClockStatus:
        """Start, pause or resume, whichever the space bar means now."""
        if self.timer.status is ClockStatus.NOT_STARTED:
            self.start()
        elif self.timer.status is ClockStatus.RUNNING:
            self.pause()
        elif self.timer.status is ClockStatus.PAUSED:
            self.resume()
        return self.timer.status

    def next_phase(self) -> None:
        self._run(self.timer.next_phase)

    def previous_phase(self) -> None:
        self._run(self.timer.previous_phase)

    def go_to_phase(self, index: int) -> None:
        self._run(lambda: self.timer.go_to_phase(index))

    def add_minutes(self, minutes: float) -> None:
        self._run(lambda: self.timer.add_minutes(minutes))

    def save_capture(self) -> None:
        """Store the capture as typed so far (the window calls this, debounced)."""
        self._save()

    def keep_outcome_answers(self, answers: OutcomeAnswers) -> None:
        """Store what the outcome dialog holds so far (the dialog calls this, debounced)."""
        self._meeting.outcome_answers = deepcopy(answers)
        self._save()

    def adopt_finished(self, meeting: Meeting) -> None:
        """The outcome was recorded: from now on the session only shows the stored record."""
        self._meeting = deepcopy(meeting)
        if meeting.clock is not None:
            self.timer = MeetingClock.restore(meeting.clock, self._clock)

    # -- internals -------------------------------------------------------------------------

    def _run(self, command: Callable[[], object]) -> None:
        if self._meeting.status in (MeetingStatus.FINISHED, MeetingStatus.CANCELLED):
            raise UserError("This meeting is over and its outcome recorded.")
        try:
            command()
        except ClockError as error:
            raise UserError(message_of(error)) from None
        self._save()

    def _save(self) -> None:
        meeting = self._meeting
        if meeting.status in (MeetingStatus.FINISHED, MeetingStatus.CANCELLED):
            return  # recorded: a late keystroke must not reopen it
        if self.timer.status is not ClockStatus.NOT_STARTED:
            meeting.clock = self.timer.state()
            meeting.timer_log = self.timer.timer_log()
            if meeting.status is MeetingStatus.PLANNED:
                meeting.status = MeetingStatus.IN_PROGRESS
                # It happens now, whatever was planned: keep the plan, record the real time.
                meeting.planned_when = meeting.planned_when or meeting.when
                meeting.when = meeting.clock.started_at or meeting.when
        saved = self._store.meetings.save(meeting)
        meeting.created_at, meeting.updated_at = saved.created_at, saved.updated_at
