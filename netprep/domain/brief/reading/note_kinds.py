"""What one fragment of a note is for: a fact about them, or the user's own plan, warning or offer.

People type notes in a hurry: "ask her abt the ICU rollout", "avoid politics!!",
"i could send him the NHS report", "runs a book club maybe??". Each of these is read
once, here, and every part of the brief asks this module (one rule, one place):

- an *intention* ("ask her about X", "find out how he got into Y") is the user's plan
  for the meeting and leads the questions;
- a *warning* ("avoid X", "don't bring up Y", "hates talking about Z") is shown once, as
  a caution, and never becomes a question or a hook;
- an *offer* ("I could send her…", "could intro him to someone at Y") is the give-back;
- a *to-do* ("follow up", "send thank-you") is the user's and never a fact about them;
- a *hedge* ("maybe", "I think", "??") may be any of these, but is never stated as fact.

Each reading keeps where its topic starts and ends in the fragment, so whatever the
brief shows from it is a verbatim piece of what the user typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache

from netprep.domain.brief.reading.drafted import NAMES_ASK, drafted_topic


class NoteKind(StrEnum):
    FACT = "fact"  # something they are, did or think
    INTENTION = "intention"  # the user's plan: "ask her about X"
    WARNING = "warning"  # "avoid X", "don't bring up Y"
    OFFER = "offer"  # "I could send her the report"
    TODO = "todo"  # any other note-to-self: "follow up next week"


@dataclass(frozen=True)
class NoteReading:
    kind: NoteKind
    hedged: bool
    topic: str = ""  # verbatim: what to ask about, steer clear of, or offer
    topic_start: int = 0  # where ``topic`` starts in the fragment
    lead: str = ""  # the folded verb that introduced it: "ask how", "ask about", "send"…
    lead_start: int = 0  # where that verb starts: said[lead_start:] says the whole plan
    said: str = ""  # the fragment with plan shorthand spelled out ("cd send deck re…"),
    # which the offsets refer to; "" when it was written out already


_PRONOUN = r"(?:her|him|them|she|he|they|(?-i:[A-Z][\w'’-]+))"
_OPENER = r"^\s*(?:(?:to-?do|todo|note to self|nb|n\.b\.|reminder|q|qs|question)\s*[:\-–—]\s*)?"
_POLITE = (
    r"(?:(?:i|i'd|i’d|id)\s+)?(?:(?:really\s+)?(?:must|should|want to|wanna|would like to"
    r"|like to|love to|remember to|need to|try to|gotta|pl[sz]e?)\s+)?"
)
_WH = r"(?:about|abt|how|why|what|whether|if|where|when|which|who)"
_INTENTION = re.compile(
    _OPENER
    + _POLITE
    + r"(?P<lead>ask(?:\s+(?:her|him|them))?\s+(?:for\s+)?(?:(?:her|his|their)\s+)?"
    r"(?:take|view|thoughts|opinion|advice)\s+(?:on|about|abt|re)"
    r"|(?:know|wonder(?:ing)?)\s+"
    + _WH
    + r"|ask(?:\s+"
    + _PRONOUN
    + r")?(?:\s+(?:about|abt|re|on|how|why|what|whether|if|where|when|which|who))"
    r"|find out(?:\s+(?:about|abt|how|why|what|whether|if|where|when))?"
    r"|(?:get|pick)\s+(?:her|his|their)\s+(?:take|view|thoughts|advice|opinion)\s+on"
    r"|curious\s+(?:about|abt|how|why|what|whether)"
    r"|(?:learn|hear|understand|see)\s+(?:about|abt|how|why|what|whether))"
    r"\b[\s:,-]*(?P<topic>.+)$",
    re.IGNORECASE,
)
_WARNING = re.compile(
    r"^\s*(?:(?:nb|n\.b\.|careful|warning|note)\s*[:\-–—!]*\s*)?"
    r"(?P<lead>avoid(?:\s+(?:talking about|mentioning|bringing up|asking about|the subject of))?"
    r"|(?:do not|don'?t|dont|never)\s+(?:bring up|mention|ask(?:\s+" + _PRONOUN + r")?\s+about"
    r"|ask(?:\s+" + _PRONOUN + r")?|talk about|raise|discuss|go near|get into|push on)"
    r"|steer clear of|stay away from"
    r"|(?:off[- ]limits|sensitive|touchy|sore (?:point|spot))\s*[:\-–—]"
    r"|(?:(?:she|he|they|(?-i:[A-Z][\w'’-]+))\s+)?"
    r"(?:hates?|dislikes?|doesn'?t like|does not like|won'?t)"
    r"\s+(?:talking about|discussing|being asked about|to talk about|to discuss|talk about)"
    r"|(?:(?:she|he|they)(?:'s|’s| is| are|'re)\s+)?(?:touchy|sensitive|cagey|weird|sore)"
    r"\s+(?:about|abt|re))"
    r"(?:\b|(?<=[:\-–—]))[\s:,-]*(?P<topic>.+)$",
    re.IGNORECASE,
)
_WARNING_TAIL = re.compile(
    r"^(?P<topic>.+?)\s*(?:[-–—:,]\s*|\s)(?:is\s+|=\s*)?"
    r"(?P<lead>off[- ]limits|a sore (?:point|spot)|a touchy (?:subject|topic)"
    r"|(?:don'?t|do not|never)\s+(?:ask(?:\s+about\s+(?:it|that|this))?|bring\s+(?:it|that|this)"
    r"\s+up|mention\s+(?:it|that|this)|go there|raise\s+(?:it|that|this))"
    r"|not to be mentioned|avoid(?:\s+(?:it|that|this))?)\W*$",
    re.IGNORECASE,
)
# Who offers, as notes say it: "I could", "I'll", "we can", "maybe I could" (still an offer).
_OFFERER = (
    r"^\s*(?:(?:offer|idea|give ?back|me)\s*[:\-–—]\s*)?(?:(?:maybe|perhaps|possibly)\s+)?"
    r"(?:(?:i|we|me)(?:\s+|(?=['’]ll\s)))?"
)
_OFFER = re.compile(
    _OFFERER + r"(?:(?:could|can|might|should|will|'ll|’ll|am happy to|happy to|"
    r"offer to|want to)\s+)?"
    r"(?P<lead>send|share|intro(?:duce)?|connect|forward|lend|pass on|pass along|put\s+"
    + _PRONOUN
    + r"\s+in touch|review|proofread|recommend|offer|promote|plug|repost|boost|amplify"
    r"|shout(?:\s|-)?out|invite|help|mentor)\b"
    r"[\s:,-]*(?P<topic>.+)$",
    re.IGNORECASE,
)
_OFFER_NEEDS = re.compile(
    _OFFERER + r"(?:could|can|might|should|will|'ll|’ll|am happy to|happy to|offer to|want to)\s|"
    r"^\s*(?:offer|idea|give ?back)\s*[:\-–—]|^\s*offer\b"
    r"|^\s*intro(?:duce)?\s+to\s+[\w'’.-]+(?:\s+[\w'’.-]+)?\s*\?*\s*$"  # "intro 2 maya?"
    r"|^\s*intro(?:duce)?\s+" + _PRONOUN,
    re.IGNORECASE,
)
# "could intro me to…", "offered to send us…": their offer to the user, not the user's.
_FOR_ME = re.compile(r"\s+(?:me|us|myself)\b", re.IGNORECASE)
_TODO = re.compile(
    r"^\s*(?:follow[- ]?up|f/u|todo|to-?do|to do|remember|send|next time|note to self|chase"
    r"|congratulate|congrats|(?:re-?)?read (?:his|her|their|the|it|up)\b|watch|listen to|check"
    r"|look (?:at|up)|google|must|need to|bring|try|offer|ask|find out|book|email|call|text"
    r"|thank)\b",
    re.IGNORECASE,
)
# The user's own doubt: "maybe", "I think", "??", "not sure", "(?)". Ask it, check it first.
_DOUBT = re.compile(
    r"\?|\b(?:maybe|perhaps|probably|possibly|apparently|allegedly|supposedly|rumou?red|i think"
    r"|i guess|i believe|i reckon|not sure|unsure|unclear|iirc|if i recall|might be|may be"
    r"|might have|may have|could be|or (?:is|was) it|tbc|tbd|unconfirmed|guessing|i assume"
    r"|seems? to|reportedly)\b",
    re.IGNORECASE,
)
# Not the user's doubt, but not a plain fact either: a joke, or their opinion reported.
_LOOSE = re.compile(
    r"\b(?:lol|haha|jk)\b|\b(?:she|he|they) (?:thinks?|reckons?|guess(?:es)?|says)\W*$",
    re.IGNORECASE,
)
# The user's own voice: "I", "me", "my" - their plans and feelings are not facts about them.
_MINE = re.compile(r"\b(?:I|I'm|I’m|I'll|I’ll|I've|I’ve|I'd|me|my|we|we're|our|us)\b")


# How plans are typed in a hurry: "cd send deck re pricing", "intro 2 maya?".
_PLAN_SHORTHAND = (
    (re.compile(r"\b(?:cd|cld)\b(?=\s+\w)", re.IGNORECASE), "could"),
    (re.compile(r"\b(?:shd|shld)\b(?=\s+\w)", re.IGNORECASE), "should"),
    (
        re.compile(r"\b(intro(?:duce)?|connect|talk|speak|send (?:it|this|that))\s+2\b", re.I),
        r"\1 to",
    ),
    (re.compile(r"(?<=\w)\s+re:?\s+(?=\w)", re.IGNORECASE), " about "),
    (re.compile(r"\bw/(?=\s|\w)", re.IGNORECASE), "with "),
)


@lru_cache(maxsize=4096)  # a rebuild reads the same notes again: pure, so remembered
def read_note(text: str) -> NoteReading:
    """What ``text`` (one fragment of a note) is for; see the module docstring.

    A plan can follow a fact in one breath ("said he'd love a teacher's eye on the
    quiz - could offer to review a few"): each clause start is tried in turn. A plan
    typed in shorthand ("cd send deck re pricing") is read with it spelled out.
    """
    reading = _read(text)
    if reading.kind is NoteKind.FACT:
        said = text
        for pattern, replacement in _PLAN_SHORTHAND:
            said = pattern.sub(replacement, said)
        if said != text:
            spelled = _read(said)
            if spelled.kind is not NoteKind.FACT:
                return replace(spelled, said=said)
    return reading


def _read(text: str) -> NoteReading:
    hedged = is_hedged(text)
    for start in _clause_starts(text):
        clause = text[start:]
        for pattern, kind in ((_WARNING, NoteKind.WARNING), (_INTENTION, NoteKind.INTENTION)):
            match = pattern.match(clause)
            if match:
                return _reading(kind, hedged, text, match, start)
        if start == 0:
            tail = _WARNING_TAIL.match(clause)
            if tail:
                return _reading(NoteKind.WARNING, hedged, text, tail, start)
        offer = _OFFER.match(clause)
        if offer and _OFFER_NEEDS.match(clause) and not _FOR_ME.match(clause[offer.end("lead") :]):
            return _reading(NoteKind.OFFER, hedged, text, offer, start)
    drafted = read_drafted(text)
    if drafted is not None:
        return drafted
    if _TODO.match(text):
        return NoteReading(NoteKind.TODO, hedged)
    return NoteReading(NoteKind.FACT, hedged)


QUESTION = "question"  # the lead of a question the user drafted: "what would he look for…?"
NAMES = "names"  # the lead of one that asks for names: "who else should I talk to?"
HEADING = "questions"  # the lead of a list's heading alone: "Qs:", "questions to ask:"


def read_drafted(text: str, in_list: bool = False) -> NoteReading | None:
    """A question the user drafted (see reading/drafted.py), or None.

    ``in_list``: the fragment follows a drafted question or a "Qs:" heading in the same
    note, so a yes/no question there ("would she hire a nurse?") is drafted too.
    """
    found = drafted_topic(text)
    if found is None and in_list and text.rstrip(" !").endswith("?"):
        found = (len(text) - len(text.lstrip()), False)
    if found is None:
        return None
    start, _ = found
    topic = text[start:].rstrip(" ?!.").rstrip()
    if not topic:
        return NoteReading(NoteKind.TODO, False, lead=HEADING)
    # The question mark asks them; only a doubt said in words ("…? not sure") is a hedge.
    hedged = is_hedged(text.replace("?", " "))
    lead = NAMES if NAMES_ASK.search(topic) else QUESTION
    return NoteReading(NoteKind.INTENTION, hedged, topic, start, lead, start)


_CLAUSE_BREAK = re.compile(r"\s[-–—]+\s+|;\s*|,\s+|\.\s+|\s*[→>]+\s*")


def _clause_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text) if m.end() < len(text))]


def _reading(
    kind: NoteKind, hedged: bool, text: str, match: re.Match[str], offset: int = 0
) -> NoteReading:
    start, end = (i + offset for i in match.span("topic"))
    raw = text[start:end]
    trimmed = raw.rstrip(" .,;:!?)(").rstrip()
    lead_space = len(raw) - len(raw.lstrip(" \"'“‘"))
    topic = trimmed[lead_space:]
    if kind is NoteKind.WARNING:  # "the 2019 strike, lost friends over it": the strike
        topic = _REASON.split(topic, maxsplit=1)[0].rstrip(" .,;:!?)(/").rstrip()
    lead = " ".join(match.group("lead").casefold().split())
    return NoteReading(kind, hedged, topic, start + lead_space, lead, match.start("lead") + offset)


# Where a warning stops naming its topic and starts saying why or how: ", lost friends
# over it", " unless she does", " — this is just advice", ", DON'T bring it up".
_REASON = re.compile(
    r"(?:\s*[,;:(]|\s+[-–—/]+)?\s+(?=(?:unless|until|because|since|cos|bc|as\s+(?:she|he|they)"
    r"|don'?t|do\s+not|never|avoid|keep|stick|just|it'?s|it\s+is|this\s+is|that'?s|still"
    r"|sensitive|touchy|sore|lost|(?:she|he|they)(?:'s|’s|\s+is|\s+was|\s+got|\s+gets)?)\b)"
    r"|\s+[-–—]+\s+|\s*[;(]\s*",
    re.IGNORECASE,
)


def is_hedged(text: str) -> bool:
    """The note is a guess, a joke or hearsay ("maybe", "??", "lol"): never state it as fact."""
    return bool(_DOUBT.search(text) or _LOOSE.search(text))


def is_doubt(text: str) -> bool:
    """The user was not sure ("maybe", "I think", "??"): worth checking before the meeting."""
    return bool(_DOUBT.search(text))


def is_users_own(text: str) -> bool:
    """Written in the user's own voice ("I", "my", "we"): not a fact about them."""
    return bool(_MINE.search(text))


def is_fact(text: str) -> bool:
    """A plain fact about them: not a plan, warning, offer, to-do, guess or the user's voice."""
    reading = read_note(text)
    return reading.kind is NoteKind.FACT and not reading.hedged and not is_users_own(text)
