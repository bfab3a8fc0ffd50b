"""Everything the brief may quote, cut into passages that know where they came from.

A passage is a verbatim piece of one stored field or note. Every fact, hook and
question is built from passages, so its evidence always points at real text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from netprep.domain.brief.model import Evidence
from netprep.domain.brief.words.text import split_fragments
from netprep.domain.records import Contact, Note, NoteKind, Profile

# Contact fields the brief reads, in the order they are most telling.
CONTACT_TEXT_FIELDS = ("current_projects", "achievements", "background", "how_we_met")
CONTACT_LIST_FIELDS = ("interests", "tags")
PROFILE_LIST_FIELDS = ("interests",)
PROFILE_TEXT_FIELDS = ("headline", "good_at", "unique")


# Markup typed or pasted into a field is never content: a script, style or frame with
# everything inside it, an image with its alt text (a tracker's "pixel"), a link's
# target unless it is a web or mail address, any other tag, a bare "javascript:" address.
# What lies between is read as text.
_MARKUP = re.compile(
    r"<(script|style|iframe|object|embed|svg|noscript)\b.*?(?:</\1\s*>|$)"
    r"|!\[[^\]]*\]\([^)]*\)?|<img\b[^>]*>?"
    r"|\]\((?!\s*(?:https?://|mailto:))(?:[^()]|\([^)]*\))*\)"
    r"|\[(?=[^\]]*\]\((?!\s*(?:https?://|mailto:)))"
    r"|<[^>]*>|\b(?:javascript|vbscript|data):\S*",
    re.IGNORECASE | re.DOTALL,
)


def plain_parts(text: str) -> list[str]:
    """The pieces of ``text`` outside any markup, each a verbatim substring of it."""
    if "<" not in text and "](" not in text and ":" not in text:
        return [text]
    if not _MARKUP.search(text):
        return [text]
    pieces = [part for part in _MARKUP.split(text) if part]
    parts = [part.strip().rstrip("'‘\"“(").strip() for part in pieces]
    return [p for p in parts if p and any(ch.isalnum() for ch in p) and not _is_group(p)]


def _is_group(part: str) -> bool:
    """``re.split`` also returns the tag name a script/style match captured."""
    return part.casefold() in ("script", "style", "iframe", "object", "embed", "svg", "noscript")


@dataclass(frozen=True)
class Passage:
    text: str  # verbatim
    source: str  # shown to the user: "contact: interests", "note 2026-10-02 (research)"
    field: str  # "interests", "role", "note", "purpose", ...
    listed: bool = False  # an item of a list field (an interest as the user typed it)
    note_id: str = ""
    note_kind: NoteKind | None = None
    when: date | None = None

    def evidence(self) -> Evidence:
        return Evidence(source=self.source, excerpt=self.text, note_id=self.note_id)

    @property
    def told_me(self) -> bool:
        """Written after a conversation: they said it themselves."""
        return self.note_kind is NoteKind.CONVERSATION


def note_label(note: Note) -> str:
    kind = note.kind.value if isinstance(note.kind, NoteKind) else str(note.kind)
    return f"note {note.date.isoformat()} ({kind})" if note.date else f"note ({kind})"


def contact_passages(contact: Contact, notes: list[Note]) -> list[Passage]:
    """The contact's own fields and notes, newest notes first."""
    out: list[Passage] = []
    for field_name in ("role", "company", "location"):
        value = str(getattr(contact, field_name) or "").strip()
        for part in plain_parts(value) if value else []:
            out.append(Passage(part, f"contact: {field_name}", field_name))
    for field_name in CONTACT_LIST_FIELDS:
        for item in getattr(contact, field_name):
            for part in plain_parts(item.strip()) if item.strip() else []:
                out.append(Passage(part, f"contact: {field_name}", field_name, True))
    for field_name in CONTACT_TEXT_FIELDS:
        text = str(getattr(contact, field_name) or "")
        for fragment in split_fragments(text):
            for part in plain_parts(fragment.text):
                out.append(Passage(part, f"contact: {field_name}", field_name))
    for note in sorted(notes, key=_newest_first):
        label = note_label(note)
        kind = note.kind if isinstance(note.kind, NoteKind) else None
        for fragment in split_fragments(note.body or ""):
            for part in plain_parts(fragment.text):
                out.append(Passage(part, label, "note", False, note.id, kind, note.date))
    return out


def profile_passages(profile: Profile) -> list[Passage]:
    """The user's own interests and self-description."""
    out: list[Passage] = []
    for field_name in PROFILE_LIST_FIELDS:
        for item in getattr(profile, field_name):
            if item.strip():
                out.append(Passage(item.strip(), f"profile: {field_name}", field_name, True))
    for field_name in PROFILE_TEXT_FIELDS:
        for fragment in split_fragments(str(getattr(profile, field_name) or "")):
            out.append(Passage(fragment.text, f"profile: {field_name}", field_name))
    return out


def whole_field(owner: str, field_name: str, value: str) -> Passage | None:
    """One whole field as a passage (for evidence that quotes a field in full)."""
    value = value.strip()
    if not value:
        return None
    return Passage(value, f"{owner}: {field_name}", field_name)


def recency(when: date | None, now: datetime) -> float:
    """A small bonus for what was written recently (notes go stale)."""
    if when is None:
        return 0.0
    days = (now.date() - when).days
    if days <= 120:
        return 1.0
    if days <= 730:
        return 0.5
    return 0.0


def _newest_first(note: Note) -> tuple[int, int, float, str]:
    """Newest day first; on one day the note written last first; then by id, so two
    notes never swap places between runs."""
    written = -note.created_at.timestamp() if note.created_at else 0.0
    return (0, -note.date.toordinal(), written, note.id) if note.date else (1, 0, written, note.id)
