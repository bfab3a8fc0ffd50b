"""The user's planned questions, said to the contact's face.

"ask her how she got into informatics" is "Could you tell me how you got into
informatics?"; a question the user drafted ("3 Qs draft: how did clinical input change
teh dashboard? what would he look for in a clinician moving into product?") is asked as
they wrote it, in the second person, as the kind it is; one that asks for names ("who
else in remote monitoring should I talk to?") opens the referral ask instead. How a
note is read as a plan lives in reading/note_kinds.py and reading/drafted.py.
"""

from __future__ import annotations

import re

from netprep.domain.brief.model import Evidence, Question, QuestionKind
from netprep.domain.brief.reading.drafted import ADVICE_ASK, HOW_ASK, OPENS_QUESTION
from netprep.domain.brief.reading.note_kinds import (
    NAMES,
    QUESTION,
    NoteKind,
    NoteReading,
    read_note,
)
from netprep.domain.brief.reading.sources import Passage
from netprep.domain.brief.sections.user_notes import UserNotes
from netprep.domain.brief.taxonomy import Taxonomy
from netprep.domain.brief.words.respell import respell
from netprep.domain.brief.words.text import content_words, upper_first
from netprep.domain.brief.words.voice import gerund, second_person

INTENTION_SCORE = 100.0  # the user's own plan outranks anything the builder finds
_ADVICE = re.compile(r"\b(?:advice|advise|should i|would you|recommend|tips?)\b", re.IGNORECASE)


def intention_questions(
    notes: UserNotes, first: str, spelled: dict[str, float] | None = None
) -> list[Question]:
    """The user's own planned questions, said to their face, best (earliest typed) first."""
    out: list[Question] = []
    for rank, (passage, reading) in enumerate(notes.intentions):
        text, kind = _as_question(reading, first, notes.they)
        text = respell(text, spelled or {})
        if not text:
            continue
        out.append(
            Question(
                text=text,
                evidence=[passage.evidence()],
                score=INTENTION_SCORE - rank,
                category="your plan",
                kind=kind,
                topic=f"plan:{' '.join(sorted(content_words(reading.topic)))}",
            )
        )
    return out


def about_them(text: str, first: str) -> bool:
    """Does ``text`` speak of the contact ("how she moved…", "Joy's path")?"""
    name = rf"|\b{re.escape(first)}\b" if first else ""
    return bool(re.search(rf"\b(?:she|he|her|his|him|hers)\b{name}", text, re.I))


def purpose_question(
    purpose: str,
    first: str,
    spelled: dict[str, float],
    facts: list[Passage] | None = None,
    taxonomy: Taxonomy | None = None,
) -> Question | None:
    """A purpose that is a question ("learn how she moved into product") asked to their face."""
    reading = read_note(purpose.strip())
    if reading.kind is not NoteKind.INTENTION or not about_them(purpose, first):
        return None  # "learn how platform teams work" is the meeting's theme, not a question
    text, kind = _as_question(reading, first)
    if not text:
        return None
    # The note that shows they did it, when there is one, is cited first: it shares two
    # words or topics with the purpose, whatever language it was written in
    # ("enseignante … conception pédagogique" backs "moved from teaching into design").
    wanted = content_words(reading.topic)
    # Short and the user's own words: read as a list entry; "ICU nursing" also counts as
    # the "nursing" a note names.
    topics = _topics(reading.topic, taxonomy, listed=True, wider=True)

    def shared(passage: Passage) -> int:
        return len(content_words(passage.text) & wanted) + len(
            _topics(passage.text, taxonomy) & topics
        )

    backing = max(
        (p for p in facts or [] if p.field != "purpose" and shared(p) >= 2),
        key=shared,
        default=None,
    )
    return Question(
        text=respell(text, spelled),
        evidence=[
            *([backing.evidence()] if backing else []),
            Evidence("meeting: purpose", purpose.strip()),
        ],
        score=INTENTION_SCORE + 1,
        category="your plan",
        kind=kind,
        topic=f"plan:{' '.join(sorted(content_words(reading.topic)))}",
    )


def _topics(
    text: str, taxonomy: Taxonomy | None, listed: bool = False, wider: bool = False
) -> set[str]:
    if taxonomy is None:
        return set()
    found = [m.concept for m in taxonomy.mentions(text, listed=listed)]
    if wider:
        found = [a for c in found for a in taxonomy.ancestors(c.id)]
    return {c.id for c in found if c.depth >= 2}


def _as_question(reading: NoteReading, first: str, they: bool = False) -> tuple[str, QuestionKind]:
    """The plan said to their face; "ask them how they…" speaks of someone who goes by they."""
    if reading.lead == QUESTION:
        return _drafted(reading, first, they)
    they = they or "them" in reading.lead.split()
    topic = second_person(reading.topic, [first], keep_mine=True, they=they)
    if not topic:
        return "", QuestionKind.VIEW
    topic = topic.rstrip(" ?.!")
    lead = reading.lead
    word = lead.split()[-1]
    asks = re.match(r"(how|whether|if|what|why|where|when|which|who)\s+(?=\w)", topic, re.I)
    if word in ("about", "abt", "re", "on") and asks:  # "ask re: how she built…"
        word, topic = asks.group(1).casefold(), topic[asks.end() :]
    if _ADVICE.search(topic) or _ADVICE.search(lead):
        return f"What would you advise on {topic}?", QuestionKind.ADVICE
    if word in ("take", "view", "thoughts", "opinion", "on"):
        return f"What's your take on {topic}?", QuestionKind.VIEW
    if word == "how" and topic.casefold().startswith("to "):  # "how to break into UX"
        return f"How would you go about {_how_to(topic[3:])}?", QuestionKind.ADVICE
    if word == "how":  # how *they* did it; "how the civil service hires" is their view
        kind = QuestionKind.HOW if re.match(r"you\b|your\b", topic) else QuestionKind.VIEW
        return f"Could you tell me how {topic}?", kind
    if word in ("whether", "if"):
        return f"Could I ask whether {topic}?", QuestionKind.VIEW
    if word in ("what", "why", "where", "when", "which", "who"):
        return f"Could you tell me {word} {topic}?", QuestionKind.VIEW
    kind = (
        QuestionKind.HOW
        if re.match(r"(?:your )?(?:move|switch|path|journey|transition)\b", topic)
        else QuestionKind.VIEW
    )
    return f"Could you tell me about {topic}?", kind


def _how_to(rest: str) -> str:
    """'break into UX' -> 'breaking into UX'."""
    verb, _, tail = rest.partition(" ")
    return f"{gerund(verb)} {tail}".strip() if verb.isalpha() else rest


def referral_question(notes: UserNotes, first: str, spelled: dict[str, float] | None = None) -> str:
    """The user's own question for names ("who else in remote monitoring should I talk
    to?"), said to their face, to open the referral ask; "" when they wrote none."""
    for _, reading in notes.names:
        said = reading.topic
        word = reading.lead.split()[-1]
        if reading.lead != NAMES and word == "who":  # "ask him who else I should meet"
            said = f"who {said}"
        said = _DIRECT.sub(r"\1 \3 \2", said)  # "who else I should…": "who else should I…"
        asked = _drafted_words(said, first, notes.they)
        if asked and OPENS_QUESTION.match(asked):  # not "there is anyone I should…"
            return respell(upper_first(asked), spelled or {}) + "?"
    return ""


_DIRECT = re.compile(
    r"^((?:who|anyone|anybody|someone)(?: else)?(?: [\w'’-]+){0,4}?) (i|we)"
    r" (should|could|can|might|ought to)\b",
    re.IGNORECASE,
)


# What a firm has, in a question for someone there: "which of their companies…" asked of
# an investor is "which of your companies…".
_THEIR_FIRM = re.compile(
    r"\btheir(?=\s+(?:portfolio|compan(?:y|ies)|firm|fund|team|teams|startups?|clients?"
    r"|customers?|investments?|business|organi[sz]ation|products?|hospital|trust|lab|office)\b)",
    re.IGNORECASE,
)
# "what does he think" is "what do you think": the verb before the pronoun agrees too.
_AGREE = {"does": "do", "has": "have", "is": "are", "was": "were"}
_BEFORE_YOU = re.compile(r"\b(does|has|is|was)(n['’]t)?(?= you\b)", re.IGNORECASE)
_VIEW_ON = re.compile(r"^(?:your )?(?:view|take|thoughts|opinion)s? (?:on|about|of) ", re.I)


def _drafted_words(topic: str, first: str, they: bool) -> str:
    said = second_person(_THEIR_FIRM.sub("your", topic), [first], keep_mine=True, they=they)
    if not said:
        return ""

    def agree(match: re.Match[str]) -> str:
        verb = match.group(1)
        fixed = _AGREE[verb.casefold()]
        return (fixed.capitalize() if verb[:1].isupper() else fixed) + (match.group(2) or "")

    return _BEFORE_YOU.sub(agree, said)


def _drafted(reading: NoteReading, first: str, they: bool) -> tuple[str, QuestionKind]:
    """A question the user drafted, as they wrote it, to their face, as the kind it is:
    "how did clinical input change…" is how they did it, "what would you look for in…"
    their advice, "which of your companies…" their view."""
    said = _drafted_words(reading.topic, first, they)
    if not said:
        return "", QuestionKind.VIEW
    if not OPENS_QUESTION.match(said):  # "to ask: her view on AI scribes"
        view = _VIEW_ON.match(said)
        if view:
            return f"What's your take on {said[view.end() :]}?", QuestionKind.VIEW
        return f"Could you tell me about {said}?", QuestionKind.VIEW
    if ADVICE_ASK.search(said):
        return upper_first(said) + "?", QuestionKind.ADVICE
    if HOW_ASK.match(said):
        return upper_first(said) + "?", QuestionKind.HOW
    return upper_first(said) + "?", QuestionKind.VIEW
