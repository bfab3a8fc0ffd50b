"""What question writing needs to know, gathered once per brief."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from itertools import pairwise

from netprep.domain.brief.model import Evidence
from netprep.domain.brief.questions.field_banks import BANKS, GENERAL, FieldBank
from netprep.domain.brief.reading.career import Path, career_path, work_field
from netprep.domain.brief.reading.cues import FactKind
from netprep.domain.brief.reading.facts import Fact
from netprep.domain.brief.reading.sources import Passage
from netprep.domain.brief.sections.hooks import mentions_in
from netprep.domain.brief.taxonomy import Concept, Mention, RelationKind, Taxonomy
from netprep.domain.brief.words.respell import respell, vocabulary
from netprep.domain.brief.words.text import content_words, tokens
from netprep.domain.brief.words.voice import (
    THEY_PRONOUNS,
    as_doing,
    goal_phrase,
    goal_sentence,
)
from netprep.domain.records import Contact, Profile


@dataclass
class Topic:
    """Something in their notes the user could ask their view on."""

    concept: Concept
    passage: Passage
    weight: float  # how telling the source is (what they work on now > an interest)
    own_work: bool = False  # named by their role, tags or what they're working on now


@dataclass
class QuestionContext:
    profile: Profile
    contact: Contact
    first: str
    names: list[str]
    purpose: str
    goal_doing: str  # "moving from backend engineering into platform engineering"
    goal_phrase: str  # after "I'm": "trying to move from …" (or the -ing form)
    facts: list[Fact]
    topics: list[Topic]
    purpose_concepts: list[Concept]
    purpose_words: set[str]
    answered: set[str]  # concept ids the notes already give their view on
    bank: FieldBank
    bank_evidence: list[Evidence]
    taxonomy: Taxonomy
    now: datetime
    goal_evidence: list[Evidence] = field(default_factory=list)
    pronoun: str = ""  # "she" or "he" when the notes say so: a "his" then means someone else
    about_others: set[Passage] = field(default_factory=set)  # passages naming other people
    goal_sentence: str = ""  # "I'm trying to move into UX." (whatever shape the goal had)
    path: Path | None = None  # "Given you moved from physio into product management"
    work: frozenset[str] = frozenset()  # top-level categories of their line of work
    spelled: dict[str, float] = field(default_factory=dict)  # words as the notes spell them

    def say(self, clause: str) -> str:
        """A clause from the notes with typing slips fixed ("onbaording" -> "onboarding")."""
        return respell(clause, self.spelled)

    def relevance(self, concepts: list[Concept], text: str = "") -> float:
        """How much something bears on the user's purpose (0 = not at all)."""
        best = 0.0
        for concept in concepts:
            for rank, wanted in enumerate(self.purpose_concepts):
                relation = self.taxonomy.relate(concept.id, wanted.id)
                if relation is None:
                    continue
                strength = relation.strength
                if relation.kind in (RelationKind.RELATED, RelationKind.SIBLING):
                    strength /= 2
                if rank > 0:
                    strength /= 2  # the first is where the user is heading; the rest is context
                best = max(best, strength)
        overlap = len(content_words(text) & self.purpose_words) if text else 0
        return best + min(1.5, 0.5 * overlap)

    def concepts_in(self, text: str) -> list[Concept]:
        return [m.concept for m in self.taxonomy.mentions(text)]


_TOPIC_WEIGHT = {
    "current_projects": 3.0,
    "role": 2.0,
    "achievements": 1.5,
    "note": 1.5,
    "background": 1.0,
    "interests": 1.0,
    "tags": 1.0,
}


_BANK_EVIDENCE = 2.5  # a role names the field; a company name alone is too thin a guess

_TOWARDS = re.compile(r"\b(?:into|towards?|to|getting|get|break|becoming|become)\b", re.IGNORECASE)


def purpose_concepts(texts: list[str], taxonomy: Taxonomy) -> list[Concept]:
    """Topics of the user's purpose and goal; the first is where they want to go.

    "Moving from backend engineering into platform engineering" is about platform
    engineering: the topic after "into" (or "to", "towards") wins, else the most specific.
    """
    found: list[Concept] = []
    for text in texts:
        mentions = [m for m in taxonomy.mentions(text, listed=False) if not _left_behind(text, m)]
        if not found and mentions:
            towards = [m.end() for m in _TOWARDS.finditer(text)]
            after = [m for m in mentions if towards and m.start >= towards[0]]
            # Without a "into", the most specific topic: "a product design role at a tech
            # company" is about product design, not technology (the last one of the deepest).
            deepest = max(m.concept.depth for m in mentions)
            last = [m for m in mentions if m.concept.depth == deepest][-1]
            found.append(after[0].concept if after else last.concept)
        for mention in mentions:
            if mention.concept not in found:
                found.append(mention.concept)
    if not found:
        return []
    head, rest = found[0], sorted(found[1:], key=lambda c: c.depth, reverse=True)
    return [head, *rest]


_QUESTION_PURPOSE = re.compile(
    r"^\s*(?:learn|hear|understand|find out|see|ask)\s+(?:how|why|what|whether|which|where|who)\b",
    re.IGNORECASE,
)
_ASKING = re.compile(
    r"^(?:get|getting|ask for|seek)?\s*(?:some\s+)?(?:advice|help|tips|guidance|input)\s+"
    r"(?:on|about|with)\s+|^(?:learn|hear|find out|talk|ask)\s+(?:more\s+)?about\s+"
    r"|^(?:discuss|explore)\s+",
    re.IGNORECASE,
)


def purpose_as_doing(purpose: str) -> str:
    """'Get advice on moving into FP&A' -> 'moving into FP&A' (only when it reads as a goal)."""
    rest = _ASKING.sub("", purpose.strip()).strip().rstrip(".!?")
    first = rest.split(" ", 1)[0].casefold() if rest else ""
    return rest if first.endswith("ing") and len(first) > 4 else ""


def _left_behind(text: str, mention: Mention) -> bool:
    """'from backend engineering into platform engineering': backend is where they come from."""
    before = text[: mention.start]
    after = text[mention.end :]
    return bool(re.search(r"\bfrom\s+(?:\w+\s+){0,3}$", before)) and bool(
        re.search(r"\b(?:into|to|towards)\b", after)
    )


def build_context(
    profile: Profile,
    contact: Contact,
    purpose: str,
    facts: list[Fact],
    passages: list[Passage],
    taxonomy: Taxonomy,
    now: datetime,
    first: str,
    about_others: set[Passage] | None = None,
) -> QuestionContext:
    goal_texts = [purpose, profile.current_goal]
    wanted = purpose_concepts(goal_texts, taxonomy)
    words: set[str] = set()
    for text in goal_texts:
        words |= content_words(text)
    current_ids = {f.passage for f in facts if f.kind is FactKind.CURRENT}
    topics = []
    for found in mentions_in(passages, taxonomy):
        weight = _TOPIC_WEIGHT.get(found.passage.field, 1.0)
        own = found.passage.field in ("tags", "current_projects")
        if found.passage in current_ids:
            weight, own = max(weight, 3.0), True
        topics.append(Topic(found.mention.concept, found.passage, weight, own))
    for passage in passages:  # the role itself names their field
        if passage.field == "role":
            for mention in taxonomy.mentions(passage.text):
                topics.append(Topic(mention.concept, passage, _TOPIC_WEIGHT["role"], True))
    answered = {
        m.concept.id
        for f in facts
        if f.kind is FactKind.OPINION
        for m in taxonomy.mentions(f.passage.text)
    }
    bank, bank_evidence = detect_field(contact, passages, taxonomy)
    names = [contact.name.strip(), first] if contact.name.strip() else []
    # This meeting's purpose, when given, is what the advice question is about, unless it
    # is a question in itself ("learn how platform teams decide…"): then the user's goal.
    goal = "" if _QUESTION_PURPOSE.match(purpose) else _ASKING.sub("", purpose.strip())
    goal = goal or profile.current_goal.strip()
    goal_evidence = []
    if profile.current_goal.strip():
        goal_evidence.append(Evidence("profile: current_goal", profile.current_goal.strip()))
    elif purpose.strip():
        goal_evidence.append(Evidence("meeting: purpose", purpose.strip()))
    return QuestionContext(
        spelled=vocabulary([purpose, *(p.text for p in passages)], taxonomy.words),
        profile=profile,
        contact=contact,
        first=first,
        names=names,
        purpose=purpose.strip(),
        goal_doing=as_doing(profile.current_goal)
        if profile.current_goal.strip()
        else purpose_as_doing(purpose),
        goal_phrase=goal_phrase(profile.current_goal) or purpose_as_doing(purpose),
        facts=facts,
        topics=topics,
        purpose_concepts=wanted,
        purpose_words=words,
        answered=answered,
        bank=bank,
        bank_evidence=bank_evidence,
        taxonomy=taxonomy,
        now=now,
        goal_evidence=goal_evidence,
        pronoun=_pronoun(passages),
        about_others=about_others or set(),
        goal_sentence=goal_sentence(goal),
        path=career_path(facts, passages, taxonomy, names),
        work=work_field(passages, taxonomy),
    )


def _pronoun(passages: list[Passage]) -> str:
    text = " ".join(p.text for p in passages if p.field == "note").casefold()
    if THEY_PRONOUNS.search(text):
        return "they"
    she = len(re.findall(r"\b(?:she|her|hers|herself)\b", text))
    he = len(re.findall(r"\b(?:he|him|his|himself)\b", text))
    if she > 2 * he and she >= 2:
        return "she"
    if he > 2 * she and he >= 2:
        return "he"
    return ""


def detect_field(
    contact: Contact, passages: list[Passage], taxonomy: Taxonomy
) -> tuple[FieldBank, list[Evidence]]:
    """Which question bank fits: from their role first, then their company and tags.

    Never from notes or projects: a product manager whose notes are full of nursing is
    still asked product questions, and an illustrator drawing an ICU diary design ones.
    """
    weights = {"role": 3.0, "company": 2.0, "tags": 1.0}
    scores: dict[str, float] = {}
    best_source: dict[str, tuple[float, Passage]] = {}
    for passage in passages:
        weight = weights.get(passage.field, 0.0)
        if not weight:
            continue
        ancestries = [
            {c.id for c in taxonomy.ancestors(m.concept.id)}
            for m in taxonomy.mentions(passage.text, listed=passage.listed)
        ]
        words: set[str] = set()
        if passage.field in ("role", "company", "tags"):
            folded = [t.folded for t in tokens(passage.text)]
            words = set(folded) | {f"{a} {b}" for a, b in pairwise(folded)}
            words |= {w.casefold() for w in re.findall(r"[\w&]+", passage.text)}
        for bank in BANKS:
            # A deeper category is a closer fit: "clinical informatics" over "health care".
            hits = sum(_depth_of(bank, a, taxonomy) for a in ancestries)
            hits += len(words & set(bank.words))
            if hits:
                gained = weight * hits
                scores[bank.key] = scores.get(bank.key, 0.0) + gained
                if gained > best_source.get(bank.key, (0.0, passage))[0]:
                    best_source[bank.key] = (gained, passage)
    if not scores:
        return GENERAL, _what_we_know(contact)
    key = max(scores, key=lambda k: scores[k])
    if scores[key] < _BANK_EVIDENCE:
        return GENERAL, _what_we_know(contact)
    bank = next(b for b in BANKS if b.key == key)
    return bank, [best_source[key][1].evidence()]


def _depth_of(bank: FieldBank, ancestry: set[str], taxonomy: Taxonomy) -> int:
    """How specific the bank's category that this concept falls under is (0: none)."""
    return max(
        (taxonomy.concept(c).depth for c in bank.categories if c in ancestry and c in taxonomy),
        default=0,
    )


GENERAL_SOURCE = "general questions (nothing stored about them yet)"


def _what_we_know(contact: Contact) -> list[Evidence]:
    """A general question rests on the little we know: their company, else their role; with
    neither it says it is a general question (a name says nothing, and must not seem to)."""
    for name in ("company", "role"):
        value = str(getattr(contact, name) or "").strip()
        if value:
            return [Evidence(f"contact: {name}", value)]
    return [Evidence(GENERAL_SOURCE)]
