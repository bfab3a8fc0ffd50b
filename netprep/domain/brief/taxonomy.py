"""The curated interest taxonomy: related terms, synonyms and how specific a match is.

Loaded from ``resources/taxonomy.json`` by the services layer and handed over as a
dict (the domain never reads files). Depth is specificity: "sports" is depth 1,
"football" 2, "Premier League" 3, "Arsenal" 4, so two people who both follow
Arsenal have more in common than two people who both "like sports".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from netprep.domain.brief.text import Token, term_key, tokens

_MAX_TERM_WORDS = 6
_MIN_SHARED_DEPTH = 2  # siblings count only below a top-level category
_MEMO_LIMIT = 200_000  # texts whose mentions are remembered (then the memo starts again)


class TaxonomyError(ValueError):
    """The taxonomy data is malformed (names the concept and the problem)."""


@dataclass(frozen=True)
class Concept:
    id: str
    label: str  # as written in prose
    parent: str | None
    depth: int  # 1 for a top-level category
    category: str  # id of the top-level ancestor
    kind: str  # personal | professional | both (from the category)
    style: str = ""  # "fan": a team or league you follow
    phrase: str = ""  # how to say "I'm into ___", when the label alone reads badly

    @property
    def professional(self) -> bool:
        return self.kind in ("professional", "both")

    @property
    def says(self) -> str:
        return self.phrase or self.label


class RelationKind(StrEnum):
    SAME = "same"
    BROADER = "broader"  # the first concept is an ancestor of the second
    NARROWER = "narrower"  # the first concept is a descendant of the second
    SIBLING = "sibling"  # different concepts under a shared, specific parent
    RELATED = "related"  # an explicit cross-link in the taxonomy


@dataclass(frozen=True)
class Relation:
    kind: RelationKind
    shared: Concept  # what the two have in common
    strength: float  # grows with the depth of what is shared


@dataclass(frozen=True)
class Mention:
    concept: Concept
    matched: str  # the words as written in the text
    start: int
    end: int


@dataclass(frozen=True)
class _Term:
    concept_id: str
    list_only: bool
    exact_case: str | None  # the spelling required, if the term is case-sensitive


class Taxonomy:
    """Concepts in a tree, plus an index from every term's matching key to its concept."""

    def __init__(
        self,
        concepts: Mapping[str, Concept],
        terms: Iterable[tuple[str, _Term]],
        related: Mapping[str, frozenset[str]],
        proper: Iterable[str] = (),
    ) -> None:
        self._concepts = dict(concepts)
        self._proper = frozenset(proper)
        self._index: dict[str, list[_Term]] = {}
        for key, term in terms:
            self._index.setdefault(key, []).append(term)
        self._related = dict(related)
        self._fuzzy: dict[str, list[str]] = {}
        for key in self._index:
            if len(key) >= 8:
                self._fuzzy.setdefault(key[:2], []).append(key)
        # Every beginning of every key: a word that starts no key is passed over at once.
        self._prefixes = frozenset(key[:i] for key in self._index for i in range(1, len(key) + 1))
        # Memos: a brief over a large network asks the same questions many thousand times.
        self._found: dict[tuple[str, bool], tuple[Mention, ...]] = {}
        self._near: dict[str, str | None] = {}
        self._relations: dict[tuple[str, str], Relation | None] = {}
        self._chains: dict[str, tuple[Concept, ...]] = {}

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Taxonomy:
        """Build from the JSON structure of ``resources/taxonomy.json``."""
        roots = data.get("concepts") if isinstance(data, Mapping) else None
        if not isinstance(roots, list) or not roots:
            raise TaxonomyError("the taxonomy has no 'concepts' list")
        concepts: dict[str, Concept] = {}
        terms: list[tuple[str, _Term]] = []
        proper: set[str] = set()
        related: dict[str, set[str]] = {}
        stack: list[tuple[Mapping[str, Any], Concept | None]] = [(r, None) for r in reversed(roots)]
        while stack:
            raw, parent = stack.pop()
            concept = _read_concept(raw, parent, concepts)
            concepts[concept.id] = concept
            terms.extend(_read_terms(raw, concept))
            proper |= _proper_words(raw, concept)
            for other in _str_list(raw, "related", concept.id):
                related.setdefault(concept.id, set()).add(other)
                related.setdefault(other, set()).add(concept.id)
            children = raw.get("children", [])
            if not isinstance(children, list):
                raise TaxonomyError(f"concept {concept.id!r}: 'children' must be a list")
            stack.extend((child, concept) for child in reversed(children))
        for source, targets in related.items():
            missing = sorted(t for t in targets if t not in concepts)
            if missing:
                raise TaxonomyError(f"concept {source!r} is related to unknown {missing}")
        return cls(concepts, terms, {k: frozenset(v) for k, v in related.items()}, proper)

    # -- lookup ----------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._concepts)

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self._concepts

    def concept(self, concept_id: str) -> Concept:
        return self._concepts[concept_id]

    def concepts(self) -> list[Concept]:
        return list(self._concepts.values())

    def is_proper(self, word: str) -> bool:
        """True for names the taxonomy writes with a capital ('Python', 'Epic', 'Arsenal')."""
        return term_key(word) in self._proper

    def ancestors(self, concept_id: str) -> list[Concept]:
        """The concept itself, then its parent, up to the top-level category."""
        chain = self._chains.get(concept_id)
        if chain is None:
            found = []
            current: str | None = concept_id
            while current is not None:
                concept = self._concepts[current]
                found.append(concept)
                current = concept.parent
            chain = self._chains[concept_id] = tuple(found)
        return list(chain)

    def related_ids(self, concept_id: str) -> frozenset[str]:
        """Concepts explicitly cross-linked with this one (not through the tree)."""
        return self._related.get(concept_id, frozenset())

    def lookup(self, term: str) -> Concept | None:
        """The concept a whole interest entry names ('Trail-running', 'footy'), if any."""
        for candidate in self._index.get(term_key(term), []):
            return self._concepts[candidate.concept_id]
        return None

    def mentions(self, text: str, *, listed: bool = False) -> list[Mention]:
        """Concepts named in ``text``, longest match first, without overlaps.

        ``listed`` is for an interest list entry: ambiguous terms ("running",
        "Chelsea") count there but not in free text, where "running the ward" and
        "lives in Chelsea" would be false matches.
        """
        memo_key = (text, listed)
        cached = self._found.get(memo_key)
        if cached is None:
            words = tokens(text)
            found: list[Mention] = []
            i = 0
            while i < len(words):
                mention, width = self._match_at(words, i, text, listed)
                if mention is not None:
                    found.append(mention)
                i += width
            if len(self._found) >= _MEMO_LIMIT:
                self._found.clear()
            cached = self._found[memo_key] = tuple(found)
        return list(cached)

    def _match_at(
        self, words: Sequence[Token], i: int, text: str, listed: bool
    ) -> tuple[Mention | None, int]:
        keys: list[tuple[int, str]] = []  # (words, key) of every term starting here
        joined = ""
        for n in range(1, min(_MAX_TERM_WORDS, len(words) - i) + 1):
            joined += words[i + n - 1].folded
            if joined not in self._prefixes:
                break
            if joined in self._index:
                keys.append((n, joined))
        for n, key in reversed(keys):  # the longest match first
            window = words[i : i + n]
            written = text[window[0].start : window[-1].end]
            for term in self._index[key]:
                if term.list_only and not listed:
                    continue
                if term.exact_case is not None and not _same_case(written, term.exact_case):
                    continue
                concept = self._concepts[term.concept_id]
                return Mention(concept, written, window[0].start, window[-1].end), n
        word = words[i]
        if len(word.folded) >= 8:
            near = self._near_key(word.folded)
            if near is not None:
                term = next(
                    t for t in self._index[near] if not t.list_only and t.exact_case is None
                )
                concept = self._concepts[term.concept_id]
                return Mention(concept, word.text, word.start, word.end), 1
        return None, 1

    def _near_key(self, folded: str) -> str | None:
        """A key one typo away from a long word ('infomatics'), remembered per word."""
        if folded not in self._near:
            self._near[folded] = next(
                (
                    key
                    for key in self._fuzzy.get(folded[:2], [])
                    if key[-1] == folded[-1]
                    and _one_edit_apart(key, folded)
                    and any(not t.list_only and t.exact_case is None for t in self._index[key])
                ),
                None,
            )
        return self._near[folded]

    # -- relations -------------------------------------------------------------------------

    def relate(self, first: str, second: str) -> Relation | None:
        """How two concepts are related, or None if they share nothing specific."""
        key = (first, second)
        if key not in self._relations:
            self._relations[key] = self._relate(first, second)
        return self._relations[key]

    def _relate(self, first: str, second: str) -> Relation | None:
        a, b = self._concepts[first], self._concepts[second]
        if a.id == b.id:
            return Relation(RelationKind.SAME, a, float(a.depth) + 1.0)
        chain_a = self.ancestors(a.id)
        chain_b = self.ancestors(b.id)
        if a in chain_b:
            return Relation(RelationKind.BROADER, a, a.depth + 0.5)
        if b in chain_a:
            return Relation(RelationKind.NARROWER, b, b.depth + 0.5)
        ids_b = {c.id for c in chain_b}
        shared = next((c for c in chain_a if c.id in ids_b), None)
        if shared is not None and shared.depth >= _MIN_SHARED_DEPTH:
            return Relation(RelationKind.SIBLING, shared, float(shared.depth))
        linked = self._related_link(chain_a, chain_b)
        if linked is not None:
            return Relation(RelationKind.RELATED, linked, min(a.depth, b.depth) - 0.5)
        return None

    def _related_link(self, chain_a: list[Concept], chain_b: list[Concept]) -> Concept | None:
        ids_b = {c.id for c in chain_b}
        for concept in chain_a:
            if self._related.get(concept.id, frozenset()) & ids_b:
                return concept
        return None


def _same_case(written: str, required: str) -> bool:
    return [t.text for t in tokens(written)] == [t.text for t in tokens(required)]


def _one_edit_apart(a: str, b: str) -> bool:
    """True if one substitution, insertion, deletion or swap turns a into b."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


def _str_list(raw: Mapping[str, Any], key: str, concept_id: str) -> list[str]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TaxonomyError(f"concept {concept_id!r}: {key!r} must be a list of strings")
    return [v for v in value if v.strip()]


def _read_concept(raw: Any, parent: Concept | None, known: Mapping[str, Concept]) -> Concept:
    if not isinstance(raw, Mapping):
        raise TaxonomyError(
            f"a concept under {parent.id if parent else 'the top level'!r} is not an object"
        )
    label = raw.get("label")
    concept_id = raw.get("id") or (term_key(label) if isinstance(label, str) else None)
    if not isinstance(label, str) or not label.strip() or not isinstance(concept_id, str):
        raise TaxonomyError(
            f"a concept under {parent.id if parent else 'the top level'!r} has no label"
        )
    if concept_id in known:
        raise TaxonomyError(f"concept id {concept_id!r} is used twice")
    kind = raw.get("kind", parent.kind if parent else None)
    if kind not in ("personal", "professional", "both"):
        raise TaxonomyError(
            f"top-level concept {concept_id!r} needs a kind: personal, professional or both"
        )
    return Concept(
        id=concept_id,
        label=label.strip(),
        parent=parent.id if parent else None,
        depth=parent.depth + 1 if parent else 1,
        category=parent.category if parent else concept_id,
        kind=kind,
        style=str(raw.get("style", "")),
        phrase=str(raw.get("phrase", "")),
    )


def _proper_words(raw: Mapping[str, Any], concept: Concept) -> set[str]:
    written = [
        concept.label,
        *_str_list(raw, "synonyms", concept.id),
        *_str_list(raw, "list_only", concept.id),
    ]
    out = set()
    for term in written:
        text = term.lstrip("=")
        if " " not in text.strip() and text[:1].isupper():
            out.add(term_key(text))
    return out


def _read_terms(raw: Mapping[str, Any], concept: Concept) -> list[tuple[str, _Term]]:
    list_only = _str_list(raw, "list_only", concept.id)
    synonyms = _str_list(raw, "synonyms", concept.id)
    out: list[tuple[str, _Term]] = []
    listed_keys = {term_key(t.lstrip("=")) for t in list_only}
    entries = [(t, True) for t in list_only] + [(t, False) for t in [concept.label, *synonyms]]
    for written, only_in_lists in entries:
        exact = written.startswith("=")
        text = written[1:] if exact else written
        key = term_key(text)
        if not key:
            continue
        if not only_in_lists and key in listed_keys:
            continue  # the label itself is too ambiguous for free text
        letters = [ch for ch in text if ch.isalpha()]
        shouty = 0 < len(letters) <= 4 and all(ch.isupper() for ch in letters)
        out.append((key, _Term(concept.id, only_in_lists, text if exact or shouty else None)))
    return out
