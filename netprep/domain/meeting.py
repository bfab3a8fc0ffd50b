"""A networking meeting: planned, run on its agenda, then recorded."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from netprep.domain.agenda import AgendaPhase
from netprep.domain.brief.model import Brief
from netprep.domain.capture import LiveCapture
from netprep.domain.meeting_clock_state import ClockState, PhaseTiming
from netprep.domain.outcome import GoalsMet, OutcomeAnswers
from netprep.domain.records import Record


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    CANCELLED = "cancelled"


@dataclass
class Meeting(Record):
    contact_id: str = ""
    contact_name: str = ""  # set when the contact is deleted and the meeting kept as a record
    when: datetime | None = None  # when it took place (once started), else when planned
    planned_when: datetime | None = None  # the planned time, kept once it has started
    where: str = ""
    purpose: str = ""
    status: MeetingStatus = MeetingStatus.PLANNED
    agenda: list[AgendaPhase] = field(default_factory=list)
    brief: Brief | None = None
    clock: ClockState | None = None  # the meeting clock, saved at every transition
    capture: LiveCapture = field(default_factory=LiveCapture)  # typed during the meeting
    goals: GoalsMet = field(default_factory=GoalsMet)  # the book's three goals, editable
    timer_log: list[PhaseTiming] = field(default_factory=list)  # planned vs actual per phase
    outcome_answers: OutcomeAnswers | None = None  # the outcome dialog's, until it is recorded


_EPOCH = datetime.min.replace(tzinfo=UTC)


def contact_label(meeting: Meeting, current_name: str | None) -> str:
    """Who the meeting is with: the contact now, else the name kept when they were deleted."""
    if current_name is not None:
        return current_name
    return f"{meeting.contact_name} (deleted)" if meeting.contact_name else "(deleted contact)"


_LIVE = (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS)
_DONE = (MeetingStatus.FINISHED, MeetingStatus.CANCELLED)


def upcoming_meetings(meetings: Iterable[Meeting]) -> list[Meeting]:
    """Planned and in-progress meetings, soonest first (undated ones first of all)."""
    found = [m for m in meetings if m.status in _LIVE]
    return sorted(found, key=lambda m: (m.when or _EPOCH, m.created_at or _EPOCH))


def past_meetings(meetings: Iterable[Meeting]) -> list[Meeting]:
    """Finished and cancelled meetings, newest first."""
    found = [m for m in meetings if m.status in _DONE]
    return sorted(found, key=lambda m: m.when or m.created_at or _EPOCH, reverse=True)
