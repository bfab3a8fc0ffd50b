"""The contact's line of work and the path that led to it.

Their field comes from what they do (role, employer, the tags the user gave them),
never from the subject of one project: an illustrator drawing an ICU diary is not in
critical care. Their path ("you moved from physio into product management") lets an
advice question speak to this person rather than to anyone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from netprep.domain.brief.model import Evidence
from netprep.domain.brief.reading.cues import FactKind
from netprep.domain.brief.reading.facts import Fact
from netprep.domain.brief.reading.sources import Passage
from netprep.domain.brief.taxonomy import Concept, Mention, Taxonomy
from netprep.domain.brief.words.text import lower_first, word_count
from netprep.domain.brief.words.voice import second_person

_FIELD_SOURCES = ("role", "company", "tags")
_FROM_TO = re.compile(
    r"^(?P<verb>moved|switched|went|transitioned|jumped|pivoted|changed careers?|retrained)"
    r"(?: from (?P<from>.+?))?(?: (?P<prep>into|to|over to|across to) (?P<to>.+))?$",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    r"\s+(?:in|at|after|before|since|when|while|via|through|by|because|as|around|aged|"
    r"with|for|and then|then|back in)\b.*$|\s+\d{4}\b.*$",
    re.IGNORECASE,
)
_YEARS_AS = re.compile(r"\b(?:years?|yrs?)\s+(?:as|in|at)\s+(?:an?\s+)?", re.IGNORECASE)
_PERSON_NOUN = re.compile(
    r"(?:er|or|ist|nurse|ian|ant|officer|manager|lead|sister|doctor|physician|director"
    r"|founder|partner|head)s?$",
    re.IGNORECASE,
)
_MAX_LEAD_WORDS = 12


def work_field(passages: list[Passage], taxonomy: Taxonomy) -> frozenset[str]:
    """Top-level categories of their line of work (empty when the record doesn't say)."""
    found: set[str] = set()
    for passage in passages:
        if passage.field in _FIELD_SOURCES:
            for mention in taxonomy.mentions(passage.text, listed=passage.listed):
                if mention.concept.professional:
                    found.add(mention.concept.category)
    return frozenset(found)


def in_field(concept: Concept, field: frozenset[str]) -> bool:
    """Is ``concept`` part of their line of work (anything is, when it is unknown)?"""
    return not field or concept.category in field


@dataclass(frozen=True)
class Path:
    """How to open an advice question to this person: 'Given you moved from A into B'."""

    lead: str
    evidence: tuple[Evidence, ...] = ()


def career_path(
    facts: list[Fact], passages: list[Passage], taxonomy: Taxonomy, names: list[str]
) -> Path | None:
    """Their move (from the notes), else where they came from and went, else their field."""
    for fact in facts:
        if fact.kind is FactKind.CAREER_MOVE:
            lead = _move_lead(fact, taxonomy, names)
            if lead:
                return Path(f"Given you {lead}", (fact.passage.evidence(),))
    now = _current_work(passages, taxonomy)
    for passage in passages if now else []:
        if passage.field not in ("background", "note"):
            continue
        for before in _YEARS_AS.finditer(passage.text):
            window = passage.text[before.end() : before.end() + 40]
            earlier = next(iter(_work_mentions(window, taxonomy)), None)
            if earlier is None or not all(_moved(taxonomy, earlier.concept, m) for m, _ in now):
                continue  # nothing named, or they still do it
            later, where = now[0]
            lead = f"Given you moved from {_say(earlier)} into {_say(later)}"
            return Path(lead, (passage.evidence(), where.evidence()))
    for fact in facts:
        if fact.kind is FactKind.ACHIEVEMENT and fact.family == "found":
            clause = _short_clause(second_person(fact.clause, names))
            clause = re.sub(r"\bthe (firm|business|company|studio|practice)\b", r"your \1", clause)
            if clause and not clause[:1].isupper():
                return Path(f"Given you {clause}", (fact.passage.evidence(),))
    if now:
        later, where = now[0]
        return Path(f"Given your experience in {later.concept.label}", (where.evidence(),))
    return None


def _current_work(passages: list[Passage], taxonomy: Taxonomy) -> list[tuple[Mention, Passage]]:
    """What their role names, else what their tags name."""
    for field_name in ("role", "tags"):
        found = [
            (m, p)
            for p in passages
            if p.field == field_name
            for m in _work_mentions(p.text, taxonomy, listed=p.listed)
        ]
        if found:
            return found
    return []


def _move_lead(fact: Fact, taxonomy: Taxonomy, names: list[str]) -> str:
    """'switched from audit to FP&A in 2016 at Sainsbury's' -> 'switched from audit to FP&A'."""
    clause = second_person(fact.clause, names)
    match = _FROM_TO.match(clause or "")
    if clause is None or match is None:
        return ""
    verb, prep = match.group("verb").casefold(), match.group("prep") or ""
    source = _short_clause(match.group("from") or "")
    target = _short_clause(match.group("to") or "")
    if not source and not target:
        return ""
    if not any(_is_work(side, taxonomy) for side in (source, target) if side):
        return ""  # "moved from London to Leeds": a move of house, not of career
    parts = [verb]
    if source:
        parts.append(f"from {source}")
    if target:
        parts.append(f"{prep} {target}")
    lead = " ".join(parts)
    return lead if word_count(lead) <= _MAX_LEAD_WORDS else ""


def _short_clause(text: str | None) -> str:
    if not text:
        return ""
    return _TRAILING.sub("", text.strip()).strip(" ,;:.")


def _is_work(side: str, taxonomy: Taxonomy) -> bool:
    """A field of work ('audit', 'academia', 'clinical safety'), not a place ('Leeds')."""
    if any(m.concept.professional for m in taxonomy.mentions(side)):
        return True
    words = side.removeprefix("the ").split()
    return 0 < len(words) <= 3 and not any(w[:1].isupper() for w in words)


def _work_mentions(text: str, taxonomy: Taxonomy, *, listed: bool = False) -> list[Mention]:
    return [
        m
        for m in taxonomy.mentions(text, listed=listed)
        if m.concept.professional and m.concept.depth >= 2
    ]


def _moved(taxonomy: Taxonomy, earlier: Concept, later: Mention) -> bool:
    """Different lines of work: not the same, nor one inside the other."""
    relation = taxonomy.relate(earlier.id, later.concept.id)
    return relation is None or relation.kind.value in ("sibling", "related")


def _say(mention: Mention) -> str:
    """'physio' as written, but 'software engineering' for 'software engineer'."""
    written = mention.matched
    if _PERSON_NOUN.search(written) or len(written.split()) > 3:
        return mention.concept.label
    return lower_first(written)
