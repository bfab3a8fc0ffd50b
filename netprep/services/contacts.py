"""Contacts and their notes: list, find, save with validation, delete with undo."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from netprep.domain.followups import FollowUp
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.domain.records import Contact, FormDraft, Interaction, Note, contact_draft_key
from netprep.domain.referrals import Referral
from netprep.domain.validation import (
    complete_link,
    split_note_body,
    validate_contact,
    validate_note,
)
from netprep.services.errors import AmbiguousError, NotFoundError, UserError, ValidationError
from netprep.services.profile import Drafts
from netprep.store.store import Store


@dataclass
class DeletedContact:
    """Everything a delete removed, kept so that it can be undone."""

    contact: Contact
    notes: list[Note] = field(default_factory=list)
    interactions: list[Interaction] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)  # as they were before the delete
    meetings_deleted: bool = False  # False: the meetings stayed, under the contact's name
    referrals: list[Referral] = field(default_factory=list)  # given in deleted meetings
    followups: list[FollowUp] = field(default_factory=list)  # of deleted meetings


class ContactService:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._deleted: list[DeletedContact] = []
        self._drafts = Drafts(store, store.db.clock)

    # -- contacts --------------------------------------------------------------------------

    def all(self) -> list[Contact]:
        """Every contact, sorted by name (shared instances: do not edit)."""
        return sorted(self._store.contacts.all(), key=lambda c: c.name.casefold())

    def in_store_order(self) -> list[Contact]:
        """Every contact, unsorted (a worker thread sorts them in slices: one sort of 30,000
        holds the interpreter lock, and so the window, for 0.1 s or more)."""
        return self._store.contacts.all()

    def count(self) -> int:
        """How many contacts there are (without reading them)."""
        return len(self._store.contacts)

    def get(self, contact_id: str) -> Contact | None:
        return self._store.contacts.get(contact_id)

    def search(self, text: str) -> list[Contact]:
        """Contacts whose name, company, role, tags or interests contain every word: those
        whose name does first, then the rest, each in name order (as the contact list)."""
        words = text.casefold().split()
        found = []
        for contact in self._store.contacts.all():
            haystack = contact.search_text()
            if all(w in haystack for w in words):
                found.append(contact)

        def order(contact: Contact) -> tuple[bool, str]:
            name = contact.name.casefold()
            return (not all(w in name for w in words), name)

        return sorted(found, key=order)

    def find(self, ref: str) -> Contact:
        """A contact by id, exact name, or unique case-insensitive name prefix."""
        ref = ref.strip()
        by_id = self._store.contacts.get(ref)
        if by_id:
            return by_id
        folded = ref.casefold()
        contacts = self.all()
        exact = [c for c in contacts if c.name.casefold() == folded]
        matches = exact or [c for c in contacts if c.name.casefold().startswith(folded)]
        if not matches:
            matches = [
                c for c in contacts if any(w.startswith(folded) for w in c.name.casefold().split())
            ]
        if not matches:
            raise NotFoundError(
                "No contact matches “{ref}”. Try `netprep contacts` to list them.", ref=ref
            )
        if len(matches) > 1:
            raise AmbiguousError(ref, [f"{c.name} ({c.id})" for c in matches[:20]])
        return self._store.contacts.get(matches[0].id) or matches[0]

    def namesakes(self, contact: Contact) -> list[Contact]:
        """Other contacts with the same name (case and spacing aside)."""
        folded = " ".join(contact.name.casefold().split())
        if not folded:
            return []
        return [
            c
            for c in self._store.contacts.all()
            if c.id != contact.id and " ".join(c.name.casefold().split()) == folded
        ]

    def validate(self, contact: Contact) -> dict[str, str]:
        errors = validate_contact(contact)
        ref = contact.referred_by
        if ref and "referred_by" not in errors and ref not in self._store.contacts:
            stored = self._store.contacts.get(contact.id)
            # A link kept from before its referrer was deleted may stay (undo restores it);
            # a new link must point at someone who exists.
            if stored is None or stored.referred_by != ref:
                errors["referred_by"] = "The referring contact no longer exists."
        return errors

    def save(self, contact: Contact) -> Contact:
        contact.links = [complete_link(link) for link in contact.links]  # "sam.dev" -> https://
        errors = self.validate(contact)
        if errors:
            raise ValidationError(errors)
        with self._store.transaction():  # saved, and its kept draft gone, as one
            saved = self._store.contacts.save(contact)
            self._drafts.discard(contact_draft_key(contact.id))
        return saved

    def delete(self, contact_id: str, *, with_meetings: bool = False) -> DeletedContact:
        """Delete a contact with its notes and interactions; undo with :meth:`undo_delete`.

        Their meetings are deleted too (with the names given and the follow-ups of those
        meetings) when ``with_meetings``; otherwise they stay, under the contact's name.
        """
        contact = self._store.contacts.get(contact_id)
        if contact is None:
            raise NotFoundError("That contact no longer exists.")
        store = self._store
        own = store.meetings.where("contact_id", contact_id)
        kept = [m for m in (store.meetings.get(m.id) for m in own) if m is not None]
        running = [m for m in kept if m.status is MeetingStatus.IN_PROGRESS]
        if with_meetings and running:  # its window would bring it back when it ends
            raise UserError(
                "Your meeting with {name} is still in progress. End it (or discard it) first, "
                "then delete {name} with their meetings.",
                name=contact.name,
            )
        deleted = DeletedContact(contact, meetings=kept, meetings_deleted=with_meetings)
        with store.transaction():  # after a crash: all of it deleted, or none
            deleted.notes = store.notes.delete_many(n.id for n in self.notes_for(contact_id))
            deleted.interactions = store.interactions.delete_many(
                i.id for i in store.interactions.where("contact_id", contact_id)
            )
            if with_meetings:
                ids = {m.id for m in kept}
                deleted.referrals = store.referrals.delete_many(
                    r.id for r in store.referrals.all() if r.meeting_id in ids
                )
                deleted.followups = store.followups.delete_many(
                    f.id for f in store.followups.all() if f.meeting_id in ids
                )
                store.meetings.delete_many(ids)
            else:
                for meeting in kept:  # shown under their name once the contact is gone
                    named = store.meetings.get(meeting.id)
                    if named is not None and named.contact_name != contact.name:
                        named.contact_name = contact.name
                        store.meetings.save(named)
            store.contacts.delete(contact_id)
            self._drafts.discard(contact_draft_key(contact_id))
        self._deleted.append(deleted)
        return deleted

    @property
    def can_undo_delete(self) -> bool:
        return bool(self._deleted)

    def undo_delete(self) -> Contact | None:
        """Restore the most recently deleted contact, with the same id, notes and history."""
        if not self._deleted:
            return None
        deleted = self._deleted[-1]
        with self._store.transaction():  # the contact comes back with all its notes, or not
            restored = self._store.contacts.save(deleted.contact)
            self._store.notes.save_many(deleted.notes)
            self._store.interactions.save_many(deleted.interactions)
            self._store.meetings.save_many(deleted.meetings)
            self._store.referrals.save_many(deleted.referrals)
            self._store.followups.save_many(deleted.followups)
        self._deleted.pop()  # only once saved: a failed undo can be tried again
        return restored

    def name_of(self, contact_id: str | None) -> str:
        if not contact_id:
            return ""
        contact = self._store.contacts.get(contact_id)
        return contact.name if contact else "(deleted contact)"

    def last_contacted(self, contact_id: str) -> datetime | None:
        times = [i.when for i in self._store.interactions.where("contact_id", contact_id) if i.when]
        return max(times, default=None)

    # -- drafts: what the contact form holds, kept while the user types -------------------

    def keep_draft(
        self, contact_id: str, title: str, fields: dict[str, str], *, new_record: bool
    ) -> FormDraft:
        """Keep the form's text as typed (valid or not) until it is saved or discarded."""
        draft = FormDraft(contact_draft_key(contact_id), contact_id, title, fields)
        draft.new_record = new_record
        return self._drafts.keep(draft)

    def draft(self, contact_id: str) -> FormDraft | None:
        return self._drafts.get(contact_draft_key(contact_id))

    def new_contact_drafts(self) -> list[FormDraft]:
        """Kept drafts of contacts never saved (offered when the contacts page opens)."""
        return [
            d
            for d in self._drafts.all()
            if d.is_contact and d.record_id not in self._store.contacts
        ]

    def discard_draft(self, contact_id: str) -> None:
        self._drafts.discard(contact_draft_key(contact_id))

    # -- notes -----------------------------------------------------------------------------

    def notes_for(self, contact_id: str) -> list[Note]:
        """The contact's notes, newest first."""
        notes = self._store.notes.where("contact_id", contact_id)
        return sorted(notes, key=_note_order, reverse=True)

    def get_note(self, note_id: str) -> Note | None:
        """A copy of the note, to edit and pass back to :meth:`save_note`."""
        return self._store.notes.get(note_id)

    def save_note(self, note: Note) -> Note:
        if not note.contact_id or note.contact_id not in self._store.contacts:
            raise NotFoundError("The note's contact no longer exists.")
        errors = validate_note(note)
        if errors:
            raise ValidationError(errors)
        return self._store.notes.save(note)

    def save_note_in_parts(self, note: Note) -> list[Note]:
        """A note too long for one, saved as several in order (``note`` keeps its id and
        holds the first part): all of them after a crash, or none."""
        if not note.contact_id or note.contact_id not in self._store.contacts:
            raise NotFoundError("The note's contact no longer exists.")
        parts = split_note_body(note.body)
        saved: list[Note] = []
        with self._store.transaction():
            for number, body in enumerate(parts):
                part = (
                    dataclasses.replace(note, body=body)
                    if number == 0
                    else Note(contact_id=note.contact_id, date=note.date, kind=note.kind, body=body)
                )
                saved.append(self._store.notes.save(part))
        return saved

    def delete_note(self, note_id: str) -> Note | None:
        return self._store.notes.delete(note_id)


def _note_order(note: Note) -> tuple[date, datetime]:
    return (note.date or date.min, note.created_at or datetime.min.replace(tzinfo=UTC))


class NoteService:
    """Deleting a contact's note, and undoing that: it comes back with its id and date."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._deleted: list[Note] = []

    def delete(self, note_id: str) -> Note:
        """Delete a note; :meth:`undo_delete` brings it back until netprep closes."""
        with self._store.transaction():  # after a crash: deleted, or still there
            note = self._store.notes.delete(note_id)
        if note is None:
            raise NotFoundError("That note no longer exists.")
        self._deleted.append(note)
        return note

    @property
    def can_undo_delete(self) -> bool:
        return bool(self._deleted)

    @property
    def last_deleted(self) -> Note | None:
        return self._deleted[-1] if self._deleted else None

    def undo_delete(self) -> Note | None:
        """Restore the most recently deleted note (same id, date, kind and text)."""
        if not self._deleted:
            return None
        note = self._deleted[-1]
        if note.contact_id not in self._store.contacts:
            raise NotFoundError(
                "The note's contact has been deleted since: undo that first (Edit → Undo "
                "delete), then the note can come back."
            )
        with self._store.transaction():
            restored = self._store.notes.save(note)
        self._deleted.pop()  # only once saved: a failed undo can be tried again
        return restored
