"""The lean cadence pass: those needing a touch are exactly what the full pass says, the
review and Today ask only for them, and Today's summary can be worked out ahead once."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from netprep.composition import App
from netprep.domain.cadence import CadenceState, Touch, status_of, statuses
from netprep.domain.clock import ManualClock
from netprep.domain.records import Circle, Contact

TODAY = date(2026, 12, 4)


def people() -> tuple[list[Contact], dict[str, Touch]]:
    """Every circle, own intervals, snoozes and touch ages, as a grid."""
    contacts, touches = [], {}
    added = datetime(2025, 1, 1, tzinfo=UTC)
    for number, circle in enumerate([*Circle] * 12):
        own = (None, None) if number % 3 else ((number % 40) + 1, None if number % 2 else 90)
        contact = Contact(
            name=f"P{number}",
            circle=circle,
            touch_ideal_days=own[0],
            touch_max_days=own[1],
            snoozed_until=TODAY + timedelta(days=3) if number % 7 == 0 else None,
            created_at=added,
        )
        contacts.append(contact)
        if number % 5:
            when = datetime(2026, 12, 4, tzinfo=UTC) - timedelta(days=number * 4)
            touches[contact.id] = Touch(when, "email")
    return contacts, touches


def test_the_lean_pass_keeps_exactly_those_due_or_overdue_and_those_asked_for() -> None:
    contacts, touches = people()
    full = statuses(contacts, touches, TODAY)
    needing = [s for s in full if s.needs_touch]
    assert needing and len(needing) < len(full)  # the grid has both kinds
    assert statuses(contacts, touches, TODAY, needing_touch=True) == needing
    fine = next(s for s in full if s.state is CadenceState.FINE).contact.id
    also = statuses(contacts, touches, TODAY, needing_touch=True, also={fine})
    assert {s.contact.id for s in also} == {s.contact.id for s in needing} | {fine}
    for contact in contacts:  # one contact at a time says the same as the pass
        found = [s for s in full if s.contact.id == contact.id]
        assert status_of(contact, touches.get(contact.id), TODAY) == (found[0] if found else None)


def test_the_review_lists_the_same_people_as_ranking_everyone(demo: App) -> None:
    from netprep.domain.review.ranking import rank

    meeting_soon = {m.contact_id for m in demo.meetings.upcoming()}
    everyone = [s for s in demo.review.statuses() if s.contact.id not in meeting_soon]
    expected = rank(everyone, demo.review._promises())
    assert [c.contact.id for c in demo.review.candidates()] == [c.contact.id for c in expected]


def test_todays_summary_worked_out_ahead_is_used_once(demo: App, clock: ManualClock) -> None:
    demo.today.prepare()
    ahead = demo.today._ready
    assert ahead is not None
    assert demo.today.summary() is ahead  # the window's first refresh takes it
    demo.contacts.save(Contact(name="Newly Added"))
    assert demo.today.summary().contacts == ahead.contacts + 1  # then always fresh
