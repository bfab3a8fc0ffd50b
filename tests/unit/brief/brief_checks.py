"""Checks shared by the brief tests: is a piece of evidence really in the stored text?"""

from __future__ import annotations

import re

from netprep.domain.brief.model import Brief, Evidence
from netprep.domain.brief.questions.context import GENERAL_SOURCE
from netprep.domain.records import Contact, Note, Profile

# A question the research already answers: biography, employer, role.
BIOGRAPHY = re.compile(
    r"what do you do|where do you work|who do you work for|what(?:'s| is) your (?:role|job|title)"
    r"|tell me about (?:yourself|your background)|where did you (?:study|grow up)"
    r"|where are you based|what is it you do|how did you get into",
    re.IGNORECASE,
)


def _as_text(value: object) -> str:
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return "" if value is None else str(value)


def cited_text(
    evidence: Evidence,
    profile: Profile,
    contact: Contact,
    notes: list[Note],
    purpose: str,
    network: list[Contact],
) -> str:
    """The stored text an evidence's source names (empty if the source is unknown)."""
    source = evidence.ref or evidence.source
    people = {p.name: p for p in [contact, *network]}
    if source.startswith("contact: "):
        field = source.removeprefix("contact: ")
        if field == "referred_by":
            referrer = next((p for p in network if p.id == contact.referred_by), None)
            return referrer.name if referrer else ""
        return _as_text(getattr(contact, field, ""))
    if source.startswith("profile: "):
        return _as_text(getattr(profile, source.removeprefix("profile: "), ""))
    if source.startswith("note"):
        matching = [n for n in notes if n.id == evidence.note_id] if evidence.note_id else notes
        return "\n".join(n.body for n in matching)
    if source == "meeting: purpose":
        return purpose
    if source.startswith("network: "):
        name = re.sub(r" \(\w+\)$", "", source.removeprefix("network: "))
        person = people.get(name)
        if person is None:
            return ""
        return "\n".join(
            _as_text(getattr(person, f))
            for f in (
                "name",
                "role",
                "company",
                "interests",
                "tags",
                "current_projects",
                "background",
            )
        )
    name, _, field = source.partition(": ")
    if name in people:
        return _as_text(getattr(people[name], field, ""))
    return ""


def assert_grounded(
    evidence: list[Evidence],
    profile: Profile,
    contact: Contact,
    notes: list[Note],
    purpose: str,
    network: list[Contact],
) -> None:
    assert evidence, "every item must say where it came from"
    for item in evidence:
        if item.source == GENERAL_SOURCE and not item.excerpt:  # a general question: no quote
            continue
        text = cited_text(item, profile, contact, notes, purpose, network)
        assert item.excerpt, f"empty excerpt from {item.source}"
        assert item.excerpt in text, f"{item.excerpt!r} is not in {item.source}: {text!r}"


def sentence_count(sentence: str) -> int:
    """Sentences in one string, counted without the code under test."""
    body = re.sub(r"\b(?:e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|St|vs)\.", "", sentence)
    return len(re.findall(r"[.!?]+(?=\s+[A-Z]|\s*$)", body.strip()))


def all_question_texts(brief: Brief) -> list[str]:
    return [q.text for q in [*brief.questions, *brief.alternatives]]
