"""What the meeting clock saves, so a meeting survives closing the app or a crash.

Monotonic clocks start afresh in every process, so the saved state anchors the running
stretch with a *wall-clock* timestamp (``running_since``). Time already accounted for is
stored as plain seconds per closed stretch (measured on the monotonic clock while the app
ran). Restoring adds "wall now − running_since" for the stretch that was open: the
conversation went on while the app was closed. A paused meeting has no open stretch, so no
time passes however long the app stays closed.

Every field is a type the store maps from its hints (str, float, bool, list, datetime,
StrEnum, nested dataclasses), and ``to_dict``/``from_dict`` give a JSON round trip too.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from netprep.domain.agenda import AgendaError, AgendaPhase, agenda_from_dict, phase_to_dict
from netprep.domain.message import Message, message_of


class ClockError(ValueError):
    """A clock command that makes no sense now, or a damaged saved state (message for the user)."""


class ClockStatus(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass
class PhaseSegment:
    """One closed stretch of running time in one phase (start/resume/move to pause/move/finish)."""

    phase_index: int = 0
    started_at: datetime | None = None
    ended_at: datetime | None = None
    seconds: float = 0.0


@dataclass
class ClockState:
    """Everything needed to carry on a meeting: agenda snapshot, extensions, time spent, cues."""

    agenda: list[AgendaPhase] = field(default_factory=list)
    extra_minutes: list[float] = field(default_factory=list)  # per phase, added during the meeting
    status: ClockStatus = ClockStatus.NOT_STARTED
    phase_index: int = 0
    started_at: datetime | None = None
    finished_at: datetime | None = None
    segments: list[PhaseSegment] = field(default_factory=list)
    running_since: datetime | None = None  # wall time the open stretch began (running only)
    cued: list[str] = field(default_factory=list)  # cue conditions already announced

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (datetimes as ISO 8601 strings)."""
        return {
            "agenda": [phase_to_dict(p) for p in self.agenda],
            "extra_minutes": list(self.extra_minutes),
            "status": self.status.value,
            "phase_index": self.phase_index,
            "started_at": _iso(self.started_at),
            "finished_at": _iso(self.finished_at),
            "segments": [
                {
                    "phase_index": s.phase_index,
                    "started_at": _iso(s.started_at),
                    "ended_at": _iso(s.ended_at),
                    "seconds": s.seconds,
                }
                for s in self.segments
            ],
            "running_since": _iso(self.running_since),
            "cued": list(self.cued),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ClockState:
        """Parse and check a saved state; ClockError (never a traceback) when it is damaged."""
        try:
            state = cls(
                agenda=agenda_from_dict({"phases": data["agenda"]}),
                extra_minutes=[_number(v) for v in data.get("extra_minutes", [])],
                status=ClockStatus(data.get("status", ClockStatus.NOT_STARTED.value)),
                phase_index=_integer(data.get("phase_index", 0)),
                started_at=_datetime(data.get("started_at")),
                finished_at=_datetime(data.get("finished_at")),
                segments=[
                    PhaseSegment(
                        phase_index=_integer(s["phase_index"]),
                        started_at=_datetime(s.get("started_at")),
                        ended_at=_datetime(s.get("ended_at")),
                        seconds=_number(s["seconds"]),
                    )
                    for s in data.get("segments", [])
                ],
                running_since=_datetime(data.get("running_since")),
                cued=[str(c) for c in data.get("cued", [])],
            )
        except AgendaError as error:
            damaged = Message(
                "The saved meeting timer has a damaged agenda: {reason}", reason=message_of(error)
            )
            raise ClockError(damaged) from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ClockError(_DAMAGED) from None
        check_state(state)
        return state


_DAMAGED = Message("The saved meeting timer is damaged and cannot be resumed.")


def check_state(state: ClockState) -> None:
    """Raise ClockError unless the state is one the clock itself could have produced."""
    n = len(state.agenda)
    if n == 0 or len(state.extra_minutes) != n or not 0 <= state.phase_index < n:
        raise ClockError(_DAMAGED)
    if any(not math.isfinite(m) or m < 0 for m in state.extra_minutes):
        raise ClockError(_DAMAGED)
    for segment in state.segments:
        if not 0 <= segment.phase_index < n or not math.isfinite(segment.seconds):
            raise ClockError(_DAMAGED)
        if segment.seconds < 0:
            raise ClockError(_DAMAGED)
    if state.status is ClockStatus.RUNNING and state.running_since is None:
        raise ClockError(_DAMAGED)
    if state.status is not ClockStatus.NOT_STARTED and state.started_at is None:
        raise ClockError(_DAMAGED)


@dataclass
class PhaseTiming:
    """One line of the timer log: how long a phase was planned and how long it really took."""

    phase: str = ""
    planned_minutes: float = 0.0
    extra_minutes: float = 0.0
    actual_seconds: float = 0.0
    first_started_at: datetime | None = None
    last_ended_at: datetime | None = None

    @property
    def actual_minutes(self) -> float:
        return self.actual_seconds / 60.0

    @property
    def over_minutes(self) -> float:
        """Minutes beyond plan plus extensions; negative when the phase was cut short."""
        return self.actual_minutes - self.planned_minutes - self.extra_minutes


def timer_log(state: ClockState, open_seconds: float = 0.0) -> list[PhaseTiming]:
    """Planned vs actual time per phase. ``open_seconds`` is the running stretch, if any."""
    log = [
        PhaseTiming(phase=p.name, planned_minutes=p.minutes, extra_minutes=extra)
        for p, extra in zip(state.agenda, state.extra_minutes, strict=True)
    ]
    for segment in state.segments:
        entry = log[segment.phase_index]
        entry.actual_seconds += segment.seconds
        entry.first_started_at = entry.first_started_at or segment.started_at
        entry.last_ended_at = segment.ended_at
    if state.status is ClockStatus.RUNNING:
        entry = log[state.phase_index]
        entry.actual_seconds += open_seconds
        entry.first_started_at = entry.first_started_at or state.running_since
    return log


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _datetime(value: object) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise ValueError("naive timestamp")
        return parsed
    raise TypeError("not a timestamp")


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("not a number")
    return float(value)


def _integer(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("not an integer")
    return value
