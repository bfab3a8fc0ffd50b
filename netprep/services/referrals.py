"""Referrals after the meeting: who referred whom, what is waiting, moving each one on.

"Waiting for action" comes first: a name not yet contacted, or a referral you have met
but whose referrer has not heard how it went — the step most people forget. Those
waiting on the other person (contacted, not met yet) come next, the finished ones last.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from netprep.domain.clock import Clock
from netprep.domain.followups import FollowUp, FollowUpKind, advance_referral
from netprep.domain.message import message_of
from netprep.domain.records import Contact
from netprep.domain.referrals import Referral, ReferralError, ReferralStatus
from netprep.services.errors import NotFoundError, UserError
from netprep.store.store import Store

_EPOCH = datetime.min.replace(tzinfo=UTC)
# Lower is more urgent: the user has something to do for ASKED and MET.
_URGENCY = {
    ReferralStatus.ASKED: 0,
    ReferralStatus.MET: 0,
    ReferralStatus.CONTACTED: 1,
    ReferralStatus.REFERRER_THANKED: 2,
}
NEXT_STEP = {
    ReferralStatus.ASKED: "Get in touch",
    ReferralStatus.CONTACTED: "Waiting to meet",
    ReferralStatus.MET: "Tell the referrer how it went",
    ReferralStatus.REFERRER_THANKED: "Done",
}
ADVANCE_LABEL = {
    ReferralStatus.ASKED: "Mark as contacted",
    ReferralStatus.CONTACTED: "Mark as met",
    ReferralStatus.MET: "Mark referrer thanked",
}
# Which follow-up a status change completes.
_COMPLETES = {
    ReferralStatus.CONTACTED: FollowUpKind.REACH_REFERRAL,
    ReferralStatus.REFERRER_THANKED: FollowUpKind.TELL_REFERRER,
}


def waiting_for_action(referral: Referral) -> bool:
    return _URGENCY[referral.status] == 0


@dataclass(frozen=True)
class SuggestedName:
    """A name a contact suggested: from a Referral record, or their "referred by" typed by hand."""

    name: str
    contact_id: str | None
    status_label: str  # the referral's status; "" for a "referred by" typed by hand


@dataclass
class ReferralNode:
    """One person in the who-referred-whom tree."""

    name: str
    contact_id: str | None = None
    referral: Referral | None = None  # how this person came in (None for a root)
    children: list[ReferralNode] = field(default_factory=list)


class ReferralService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def get(self, referral_id: str) -> Referral | None:
        return self._store.referrals.get(referral_id)

    def all(self) -> list[Referral]:
        """Every referral, waiting-for-action first, then oldest first within each group."""
        return sorted(self._store.referrals.all(), key=_order)

    def pending(self) -> list[Referral]:
        """Referrals whose loop is not closed yet (the referrer not yet thanked)."""
        return [r for r in self.all() if r.status is not ReferralStatus.REFERRER_THANKED]

    def given_by(self, contact_id: str) -> list[Referral]:
        return sorted(self._store.referrals.where("referrer_id", contact_id), key=_order)

    def suggested_by(self, contact_id: str) -> list[SuggestedName]:
        """Everyone this contact referred: their referrals, then contacts whose "referred by"
        names them without a Referral record (typed by hand on the contact form)."""
        given = self.given_by(contact_id)
        names = [SuggestedName(r.name, r.contact_id, r.status.label) for r in given]
        linked = {r.contact_id for r in given if r.contact_id}
        by_hand = [
            c
            for c in self._store.contacts.all()
            if c.referred_by == contact_id and c.id not in linked and c.id != contact_id
        ]
        by_hand.sort(key=lambda c: c.name.casefold())
        return names + [SuggestedName(c.name, c.id, "") for c in by_hand]

    def from_meeting(self, meeting_id: str) -> list[Referral]:
        found = self._store.referrals.where("meeting_id", meeting_id)
        return sorted(found, key=lambda r: (_by_age(r), r.name.casefold()))

    def came_from(self, contact_id: str) -> Referral | None:
        """The referral that brought this contact in (the earliest, if several)."""
        found = self._store.referrals.where("contact_id", contact_id)
        return min(found, key=lambda r: r.asked_at or r.created_at or _EPOCH, default=None)

    def name_of(self, contact_id: str | None) -> str:
        if not contact_id:
            return ""
        contact = self._store.contacts.get(contact_id)
        return contact.name if contact else "(deleted contact)"

    def advance(self, referral_id: str) -> tuple[Referral, list[FollowUp]]:
        """Move a referral on one status; returns it and any follow-up that creates."""
        if self._store.read_only:
            raise UserError("The data folder is open read-only: nothing can be changed.")
        referral = self._store.referrals.get(referral_id)
        if referral is None:
            raise NotFoundError("That referral no longer exists.")
        referrer = self._store.contacts.get(referral.referrer_id) or Contact(
            id=referral.referrer_id, name="your contact"
        )
        now = self._clock.now()
        try:
            created = advance_referral(
                referral,
                referrer,
                now=now,
                today=now.astimezone().date(),
                sender_name=self._store.profile.get().name,
            )
        except ReferralError as error:
            raise UserError(message_of(error)) from None
        done = self._completed_followups(referral, now)
        with self._store.transaction():  # the referral and its follow-ups move together
            self._store.followups.save_many([*done, *created])
            saved = self._store.referrals.save(referral)
        return saved, created

    def tree(self) -> list[ReferralNode]:
        """Everyone who referred someone, each with the people they referred beneath."""
        contacts = {c.id: c for c in self._store.contacts.all()}
        children: dict[str, list[ReferralNode]] = {}
        linked: set[tuple[str, str]] = set()
        for referral in sorted(self._store.referrals.all(), key=_by_age):
            target = contacts.get(referral.contact_id or "")
            name = target.name if target else referral.name
            node = ReferralNode(name, target.id if target else None, referral)
            children.setdefault(referral.referrer_id, []).append(node)
            if target:
                linked.add((referral.referrer_id, target.id))
        for contact in contacts.values():  # referred_by typed by hand, with no Referral record
            if contact.referred_by and (contact.referred_by, contact.id) not in linked:
                node = ReferralNode(contact.name, contact.id)
                children.setdefault(contact.referred_by, []).append(node)
        referred = {n.contact_id for nodes in children.values() for n in nodes if n.contact_id}
        starts = [cid for cid in children if cid not in referred or cid not in contacts]
        starts += [cid for cid in children if cid not in starts]  # cycles: anyone left over
        seen: set[str] = set()
        roots = []
        for cid in starts:
            if cid in seen:
                continue
            seen.add(cid)
            root = ReferralNode(contacts[cid].name if cid in contacts else "(deleted contact)", cid)
            _grow(root, children, seen)
            roots.append(root)
        return sorted(roots, key=lambda n: n.name.casefold())

    def _completed_followups(self, referral: Referral, now: datetime) -> list[FollowUp]:
        kind = _COMPLETES.get(referral.status)
        if kind is None:
            return []
        done = []
        for followup in self._store.followups.where("referral_id", referral.id):
            if followup.kind is kind and not followup.done:
                copy = self._store.followups.get(followup.id)
                if copy is not None:
                    copy.mark_done(now)
                    done.append(copy)
        return done


def _grow(node: ReferralNode, children: dict[str, list[ReferralNode]], seen: set[str]) -> None:
    """Attach each person's own referrals below them (a person is expanded only once)."""
    for child in children.get(node.contact_id or "", []):
        node.children.append(child)
        if child.contact_id and child.contact_id not in seen:
            seen.add(child.contact_id)
            _grow(child, children, seen)


def _by_age(referral: Referral) -> datetime:
    return referral.asked_at or referral.created_at or _EPOCH


def _order(referral: Referral) -> tuple[int, datetime, str]:
    return (_URGENCY[referral.status], _by_age(referral), referral.name.casefold())
