"""A meeting's life as services: the real time kept beside the plan, cancel and delete with
undo, a meeting left running stopped when the app closed, one whose contact is gone ended,
"Meet now" offered the prepared meeting, and the record with its follow-ups."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from netprep.composition import App, memory_app
from netprep.domain.clock import ManualClock
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.domain.meeting_clock import ClockStatus
from netprep.domain.records import Contact, Profile
from netprep.services.errors import NotFoundError, UserError


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def app(clock: ManualClock) -> Iterator[App]:
    opened = memory_app(clock)
    opened.store.profile.save(Profile(name="Aoife Brennan"))
    yield opened
    opened.close()


def planned(app: App, clock: ManualClock, days: int = 7) -> tuple[Contact, Meeting]:
    grace = app.store.contacts.save(Contact(name="Grace Adeyemi", emails=["grace@example.org"]))
    meeting = app.store.meetings.save(
        Meeting(contact_id=grace.id, when=clock.now() + timedelta(days=days), where="Ozone")
    )
    return grace, meeting


def test_held_early_it_is_dated_when_it_happened_and_keeps_the_plan(
    app: App, clock: ManualClock
) -> None:
    _grace, meeting = planned(app, clock)
    plan = meeting.when
    session = app.meetings.open_session(meeting.id)
    session.start()
    clock.advance(600)
    session.capture.set_insight(0, "Ward stories sell")
    app.meetings.finish_meeting(meeting.id, session=session)
    done = app.meetings.get(meeting.id)
    assert done is not None and done.when == clock.now() - timedelta(seconds=600)
    assert done.planned_when == plan
    assert [m.id for m in app.meetings.past()] == [meeting.id]
    record = app.meetings.record_markdown(meeting.id)
    assert "**Planned for:**" in record and "## Follow-ups" in record
    assert "Send Grace a thank-you" in record and "Ward stories sell" in record


def test_cancel_delete_and_undo(app: App, clock: ManualClock) -> None:
    _grace, meeting = planned(app, clock)
    cancelled = app.meetings.cancel(meeting.id)
    assert cancelled.status is MeetingStatus.CANCELLED and app.meetings.upcoming() == []
    app.meetings.reopen(cancelled, MeetingStatus.PLANNED)
    assert [m.id for m in app.meetings.upcoming()] == [meeting.id]
    removed = app.meetings.delete(meeting.id)
    assert app.meetings.get(meeting.id) is None
    app.meetings.restore(removed)
    assert app.meetings.get(meeting.id) is not None


def test_a_meeting_left_running_stops_when_the_app_closed(app: App, clock: ManualClock) -> None:
    grace, _ = planned(app, clock)
    meeting = app.meetings.meet_now(grace.id)
    session = app.meetings.open_session(meeting.id)
    session.start()
    clock.advance(300)
    session.save_capture()  # what closing the window does: the last save
    clock.advance(3 * 3600)  # the app stayed closed for three hours
    stopped = app.meetings.stop_at_last_save(meeting.id)
    assert stopped.clock is not None and stopped.clock.status is ClockStatus.PAUSED
    resumed = app.meetings.open_session(meeting.id)
    assert round(resumed.reading().elapsed_seconds) == 300


def test_a_meeting_whose_contact_is_gone_can_be_ended(app: App, clock: ManualClock) -> None:
    grace, _ = planned(app, clock)
    meeting = app.meetings.meet_now(grace.id)
    session = app.meetings.open_session(meeting.id)
    session.start()
    session.capture.notes = "kept"
    session.save_capture()
    app.contacts.delete(grace.id)
    with pytest.raises(NotFoundError):
        app.meetings.finish_meeting(meeting.id, session=session)
    ended = app.meetings.end_without_contact(meeting.id)
    assert ended.status is MeetingStatus.FINISHED and ended.capture.notes == "kept"
    assert app.meetings.in_progress() == []  # never offered for resuming again


def test_meet_now_is_offered_the_prepared_meeting(app: App, clock: ManualClock) -> None:
    grace, meeting = planned(app, clock, days=2)
    assert app.meetings.prepared_for(grace.id) is not None
    assert app.meetings.prepared_for(grace.id).id == meeting.id  # type: ignore[union-attr]
    app.meetings.cancel(meeting.id)
    assert app.meetings.prepared_for(grace.id) is None
    with pytest.raises(UserError):
        app.meetings.cancel("nope")


def test_a_contact_cannot_lose_their_meetings_while_one_is_running(
    app: App, clock: ManualClock
) -> None:
    """Deleting them "with their meetings" mid-meeting left the meeting window open, and
    ending it brought the deleted meeting back as finished."""
    grace, _ = planned(app, clock)
    running = app.meetings.meet_now(grace.id)
    app.meetings.open_session(running.id).start()
    with pytest.raises(UserError, match=r"still in progress\. End it"):
        app.contacts.delete(grace.id, with_meetings=True)
    assert app.contacts.get(grace.id) is not None  # nothing deleted
    assert app.meetings.get(running.id) is not None
    app.contacts.delete(grace.id)  # without them: the meeting stays, under her name
    kept = app.meetings.get(running.id)
    assert kept is not None and kept.contact_name == "Grace Adeyemi"


def test_what_netprep_writes_dates_days_without_a_leading_zero() -> None:
    """The rest of the app writes "1 Dec 2026"; a referral's note and a meeting record
    wrote "01 Dec 2026"."""
    from datetime import UTC, date, datetime

    from netprep.domain.capture import ReferralDraft
    from netprep.domain.clock import day_text, moment_text
    from netprep.services.meeting_outcome import contact_from_referral

    assert day_text(date(2026, 12, 1)) == "1 Dec 2026"
    assert moment_text(datetime(2026, 12, 3, 9, 5, tzinfo=UTC).astimezone()).startswith("Thu 3 Dec")
    elena = Contact(name="Elena Vasquez")
    made = contact_from_referral(ReferralDraft(name="Marcus Webb"), elena, date(2026, 12, 1))
    assert made.how_we_met == "Referred by Elena Vasquez on 1 Dec 2026"
