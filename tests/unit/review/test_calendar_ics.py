"""Every calendar file, parsed back with icalendar and checked field by field."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Component

from netprep.composition import App
from netprep.domain.followups import FollowUp, FollowUpKind
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.domain.review.settings import ReviewSettings
from netprep.services.errors import UserError


def value(component: Component, name: str) -> Any:
    """A property as a Python value (dates as dates, text as text)."""
    got = component.decoded(name)
    return got.decode() if isinstance(got, bytes) else got


def parse(data: bytes) -> Calendar:
    calendar = Calendar.from_ical(data)
    assert value(calendar, "version") == "2.0" and "netprep" in str(value(calendar, "prodid"))
    return calendar


def test_a_meeting_is_an_event_with_its_agenda_questions_and_an_alarm(demo: App) -> None:
    daniel = demo.contacts.find("Daniel Mensah")
    when = datetime(2026, 12, 9, 16, 0, tzinfo=UTC)
    brief = demo.briefs.build(daniel.id, "Learn how he moved into product")
    meeting = demo.store.meetings.save(
        Meeting(
            contact_id=daniel.id,
            when=when,
            where="Monmouth Coffee, Borough",
            purpose="Learn how he moved into product",
            agenda=list(brief.agenda),
            brief=brief,
        )
    )
    found = demo.calendar.find_meeting("daniel")
    assert found.id == meeting.id
    [event] = parse(demo.calendar.meeting(found)).walk("VEVENT")
    assert value(event, "summary") == "Networking meeting with Daniel Mensah"
    assert value(event, "dtstart") == when
    assert value(event, "dtend") - value(event, "dtstart") == timedelta(minutes=20)
    assert value(event, "location") == "Monmouth Coffee, Borough"
    assert value(event, "uid") == f"{meeting.id}@netprep"
    description = str(value(event, "description"))
    assert description.startswith("Purpose: Learn how he moved into product")
    assert "Agenda (20 minutes):\n- Great start (2 min)" in description
    for number, question in enumerate(brief.questions, start=1):
        assert f"{number}. {question.text}" in description
    [alarm] = event.walk("VALARM")
    assert value(alarm, "action") == "DISPLAY" and value(alarm, "trigger") == timedelta(minutes=-15)


def test_a_meeting_with_a_longer_agenda_lasts_as_long(demo: App) -> None:
    daniel = demo.contacts.find("Daniel Mensah")
    agenda = demo.agendas.default()
    agenda[2].minutes = 22
    meeting = demo.store.meetings.save(
        Meeting(contact_id=daniel.id, when=datetime(2026, 12, 9, 16, tzinfo=UTC), agenda=agenda)
    )
    [event] = parse(demo.calendar.meeting(meeting)).walk("VEVENT")
    assert value(event, "dtend") - value(event, "dtstart") == timedelta(minutes=30)
    assert "LOCATION" not in event


def test_meetings_that_cannot_be_exported_say_why(demo: App) -> None:
    daniel = demo.contacts.find("Daniel Mensah")
    undated = demo.store.meetings.save(Meeting(contact_id=daniel.id))
    with pytest.raises(UserError, match="no date"):
        demo.calendar.meeting(undated)
    cancelled = demo.store.meetings.save(
        Meeting(
            contact_id=daniel.id,
            when=datetime(2026, 12, 9, tzinfo=UTC),
            status=MeetingStatus.CANCELLED,
        )
    )
    with pytest.raises(UserError, match="cancelled"):
        demo.calendar.meeting(cancelled)
    with pytest.raises(UserError, match="No planned meeting"):
        demo.calendar.find_meeting("Nobody At All")


def test_followups_with_a_due_date_are_to_dos(demo: App) -> None:
    grace = demo.contacts.find("Grace Adeyemi")
    demo.store.followups.save_many(
        [
            FollowUp(
                contact_id=grace.id,
                kind=FollowUpKind.OFFER,
                text="Send the NEWS2 article",
                due=date(2026, 12, 7),
            ),
            FollowUp(contact_id=grace.id, text="No date, not exported"),
            FollowUp(contact_id=grace.id, text="Done already", due=date(2026, 12, 1), done=True),
        ]
    )
    todos = parse(demo.calendar.followups()).walk("VTODO")
    assert [str(value(t, "summary")) for t in todos] == ["Send the NEWS2 article"]
    assert value(todos[0], "due") == date(2026, 12, 7)
    assert value(todos[0], "status") == "NEEDS-ACTION"
    assert value(todos[0], "description") == "With Grace Adeyemi"


def test_the_weekly_review_recurs_on_the_chosen_day_in_the_users_zone(demo: App) -> None:
    demo.review.save_settings(ReviewSettings(review_weekday=0, review_time=time(8, 30)))
    calendar = parse(demo.calendar.review())
    [event] = calendar.walk("VEVENT")
    start = value(event, "dtstart")
    assert start.tzinfo == ZoneInfo("Europe/London")
    assert (start.date(), start.time()) == (date(2026, 12, 7), time(8, 30))  # next Monday
    assert value(event, "dtend") - start == timedelta(minutes=15)
    assert value(event, "rrule")["FREQ"] == ["WEEKLY"] and value(event, "rrule")["BYDAY"] == ["MO"]
    assert [str(value(tz, "tzid")) for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    assert event.walk("VALARM")


def test_files_are_written_with_the_ics_ending(demo: App, tmp_path: Path) -> None:
    path = demo.calendar.write(tmp_path / "review", demo.calendar.review())
    assert path.name == "review.ics" and parse(path.read_bytes())
    with pytest.raises(UserError, match="no folder"):
        demo.calendar.write(tmp_path / "missing" / "x.ics", b"")


def test_every_planned_meeting_in_one_file(demo: App) -> None:
    with pytest.raises(UserError, match="No meeting with a date"):
        demo.calendar.upcoming_meetings()
    for name, day in (("Daniel Mensah", 9), ("Grace Adeyemi", 11)):
        contact = demo.contacts.find(name)
        demo.store.meetings.save(
            Meeting(contact_id=contact.id, when=datetime(2026, 12, day, 9, tzinfo=UTC))
        )
    demo.store.meetings.save(Meeting(contact_id=contact.id))  # no date: left out
    events = parse(demo.calendar.upcoming_meetings()).walk("VEVENT")
    assert [str(value(e, "summary")) for e in events] == [
        "Networking meeting with Daniel Mensah",
        "Networking meeting with Grace Adeyemi",
    ]
    assert all(e.walk("VALARM") for e in events)
