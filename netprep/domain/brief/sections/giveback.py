"""What the user can offer back: introductions, promoting their work, an article.

The book's third goal is an evangelist: someone who wants to help you. People help
those who help them, so the brief lists the few best concrete, grounded ways to give
(see introductions.py for whom to introduce). Articles are about their work, never
their hobbies.
"""

from __future__ import annotations

import re

from netprep.domain.brief.model import BriefItem
from netprep.domain.brief.network.index import Network
from netprep.domain.brief.network.introductions import Interest, introductions
from netprep.domain.brief.network.people import Link
from netprep.domain.brief.reading.cues import WORK_NOUN, FactKind
from netprep.domain.brief.reading.facts import Fact
from netprep.domain.brief.taxonomy import Taxonomy
from netprep.domain.brief.words.text import content_words, first_name, tidy
from netprep.domain.records import Contact

__all__ = ["Interest", "clip", "offers", "work_title"]

MAX_OFFERS = 3  # what a coffee meeting can follow through on
_PROMOTE_FAMILIES = {"speak": "talk", "write": "writing", "launch": "launch"}
_NOUNS = {
    "blog": "blog post",
    "blogpost": "blog post",
    "piece": "article",
    "keynote": "talk",
    "panel": "panel session",
}
_TITLE = re.compile(r"\[([^\]]{4,90})\]\(|(?<!\w)['‘“\"]([^\n]{4,90}?)['’”\"](?!\w)")
_QUOTE_CHARS = 60


def offers(
    contact: Contact,
    facts: list[Fact],
    interests: list[Interest],
    projects: list[Interest],
    links: list[Link],
    network: Network,
    taxonomy: Taxonomy,
    field: frozenset[str] = frozenset(),
) -> list[BriefItem]:
    """The best few offers, best first; "ask them" only when there is little else.

    ``field`` holds the top-level categories of their line of work (empty if unknown):
    an article must be about their work, not the subject of a one-off project.
    """
    first = first_name(contact.name)
    skip = {link.person.id for link in links} | {contact.id}
    items = introductions(first, interests, projects, network, skip, taxonomy)
    items += _promotions(first, facts)
    items += _articles(first, projects, field)
    items.sort(key=lambda item: item.score, reverse=True)
    items = items[:MAX_OFFERS]
    if len(items) < MAX_OFFERS:
        items.append(
            BriefItem(
                f"Ask {first} directly: “Is there anything I can help you with at the moment?”",
                [],
                0.5,
                "ask",
            )
        )
    return items


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
        title = work_title(fact.passage.text)
        if not title and len(content_words(fact.passage.text) - {noun, fact.family}) < 2:
            continue  # "her portfolio:", "copied from her newsletter": nothing to name
        what = f"“{title}”" if title else f"(“{clip(tidy(fact.passage.text))}”)"
        text = f"Promote {first}'s {noun} {what}: share it and tell {first} you did."
        score = 4.5 if title else 4.0
        items.append(BriefItem(text, [fact.passage.evidence()], score, "promote"))
    items.sort(key=lambda item: item.score, reverse=True)
    return items[:2]


def work_title(text: str) -> str:
    """The title of a talk, post or book when the note quotes or links it, else ""."""
    match = _TITLE.search(text)
    if match is None:
        return ""
    return tidy(match.group(1) or match.group(2)).strip(" .,:;")


def clip(text: str, limit: int = _QUOTE_CHARS) -> str:
    """At most ``limit`` characters, cut between words, with an ellipsis if cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:—-(") + "…"


def _articles(first: str, projects: list[Interest], field: frozenset[str]) -> list[BriefItem]:
    """One article topic: the most specific part of their line of work they're busy with."""
    candidates = [
        p for p in projects if p.concept.depth >= 3 and (not field or p.concept.category in field)
    ]
    if not candidates:
        return []
    best = max(candidates, key=lambda p: p.concept.depth)
    return [
        BriefItem(
            f"Send {first} a good article on {best.concept.label}: it's what they're working on "
            "now.",
            [best.passage.evidence()],
            3.0,
            "article",
        )
    ]
