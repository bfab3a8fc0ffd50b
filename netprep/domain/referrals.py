"""Referrals: the names a contact gave, followed from "asked" to "referrer thanked".

Each named ReferralDraft from the meeting becomes a Referral record. Before it becomes a
new contact, ``find_same_person`` checks whether the user already knows them: the same email
address is certainly the same person; the same name only probably is (the user confirms).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from netprep.domain.capture import ReferralDraft
from netprep.domain.message import Message
from netprep.domain.person_names import emails_in, fold_emails, name_key, same_name
from netprep.domain.records import Contact, Record


class ReferralError(ValueError):
    """A referral change that cannot be made (message for the user)."""


class ReferralStatus(StrEnum):
    ASKED = "asked"
    CONTACTED = "contacted"
    MET = "met"
    REFERRER_THANKED = "referrer_thanked"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def next(self) -> ReferralStatus | None:
        order = list(ReferralStatus)
        position = order.index(self)
        return order[position + 1] if position + 1 < len(order) else None


_STATUS_LABELS = {
    ReferralStatus.ASKED: "Name given",
    ReferralStatus.CONTACTED: "Contacted",
    ReferralStatus.MET: "Met",
    ReferralStatus.REFERRER_THANKED: "Referrer thanked",
}


@dataclass
class Referral(Record):
    meeting_id: str = ""
    referrer_id: str = ""  # the contact who gave the name
    contact_id: str | None = None  # the referred person, once linked to a contact
    name: str = ""
    why: str = ""
    how_to_reach: str = ""
    will_introduce: bool = False
    status: ReferralStatus = ReferralStatus.ASKED
    asked_at: datetime | None = None
    contacted_at: datetime | None = None
    met_at: datetime | None = None
    referrer_thanked_at: datetime | None = None

    def advance(self, now: datetime) -> ReferralStatus:
        """Move to the next status and stamp when it happened."""
        following = self.status.next
        if following is None:
            if self.name:
                done = Message(
                    "{name} is already done: the referrer has been thanked.", name=self.name
                )
            else:
                done = Message("This referral is already done: the referrer has been thanked.")
            raise ReferralError(done)
        self.status = following
        setattr(self, f"{following.value}_at", now)
        return following


# --- is this someone we already know? ---------------------------------------------------------


class MatchKind(StrEnum):
    CERTAIN = "certain"  # same email address
    PROBABLE = "probable"  # same name, written alike: ask the user
    NONE = "none"


@dataclass(frozen=True)
class ContactMatch:
    kind: MatchKind
    contact: Contact | None = None
    reason: str = ""  # in English; the GUI words its own from the fields, translated
    candidates: tuple[Contact, ...] = field(default=())  # every contact that matched this way
    email: str = ""  # the address that made it certain

    @property
    def needs_confirmation(self) -> bool:
        return self.kind is MatchKind.PROBABLE


class PersonIndex:
    """Contacts by email and by name key, built once so 30,000 contacts stay quick."""

    def __init__(self, contacts: Iterable[Contact]) -> None:
        self._by_email: dict[str, list[Contact]] = {}
        self._by_name: dict[tuple[str, str], list[Contact]] = {}
        for contact in contacts:
            for email in fold_emails(contact.emails):
                self._by_email.setdefault(email, []).append(contact)
            key = name_key(contact.name)
            if key != ("", ""):
                self._by_name.setdefault(key, []).append(contact)

    def find(self, draft: ReferralDraft | Referral) -> ContactMatch:
        """The contact who is this referral, and how sure that is."""
        for email in emails_in(draft.how_to_reach):
            found = self._by_email.get(email)
            if found:
                return ContactMatch(
                    MatchKind.CERTAIN,
                    found[0],
                    f"{found[0].name or 'A contact'} has the email address {email}.",
                    tuple(found),
                    email,
                )
        key = name_key(draft.name)
        if key == ("", ""):
            return ContactMatch(MatchKind.NONE)
        found = [c for c in self._by_name.get(key, []) if same_name(draft.name, c.name)]
        if not found:
            return ContactMatch(MatchKind.NONE)
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        return ContactMatch(
            MatchKind.PROBABLE,
            found[0],
            f"You already have a contact called {found[0].name}{more}: is this the same person?",
            tuple(found),
        )


def find_same_person(draft: ReferralDraft | Referral, contacts: Iterable[Contact]) -> ContactMatch:
    """One-off lookup; build a PersonIndex instead when checking several referrals."""
    return PersonIndex(contacts).find(draft)
