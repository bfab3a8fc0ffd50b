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
from netprep.domain.brief.network.index import Network, PersonTerms, Tagged, reach
from netprep.domain.brief.reading.sources import Passage
from netprep.domain.brief.taxonomy import Concept, RelationKind, Taxonomy
from netprep.domain.records import Contact

MAX_INTRODUCTIONS = 2
_JOB_STRENGTH = 3.0  # their job covers the project's area ("clinical informatics" ~ telehealth)
_WORK_STRENGTH = 3.5  # a project or tag must be close: "telehealth", not just "health care"
_PASTIME_STRENGTH = 4.0  # both into sourdough or marathons, not merely "sports" or "running"
_PASTIME_DEPTH = 4  # two different pastimes must share something this specific


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
    """The best few introductions, best first (nobody in ``skip``: they know each other)."""
    if not interests and not projects:
        return []
    matcher = _Matcher(taxonomy, interests, projects)
    found: list[tuple[float, int, Contact, PersonTerms, Tagged, _Match]] = []
    for index, (person, terms) in enumerate(network):
        if not terms.first or person.id in skip:
            continue
        best = matcher.best(terms)
        if best is not None:
            tagged, match = best
            found.append((match.score, index, person, terms, tagged, match))
    found.sort(key=lambda f: (-f[0], f[1]))
    return [
        _item(first, person, terms, tagged, match)
        for _, _, person, terms, tagged, match in found[:MAX_INTRODUCTIONS]
    ]


class _Matcher:
    """Scores network contacts; remembers each concept's best match (networks repeat)."""

    def __init__(
        self, taxonomy: Taxonomy, interests: list[Interest], projects: list[Interest]
    ) -> None:
        self.taxonomy = taxonomy
        self.interests = interests
        self.projects = projects
        wanted = [p.concept for p in projects]
        self.for_job = reach(taxonomy, wanted, 2)  # a job may cover a whole field
        self.for_work = reach(taxonomy, wanted, 3)  # a project or tag must be closer
        # A shared pastime strong enough is the same specific thing (depth 3 or more), or
        # two things under a very specific one (depth 4: "marathons", "Arsenal").
        self.for_fun = frozenset(
            {i.concept.id for i in interests if i.concept.depth >= 3}
            | {
                a.id
                for i in interests
                for a in taxonomy.ancestors(i.concept.id)
                if a.depth >= _PASTIME_DEPTH
            }
        )
        self._work: dict[tuple[str, bool], _Match | None] = {}
        self._fun: dict[str, _Match | None] = {}

    def best(self, terms: PersonTerms) -> tuple[Tagged, _Match] | None:
        if (
            terms.job_marks.isdisjoint(self.for_job)
            and terms.work_marks.isdisjoint(self.for_work)
            and terms.fun_marks.isdisjoint(self.for_fun)
        ):
            return None  # nothing of theirs can relate: most of a large network stops here
        best: tuple[Tagged, _Match] | None = None
        for tagged in terms.work:
            match = self._work_match(tagged)
            if match is not None and (best is None or match.score > best[1].score):
                best = (tagged, match)
        for tagged in terms.listed:
            if tagged.field != "interests":
                match = self._work_match(tagged)  # tags say what they know about
            elif tagged.concept.professional:
                continue  # "into telehealth" as a hobby is no expertise
            else:
                match = self._fun_match(tagged.concept)
            if match is not None and (best is None or match.score > best[1].score):
                best = (tagged, match)
        return best

    def _work_match(self, tagged: Tagged) -> _Match | None:
        key = (tagged.concept.id, tagged.field == "role")
        if key not in self._work:
            found: _Match | None = None
            for theirs in self.projects:
                strength = _work_strength(self.taxonomy, theirs.concept, tagged)
                if strength is not None and (found is None or 6.0 + strength > found.score):
                    found = _Match(6.0 + strength, theirs, tagged.concept, True)
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


def _work_strength(taxonomy: Taxonomy, project: Concept, tagged: Tagged) -> float | None:
    """How well their job, project or tag meets this contact's project (None: not enough)."""
    if not tagged.concept.professional:
        return None
    relation = taxonomy.relate(project.id, tagged.concept.id)
    if relation is None:
        return None
    strength = relation.strength
    job = tagged.field == "role"  # a firm's name ("School of Nursing") says less than a job
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


def _item(
    first: str, person: Contact, terms: PersonTerms, tagged: Tagged, match: _Match
) -> BriefItem:
    other = terms.first
    desc = ", ".join(x for x in (person.role.strip(), person.company.strip()) if x)
    who = f"{person.name} ({desc})" if desc else person.name
    if match.work:
        how = "works in" if tagged.field in ("role", "company") else "works on"
        text = (
            f"Offer an introduction to {who}: {other} {how} {tagged.concept.label}, which "
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
    listed = tagged.field in ("interests", "tags")
    passage = Passage(tagged.text, f"network: {person.name} ({tagged.field})", tagged.field, listed)
    return BriefItem(
        text,
        [match.theirs.passage.evidence(), passage.evidence()],
        round(match.score, 2),
        "introduction",
    )
