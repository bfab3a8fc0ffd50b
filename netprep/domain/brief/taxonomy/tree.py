"""The curated interest taxonomy: related terms, synonyms and how specific a match is.

Loaded from ``resources/taxonomy.json`` by the services layer and handed over as a
dict (the domain never reads files). Depth is specificity: "sports" is depth 1,
"football" 2, "Premier League" 3, "Arsenal" 4, so two people who both follow
Arsenal have more in common than two people who both "like sports".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from netprep.domain.brief.taxonomy.concept import Concept, Relation, RelationKind, TaxonomyError
from netprep.domain.brief.taxonomy.term_scan import Mention, Term, TermScanner
from netprep.domain.brief.words.text import term_key

_MIN_SHARED_DEPTH = 2  # siblings count only below a top-level category
_MEMO_LIMIT = 200_000  # texts whose mentions are remembered (then the memo starts again)


class Taxonomy:
    """Concepts in a tree, plus an index from every term's matching key to its concept."""

    def __init__(
        self,
        concepts: Mapping[str, Concept],
        terms: Iterable[tuple[str, Term]],
        related: Mapping[str, frozenset[str]],
        proper: Iterable[str] = (),
        words: Iterable[str] = (),
    ) -> None:
        self._concepts = dict(concepts)
        self._proper = frozenset(proper)
        self.words = frozenset(words)  # every word its terms are written with, lower case
        self._index: dict[str, list[Term]] = {}
        for key, term in terms:
            self._index.setdefault(key, []).append(term)
        self._related = dict(related)
        self._scanner = TermScanner(self._index, self._concepts)
        # Memos: a brief over a large network asks the same questions many thousand times.
        self._found: dict[tuple[str, bool], tuple[Mention, ...]] = {}
        self._relations: dict[tuple[str, str], Relation | None] = {}
        self._chains: dict[str, tuple[Concept, ...]] = {}
        self._lineages: dict[str, frozenset[str]] = {}

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Taxonomy:
        """Build from the JSON structure of ``resources/taxonomy.json``."""
        roots = data.get("concepts") if isinstance(data, Mapping) else None
        if not isinstance(roots, list) or not roots:
            raise TaxonomyError("the taxonomy has no 'concepts' list")
        concepts: dict[str, Concept] = {}
        terms: list[tuple[str, Term]] = []
        proper: set[str] = set()
        words: set[str] = set()
        related: dict[str, set[str]] = {}
        stack: list[tuple[Mapping[str, Any], Concept | None]] = [(r, None) for r in reversed(roots)]
        while stack:
            raw, parent = stack.pop()
            concept = _read_concept(raw, parent, concepts)
            concepts[concept.id] = concept
            terms.extend(_read_terms(raw, concept))
            proper |= _proper_words(raw, concept)
            words |= _term_words(raw, concept)
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
        related_ids = {k: frozenset(v) for k, v in related.items()}
        return cls(concepts, terms, related_ids, proper, words)

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

    def lineage(self, concept_id: str) -> frozenset[str]:
        """Ids of the concept and all its ancestors (remembered: asked for very often)."""
        ids = self._lineages.get(concept_id)
        if ids is None:
            ids = self._lineages[concept_id] = frozenset(c.id for c in self.ancestors(concept_id))
        return ids

    def related_ids(self, concept_id: str) -> frozenset[str]:
        """Concepts explicitly cross-linked with this one (not through the tree)."""
        return self._related.get(concept_id, frozenset())

    def lookup(self, term: str) -> Concept | None:
        """The concept a whole interest entry names ('Trail-running', 'footy'), if any."""
        for candidate in self._index.get(term_key(term), []):
            return self._concepts[candidate.concept_id]
        return None

    def mentions(self, text: str, *, listed: bool = False, remember: bool = True) -> list[Mention]:
        """Concepts named in ``text``, longest match first, without overlaps.

        ``listed`` is for an interest list entry: ambiguous terms ("running",
        "Chelsea") count there but not in free text, where "running the ward" and
        "lives in Chelsea" would be false matches. ``remember=False`` is for a caller
        that keeps its own memo (no point holding the answer twice).
        """
        memo_key = (text, listed)
        cached = self._found.get(memo_key)
        if cached is None:
            if not remember:
                return self._scanner.scan(text, listed)
            if len(self._found) >= _MEMO_LIMIT:
                self._found.clear()
            cached = self._found[memo_key] = tuple(self._scanner.scan(text, listed))
        return list(cached)

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


def _term_words(raw: Mapping[str, Any], concept: Concept) -> set[str]:
    """The words of every term, as a reference spelling for typos in notes."""
    written = [
        concept.label,
        *_str_list(raw, "synonyms", concept.id),
        *_str_list(raw, "list_only", concept.id),
    ]
    return {w.casefold() for term in written for w in _LETTERS.findall(term)}


_LETTERS = re.compile(r"[^\W\d_]+")


def _read_terms(raw: Mapping[str, Any], concept: Concept) -> list[tuple[str, Term]]:
    list_only = _str_list(raw, "list_only", concept.id)
    synonyms = _str_list(raw, "synonyms", concept.id)
    out: list[tuple[str, Term]] = []
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
        out.append((key, Term(concept.id, only_in_lists, text if exact or shouty else None)))
    return out
