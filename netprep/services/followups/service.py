"""Follow-ups you can act on: list and filter them, add and edit, done, snooze, delete (with
undo), and the email drafts behind them (the thank-you quoting the insight the user picks,
introductions, the note to the referrer). Marking a draft sent marks the follow-up done and
logs the email as a touch, in one transaction.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from netprep.domain.agenda import total_minutes
from netprep.domain.capture import InsightNote
from netprep.domain.clock import Clock
from netprep.domain.followup_drafts import (
    EmailDraft,
    introduction_ask_draft,
    introduction_draft,
    offer_draft,
    plain_draft,
    quoted,
    reach_referral_draft,
    swap_quote,
    tell_referrer_draft,
    thank_you_draft,
)
from netprep.domain.followups import FollowUp, FollowUpKind, FollowUpState, IntroductionStep
from netprep.domain.meeting import Meeting
from netprep.domain.records import Contact, InteractionKind
from netprep.services.errors import NotFoundError, UserError
from netprep.services.followups.touches import TouchService
from netprep.store.store import Store

MAX_TEXT = 300
SNOOZE_DAYS = 7


class FollowUpFilter(StrEnum):
    DUE = "due"  # due today or overdue: what to do now
    OVERDUE = "overdue"
    UPCOMING = "upcoming"
    DONE = "done"
    ALL = "all"

    @property
    def label(self) -> str:
        return {"due": "Due now", "all": "All"}.get(self.value, self.value.capitalize())


_SHOWN = {
    FollowUpFilter.DUE: {FollowUpState.OVERDUE, FollowUpState.DUE},
    FollowUpFilter.OVERDUE: {FollowUpState.OVERDUE},
    FollowUpFilter.UPCOMING: {FollowUpState.UPCOMING},
    FollowUpFilter.DONE: {FollowUpState.DONE},
    FollowUpFilter.ALL: set(FollowUpState),
}


@dataclass
class FollowUpRow:
    """One line of the Follow-ups page."""

    item: FollowUp
    contact_name: str
    state: FollowUpState


class FollowUpService:
    def __init__(self, store: Store, clock: Clock, touches: TouchService) -> None:
        self._store = store
        self._clock = clock
        self._touches = touches

    def today(self) -> date:
        return self._clock.now().astimezone().date()

    # -- lists -----------------------------------------------------------------------------

    def rows(self, show: FollowUpFilter | str = FollowUpFilter.ALL) -> list[FollowUpRow]:
        """Follow-ups in the filter, open ones by due date (undated last), done newest first."""
        wanted = _SHOWN[FollowUpFilter(show)]
        today = self.today()
        rows = [
            FollowUpRow(f, self._name(f.contact_id), f.state(today))
            for f in self._store.followups.all()
            if f.state(today) in wanted
        ]
        far = date.max
        rows.sort(key=lambda r: (r.item.done, r.item.due or far, r.contact_name.casefold()))
        return rows

    def counts(self) -> dict[FollowUpFilter, int]:
        today = self.today()
        states = Counter(f.state(today) for f in self._store.followups.all())
        return {show: sum(states[state] for state in _SHOWN[show]) for show in FollowUpFilter}

    def get(self, followup_id: str) -> FollowUp:
        item = self._store.followups.get(followup_id)
        if item is None:
            raise NotFoundError("That follow-up no longer exists.")
        return item

    def contact_name(self, followup_id: str) -> str:
        return self._name(self.get(followup_id).contact_id)

    # -- changes ---------------------------------------------------------------------------

    def add(
        self,
        contact_id: str,
        kind: FollowUpKind | str,
        text: str,
        due: date | None = None,
        *,
        other_contact_id: str | None = None,
        why: str = "",
    ) -> FollowUp:
        """A follow-up added by hand (an introduction gets its double-opt-in draft)."""
        self._check_writable()
        contact = self._contact(contact_id)
        kind = _kind(kind)
        intro = kind is FollowUpKind.INTRODUCTION
        if intro and (not other_contact_id or other_contact_id == contact_id):
            raise UserError("An introduction needs a second, different contact.")
        item = FollowUp(contact_id=contact.id, kind=kind, text=_text(text), due=due)
        if intro and other_contact_id:
            other = self._contact(other_contact_id)
            item.other_contact_id = other.id
            item.draft = introduction_ask_draft(
                contact.name, other.name, _line(other), why, sender_name=self._sender()
            )
        return self._store.followups.save(item)

    def update(
        self,
        followup_id: str,
        *,
        text: str | None = None,
        due: date | None = None,
        clear_due: bool = False,
        draft: str | None = None,
        step: IntroductionStep | str = IntroductionStep.ASK_FIRST,
    ) -> FollowUp:
        """Change what was edited; ``draft`` is the email of ``step`` (an introduction has
        three emails, any other follow-up one: another step is a ValueError)."""
        self._check_writable()
        item = self.get(followup_id)
        if text is not None:
            item.text = _text(text)
        if due is not None or clear_due:
            item.due = due
        if draft is not None:
            item.keep_draft(draft, IntroductionStep(step))
        return self._store.followups.save(item)

    def set_done(self, followup_id: str, done: bool = True) -> FollowUp:
        self._check_writable()
        item = self.get(followup_id)
        if done:
            item.mark_done(self._clock.now())
        else:
            item.reopen()
        return self._store.followups.save(item)

    def snooze(self, followup_id: str, days: int = SNOOZE_DAYS) -> FollowUp:
        self._check_writable()
        if days <= 0:
            raise UserError("Snooze by at least one day.")
        item = self.get(followup_id)
        if item.done:
            raise UserError("This follow-up is done: reopen it before snoozing it.")
        item.snooze(self.today(), days)
        return self._store.followups.save(item)

    def delete(self, followup_id: str) -> FollowUp:
        """Delete; the returned record can be given back to :meth:`restore` (undo)."""
        self._check_writable()
        item = self.get(followup_id)
        self._store.followups.delete(item.id)
        return item

    def restore(self, item: FollowUp) -> FollowUp:
        self._check_writable()
        return self._store.followups.save(item)

    # -- drafts ----------------------------------------------------------------------------

    def insights(self, followup_id: str) -> list[str]:
        """What the user learned in the follow-up's meeting, for the thank-you to quote."""
        meeting = self._store.meetings.get(self.get(followup_id).meeting_id)
        return [n.text for n in meeting.capture.insights] if meeting else []

    def quote_insight(self, followup_id: str, index: int) -> FollowUp:
        """Rewrite the thank-you around the insight the user picked (by its position): a
        fresh draft, the user's edits gone (see :meth:`swap_quote`, which keeps them)."""
        self._check_writable()
        item = self.get(followup_id)
        meeting, note = self._insight(item, index)
        contact = self._contact(item.contact_id)
        names = [r.name for r in self._store.referrals.where("meeting_id", meeting.id)]
        item.draft = thank_you_draft(
            contact.name,
            note,
            where=meeting.where,
            minutes=total_minutes(meeting.agenda) if meeting.agenda else None,
            referral_names=names,
            offers=meeting.capture.offers,
            sender_name=self._sender(),
        )
        return self._store.followups.save(item)

    def quoted_insight(self, followup_id: str, body: str | None = None) -> int | None:
        """Which insight (by position) the thank-you's email quotes word for word, if any:
        the stored email's, or ``body``'s (the email as it is being typed)."""
        if self.get(followup_id).kind is not FollowUpKind.THANK_YOU:
            return None
        body = self.email(followup_id).body if body is None else body
        quotes = [quoted(text) for text in self.insights(followup_id)]
        return next((i for i, q in enumerate(quotes) if q and f"“{q}”" in body), None)

    def swap_quote(self, followup_id: str, index: int) -> FollowUp | None:
        """Quote the insight the user picked instead of the one the email quotes, keeping
        every other word of the email as the user wrote it. None when the email quotes no
        insight word for word (the user rewrote that part): only a fresh draft
        (:meth:`quote_insight`) could quote the new one, and that is the user's call."""
        self._check_writable()
        item = self.get(followup_id)
        _meeting, note = self._insight(item, index)
        body = self.email(followup_id).body
        new = quoted(note.text)
        if f"“{new}”" in body:
            return item  # it quotes that one already
        was = self.quoted_insight(followup_id, body)
        old = quoted(self.insights(followup_id)[was]) if was is not None else ""
        swapped = swap_quote(body, old, new)
        if swapped is None:
            return None
        item.draft = swapped
        return self._store.followups.save(item)

    def email(self, followup_id: str) -> EmailDraft:
        """The follow-up as an email: to the contact, a subject, and its draft (or a start)."""
        item = self.get(followup_id)
        contact = self._store.contacts.get(item.contact_id)
        name = contact.name if contact else ""
        body = item.draft or self._default_body(item, name)
        return EmailDraft(
            to=contact.primary_email if contact else "",
            subject=self._subject(item, name),
            body=body,
        )

    def introduction_emails(self, followup_id: str) -> list[tuple[str, EmailDraft]]:
        """Double opt-in: ask each person first, then (both said yes) introduce them."""
        item = self.get(followup_id)
        if item.kind is not FollowUpKind.INTRODUCTION or not item.other_contact_id:
            return []
        a, b = self._contact(item.contact_id), self._contact(item.other_contact_id)
        sender = self._sender()
        kept = item.draft_for
        ask_a = kept(IntroductionStep.ASK_FIRST) or introduction_ask_draft(
            a.name, b.name, _line(b), sender_name=sender
        )
        ask_b = kept(IntroductionStep.ASK_OTHER) or introduction_ask_draft(
            b.name, a.name, _line(a), sender_name=sender
        )
        both = kept(IntroductionStep.INTRODUCE) or introduction_draft(
            a.name, b.name, _line(a), _line(b), sender_name=sender
        )
        to_both = ", ".join(e for e in (a.primary_email, b.primary_email) if e)
        return [
            (
                f"1. Ask {a.name}",
                EmailDraft(a.primary_email, f"An introduction to {b.name}?", ask_a),
            ),
            (
                f"2. Ask {b.name}",
                EmailDraft(b.primary_email, f"An introduction to {a.name}?", ask_b),
            ),
            (
                "3. Introduce them (both said yes)",
                EmailDraft(to_both, f"{a.name} ↔ {b.name}", both),
            ),
        ]

    def mark_sent(self, followup_id: str, draft: EmailDraft | None = None) -> FollowUp:
        """The email went out: the follow-up is done and the email is logged as a touch."""
        self._check_writable()
        item = self.get(followup_id)
        subject = (draft or self.email(followup_id)).subject
        touch = self._touches.build(item.contact_id, InteractionKind.EMAIL, note=f"Sent: {subject}")
        item.mark_done(self._clock.now())
        with self._store.transaction():
            self._store.interactions.save(touch)
            saved = self._store.followups.save(item)
        return saved

    # -- internals -------------------------------------------------------------------------

    def _default_body(self, item: FollowUp, name: str) -> str:
        sender = self._sender()
        referral = self._store.referrals.get(item.referral_id) if item.referral_id else None
        if item.kind is FollowUpKind.REACH_REFERRAL and referral is not None:
            referrer = self._name(referral.referrer_id)
            return reach_referral_draft(referral.name, referrer, referral.why, sender_name=sender)
        if item.kind is FollowUpKind.TELL_REFERRER and referral is not None:
            return tell_referrer_draft(
                name, referral.name, introduced=referral.will_introduce, sender_name=sender
            )
        if item.kind is FollowUpKind.OFFER:
            return offer_draft(name, item.text.partition(": ")[2], sender_name=sender)
        return plain_draft(name, sender_name=sender)

    def _subject(self, item: FollowUp, name: str) -> str:
        referral = self._store.referrals.get(item.referral_id) if item.referral_id else None
        about = referral.name if referral else ""
        if item.kind is FollowUpKind.THANK_YOU:
            return "Thank you for your time"
        if item.kind is FollowUpKind.TELL_REFERRER and about:
            return f"Thank you for putting me in touch with {about}"
        if item.kind is FollowUpKind.REACH_REFERRAL and referral is not None:
            return f"{self._name(referral.referrer_id)} suggested I get in touch"
        if item.kind is FollowUpKind.INTRODUCTION and item.other_contact_id:
            return f"An introduction to {self._name(item.other_contact_id)}?"
        if item.kind is FollowUpKind.ARTICLE:
            return "Something I thought you would like"
        return "Following up on our conversation"

    def _insight(self, item: FollowUp, index: int) -> tuple[Meeting, InsightNote]:
        meeting = self._store.meetings.get(item.meeting_id)
        if item.kind is not FollowUpKind.THANK_YOU or meeting is None:
            raise UserError("Only a thank-you after a meeting quotes an insight.")
        notes = meeting.capture.insights
        if not 0 <= index < len(notes) or notes[index].is_empty:
            raise UserError("Pick one of the insights you wrote down.")
        return meeting, notes[index]

    def _name(self, contact_id: str) -> str:
        if not contact_id:
            return "(no contact yet)"
        contact = self._store.contacts.get(contact_id)
        return contact.name if contact else "(deleted contact)"

    def _contact(self, contact_id: str) -> Contact:
        contact = self._store.contacts.get(contact_id) if contact_id else None
        if contact is None:
            raise NotFoundError("That contact no longer exists.")
        return contact

    def _sender(self) -> str:
        return self._store.profile.get().name

    def _check_writable(self) -> None:
        if self._store.read_only:
            raise UserError("The data folder is open read-only: follow-ups cannot be changed.")


def _kind(kind: FollowUpKind | str) -> FollowUpKind:
    try:
        return FollowUpKind(kind)
    except ValueError:
        names = ", ".join(k.value for k in FollowUpKind)
        raise UserError(
            "“{kind}” is not a kind of follow-up: use one of {choices}.", kind=kind, choices=names
        ) from None


def _text(text: str) -> str:
    clean = " ".join(text.split())
    if not clean:
        raise UserError("Say what the follow-up is, in a few words.")
    if len(clean) > MAX_TEXT:
        raise UserError(
            "Keep the follow-up to one line (at most {limit} characters).", limit=MAX_TEXT
        )
    return clean


def _line(contact: Contact) -> str:
    return ", ".join(part for part in (contact.role, contact.company) if part)
