"""A concept of the interest taxonomy and how two concepts relate."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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
