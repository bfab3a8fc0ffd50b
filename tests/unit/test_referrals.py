from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from netprep.domain.capture import ReferralDraft
from netprep.domain.followups import FollowUpKind
from netprep.domain.meeting import Meeting
from netprep.domain.person_names import emails_in, first_name, name_tokens, same_name
from netprep.domain.records import Contact
from netprep.domain.referrals import (
    MatchKind,
    PersonIndex,
    Referral,
    ReferralError,
    ReferralStatus,
    find_same_person,
)
from netprep.services.meeting_outcome import OutcomeReview, plan, propose

NOW = datetime(2026, 11, 25, 9, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("José  García", "jose garcia"),
        ("García, José", "José García"),
        ("Jose M. Garcia", "José María García"),
        ("Jose Garcia", "Jose M. Garcia"),
        ("Dr. Ana Ruiz", "Ana Ruiz, PhD"),
        ("Smith, John, Jr.", "John Smith"),
        ("Zoë O'Neill", "zoe o neill"),
    ],
)
def test_names_written_differently_are_the_same_name(a, b):
    assert same_name(a, b)
    assert same_name(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Jose M. Garcia", "Jose L. Garcia"),
        ("Jose Garcia", "Josefa Garcia"),
        ("Ana", "Ana Ruiz"),
        ("Priya Raman", "Priya Ramanathan"),
        ("Maria Jose Lopez", "Maria Lopez Garcia"),
        ("", ""),
    ],
)
def test_different_names_do_not_match(a, b):
    assert not same_name(a, b)


def test_name_helpers():
    assert name_tokens("García, José M.") == ["jose", "m", "garcia"]
    assert first_name("García, José") == "José"
    assert first_name("Dr. Ana Ruiz") == "Ana"
    assert first_name("Tom Becker, Jr.") == "Tom"
    assert first_name("") == ""
    assert emails_in("mail her: Ana.Ruiz@Example.org, or call +44 20 7946 0958") == [
        "ana.ruiz@example.org"
    ]
    assert emails_in("mailto:tom@contoso.com.") == ["tom@contoso.com"]
    assert emails_in("ask Maria for an intro on LinkedIn") == []


@pytest.fixture
def contacts() -> list[Contact]:
    return [
        Contact(name="Becker, Tom", emails=["Tom.Becker@Contoso.com"], company="Contoso"),
        Contact(name="Priya S. Raman", company="Fabrikam"),
        Contact(name="Priya Ramanathan", emails=["priya.r@tailspin.example"]),
        Contact(name="Li Na", emails=["lina@adatum.example"]),
    ]


def test_the_same_email_is_certainly_the_same_person(contacts):
    draft = ReferralDraft(
        name="Thomas Becker",  # written differently, but the address settles it
        how_to_reach="work email tom.becker@contoso.com, prefers mornings",
    )
    match = find_same_person(draft, contacts)
    assert match.kind is MatchKind.CERTAIN
    assert match.contact is contacts[0]
    assert not match.needs_confirmation
    assert "tom.becker@contoso.com" in match.reason


def test_the_same_name_is_probably_the_same_person(contacts):
    draft = ReferralDraft(name="priya raman", how_to_reach="LinkedIn, mention Maria")
    match = find_same_person(draft, contacts)
    assert match.kind is MatchKind.PROBABLE
    assert match.contact is contacts[1]
    assert match.needs_confirmation
    assert match.reason == (
        "You already have a contact called Priya S. Raman: is this the same person?"
    )


def test_an_unknown_email_still_allows_a_name_match(contacts):
    draft = ReferralDraft(name="Becker, Tom", how_to_reach="tbecker@gmail.example")
    match = find_same_person(draft, contacts)
    assert match.kind is MatchKind.PROBABLE
    assert match.contact is contacts[0]


def test_someone_new_matches_nobody(contacts):
    for draft in (
        ReferralDraft(name="Wei Zhang", how_to_reach="wei.zhang@northwind.example"),
        ReferralDraft(name="", how_to_reach="LinkedIn"),
        ReferralDraft(name="Priya", how_to_reach=""),
    ):
        match = find_same_person(draft, contacts)
        assert match.kind is MatchKind.NONE
        assert match.contact is None


def test_two_contacts_with_one_name_are_both_offered(contacts):
    twin = Contact(name="Tom Becker", company="Northwind")
    index = PersonIndex([*contacts, twin])
    match = index.find(ReferralDraft(name="Tom Becker"))
    assert match.kind is MatchKind.PROBABLE
    assert match.candidates == (contacts[0], twin)
    assert "(and 1 more)" in match.reason


def test_a_referral_record_is_checked_like_a_draft(contacts):
    referral = Referral(name="Li Na", how_to_reach="LINA@adatum.example")
    assert find_same_person(referral, contacts).kind is MatchKind.CERTAIN


def test_referrals_are_made_from_named_drafts_only():
    """The real path (the outcome dialog's plan): named drafts become referrals; a reason
    typed without a name is kept as a follow-up to ask for it, never dropped."""
    maria = Contact(name="María Fernández")
    meeting = Meeting(contact_id=maria.id)
    capture = meeting.capture
    capture.referrals[0] = ReferralDraft(
        name=" Tom  Becker ",
        why="runs the design systems team at Contoso",
        how_to_reach="tom.becker@contoso.com",
        will_introduce=True,
    )
    capture.referrals[2] = ReferralDraft(name="Priya Raman", how_to_reach="LinkedIn")
    capture.add_referral_slot().why = "someone in research ops — she'll find the name"
    outcome = plan(
        propose(meeting, maria, [maria]),
        OutcomeReview(),
        lookup=lambda _id: None,
        now=NOW,
        on=NOW.date(),
        sender_name="",
    )
    made = outcome.referrals
    assert [(r.name, r.will_introduce, r.status) for r in made] == [
        ("Tom Becker", True, ReferralStatus.ASKED),
        ("Priya Raman", False, ReferralStatus.ASKED),
    ]
    assert all(r.meeting_id == meeting.id and r.referrer_id == maria.id for r in made)
    assert made[0].asked_at == NOW
    assert made[0].id != made[1].id
    assert [r.contact_id for r in made] == [c.id for c in outcome.new_contacts]
    ask = [f for f in outcome.followups if f.kind is FollowUpKind.OTHER]
    assert len(ask) == 1 and "research ops" in ask[0].text and ask[0].contact_id == maria.id


def test_a_referral_advances_through_its_statuses_with_timestamps():
    referral = Referral(name="Tom Becker", asked_at=NOW)
    steps = [NOW + timedelta(days=d) for d in (2, 9, 10)]
    assert referral.advance(steps[0]) is ReferralStatus.CONTACTED
    assert referral.advance(steps[1]) is ReferralStatus.MET
    assert referral.advance(steps[2]) is ReferralStatus.REFERRER_THANKED
    assert (referral.contacted_at, referral.met_at, referral.referrer_thanked_at) == tuple(steps)
    with pytest.raises(ReferralError, match="already done"):
        referral.advance(steps[2])
    assert ReferralStatus.REFERRER_THANKED.label == "Referrer thanked"
