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
from netprep.domain.brief.words.voice import expand_shorthand, second_person

MAX_CAUTIONS = 3
MAX_CHECKS = 3
INTENTION_SCORE = 100.0  # the user's own plan outranks anything the builder finds
OFFER_SCORE = 50.0
# Fields whose text can hold the user's plans and doubts (not role, company, lists).
_FREE_FIELDS = frozenset({"note", "background", "current_projects", "achievements"})
_HEDGE_WORDS = re.compile(
    r"\s*(?:\(\s*\?+\s*\)|\?+|\b(?:maybe|perhaps|probably|possibly|apparently|i think|i guess"
    r"|i believe|i reckon|not sure(?: if| whether)?|iirc|tbc|unconfirmed|allegedly)\b)[,:]?",
    re.IGNORECASE,
)
_ADVICE = re.compile(r"\b(?:advice|advise|should i|would you|recommend|tips?)\b", re.IGNORECASE)
_FIRST_PERSON_SWAP = (
    (re.compile(r"\bI(?:'m|’m)\b"), "you're"),
    (re.compile(r"\bI(?:'ve|’ve)\b"), "you've"),
    (re.compile(r"\bI\b"), "you"),
    (re.compile(r"\bmy\b", re.IGNORECASE), "your"),
    (re.compile(r"\bme\b", re.IGNORECASE), "you"),
)
_NAME = re.compile(r"\b[A-Z][\w'’-]{2,}")
_ASKS = re.compile(
    r"^(?:who|what|how|why|where|when|which|should|could|can|is|are|do|does)\b", re.IGNORECASE
)
_DANGLING = re.compile(r"\b(?:it|that|this|them)$", re.IGNORECASE)
_LABEL = re.compile(r"^(?:nb|n\.b\.|careful|warning|note)\s*[:\-–—!]+\s*", re.IGNORECASE)
_PATH = re.compile(r"(?:your )?(?:move|switch|path|journey|transition|route)\b")
_OFFER_VERBS = {"intro": "Introduce", "introduce": "Introduce", "connect": "Connect"}


@dataclass
class UserNotes:
    """The contact's passages sorted by what they are for."""

    facts: list[Passage] = field(default_factory=list)  # plain facts about them
    intentions: list[tuple[Passage, NoteReading]] = field(default_factory=list)
    warnings: list[tuple[Passage, NoteReading]] = field(default_factory=list)
    offers: list[tuple[Passage, NoteReading]] = field(default_factory=list)
    hedged: list[Passage] = field(default_factory=list)
    before: dict[Passage, Passage] = field(default_factory=dict)  # the fragment just before

    def avoided(self) -> list[tuple[set[str], set[str]]]:
        """Each caution's topic: its content words, and its names ("Babylon", "Leeds").

        Nothing on the page may touch them: a name alone is enough ("led the Babylon
        IPO prep" touches "the Babylon write-down"), other words need two in common.
        """
        out = []
        for _, reading in self.warnings:
            words = content_words(reading.topic)
            names = {w.casefold() for w in _NAME.findall(reading.topic)} & words
            if words:
                out.append((words, names))
        return out


def sort_passages(passages: list[Passage]) -> UserNotes:
    """Split the contact's passages into facts and the user's plans, cautions, offers, doubts."""
    out = UserNotes()
    previous: Passage | None = None
    for passage in passages:
        if previous is not None and passage.note_id and previous.note_id == passage.note_id:
            out.before[passage] = previous
        previous = passage
        if passage.listed or passage.field not in _FREE_FIELDS:
            out.facts.append(passage)
            continue
        reading = read_note(passage.text)
        if reading.kind is NoteKind.INTENTION:
            out.intentions.append((passage, reading))
        elif reading.kind is NoteKind.WARNING:
            out.warnings.append((passage, reading))
        elif reading.kind is NoteKind.OFFER:
            out.offers.append((passage, reading))
        elif reading.kind is NoteKind.FACT and reading.hedged:
            if is_doubt(passage.text):
                out.hedged.append(passage)
        elif reading.kind is NoteKind.FACT:
            out.facts.append(passage)
    return out


def touches(text: str, avoided: list[tuple[set[str], set[str]]]) -> bool:
    """Does ``text`` go near one of the user's cautions?"""
    words = content_words(text)
    return any(
        topic <= words or len(topic & words) >= 2 or bool(names & words) for topic, names in avoided
    )


def intention_questions(
    notes: UserNotes, first: str, spelled: dict[str, float] | None = None
) -> list[Question]:
    """The user's own planned questions, said to their face, best (earliest typed) first."""
    out: list[Question] = []
    for rank, (passage, reading) in enumerate(notes.intentions):
        text, kind = _as_question(reading, first)
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


def _as_question(reading: NoteReading, first: str) -> tuple[str, QuestionKind]:
    topic = second_person(reading.topic, [first], keep_mine=True)
    if not topic:
        return "", QuestionKind.VIEW
    topic = topic.rstrip(" ?.!")
    lead = reading.lead
    word = lead.split()[-1]
    if _ADVICE.search(topic) or _ADVICE.search(lead):
        return f"What would you advise on {topic}?", QuestionKind.ADVICE
    if word in ("take", "view", "thoughts", "opinion", "on"):
        return f"What's your take on {topic}?", QuestionKind.VIEW
    if word == "how":
        return f"Could you tell me how {topic}?", QuestionKind.HOW
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


def offer_items(notes: UserNotes, first: str = "") -> list[BriefItem]:
    """The user's own ideas for what to give back, as a plan in a clean sentence.

    Shorthand is spelled out ("cd send deck re pricing" -> "Send Dana the deck about
    pricing"), and a plan that points back ("could offer to review a few") says at
    what, from the words before it ("…the quiz qs").
    """
    out: list[BriefItem] = []
    for rank, (passage, reading) in enumerate(notes.offers):
        said = reading.said or passage.text
        plan = tidy(said[reading.lead_start :]).rstrip(" .!?")
        verb, _, rest = plan.partition(" ")
        verb = _OFFER_VERBS.get(verb.casefold(), verb)
        rest = _with_recipient(verb, rest, first)
        rest = _with_object(rest, tidy(said[: reading.lead_start]))
        plan = f"{verb} {rest}".strip() if rest else verb
        for pattern, replacement in _FIRST_PERSON_SWAP:
            plan = pattern.sub(replacement, plan)
        plan = upper_first(expand_shorthand(plan))
        thin = len(content_words(plan)) + len(_NAME.findall(rest)) < 2  # "Joy at NCA" counts
        if _DANGLING.search(plan) or thin:  # "offer to share them"
            plan = upper_first(expand_shorthand(tidy(passage.text)).rstrip(" .!?"))
        out.append(
            BriefItem(f"{plan} (your idea)", [passage.evidence()], OFFER_SCORE - rank, "offer")
        )
    return out


_GIVING = frozenset({"send", "share", "forward", "lend", "pass"})
_DETERMINER = re.compile(
    r"^(?:her|him|them|me|us|you|the|a|an|my|our|your|his|their|this|that|these|those|some|"
    r"it|to|with|on|about|over|along)\b",
    re.IGNORECASE,
)
_POINTS_BACK = re.compile(
    r"\b(?:(?P<few>a few|a couple|some|one or two|a handful)|(?P<pronoun>them|it|those))$",
    re.IGNORECASE,
)
_THING = re.compile(
    r"(?P<whose>\b(?:the|her|his|their|your|my|our)|\b[A-Z][\w-]*['’]s)\s+"
    r"(?P<thing>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\W*$"
)
_CLAUSE = re.compile(r"\s[-–—]+\s|[;,.]\s")


def _with_recipient(verb: str, rest: str, first: str) -> str:
    """'Send deck about pricing' -> 'Send Dana the deck about pricing'; 'Introduce to Maya'
    -> 'Introduce Dana to Maya' (the note left out whom, as notes do)."""
    if not rest or not first:
        return rest
    if verb.casefold() in _GIVING and not _DETERMINER.match(rest):
        return f"{first} the {rest}"
    pronoun = re.match(r"(?:her|him|them)\b", rest, re.IGNORECASE)
    if verb in ("Introduce", "Connect") and pronoun:  # "intro her to Joy": Lucía, by name
        return f"{first}{rest[pronoun.end() :]}"
    if verb == "Introduce" and rest.casefold().startswith("to "):
        target = rest[3:]
        if len(target.split()) == 1 and target.isalpha() and target.islower():
            target = target.capitalize()  # a name typed in lower case: "intro 2 maya"
        return f"{first} to {target}"
    return rest


def _with_object(rest: str, before: str) -> str:
    """'review a few' after '…on the quiz qs - ': 'review a few of the quiz qs'."""
    ending = _POINTS_BACK.search(rest)
    if ending is None:
        return rest
    clauses = [c.strip(" -–—,;.") for c in _CLAUSE.split(before)]
    found = ((c, _THING.search(c)) for c in reversed(clauses[-2:]))  # this clause or the last
    clause, thing = next(((c, t) for c, t in found if t is not None), ("", None))
    if thing is None:
        return rest
    whose = thing.group("whose")
    what = f"{whose if whose[:1].isupper() else 'the'} {thing.group('thing')}"
    said = f"{ending.group('few')} of {what}" if ending.group("few") else what
    subject = _aside_subject(clause, thing.start())
    return rest[: ending.start()] + said + (f" on {subject}" if subject else "")


_FILLER = re.compile(r"\s+(?:angle|stuff|thing|things|idea|topic|bit|side)$", re.IGNORECASE)


def _aside_subject(clause: str, at: int) -> str:
    """'alarm fatigue' when the thing is an aside in brackets after it: 'alert thresholds =
    alarm fatigue angle (Grace's posts!)' -> the posts are on alarm fatigue."""
    opening = clause.rfind("(", 0, at)
    if opening <= 0 or ")" in clause[opening:at]:
        return ""
    subject = re.split(r"\s(?:=|->|→|:)\s|:\s", clause[:opening])[-1].strip(" -–—,;:.")
    subject = _FILLER.sub("", subject)
    words = subject.split()
    return subject if 1 <= len(words) <= 4 and content_words(subject) else ""


def check_items(notes: UserNotes) -> list[BriefItem]:
    """Guesses from the notes, to confirm before using: "runs a book club — is that right?"."""
    out: list[BriefItem] = []
    for passage in notes.hedged:
        claim = _HEDGE_WORDS.sub(" ", tidy(passage.text))
        claim = re.sub(r"\s+([)\],.;:])", r"\1", " ".join(claim.split()))
        claim = expand_shorthand(claim).strip(" ,;:-–—.!")
        thin = not content_words(claim) or len(claim.split()) < 3
        if thin or is_users_own(claim) or _ASKS.match(claim):
            continue  # "could be a hook", "who else should I talk to?": the user's own musing
        out.append(
            BriefItem(f"{upper_first(claim)}: is that right?", [passage.evidence()], 0.0, "check")
        )
    return out[:MAX_CHECKS]
