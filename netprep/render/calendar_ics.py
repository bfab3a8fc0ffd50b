"""Calendar files (.ics) with the icalendar library: a meeting, follow-ups, the weekly review.

- A meeting is an event: its time and place, as long as its agenda, with an alarm 15 minutes
  before, and the agenda and the three questions in the description.
- Follow-ups with a due date are to-dos due that day.
- The weekly review is a 15-minute event repeating every week on the chosen day, at the
  chosen time in the user's time zone (the file carries the zone, so daylight saving is
  the calendar program's to apply).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from netprep.domain.agenda import AgendaPhase, total_minutes
from netprep.domain.followups import FollowUp
from netprep.domain.meeting import Meeting

# icalendar takes ~0.1 s to import: it loads when a calendar file is first written.
if TYPE_CHECKING:
    from icalendar import Alarm, Calendar, Event

PRODID = "-//netprep//netprep//EN"
ALARM_BEFORE = timedelta(minutes=15)
REVIEW_LENGTH = timedelta(minutes=15)
_ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class MeetingFacts:
    """What the event shows of a meeting, gathered by the service."""

    meeting: Meeting
    contact_name: str
    agenda: Sequence[AgendaPhase]
    questions: Sequence[str]


def _calendar() -> Calendar:
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    return calendar


def _alarm(text: str) -> Alarm:
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", -ALARM_BEFORE)
    return alarm


def meeting_description(facts: MeetingFacts) -> str:
    meeting = facts.meeting
    lines = []
    if meeting.purpose.strip():
        lines += [f"Purpose: {' '.join(meeting.purpose.split())}", ""]
    if facts.agenda:
        lines.append(f"Agenda ({total_minutes(facts.agenda):g} minutes):")
        lines += [f"- {p.name} ({p.minutes:g} min)" for p in facts.agenda]
        lines.append("")
    if facts.questions:
        lines.append("Three questions:")
        lines += [f"{n}. {q}" for n, q in enumerate(facts.questions, start=1)]
    return "\n".join(lines).strip()


def meeting_ics(facts: MeetingFacts, now: datetime) -> bytes:
    """One meeting as an event; ValueError when it has no date."""
    return meetings_ics([facts], now)


def meetings_ics(meetings: Sequence[MeetingFacts], now: datetime) -> bytes:
    """Meetings as events in one file; ValueError when one has no date."""
    calendar = _calendar()
    for facts in meetings:
        calendar.add_component(_meeting_event(facts, now))
    return calendar.to_ical()


def _meeting_event(facts: MeetingFacts, now: datetime) -> Event:
    meeting = facts.meeting
    if meeting.when is None:
        raise ValueError("the meeting has no date and time")
    minutes = total_minutes(facts.agenda) or 20
    from icalendar import Event

    event = Event()
    event.add("uid", f"{meeting.id}@netprep")
    event.add("dtstamp", now)
    event.add("summary", f"Networking meeting with {facts.contact_name}")
    event.add("dtstart", meeting.when)
    event.add("dtend", meeting.when + timedelta(minutes=minutes))
    if meeting.where.strip():
        event.add("location", meeting.where.strip())
    event.add("description", meeting_description(facts))
    event.add_component(_alarm(f"In 15 minutes: meeting with {facts.contact_name}"))
    return event


def followups_ics(items: Sequence[tuple[FollowUp, str]], now: datetime) -> bytes:
    """Follow-ups that have a due date, as to-dos: (follow-up, contact name) pairs."""
    from icalendar import Todo

    calendar = _calendar()
    for item, name in items:
        if item.due is None:
            continue
        todo = Todo()
        todo.add("uid", f"{item.id}@netprep")
        todo.add("dtstamp", now)
        todo.add("summary", item.text or item.kind.label)
        todo.add("due", item.due)
        if name:
            todo.add("description", f"With {name}")
        todo.add("status", "COMPLETED" if item.done else "NEEDS-ACTION")
        calendar.add_component(todo)
    return calendar.to_ical()


def first_on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def review_ics(weekday: int, at: time, zone: tzinfo, *, starting: date, now: datetime) -> bytes:
    """The weekly review: 15 minutes every week on ``weekday`` at ``at`` in ``zone``."""
    first = first_on_or_after(starting, weekday)
    start = datetime.combine(first, at).replace(tzinfo=zone)
    from icalendar import Event, vRecur

    event = Event()
    event.add("uid", f"weekly-review-{_ICAL_DAYS[weekday].lower()}@netprep")
    event.add("dtstamp", now)
    event.add("summary", "Weekly networking review (15 minutes)")
    event.add("dtstart", start)
    event.add("dtend", start + REVIEW_LENGTH)
    event.add("rrule", vRecur(freq="WEEKLY", byday=_ICAL_DAYS[weekday]))
    event.add(
        "description",
        "Who have you not talked to in a while? Open netprep's Review page: pick three "
        "people and send each a personal email proposing times.",
    )
    event.add_component(_alarm("Your weekly networking review"))
    calendar = _calendar()
    calendar.add_component(event)
    if getattr(zone, "key", None):  # an IANA zone: describe it so DST is applied right
        calendar.add_missing_timezones(
            first_date=date(first.year, 1, 1), last_date=date(first.year + 10, 1, 1)
        )
    return calendar.to_ical()
