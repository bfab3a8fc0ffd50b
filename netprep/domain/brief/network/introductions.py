"""Whom in the user's network this contact would be glad to be introduced to, and why.

Worth offering when what they are working on meets the other person's job, project or
expertise (a telehealth pilot and someone who works on remote monitoring). A specific
pastime both share (two Arsenal season-ticket holders, two marathon runners) is a
lighter reason and ranks below. Generic overlaps ("health care", "sports") and rival
supporters ("both Premier League fans": Spurs and Arsenal) are no reason at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from netprep.domain.brief.model import BriefItem
from netprep.domain.brief.network.index import Network, PersonTerms, Tagged
from netprep.domain.brief.reading.sources import Passage
from netprep.domain.brief.taxonomy import Concept, RelationKind, Taxonomy
from netprep.domain.records import Contact

MAX_INTRODUCTIONS = 2
_JOB_STRENGTH = 3.0  # their job covers the project's area ("clinical informatics" ~ telehealth)
_WORK_STRENGTH = 3.5  # a project or tag must be close: "telehealth", not just "health care"
_PASTIME_STRENGTH = 4.0  # both into sourdough or marathons, not merely "sports" or "running"


@dataclass(frozen=True)
class Interest:
    """Something of this contact's: a project they work on, or a pastime."""

    concept: Concept
    passage: Passage


@dataclass(frozen=True)
class _Match:
    score: float
    theirs: Interest  # this contact's project or pastime
    shared: Concept  # what the two have in common
    work: bool  # a work reason (strong), or a shared pastime (lighter)


def introductions(
    first: str,
    interests: list[Interest],
    projects: list[Interest],
    network: Network,
    skip: set[str],
    taxonomy: Taxonomy,
) -> list[BriefItem]:
    """The best few introductions, best first (nobody in ``skip``: they know each other).

    Scores depend only on the concept and how a person names it (their job, their work,
    a pastime), so each concept in the network is scored once, best first, and only
    the people filed under the best few are looked at.
    """
    if not interests and not projects:
        return []
    matcher = _Matcher(taxonomy, interests, projects)
    levels: dict[float, list[tuple[str, str]]] = {}
    for how, concept_id in network.concept_keys():
        match = matcher.key_match(how, taxonomy.concept(concept_id))
        if match is not None:
            levels.setdefault(match.score, []).append((how, concept_id))
    chosen: list[BriefItem] = []
    seen: set[str] = set()
    for score in sorted(levels, reverse=True):  # a person's first level is their best
        ids = {i for how, concept_id in levels[score] for i in network.filed_under(how, concept_id)}
        for person, terms in network.in_order(ids - seen):
            seen.add(person.id)
            if person.id in skip or not network.first(person.id):
                continue
            best = matcher.best(terms)
            if best is not None:
                tagged, match = best
                chosen.append(_item(first, person, network.first(person.id), tagged, match))
            if len(chosen) == MAX_INTRODUCTIONS:
                return chosen
    return chosen


class _Matcher:
    """Scores what network contacts name; remembers each concept's best match."""

    def __init__(
        self, taxonomy: Taxonomy, interests: list[Interest], projects: list[Interest]
    ) -> None:
        self.taxonomy = taxonomy
        self.interests = interests
        self.projects = projects
        self._work: dict[tuple[str, bool], _Match | None] = {}
        self._fun: dict[str, _Match | None] = {}

    def key_match(self, how: str, concept: Concept) -> _Match | None:
        """The match of a concept named as a job ("role"), work ("work") or pastime ("fun")."""
        if how == "fun":
            return self._fun_match(concept)
        return self._work_match(concept, how == "role")

    def best(self, terms: PersonTerms) -> tuple[Tagged, _Match] | None:
        """A person's best match, and the field that gives it (the first of equals)."""
        best: tuple[Tagged, _Match] | None = None
        concept = self.taxonomy.concept
        _, work, listed = terms
        for tagged in work:
            match = self._work_match(concept(tagged[0]), tagged[1] == "role")
            if match is not None and (best is None or match.score > best[1].score):
                best = (tagged, match)
        for tagged in listed:
            concept_id, field, _, professional = tagged
            if field != "interests":  # tags say what they know about
                match = self._work_match(concept(concept_id), False)
            elif professional:
                continue  # "into telehealth" as a hobby is no expertise
            else:
                match = self._fun_match(concept(concept_id))
            if match is not None and (best is None or match.score > best[1].score):
                best = (tagged, match)
        return best

    def _work_match(self, concept: Concept, job: bool) -> _Match | None:
        key = (concept.id, job)
        if key not in self._work:
            found: _Match | None = None
            for theirs in self.projects:
                strength = _work_strength(self.taxonomy, theirs.concept, concept, job)
                if strength is not None and (found is None or 6.0 + strength > found.score):
                    found = _Match(6.0 + strength, theirs, concept, True)
            self._work[key] = found
        return self._work[key]

    def _fun_match(self, concept: Concept) -> _Match | None:
        if concept.id not in self._fun:
            found: _Match | None = None
            for theirs in self.interests:
                shared = _shared_pastime(self.taxonomy, theirs.concept, concept)
                if shared is not None:
                    score = 2.0 + 0.25 * shared[1]
                    if found is None or score > found.score:
                        found = _Match(score, theirs, shared[0], False)
            self._fun[concept.id] = found
        return self._fun[concept.id]


def _work_strength(
    taxonomy: Taxonomy, project: Concept, concept: Concept, job: bool
) -> float | None:
    """How well their job (``job``), project or tag meets this contact's project (None:
    not enough). A firm's name ("School of Nursing") says less than a job."""
    if not concept.professional:
        return None
    relation = taxonomy.relate(project.id, concept.id)
    if relation is None:
        return None
    strength = relation.strength
    if job and relation.kind is RelationKind.NARROWER:
        strength += 0.5  # their whole job is the wider field this project sits in
    return strength if strength >= (_JOB_STRENGTH if job else _WORK_STRENGTH) else None


def _shared_pastime(
    taxonomy: Taxonomy, theirs: Concept, other: Concept
) -> tuple[Concept, float] | None:
    """A specific pastime both share; supporters must follow the same team."""
    relation = taxonomy.relate(theirs.id, other.id)
    if relation is None or relation.strength < _PASTIME_STRENGTH:
        return None
    if relation.kind is RelationKind.RELATED:
        return None
    fans = "fan" in (theirs.style, other.style, relation.shared.style)
    if fans and relation.kind is not RelationKind.SAME:
        return None  # a Spurs fan is no gift to an Arsenal fan
    return relation.shared, relation.strength


def _item(first: str, person: Contact, other: str, tagged: Tagged, match: _Match) -> BriefItem:
    _, field, written, _ = tagged
    desc = ", ".join(x for x in (person.role.strip(), person.company.strip()) if x)
    who = f"{person.name} ({desc})" if desc else person.name
    if match.work:
        how = "works in" if field in ("role", "company") else "works on"
        text = (
            f"Offer an introduction to {who}: {other} {how} {match.shared.label}, which "
            f"could help with what {first} is working on now."
        )
    else:
        shared = match.shared
        both = (
            f"are both {shared.label} fans"
            if shared.style == "fan"
            else f"are both into {shared.says}"
        )
        text = f"Offer an introduction to {who}: {other} and {first} {both}."
    listed = field in ("interests", "tags")
    passage = Passage(written, f"network: {person.name} ({field})", field, listed)
    return BriefItem(
        text,
        [match.theirs.passage.evidence(), passage.evidence()],
        round(match.score, 2),
        "introduction",
    )
