"""Keep-in-touch cadence with a fake clock: circles, per-contact overrides, snoozes, touch kinds."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from netprep.domain.cadence import (
    DEFAULT_INTERVALS,
    CadenceState,
    Interval,
    Lateness,
    Touch,
    due_contacts,
    interval_for,
    last_touches,
    lateness_of,
    status_of,
    statuses,
)
from netprep.domain.clock import ManualClock
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.domain.records import Circle, Contact, Interaction, InteractionKind

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def touched(contact: Contact, days_ago: int, clock: ManualClock, kind: str = "email"):
    """The contact's status on the clock's day, last touched ``days_ago`` days before it."""
    touch = Interaction(
        contact_id=contact.id,
        when=clock.now() - timedelta(days=days_ago),
        kind=InteractionKind(kind),
        summary="hello",
    )
    return status_of(contact, last_touches([touch])[contact.id], clock.now().date())


@pytest.mark.parametrize(
    "circle,fine,due,overdue",
    [
        (Circle.STAY_IN_TOUCH, 59, 60, 91),
        (Circle.GET_TO_KNOW, 20, 21, 46),
        (Circle.COLLABORATED, 89, 90, 181),
    ],
)
def test_each_circle_has_its_ideal_and_maximum(
    circle: Circle, fine: int, due: int, overdue: int
) -> None:
    clock = ManualClock(START)
    contact = Contact(name="Grace Adeyemi", circle=circle)
    for days, state in (
        (fine, CadenceState.FINE),
        (due, CadenceState.DUE),
        (overdue - 1, CadenceState.DUE),  # on the maximum itself: still only due
        (overdue, CadenceState.OVERDUE),
    ):
        status = touched(contact, days, clock)
        assert status is not None and status.state is state, (days, status)


def test_the_state_moves_as_the_clock_moves() -> None:
    clock = ManualClock(START)
    contact = Contact(name="Daniel Mensah", circle=Circle.GET_TO_KNOW)
    last = Interaction(contact_id=contact.id, when=clock.now(), kind=InteractionKind.CALL)
    seen = []
    for _ in range(50):
        clock.advance(24 * 3600)
        status = status_of(contact, last_touches([last])[contact.id], clock.now().date())
        assert status is not None
        seen.append(status.state)
    assert status is not None
    assert seen.index(CadenceState.DUE) == 20  # day 21
    assert seen.index(CadenceState.OVERDUE) == 45  # day 46
    assert status.days_since == 50 and status.days_past_ideal == 29 and status.days_past_max == 5


def test_a_contact_in_no_circle_without_its_own_interval_is_not_followed() -> None:
    contact = Contact(name="Hiroshi Tanaka")
    assert interval_for(contact, DEFAULT_INTERVALS) is None
    assert status_of(contact, None, START.date()) is None


def test_a_contact_overrides_its_circle() -> None:
    clock = ManualClock(START)
    contact = Contact(name="Tomasz", circle=Circle.STAY_IN_TOUCH, touch_ideal_days=30)
    assert interval_for(contact, DEFAULT_INTERVALS) == Interval(30, 45)
    status = touched(contact, 31, clock)
    assert status is not None and status.state is CadenceState.DUE
    contact.touch_max_days = 40
    assert interval_for(contact, DEFAULT_INTERVALS) == Interval(30, 40)
    status = touched(contact, 41, clock)
    assert status is not None and status.state is CadenceState.OVERDUE


def test_an_override_alone_follows_a_contact_outside_the_circles() -> None:
    contact = Contact(name="Old cadence", touch_ideal_days=120)
    assert interval_for(contact, DEFAULT_INTERVALS) == Interval(120, 180)
    only_max = Contact(name="Only a maximum", circle=Circle.GET_TO_KNOW, touch_max_days=30)
    assert interval_for(only_max, DEFAULT_INTERVALS) == Interval(21, 30)


def test_the_user_can_change_a_circles_interval() -> None:
    intervals = {**DEFAULT_INTERVALS, Circle.COLLABORATED: Interval(10, 20)}
    contact = Contact(name="Sofia", circle=Circle.COLLABORATED)
    touch = last_touches(
        [Interaction(contact_id=contact.id, when=START, kind=InteractionKind.CALL)]
    )[contact.id]
    status = status_of(contact, touch, (START + timedelta(days=15)).date(), intervals)
    assert status is not None and status.state is CadenceState.DUE


def test_a_snoozed_contact_stays_snoozed_until_the_day_comes() -> None:
    clock = ManualClock(START)
    contact = Contact(
        name="Rahul", circle=Circle.GET_TO_KNOW, snoozed_until=START.date() + timedelta(days=10)
    )
    status = touched(contact, 100, clock)
    assert status is not None and status.state is CadenceState.SNOOZED
    clock.advance(10 * 24 * 3600)
    status = touched(contact, 110, clock)
    assert status is not None and status.state is CadenceState.OVERDUE


@pytest.mark.parametrize("kind", [k.value for k in InteractionKind])
def test_every_kind_of_touch_counts_and_the_newest_wins(kind: str) -> None:
    contact = Contact(name="Kwame", circle=Circle.STAY_IN_TOUCH)
    old = Interaction(contact_id=contact.id, when=START, kind=InteractionKind.EMAIL)
    new = Interaction(
        contact_id=contact.id, when=START + timedelta(days=80), kind=InteractionKind(kind)
    )
    touch = last_touches([new, old])[contact.id]
    assert touch.when == new.when and touch.kind == kind
    status = status_of(contact, touch, (START + timedelta(days=100)).date())
    assert status is not None and status.state is CadenceState.FINE


def test_a_meeting_that_took_place_counts_and_a_planned_one_does_not() -> None:
    contact = Contact(name="Jonas", circle=Circle.GET_TO_KNOW)
    held = Meeting(contact_id=contact.id, when=START, status=MeetingStatus.FINISHED)
    planned = Meeting(contact_id=contact.id, when=START + timedelta(days=5))
    touches = last_touches([], [held, planned])
    assert touches[contact.id].when == START and touches[contact.id].what == "a meeting"


def test_never_touched_counts_from_when_the_contact_was_added() -> None:
    contact = Contact(name="New", circle=Circle.GET_TO_KNOW, created_at=START)
    fresh = status_of(contact, None, (START + timedelta(days=3)).date())
    assert fresh is not None and fresh.state is CadenceState.FINE
    later = status_of(contact, None, (START + timedelta(days=30)).date())
    assert later is not None and later.state is CadenceState.DUE and later.last_touch is None


def test_due_contacts_lists_due_and_overdue_most_overdue_first() -> None:
    today = date(2026, 3, 1)
    grace = Contact(name="Grace", circle=Circle.STAY_IN_TOUCH)
    daniel = Contact(name="Daniel", circle=Circle.GET_TO_KNOW)
    fine = Contact(name="Fine", circle=Circle.COLLABORATED)
    snoozed = Contact(name="Snoozed", circle=Circle.GET_TO_KNOW, snoozed_until=date(2026, 4, 1))
    last = {
        grace.id: datetime(2025, 12, 1, tzinfo=UTC),  # 90 days: due
        daniel.id: datetime(2026, 1, 1, tzinfo=UTC),  # 59 days: overdue
        fine.id: datetime(2026, 2, 1, tzinfo=UTC),
        snoozed.id: datetime(2025, 1, 1, tzinfo=UTC),
    }
    due = due_contacts([grace, daniel, fine, snoozed], last, today)
    assert [(d.contact.name, d.state) for d in due] == [
        ("Daniel", CadenceState.OVERDUE),
        ("Grace", CadenceState.DUE),
    ]
    # Overdue counts past the longest gap (45), as the review says it; due past the ideal.
    assert due[0].lateness == Lateness(CadenceState.OVERDUE, 14, 45, date(2026, 2, 16))
    assert due[1].lateness == Lateness(CadenceState.DUE, 30, 60, date(2026, 1, 30))
    assert due[1].last_contacted == date(2025, 12, 1)


@pytest.mark.parametrize(
    "ideal,most,ok", [(60, 90, True), (30, 30, True), (0, 10, False), (90, 60, False)]
)
def test_an_interval_says_what_is_wrong_with_it(ideal: int, most: int, ok: bool) -> None:
    assert (Interval(ideal, most).problem() == "") is ok


def test_the_review_session_times_fifteen_minutes_on_the_injected_clock() -> None:
    from netprep.domain.review.session import MAX_PICKED, ReviewSession, clock_text

    clock = ManualClock(START)
    session = ReviewSession(started=clock.monotonic())
    assert clock_text(session.remaining(clock.monotonic())) == "15:00"
    clock.advance(0.2)
    assert clock_text(session.remaining(clock.monotonic())) == "15:00"  # rounds up
    clock.advance(14 * 60 - 0.2)
    assert clock_text(session.remaining(clock.monotonic())) == "1:00"
    clock.advance(90)
    assert session.is_over(clock.monotonic())
    assert clock_text(session.remaining(clock.monotonic())) == "+0:30"
    for number in range(MAX_PICKED):
        assert session.toggle(f"c{number}")
    assert not session.toggle("one too many") and session.toggle("c0")
    assert session.picked == ["c1", "c2", "c3", "c4"] and session.can_write()


def test_lateness_is_one_notion_for_today_and_the_review() -> None:
    """Grace (collaborated: ideal 90, longest 180) 133 days on is due, 43 days past the
    ideal, not "43 days overdue"; Sofia (get to know: 21, 45) 60 days on is overdue by 15,
    and comes first on Today as in the review, although she is fewer days past her ideal."""
    today = date(2026, 12, 4)
    grace = Contact(name="Grace", circle=Circle.COLLABORATED)
    sofia = Contact(name="Sofia", circle=Circle.GET_TO_KNOW)
    last = {
        grace.id: datetime.combine(today - timedelta(days=133), datetime.min.time(), UTC),
        sofia.id: datetime.combine(today - timedelta(days=60), datetime.min.time(), UTC),
    }
    due = due_contacts([grace, sofia], last, today)
    assert [(d.contact.name, d.lateness) for d in due] == [
        ("Sofia", Lateness(CadenceState.OVERDUE, 15, 45, date(2026, 11, 20))),
        ("Grace", Lateness(CadenceState.DUE, 43, 90, date(2026, 10, 22))),
    ]
    # The review's statuses give the same lateness: the one function both pages call.
    touches = {cid: Touch(when, "email") for cid, when in last.items()}
    reviewed = {s.contact.name: lateness_of(s) for s in statuses([grace, sofia], touches, today)}
    assert reviewed == {d.contact.name: d.lateness for d in due}


@pytest.mark.parametrize(
    "days,state,late,since",
    [
        (20, CadenceState.FINE, 0, None),
        (21, CadenceState.DUE, 0, date(2026, 1, 22)),  # due on the ideal's own day
        (45, CadenceState.DUE, 24, date(2026, 1, 22)),  # on the longest gap: still due
        (46, CadenceState.OVERDUE, 1, date(2026, 2, 16)),  # overdue the day after it
    ],
)
def test_lateness_counts_from_the_interval_it_is_past(
    days: int, state: CadenceState, late: int, since: date | None
) -> None:
    contact = Contact(name="New", circle=Circle.GET_TO_KNOW)  # ideal 21, longest 45
    touch = Touch(datetime(2026, 1, 1, 12, tzinfo=UTC), "call")
    status = status_of(contact, touch, date(2026, 1, 1) + timedelta(days=days))
    assert status is not None
    found = status.lateness
    assert (found.state, found.days, found.since) == (state, late, since)
    assert found.gap_days == (45 if state is CadenceState.OVERDUE else 21)
