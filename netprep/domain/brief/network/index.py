"""The user's network as a brief needs it, kept up to date contact by contact.

A network can hold 30,000 people and a brief is rebuilt whenever the user changes the
purpose or a note: a brief must not walk all of them. A ``NetworkIndex`` lives as long
as the app (the brief service keeps one) and remembers, per contact, the concepts a
brief looks for (``PersonTerms``), with inverted indexes over them: who was referred by
whom, surnames, employers, each concept and who names it, and the free text that may
name another contact (in buckets, so that a change re-joins only one bucket). Each build
first brings the index up to date: a contact that is the very object seen last time
(the store hands out shared records and replaces a record on save) costs one dict
lookup; only a new or changed contact is read again. A brief then asks the index
questions (``Network``) instead of looping over everyone.
"""

from __future__ import annotations

import heapq
import threading
from collections.abc import Iterable, Iterator
from datetime import datetime

from netprep.domain.brief.network.collector import collector_paused
from netprep.domain.brief.network.free_text import TextBuckets, free_text
from netprep.domain.brief.taxonomy import Taxonomy
from netprep.domain.brief.words.text import term_key
from netprep.domain.person_names import first_name
from netprep.domain.records import Contact

# Free-text fields in which another contact's record may name this one.
SCAN_FIELDS = ("background", "how_we_met", "current_projects", "achievements")
LIST_FIELDS = ("interests", "tags")
_TEXT_MEMO_LIMIT = 100_000
_BULK = 2_000  # contacts to read at once before the cycle collector is held off
_NOTHING: tuple[Tagged, ...] = ()
_TITLES = frozenset({"dr", "dr.", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.", "ms"})


# Plain tuples of strings, not NamedTuples or objects: Python's cycle collector stops
# tracking such tuples, so 30,000 contacts add nothing for a full collection to walk
# (it would otherwise pause the app for ~0.1 s now and then).
Tagged = tuple[str, str, str, bool]
"""A concept named in one field of a contact's record: (concept id, field, the text it
was found in, whether the concept is a professional topic). Field: role | company |
current_projects | interests | tags."""

PersonTerms = tuple[str, tuple[Tagged, ...], tuple[Tagged, ...]]
"""One contact as a brief reads them: (surname, work, listed). Surname: casefolded last
word of a name of two or more words, else "". Work: concepts in their role, company and
current projects. Listed: concepts in their interests and tags."""


# Everything PersonTerms and the inverted indexes are read from.
_Stamp = tuple[datetime | None, str, str, str, str, str, str, str, str, str, str | None]


def _stamp(person: Contact) -> _Stamp:
    return (
        person.updated_at,
        person.name,
        person.role,
        person.company,
        person.current_projects,
        person.background,
        person.how_we_met,
        person.achievements,
        "\x1f".join(person.interests),
        "\x1f".join(person.tags),
        person.referred_by,
    )


def match_keys(terms: PersonTerms) -> Iterator[tuple[str, str]]:
    """How each concept of a contact can matter to an introduction: in their job ("role"),
    in their work, firm or tags ("work"), or as a pastime ("fun")."""
    _, work, listed = terms
    for concept_id, field, _, _ in work:
        yield ("role" if field == "role" else "work"), concept_id
    for concept_id, field, _, professional in listed:
        if field != "interests":
            yield "work", concept_id
        elif not professional:
            yield "fun", concept_id


class _Postings:
    """key -> ids of the contacts filed under it."""

    def __init__(self) -> None:
        self.ids: dict[object, set[str]] = {}

    def add(self, key: object, contact_id: str) -> None:
        self.ids.setdefault(key, set()).add(contact_id)

    def remove(self, key: object, contact_id: str) -> None:
        found = self.ids.get(key)
        if found is not None:
            found.discard(contact_id)
            if not found:
                del self.ids[key]

    def get(self, key: object) -> set[str]:
        return self.ids.get(key, set())


class NetworkIndex:
    """The network's contacts with what a brief reads from each, and inverted indexes.

    The brief service keeps one (built by the composition root) and passes it to every
    ``build_brief``; builds may run on a worker thread while the GUI thread builds one
    too, so reading and asking happen under one lock (see :meth:`read`).
    """

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.lock = threading.RLock()
        # Two plain dicts, no (contact, terms) pairs: fewer objects for the collector.
        self._known: dict[str, Contact] = {}
        self._terms: dict[str, PersonTerms] = {}
        self._seen: list[Contact] = []  # the network as last read
        self._referred_by = _Postings()
        self._surnames = _Postings()
        self._companies = _Postings()  # company as written -> ids
        self._company_words = _Postings()  # a word of a company name -> company names
        self._concepts = _Postings()  # (how, concept id) -> ids; see match_keys
        self._texts = TextBuckets(lambda i: free_text(self._known[i]))
        self._first: dict[str, str] = {}
        # Roles, firms and interests repeat across a network: each text is read once.
        self._tagged: dict[tuple[str, str], tuple[Tagged, ...]] = {}

    def __len__(self) -> int:
        return len(self._known)

    def read(self, network: list[Contact], exclude: str = "") -> Network:
        """Bring the index up to date with ``network``; hold :attr:`lock` while using it."""
        with self.lock:
            if network == self._seen:  # a C loop, object by object: the same records?
                return Network(self, exclude)  # (records equal in value are as good)
            known = self._known
            lookup = known.get
            update = self._update
            with collector_paused(len(network) - len(known) > _BULK):
                for person in network:  # the one pass over everyone: kept lean on purpose
                    seen = lookup(person.id)
                    if seen is None or seen is not person:
                        update(person, seen)
            expected = len(network) + (1 if exclude in known and len(known) > len(network) else 0)
            if len(known) != expected:  # someone was deleted
                ids = {p.id for p in network}
                ids.add(exclude)
                for gone in [i for i in known if i not in ids]:
                    self._forget(gone)
            self._seen = list(network)
            return Network(self, exclude)

    def warm(self, contacts: list[Contact], chunk: int = 1_000) -> None:
        """Read ``contacts`` ahead of the first brief (on a worker thread, at start-up).

        A chunk at a time: the lock is let go in between, so a brief asked for meanwhile
        waits for one chunk at most. A contact changed or deleted since ``contacts`` was
        taken is put right by the next :meth:`read`.
        """
        for start in range(0, len(contacts), chunk):
            with self.lock, collector_paused(True):
                known = self._known
                for person in contacts[start : start + chunk]:
                    seen = known.get(person.id)
                    if seen is None or seen is not person:
                        self._update(person, seen)
        for bucket in range(self._texts.buckets):
            with self.lock:
                self._texts.join(bucket)

    # -- keeping it up to date -------------------------------------------------------------

    def _update(self, person: Contact, seen: Contact | None) -> None:
        if seen is not None and _stamp(seen) == _stamp(person):
            self._known[person.id] = person  # a copy of what was read: keep what was read
            return
        if seen is not None:
            self._forget(person.id)
        terms = self._read(person)
        self._known[person.id] = person
        self._terms[person.id] = terms
        contact_id = person.id
        if person.referred_by:
            self._referred_by.add(person.referred_by, contact_id)
        if terms[0]:
            self._surnames.add(terms[0], contact_id)
        company = person.company
        if company:
            if company not in self._companies.ids:
                for word in _company_words(company):
                    self._company_words.add(word, company)
            self._companies.add(company, contact_id)
        for key in match_keys(terms):
            self._concepts.add(key, contact_id)
        has_text = any(
            (person.background, person.how_we_met, person.current_projects, person.achievements)
        )
        self._texts.put(contact_id, has_text)

    def _forget(self, contact_id: str) -> None:
        person = self._known.pop(contact_id, None)
        terms = self._terms.pop(contact_id, None)
        self._first.pop(contact_id, None)
        if person is None or terms is None:
            return
        if person.referred_by:
            self._referred_by.remove(person.referred_by, contact_id)
        if terms[0]:
            self._surnames.remove(terms[0], contact_id)
        company = person.company
        if company:
            self._companies.remove(company, contact_id)
            if company not in self._companies.ids:
                for word in _company_words(company):
                    self._company_words.remove(word, company)
        for key in match_keys(terms):
            self._concepts.remove(key, contact_id)
        self._texts.put(contact_id, False)

    def _tags(self, field: str, text: str) -> tuple[Tagged, ...]:
        """The concepts one field names (read once per distinct text)."""
        key = (field, text)
        found = self._tagged.get(key)
        if found is None:
            mentions = self.taxonomy.mentions(text, listed=field in LIST_FIELDS, remember=False)
            found = tuple((m.concept.id, field, text, m.concept.professional) for m in mentions)
            if field != "current_projects":  # the one field that rarely repeats
                if len(self._tagged) >= _TEXT_MEMO_LIMIT:
                    self._tagged.clear()
                self._tagged[key] = found
        return found

    def _read(self, person: Contact) -> PersonTerms:
        tags = self._tags
        work = tags("role", person.role) if person.role else _NOTHING
        if person.company:
            work += tags("company", person.company)
        if person.current_projects:
            work += tags("current_projects", person.current_projects)
        listed = _NOTHING
        for text in person.interests:
            listed += tags("interests", text)
        for text in person.tags:
            listed += tags("tags", text)
        names = person.name.split()
        parts = names
        while len(parts) > 1 and parts[0].casefold() in _TITLES:
            parts = parts[1:]
        surname = parts[-1].casefold().strip(".,") if len(names) >= 2 else ""
        return (surname, work, listed)


class Network:
    """The index as one brief asks it: everyone but the contact the brief is for.

    Answers come in one order that depends only on the data (by id), so the same data
    gives the same brief however the index was built up.
    """

    def __init__(self, index: NetworkIndex, exclude: str) -> None:
        self._index = index
        self.exclude = exclude

    def __len__(self) -> int:
        known = self._index._known
        return len(known) - (1 if self.exclude in known else 0)

    def entry(self, contact_id: str | None) -> tuple[Contact, PersonTerms] | None:
        index = self._index
        if not contact_id or contact_id == self.exclude or contact_id not in index._known:
            return None
        return index._known[contact_id], index._terms[contact_id]

    def in_order(self, ids: Iterable[str]) -> Iterator[tuple[Contact, PersonTerms]]:
        """The contacts of ``ids`` (but the excluded one), in one stable order (by id).

        Lazily: a caller that wants the first two of thousands pays for two (a heap).
        """
        known, terms, exclude = self._index._known, self._index._terms, self.exclude
        heap = list(ids)  # checked as they come out, not all of them first
        heapq.heapify(heap)
        while heap:
            contact_id = heapq.heappop(heap)
            person = known.get(contact_id)
            if person is not None and contact_id != exclude:
                yield person, terms[contact_id]

    def first(self, contact_id: str) -> str:
        """The first name the brief writes for them ("" when they have no usable name)."""
        cache = self._index._first
        found = cache.get(contact_id)
        if found is None:
            person = self._index._known.get(contact_id)
            found = first_name(person.name) if person is not None else ""
            cache[contact_id] = found
        return found

    def name_key(self, contact_id: str) -> str:
        person = self._index._known.get(contact_id)
        return term_key(person.name) if person is not None else ""

    def referred_by(self, contact_id: str) -> Iterator[tuple[Contact, PersonTerms]]:
        return self.in_order(self._index._referred_by.get(contact_id))

    def with_surnames(self, words: Iterable[str]) -> Iterator[tuple[Contact, PersonTerms]]:
        surnames = self._index._surnames
        return self.in_order({i for w in words for i in surnames.get(w)})

    def writing(self, word: str) -> Iterator[tuple[Contact, PersonTerms]]:
        """Contacts whose free text (background, how we met, projects, achievements) has
        ``word`` (casefolded) in it."""
        return self.in_order(self._index._texts.containing(word))

    def companies_with_word(self, words: Iterable[str]) -> set[str]:
        """Company names (as written) that have one of ``words`` (casefolded) in them."""
        index = self._index._company_words
        return {company for w in words for company in index.get(w)}

    def at_companies(self, companies: Iterable[str]) -> Iterator[tuple[Contact, PersonTerms]]:
        postings = self._index._companies
        return self.in_order({i for c in companies for i in postings.get(c)})

    def concept_keys(self) -> list[tuple[str, str]]:
        """Every (how, concept id) someone in the network is filed under, in a stable order."""
        return sorted(self._index._concepts.ids)  # type: ignore[arg-type]

    def filed_under(self, how: str, concept_id: str) -> set[str]:
        return self._index._concepts.get((how, concept_id))


def _company_words(company: str) -> set[str]:
    words = {w for w in company.casefold().split() if len(w) > 2}
    return words or {company.casefold()}
