"""Merging two contacts: field choices, everything moved to the survivor, one undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from netprep.composition import App
from netprep.domain.followups import FollowUp
from netprep.domain.meeting import Meeting
from netprep.domain.records import Circle, Contact, Interaction, Note
from netprep.domain.referrals import Referral
from netprep.services.errors import UserError
from tests.unit.transfer.test_backup_and_export import snapshot


@pytest.fixture
def pair(app: App) -> tuple[Contact, Contact]:
    s = app.store
    keep = s.contacts.save(
        Contact(name="Ana Ruiz", emails=["ana@acme.example"], company="Acme", role="")
    )
    other = s.contacts.save(
        Contact(
            name="Ana M. Ruiz",
            emails=["ana@home.example"],
            company="Acme Corp",
            role="CTO",
            circle=Circle.STAY_IN_TOUCH,
        )
    )
    s.notes.save(Note(contact_id=other.id, date=date(2026, 1, 2), body="Likes climbing"))
    meeting = s.meetings.save(Meeting(contact_id=other.id, purpose="coffee"))
    s.interactions.save(Interaction(contact_id=other.id, summary="emailed"))
    s.followups.save(FollowUp(contact_id=other.id))
    s.referrals.save(Referral(meeting_id=meeting.id, referrer_id=other.id, name="Bo"))
    s.referrals.save(Referral(meeting_id="m0", referrer_id=keep.id, contact_id=other.id, name="A"))
    s.contacts.save(Contact(name="Cy", referred_by=other.id))
    return keep, other


def test_plan_lists_differences_and_what_moves(app: App, pair: tuple[Contact, Contact]) -> None:
    keep, other = pair
    plan = app.transfer.merging.plan(keep.id, other.id)
    fields = {f.name: f for f in plan.fields}
    assert fields["company"].differs and not fields["company"].joined
    assert fields["emails"].joined
    assert plan.default_choices() >= {"role", "circle"}  # empty on the survivor
    assert "company" not in plan.default_choices()
    assert plan.moves == {
        "notes": 1,
        "meetings": 1,
        "interactions": 1,
        "followups": 1,
        "referrals": 2,
        "contacts": 1,
    }


def test_merge_moves_everything_to_the_survivor_and_undo_restores_it(
    app: App, pair: tuple[Contact, Contact]
) -> None:
    keep, other = pair
    before = snapshot(app)
    message = app.transfer.merging.merge(keep.id, other.id, {"company", "role"})
    assert message.startswith("Merged Ana M. Ruiz into Ana Ruiz")
    s = app.store
    assert s.contacts.get(other.id) is None
    merged = s.contacts.get(keep.id)
    assert merged is not None
    assert merged.company == "Acme Corp" and merged.role == "CTO"  # chosen from the other
    assert merged.name == "Ana Ruiz"  # kept
    assert merged.emails == ["ana@acme.example", "ana@home.example"]  # joined
    assert merged.circle is Circle.STAY_IN_TOUCH  # empty on the survivor: filled
    for table in ("notes", "meetings", "interactions", "followups"):
        records = getattr(s, table).all()
        assert records and all(r.contact_id == keep.id for r in records), table
    referrals = s.referrals.all()
    assert all(other.id not in (r.referrer_id, r.contact_id) for r in referrals)
    assert {r.name for r in s.referrals.where("referrer_id", keep.id)} == {"Bo", "A"}
    (cy,) = [c for c in s.contacts.all() if c.name == "Cy"]
    assert cy.referred_by == keep.id
    assert app.transfer.undo() == "merge of Ana M. Ruiz into Ana Ruiz"
    assert snapshot(app) == before


def test_merging_a_contact_with_itself_is_refused(app: App, pair: tuple[Contact, Contact]) -> None:
    keep, _ = pair
    with pytest.raises(UserError, match="two different"):
        app.transfer.merging.merge(keep.id, keep.id, set())


def test_merge_survives_reopening(app: App, pair: tuple[Contact, Contact], tmp_path: Path) -> None:
    from netprep.composition import open_app

    keep, other = pair
    app.transfer.merging.merge(keep.id, other.id, set())
    app.close()
    again = open_app(tmp_path / "data", app.clock)
    try:
        assert other.id not in again.store.contacts
        assert all(n.contact_id == keep.id for n in again.store.notes.all())
    finally:
        again.close()
