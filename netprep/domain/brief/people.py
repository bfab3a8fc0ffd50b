"""People in the user's network who are linked to this contact.

Links that are stored, not guessed: who referred whom, and names written in
notes. A colleague at the same company is only a *possible* mutual contact and is
labelled as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from netprep.domain.brief.orgs import same_org
from netprep.domain.brief.sources import Passage
from netprep.domain.brief.text import term_key, tokens
from netprep.domain.records import Contact

_WORD = re.compile(r"\b[^\W\d_][\w'’-]*")
_SCAN_FIELDS = ("background", "how_we_met", "current_projects", "achievements")


class LinkKind(StrEnum):
    REFERRED_THEM = "referred_them"  # introduced you to this contact
    THEY_REFERRED = "they_referred"  # this contact introduced you to them
    NAMED_IN_NOTES = "named_in_notes"  # your notes on this contact name them
    NAMES_THEM = "names_them"  # their record names this contact
    COLLEAGUE = "colleague"  # same company: maybe they know each other


@dataclass(frozen=True)
class Link:
    person: Contact
    kind: LinkKind
    passage: Passage | None = None  # the note or field that shows the link


def linked_people(
    contact: Contact, passages: list[Passage], network: list[Contact], user_name: str = ""
) -> list[Link]:
    """Everyone in ``network`` with a stored link to ``contact``, strongest links first."""
    others = [p for p in network if p.id != contact.id and p.name.strip()]
    links: list[Link] = []
    seen: set[str] = set()

    def add(link: Link) -> None:
        if link.person.id not in seen:
            seen.add(link.person.id)
            links.append(link)

    if contact.referred_by:
        for person in others:
            if person.id == contact.referred_by:
                add(Link(person, LinkKind.REFERRED_THEM))
    for person in others:
        if person.referred_by and person.referred_by == contact.id:
            add(Link(person, LinkKind.THEY_REFERRED))
    for person, passage in _named_in(passages, others, user_name):
        add(Link(person, LinkKind.NAMED_IN_NOTES, passage))
    for person, passage in _naming(contact, others):
        add(Link(person, LinkKind.NAMES_THEM, passage))
    if contact.company.strip():
        telling = [w.casefold() for w in contact.company.split() if len(w) > 2] or [
            contact.company.casefold()
        ]
        colleagues = [
            p
            for p in others
            if p.company.strip()
            and any(w in p.company.casefold() for w in telling)
            and same_org(p.company, contact.company)
        ]
        for person in colleagues[:2]:
            add(
                Link(
                    person,
                    LinkKind.COLLEAGUE,
                    Passage(person.company, f"{person.name}: company", "company"),
                )
            )
    return links


def _named_in(
    passages: list[Passage], others: list[Contact], user_name: str
) -> list[tuple[Contact, Passage]]:
    written = {w.casefold() for p in passages for w in _WORD.findall(p.text)}
    by_key: dict[str, list[Contact]] = {}
    for person in others:
        parts = person.name.split()
        if len(parts) >= 2 and parts[-1].casefold().strip(".,") in written:
            by_key.setdefault(term_key(person.name), []).append(person)
    user_key = term_key(user_name) if user_name else ""
    found: list[tuple[Contact, Passage]] = []
    for passage in passages:
        if passage.field in ("role", "company", "location"):
            continue
        words = tokens(passage.text)
        for i in range(len(words)):
            if not words[i].text[:1].isupper():
                continue
            for n in (3, 2):
                window = words[i : i + n]
                if len(window) < n or not all(w.text[:1].isupper() for w in window):
                    continue
                key = "".join(w.folded for w in window)
                if key == user_key:
                    continue
                for person in by_key.get(key, []):
                    found.append((person, passage))
    return found


def _naming(contact: Contact, others: list[Contact]) -> list[tuple[Contact, Passage]]:
    """Network records whose notes-like fields name this contact in full."""
    if len(contact.name.split()) < 2:
        return []
    surname = contact.name.split()[-1].casefold()
    wanted = term_key(contact.name)
    found = []
    for person in others:
        for field_name in _SCAN_FIELDS:
            text = str(getattr(person, field_name) or "")
            if surname not in text.casefold():
                continue  # cheap filter first: networks can hold tens of thousands
            if wanted in _window_keys(text, len(contact.name.split())):
                found.append(
                    (person, Passage(text.strip(), f"{person.name}: {field_name}", field_name))
                )
                break
    return found


def _window_keys(text: str, size: int) -> set[str]:
    words = tokens(text)
    return {"".join(w.folded for w in words[i : i + size]) for i in range(len(words))}
