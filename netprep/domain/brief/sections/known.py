"""What not to ask (the research already says it) and what the research is missing.

The book: research the person beforehand and do not spend the meeting on
biography. So the brief lists the known facts, and names the gaps worth a few
minutes of research before the meeting.
"""

from __future__ import annotations

import re

from netprep.domain.brief.model import BriefItem, Evidence
from netprep.domain.brief.reading.cues import FactKind
from netprep.domain.brief.reading.facts import Fact
from netprep.domain.brief.reading.note_kinds import is_fact
from netprep.domain.brief.reading.sources import Passage
from netprep.domain.brief.sections.hooks import Hook
from netprep.domain.brief.words.orgs import with_article
from netprep.domain.brief.words.text import lower_first, split_fragments, tidy, upper_first
from netprep.domain.brief.words.voice import expand_shorthand
from netprep.domain.meeting import Meeting
from netprep.domain.records import Contact

MAX_KNOWN = 5  # a coffee-meeting brief: the few facts that would be embarrassing to ask
MAX_ASKED = 3  # questions from the last meeting, so none is asked twice
MAX_GAPS = 5
_LINE_CHARS = 140
_BACKGROUND_KINDS = (
    FactKind.EDUCATION,
    FactKind.ORIGIN,
    FactKind.HOME,
    FactKind.PAST_EMPLOYER,
    FactKind.CAREER_MOVE,
)
_INDEPENDENT = frozenset(
    {"self employed", "freelance", "freelancer", "independent", "sole trader", "n/a", "none"}
)
_LABEL_PREFIX = re.compile(
    r"^(?:currently|now|at the moment|right now)(?: working on)?\s*[:\-–—]\s*", re.IGNORECASE
)
_TODO_TAIL = re.compile(
    r"[,;.!]*\s*(?:→|->|=>).*$|[,;!]+\s*(?:congratulate|congrats|ask|chase|follow up|send|check)"
    r"\b.*$",
    re.IGNORECASE,
)


def dont_ask(
    contact: Contact,
    facts: list[Fact],
    earlier: list[Meeting],
    passages: list[Passage] | None = None,
) -> list[BriefItem]:
    """What not to spend the meeting on: their job, path, work and views, and old questions.

    Only facts, each a clean line: never the user's to-dos ("send something when…"),
    guesses ("~4 days she thinks") or family news.
    """
    asked = _asked(contact, earlier)[:MAX_ASKED]
    room = max(2, MAX_KNOWN - len(asked))
    lines: list[tuple[float, int, BriefItem]] = [
        line for line in _known_lines(contact, facts) if line is not None
    ]
    lines += _tools_and_hiring(passages or [])
    chosen = sorted(sorted(lines, key=lambda line: line[0])[:room], key=lambda line: line[1])
    return [item for _, _, item in chosen] + asked


def _known_lines(contact: Contact, facts: list[Fact]) -> list[tuple[int, int, BriefItem] | None]:
    """(priority, position on the page, item) for each kind of fact there is."""
    role, company = contact.role.strip(), contact.company.strip()
    role_line: tuple[int, int, BriefItem] | None = None
    if role or company:
        what = f"{role} at {with_article(company)}" if role and company else role or company
        if role and company.casefold().replace("-", " ") in _INDEPENDENT:
            what = f"{role} ({company})"
        evidence = [
            Evidence(f"contact: {name}", value)
            for name, value in (("role", role), ("company", company))
            if value
        ]
        label = "Their role" if role else "Where they work"
        role_line = (0, 0, BriefItem(f"{label}: {what}", evidence, 0.0, "known"))
    place = contact.location.strip()
    place_line = (
        (4, 1, _line("Where they're based", [(place, Evidence("contact: location", place))]))
        if place
        else None
    )
    usable = [f for f in facts if _is_fact(f.passage.text)]
    seen: set[str] = set()  # each note fragment on one line only
    background = _unseen(
        _field_facts(contact, "background")
        + _of_kinds(usable, _BACKGROUND_KINDS, skip_field="background"),
        seen,
    )
    current = _unseen(_of_kinds(usable, (FactKind.CURRENT,)), seen)
    done = _unseen(
        _field_facts(contact, "achievements")
        + _of_kinds(usable, (FactKind.ACHIEVEMENT,), skip_field="achievements"),
        seen,
    )
    views = _unseen(_of_kinds(usable, (FactKind.OPINION,)), seen)
    return [
        role_line,
        place_line,
        (1, 2, _line("Their background", background)) if background else None,
        (2, 3, _line("What they're working on", current)) if current else None,
        (3, 4, _line("What they've done", done)) if done else None,
        (5, 5, _line("A view they've already shared", views)) if views else None,
    ]


_TOOLS = re.compile(
    r"^\s*(?:tools?|stack|tech stack|software|kit|uses)\s*[:\-–—]\s*(?P<what>\S.*)", re.I
)
_HIRING = re.compile(
    r"\b(?:not|isn'?t|aren'?t|no longer|stopped)\s+hiring\b|\bhiring (?:freeze|pause)\b"
    r"|\b(?:is|are|now|currently) hiring\b|\bhiring (?:for|a|an|two|three|\d)\b",
    re.IGNORECASE,
)


def _tools_and_hiring(passages: list[Passage]) -> list[tuple[float, int, BriefItem]]:
    """What they work with and whether they are hiring: asking either wastes the meeting."""
    out: list[tuple[float, int, BriefItem]] = []
    for passage in passages:
        if passage.listed or passage.field in ("role", "company", "location"):
            continue
        tools = _TOOLS.match(passage.text)
        if tools and not any(line[2].text.startswith("Tools") for line in out):
            what = clean_fact(tools.group("what"))
            out.append(
                (2.5, 5, BriefItem(f"Tools they use: {what}", [passage.evidence()], 0.0, "known"))
            )
        elif _HIRING.search(passage.text) and not any(
            line[2].text.startswith("Hiring") for line in out
        ):
            said = lower_first(clean_fact(passage.text))
            out.append((1.5, 3, BriefItem(f"Hiring: {said}", [passage.evidence()], 0.0, "known")))
    return out


def _unseen(facts: list[tuple[str, Evidence]], seen: set[str]) -> list[tuple[str, Evidence]]:
    fresh = [(text, evidence) for text, evidence in facts if text not in seen]
    seen.update(text for text, _ in fresh)
    return fresh


def _field_facts(contact: Contact, field_name: str) -> list[tuple[str, Evidence]]:
    """Each sentence of a field the user filled in about them (facts by definition)."""
    return [
        (f.text, Evidence(f"contact: {field_name}", f.text))
        for f in split_fragments(str(getattr(contact, field_name) or ""))
        if _is_fact(f.text)
    ]


def _of_kinds(
    facts: list[Fact], kinds: tuple[FactKind, ...], skip_field: str = ""
) -> list[tuple[str, Evidence]]:
    return [
        (f.passage.text, f.passage.evidence())
        for f in facts
        if f.kind in kinds and f.passage.field != skip_field
    ]


def _is_fact(text: str) -> bool:
    """Something they are or did, not the user's own note-to-self or a guess."""
    kept = _TODO_TAIL.sub("", tidy(text))
    return bool(kept.strip()) and is_fact(kept)


def _line(label: str, facts: list[tuple[str, Evidence]]) -> BriefItem:
    """'Label: First fact; second fact' within a line's length, each fact cleaned up."""
    shown: list[str] = []
    used: list[Evidence] = []
    for text, evidence in facts:
        clean = clean_fact(text)
        if not clean or any(clean.casefold() in s.casefold() for s in shown):
            continue
        if shown and len("; ".join([*shown, clean])) > _LINE_CHARS:
            break
        shown.append(lower_first(clean) if shown else clean)
        if evidence not in used:
            used.append(evidence)
    body = "; ".join(shown) or clean_fact(facts[0][0])
    return BriefItem(f"{label}: {upper_first(_short(body))}", used or [facts[0][1]], 0.0, "known")


def clean_fact(text: str) -> str:
    """A note fragment as a tidy clause: no Markdown, shorthand, '!!', to-do tails or labels."""
    text = expand_shorthand(_TODO_TAIL.sub("", tidy(text)))
    text = _LABEL_PREFIX.sub("", text) or text
    return upper_first(text.strip().rstrip(".,;:!").strip())


def _asked(contact: Contact, earlier: list[Meeting]) -> list[BriefItem]:
    """The questions of earlier meetings with this contact, the latest meeting first."""
    items: list[BriefItem] = []
    mine = [
        m
        for m in earlier
        if m.brief is not None and (not m.contact_id or m.contact_id == contact.id)
    ]
    mine.sort(key=lambda m: m.when.timestamp() if m.when else 0.0, reverse=True)
    for meeting in mine:
        when = meeting.when.date().isoformat() if meeting.when else "an earlier meeting"
        for question in meeting.brief.questions if meeting.brief else []:
            items.append(
                BriefItem(
                    f"Already asked ({when}): {question.text}",
                    list(question.evidence[:1]),
                    0.0,
                    "asked",
                )
            )
    return items


# Notes that already answer a gap: "l&d lead @ deliveroo", "was a pe teacher b4", "ex-KPMG".
_ROLE_AT = re.compile(r"\b[\w&/-]+(?: [\w&/-]+)?\s*(?:@|\bat\b)\s*(?P<org>[\w&'’ .-]+)", re.I)
_PAST = re.compile(
    r"\b(?:was an?|ex[- ]|former(?:ly)?|previously|used to (?:be|work)|before that|taught"
    r"|worked (?:as|at|in)|spent \w+ (?:years|yrs))\b",
    re.IGNORECASE,
)


def _role_in_notes(contact: Contact, passages: list[Passage]) -> bool:
    company = contact.company.strip().casefold()
    if not company:
        return False
    for passage in passages:
        for match in _ROLE_AT.finditer(passage.text):
            if match.group("org").strip().casefold().startswith(company):
                return True
    return False


def research_gaps(
    contact: Contact,
    facts: list[Fact],
    hooks: list[Hook],
    personal_interests: int,
    passages: list[Passage] | None = None,
) -> list[str]:
    """What is missing from the research, in the words the brief shows."""
    kinds = {f.kind for f in facts}
    passages = [p for p in passages or [] if p.field == "note" or p.field == "background"]
    gaps = []
    if not contact.role.strip() and not _role_in_notes(contact, passages):
        gaps.append("their role")
    if not contact.company.strip():
        gaps.append("where they work")
    if FactKind.CURRENT not in kinds and not contact.current_projects.strip():
        gaps.append("what they are working on now")
    if (
        not contact.background.strip()
        and not kinds & {FactKind.EDUCATION, FactKind.PAST_EMPLOYER, FactKind.CAREER_MOVE}
        and not any(_PAST.search(p.text) for p in passages)
    ):
        gaps.append("their background and career path")
    if (
        not kinds & {FactKind.ACHIEVEMENT, FactKind.CAREER_MOVE}
        and not contact.achievements.strip()
    ):
        gaps.append("something they have done that you could ask about")
    if personal_interests == 0:
        gaps.append("their interests outside work")
    elif not any(h.category == "interest" for h in hooks):
        gaps.append("shared interests")
    if not contact.location.strip() and FactKind.HOME not in kinds:
        gaps.append("where they are based")
    if (
        not contact.how_we_met.strip()
        and not contact.referred_by
        and not any(p.field == "note" and _MET.search(p.text) for p in passages)
    ):
        gaps.append("how you are connected")
    return gaps[:MAX_GAPS]  # most useful first


# A note that says how they know each other: "met at config '24", "intro'd by Sam".
_MET = re.compile(
    r"\b(?:(?:first |we |i )?met (?:at|in|on|through|via|during|at the|him|her|them)"
    r"|intro(?:duced|'d|’d)? (?:by|through|via)|(?:we )?worked together|sat next to"
    r"|(?:she|he|they) (?:was|were) (?:my|our) (?:manager|colleague|mentor|lecturer|tutor))\b",
    re.IGNORECASE,
)


def _short(text: str, limit: int = 140) -> str:
    text = tidy(text)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:—-") + "…"
