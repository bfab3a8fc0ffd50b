"""Who to reconnect with this week, best first, each with the reasons it is on the list.

Overdue people come first, then those past their ideal interval, then anyone with a promise
still open (something offered, a referral to report back on). Within that, the circle
weighs in (people you want to get to know drift away fastest), then open promises, then how
long it has been relative to their interval.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from netprep.domain.cadence import CadenceState, CadenceStatus
from netprep.domain.records import Circle, Contact

SUGGESTED = 3

_STATE_RANK = {CadenceState.OVERDUE: 3, CadenceState.DUE: 2, CadenceState.FINE: 1}
_CIRCLE_WEIGHT = {
    Circle.GET_TO_KNOW: 3.0,
    Circle.STAY_IN_TOUCH: 2.0,
    Circle.COLLABORATED: 1.5,
    Circle.NONE: 1.0,
}
PROMISE_WEIGHT = 2.0
MAX_CURRENT_PROJECT = 160


@dataclass(frozen=True)
class Candidate:
    contact: Contact
    status: CadenceStatus
    score: float
    promises: list[str] = field(default_factory=list)

    @property
    def contact_id(self) -> str:
        return self.contact.id

    @cached_property
    def reasons(self) -> list[str]:
        """Why they are on the list, one sentence each (worked out when first shown)."""
        return reasons_for(self.status, self.promises)


def _day(when: date) -> str:
    return f"{when.day} {when:%b %Y}"


def _since_reason(status: CadenceStatus) -> str:
    interval = status.interval
    if status.last_touch is None:
        base = f"No contact logged since you added them {status.days_since} days ago"
    else:
        touch = status.last_touch
        base = f"Last contact {status.days_since} days ago: {touch.what} on {_day(touch.when)}"
        summary = " ".join(touch.summary.split())
        if summary:
            base += f" (“{_clip(summary, 120)}”)"
    if status.state is CadenceState.OVERDUE:
        rule = f"past the longest gap of {interval.max_days} days"
    elif status.state is CadenceState.DUE:
        rule = f"past the ideal of every {interval.ideal_days} days"
    else:
        rule = f"within the ideal of every {interval.ideal_days} days"
    return f"{base}; {rule}."


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:-–")
    return f"{cut}…"


def reasons_for(status: CadenceStatus, promises: Sequence[str]) -> list[str]:
    contact = status.contact
    reasons = [_since_reason(status)]
    if contact.circle is not Circle.NONE:
        reasons.append(f"Circle: {contact.circle.label}.")
    reasons.extend(f"You promised: {_clip(p, 140)}" for p in promises)
    project = " ".join(contact.current_projects.split())
    if project:
        reasons.append(f"Their current project: {_clip(project, MAX_CURRENT_PROJECT)}")
    return reasons


def score_of(status: CadenceStatus, open_promises: int) -> float:
    lateness = min(status.days_since / max(status.interval.ideal_days, 1), 4.0)
    return (
        _STATE_RANK.get(status.state, 0) * 100
        + _CIRCLE_WEIGHT[status.contact.circle] * 10
        + min(open_promises, 3) * PROMISE_WEIGHT * 5
        + lateness * 5
    )


def rank(
    statuses: Sequence[CadenceStatus], promises: Mapping[str, Sequence[str]] | None = None
) -> list[Candidate]:
    """Everyone due or overdue, and anyone with an open promise, best first (not snoozed)."""
    promises = promises or {}
    found = []
    for status in statuses:
        mine = list(promises.get(status.contact.id, ()))
        if status.state is CadenceState.SNOOZED:
            continue
        if status.state is CadenceState.FINE and not mine:
            continue
        found.append(Candidate(status.contact, status, score_of(status, len(mine)), mine))
    return sorted(found, key=lambda c: (-c.score, c.contact.name.casefold()))


def suggest(candidates: Sequence[Candidate], count: int = SUGGESTED) -> list[str]:
    """The ids of the first ``count`` candidates who can be written to (have an email)."""
    reachable = [c for c in candidates if c.contact.primary_email]
    chosen = (reachable or list(candidates))[:count]
    return [c.contact.id for c in chosen]
