"""Reminders while the app runs: a meeting within 15 minutes, follow-ups due today, the
review day; each shown once, each kind can be turned off."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from netprep.composition import App
from netprep.domain.clock import ManualClock
from netprep.domain.followups import FollowUp, FollowUpKind
from netprep.domain.meeting import Meeting


def keys(app: App, shown: set[str] | None = None) -> list[str]:
    return [r.key.split(":")[0] for r in app.reminders.due(shown or set())]


def test_a_meeting_fifteen_minutes_ahead(demo: App, clock: ManualClock) -> None:
    daniel = demo.contacts.find("Daniel")
    demo.store.meetings.save(
        Meeting(contact_id=daniel.id, when=clock.now() + timedelta(minutes=25), where="Monmouth")
    )
    assert "meeting" not in keys(demo)
    clock.advance(11 * 60)
    [reminder] = [r for r in demo.reminders.due() if r.key.startswith("meeting")]
    assert reminder.title == "Meeting with Daniel Mensah in 14 min"
    assert "at Monmouth" in reminder.message and reminder.section == "meetings"
    assert "meeting" not in keys(demo, {reminder.key})  # shown once
    clock.advance(20 * 60)
    assert "meeting" not in keys(demo)  # it has started


def test_followups_due_today_and_the_review_day(demo: App, clock: ManualClock) -> None:
    grace = demo.contacts.find("Grace")
    demo.store.followups.save(
        FollowUp(
            contact_id=grace.id,
            kind=FollowUpKind.OFFER,
            text="Send Grace the NEWS2 article",
            due=date(2026, 12, 4),
        )
    )
    reminders = {r.key.split(":")[0]: r for r in demo.reminders.due()}
    assert reminders["followups"].title == "1 follow-up due today"
    assert reminders["followups"].message == "Send Grace the NEWS2 article."
    assert reminders["review"].title == "Your weekly review"  # Friday
    clock.advance(24 * 3600)
    assert keys(demo) == []  # Saturday: the follow-up is overdue now, not falling due


def test_each_kind_can_be_turned_off(demo: App) -> None:
    assert "review" in keys(demo)
    settings = demo.review.settings.get()
    demo.review.save_settings(replace(settings, remind_review=False))
    assert "review" not in keys(demo)


def test_a_check_reads_only_the_contacts_it_names(
    demo: App, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A check runs on the window's thread every minute: reading all 30,000 contacts for
    the names of the one or two meetings due froze the window ~30 ms each time."""
    daniel = demo.contacts.find("Daniel")
    demo.store.meetings.save(Meeting(contact_id=daniel.id, when=clock.now() + timedelta(minutes=5)))
    # (The review day's reminder counts who is waiting: that reads them, on that day only.)
    demo.review.save_settings(replace(demo.review.settings.get(), remind_review=False))

    def every_contact() -> None:
        raise AssertionError("a reminder check read every contact")

    monkeypatch.setattr(demo.store.contacts, "all", every_contact)
    [reminder] = [r for r in demo.reminders.due() if r.key.startswith("meeting")]
    assert reminder.title == "Meeting with Daniel Mensah in 5 min"
