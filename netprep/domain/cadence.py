"""Keep-in-touch cadence: how long since each contact was last touched, and what that means.

Each circle (stay in touch, want to get to know, collaborated with) has an interval with an
ideal and a maximum number of days; a contact may override its own. Past the ideal a contact
is *due*, past the maximum *overdue*; a contact snoozed until a later day is *snoozed*. "Last
contacted" is the newest touch of any kind: a logged email, call, message or chance meeting,
a sent draft, or a meeting that took place. A contact with neither a circle nor its own
interval is not followed at all. Time comes in as ``today``: nothing here reads a clock.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.domain.message import Message
from netprep.domain.records import Circle, Contact, Interaction

MIN_DAYS, MAX_DAYS = 1, 3650
#: The maximum, when only an ideal is given and the circle has none that fits.
MAX_OVER_IDEAL = 1.5


@dataclass(frozen=True)
class Interval:
    """Keep in touch ideally every ``ideal_days``, and at most every ``max_days``."""

    ideal_days: int
    max_days: int

    def problem(self) -> str:
        """Why these numbers cannot be used ("" when they can)."""
        for days in (self.ideal_days, self.max_days):
            if not MIN_DAYS <= days <= MAX_DAYS:
                return Message("Intervals are {low} to {high} days.", low=MIN_DAYS, high=MAX_DAYS)
        if self.max_days < self.ideal_days:
            return Message("The maximum cannot be shorter than the ideal.")
        return ""


DEFAULT_INTERVALS: dict[Circle, Interval] = {
    Circle.STAY_IN_TOUCH: Interval(60, 90),
    Circle.GET_TO_KNOW: Interval(21, 45),
    Circle.COLLABORATED: Interval(90, 180),
}


class CadenceState(StrEnum):
    FINE = "fine"
    DUE = "due"  # past the ideal interval
    OVERDUE = "overdue"  # past the maximum
    SNOOZED = "snoozed"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True)
class Touch:
    """One contact with someone, as "last contacted" shows it."""

    when: datetime
    kind: str  # "email", "call", "meeting", ... (an InteractionKind value)
    summary: str = ""

    @property
    def what(self) -> str:
        """ "a call", "an email", "a meeting": for sentences."""
        words = self.kind.replace("_", " ")
        return f"an {words}" if words[:1] in "aeiou" else f"a {words}"


@dataclass(frozen=True)
class CadenceStatus:
    contact: Contact
    interval: Interval
    state: CadenceState
    last_touch: Touch | None
    days_since: int  # since the last touch, or since the contact was added when never touched
    on: date | None = None  # the day this was worked out for

    @property
    def days_past_ideal(self) -> int:
        return self.days_since - self.interval.ideal_days

    @property
    def days_past_max(self) -> int:
        return self.days_since - self.interval.max_days

    @property
    def needs_touch(self) -> bool:
        return self.state in (CadenceState.DUE, CadenceState.OVERDUE)

    @property
    def lateness(self) -> Lateness:
        return lateness_of(self)


@dataclass(frozen=True)
class Lateness:
    """How late a catch-up is, in the one way every page says it: *due* so many days past
    the ideal interval, *overdue* so many days past the longest gap (never "overdue" by the
    days past the ideal: Today and the review would call the same person two things)."""

    state: CadenceState
    days: int  # past ``gap_days``: 0 on the day someone falls due; overdue is 1 or more
    gap_days: int  # the ideal interval (due, fine, snoozed) or the longest gap (overdue)
    since: date | None = None  # the day they fell due, or went overdue (None: not known)

    @property
    def order(self) -> tuple[int, int]:
        """Sorts the latest first: everyone overdue before anyone merely due."""
        return (-_LATE_RANK.get(self.state, 0), -self.days)


_LATE_RANK = {CadenceState.OVERDUE: 2, CadenceState.DUE: 1}


def lateness_of(status: CadenceStatus) -> Lateness:
    """How late ``status`` is: days past the longest gap when overdue, else past the ideal."""
    on = status.on
    if status.state is CadenceState.OVERDUE:
        days = status.days_past_max  # overdue the day after the longest gap
        since = on - timedelta(days=days - 1) if on else None
        return Lateness(status.state, days, status.interval.max_days, since)
    days = max(status.days_past_ideal, 0)  # due on the day of the ideal interval
    since = on - timedelta(days=days) if on and status.state is CadenceState.DUE else None
    return Lateness(status.state, days, status.interval.ideal_days, since)


def interval_for(contact: Contact, intervals: Mapping[Circle, Interval]) -> Interval | None:
    """The contact's own interval, else its circle's; None when it is not followed."""
    base = intervals.get(contact.circle)
    own_ideal, own_max = contact.touch_ideal_days, contact.touch_max_days
    if own_ideal is None and own_max is None:
        return base
    if own_ideal is not None:
        ideal = own_ideal
    else:
        assert own_max is not None
        ideal = min(base.ideal_days, own_max) if base else own_max
    if own_max is not None:
        maximum = own_max
    elif base is not None and base.ideal_days == ideal:
        maximum = base.max_days
    else:
        maximum = round(ideal * MAX_OVER_IDEAL)
    return Interval(ideal, max(ideal, maximum))


def last_touches(
    interactions: Iterable[Interaction], meetings: Iterable[Meeting] = ()
) -> dict[str, Touch]:
    """The newest touch per contact id: any interaction, or a meeting that took place."""
    # Find the newest first and make a Touch only for it: 100,000 interactions at real scale.
    newest: dict[str, tuple[datetime, Interaction | Meeting]] = {}
    for interaction in interactions:
        when, contact_id = interaction.when, interaction.contact_id
        if when and contact_id:
            held = newest.get(contact_id)
            if held is None or when > held[0]:
                newest[contact_id] = (when, interaction)
    for meeting in meetings:
        when, contact_id = meeting.when, meeting.contact_id
        if meeting.status is MeetingStatus.FINISHED and when and contact_id:
            held = newest.get(contact_id)
            if held is None or when > held[0]:
                newest[contact_id] = (when, meeting)
    return {contact_id: _touch(when, record) for contact_id, (when, record) in newest.items()}


def _touch(when: datetime, record: Interaction | Meeting) -> Touch:
    if isinstance(record, Meeting):
        return Touch(when, "meeting", record.purpose)
    return Touch(when, record.kind.value, record.summary)


def status_of(
    contact: Contact,
    last_touch: Touch | None,
    today: date,
    intervals: Mapping[Circle, Interval] = DEFAULT_INTERVALS,
) -> CadenceStatus | None:
    """Where the contact stands on ``today``; None when the contact is not followed."""
    touches = {contact.id: last_touch} if last_touch is not None else {}
    found = statuses([contact], touches, today, intervals)
    return found[0] if found else None


def statuses(
    contacts: Iterable[Contact],
    touches: Mapping[str, Touch],
    today: date,
    intervals: Mapping[Circle, Interval] = DEFAULT_INTERVALS,
    *,
    needing_touch: bool = False,
    also: Collection[str] = (),
) -> list[CadenceStatus]:
    """Every followed contact's status, in no particular order; with ``needing_touch`` only
    those due or overdue (and those whose ids are in ``also``, whatever their state).

    One pass in which a contact that is fine costs a few comparisons and no record: at
    30,000 contacts this runs on every visit to Today and the review.
    """
    day = today.toordinal()
    found = []
    known: dict[tuple[Circle, int | None, int | None], Interval | None] = {}
    for contact in contacts:
        key = (contact.circle, contact.touch_ideal_days, contact.touch_max_days)
        try:
            interval = known[key]
        except KeyError:
            interval = known[key] = interval_for(contact, intervals)
        if interval is None:
            continue
        touch = touches.get(contact.id)
        if touch is not None:
            since = day - touch.when.date().toordinal()
        elif contact.created_at is not None:
            since = day - contact.created_at.date().toordinal()
        else:
            since = interval.ideal_days  # never touched, age unknown: due now
        snoozed = contact.snoozed_until is not None and contact.snoozed_until > today
        if snoozed:
            state = CadenceState.SNOOZED
        elif since > interval.max_days:
            state = CadenceState.OVERDUE
        elif since >= interval.ideal_days:
            state = CadenceState.DUE
        else:
            state = CadenceState.FINE
        if needing_touch and (snoozed or state is CadenceState.FINE) and contact.id not in also:
            continue
        found.append(CadenceStatus(contact, interval, state, touch, max(since, 0), today))
    return found


@dataclass(frozen=True)
class Due:
    """A contact due for a catch-up, as Today lists it."""

    contact: Contact
    last_contacted: date | None
    lateness: Lateness  # as the review says it: due past the ideal, overdue past the longest

    @property
    def state(self) -> CadenceState:
        return self.lateness.state


def due_contacts(
    contacts: list[Contact],
    last_contacted: Mapping[str, datetime],
    today: date,
    intervals: Mapping[Circle, Interval] = DEFAULT_INTERVALS,
) -> list[Due]:
    """Contacts past their ideal interval (not snoozed): the overdue first, each group the
    latest first."""
    touches = {cid: Touch(when, "") for cid, when in last_contacted.items()}
    due = [
        Due(s.contact, s.last_touch.when.date() if s.last_touch else None, s.lateness)
        for s in statuses(contacts, touches, today, intervals, needing_touch=True)
    ]
    return sorted(due, key=lambda d: (d.lateness.order, d.contact.name.casefold()))
