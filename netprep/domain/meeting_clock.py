"""The meeting clock: which phase we are in and how much time is left, computed, never counted.

Semantics (all times are *running* time; while paused nothing is spent):

* Each phase has a budget: its planned minutes plus any minutes added to it during the
  meeting (extensions). Time spent in a phase is the sum of every running stretch while it
  was the current phase, including after going back to it.
* **Phase time left** = budget − spent in it. When that goes below zero the phase has
  **overrun** by the difference; the clock never moves on by itself — the asker guides.
* **Meeting time left** = sum of all budgets − all running time so far. The meeting ends on
  time against its plan: moving on early does not hand the unused minutes to the next phase
  (each phase keeps its own budget), yet the meeting's end does not come earlier either — the
  unused minutes become slack (``ahead_seconds``) usable anywhere. A phase that runs over
  eats into the meeting time left second for second. Extensions push the end back.
* **Cues** announce, once each, the moment a condition becomes true: a phase's time is up,
  two minutes (``warning_seconds``) of meeting left, the meeting's time is up, and every phase
  change. An extension that makes a condition false again re-arms its cue.

Every reading is derived from the injected clock at the moment of asking, so a GUI thread
that was blocked for seconds shows the right time on its next repaint.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import deepcopy
from dataclasses import dataclass
from enum import StrEnum

from netprep.domain.agenda import AgendaError, AgendaPhase, check_minutes, validate_agenda
from netprep.domain.clock import Clock
from netprep.domain.meeting_clock_state import (
    ClockError,
    ClockState,
    ClockStatus,
    PhaseSegment,
    PhaseTiming,
    check_state,
    timer_log,
)
from netprep.domain.message import Message, message_of

__all__ = [
    "ClockError",
    "ClockReading",
    "ClockState",
    "ClockStatus",
    "Cue",
    "CueKind",
    "MeetingClock",
    "PhaseTiming",
]

TWO_MINUTES = 120.0


class CueKind(StrEnum):
    PHASE_CHANGED = "phase_changed"
    PHASE_TIME_UP = "phase_time_up"
    TWO_MINUTES_LEFT = "two_minutes_left"
    MEETING_TIME_UP = "meeting_time_up"


@dataclass(frozen=True)
class Cue:
    kind: CueKind
    phase_index: int
    message: str  # in English; the GUI words its own from the fields below, translated
    phase_name: str = ""
    phase_minutes: float = 0.0  # the phase's budget, extensions included
    meeting_minutes: float = 0.0  # the whole meeting's


@dataclass(frozen=True)
class ClockReading:
    """The clock at one instant. Seconds are floats; ``*_left`` never go below zero."""

    status: ClockStatus
    phase_index: int
    phase: AgendaPhase
    phase_count: int
    phase_budget_seconds: float
    phase_spent_seconds: float
    phase_left_seconds: float
    phase_overrun_seconds: float
    meeting_budget_seconds: float
    elapsed_seconds: float
    meeting_left_seconds: float
    meeting_overrun_seconds: float
    ahead_seconds: float  # slack from phases cut short (> 0) or behind plan (< 0)
    two_minute_warning: bool  # the meeting is in its last two minutes (or over): wrap up

    @property
    def paused(self) -> bool:
        return self.status is ClockStatus.PAUSED

    @property
    def running(self) -> bool:
        return self.status is ClockStatus.RUNNING

    @property
    def is_first_phase(self) -> bool:
        return self.phase_index == 0

    @property
    def is_last_phase(self) -> bool:
        return self.phase_index == self.phase_count - 1


class MeetingClock:
    """Runs one meeting on an agenda. Every command returns the state to save."""

    def __init__(
        self,
        agenda: Sequence[AgendaPhase],
        clock: Clock,
        *,
        warning_seconds: float = TWO_MINUTES,
    ) -> None:
        try:
            validate_agenda(agenda)
        except AgendaError as error:
            raise ClockError(message_of(error)) from None
        self._clock = clock
        self._warning_seconds = warning_seconds
        self._state = ClockState(agenda=deepcopy(list(agenda)), extra_minutes=[0.0] * len(agenda))
        self._segment_mono: float | None = None  # monotonic start of the open stretch
        self._pending: list[Cue] = []

    @classmethod
    def restore(
        cls, state: ClockState, clock: Clock, *, warning_seconds: float = TWO_MINUTES
    ) -> MeetingClock:
        """Carry on a saved meeting; an open stretch counts the wall time that really passed."""
        check_state(state)
        restored = cls(state.agenda, clock, warning_seconds=warning_seconds)
        restored._state = deepcopy(state)
        if state.status is ClockStatus.RUNNING:
            assert state.running_since is not None  # check_state guarantees it
            away = max(0.0, (clock.now() - state.running_since).total_seconds())
            restored._segment_mono = clock.monotonic() - away
        return restored

    # --- what the GUI asks ------------------------------------------------------------------

    @property
    def status(self) -> ClockStatus:
        return self._state.status

    @property
    def agenda(self) -> list[AgendaPhase]:
        return deepcopy(self._state.agenda)

    def state(self) -> ClockState:
        """A copy of the state to save (the open stretch is anchored by its wall start)."""
        return deepcopy(self._state)

    def reading(self) -> ClockReading:
        state = self._state
        spent = self._spent()
        budgets = self._budgets()
        index = state.phase_index
        phase_raw = budgets[index] - spent[index]
        meeting_budget = sum(budgets)
        elapsed = sum(spent)
        meeting_raw = meeting_budget - elapsed
        plan_raw = sum(budgets[index:]) - spent[index]
        in_meeting = state.status in (ClockStatus.RUNNING, ClockStatus.PAUSED)
        return ClockReading(
            status=state.status,
            phase_index=index,
            phase=deepcopy(state.agenda[index]),
            phase_count=len(state.agenda),
            phase_budget_seconds=budgets[index],
            phase_spent_seconds=spent[index],
            phase_left_seconds=max(0.0, phase_raw),
            phase_overrun_seconds=max(0.0, -phase_raw),
            meeting_budget_seconds=meeting_budget,
            elapsed_seconds=elapsed,
            meeting_left_seconds=max(0.0, meeting_raw),
            meeting_overrun_seconds=max(0.0, -meeting_raw),
            ahead_seconds=meeting_raw - plan_raw,
            two_minute_warning=in_meeting and meeting_raw <= self._warning_seconds,
        )

    def poll_cues(self) -> list[Cue]:
        """Cues that became due since the last call, oldest first; each is given once."""
        self._collect()
        cues, self._pending = self._pending, []
        return cues

    def timer_log(self) -> list[PhaseTiming]:
        """Planned vs actual time per phase, including the stretch running now."""
        return timer_log(self._state, self._open_seconds())

    # --- commands -----------------------------------------------------------------------------

    def start(self) -> ClockState:
        if self._state.status is not ClockStatus.NOT_STARTED:
            raise ClockError(Message("The meeting has already started."))
        self._state.status = ClockStatus.RUNNING
        self._state.started_at = self._clock.now()
        self._open()
        self._cue(CueKind.PHASE_CHANGED, 0)
        return self.state()

    def pause(self) -> ClockState:
        self._require_in_meeting()
        if self._state.status is not ClockStatus.RUNNING:
            raise ClockError(Message("Only a running meeting can be paused."))
        self._collect()
        self._close()
        self._state.status = ClockStatus.PAUSED
        return self.state()

    def resume(self) -> ClockState:
        self._require_in_meeting()
        if self._state.status is not ClockStatus.PAUSED:
            raise ClockError(Message("Only a paused meeting can be resumed."))
        self._state.status = ClockStatus.RUNNING
        self._open()
        return self.state()

    def next_phase(self) -> ClockState:
        self._require_in_meeting()
        if self._state.phase_index >= len(self._state.agenda) - 1:
            raise ClockError(Message("This is the last phase: finish the meeting instead."))
        return self.go_to_phase(self._state.phase_index + 1)

    def previous_phase(self) -> ClockState:
        self._require_in_meeting()
        if self._state.phase_index == 0:
            raise ClockError(Message("This is already the first phase."))
        return self.go_to_phase(self._state.phase_index - 1)

    def go_to_phase(self, index: int) -> ClockState:
        """Make ``index`` the current phase; a paused meeting stays paused."""
        self._require_in_meeting()
        if not 0 <= index < len(self._state.agenda):
            raise ClockError(Message("There is no phase {n} in this agenda.", n=index + 1))
        if index == self._state.phase_index:
            return self.state()
        self._collect()
        running = self._state.status is ClockStatus.RUNNING
        if running:
            self._close()
        self._state.phase_index = index
        if running:
            self._open()
        self._cue(CueKind.PHASE_CHANGED, index)
        return self.state()

    def add_minutes(self, minutes: float) -> ClockState:
        """Give the current phase (and so the meeting) more time."""
        if self._state.status is ClockStatus.FINISHED:
            raise ClockError(Message("The meeting has finished."))
        try:
            extra = check_minutes(minutes, Message("An extension"))
        except AgendaError as error:
            raise ClockError(message_of(error)) from None
        self._collect()
        self._state.extra_minutes[self._state.phase_index] += extra
        self._collect()  # re-arm cues whose condition is no longer true
        return self.state()

    def finish(self) -> ClockState:
        self._require_in_meeting()
        self._collect()
        if self._state.status is ClockStatus.RUNNING:
            self._close()
        self._state.status = ClockStatus.FINISHED
        self._state.finished_at = self._clock.now()
        return self.state()

    # --- internals ----------------------------------------------------------------------------

    def _require_in_meeting(self) -> None:
        if self._state.status is ClockStatus.NOT_STARTED:
            raise ClockError(Message("Start the meeting first."))
        if self._state.status is ClockStatus.FINISHED:
            raise ClockError(Message("The meeting has finished."))

    def _budgets(self) -> list[float]:
        return [
            (phase.minutes + extra) * 60.0
            for phase, extra in zip(self._state.agenda, self._state.extra_minutes, strict=True)
        ]

    def _open_seconds(self) -> float:
        if self._state.status is not ClockStatus.RUNNING or self._segment_mono is None:
            return 0.0
        return max(0.0, self._clock.monotonic() - self._segment_mono)

    def _spent(self) -> list[float]:
        spent = [0.0] * len(self._state.agenda)
        for segment in self._state.segments:
            spent[segment.phase_index] += segment.seconds
        spent[self._state.phase_index] += self._open_seconds()
        return spent

    def _open(self) -> None:
        self._segment_mono = self._clock.monotonic()
        self._state.running_since = self._clock.now()

    def _close(self) -> None:
        seconds = self._open_seconds()
        if seconds > 0:
            self._state.segments.append(
                PhaseSegment(
                    phase_index=self._state.phase_index,
                    started_at=self._state.running_since,
                    ended_at=self._clock.now(),
                    seconds=seconds,
                )
            )
        self._segment_mono = None
        self._state.running_since = None

    def _cue(self, kind: CueKind, index: int) -> None:
        name = self._state.agenda[index].name
        minutes = self._budgets()[index] / 60.0
        total = sum(self._budgets()) / 60.0
        messages = {
            CueKind.PHASE_CHANGED: f"Now: {name}.",
            CueKind.PHASE_TIME_UP: f"“{name}” has used its {minutes:g} minutes.",
            CueKind.TWO_MINUTES_LEFT: "Two minutes left: thank them, offer something back, "
            "agree the follow-up.",
            CueKind.MEETING_TIME_UP: f"The {total:g} minutes are up: thank them and end on time.",
        }
        self._pending.append(Cue(kind, index, messages[kind], name, minutes, total))

    def _collect(self) -> None:
        """Announce every cue condition that has become true; re-arm those no longer true."""
        state = self._state
        if state.status is ClockStatus.NOT_STARTED:
            return
        spent = self._spent()
        budgets = self._budgets()
        elapsed = sum(spent)
        total = sum(budgets)
        # (key, condition, elapsed time at which it became true, kind, phase) — the crossing
        # time orders cues that all came due while nobody asked (a blocked event loop).
        conditions: list[tuple[str, bool, float, CueKind, int]] = [
            (
                f"{CueKind.PHASE_TIME_UP.value}:{i}",
                spent[i] >= budgets[i],
                elapsed - (spent[i] - budgets[i]) if i == state.phase_index else elapsed,
                CueKind.PHASE_TIME_UP,
                i,
            )
            for i in range(len(budgets))
        ]
        conditions.append(
            (
                CueKind.TWO_MINUTES_LEFT.value,
                total - elapsed <= self._warning_seconds,
                total - self._warning_seconds,
                CueKind.TWO_MINUTES_LEFT,
                state.phase_index,
            )
        )
        conditions.append(
            (
                CueKind.MEETING_TIME_UP.value,
                elapsed >= total,
                total,
                CueKind.MEETING_TIME_UP,
                state.phase_index,
            )
        )
        due = []
        for key, holds, at, kind, index in conditions:
            if holds and key not in state.cued:
                state.cued.append(key)
                due.append((at, kind, index))
            elif not holds and key in state.cued:
                state.cued.remove(key)
        for _at, kind, index in sorted(due, key=lambda item: item[0]):
            self._cue(kind, index)
