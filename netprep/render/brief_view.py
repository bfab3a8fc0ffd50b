"""What a brief template sees: the Brief plus the meeting context, already formatted.

Templates stay simple (and user templates stay easy to write) when dates,
word counts and evidence lines are worked out here, in typed Python, rather
than with filters inside the template. Values are plain text; the template
escapes them for Markdown with the ``md`` filter.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, fields
from datetime import datetime
from typing import TYPE_CHECKING

from netprep.domain.brief.model import (
    Brief,
    BriefItem,
    Evidence,
    Question,
    human_source,
    with_human_sources,
)

if TYPE_CHECKING:
    from netprep.domain.meeting import Meeting
    from netprep.domain.records import Contact

#: A relaxed speaking pace for a self-introduction, unless the brief says otherwise.
SPEAKING_WORDS_PER_MINUTE = 150
#: The overview should take about a minute spoken; past this the brief warns.
SUMMARY_LIMIT_SECONDS = 60
_EXCERPT_CHARS = 90


@dataclass(frozen=True)
class BriefContext:
    """The meeting facts a brief is printed with (the Brief holds only the content)."""

    contact_name: str = ""
    company: str = ""
    role: str = ""
    when: datetime | None = None
    where: str = ""
    purpose: str = ""

    @classmethod
    def of(cls, contact: Contact | None = None, meeting: Meeting | None = None) -> BriefContext:
        return cls(
            contact_name=contact.name if contact else "",
            company=contact.company if contact else "",
            role=contact.role if contact else "",
            when=meeting.when if meeting else None,
            where=meeting.where if meeting else "",
            purpose=meeting.purpose if meeting else "",
        )


@dataclass(frozen=True)
class ItemView:
    text: str
    sources: str = ""  # "their interests — “platform engineering”; note of 2 Oct 2025"


@dataclass(frozen=True)
class QuestionView(ItemView):
    number: int = 1
    kind: str = ""
    label: str = ""


@dataclass(frozen=True)
class SummaryView:
    sentences: list[str]
    text: str
    words: int
    seconds: int
    too_long: bool


@dataclass(frozen=True)
class PhaseView:
    name: str
    minutes: str
    prompts: list[str]


@dataclass(frozen=True)
class ContactView:
    name: str
    company: str
    role: str
    position: str  # "Head of Platform, Northwind" — role and company as one line


@dataclass(frozen=True)
class MeetingView:
    when: str
    where: str
    purpose: str


@dataclass(frozen=True)
class BriefView:
    brief: Brief
    contact: ContactView
    meeting: MeetingView
    summary: SummaryView
    questions: list[QuestionView]
    hooks: list[ItemView]
    top_hooks: list[ItemView]
    offers: list[ItemView]
    dont_ask: list[ItemView]
    cautions: list[ItemView]
    check_first: list[ItemView]
    research_gaps: list[str]
    agenda: list[PhaseView]
    agenda_minutes: str
    referral_ask: str
    follow_up_plan: list[str]
    generated: str

    def as_template_vars(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def format_when(when: datetime | None) -> str:
    """ "Tue 14 Oct 2025, 10:00" — spelled out so a printed brief is unambiguous."""
    if when is None:
        return ""
    return f"{when:%a} {when.day} {when:%b %Y}, {when:%H:%M}"


def format_minutes(minutes: float) -> str:
    return f"{minutes:g}"


def describe_evidence(evidence: list[Evidence]) -> str:
    """One short line naming where an item came from, quoting a little of it."""
    parts: list[str] = []
    for item in evidence:
        source = human_source(item.source.strip())
        excerpt = " ".join(item.excerpt.split())
        if len(excerpt) > _EXCERPT_CHARS:
            excerpt = excerpt[: _EXCERPT_CHARS - 1].rstrip() + "…"
        if source and excerpt:
            parts.append(f"{source} — “{excerpt}”")
        elif source or excerpt:
            parts.append(source or f"“{excerpt}”")
    return "; ".join(parts)


def summary_view(brief: Brief) -> SummaryView:
    """Word count and spoken time of the overview as it reads now.

    The brief builder stores its own timing; it is used while it still matches
    the text, and recomputed at the brief's pace if the summary was edited since.
    """
    sentences = [s.strip() for s in brief.summary if s.strip()]
    text = " ".join(sentences)
    words = len(text.split())
    stored_words = getattr(brief, "summary_words", 0)
    stored_seconds = getattr(brief, "summary_seconds", 0)
    if isinstance(stored_words, int) and stored_words == words and stored_seconds:
        seconds = int(stored_seconds)
        too_long = bool(getattr(brief, "summary_too_long", seconds > SUMMARY_LIMIT_SECONDS))
        return SummaryView(sentences, text, words, seconds, too_long)
    pace = getattr(brief, "words_per_minute", SPEAKING_WORDS_PER_MINUTE)
    if not isinstance(pace, int | float) or pace <= 0:
        pace = SPEAKING_WORDS_PER_MINUTE
    seconds = round(words * 60 / pace)
    return SummaryView(sentences, text, words, seconds, seconds > SUMMARY_LIMIT_SECONDS)


def _item(item: BriefItem) -> ItemView:
    return ItemView(text=item.text.strip(), sources=describe_evidence(item.evidence))


def _question(number: int, question: Question) -> QuestionView:
    return QuestionView(
        text=question.text.strip(),
        sources=describe_evidence(question.evidence),
        number=number,
        kind=str(question.kind),
        label=question.kind.label,
    )


def build_view(brief: Brief, context: BriefContext) -> BriefView:
    """Everything a template may use, with the context filling what the Brief lacks."""
    brief = with_human_sources(copy.deepcopy(brief))  # a brief saved long ago, too
    name = context.contact_name or brief.contact_name
    position = ", ".join(part for part in (context.role, context.company) if part.strip())
    hooks = [_item(hook) for hook in brief.hooks]
    ranked = sorted(range(len(brief.hooks)), key=lambda i: -brief.hooks[i].score)
    total_minutes = sum(phase.minutes for phase in brief.agenda)
    return BriefView(
        brief=brief,
        contact=ContactView(name, context.company, context.role, position),
        meeting=MeetingView(
            when=format_when(context.when),
            where=context.where,
            purpose=context.purpose or brief.purpose,
        ),
        summary=summary_view(brief),
        questions=[_question(n, q) for n, q in enumerate(brief.questions, start=1)],
        hooks=hooks,
        top_hooks=[hooks[i] for i in ranked[:3]],
        offers=[_item(offer) for offer in brief.offers],
        dont_ask=[_item(item) for item in brief.dont_ask],
        cautions=[_item(item) for item in brief.cautions],
        check_first=[_item(item) for item in brief.check_first],
        research_gaps=[gap for gap in brief.research_gaps if gap.strip()],
        agenda=[
            PhaseView(phase.name, format_minutes(phase.minutes), list(phase.prompts))
            for phase in brief.agenda
        ],
        agenda_minutes=format_minutes(total_minutes),
        referral_ask=brief.referral_ask.strip(),
        follow_up_plan=[step for step in brief.follow_up_plan if step.strip()],
        generated=format_when(brief.generated_at),
    )
