"""Follow-ups: the small promises a meeting leaves behind, each with a due date.

Right after a meeting: thank the contact the next day (quoting what you learned), do what
you offered within three days, and reach each referral within two. Later, when a referral
has been met, tell the referrer how it went — the step most people forget.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from netprep.domain.agenda import total_minutes
from netprep.domain.capture import most_substantial_insight
from netprep.domain.followup_drafts import tell_referrer_draft, thank_you_draft
from netprep.domain.meeting import Meeting
from netprep.domain.person_names import first_name
from netprep.domain.records import Contact, Record
from netprep.domain.referrals import Referral, ReferralStatus

THANK_YOU_AFTER = timedelta(days=1)
REACH_REFERRAL_AFTER = timedelta(days=2)
OFFER_AFTER = timedelta(days=3)
TELL_REFERRER_AFTER = timedelta(days=1)


class FollowUpKind(StrEnum):
    THANK_YOU = "thank_you"
    ARTICLE = "article"
    INTRODUCTION = "introduction"
    OFFER = "offer"
    REACH_REFERRAL = "reach_referral"
    TELL_REFERRER = "tell_referrer"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    FollowUpKind.THANK_YOU: "Thank-you",
    FollowUpKind.ARTICLE: "Send an article",
    FollowUpKind.INTRODUCTION: "Make an introduction",
    FollowUpKind.OFFER: "Something I offered",
    FollowUpKind.REACH_REFERRAL: "Reach a referral",
    FollowUpKind.TELL_REFERRER: "Tell the referrer how it went",
    FollowUpKind.OTHER: "Other",
}


class IntroductionStep(StrEnum):
    """An introduction's emails, in order (double opt-in): ask the first person, ask the
    second, and once both said yes introduce them to each other."""

    ASK_FIRST = "ask_first"
    ASK_OTHER = "ask_other"
    INTRODUCE = "introduce"


class FollowUpState(StrEnum):
    """Where a follow-up stands on a given day (the Follow-ups page's filters)."""

    OVERDUE = "overdue"
    DUE = "due"  # due today
    UPCOMING = "upcoming"  # due later, or undated
    DONE = "done"

    @property
    def label(self) -> str:
        return {"overdue": "Overdue", "due": "Due today", "upcoming": "Upcoming"}.get(
            self.value, "Done"
        )


@dataclass
class FollowUp(Record):
    contact_id: str = ""  # whom to write to ("" until a referral is linked to a contact)
    meeting_id: str = ""
    referral_id: str | None = None
    other_contact_id: str | None = None  # an introduction: the person introduced
    kind: FollowUpKind = FollowUpKind.OTHER
    text: str = ""  # the task, one line
    draft: str = ""  # an email body to start from, when there is one (an introduction's first)
    # An introduction's later emails as the user edited them, by IntroductionStep value
    # (the first is ``draft``); a step not here starts from a fresh draft.
    step_drafts: dict[str, str] = field(default_factory=dict)
    due: date | None = None
    done: bool = False
    done_at: datetime | None = None

    def draft_for(self, step: IntroductionStep = IntroductionStep.ASK_FIRST) -> str:
        """The stored email body of ``step`` ("" when there is none yet)."""
        if step is IntroductionStep.ASK_FIRST:
            return self.draft
        return self.step_drafts.get(step.value, "")

    def keep_draft(self, body: str, step: IntroductionStep = IntroductionStep.ASK_FIRST) -> None:
        """Store ``body`` as the email of ``step`` (only an introduction has later steps)."""
        if step is IntroductionStep.ASK_FIRST:
            self.draft = body
        elif self.kind is not FollowUpKind.INTRODUCTION:
            raise ValueError(f"a {self.kind.value} follow-up has one email, not {step.value!r}")
        else:
            self.step_drafts[step.value] = body

    def mark_done(self, now: datetime) -> None:
        self.done = True
        self.done_at = now

    def reopen(self) -> None:
        self.done = False
        self.done_at = None

    def is_overdue(self, today: date) -> bool:
        return not self.done and self.due is not None and self.due < today

    def state(self, today: date) -> FollowUpState:
        if self.done:
            return FollowUpState.DONE
        if self.due is None or self.due > today:
            return FollowUpState.UPCOMING
        return FollowUpState.OVERDUE if self.due < today else FollowUpState.DUE

    def snooze(self, today: date, days: int) -> None:
        """Put it off: due ``days`` after today (or after its due date, if that is later)."""
        start = max(today, self.due) if self.due else today
        self.due = start + timedelta(days=days)


def _called(contact: Contact) -> str:
    return first_name(contact.name) or contact.name.strip() or "them"


def followups_after_meeting(
    meeting: Meeting,
    contact: Contact,
    referrals: Sequence[Referral],
    *,
    on: date,
    sender_name: str = "",
) -> list[FollowUp]:
    """The follow-ups to create when a meeting held ``on`` that day is recorded.

    ``referrals`` are the Referral records made from this meeting's capture (link them to
    contacts first where possible, so each "reach" follow-up knows whom it is about).
    """
    capture = meeting.capture
    mine = [r for r in referrals if r.meeting_id == meeting.id]
    called = _called(contact)
    followups = [
        FollowUp(
            contact_id=contact.id,
            meeting_id=meeting.id,
            kind=FollowUpKind.THANK_YOU,
            text=f"Send {called} a thank-you",
            draft=thank_you_draft(
                contact.name,
                most_substantial_insight(capture),
                where=meeting.where,
                minutes=total_minutes(meeting.agenda) if meeting.agenda else None,
                referral_names=[r.name for r in mine],
                offers=capture.offers,
                sender_name=sender_name,
            ),
            due=on + THANK_YOU_AFTER,
        )
    ]
    followups.extend(
        FollowUp(
            contact_id=contact.id,
            meeting_id=meeting.id,
            kind=FollowUpKind.OFFER,
            text=f"Do what you offered {called}: {offer}",
            due=on + OFFER_AFTER,
        )
        for offer in capture.offers
    )
    followups.extend(_reach(referral, meeting, called, on) for referral in mine)
    return followups


def _reach(referral: Referral, meeting: Meeting, called: str, on: date) -> FollowUp:
    details = [f"Reach {referral.name}"]
    if referral.how_to_reach:
        details.append(f"({referral.how_to_reach})")
    if referral.will_introduce:
        details.append(f"— {called} offered to introduce you")
    return FollowUp(
        contact_id=referral.contact_id or "",
        meeting_id=meeting.id,
        referral_id=referral.id,
        kind=FollowUpKind.REACH_REFERRAL,
        text=" ".join(details),
        due=on + REACH_REFERRAL_AFTER,
    )


def advance_referral(
    referral: Referral,
    referrer: Contact,
    *,
    now: datetime,
    today: date,
    sender_name: str = "",
) -> list[FollowUp]:
    """Move a referral on one status; reaching "met" asks you to tell the referrer."""
    status = referral.advance(now)
    if status is not ReferralStatus.MET:
        return []
    return [
        FollowUp(
            contact_id=referral.referrer_id or referrer.id,
            meeting_id=referral.meeting_id,
            referral_id=referral.id,
            kind=FollowUpKind.TELL_REFERRER,
            text=f"Tell {_called(referrer)} how it went with {referral.name}",
            draft=tell_referrer_draft(
                referrer.name,
                referral.name,
                introduced=referral.will_introduce,
                sender_name=sender_name,
            ),
            due=today + TELL_REFERRER_AFTER,
        )
    ]
