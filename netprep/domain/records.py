"""The records netprep keeps. Plain dataclasses: the store maps them to documents.

Every record has an ``id`` (a short random hex string, stable across export and
import), and ``created_at`` / ``updated_at`` set by the store when it saves.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


def new_id() -> str:
    """A random, URL-safe identifier (64 bits: ample for one person's network)."""
    return secrets.token_hex(8)


class Circle(StrEnum):
    """Why we keep in touch with someone (the weekly review's three groups)."""

    NONE = ""
    STAY_IN_TOUCH = "stay_in_touch"
    GET_TO_KNOW = "get_to_know"
    COLLABORATED = "collaborated"

    @property
    def label(self) -> str:
        return _CIRCLE_LABELS[self]


_CIRCLE_LABELS = {
    Circle.NONE: "—",
    Circle.STAY_IN_TOUCH: "Stay in touch",
    Circle.GET_TO_KNOW: "Want to get to know",
    Circle.COLLABORATED: "Collaborated with",
}


class NoteKind(StrEnum):
    RESEARCH = "research"
    CONVERSATION = "conversation"
    PERSONAL = "personal"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class InteractionKind(StrEnum):
    EMAIL = "email"
    CALL = "call"
    MEETING = "meeting"  # a networking meeting run in netprep
    MESSAGE = "message"
    MET = "met"  # a chance meeting: bumped into them

    @property
    def label(self) -> str:
        return _INTERACTION_LABELS[self]


_INTERACTION_LABELS = {
    InteractionKind.EMAIL: "Email",
    InteractionKind.CALL: "Call",
    InteractionKind.MEETING: "Meeting",
    InteractionKind.MESSAGE: "Message",
    InteractionKind.MET: "Chance meeting",
}


@dataclass
class Record:
    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class Profile(Record):
    """The user: the source of the self-summary and of what we have in common."""

    name: str = ""
    headline: str = ""
    email: str = ""
    location: str = ""
    good_at: str = ""
    unique: str = ""
    interests: list[str] = field(default_factory=list)
    employers: list[str] = field(default_factory=list)
    schools: list[str] = field(default_factory=list)
    current_goal: str = ""
    current_challenge: str = ""
    availability: str = ""
    # Unsaved form edits (domain/drafts.py), kept here because the profile is the one record
    # that always exists: a draft is written with the store's journal, like any record.
    drafts: list[FormDraft] = field(default_factory=list)


@dataclass
class Contact(Record):
    name: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    company: str = ""
    role: str = ""
    location: str = ""
    links: list[str] = field(default_factory=list)
    how_we_met: str = ""
    referred_by: str | None = None
    circle: Circle = Circle.NONE
    # Keep-in-touch interval of this contact, overriding its circle's (see domain/cadence.py).
    touch_ideal_days: int | None = None
    touch_max_days: int | None = None
    snoozed_until: date | None = None  # left out of the weekly review until this day
    interests: list[str] = field(default_factory=list)
    background: str = ""
    current_projects: str = ""
    achievements: str = ""
    tags: list[str] = field(default_factory=list)

    @property
    def primary_email(self) -> str:
        return self.emails[0] if self.emails else ""

    def search_text(self) -> str:
        """What the contact list's search matches against, lower-cased."""
        parts = [self.name, self.company, self.role, *self.tags, *self.interests]
        return " ".join(parts).casefold()


@dataclass
class Note(Record):
    contact_id: str = ""
    date: date | None = None
    body: str = ""
    kind: NoteKind = NoteKind.RESEARCH


@dataclass
class Interaction(Record):
    """Any touch with a contact: drives "last contacted" in the weekly review."""

    contact_id: str = ""
    when: datetime | None = None
    kind: InteractionKind = InteractionKind.MEETING
    summary: str = ""
    source: str = ""  # what logged it: "" by hand or a meeting, REVIEW_SOURCE the weekly review


#: Interaction.source of an email sent from the weekly review (its log is read from these).
REVIEW_SOURCE = "weekly_review"


# -- drafts: unsaved edits kept while the user types, so a crash or a kill loses nothing --------
# A form (a contact, the profile) keeps its fields as text, exactly as typed, even when they
# would not pass validation: the draft is offered back on the next open ("Unsaved changes to
# Maya Chen from 14:02 were kept: Restore / Discard"), never saved over the record.

PROFILE_DRAFT = "profile"


def contact_draft_key(contact_id: str) -> str:
    return f"contact:{contact_id}"


@dataclass
class FormDraft:
    key: str = ""  # which form: PROFILE_DRAFT or contact_draft_key(id)
    record_id: str = ""  # the record the form edits (a new contact's id before it is saved)
    title: str = ""  # what the user calls it: the contact's name as typed
    fields: dict[str, str] = field(default_factory=dict)  # field name -> text as typed
    kept_at: datetime | None = None
    new_record: bool = False  # the record has never been saved

    @property
    def is_contact(self) -> bool:
        return self.key.startswith("contact:")


def kept_when(kept_at: datetime | None, now: datetime) -> str:
    """'14:02' today, 'Tue 1 Dec at 14:02' before."""
    if kept_at is None:
        return "earlier"
    local, today = kept_at.astimezone(), now.astimezone()
    clock_time = local.strftime("%H:%M")
    if local.date() == today.date():
        return clock_time
    return f"{local.strftime('%a')} {local.day} {local.strftime('%b')} at {clock_time}"
