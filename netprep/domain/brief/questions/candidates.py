"""Candidate insight questions of the three kinds, each scored and grounded.

Specific questions come from the notes (their current work, something they did,
the user's own goal); general ones from the field's question bank fill the gaps.
"""

from __future__ import annotations

import re

from netprep.domain.brief.model import Question, QuestionKind
from netprep.domain.brief.questions.context import QuestionContext
from netprep.domain.brief.reading.cues import (
    FOLLOW_UP_KNOWN_METHOD,
    FOLLOW_UPS,
    FOLLOW_UPS_NOW,
    KNOWN_METHOD,
    FactKind,
)
from netprep.domain.brief.reading.facts import Fact
from netprep.domain.brief.reading.sources import recency
from netprep.domain.brief.taxonomy import Concept, RelationKind
from netprep.domain.brief.words.spelling import word_set
from netprep.domain.brief.words.text import term_key, word_count
from netprep.domain.brief.words.voice import second_person

_AFTER_YOU = {
    "was": "were",
    "is": "are",
    "has": "have",
    "does": "do",
    "leads": "lead",
    "runs": "run",
    "manages": "manage",
    "teaches": "teach",
    "coaches": "coach",
    "hosts": "host",
    "writes": "write",
    "works": "work",
    "maintains": "maintain",
    "chairs": "chair",
    "sits": "sit",
    "trains": "train",
    "posts": "post",
    "says": "say",
}
_PASSIVE = word_set(
    """
    shortlisted awarded named nominated elected appointed invited selected featured seconded
    headhunted promoted recognised recognized honoured honored
    """
)
_NOTE_SPEAK = re.compile(  # "wrote blog post on …" -> "wrote a blog post on …"
    r"^(wrote|gave|did|ran|built|launched|started|founded|published|organised|organized|hosted"
    r"|created|set up|won|got) (blog post|talk|book|piece|article|podcast|course|business"
    r"|company|team|workshop|meetup|newsletter|paper|report|guide|keynote|grant|prize|award"
    r"|marathon|half marathon|charity)\b"
)
_USERS_OWN = re.compile(r"\b(?:my|I'm|I’m|I've|I’ve|I'll|I’ll|we|our)\b", re.IGNORECASE)
_DETERMINERS = word_set(
    """
    a an the her his their its my our your some this that these those new
    """
)


# -- their view on X --------------------------------------------------------------------


_PANEL = re.compile(
    r"\bon (?P<obj>(?:the |a )?[^,;.()]{0,60}?\b(?:panel|committee|jury))\b", re.IGNORECASE
)


def panel_questions(ctx: QuestionContext) -> list[Question]:
    """They sit on a selection panel: ask what separates the strongest applications."""
    out = []
    for fact in ctx.facts:
        match = _PANEL.search(fact.clause) if fact.family == "panel" else None
        if match is None:
            continue
        panel = match.group("obj")
        if not panel.casefold().startswith(("the ", "a ")):
            panel = f"the {panel}"
        relevance = ctx.relevance(ctx.concepts_in(fact.passage.text), fact.passage.text)
        text = (
            f"From your seat on {panel}, what do you think separates the strongest "
            "applications from the rest?"
        )
        score = 9.0 + 1.5 * relevance + recency(fact.passage.when, ctx.now)
        evidence = [fact.passage.evidence(), *(ctx.goal_evidence if relevance > 0 else [])]
        out.append(
            Question(
                text,
                evidence,
                round(score, 2),
                "specific",
                QuestionKind.VIEW,
                f"view:panel:{term_key(panel)}",
            )
        )
    return out


def view_questions(ctx: QuestionContext) -> list[Question]:
    best: dict[str, Question] = {}
    panels = {f.passage for f in ctx.facts if f.family == "panel" and _PANEL.search(f.clause)}
    work = [t.concept for t in ctx.topics if t.own_work and t.concept.professional]
    for topic in ctx.topics:
        concept = topic.concept
        if topic.passage in panels:
            continue  # asked better by panel_questions
        if concept.depth < 2 or _answered(ctx, concept.id):
            continue
        relevance = ctx.relevance([concept], topic.passage.text)
        if not concept.professional and relevance < 2:
            continue  # their hobbies are for hooks, not for views
        if relevance == 0 and topic.weight < 2.0:
            continue  # neither their field nor what the user came to talk about
        if topic.passage.field != "role" and not _in_their_field(ctx, concept):
            continue  # a passing mention, or a project's subject, is not their field
        if topic.passage.field == "note" and _USERS_OWN.search(topic.passage.text):
            continue  # "my EPR work counts if…": the user's own story, not their topic
        if not topic.own_work and not _near_their_work(ctx, concept, work):
            continue  # "learn basic SQL" in a note doesn't make SQL a product manager's topic
        score = (
            3.0
            + topic.weight
            + 1.5 * relevance
            + 0.25 * concept.depth
            + recency(topic.passage.when, ctx.now)
        )
        if topic.weight >= 3.0:
            for_me = ", and what would that mean for someone in my position" if relevance else ""
            text = (
                f"Given what you're working on now, where do you see {concept.label} going "
                f"over the next few years{for_me}?"
            )
        elif topic.passage.field in ("achievements",) or _is_work(ctx, topic.passage.text):
            text = f"What do you think people still get wrong about {concept.label}?"
        else:
            text = (
                f"From where you sit, what's changing fastest in {concept.label} right now, "
                "and what's mostly hype?"
            )
        evidence = [topic.passage.evidence()]
        if relevance > 0 and ctx.goal_evidence:
            evidence.extend(ctx.goal_evidence)
        question = Question(
            text, evidence, round(score, 2), "specific", QuestionKind.VIEW, f"view:{concept.id}"
        )
        if concept.id not in best or best[concept.id].score < question.score:
            best[concept.id] = question
    return list(best.values())


def _in_their_field(ctx: QuestionContext, concept: Concept) -> bool:
    """Their role, employer or tags name this line of work (or say nothing at all)."""
    if ctx.work:
        return concept.category in ctx.work
    if not ctx.bank.categories:
        return True  # their field is unknown: any topic in the notes may be theirs
    ancestry = {c.id for c in ctx.taxonomy.ancestors(concept.id)}
    return bool(ancestry & set(ctx.bank.categories))


def _near_their_work(ctx: QuestionContext, concept: Concept, work: list[Concept]) -> bool:
    """Within the same specific area as something their role or current work names."""
    if not work:
        return True  # nothing says what they do: the notes are all there is
    for known in work:
        relation = ctx.taxonomy.relate(concept.id, known.id)
        if relation is not None and relation.kind is not RelationKind.RELATED:
            return True
    return False


def _answered(ctx: QuestionContext, concept_id: str) -> bool:
    for known in ctx.answered:
        relation = ctx.taxonomy.relate(concept_id, known)
        if relation is not None and relation.kind.value == "same":
            return True
    return False


def _is_work(ctx: QuestionContext, text: str) -> bool:
    return any(f.kind is FactKind.WORK and f.passage.text == text for f in ctx.facts)


# -- how they did Y ------------------------------------------------------------------------

_HOW_BASE = {
    FactKind.CAREER_MOVE: 6.5,
    FactKind.ACHIEVEMENT: 6.0,
    FactKind.CURRENT: 5.0,
    FactKind.EDUCATION: 4.5,
}


_BIOGRAPHY_LABEL = re.compile(r"^\s*(?:background|bio|education|early career|before)\s*:", re.I)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# A clause that is a verb and a time, nothing more: "launched in Sept", "started 2021".
_ONLY_WHEN = re.compile(
    rf"^[a-z]+(?:\s+(?:in|on|at|last|this|back in|around))?\s+"
    rf"(?:{_MONTH}|\d{{4}}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?"
    rf"|week|month|year|spring|summer|autumn|fall|winter|recently)"
    rf"(?:\s+(?:\d{{4}}|{_MONTH}))?\W*$",
    re.IGNORECASE,
)


def how_questions(ctx: QuestionContext) -> list[Question]:
    out: list[Question] = []
    for fact in ctx.facts:
        if fact.kind not in _HOW_BASE:
            continue
        if fact.kind is FactKind.EDUCATION and fact.family != "study":
            continue
        question = _how_question(ctx, fact)
        if question is not None:
            out.append(question)
    return _without_overlaps(out)


def _how_question(ctx: QuestionContext, fact: Fact) -> Question | None:
    if fact.passage in ctx.about_others or ":" in fact.clause or _someone_else(ctx, fact.clause):
        return None  # about another person, or a label rather than a sentence
    if _BIOGRAPHY_LABEL.match(fact.passage.text) and fact.kind is not FactKind.CAREER_MOVE:
        return None  # "Background: taught English for 6 years": biography, not their work
    if fact.kind is FactKind.EDUCATION and not re.match(
        r"(?:did|does|completed|got|has|finishing)\b", fact.clause, re.IGNORECASE
    ):
        return None
    clause = second_person(fact.clause, ctx.names, they=ctx.pronoun == "they")
    if clause is None or not 2 <= word_count(clause) <= 22:
        return None
    if _ONLY_WHEN.match(clause):
        return None  # "launched in May": says when, not what they did
    if re.match(r"^\S+ (?:it|this|that|them|these|those|one)\b", clause):
        return None  # "wrote it up": the "it" belongs to another sentence
    told = fact.passage.told_me
    if fact.kind is FactKind.CURRENT:
        if not re.match(r"^[a-z]+ing\b", clause):
            return None
        clause = _article_after_on(clause)
        lead = "You mentioned you're" if told else "I understand you're"
        follow = FOLLOW_UPS_NOW.get(fact.family, FOLLOW_UPS_NOW["now"])
    else:
        lead = "You mentioned you" if told else "I noticed you"
        follow = FOLLOW_UPS.get(fact.family, "how did you go about it?")
        rest = fact.passage.text[fact.start :]
        if KNOWN_METHOD.search(rest):
            follow = FOLLOW_UP_KNOWN_METHOD
    relevance = ctx.relevance(ctx.concepts_in(fact.passage.text), fact.passage.text)
    score = _HOW_BASE[fact.kind] + 0.8 * relevance + recency(fact.passage.when, ctx.now)
    if fact.kind is FactKind.CAREER_MOVE and relevance >= 2:
        score += 1.5  # they made the move the user is trying to make
    first_word, _, rest_of_clause = clause.partition(" ")
    if first_word in _AFTER_YOU:
        clause = f"{_AFTER_YOU[first_word]} {rest_of_clause}".strip()
    elif first_word in _PASSIVE:
        clause = f"were {clause}"
    elif first_word == "guest":
        clause = f"were a {clause}"
    clause = ctx.say(_NOTE_SPEAK.sub(r"\1 a \2", clause))
    text = f"{lead} {clause} — {follow}"
    return Question(
        text,
        [fact.passage.evidence()],
        round(score, 2),
        "specific",
        QuestionKind.HOW,
        f"how:{term_key(fact.clause)}",
    )


def _someone_else(ctx: QuestionContext, clause: str) -> bool:
    """With a 'she' in the notes, a 'his' in the clause is somebody else's (and vice versa)."""
    if ctx.pronoun == "she":
        return bool(re.search(r"\b(?:he|him|his|himself)\b", clause, re.IGNORECASE))
    if ctx.pronoun == "he":
        return bool(re.search(r"\b(?:she|her|hers|herself)\b", clause, re.IGNORECASE))
    if ctx.pronoun == "they":
        return bool(re.search(r"\b(?:she|her|hers|herself|he|him|his|himself)\b", clause, re.I))
    return False


def _article_after_on(clause: str) -> str:
    """'working on internal developer platform' -> 'working on the internal developer platform'."""
    match = re.match(r"^(working on|busy with)\s+(\S+)", clause)
    if not match:
        return clause
    word = match.group(2)
    if word.casefold() in _DETERMINERS or word[:1].isupper() or word.endswith(("s", "ing")):
        return clause
    return f"{match.group(1)} the {clause[match.end(1) :].lstrip()}"


def _without_overlaps(questions: list[Question]) -> list[Question]:
    kept: list[Question] = []
    for question in sorted(questions, key=lambda q: q.score, reverse=True):
        key = question.topic.removeprefix("how:")
        if any(key in k.topic or k.topic.removeprefix("how:") in key for k in kept):
            continue
        kept.append(question)
    return kept
