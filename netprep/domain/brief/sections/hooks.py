"""Common ground: what the user and this contact share, ranked by how specific it is.

Shared interests (through the taxonomy: synonyms, related and more specific
terms), schools, employers, places and people both know. Each hook carries the
evidence from both sides and a sentence the user can say in their self-summary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from netprep.domain.brief.model import BriefItem, Evidence
from netprep.domain.brief.network.people import Link, LinkKind
from netprep.domain.brief.reading.career import in_field
from netprep.domain.brief.reading.cues import FactKind
from netprep.domain.brief.reading.facts import Fact
from netprep.domain.brief.reading.negation import negated
from netprep.domain.brief.reading.sources import Passage
from netprep.domain.brief.sections.hook_words import interest_sentence, interest_text
from netprep.domain.brief.taxonomy import Concept, Mention, RelationKind, Taxonomy
from netprep.domain.brief.words.orgs import city_key, city_name, same_org, with_article
from netprep.domain.brief.words.text import first_name, term_key, tokens
from netprep.domain.records import Contact, Profile

_NOT_INTERESTS = ("role", "company", "location", "how_we_met")
_WEAKEST_INTEREST = 3.0  # below this a shared interest is too vague to open with
_SCHOOL, _EMPLOYER, _PLACE, _MUTUAL = 8.0, 7.5, 5.0, 9.5


@dataclass(frozen=True)
class Hook:
    category: str  # interest | school | employer | place | mutual | colleague
    text: str  # for the brief: "Shared interest: Premier League (Tomás: Arsenal; you: Chelsea)"
    sentence: str  # the self-summary's third sentence, in the user's voice ("" if unsuitable)
    score: float
    evidence: tuple[Evidence, ...] = ()
    concept: Concept | None = None
    person_id: str = ""

    def item(self) -> BriefItem:
        return BriefItem(self.text, list(self.evidence), round(self.score, 2), self.category)


@dataclass
class Side:
    """One person's material for matching: passages, facts, and where they live."""

    passages: list[Passage]
    facts: list[Fact] = field(default_factory=list)


def find_hooks(
    profile: Profile,
    contact: Contact,
    mine: Side,
    theirs: Side,
    links: list[Link],
    taxonomy: Taxonomy,
    purpose: list[Concept],
    work: frozenset[str] = frozenset(),
) -> list[Hook]:
    """Every hook, best first. ``work``: the categories of their line of work (see career)."""
    first = first_name(contact.name)
    hooks = [
        *_interest_hooks(mine, theirs, taxonomy, purpose, first, work),
        *_school_hooks(profile, theirs, first),
        *_employer_hooks(profile, contact, theirs, first),
        *_place_hooks(profile, contact, mine, theirs, first),
        *_people_hooks(links, contact, first),
    ]
    hooks.sort(key=lambda h: h.score, reverse=True)
    return hooks


# -- interests ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    mention: Mention
    passage: Passage


def mentions_in(passages: list[Passage], taxonomy: Taxonomy) -> list[_Found]:
    """What the passages name, but not the hobbies they say are over: "not into climbing
    anymore" drops climbing, even from the interests it was once listed with."""
    out = []
    dropped: set[str] = set()
    for passage in passages:
        if passage.field in _NOT_INTERESTS:
            continue
        for mention in taxonomy.mentions(passage.text, listed=passage.listed):
            # "ex icu sister" is still a background in common; "gave up golf" is no hobby
            over = negated(passage.text, mention.start, mention.end)
            if over and not passage.listed and not mention.concept.professional:
                dropped.add(mention.concept.id)
            else:
                out.append(_Found(mention, passage))
    return [found for found in out if found.mention.concept.id not in dropped]


def _interest_hooks(
    mine: Side,
    theirs: Side,
    taxonomy: Taxonomy,
    purpose: list[Concept],
    first: str,
    work: frozenset[str],
) -> list[Hook]:
    my_found = mentions_in(mine.passages, taxonomy)
    their_found = [
        found
        for found in mentions_in(theirs.passages, taxonomy)
        if found.passage.listed
        or not found.mention.concept.professional
        or in_field(found.mention.concept, work)  # an ICU diary doesn't make her a nurse
    ]
    purpose_ids = {a.id for c in purpose for a in taxonomy.ancestors(c.id)}
    candidates: list[tuple[float, _Found, _Found, RelationKind, Concept]] = []
    for me in my_found:
        for them in their_found:
            relation = taxonomy.relate(me.mention.concept.id, them.mention.concept.id)
            if relation is None or relation.shared.depth < 2:
                continue  # "sports" and "golf": a whole category in common says nothing
            if relation.shared.category == "travel" and not (
                _travels(me.passage) and _travels(them.passage)
            ):
                continue  # "trained in Lagos", "nurses across Lagos": a place, not a trip
            score = 1.0 + 1.5 * relation.strength
            if relation.shared.professional:
                score -= 1.5
                below = {a.id for a in taxonomy.ancestors(relation.shared.id)}
                if relation.shared.id in purpose_ids or any(p.id in below for p in purpose):
                    score -= 1.5  # the meeting's subject, not a hook
            if not me.passage.listed:
                score -= 0.5
            candidates.append((score, me, them, relation.kind, relation.shared))
    candidates.sort(key=lambda c: c[0], reverse=True)
    hooks: list[Hook] = []
    used_shared: list[Concept] = []
    used_mine: set[str] = set()
    for score, me, them, kind, shared in candidates:
        if score < _WEAKEST_INTEREST:
            break
        ancestors_of_used = {a.id for u in used_shared for a in taxonomy.ancestors(u.id)}
        my_key = f"{me.passage.source}:{me.passage.text}:{me.mention.start}"
        if shared.id in ancestors_of_used or my_key in used_mine:
            continue
        used_shared.append(shared)
        used_mine.add(my_key)
        hooks.append(
            Hook(
                "interest",
                interest_text(shared, me.mention, them.mention, first),
                interest_sentence(kind, shared, me.mention, them.mention, me.passage.listed),
                score,
                (me.passage.evidence(), them.passage.evidence()),
                shared,
            )
        )
    hooks.extend(_unlisted_interest_hooks(mine, theirs, taxonomy, first))
    return hooks


_TRAVEL = re.compile(
    r"\b(?:trips?|travel\w*|holidays?|vacations?|visit\w*|backpack\w*|honeymoon\w*|been to"
    r"|went to|going to|off to|back from|tour\w*|explor\w*|loves?|obsessed)\b",
    re.IGNORECASE,
)


def _travels(passage: Passage) -> bool:
    """A place is an interest when listed as one, or when the note speaks of going there."""
    return passage.listed or bool(_TRAVEL.search(passage.text))


def _unlisted_interest_hooks(
    mine: Side, theirs: Side, taxonomy: Taxonomy, first: str
) -> list[Hook]:
    """Interests the taxonomy does not know ('vintage synths') still match word for word."""
    hooks = []
    for passage in mine.passages:
        if not passage.listed or taxonomy.mentions(passage.text, listed=True):
            continue
        key = term_key(passage.text)
        if len(key) < 4:
            continue
        for other in theirs.passages:
            if other.field in _NOT_INTERESTS:
                continue
            if other.listed and term_key(other.text) == key:
                score = 6.25
            elif key in _window_keys(other.text, len(tokens(passage.text))):
                score = 5.5
            else:
                continue
            hooks.append(
                Hook(
                    "interest",
                    f"Shared interest: {passage.text}",
                    f"Like you, I'm into {passage.text}.",
                    score,
                    (passage.evidence(), other.evidence()),
                )
            )
            break
    return hooks


def _window_keys(text: str, size: int) -> set[str]:
    words = tokens(text)
    return {"".join(w.folded for w in words[i : i + size]) for i in range(len(words))}


# -- schools, employers, places ------------------------------------------------------------


def _school_hooks(profile: Profile, theirs: Side, first: str) -> list[Hook]:
    hooks = []
    for school in profile.schools:
        for fact in theirs.facts:
            if (
                fact.kind is FactKind.EDUCATION
                and fact.name
                and same_org(school, fact.name, school=True)
            ):
                hooks.append(
                    Hook(
                        "school",
                        f"Same university: {school} ({first}: “{fact.clause}”)",
                        f"Like you, I studied at {with_article(school)}.",
                        _SCHOOL,
                        (Evidence("profile: schools", school), fact.passage.evidence()),
                    )
                )
                break
    return hooks


def _employer_hooks(profile: Profile, contact: Contact, theirs: Side, first: str) -> list[Hook]:
    hooks = []
    for employer in profile.employers:
        if contact.company.strip() and same_org(employer, contact.company):
            hooks.append(
                Hook(
                    "employer",
                    f"Shared employer: {contact.company} ({first} works there now; you worked "
                    "there too)",
                    f"I've worked at {employer} too, so I know a little of the place.",
                    _EMPLOYER - 0.5,
                    (
                        Evidence("profile: employers", employer),
                        Evidence("contact: company", contact.company),
                    ),
                )
            )
            continue
        for fact in theirs.facts:
            if fact.kind is FactKind.PAST_EMPLOYER and fact.name and same_org(employer, fact.name):
                hooks.append(
                    Hook(
                        "employer",
                        f"Shared employer: {employer} (you both worked there; "
                        f"{first}: “{fact.clause}”)",
                        f"Like you, I spent time at {employer}.",
                        _EMPLOYER,
                        (Evidence("profile: employers", employer), fact.passage.evidence()),
                    )
                )
                break
    return hooks


def _place_hooks(
    profile: Profile, contact: Contact, mine: Side, theirs: Side, first: str
) -> list[Hook]:
    my_places: list[tuple[str, str, Evidence]] = []  # (key, how: lives|grew up, evidence)
    if profile.location.strip() and city_key(profile.location):
        my_places.append(
            (city_key(profile.location), "lives", Evidence("profile: location", profile.location))
        )
    for fact in mine.facts:
        if fact.kind is FactKind.ORIGIN and fact.name:
            my_places.append((city_key(fact.name), "grew up", fact.passage.evidence()))
    their_places: list[tuple[str, str, str, Evidence]] = []
    if contact.location.strip() and city_key(contact.location):
        their_places.append(
            (
                city_key(contact.location),
                "lives",
                city_name(contact.location),
                Evidence("contact: location", contact.location),
            )
        )
    for fact in theirs.facts:
        if fact.kind in (FactKind.ORIGIN, FactKind.HOME) and fact.name:
            how = "grew up" if fact.kind is FactKind.ORIGIN else "lives"
            their_places.append((city_key(fact.name), how, fact.name, fact.passage.evidence()))
    for my_key, my_how, my_evidence in my_places:
        for key, how, name, evidence in their_places:
            if key != my_key:
                continue
            if my_how == how == "lives":
                text, sentence = (
                    f"Same city: {name} (you both live there)",
                    f"Like you, I'm based in {name}.",
                )
            elif my_how == how:
                text, sentence = (
                    f"Same home town: {name} (you both grew up there)",
                    f"Like you, I grew up in {name}.",
                )
            elif my_how == "lives":
                text, sentence = (
                    f"Place in common: {name} ({first} grew up there; you live there)",
                    f"I live in {name}, where you grew up.",
                )
            else:
                text, sentence = (
                    f"Place in common: {name} (you grew up there; {first} lives there)",
                    f"I grew up in {name}, where you live now.",
                )
            score = _PLACE if my_how == how == "lives" else _PLACE - 0.5
            return [Hook("place", text, sentence, score, (my_evidence, evidence))]
    return []


# -- people ---------------------------------------------------------------------------------


def _people_hooks(links: list[Link], contact: Contact, first: str) -> list[Hook]:
    hooks = []
    for link in links:
        person = link.person
        other = first_name(person.name)
        who = f"{person.name}" + (f" ({person.role})" if person.role.strip() else "")
        evidence = [Evidence(f"network: {person.name}", person.name)]
        if link.passage is not None:
            evidence.append(link.passage.evidence())
        if link.kind is LinkKind.REFERRED_THEM:
            hooks.append(
                Hook(
                    "mutual",
                    f"Mutual contact: {who} — {other} introduced you to {first}",
                    f"We both know {person.name}, who suggested I get in touch.",
                    _MUTUAL,
                    (*evidence, Evidence("contact: referred_by", person.name)),
                    person_id=person.id,
                )
            )
        elif link.kind is LinkKind.THEY_REFERRED:
            hooks.append(
                Hook(
                    "mutual",
                    f"Mutual contact: {who} — {first} introduced you to {other}",
                    f"We both know {person.name} — you introduced us.",
                    _MUTUAL - 1.0,
                    (*evidence, Evidence(f"{person.name}: referred_by", contact.name)),
                    person_id=person.id,
                )
            )
        elif link.kind is LinkKind.NAMED_IN_NOTES:
            hooks.append(
                Hook(
                    "mutual",
                    f"Mutual contact: {who} — named in your notes on {first}",
                    f"We both know {person.name}.",
                    _MUTUAL - 1.5,
                    tuple(evidence),
                    person_id=person.id,
                )
            )
        elif link.kind is LinkKind.NAMES_THEM:
            hooks.append(
                Hook(
                    "mutual",
                    f"Mutual contact: {who} — your notes on {other} mention {first}",
                    f"We both know {person.name}.",
                    _MUTUAL - 2.0,
                    tuple(evidence),
                    person_id=person.id,
                )
            )
        else:
            hooks.append(
                Hook(
                    "colleague",
                    f"Possible mutual contact: {person.name} also works at {person.company} "
                    f"— ask whether they know each other",
                    "",
                    3.5,
                    tuple(evidence),
                    person_id=person.id,
                )
            )
    return hooks
