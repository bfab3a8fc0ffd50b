"""The outcome of a meeting: did it meet the book's three goals, and who was contacted when.

The goals are inferred from the live capture, but the user has the last word: a goal set
by hand is remembered in ``edited`` and later inference leaves it alone.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from netprep.domain.capture import LiveCapture, most_substantial_insight
from netprep.domain.message import Message
from netprep.domain.records import Interaction, InteractionKind

if TYPE_CHECKING:
    from netprep.domain.meeting import Meeting


class OutcomeError(ValueError):
    """An outcome that cannot be recorded yet (message for the user)."""


class Goal(StrEnum):
    LEARNED = "learned"
    NAMES = "names"
    EVANGELIST = "evangelist"

    @property
    def label(self) -> str:
        return _GOAL_LABELS[self]


_GOAL_LABELS = {
    Goal.LEARNED: "Learned something",
    Goal.NAMES: "Got more names",
    Goal.EVANGELIST: "Gained an evangelist",
}


@dataclass
class GoalsMet:
    learned: bool = False
    names: bool = False
    evangelist: bool = False
    edited: list[Goal] = field(default_factory=list)  # set by hand: inference keeps off

    def met(self, goal: Goal) -> bool:
        return bool(getattr(self, goal.value))

    @property
    def count(self) -> int:
        return sum(self.met(goal) for goal in Goal)


class Introducer(StrEnum):
    """A referral linked to someone a different contact introduced first: who introduced them."""

    KEEP_FIRST = "keep_first"  # the first introducer stays
    REPLACE = "replace"  # this meeting's contact is recorded instead
    BOTH = "both"  # the first stays, and a note says this one suggested them too


@dataclass
class OutcomeAnswers:
    """What the user has answered so far in the outcome dialog, kept on the meeting while it
    is open (so a kill, or going back to the meeting, loses none of it). Keys are slots."""

    goals: GoalsMet | None = None
    where: str | None = None
    choices: dict[str, str] = field(default_factory=dict)  # "0" -> "link:<id>", "new:", …
    names: dict[str, str] = field(default_factory=dict)  # a name typed for an unnamed referral
    introducers: dict[str, str] = field(default_factory=dict)  # "0" -> an Introducer value


def infer_goals(capture: LiveCapture, previous: GoalsMet | None = None) -> GoalsMet:
    """Goals as the capture shows them; goals the user edited keep the user's answer.

    learned    — any insight written down;
    names      — at least one referral with a name;
    evangelist — they offered to help, or will introduce someone themselves.
    """
    named = capture.named_referrals()
    inferred = {
        Goal.LEARNED: bool(capture.recorded_insights()),
        Goal.NAMES: bool(named),
        Goal.EVANGELIST: capture.they_offered_help or any(r.will_introduce for r in named),
    }
    edited = list(previous.edited) if previous else []
    values = {
        goal.value: previous.met(goal) if previous and goal in edited else inferred[goal]
        for goal in Goal
    }
    return GoalsMet(**values, edited=edited)


def set_goal(goals: GoalsMet, goal: Goal, value: bool) -> GoalsMet:
    """The user's own verdict on one goal, kept from then on."""
    edited = goals.edited if goal in goals.edited else [*goals.edited, goal]
    return replace(goals, **{goal.value: value}, edited=list(edited))


def meeting_interaction(meeting: Meeting) -> Interaction:
    """The "last contacted" touch a finished meeting leaves on the contact's history."""
    from netprep.domain.meeting import MeetingStatus

    if meeting.status is not MeetingStatus.FINISHED:
        raise OutcomeError(Message("Only a finished meeting counts as having been in touch."))
    when: datetime | None = None
    if meeting.clock is not None:
        when = meeting.clock.finished_at
    when = when or meeting.when
    if when is None:
        raise OutcomeError(Message("Say when the meeting took place before recording it."))
    return Interaction(
        contact_id=meeting.contact_id,
        when=when,
        kind=InteractionKind.MEETING,
        summary=_summary(meeting),
    )


def _summary(meeting: Meeting) -> str:
    parts = [
        f"20-minute meeting: {meeting.purpose.strip()}"
        if meeting.purpose.strip()
        else "20-minute meeting"
    ]
    best = most_substantial_insight(meeting.capture)
    if best is not None:
        parts.append("learned: " + _clip(best.text))
    names = [r.name.strip() for r in meeting.capture.named_referrals()]
    if names:
        parts.append("names: " + ", ".join(names))
    return "; ".join(parts) + "."


def _clip(text: str) -> str:
    return textwrap.shorten(text, width=120, placeholder="…").rstrip(".;:, ")
