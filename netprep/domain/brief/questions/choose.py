"""Choose the three insight questions (one of each kind) and the ranked alternatives.

Never a question the research already answers (no "what do you do?"), and never
one already asked in an earlier meeting with the same person, whether it comes
back word for word or about the same source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from netprep.domain.brief.model import Question, QuestionKind
from netprep.domain.brief.questions.advice import advice_questions, bank_questions
from netprep.domain.brief.questions.candidates import (
    how_questions,
    panel_questions,
    view_questions,
)
from netprep.domain.brief.questions.context import QuestionContext
from netprep.domain.brief.questions.held_views import held_view_questions
from netprep.domain.brief.words.text import normalise_question
from netprep.domain.meeting import Meeting

ALTERNATIVES_PER_KIND = 4

# Biography questions: the research answers these, so the brief never asks them.
BIOGRAPHY = re.compile(
    r"\bwhat do you do\b|\bwhere do you work\b|\bwho do you work for\b"
    r"|\bwhat(?:'s| is) your (?:role|job|title|background)\b|\bwhat is it you do\b"
    r"|\bwhere are you based\b|\bwhere did you (?:study|grow up|go to)\b"
    r"|\btell me about (?:yourself|your background|your career)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Asked:
    """Questions already asked of this person, by wording and by topic."""

    texts: frozenset[str]
    topics: frozenset[str]

    @classmethod
    def from_meetings(cls, meetings: list[Meeting], contact_id: str) -> Asked:
        texts: set[str] = set()
        topics: set[str] = set()
        for meeting in meetings:
            if meeting.contact_id and contact_id and meeting.contact_id != contact_id:
                continue
            if meeting.brief is None:
                continue
            for question in meeting.brief.questions:
                texts.add(normalise_question(question.text))
                if question.topic:
                    topics.add(question.topic)
                for evidence in question.evidence[:1]:
                    if evidence.source.startswith(("note", "contact:")):
                        topics.add(f"{question.kind.value}|{evidence.source}|{evidence.excerpt}")
        return cls(frozenset(texts), frozenset(topics))

    def covers(self, question: Question) -> bool:
        if normalise_question(question.text) in self.texts or question.topic in self.topics:
            return True
        first = question.evidence[0] if question.evidence else None
        if first is not None and first.source.startswith(("note", "contact:")):
            return f"{question.kind.value}|{first.source}|{first.excerpt}" in self.topics
        return False


def choose_questions(
    ctx: QuestionContext, asked: Asked, keep: Callable[[Question], bool] = lambda q: True
) -> tuple[list[Question], list[Question]]:
    """The chosen question of each kind, in order, and the ranked alternatives.

    ``keep`` turns questions away before the choice (one that goes near a caution), so
    the next best of its kind takes its place instead of leaving the kind empty.
    """
    candidates = [
        *view_questions(ctx),
        *held_view_questions(ctx),
        *panel_questions(ctx),
        *how_questions(ctx),
        *advice_questions(ctx),
        *bank_questions(ctx),
    ]
    chosen: list[Question] = []
    alternatives: list[Question] = []
    for kind in (QuestionKind.VIEW, QuestionKind.HOW, QuestionKind.ADVICE):
        ranked = _ranked(c for c in candidates if c.kind is kind and _allowed(c, asked) and keep(c))
        if ranked:
            chosen.append(ranked[0])
        alternatives.extend(ranked[1 : 1 + ALTERNATIVES_PER_KIND])
    return chosen, alternatives


def _allowed(question: Question, asked: Asked) -> bool:
    return not BIOGRAPHY.search(question.text) and not asked.covers(question)


def _ranked(questions: Iterable[Question]) -> list[Question]:
    seen: set[str] = set()
    out: list[Question] = []
    for question in sorted(questions, key=lambda q: q.score, reverse=True):
        key = normalise_question(question.text)
        if key not in seen:
            seen.add(key)
            out.append(question)
    return out
