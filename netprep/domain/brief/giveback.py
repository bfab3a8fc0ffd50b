"""What the user can offer back: introductions, promoting their work, an article.

The book's third goal is an evangelist: someone who wants to help you. People help
those who help them, so the brief lists concrete, grounded ways to give.
"""

from __future__ import annotations

from dataclasses import dataclass

from netprep.domain.brief.cues import WORK_NOUN, FactKind
from netprep.domain.brief.facts import Fact
from netprep.domain.brief.model import BriefItem
from netprep.domain.brief.people import Link
from netprep.domain.brief.sources import Passage
from netprep.domain.brief.taxonomy import Concept, Relation, Taxonomy
from netprep.domain.brief.text import first_name, tidy
from netprep.domain.records import Contact

MAX_INTRODUCTIONS = 3
_MIN_STRENGTH = 3.0  # a shared interest at least as specific as "cycling"
_MIN_PROJECT = 3.5  # their work must be close to the project, not merely "health care"
_PROMOTE_FAMILIES = {"speak": "talk", "write": "writing", "launch": "launch"}
_NOUNS = {
    "blog": "blog post",
    "blogpost": "blog post",
    "piece": "article",
    "keynote": "talk",
    "panel": "panel session",
}


@dataclass(frozen=True)
class Interest:
    concept: Concept
    passage: Passage


def offers(
    contact: Contact,
    facts: list[Fact],
    interests: list[Interest],
    projects: list[Interest],
    links: list[Link],
    network: list[Contact],
    taxonomy: Taxonomy,
) -> list[BriefItem]:
    first = first_name(contact.name)
    linked = {link.person.id for link in links}
    items = _introductions(contact, first, interests, projects, network, linked, taxonomy)
    items += _promotions(first, facts)
    items += _articles(first, interests, projects)
    items.append(
        BriefItem(
            f"Ask {first} directly: “Is there anything I can help you with at the moment?”",
            [],
            0.5,
            "ask",
        )
    )
    return items


def _introductions(
    contact: Contact,
    first: str,
    interests: list[Interest],
    projects: list[Interest],
    network: list[Contact],
    linked: set[str],
    taxonomy: Taxonomy,
) -> list[BriefItem]:
    if not interests and not projects:
        return []
    found: list[BriefItem] = []
    memo = _Memo(taxonomy)
    for person in network:
        if person.id == contact.id or person.id in linked or not person.name.strip():
            continue
        if not (person.interests or person.tags or person.role or person.current_projects):
            continue
        item = _introduction(first, person, interests, projects, memo)
        if item is not None:
            found.append(item)
    found.sort(key=lambda i: i.score, reverse=True)
    return found[:MAX_INTRODUCTIONS]


class _Memo:
    """Networks repeat the same interests and roles thousands of times: match each once."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._concepts: dict[tuple[str, bool], list[Concept]] = {}
        self._relations: dict[tuple[str, str], Relation | None] = {}

    def concepts(self, text: str, listed: bool) -> list[Concept]:
        key = (text, listed)
        if key not in self._concepts:
            self._concepts[key] = [m.concept for m in self.taxonomy.mentions(text, listed=listed)]
        return self._concepts[key]

    def relate(self, first: str, second: str) -> Relation | None:
        key = (first, second)
        if key not in self._relations:
            self._relations[key] = self.taxonomy.relate(first, second)
        return self._relations[key]


def _introduction(
    first: str, person: Contact, interests: list[Interest], projects: list[Interest], memo: _Memo
) -> BriefItem | None:
    other = first_name(person.name)
    listed = [
        (c, Passage(item, f"network: {person.name} (interests)", "interests", True))
        for item in [*person.interests, *person.tags]
        for c in memo.concepts(item, True)
    ]
    work = [
        (c, Passage(text, f"network: {person.name} ({name})", name))
        for name, text in (("role", person.role), ("current_projects", person.current_projects))
        if text.strip()
        for c in memo.concepts(text, False)
    ]
    if not listed and not work:
        return None
    desc = ", ".join(x for x in (person.role.strip(), person.company.strip()) if x)
    who = f"{person.name} ({desc})" if desc else person.name
    best: tuple[float, BriefItem] | None = None
    for theirs in projects:
        for concept, passage in [*work, *listed]:
            relation = memo.relate(theirs.concept.id, concept.id)
            # A passing word in someone's project notes needs a closer match than their role.
            needed = _MIN_PROJECT if passage.field == "current_projects" else _MIN_STRENGTH
            if relation is None or relation.strength < needed or not concept.professional:
                continue
            score = 3.0 + relation.strength
            doing = "works in" if passage.field in ("role", "current_projects") else "is into"
            text = (
                f"Offer an introduction to {who}: {other} {doing} {concept.label}, which "
                f"could help with what {first} is working on now."
            )
            if best is None or score > best[0]:
                best = (
                    score,
                    BriefItem(
                        text,
                        [theirs.passage.evidence(), passage.evidence()],
                        round(score, 2),
                        "introduction",
                    ),
                )
    for theirs in interests:
        for concept, passage in listed:
            relation = memo.relate(theirs.concept.id, concept.id)
            if relation is None or relation.strength < _MIN_STRENGTH:
                continue
            score = 2.0 + relation.strength
            shared = relation.shared
            both = (
                f"are both {shared.label} fans"
                if shared.style == "fan" and shared.depth >= 3
                else f"are both into {shared.says}"
            )
            text = f"Offer an introduction to {who}: {other} and {first} {both}."
            if best is None or score > best[0]:
                best = (
                    score,
                    BriefItem(
                        text,
                        [theirs.passage.evidence(), passage.evidence()],
                        round(score, 2),
                        "introduction",
                    ),
                )
    return best[1] if best else None


def _promotions(first: str, facts: list[Fact]) -> list[BriefItem]:
    items: list[BriefItem] = []
    seen: set[str] = set()
    for fact in facts:
        if fact.kind is FactKind.WORK:
            noun = _NOUNS.get(fact.family.replace(" ", ""), fact.family)
        elif fact.kind is FactKind.ACHIEVEMENT and fact.family in _PROMOTE_FAMILIES:
            named = WORK_NOUN.search(fact.passage.text)
            noun = named.group(0).casefold() if named else _PROMOTE_FAMILIES[fact.family]
            noun = _NOUNS.get(noun.replace(" ", ""), noun)
        else:
            continue
        if fact.passage.text in seen:
            continue
        seen.add(fact.passage.text)
        text = (
            f"Promote {first}'s {noun} (“{tidy(fact.passage.text)}”): share it with people "
            f"who'd value it, and tell {first} you did."
        )
        items.append(BriefItem(text, [fact.passage.evidence()], 3.0, "promote"))
    return items[:2]


def _articles(first: str, interests: list[Interest], projects: list[Interest]) -> list[BriefItem]:
    """One article topic: the most specific thing they are working on now."""
    del interests  # an "article on choir" is not a gift; their work is where it helps
    candidates = [p for p in projects if p.concept.depth >= 2]
    if not candidates:
        return []
    best = max(candidates, key=lambda p: p.concept.depth)
    return [
        BriefItem(
            f"Send {first} a good article on {best.concept.label}: it's what they're working on "
            "now.",
            [best.passage.evidence()],
            2.0,
            "article",
        )
    ]
