"""What a pre-meeting brief holds. A meeting stores it as prepared (an edited snapshot)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
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

    source: str = ""  # for people: "their interests", "note of 2 Oct 2026", "your schools"
    excerpt: str = ""
    note_id: str = ""  # set when the source is a note, so a viewer can open it
    # Where it is stored, for a program ("contact: role", "profile: current_goal", "note …",
    # "network: Name (field)"): grounding checks look there. Never shown to the user.
    ref: str = ""


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
    cautions: list[BriefItem] = field(default_factory=list)  # "avoid X" from the notes, once
    check_first: list[BriefItem] = field(default_factory=list)  # guesses to confirm, not state
    research_gaps: list[str] = field(default_factory=list)
    agenda: list[AgendaPhase] = field(default_factory=list)
    referral_ask: str = ""
    follow_up_plan: list[str] = field(default_factory=list)
    # How long the self-summary takes to say (brief.summary.summary_timing recomputes after edits).
    words_per_minute: int = 150
    summary_words: int = 0
    summary_seconds: int = 0
    summary_too_long: bool = False  # more than a minute: trim it


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_THEIR = {
    "role": "their role",
    "company": "where they work",
    "location": "where they're based",
    "interests": "their interests",
    "tags": "your tags for them",
    "current_projects": "what they're working on",
    "achievements": "what they've done",
    "background": "their background",
    "how_we_met": "how you met",
    "referred_by": "who introduced you",
    "name": "their name",
}
_YOUR = {
    "name": "your name",
    "headline": "your headline",
    "good_at": "what you're good at",
    "unique": "what makes you different",
    "interests": "your interests",
    "schools": "your schools",
    "employers": "your past employers",
    "location": "where you live",
    "current_goal": "your goal",
    "current_challenge": "your challenge",
}


def note_source(when: date | None) -> str:
    """How a note is named on the page: "note of 12 Mar 2025"."""
    return f"note of {when.day} {_MONTHS[when.month - 1]} {when.year}" if when else "your note"


def human_source(source: str) -> str:
    """A source as the user reads it, never an internal field name.

    Briefs saved by older versions say "contact: current_projects" or
    "note 2025-03-12 (research)"; both read as "what they're working on" and
    "note of 12 Mar 2025". A label that is already human comes back unchanged.
    """
    owner, sep, rest = source.partition(": ")
    if sep and owner == "contact":
        return _THEIR.get(rest, rest.replace("_", " "))
    if sep and owner == "profile":
        return _YOUR.get(rest, "your " + rest.replace("_", " "))
    if sep and owner == "network":
        name, _, field_name = rest.partition(" (")
        field_name = field_name.rstrip(")")
        if not field_name:
            return f"your contact {name}"
        their = _THEIR.get(field_name, field_name.replace("_", " "))
        return (
            f"{name}'s {their.removeprefix('their ')}"
            if their.startswith("their ")
            else (f"{name}: {their}")
        )
    if sep and rest in _THEIR:  # "Rahul Iyer: referred_by", another contact's field
        return f"{owner}: {_THEIR[rest]}"
    if source == "purpose":
        return "the meeting's purpose"
    if source.startswith("note ") and not source.startswith("note of "):
        try:
            return note_source(date.fromisoformat(source[5:15]))
        except ValueError:
            return "your note"
    return source


def with_human_sources(brief: Brief) -> Brief:
    """``brief`` with every cited source in the words the user reads (changed in place).

    The stored location moves to ``ref`` first, so checks and viewers can still find it.
    """
    for items in (
        brief.questions,
        brief.alternatives,
        brief.hooks,
        brief.offers,
        brief.dont_ask,
        brief.cautions,
        brief.check_first,
    ):
        for item in items:
            for evidence in item.evidence:
                evidence.ref = evidence.ref or evidence.source
                evidence.source = human_source(evidence.source)
    return brief
