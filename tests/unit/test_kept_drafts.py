"""Drafts of the contact form and the profile, kept in the store while the user types; and
deleting a contact with meetings (kept as a record, or deleted too), with undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from netprep.composition import App, memory_app, open_app
from netprep.domain.clock import ManualClock
from netprep.domain.followups import FollowUp
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.domain.records import Contact, Profile, kept_when
from netprep.domain.referrals import Referral
from netprep.services.errors import ValidationError


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 11, 25, 14, 2, tzinfo=UTC))


@pytest.fixture
def app(clock: ManualClock) -> Iterator[App]:
    opened = memory_app(clock)
    yield opened
    opened.close()


def test_a_contact_draft_is_kept_as_typed_and_dropped_by_the_save(app: App) -> None:
    maya = app.contacts.save(Contact(name="Maya Chen", role="Designer"))
    typed = {"name": "Maya Chen", "role": "Head of design", "emails": "maya@"}  # not valid yet
    kept = app.contacts.keep_draft(maya.id, "Maya Chen", typed, new_record=False)
    assert kept.kept_at == app.clock.now()
    draft = app.contacts.draft(maya.id)
    assert draft is not None and draft.fields == typed and not draft.new_record
    stored = app.contacts.get(maya.id)
    assert stored is not None and stored.role == "Designer"  # the record is untouched

    maya.emails = ["maya@"]
    with pytest.raises(ValidationError):
        app.contacts.save(maya)
    assert app.contacts.draft(maya.id) is not None  # a refused save keeps the draft

    maya.emails, maya.role = ["maya@studio.example.com"], "Head of design"
    app.contacts.save(maya)
    assert app.contacts.draft(maya.id) is None


def test_drafts_of_new_contacts_are_listed_until_saved_or_discarded(app: App) -> None:
    sam, ann = Contact(name="Sam Lee"), Contact(name="Ann Ito")
    app.contacts.keep_draft(sam.id, "Sam Lee", {"name": "Sam Lee"}, new_record=True)
    app.contacts.keep_draft(ann.id, "Ann Ito", {"name": "Ann Ito"}, new_record=True)
    assert {d.title for d in app.contacts.new_contact_drafts()} == {"Sam Lee", "Ann Ito"}
    app.contacts.save(sam)
    app.contacts.discard_draft(ann.id)
    assert app.contacts.new_contact_drafts() == []


def test_a_draft_survives_closing_the_folder(tmp_path: Path, clock: ManualClock) -> None:
    app = open_app(tmp_path / "data", clock)
    app.profile.save(Profile(name="Aoife Brennan"))
    app.profile.keep_draft({"name": "Aoife Brennan", "headline": "Nurse turned PM"})
    app.close()
    app = open_app(tmp_path / "data", clock)
    try:
        draft = app.profile.draft()
        assert draft is not None and draft.fields["headline"] == "Nurse turned PM"
        assert app.profile.get().headline == ""  # kept, not saved
        profile = app.profile.get()
        profile.headline = "Nurse turned PM"
        app.profile.save(profile)
        assert app.profile.draft() is None and app.profile.get().headline == "Nurse turned PM"
    finally:
        app.close()


def test_kept_when_says_the_time_today_and_the_day_before() -> None:
    now = datetime(2026, 11, 25, 16, 0, tzinfo=UTC)
    today = kept_when(datetime(2026, 11, 25, 14, 2, tzinfo=UTC), now)
    assert today == datetime(2026, 11, 25, 14, 2, tzinfo=UTC).astimezone().strftime("%H:%M")
    assert "Nov at" in kept_when(datetime(2026, 11, 20, 14, 2, tzinfo=UTC), now)


# -- deleting a contact with meetings ----------------------------------------------------------


def contact_with_meetings(app: App) -> tuple[Contact, Meeting, Meeting, Contact]:
    grace = app.contacts.save(Contact(name="Grace Adeyemi"))
    daniel = app.contacts.save(Contact(name="Daniel Mensah", referred_by=grace.id))
    held = app.store.meetings.save(Meeting(contact_id=grace.id, status=MeetingStatus.FINISHED))
    planned = app.store.meetings.save(Meeting(contact_id=grace.id))
    app.store.referrals.save(
        Referral(meeting_id=held.id, referrer_id=grace.id, contact_id=daniel.id, name="Daniel")
    )
    app.store.followups.save(FollowUp(contact_id=grace.id, meeting_id=held.id, text="Thanks"))
    return grace, held, planned, daniel


def test_deleting_a_contact_can_keep_their_meetings_under_their_name(app: App) -> None:
    grace, held, _, _ = contact_with_meetings(app)
    app.contacts.delete(grace.id)
    kept = app.meetings.get(held.id)
    assert kept is not None and app.meetings.contact_name(kept) == "Grace Adeyemi (deleted)"
    assert len(app.store.meetings) == 2 and len(app.store.referrals) == 1
    app.contacts.undo_delete()
    back = app.meetings.get(held.id)
    assert back is not None and app.meetings.contact_name(back) == "Grace Adeyemi"


def test_deleting_a_contact_with_their_meetings_and_undo_brings_all_back(app: App) -> None:
    grace, held, planned, daniel = contact_with_meetings(app)
    deleted = app.contacts.delete(grace.id, with_meetings=True)
    assert deleted.meetings_deleted and len(deleted.meetings) == 2
    assert len(app.store.meetings) == 0
    assert len(app.store.referrals) == 0 and len(app.store.followups) == 0
    assert app.contacts.get(daniel.id) is not None  # the people they named stay
    app.contacts.undo_delete()
    assert {m.id for m in app.store.meetings.all()} == {held.id, planned.id}
    assert len(app.store.referrals) == 1 and len(app.store.followups) == 1
    assert app.contacts.get(grace.id) is not None


def test_namesakes_are_other_contacts_with_the_same_name(app: App) -> None:
    one = app.contacts.save(Contact(name="Maya Chen", company="Acme"))
    two = app.contacts.save(Contact(name="maya  chen", company="Lumen"))
    app.contacts.save(Contact(name="Maya Cheng"))
    assert [c.id for c in app.contacts.namesakes(one)] == [two.id]
    assert app.contacts.namesakes(Contact(name="")) == []


def test_today_names_a_kept_meeting_by_the_deleted_contacts_name(app: App) -> None:
    grace, _, planned, _ = contact_with_meetings(app)
    app.contacts.delete(grace.id)
    upcoming = dict((m.id, name) for m, name in app.today.summary().upcoming)
    assert upcoming[planned.id] == "Grace Adeyemi (deleted)"
