from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from netprep.domain.agenda import AgendaPhase
from netprep.domain.capture import InsightNote, ReferralDraft
from netprep.domain.followup_drafts import (
    introduction_ask_draft,
    introduction_draft,
    meeting_length,
    quotable,
    quoted,
    second_person,
    swap_quote,
    thank_you_draft,
)
from netprep.domain.followups import (
    FollowUp,
    FollowUpKind,
    FollowUpState,
    IntroductionStep,
    advance_referral,
    followups_after_meeting,
)
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.domain.records import Contact
from netprep.domain.referrals import Referral, ReferralStatus
from netprep.services.meeting_outcome import OutcomePlan, OutcomeReview, plan, propose

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


def referrals(meeting: Meeting, maria: Contact) -> list[Referral]:
    """The referrals the outcome dialog's real path makes (see services.meeting_outcome)."""
    return recorded(meeting, maria).referrals


def recorded(meeting: Meeting, maria: Contact) -> OutcomePlan:
    return plan(
        propose(meeting, maria, [maria]),
        OutcomeReview(),
        lookup=lambda _id: None,
        now=NOW,
        on=MET_ON,
        sender_name="Sam Okafor",
    )


def make(meeting: Meeting, maria: Contact) -> list[FollowUp]:
    return recorded(meeting, maria).followups


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
    assert "what I offered: the WCAG audit checklist we use at Fabrikam." in draft
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
    other = referrals(meeting, maria)
    for referral in other:
        referral.meeting_id = "other"
    followups = followups_after_meeting(meeting, maria, other, on=MET_ON)
    assert FollowUpKind.REACH_REFERRAL not in [f.kind for f in followups]


def test_telling_the_referrer_comes_only_once_the_referral_is_met(meeting, maria):
    tom = referrals(meeting, maria)[0]
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


def test_the_thank_you_speaks_to_them_in_a_clean_sentence():
    note = InsightNote(
        text="She said hospitals buy on risk, not features, and her team w/ procurement"
    )
    draft = thank_you_draft("Grace Adeyemi", note, minutes=25)
    assert "“Hospitals buy on risk, not features, and your team with procurement.”" in draft
    assert "twenty-five minutes" in draft and "twenty minutes" not in draft
    assert second_person("He is right and he's kind to himself") == (
        "You are right and you're kind to yourself"
    )
    assert second_person("send her the checklist, her team will like it") == (
        "send you the checklist, your team will like it"
    )


def test_a_long_single_sentence_is_cut_between_words_never_inside_one():
    text = "Ask the ward managers what the escalation path looks like on nights " + (
        "supercalifragilistic " * 30
    )
    quote = quotable(text, limit=120)
    words = set(text.split())
    assert quote.endswith(".") and len(quote) <= 121
    assert all(word.rstrip(".") in words for word in quote.split())
    assert quote.rstrip(".").split()[-1] not in {"the", "and", "on"}


def test_the_thank_you_says_how_long_the_agenda_really_was(meeting, maria):
    meeting.agenda = [AgendaPhase("Talk", 30)]
    assert "half an hour is a lot to give" in make(meeting, maria)[0].draft
    meeting.agenda = []
    assert "minutes" not in make(meeting, maria)[0].draft.split("\n\n")[1]
    assert meeting_length(20) == "twenty minutes" and meeting_length(17.5) == "17.5 minutes"


def test_introductions_are_double_opt_in():
    ask = introduction_ask_draft("Grace Adeyemi", "Daniel Mensah", "PM at Wardline")
    assert ask.startswith("Hi Grace,") and "Would you be open to an introduction?" in ask
    assert "I won't pass on your details" in ask
    both = introduction_draft("Grace Adeyemi", "Daniel Mensah", sender_name="Aoife")
    assert both.startswith("Hi Grace and Daniel,") and both.endswith("Aoife")


def test_state_and_snooze():
    today = date(2026, 12, 2)
    item = FollowUp(due=date(2026, 12, 1))
    assert item.state(today) is FollowUpState.OVERDUE
    item.snooze(today, 7)
    assert item.due == date(2026, 12, 9) and item.state(today) is FollowUpState.UPCOMING
    assert FollowUp(due=today).state(today) is FollowUpState.DUE
    assert FollowUp().state(today) is FollowUpState.UPCOMING
    item.mark_done(NOW)
    assert item.state(today) is FollowUpState.DONE


def test_another_quote_swaps_only_the_quoted_sentence():
    insight = InsightNote(text="She said her team runs usability sessions before signing.")
    body = thank_you_draft("Elena Vasquez", insight, sender_name="Aoife")
    old = quoted(insight.text)
    assert old == "Your team runs usability sessions before signing." and f"“{old}”" in body
    edited = body.replace("Thank you for taking", "Thanks so much for taking") + "\n\nPS: flyer"
    swapped = swap_quote(edited, old, "Write up one real case.")
    assert swapped == edited.replace(f"“{old}”", "“Write up one real case.”")
    rewritten = edited.replace(old, "You run usability sessions early")
    assert swap_quote(rewritten, old, "Write up one real case.") is None  # not word for word
    assert swap_quote(edited, "", "Write up one real case.") is None


def test_an_introduction_keeps_an_email_per_step():
    intro = FollowUp(kind=FollowUpKind.INTRODUCTION, draft="Hi Grace, …")
    assert intro.draft_for(IntroductionStep.INTRODUCE) == ""  # none yet: a fresh draft
    intro.keep_draft("Hi Grace and Jonas, edited", IntroductionStep.INTRODUCE)
    intro.keep_draft("Hi Jonas, edited", IntroductionStep.ASK_OTHER)
    assert intro.draft_for(IntroductionStep.INTRODUCE) == "Hi Grace and Jonas, edited"
    assert intro.draft_for(IntroductionStep.ASK_OTHER) == "Hi Jonas, edited"
    assert intro.draft_for() == intro.draft == "Hi Grace, …"  # the first is the draft
    intro.keep_draft("Hi Grace, edited")
    assert intro.draft == "Hi Grace, edited"
    thanks = FollowUp(kind=FollowUpKind.THANK_YOU)
    with pytest.raises(ValueError, match="one email"):
        thanks.keep_draft("Hi", IntroductionStep.INTRODUCE)
    assert thanks.step_drafts == {}
