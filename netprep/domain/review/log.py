"""The review log, read from the touches the weekly review logged.

Marking a review email sent logs an email touch tagged with REVIEW_SOURCE, in the same
write; so the log is always what really happened, with no second file to fall out of step.
A week counts as reviewed once one of its emails was marked sent. The streak is the number
of consecutive weeks reviewed, counting back from this week (or from last week, while this
week's review is still to do). Who answered: any later touch or meeting with that person.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from netprep.domain.cadence import Touch
from netprep.domain.records import REVIEW_SOURCE, Interaction


def week_of(day: date) -> str:
    """The ISO week, e.g. "2026-W49"."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


@dataclass(frozen=True)
class Sent:
    """One review email, and the first touch with that person logged after it."""

    email: Interaction
    answered: Touch | None = None

    @property
    def contact_id(self) -> str:
        return self.email.contact_id


@dataclass
class ReviewWeek:
    week: str
    day: date  # the day of the first email sent that week
    sent: list[Sent] = field(default_factory=list)

    @property
    def answered(self) -> int:
        return sum(1 for s in self.sent if s.answered is not None)


def review_emails(interactions: Iterable[Interaction]) -> list[Interaction]:
    return [i for i in interactions if i.source == REVIEW_SOURCE and i.when]


def review_weeks(
    interactions: Iterable[Interaction], later_touches: Mapping[str, Iterable[Touch]]
) -> list[ReviewWeek]:
    """Every reviewed week, newest first, with who was written to and who answered."""
    weeks: dict[str, ReviewWeek] = {}
    for email in sorted(review_emails(interactions), key=_when):
        assert email.when is not None
        day = email.when.date()
        week = weeks.setdefault(week_of(day), ReviewWeek(week_of(day), day))
        after = sorted(
            (t for t in later_touches.get(email.contact_id, ()) if t.when > email.when),
            key=lambda t: t.when,
        )
        week.sent.append(Sent(email, after[0] if after else None))
    return sorted(weeks.values(), key=lambda w: w.day, reverse=True)


def _when(interaction: Interaction) -> datetime:
    assert interaction.when is not None
    return interaction.when


def streak(weeks: Iterable[ReviewWeek], today: date) -> int:
    done = {w.week for w in weeks if w.sent}
    day = today
    if week_of(day) not in done:
        day -= timedelta(days=7)  # this week's review may still be to come
    count = 0
    while week_of(day) in done:
        count += 1
        day -= timedelta(days=7)
    return count
