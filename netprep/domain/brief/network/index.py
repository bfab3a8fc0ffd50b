"""What a brief needs from each of the user's other contacts, worked out once per contact.

A network can hold 30,000 people and a brief is rebuilt whenever the user changes the
purpose or a note. Reading every contact's words afresh each time took seconds, so a
``NetworkIndex`` remembers per contact the words and concepts a brief looks for, and
works them out again only when that contact's record changed. Cheap set tests (the
``*_marks`` of PersonTerms, a surname) then let a brief pass over everyone who cannot
possibly matter to it; only the few who might are looked at in detail.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from netprep.domain.brief.taxonomy import Concept, Taxonomy
from netprep.domain.brief.words.text import term_key
from netprep.domain.person_names import first_name
from netprep.domain.records import Contact

# Free-text fields in which another contact's record may name this one.
SCAN_FIELDS = ("background", "how_we_met", "current_projects", "achievements")
LIST_FIELDS = ("interests", "tags")
_TEXT_MEMO_LIMIT = 100_000
_BULK = 2_000  # contacts to read at once before the cycle collector is held off
_NO_MARKS: frozenset[str] = frozenset()
_NOTHING: tuple[tuple[Tagged, ...], frozenset[str]] = ((), _NO_MARKS)
_TITLES = frozenset({"dr", "dr.", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.", "ms"})


class Tagged(NamedTuple):
    """A concept named in one field of a contact's record."""

    concept: Concept
    field: str  # role | company | current_projects | interests | tags
    text: str  # the field (or the list entry) it was found in


class PersonTerms(NamedTuple):
    """One contact as a brief reads them (a tuple: there may be 30,000 of these)."""

    first: str  # first name, as the brief writes it ("" for a contact with no name)
    surname: str  # casefolded last word of a name of two or more words, else ""
    name_key: str  # the whole name as one matching key
    scan: str  # casefolded SCAN_FIELDS, for "does their record name this contact?"
    work: tuple[Tagged, ...]
    listed: tuple[Tagged, ...]
    # Every concept named, with all its ancestors, for quick "could this matter?" tests:
    job_marks: frozenset[str]  # in their role
    work_marks: frozenset[str]  # in their company, current projects and tags
    fun_marks: frozenset[str]  # in their interests


@dataclass(frozen=True)
class Network:
    """The user's other contacts with what was read from each, side by side."""

    contacts: list[Contact]
    terms: list[PersonTerms]

    def __iter__(self) -> Iterator[tuple[Contact, PersonTerms]]:
        return zip(self.contacts, self.terms, strict=True)

    def __len__(self) -> int:
        return len(self.contacts)


# Everything PersonTerms is read from: a change in any of it means reading the contact again.
_Stamp = tuple[datetime | None, str, str, str, str, str, str, str, str, str]


class NetworkIndex:
    """PersonTerms for every contact seen so far, read again for a contact that changed.

    The brief service keeps one (built by the composition root) and passes it to every
    ``build_brief``. Safe to share between threads:
    an entry is replaced whole, never changed in place.
    """

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._known: dict[str, tuple[_Stamp, PersonTerms]] = {}
        # Roles, firms and interests repeat across a network: each text is read once.
        self._tagged: dict[tuple[str, str], tuple[tuple[Tagged, ...], frozenset[str]]] = {}

    def __len__(self) -> int:
        return len(self._known)

    def read(self, network: list[Contact]) -> Network:
        """Every contact of ``network`` with its terms, read afresh only where it changed."""
        known = self._known
        fresh = len(network) - len(known)
        with _collector_paused(fresh > _BULK):
            terms = self._terms(network)
        if len(known) > 2 * len(network) + 1000:  # many contacts deleted since: forget them
            ids = {p.id for p in network}
            self._known = {k: v for k, v in known.items() if k in ids}
        return Network(list(network), terms)

    def _terms(self, network: list[Contact]) -> list[PersonTerms]:
        known = self._known
        lookup = known.get
        terms: list[PersonTerms] = []
        keep = terms.append
        for person in network:  # the hot loop of a large network: kept lean on purpose
            stamp = (
                person.updated_at,
                person.name,
                person.role,
                person.company,
                person.current_projects,
                person.background,
                person.how_we_met,
                person.achievements,
                "\x1f".join(person.interests),  # text, not a tuple: less for the GC to walk
                "\x1f".join(person.tags),
            )
            entry = lookup(person.id)
            if entry is None or entry[0] != stamp:
                entry = known[person.id] = (stamp, self._read(person))
            keep(entry[1])
        return terms

    def _tags(self, field: str, text: str) -> tuple[tuple[Tagged, ...], frozenset[str]]:
        """The concepts one field names, and their lineage (read once per distinct text)."""
        key = (field, text)
        found = self._tagged.get(key)
        if found is None:
            taxonomy = self.taxonomy
            mentions = taxonomy.mentions(text, listed=field in LIST_FIELDS, remember=False)
            tagged = tuple(Tagged(m.concept, field, text) for m in mentions)
            lineage = _NO_MARKS
            for mention in mentions:
                lineage = _merge(lineage, taxonomy.lineage(mention.concept.id))
            found = (tagged, lineage)
            if field != "current_projects":  # the one field that rarely repeats
                if len(self._tagged) >= _TEXT_MEMO_LIMIT:
                    self._tagged.clear()
                self._tagged[key] = found
        return found

    def _read(self, person: Contact) -> PersonTerms:
        tags = self._tags
        work, job_marks = tags("role", person.role) if person.role else _NOTHING
        listed: tuple[Tagged, ...] = ()
        work_marks = fun_marks = _NO_MARKS
        for name in ("company", "current_projects"):
            text = getattr(person, name)
            if text:
                found, marks = tags(name, text)
                if found:
                    work, work_marks = work + found, _merge(work_marks, marks)
        for text in person.interests:
            found, marks = tags("interests", text)
            if found:
                listed, fun_marks = listed + found, _merge(fun_marks, marks)
        for text in person.tags:
            found, marks = tags("tags", text)
            if found:
                listed, work_marks = listed + found, _merge(work_marks, marks)
        names = person.name.split()
        parts = names
        while len(parts) > 1 and parts[0].casefold() in _TITLES:
            parts = parts[1:]
        scan = "\n".join(
            [person.background, person.how_we_met, person.current_projects, person.achievements]
        )
        return PersonTerms(
            first=first_name(person.name) if parts else "",
            surname=parts[-1].casefold().strip(".,") if len(names) >= 2 else "",
            name_key=term_key(person.name),
            scan=scan.casefold() if scan.strip() else "",
            work=work,
            listed=listed,
            job_marks=job_marks,
            work_marks=work_marks,
            fun_marks=fun_marks,
        )


def _merge(first: frozenset[str], second: frozenset[str]) -> frozenset[str]:
    """The union, without a new set when one side is empty (the usual case)."""
    if not first:
        return second
    if second <= first:
        return first
    return second if first <= second else first | second


@contextmanager
def _collector_paused(pause: bool) -> Iterator[None]:
    """Hold off Python's cycle collector while thousands of contacts are read at once.

    Reading a large network creates hundreds of thousands of small objects that all
    stay alive; the collector would walk the whole heap again and again meanwhile (a
    third of the first build's time). Nothing read here forms a reference cycle, and
    the collector is switched back on at the end, as it was found.
    """
    was_on = pause and gc.isenabled()
    if was_on:
        gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def reach(taxonomy: Taxonomy, concepts: list[Concept], min_depth: int) -> frozenset[str]:
    """Concept ids a person must have among their marks to relate to ``concepts``.

    Two concepts relate (``Taxonomy.relate``) through a shared ancestor, one being the
    other's ancestor, or a cross-link: every such case puts one of these ids among the
    other person's marks. ``min_depth`` leaves out what is shared too broadly to count.
    """
    out: set[str] = set()
    for concept in concepts:
        for ancestor in taxonomy.ancestors(concept.id):
            if ancestor.depth >= min_depth:
                out.add(ancestor.id)
            out |= taxonomy.related_ids(ancestor.id)
    return frozenset(out)
