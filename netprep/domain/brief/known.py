"""What not to ask (the research already says it) and what the research is missing.

The book: research the person beforehand and do not spend the meeting on
biography. So the brief lists the known facts, and names the gaps worth a few
minutes of research before the meeting.
"""

from __future__ import annotations

import re

from netprep.domain.brief.cues import FactKind
from netprep.domain.brief.facts import Fact
from netprep.domain.brief.hooks import Hook
from netprep.domain.brief.model import BriefItem, Evidence
from netprep.domain.brief.text import tidy, upper_first
from netprep.domain.meeting import Meeting
from netprep.domain.records import Contact

MAX_KNOWN = 10
_LABELS = {
    FactKind.EDUCATION: "Where they studied",
    FactKind.ORIGIN: "Where they grew up",
    FactKind.HOME: "Where they live",
    FactKind.PAST_EMPLOYER: "Earlier career",
    FactKind.CAREER_MOVE: "Their career move",
    FactKind.FAMILY: "Family",
    FactKind.CURRENT: "What they're working on",
    FactKind.ACHIEVEMENT: "What they've done",
    FactKind.OPINION: "A view they've already shared",
}
_INDEPENDENT = frozenset(
    {"self employed", "freelance", "freelancer", "independent", "sole trader", "n/a", "none"}
)
_LABEL_PREFIX = re.compile(
    r"^(?:currently|now|at the moment|right now)(?: working on)?\s*[:\-–—]\s*", re.IGNORECASE
)


def dont_ask(contact: Contact, facts: list[Fact], earlier: list[Meeting]) -> list[BriefItem]:
    items: list[BriefItem] = []
    role, company = contact.role.strip(), contact.company.strip()
    if role or company:
        what = f"{role} at {company}" if role and company else role or company
        if role and company.casefold().replace("-", " ") in _INDEPENDENT:
            what = f"{role} ({company})"
        evidence = [
            Evidence(f"contact: {name}", value)
            for name, value in (("role", role), ("company", company))
            if value
        ]
        label = "Their role" if role else "Where they work"
        items.append(BriefItem(f"{label}: {what}", evidence, 0.0, "known"))
    if contact.location.strip():
        items.append(
            BriefItem(
                f"Where they're based: {contact.location.strip()}",
                [Evidence("contact: location", contact.location.strip())],
                0.0,
                "known",
            )
        )
    if contact.background.strip():
        items.append(
            BriefItem(
                f"Their background: {_short(contact.background)}",
                [Evidence("contact: background", contact.background.strip())],
                0.0,
                "known",
            )
        )
    seen: set[str] = set()
    for kind in _LABELS:
        for fact in facts:
            if fact.kind is not kind or fact.passage.field == "background":
                continue
            if fact.passage.text in seen:
                continue
            seen.add(fact.passage.text)
            shown = _LABEL_PREFIX.sub("", fact.passage.text) or fact.passage.text
            items.append(
                BriefItem(
                    f"{_LABELS[kind]}: {_short(upper_first(shown))}",
                    [fact.passage.evidence()],
                    0.0,
                    "known",
                )
            )
    items = items[:MAX_KNOWN]
    for meeting in earlier:
        if meeting.brief is None or (meeting.contact_id and meeting.contact_id != contact.id):
            continue
        when = meeting.when.date().isoformat() if meeting.when else "an earlier meeting"
        for question in meeting.brief.questions:
            items.append(
                BriefItem(
                    f"Already asked ({when}): {question.text}",
                    list(question.evidence[:1]),
                    0.0,
                    "asked",
                )
            )
    return items


def research_gaps(
    contact: Contact, facts: list[Fact], hooks: list[Hook], personal_interests: int
) -> list[str]:
    """What is missing from the research, in the words the brief shows."""
    kinds = {f.kind for f in facts}
    gaps = []
    if not contact.role.strip():
        gaps.append("their role")
    if not contact.company.strip():
        gaps.append("where they work")
    if FactKind.CURRENT not in kinds and not contact.current_projects.strip():
        gaps.append("what they are working on now")
    if not any(h.category == "interest" for h in hooks):
        gaps.append("shared interests")
    if (
        not kinds & {FactKind.ACHIEVEMENT, FactKind.CAREER_MOVE}
        and not contact.achievements.strip()
    ):
        gaps.append("something they have done that you could ask about")
    if not contact.background.strip() and not kinds & {
        FactKind.EDUCATION,
        FactKind.PAST_EMPLOYER,
        FactKind.CAREER_MOVE,
    }:
        gaps.append("their background and career path")
    if not contact.location.strip() and FactKind.HOME not in kinds:
        gaps.append("where they are based")
    if personal_interests == 0:
        gaps.append("their interests outside work")
    if not contact.how_we_met.strip() and not contact.referred_by:
        gaps.append("how you are connected")
    return gaps


def _short(text: str, limit: int = 140) -> str:
    text = tidy(text)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:—-") + "…"
