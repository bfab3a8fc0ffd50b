from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from netprep.domain.capture import ReferralDraft
from netprep.domain.followup_drafts import quotable
from netprep.domain.followups import (
    FollowUp,
    FollowUpKind,
    advance_referral,
    followups_after_meeting,
)
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.domain.records import Contact
from netprep.domain.referrals import ReferralStatus, referrals_from_capture

MET_ON = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 9, 25, tzinfo=UTC)
BEST = (
    "Lead one small accessibility project end to end and make it the centre of your "
    "portfolio: hiring managers trust one real case over ten polished mock-ups"
)


@pytest.fixture
def maria() -> Contact:
    return Contact(name="María Fernández", emails=["maria@northwind.example"])


@pytest.fixture
def meeting(maria: Contact) -> Meeting:
    meeting = Meeting(
        contact_id=maria.id,
        where="Café Lumen",
        purpose="moving from agency design into an in-house product team",
        status=MeetingStatus.FINISHED,
    )
    capture = meeting.capture
    capture.set_insight(0, "Design ops will be part of product teams soon.")
    capture.set_insight(1, BEST)
    capture.referrals[0] = ReferralDraft(
        name="Tom Becker",
        why="runs the design systems team at Contoso",
        how_to_reach="tom.becker@contoso.com",
        will_introduce=True,
    )
    capture.referrals[1] = ReferralDraft(name="Priya Raman", how_to_reach="LinkedIn")
    capture.add_offer("the WCAG audit checklist we use at Fabrikam")
    return meeting


def make(meeting: Meeting, maria: Contact) -> list[FollowUp]:
    referrals = referrals_from_capture(
        meeting.capture, meeting_id=meeting.id, referrer_id=maria.id, now=NOW
    )
    return followups_after_meeting(meeting, maria, referrals, on=MET_ON, sender_name="Sam Okafor")


def test_a_thank_you_is_due_the_next_day_and_quotes_what_was_learned(meeting, maria):
    thank_you = make(meeting, maria)[0]
    assert thank_you.kind is FollowUpKind.THANK_YOU
    assert thank_you.due == date(2026, 11, 26)
    assert thank_you.contact_id == maria.id and thank_you.meeting_id == meeting.id
    assert thank_you.text == "Send María a thank-you"
    draft = thank_you.draft
    assert draft.startswith("Hi María,\n\nThank you for taking the time to meet me at Café Lumen.")
    assert f"“{BEST}.”" in draft  # the longer, more substantial insight, as a quotation
    assert "Design ops" not in draft
    assert "suggesting I talk to Tom Becker and Priya Raman" in draft
    assert "my offer: the WCAG audit checklist we use at Fabrikam." in draft
    assert draft.endswith("Thanks again,\nSam Okafor")
    assert len(draft.split()) < 150  # short, not a template dump
    assert "{" not in draft and "[" not in draft


def test_without_an_insight_the_thank_you_does_not_invent_one(meeting, maria):
    for note in meeting.capture.insights:
        note.text = ""
    meeting.capture.offers.clear()
    meeting.capture.referrals.clear()
    followups = followups_after_meeting(meeting, maria, [], on=MET_ON)
    assert [f.kind for f in followups] == [FollowUpKind.THANK_YOU]
    assert "“" not in followups[0].draft
    assert "suggesting" not in followups[0].draft
    assert followups[0].draft.endswith("Thanks again,")


def test_each_offer_and_each_referral_gets_its_own_follow_up(meeting, maria):
    followups = make(meeting, maria)
    kinds = [f.kind for f in followups]
    assert kinds == [
        FollowUpKind.THANK_YOU,
        FollowUpKind.OFFER,
        FollowUpKind.REACH_REFERRAL,
        FollowUpKind.REACH_REFERRAL,
    ]
    offer = followups[1]
    assert offer.due == date(2026, 11, 28)
    assert offer.text == "Do what you offered María: the WCAG audit checklist we use at Fabrikam"
    tom, priya = followups[2:]
    assert tom.due == priya.due == date(2026, 11, 27)
    assert tom.text == (
        "Reach Tom Becker (tom.becker@contoso.com) — María offered to introduce you"
    )
    assert priya.text == "Reach Priya Raman (LinkedIn)"
    assert tom.referral_id and tom.referral_id != priya.referral_id
    assert not any(f.kind is FollowUpKind.TELL_REFERRER for f in followups)


def test_referrals_of_another_meeting_are_ignored(meeting, maria):
    other = referrals_from_capture(meeting.capture, meeting_id="other", referrer_id="x", now=NOW)
    followups = followups_after_meeting(meeting, maria, other, on=MET_ON)
    assert FollowUpKind.REACH_REFERRAL not in [f.kind for f in followups]


def test_telling_the_referrer_comes_only_once_the_referral_is_met(meeting, maria):
    tom = referrals_from_capture(
        meeting.capture, meeting_id=meeting.id, referrer_id=maria.id, now=NOW
    )[0]
    assert advance_referral(tom, maria, now=NOW, today=date(2026, 11, 27)) == []
    assert tom.status is ReferralStatus.CONTACTED

    made = advance_referral(tom, maria, now=NOW, today=date(2026, 12, 3), sender_name="Sam Okafor")
    assert tom.status is ReferralStatus.MET
    assert len(made) == 1
    tell = made[0]
    assert tell.kind is FollowUpKind.TELL_REFERRER
    assert (tell.contact_id, tell.referral_id, tell.meeting_id) == (maria.id, tom.id, meeting.id)
    assert tell.due == date(2026, 12, 4)
    assert tell.text == "Tell María how it went with Tom Becker"
    assert tell.draft.startswith("Hi María,\n\nI wanted to let you know that I met Tom Becker.")
    assert "for introducing us" in tell.draft
    assert tell.draft.endswith("Best wishes,\nSam Okafor")

    assert advance_referral(tom, maria, now=NOW, today=date(2026, 12, 5)) == []
    assert tom.status is ReferralStatus.REFERRER_THANKED


def test_follow_ups_can_be_done_and_reopened(meeting, maria):
    thank_you = make(meeting, maria)[0]
    assert not thank_you.is_overdue(date(2026, 11, 26))
    assert thank_you.is_overdue(date(2026, 11, 27))
    thank_you.mark_done(NOW)
    assert thank_you.done and thank_you.done_at == NOW
    assert not thank_you.is_overdue(date(2026, 12, 1))
    thank_you.reopen()
    assert not thank_you.done and thank_you.done_at is None


def test_long_insights_are_quoted_as_whole_sentences():
    long = "Hire for curiosity. " * 20
    quote = quotable(long)
    assert len(quote) <= 240
    assert quote.endswith("Hire for curiosity.")
    assert quotable("  “talk less,   listen more”  ") == "Talk less, listen more."
    assert quotable("   ") == ""
