"""Candidate "their advice on Z" questions, and the field's general question bank.

Advice questions put the user's own goal and sticking point on the table and
invite the contact's reaction (the book: share your thinking, ask for feedback).
"""

from __future__ import annotations

import re
from dataclasses import replace

from netprep.domain.brief.model import Evidence, Question, QuestionKind
from netprep.domain.brief.questions.context import QuestionContext
from netprep.domain.brief.questions.field_banks import GENERAL
from netprep.domain.brief.reading.cues import FactKind
from netprep.domain.brief.reading.facts import Fact
from netprep.domain.brief.taxonomy import Concept
from netprep.domain.brief.words.orgs import with_article
from netprep.domain.brief.words.text import lower_first, split_fragments, term_key, tidy, word_count

# -- their advice on Z ---------------------------------------------------------------------


MAX_ADVICE_WORDS = 35  # said aloud in one go: longer and they lose the thread


def advice_questions(ctx: QuestionContext) -> list[Question]:
    """Advice on the user's sticking point or goal, put to *this* person (their path)."""
    out: list[Question] = []
    profile = ctx.profile
    goal = ctx.goal_sentence
    lead = ctx.path.lead if ctx.path else ""
    path_evidence = list(ctx.path.evidence) if ctx.path else []
    challenge = tidy(profile.current_challenge).rstrip(".!?")
    if challenge:
        stuck = _first_clause(challenge)
        evidence = [
            Evidence("profile: current_challenge", profile.current_challenge.strip()),
            *ctx.goal_evidence,
            *path_evidence,
        ]
        # Someone who made the very move the user wants is asked from that move; anyone
        # else from where they sit (hiring, backing, teaching), when their role says so.
        moved_my_way = bool(_A_MOVE.match(lead)) and ctx.relevance(ctx.concepts_in(lead)) >= 2
        frame = "" if moved_my_way else _their_vantage(ctx.contact.role)
        options = [f"{frame} {stuck}?"] if frame else []
        if frame:
            evidence = [*evidence[: 1 + len(ctx.goal_evidence)]]
            evidence.append(Evidence("contact: role", ctx.contact.role.strip()))
        if lead:
            options.append(f"{lead}, how would you tackle this: {stuck}?")
        options.append(f"Here's where I'm stuck: {stuck}. What would you do in my position?")
        text = _fitting(options)
        if text:
            out.append(
                Question(
                    text,
                    evidence,
                    7.5,
                    "specific",
                    QuestionKind.ADVICE,
                    f"{_ACROSS if frame in _ACROSS_FIELDS else 'advice:challenge:'}"
                    f"{term_key(challenge)}",
                )
            )
    move = _experience_like_mine(ctx)
    if move is not None and goal:
        fact, label = move
        if fact.kind is FactKind.CAREER_MOVE:
            text = (
                "You've made the kind of move I'm trying to make. What would you do first in "
                "my position, and what would you avoid?"
            )
        else:
            text = f"Given your experience with {label}, what would you do first in my position?"
        out.append(
            Question(
                text,
                [fact.passage.evidence(), *ctx.goal_evidence],
                7.0,
                "specific",
                QuestionKind.ADVICE,
                f"advice:experience:{term_key(label)}",
            )
        )
    if goal:
        first_step = [f"{goal} {lead}, what would you do first?"] if lead else []
        first_step.append(f"{goal} What would you do first in my position?")
        for text, score, kind in (
            (_fitting(first_step), 7.2 if lead else 6.8, "first"),
            (
                f"{goal} Can I run my plan past you and hear what you think I'm missing?",
                6.5,
                "plan",
            ),
        ):
            if text and len(text.split()) <= MAX_ADVICE_WORDS:
                out.append(
                    Question(
                        text,
                        [*ctx.goal_evidence, *(path_evidence if kind == "first" else [])],
                        score,
                        "specific",
                        QuestionKind.ADVICE,
                        f"advice:{kind}:{term_key(goal)}",
                    )
                )
    if _outside_my_goal(ctx):
        # An electrician or a solicitor has no special view on the user's own sticking
        # point: ask what they know, from their own path or their own field. A founder
        # or an investor does (they see first hires in every field).
        out = [q if q.topic.startswith(_ACROSS) else replace(q, score=q.score - 2.5) for q in out]
        out.append(_from_their_world(ctx))
    moving = re.search(
        r"\b(?:into|move|moving|switch|transition|break|career|change)\b",
        f"{profile.current_goal} {ctx.purpose}",
        re.IGNORECASE,
    )
    if goal and ctx.purpose_concepts and moving:
        label = ctx.purpose_concepts[0].label
        out.append(
            Question(
                f"What would make someone coming into {label} from outside stand out to you?",
                list(ctx.goal_evidence),
                5.5,
                "specific",
                QuestionKind.ADVICE,
                f"advice:standout:{ctx.purpose_concepts[0].id}",
            )
        )
    return out


_A_MOVE = re.compile(r"^Given you (?:moved|switched|went|made|retrained|transitioned|pivoted)\b")

# Where they sit decides how the user's sticking point is best put to them: an investor
# sees many first hires, someone who hires sees the candidates, a teacher the students.
_VANTAGES = (
    (
        re.compile(r"\b(?:invest\w*|venture|VC|angel)\b", re.IGNORECASE),
        "From the companies you've backed, what would make a founder look past this:",
    ),
    (
        re.compile(r"\b(?:professor|lecturer|tutor|teacher|faculty|academic)\b", re.IGNORECASE),
        "What would you tell one of your students facing this:",
    ),
    (
        re.compile(r"\b(?:founder|co-founder|ceo|owner)\b", re.IGNORECASE),
        "As a founder, what would make you take a chance on someone facing this:",
    ),
    (
        re.compile(r"\b(?:cto|coo|chief|director|head of|vp)\b", re.IGNORECASE),
        "When you're hiring for your team, what would make you look past this:",
    ),
)


_ACROSS = "advice:challenge-across:"
_ACROSS_FIELDS = frozenset(frame for _, frame in _VANTAGES[:1] + _VANTAGES[2:3])


def _their_vantage(role: str) -> str:
    """How to put the user's sticking point to someone in this role ("" for anyone)."""
    return next((frame for pattern, frame in _VANTAGES if pattern.search(role)), "")


def _outside_my_goal(ctx: QuestionContext) -> bool:
    """Their line of work has nothing to do with where the user is heading."""
    wanted = {c.category for c in ctx.purpose_concepts}
    return bool(ctx.work) and bool(wanted) and not (ctx.work & wanted)


def _from_their_world(ctx: QuestionContext) -> Question:
    if ctx.path is not None and _A_MOVE.match(ctx.path.lead):  # a move they made
        text = f"{ctx.path.lead}, what would you tell someone making a change like that?"
        evidence = list(ctx.path.evidence)
        topic = "advice:their-path"
    else:
        field_id = sorted(ctx.work, key=lambda c: (c == "business", c))[0]
        label = ctx.taxonomy.concept(field_id).label if field_id in ctx.taxonomy else "your work"
        text = (
            f"From what you've seen in {label}, what makes the difference for someone "
            "starting out in a new field?"
        )
        evidence = list(ctx.bank_evidence) or list(ctx.goal_evidence)
        topic = f"advice:their-field:{field_id}"
    return Question(text, evidence, 7.4, "specific", QuestionKind.ADVICE, topic)


def _fitting(options: list[str]) -> str:
    """The first wording short enough to ask in one breath ("" if none is)."""
    return next((t for t in options if word_count(t) <= MAX_ADVICE_WORDS), "")


def _experience_like_mine(
    ctx: QuestionContext, wanted: list[Concept] | None = None
) -> tuple[Fact, str] | None:
    """Their move or achievement that bears most on the user's goal (or on ``wanted``)."""
    best: tuple[float, Fact, str] | None = None
    for fact in ctx.facts:
        if fact.kind not in (FactKind.CAREER_MOVE, FactKind.ACHIEVEMENT):
            continue
        concepts = ctx.concepts_in(fact.passage.text)
        if wanted is not None:
            relevance = _closeness(ctx, concepts, wanted)
        else:
            relevance = ctx.relevance(concepts)
        if relevance < 2 or not concepts:
            continue
        label = max(
            concepts, key=lambda c: _closeness(ctx, [c], wanted or ctx.purpose_concepts)
        ).label
        bonus = 1.0 if fact.kind is FactKind.CAREER_MOVE else 0.0
        if best is None or relevance + bonus > best[0]:
            best = (relevance + bonus, fact, label)
    return (best[1], best[2]) if best else None


def _closeness(ctx: QuestionContext, concepts: list[Concept], wanted: list[Concept]) -> float:
    best = 0.0
    for concept in concepts:
        for other in wanted:
            relation = ctx.taxonomy.relate(concept.id, other.id)
            if relation is not None and relation.kind.value != "related":
                best = max(best, relation.strength)
    return best


def _first_clause(challenge: str) -> str:
    """The challenge as one speakable clause: its first sentence, up to any colon."""
    fragments = split_fragments(challenge)
    first = fragments[0].text if fragments else challenge
    first = re.split(r":\s|\s[—–-]\s", first)[0].strip().rstrip(".!?,;")
    return first if first.startswith("I") else lower_first(first)


# -- the field's question bank -------------------------------------------------------------


def bank_questions(ctx: QuestionContext) -> list[Question]:
    out: list[Question] = []
    company = ctx.contact.company.strip()
    banks = [(ctx.bank, 2.5)] + ([(GENERAL, 1.5)] if ctx.bank is not GENERAL else [])
    for bank, base in banks:
        evidence = list(ctx.bank_evidence)
        for kind, templates in (
            (QuestionKind.VIEW, bank.view),
            (QuestionKind.HOW, bank.how),
            (QuestionKind.ADVICE, bank.advice),
        ):
            for i, template in enumerate(templates):
                if "{company}" in template and not company:
                    continue
                text = _with_company(template, company)
                ev = list(evidence)
                if "{company}" in template:
                    ev = [Evidence("contact: company", company)]
                out.append(
                    Question(
                        text,
                        ev,
                        round(base - 0.1 * i, 2),
                        f"general: {bank.label}",
                        kind,
                        f"bank:{bank.key}:{kind.value}:{i}",
                    )
                )
    return out


def _with_company(template: str, company: str) -> str:
    """The company put in: "at the Department for Education", "at Monzo"."""
    named = with_article(company)
    text = re.sub(r"(?<=\bat |\bof ){company}", lambda _: named, template)
    return text.replace("{company}", company)
