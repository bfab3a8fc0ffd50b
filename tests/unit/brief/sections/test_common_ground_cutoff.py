"""Common ground opens with something specific both share, never a vague category."""

from __future__ import annotations

from netprep.domain.records import Contact, Profile
from tests.unit.brief.quick import brief_for

ME = Profile(name="Ana Ruiz", headline="Nurse", interests=["tennis"])


def interest_hooks(profile: Profile, contact: Contact) -> list[str]:
    return [h.text for h in brief_for(profile, contact).hooks if h.category == "interest"]


def test_the_same_specific_interest_is_a_hook() -> None:
    contact = Contact(name="Bo Lind", role="Engineer", interests=["tennis"])
    assert any("tennis" in text.casefold() for text in interest_hooks(ME, contact))


def test_two_sports_that_only_share_sport_are_too_weak_to_open_with() -> None:
    contact = Contact(name="Bo Lind", role="Engineer", interests=["rugby"])
    assert interest_hooks(ME, contact) == []


def test_a_vague_shared_category_is_no_hook() -> None:
    me = Profile(name="Ana Ruiz", headline="Nurse", interests=["sports"])
    contact = Contact(name="Bo Lind", role="Engineer", interests=["golf"])
    assert interest_hooks(me, contact) == []


def test_a_weak_match_below_the_cut_off_is_no_hook() -> None:
    """Python and Java only share "software engineering", a work topic: too weak to open with."""
    me = Profile(name="Ana Ruiz", headline="Developer", interests=["python"])
    contact = Contact(name="Bo Lind", role="Engineer", interests=["java"])
    assert interest_hooks(me, contact) == []
