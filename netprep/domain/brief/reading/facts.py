"""Pull facts out of messy notes with cue phrases: "led …", "grew up in …", "kids".

A fact keeps the passage it came from (the evidence), the clause after its cue
(what a question can quote back), and a name when the cue introduces one
("previously at DHL" -> "DHL").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from netprep.domain.brief.reading.cues import (
    COMPILED,
    GERUND_FAMILY,
    WORK_NOUN,
    WORK_SIGNAL,
    FactKind,
)
from netprep.domain.brief.reading.note_kinds import NoteKind, read_note
from netprep.domain.brief.reading.sources import Passage

_CLAUSE_END = re.compile(
    r"\s*(?:[;()\[\]]|\s[-–—]+\s|[-–—]{2}|,\s(?=(?:and |but |then |also |so |which |plus )?"
    r"[a-z])|[.!?](?:\s|$)|\s(?:but|which|so that|whereas|although|though)\s)"
)
_NAME_WORD = r"(?:[A-Z0-9][\w'’&.-]*)"
_NAME_RUN = re.compile(
    rf"\s*(?:the\s+)?({_NAME_WORD}(?:\s+(?:(?:of|and|&|the|upon|de|la|for)\s+)?{_NAME_WORD})*)"
)
_NAME_BEFORE = re.compile(
    rf"({_NAME_WORD}(?:\s+(?:(?:of|and|&|the|upon|de|la|for)\s+)?{_NAME_WORD})*)\s*$"
)
_NAME_AFTER_PREP = re.compile(r"\b(?:at|from)\s+(?=(?:the\s+)?[A-Z0-9])")
_PLACE_PREP = re.compile(r"\bin\s+(?=(?:the\s+)?[A-Z])")
_NOT_NAMES = frozenset(
    {"I", "A", "The", "And", "But", "Then", "In", "On", "At", "She", "He", "They"}
)
_BLOCKERS = re.compile(
    r"(?:\bnot|\bnever|n't|\byet to|\bwants? to|\bhop(?:es|ing) to|\bplan(?:s|ning)? to"
    r"|\bwould like to|\bwill|\bgoing to|\btrying to|\bto|\bif|\byou(?:'ve|’ve|'d|’d|'re|’re)?"
    r"|\bwe(?:'ve|’ve)?|\bI(?:'ve|’ve)?)\s+(?:\S+\s+)?\W*$",
    re.IGNORECASE,
)
_TIME_WORDS = re.compile(
    r"^(?:currently|right now|at the moment|atm|these days|now|just started)\b[:,]?\s*"
    r"|^(?:is|'s|’s|are)\s+(?:now\s+)?",
    re.IGNORECASE,
)
_GERUND_START = re.compile(r"^(?:now\s+)?([a-z]+ing)\b", re.IGNORECASE)
# "Leading the e-obs rollout" is something they are doing; "hiring managers want…" is not.
_DOING_START = re.compile(
    r"^(?:now\s+)?([a-z]+ing)\s+(?:the|a|an|her|his|their|its|our|up|out|on|for|with|into|to"
    r"|two|three|\d)\b"
    # "hes rebuilding rider onboarding": with its subject, any object will do
    r"|^(?:she|he|they)(?:'s|’s|s|\s+is|\s+are|'re|’re)\s+(?:now\s+|currently\s+)?([a-z]+ing)\s",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"\[[^\]]*\]\([^)]*\)|(?<!\w)['‘“\"][^\n]*?['’”\"](?!\w)")
_NAME_KINDS = (FactKind.EDUCATION, FactKind.ORIGIN, FactKind.HOME, FactKind.PAST_EMPLOYER)


@dataclass(frozen=True)
class Fact:
    kind: FactKind
    family: str  # how to ask about it: "lead", "move", "qualify", …
    passage: Passage
    clause: str  # verbatim words from the cue to the end of its clause
    name: str = ""  # the organisation or place the cue introduces, if any
    start: int = 0  # where the cue starts in the passage

    @property
    def excerpt(self) -> str:
        return self.passage.text


def extract_facts(passages: Iterable[Passage]) -> list[Fact]:
    """Every cue-phrase fact in the free-text passages (list items are not facts)."""
    facts: list[Fact] = []
    for passage in passages:
        if passage.listed or passage.field in ("role", "company", "location", "how_we_met"):
            continue
        reading = read_note(passage.text)
        if reading.kind is not NoteKind.FACT or reading.hedged:
            # "Follow up: send her the article", "avoid politics", "runs a club maybe??":
            # the user's plans and guesses are never stated as facts about them.
            continue
        found = list(_remembered_cue_facts(passage))
        if passage.field == "current_projects" and not any(
            f.kind is FactKind.CURRENT for f in found
        ):
            found.append(_current_fact(passage, 0))
        elif not any(f.kind is FactKind.CURRENT for f in found):
            start = _DOING_START.match(passage.text)
            if start and (start.group(1) or start.group(2)).casefold() in GERUND_FAMILY:
                found.append(_current_fact(passage, start.start(2) if start.group(2) else 0))
        work = _work_fact(passage)
        if work is not None:
            found.append(work)
        facts.extend(found)
    return facts


@lru_cache(maxsize=2048)  # a rebuild reads the same passages again (Passage is frozen)
def _remembered_cue_facts(passage: Passage) -> tuple[Fact, ...]:
    return tuple(_cue_facts(passage))


def _cue_facts(passage: Passage) -> list[Fact]:
    text = passage.text
    found: list[Fact] = []
    achievement_spans: list[tuple[int, int]] = []
    for kind, family, pattern in COMPILED:
        for match in pattern.finditer(text):
            if kind is not FactKind.FAMILY and _BLOCKERS.search(text[: match.start()]):
                continue
            if match.start() > 0 and text[match.start() - 1] in "-‑":
                continue  # "nurse-led", "user-designed": not something they did
            if kind is FactKind.ACHIEVEMENT:
                if any(s <= match.start() < e for s, e in achievement_spans):
                    continue
                achievement_spans.append(
                    (match.start(), match.start() + len(_clause(text, match.start())))
                )
            if kind is FactKind.CURRENT:
                found.append(_current_fact(passage, match.start(), family))
                break
            clause = _clause(text, match.start())
            name = _name_for(kind, family, text, match) if kind in _NAME_KINDS else ""
            found.append(Fact(kind, family, passage, clause, name, match.start()))
            if kind is not FactKind.ACHIEVEMENT:
                break  # one fact of each other kind per passage is plenty
    return found


def _current_fact(passage: Passage, start: int, cue_family: str = "now") -> Fact:
    text = passage.text
    rest = text[start:]
    rest = _TIME_WORDS.sub("", rest).lstrip(" :-–—")
    rest = _TIME_WORDS.sub("", rest).lstrip(" :-–—")
    offset = len(text) - len(rest)
    clause = re.sub(
        r"^(working on|busy with)\s*[:\-–—]\s*", r"\1 ", _clause(text, offset), flags=re.I
    )
    gerund = _GERUND_START.match(clause)
    family = cue_family
    if gerund and cue_family == "now":
        family = GERUND_FAMILY.get(gerund.group(1).casefold(), "now")
    return Fact(FactKind.CURRENT, family, passage, clause, "", offset)


# "after the webinar", "at a workshop": an event the user went to, unless the note says
# they gave it, hosted it or wrote it.
_ATTENDED = re.compile(
    r"\b(?:after|at|during|from|in|on)\s+(?:the|a|an|this|that|last)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_MADE_IT = re.compile(
    r"\b(?:hosts?|hosted|co-hosts?|ran|runs|presented|spoke|speaking|gave|published|wrote"
    r"|launched|released|authored|co-wrote|keynoted|exhibited|self-published|led|organi[sz]ed)\b",
    re.IGNORECASE,
)


def _work_fact(passage: Passage) -> Fact | None:
    noun = WORK_NOUN.search(passage.text)
    if noun is None or passage.field in ("how_we_met",):
        return None
    if re.match(r"\s+(?:club|clubs|shop|shops|store|group|groups)\b", passage.text[noun.end() :]):
        return None
    if passage.field != "achievements" and not WORK_SIGNAL.search(passage.text):
        return None
    if _ATTENDED.search(passage.text[: noun.start()]) and not _MADE_IT.search(passage.text):
        return None  # "after the ward managers' webinar + her linkedin": where the user was
    if re.search(r"\b(?:I|me|my|we|our)\b", _QUOTED.sub("", passage.text)):
        return None  # the user's own article, not theirs ("Why our second hire…" is a title)
    return Fact(FactKind.WORK, noun.group(0).casefold(), passage, passage.text, "", noun.start())


def _clause(text: str, start: int) -> str:
    """From ``start`` to the end of the clause, without closing punctuation."""
    end = _CLAUSE_END.search(text, start + 1)
    clause = text[start : end.start() if end else len(text)]
    return clause.strip().rstrip(".,:;!?").strip()


def _name_for(kind: FactKind, family: str, text: str, match: re.Match[str]) -> str:
    if family == "school" and re.match(r"alum|grad\b", match.group(0), re.IGNORECASE):
        before = _NAME_BEFORE.search(text[: match.start()].rstrip())
        return _clean_name(before.group(1)) if before else ""
    clause_end = match.start() + len(_clause(text, match.start()))
    window = text[match.end() : max(clause_end, match.end())]
    if kind in (FactKind.ORIGIN, FactKind.HOME) or match.group(0).endswith(("at", "with", "-")):
        direct = _NAME_RUN.match(window)
        if direct:
            return _clean_name(direct.group(1))
    preps = _PLACE_PREP if kind in (FactKind.ORIGIN, FactKind.HOME) else _NAME_AFTER_PREP
    prep = preps.search(window)
    if prep:
        run = _NAME_RUN.match(window, prep.end())
        if run:
            return _clean_name(run.group(1))
    return ""


def _clean_name(name: str) -> str:
    name = name.strip().rstrip(".,'’")
    return "" if name in _NOT_NAMES or len(name) < 2 else name
