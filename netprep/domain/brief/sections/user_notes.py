"""What the user wrote for themselves: their plan, their cautions, their offers, their doubts.

Notes hold more than facts about the contact. "ask her about the ICU rollout" is the
user's own plan and leads the questions; "avoid politics" is shown once, as a
caution, and nothing else on the page goes near it; "I could send her the NHS report"
is the give-back; "runs a book club maybe??" is asked, never asserted ("check first").
How a fragment is read lives in reading/note_kinds.py; this module turns the
readings into brief items, each citing the note it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from netprep.domain.brief.model import BriefItem, Evidence, Question, QuestionKind
from netprep.domain.brief.reading.note_kinds import (
    NoteKind,
    NoteReading,
    is_doubt,
    is_users_own,
    read_note,
)
from netprep.domain.brief.reading.sources import Passage
from netprep.domain.brief.taxonomy import Taxonomy
from netprep.domain.brief.words.respell import respell
from netprep.domain.brief.words.text import content_words, lower_first, tidy, upper_first
from netprep.domain.brief.words.voice import (
    THEY_PRONOUNS,
    expand_shorthand,
    gerund,
    second_person,
)

MAX_CAUTIONS = 3
MAX_CHECKS = 3
INTENTION_SCORE = 100.0  # the user's own plan outranks anything the builder finds
# Fields whose text can hold the user's plans and doubts (not role, company, lists).
_FREE_FIELDS = frozenset({"note", "background", "current_projects", "achievements"})
_HEDGE_WORDS = re.compile(
    r"\s*(?:\(\s*\?+\s*\)|\?+|\b(?:maybe|perhaps|probably|possibly|apparently|i think|i guess"
    r"|i believe|i reckon|(?:i['’]?m |i am )?(?:not sure|not certain|unsure)(?: if| whether)?"
    r"|i['’]?m guessing|iirc|tbc|unconfirmed|allegedly)\b)[,:]?",
    re.IGNORECASE,
)
_ADVICE = re.compile(r"\b(?:advice|advise|should i|would you|recommend|tips?)\b", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][\w'’-]{2,}")
_ASKS = re.compile(
    r"^(?:who|what|how|why|where|when|which|should|could|can|is|are|do|does)\b", re.IGNORECASE
)
_DANGLING = re.compile(r"\b(?:it|that|this|them)$", re.IGNORECASE)
_LABEL = re.compile(r"^(?:nb|n\.b\.|careful|warning|note)\s*[:\-–—!]+\s*", re.IGNORECASE)
_PATH = re.compile(r"(?:your )?(?:move|switch|path|journey|transition|route)\b")


@dataclass
class UserNotes:
    """The contact's passages sorted by what they are for."""

    facts: list[Passage] = field(default_factory=list)  # plain facts about them
    intentions: list[tuple[Passage, NoteReading]] = field(default_factory=list)
    warnings: list[tuple[Passage, NoteReading]] = field(default_factory=list)
    offers: list[tuple[Passage, NoteReading]] = field(default_factory=list)
    hedged: list[Passage] = field(default_factory=list)
    before: dict[Passage, Passage] = field(default_factory=dict)  # the fragment just before
    they: bool = False  # the notes say they go by "they"

    def avoided(self) -> list[tuple[set[str], set[str]]]:
        """Each caution's topic: its content words, and its names ("Babylon", "Leeds").

        Nothing on the page may touch them: a name alone is enough ("led the Babylon
        IPO prep" touches "the Babylon write-down"), other words need two in common.
        """
        out = []
        for _, reading in self.warnings:
            words = topic_words(reading.topic)
            names = {w.casefold() for w in _NAME.findall(reading.topic)} & words
            if words:
                out.append((words, names))
        return out


def sort_passages(passages: list[Passage]) -> UserNotes:
    """Split the contact's passages into facts and the user's plans, cautions, offers, doubts."""
    out = UserNotes()
    previous: Passage | None = None
    pasted = False  # the note is their own words, pasted: "About: I'm a designer who…"
    for passage in passages:
        if previous is not None and passage.note_id and previous.note_id == passage.note_id:
            out.before[passage] = previous
        else:
            pasted = bool(passage.note_id and _PASTED.match(passage.text))
        previous = passage
        out.they = out.they or bool(THEY_PRONOUNS.search(passage.text))
        if passage.listed or passage.field not in _FREE_FIELDS:
            out.facts.append(passage)
            continue
        reading = read_note(passage.text)
        if pasted and reading.kind is NoteKind.FACT:
            out.facts.append(passage)  # their "I believe…" is their view, not the user's guess
            continue
        if reading.kind is NoteKind.INTENTION:
            out.intentions.append((passage, reading))
        elif reading.kind is NoteKind.WARNING:
            out.warnings.append((passage, reading))
        elif reading.kind is NoteKind.OFFER:
            out.offers.append((passage, reading))
        elif reading.kind is NoteKind.FACT and reading.hedged:
            earlier = out.before.get(passage)
            if _only_doubt(passage.text) and out.facts[-1:] == [earlier] and earlier:
                out.facts.pop()  # "did her phd at ETH. not sure": the doubt is about that
                out.hedged.append(earlier)
            elif is_doubt(passage.text):
                out.hedged.append(passage)
        elif reading.kind is NoteKind.FACT:
            out.facts.append(passage)
    return out


# One painful event, said several ways: "the layoffs" is "she got laid off" and "I was
# made redundant" too.
_SAME_EVENT = {
    "laid": "layoff",
    "redundant": "layoff",
    "redundancy": "layoff",
    "fired": "layoff",
    "sacked": "layoff",
    "divorced": "divorce",
    "died": "death",
    "passed": "death",
    "bereavement": "death",
}


def topic_words(text: str) -> set[str]:
    """``content_words``, with the words of one event folded to one: what a caution names."""
    return {_SAME_EVENT.get(word, word) for word in content_words(text)}


# A note that opens with a label for what the contact wrote about themselves.
_PASTED = re.compile(
    r"^\s*(?:about(?: me| section)?|(?:from )?(?:(?:her|his|their) )?linkedin(?: about| bio)?"
    r"|(?:(?:her|his|their) )?bio(?:graphy)?)\s*[:\-–—]\s*(?=\S)",
    re.IGNORECASE,
)


def _only_doubt(text: str) -> bool:
    """A fragment that only says the user is unsure: "not sure", "maybe??", "(?)"."""
    return not content_words(_HEDGE_WORDS.sub(" ", text))


def touches(text: str, avoided: list[tuple[set[str], set[str]]]) -> bool:
    """Does ``text`` go near one of the user's cautions?"""
    words = topic_words(text)
    return any(
        topic <= words or len(topic & words) >= 2 or bool(names & words) for topic, names in avoided
    )


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


def caution_items(notes: UserNotes) -> list[BriefItem]:
    """Each caution once, in the user's own words: "Don't bring up the layoffs"."""
    out: list[BriefItem] = []
    seen: set[str] = set()
    for passage, reading in notes.warnings:
        said = _LABEL.sub("", tidy(passage.text))
        said = expand_shorthand(re.sub(r"\b([Dd])ont\b", r"\1on't", said))
        said = said.strip(" .!?")
        earlier = notes.before.get(passage)
        if _DANGLING.search(said) and earlier is not None:  # "don't ask what he covered in it"
            said = f"{tidy(earlier.text).rstrip(' .!?')}; {lower_first(said)}"
        said = upper_first(said)
        key = reading.topic.casefold()
        if not said or key in seen:
            continue
        seen.add(key)
        out.append(BriefItem(said, [passage.evidence()], 0.0, "caution"))
    return out[:MAX_CAUTIONS]


_LOOSE_ENDS = re.compile(r"^(?:but|and|or|so)\s+|\s+(?:but|and|or|though|although|yet)$", re.I)


def check_items(notes: UserNotes) -> list[BriefItem]:
    """Guesses from the notes, to confirm before using: "runs a book club — is that right?"."""
    out: list[BriefItem] = []
    for passage in notes.hedged:
        said = tidy(passage.text)
        doubted = _doubted_clause(said)
        if _SUGGESTION.match(doubted):
            continue  # "plays chess online, maybe a lichess game sometime?": the user's idea
        claim = _as_claim(doubted)
        # "did the ux cert, I think", "wants to do informatics - maybe the grad scheme?":
        # the doubt leans on what came before
        if _thin(claim) or re.match(r"(?:the|a|an|some|this|that)\b", claim, re.I):
            claim = _as_claim(said)
        if _thin(claim) or is_users_own(claim) or _ASKS.match(claim):
            continue  # "could be a hook", "who else should I talk to?": the user's own musing
        out.append(
            BriefItem(f"{upper_first(claim)}: is that right?", [passage.evidence()], 0.0, "check")
        )
    return out[:MAX_CHECKS]


_CLAUSES = re.compile(r",\s+|\s[-–—]+\s|;\s*")
# A doubt that is a thing to do rather than a thing they are: "maybe a game sometime?".
_SUGGESTION = re.compile(
    r"^\s*(?:maybe|perhaps|possibly)\s+(?:a|an|some|one)\s(?!(?:[\w'’-]+\s+){0,3}(?:is|was|has)\b)",
    re.IGNORECASE,
)


def _doubted_clause(text: str) -> str:
    """The clause the doubt is in: "plays chess online, maybe a game" -> "maybe a game"."""
    doubt = _HEDGE_WORDS.search(text.replace("?", " "))  # a "??" doubts the whole note
    if doubt is None:
        return text
    starts = [m.end() for m in _CLAUSES.finditer(text, 0, doubt.start() + 1)]
    return text[starts[-1] :] if starts else text


def _as_claim(text: str) -> str:
    claim = _HEDGE_WORDS.sub(" ", text)
    claim = re.sub(r"\s+([)\],.;:])", r"\1", " ".join(claim.split()))
    claim = expand_shorthand(claim).strip(" ,;:-–—.!")
    return _LOOSE_ENDS.sub("", claim).strip(" ,;:-–—.!")  # "…the ux cert but (not sure)"


def _thin(claim: str) -> bool:
    return not content_words(claim) or len(claim.split()) < 3
