"""The outcome review: what a finished meeting proposes, what the user decides, what is written.

``propose`` looks at the capture and says, for each referral, whether netprep already
knows that person (same email: certain; same name: probable, so the user must answer).
``plan`` turns the user's decisions into every record to write — without writing any —
so that the service can refuse a bad outcome before the first byte goes to disk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from netprep.domain.capture import ReferralDraft
from netprep.domain.clock import day_text
from netprep.domain.followups import (
    REACH_REFERRAL_AFTER,
    FollowUp,
    FollowUpKind,
    followups_after_meeting,
)
from netprep.domain.meeting import Meeting
from netprep.domain.message import Message
from netprep.domain.outcome import GoalsMet, Introducer, infer_goals
from netprep.domain.person_names import emails_in
from netprep.domain.records import Contact, Note, NoteKind
from netprep.domain.referrals import ContactMatch, MatchKind, PersonIndex, Referral
from netprep.domain.validation import is_phone, is_web_link, validate_contact
from netprep.services.errors import UserError


class ReferralAction(StrEnum):
    NEW = "new"  # add the person as a new contact
    LINK = "link"  # the person is already a contact
    SKIP = "skip"  # do not record this name


@dataclass(frozen=True)
class ReferralChoice:
    """What to do with the referral typed in slot ``slot`` of the capture."""

    slot: int
    action: ReferralAction
    contact_id: str | None = None  # for LINK
    introducer: Introducer | None = None  # for LINK to someone another contact introduced


@dataclass
class ReferralProposal:
    slot: int
    draft: ReferralDraft
    match: ContactMatch

    def default_choice(self) -> ReferralChoice | None:
        """Certain matches are linked, unknown people added; a probable match must be asked."""
        if self.match.kind is MatchKind.CERTAIN and self.match.contact is not None:
            return ReferralChoice(self.slot, ReferralAction.LINK, self.match.contact.id)
        if self.match.kind is MatchKind.NONE:
            return ReferralChoice(self.slot, ReferralAction.NEW)
        return None


@dataclass
class OutcomeProposal:
    meeting: Meeting
    contact: Contact
    goals: GoalsMet
    referrals: list[ReferralProposal] = field(default_factory=list)


@dataclass
class OutcomeReview:
    """The user's answers in the outcome dialog. Missing choices take the default."""

    goals: GoalsMet | None = None  # None: as inferred from the capture
    choices: list[ReferralChoice] = field(default_factory=list)
    where: str | None = None  # where it really took place (None: as planned)


@dataclass
class OutcomePlan:
    """Every record a finished meeting writes, built and checked before anything is saved."""

    meeting: Meeting
    new_contacts: list[Contact] = field(default_factory=list)
    updated_contacts: list[Contact] = field(default_factory=list)  # linked, referred_by set
    referrals: list[Referral] = field(default_factory=list)
    followups: list[FollowUp] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)  # "also suggested by …" on linked contacts


def propose(meeting: Meeting, contact: Contact, contacts: list[Contact]) -> OutcomeProposal:
    index = PersonIndex(c for c in contacts if c.id != contact.id)
    proposals = [
        ReferralProposal(slot, draft, index.find(draft))
        for slot, draft in enumerate(meeting.capture.referrals)
        if draft.name.strip()
    ]
    return OutcomeProposal(
        meeting=meeting,
        contact=contact,
        goals=infer_goals(meeting.capture, meeting.goals),
        referrals=proposals,
    )


def plan(
    proposal: OutcomeProposal,
    review: OutcomeReview,
    *,
    lookup: Callable[[str], Contact | None],
    now: datetime,
    on: date,
    sender_name: str,
) -> OutcomePlan:
    """Build the records; UserError lists every decision that is missing or impossible.

    ``lookup`` returns a copy of a stored contact (a linked one gets ``referred_by`` set).
    """
    meeting, referrer = proposal.meeting, proposal.contact
    meeting.goals = review.goals if review.goals is not None else proposal.goals
    if review.where is not None:
        meeting.where = " ".join(review.where.split())
    chosen = {choice.slot: choice for choice in review.choices}
    problems: list[str] = []
    result = OutcomePlan(meeting=meeting)
    batch = PersonIndex([])  # people added by this outcome, so one name is added once
    batch_people: list[Contact] = []
    for item in proposal.referrals:
        name = " ".join(item.draft.name.split())
        choice = chosen.get(item.slot) or item.default_choice()
        if choice is None:
            if item.match.contact:
                problems.append(
                    Message(
                        "Say whether {name} is the same person as {other}, or someone new.",
                        name=name,
                        other=item.match.contact.name,
                    )
                )
            else:
                problems.append(
                    Message(
                        "Say whether {name} is the same person as a contact, or someone new.",
                        name=name,
                    )
                )
            continue
        if choice.action is ReferralAction.SKIP:
            continue
        referral = Referral(
            meeting_id=meeting.id,
            referrer_id=referrer.id,
            name=name,
            why=item.draft.why.strip(),
            how_to_reach=item.draft.how_to_reach.strip(),
            will_introduce=item.draft.will_introduce,
            asked_at=now,
        )
        if choice.action is ReferralAction.LINK:
            target = lookup(choice.contact_id) if choice.contact_id else None
            if target is None:
                problems.append(
                    Message("The contact chosen for {name} no longer exists.", name=name)
                )
                continue
            if target.id == referrer.id:
                problems.append(
                    Message(
                        "{referrer} cannot be their own referral ({name}).",
                        referrer=referrer.name,
                        name=name,
                    )
                )
                continue
            referral.contact_id = target.id
            problem = _introducer(result, target, referrer, choice.introducer, item.draft, on)
            if problem:
                problems.append(problem)
                continue
        else:
            same = batch.find(item.draft)
            if same.kind is MatchKind.CERTAIN and same.contact is not None:
                referral.contact_id = same.contact.id
            else:
                person = contact_from_referral(item.draft, referrer, on)
                errors = validate_contact(person)
                if errors:
                    problems.append(
                        Message(
                            "{name}: {problems}",
                            name=name,
                            problems=Message.joined(errors.values()),
                        )
                    )
                    continue
                referral.contact_id = person.id
                result.new_contacts.append(person)
                batch_people.append(person)
                batch = PersonIndex(batch_people)
        result.referrals.append(referral)
    if problems:
        raise UserError(Message.joined(problems))
    result.followups = followups_after_meeting(
        meeting, referrer, result.referrals, on=on, sender_name=sender_name
    )
    result.followups.extend(unnamed_referral_followups(meeting, referrer, on))
    return result


def _introducer(
    result: OutcomePlan,
    target: Contact,
    referrer: Contact,
    answer: Introducer | None,
    draft: ReferralDraft,
    on: date,
) -> str:
    """Set who introduced a linked contact: never a silent rewrite of a first introducer.
    Returns a problem to tell the user ("" when settled)."""
    if target.id in _ids(result.updated_contacts):
        return ""
    first = target.referred_by
    if first is None:
        target.referred_by = referrer.id
        result.updated_contacts.append(target)
        return ""
    if first == referrer.id:
        return ""
    if answer is None:
        return Message(
            "{name} was first introduced by someone else: keep that introducer, record "
            "{referrer} instead, or keep both.",
            name=target.name,
            referrer=referrer.name,
        )
    if answer is Introducer.REPLACE:
        target.referred_by = referrer.id
        result.updated_contacts.append(target)
    elif answer is Introducer.BOTH:
        why = f": {draft.why.strip()}" if draft.why.strip() else ""
        body = f"Also suggested by {referrer.name} on {day_text(on)}{why}."
        note = Note(contact_id=target.id, date=on, body=body, kind=NoteKind.CONVERSATION)
        result.notes.append(note)
    return ""


def unnamed_referral_followups(meeting: Meeting, referrer: Contact, on: date) -> list[FollowUp]:
    """A reason typed without a name is kept: a follow-up to ask the referrer for the name."""
    return [
        FollowUp(
            contact_id=referrer.id,
            meeting_id=meeting.id,
            kind=FollowUpKind.OTHER,
            text=f"Ask {referrer.name or 'them'} for the name: "
            + " · ".join(p for p in (draft.why.strip(), draft.how_to_reach.strip()) if p),
            due=on + REACH_REFERRAL_AFTER,
        )
        for draft in meeting.capture.referrals
        if not draft.name.strip() and not draft.is_empty
    ]


def contact_from_referral(draft: ReferralDraft, referrer: Contact, on: date) -> Contact:
    """A new contact for a referral: emails, a phone or a link are taken from "how to reach"."""
    how = draft.how_to_reach.strip()
    emails = emails_in(how)
    words = how.replace(",", " ").replace(";", " ").split()
    links = [w for w in words if is_web_link(w)]
    phones = [how] if how and not emails and not links and is_phone(how) else []
    story = f"Referred by {referrer.name or 'a contact'} on {day_text(on)}"
    if draft.why.strip():
        story += f": {draft.why.strip()}"
    if how and not (emails or links or phones):
        story += f". How to reach: {how}"
    if draft.will_introduce:
        story += f". {referrer.name or 'They'} offered to introduce you."
    return Contact(
        name=" ".join(draft.name.split()),
        emails=emails,
        phones=phones,
        links=links,
        how_we_met=story,
        referred_by=referrer.id,
    )


def _ids(contacts: list[Contact]) -> set[str]:
    return {c.id for c in contacts}
