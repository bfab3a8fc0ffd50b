"""People in the user's network who are linked to this contact.

Links that are stored, not guessed: who referred whom, and names written in
notes. A colleague at the same company is only a *possible* mutual contact and is
labelled as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from netprep.domain.brief.network.index import SCAN_FIELDS, Network
from netprep.domain.brief.reading.sources import Passage
from netprep.domain.brief.words.orgs import same_org
from netprep.domain.brief.words.text import term_key, tokens
from netprep.domain.records import Contact

_WORD = re.compile(r"\b[^\W\d_][\w'’-]*")


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
    contact: Contact, passages: list[Passage], network: Network, user_name: str = ""
) -> list[Link]:
    """Everyone in ``network`` with a stored link to ``contact``, strongest links first."""
    written = {w.casefold() for p in passages for w in _WORD.findall(p.text)}
    parts = contact.name.split()
    surname = parts[-1].casefold() if len(parts) >= 2 else ""
    wanted = term_key(contact.name)
    company = contact.company.strip()
    telling = frozenset(w.casefold() for w in company.split() if len(w) > 2) or frozenset(
        [company.casefold()]
    )

    # Each question goes to one of the network's indexes: nobody else is looked at.
    def usable(person: Contact) -> bool:
        return person.id != contact.id and bool(network.first(person.id))

    found = network.entry(contact.referred_by)
    referrer = [Link(found[0], LinkKind.REFERRED_THEM)] if found and usable(found[0]) else []
    referred = [
        Link(person, LinkKind.THEY_REFERRED)
        for person, _ in network.referred_by(contact.id)
        if usable(person)
    ]
    named_by_key: dict[str, list[Contact]] = {}
    for person, _ in network.with_surnames(written):
        if usable(person):
            named_by_key.setdefault(network.name_key(person.id), []).append(person)
    naming = []
    if surname:
        for person, _ in network.writing(surname):
            passage = _naming_passage(person, wanted, len(parts))
            if passage is not None and usable(person):
                naming.append(Link(person, LinkKind.NAMES_THEM, passage))
    colleagues: list[Link] = []
    if company:
        same = {
            name
            for name in network.companies_with_word(telling)
            if not telling.isdisjoint(name.casefold().split()) and same_org(name, company)
        }
        for person, _ in network.at_companies(same):
            if len(colleagues) < 2 and usable(person):
                where = Passage(person.company, f"{person.name}: company", "company")
                colleagues.append(Link(person, LinkKind.COLLEAGUE, where))
    named = [
        Link(person, LinkKind.NAMED_IN_NOTES, passage)
        for person, passage in _named_in(passages, named_by_key, user_name)
    ]
    links: list[Link] = []
    seen: set[str] = set()
    for link in (*referrer, *referred, *named, *naming, *colleagues):
        if link.person.id not in seen:
            seen.add(link.person.id)
            links.append(link)
    return links


def _named_in(
    passages: list[Passage], by_key: dict[str, list[Contact]], user_name: str
) -> list[tuple[Contact, Passage]]:
    """Network contacts whose full name is written in the notes on this contact."""
    if not by_key:
        return []
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


def _naming_passage(person: Contact, wanted: str, size: int) -> Passage | None:
    """The field of ``person``'s record that names this contact in full, if any."""
    for field_name in SCAN_FIELDS:
        text = str(getattr(person, field_name) or "")
        if wanted in _window_keys(text, size):
            return Passage(text.strip(), f"{person.name}: {field_name}", field_name)
    return None


def _window_keys(text: str, size: int) -> set[str]:
    words = tokens(text)
    return {"".join(w.folded for w in words[i : i + size]) for i in range(len(words))}
