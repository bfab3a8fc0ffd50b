"""What a pre-meeting brief holds. A meeting stores it as prepared (an edited snapshot)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from netprep.domain.agenda import AgendaPhase


class QuestionKind(StrEnum):
    """The book's three insight questions."""

    VIEW = "view"  # their view on X
    HOW = "how"  # how they did Y
    ADVICE = "advice"  # their advice on Z

    @property
    def label(self) -> str:
        return {"view": "Their view on…", "how": "How they did…", "advice": "Their advice on…"}[
            self.value
        ]


@dataclass
class Evidence:
    """Where a brief item came from: a stored field or note, quoted."""

    source: str = ""  # e.g. "contact: interests", "note 2026-10-02 (research)", "profile: schools"
    excerpt: str = ""
    note_id: str = ""  # set when the source is a note, so a viewer can open it


@dataclass
class BriefItem:
    text: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    score: float = 0.0
    category: str = ""  # what sort of item: a hook's "interest", an offer's "introduction"…


@dataclass
class Question(BriefItem):
    kind: QuestionKind = QuestionKind.VIEW
    topic: str = ""  # stable key of what it asks about, so a later meeting need not repeat it


@dataclass
class Brief:
    contact_id: str = ""
    contact_name: str = ""
    purpose: str = ""
    generated_at: datetime | None = None
    summary: list[str] = field(default_factory=list)  # exactly three sentences
    questions: list[Question] = field(default_factory=list)  # one of each kind, in order
    alternatives: list[Question] = field(default_factory=list)  # ranked, any kind
    hooks: list[BriefItem] = field(default_factory=list)
    offers: list[BriefItem] = field(default_factory=list)
    dont_ask: list[BriefItem] = field(default_factory=list)
    research_gaps: list[str] = field(default_factory=list)
    agenda: list[AgendaPhase] = field(default_factory=list)
    referral_ask: str = ""
    follow_up_plan: list[str] = field(default_factory=list)
    # How long the self-summary takes to say (brief.summary.summary_timing recomputes after edits).
    words_per_minute: int = 150
    summary_words: int = 0
    summary_seconds: int = 0
    summary_too_long: bool = False  # more than a minute: trim it
