"""What a brief needs from each of the user's other contacts, worked out once per contact.

A network can hold 30,000 people and a brief is rebuilt whenever the user changes the
purpose or a note. Reading every contact's words afresh each time took seconds, so a
``NetworkIndex`` remembers per contact the words and concepts a brief looks for, and
works them out again only when that contact's record changed. A cheap set test
(``marks``) then lets a brief skip everyone who cannot possibly matter to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from netprep.domain.brief.taxonomy import Concept, Taxonomy
from netprep.domain.brief.text import first_name, term_key
from netprep.domain.records import Contact

# Free-text fields in which another contact's record may name this one.
SCAN_FIELDS = ("background", "how_we_met", "current_projects", "achievements")
# Fields that say what someone does: their job, their firm, their current work.
WORK_FIELDS = ("role", "company", "current_projects")
LIST_FIELDS = ("interests", "tags")


@dataclass(frozen=True)
class Tagged:
    """A concept named in one field of a contact's record."""

    concept: Concept
    field: str  # role | company | current_projects | interests | tags
    text: str  # the field (or the list entry) it was found in


@dataclass(frozen=True)
class PersonTerms:
    first: str  # first name, as the brief writes it
    surname: str  # casefolded last word of a name of two or more words, else ""
    name_key: str  # the whole name as one matching key
    company: str  # casefolded, for the same-employer test
    scan: str  # casefolded SCAN_FIELDS, for "does their record name this contact?"
    work: tuple[Tagged, ...]
    listed: tuple[Tagged, ...]
    marks: frozenset[str]  # every concept above with all its ancestors

    def meets(self, wanted: frozenset[str]) -> bool:
        """Could any concept of theirs relate to one of ``wanted`` (see ``reach``)?"""
        return not self.marks.isdisjoint(wanted)


_Fingerprint = tuple[
    datetime | None, str, str, str, str, str, str, str, tuple[str, ...], tuple[str, ...]
]


def _fingerprint(person: Contact) -> _Fingerprint:
    """Everything PersonTerms is read from: a change in any of it means reading again."""
    return (
        person.updated_at,
        person.name,
        person.role,
        person.company,
        person.current_projects,
        person.background,
        person.how_we_met,
        person.achievements,
        tuple(person.interests),
        tuple(person.tags),
    )


class NetworkIndex:
    """PersonTerms for every contact seen so far, refreshed per contact when it changes.

    The caller may keep one and pass it to every ``build_brief``; without one, briefs
    share the index of their taxonomy (``shared_index``).
    """

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._known: dict[str, tuple[_Fingerprint, PersonTerms]] = {}

    def __len__(self) -> int:
        return len(self._known)

    def terms(self, person: Contact) -> PersonTerms:
        stamp = _fingerprint(person)
        known = self._known.get(person.id)
        if known is not None and known[0] == stamp:
            return known[1]
        terms = self._read(person)
        self._known[person.id] = (stamp, terms)
        return terms

    def people(self, network: list[Contact], skip_id: str) -> list[tuple[Contact, PersonTerms]]:
        """Everyone in ``network`` but ``skip_id`` (and the nameless), with their terms."""
        out = [(p, self.terms(p)) for p in network if p.id != skip_id and p.name.strip()]
        if len(self._known) > 2 * len(out) + 1000:  # many contacts deleted since: forget them
            keep = {p.id for p, _ in out}
            self._known = {k: v for k, v in self._known.items() if k in keep}
        return out

    def _read(self, person: Contact) -> PersonTerms:
        parts = person.name.split()
        found: dict[bool, list[Tagged]] = {False: [], True: []}
        for listed, names in ((False, WORK_FIELDS), (True, LIST_FIELDS)):
            for name in names:
                value = getattr(person, name)
                for text in value if listed else [value]:
                    if not text.strip():
                        continue
                    for mention in self.taxonomy.mentions(text, listed=listed):
                        found[listed].append(Tagged(mention.concept, name, text))
        marks = {
            a.id for t in (*found[False], *found[True]) for a in self.taxonomy.ancestors(t.concept.id)
        }
        scan = "\n".join(str(getattr(person, f) or "") for f in SCAN_FIELDS).casefold()
        return PersonTerms(
            first=first_name(person.name),
            surname=parts[-1].casefold().strip(".,") if len(parts) >= 2 else "",
            name_key=term_key(person.name),
            company=person.company.casefold(),
            scan=scan if scan.strip() else "",
            work=tuple(found[False]),
            listed=tuple(found[True]),
            marks=frozenset(marks),
        )


def reach(taxonomy: Taxonomy, concepts: list[Concept], min_depth: int) -> frozenset[str]:
    """Concept ids a person must have among their ``marks`` to relate to ``concepts``.

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


@lru_cache(maxsize=4)
def shared_index(taxonomy: Taxonomy) -> NetworkIndex:
    """The index briefs built with this taxonomy share when the caller keeps none."""
    return NetworkIndex(taxonomy)
