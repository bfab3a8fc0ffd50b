"""Short, personal email bodies for the follow-ups: the thank-you, "how it went", introductions.

The book's thank-you quotes back something you learned: that is what shows you listened.
So the draft is built around one insight the user wrote down (the user may pick which),
turned into a clean sentence addressed to the reader ("she said hospitals buy…" becomes
"hospitals buy…", "her team" becomes "your team"), never cut off mid-word. Introductions
are double opt-in: each person is asked first, and only then introduced to the other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from netprep.domain.capture import InsightNote
from netprep.domain.person_names import first_name

MAX_QUOTE = 240
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_CLAUSE_END = re.compile(r"[,;:–—]\s")
_DANGLING_WORDS = "a an and as at but by for from in into of on or so than that the to which with"
_DANGLING = frozenset(_DANGLING_WORDS.split(" "))  # words a cut sentence must not end on
_SHORTHAND = {"w/": "with", "w/o": "without", "b/c": "because", "&": "and", "+": "and"}
_ATTRIBUTION = re.compile(
    r"^(?:she|he|they|[A-Z][\w'’-]+)\s+(?:said|says|thinks|thought|believes|reckons|"
    r"suggested|suggests|mentioned|pointed out|told me|advised)\s*(?:that\s+|:\s*)?",
    re.IGNORECASE,
)
_PRONOUN_VERB = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "says": "say",
    "thinks": "think",
    "knows": "know",
    "wants": "want",
    "believes": "believe",
}
_PRONOUNS = {
    "she": "you",
    "he": "you",
    "him": "you",
    "his": "your",
    "her": "your",
    "hers": "yours",
    "himself": "yourself",
    "herself": "yourself",
    "she's": "you're",
    "he's": "you're",
}
_WORD = re.compile(r"[\w'’&+/]+")
_NUMBER_WORDS = {
    5: "five",
    10: "ten",
    15: "fifteen",
    20: "twenty",
    25: "twenty-five",
    30: "thirty",
    40: "forty",
    45: "forty-five",
}


@dataclass(frozen=True)
class EmailDraft:
    """An email ready for the user's mail program: whom to, subject and body."""

    to: str
    subject: str
    body: str


def _match_case(word: str, replacement: str) -> str:
    return replacement.capitalize() if word[:1].isupper() else replacement


_AFTER_OBJECT_HER = frozenset(
    ["the", "a", "an", "this", "that", "some", "my", "our", "to", "about"]
)


def _object_her(words: list[str], index: int) -> bool:
    """ "send her the checklist" (her = you) rather than "her team" (her = your)."""
    following = words[index + 1].casefold() if index + 1 < len(words) else ""
    return not following or following in _AFTER_OBJECT_HER


def second_person(text: str) -> str:
    """Turn a note about the contact into words addressed to them (he/she → you)."""
    text = _ATTRIBUTION.sub("", text.strip(), count=1)
    words = _WORD.split(text)
    found = _WORD.findall(text)
    out: list[str] = [words[0]]
    for index, word in enumerate(found):
        lower = word.casefold()
        new = _SHORTHAND.get(lower, word)
        if lower == "her" and _object_her(found, index):
            new = _match_case(word, "you")
        elif lower in _PRONOUNS:
            new = _match_case(word, _PRONOUNS[lower])
        elif index and found[index - 1].casefold() in ("she", "he") and lower in _PRONOUN_VERB:
            new = _PRONOUN_VERB[lower]
        out.extend([new, words[index + 1]])
    return "".join(out)


def _trim_clause(sentence: str, limit: int) -> str:
    """One long sentence cut at a clause or word boundary, never inside a word."""
    head = sentence[: limit + 1]
    clauses = [m.start() for m in _CLAUSE_END.finditer(head) if m.start() >= limit // 3]
    cut = clauses[-1] if clauses else head.rfind(" ")
    kept = sentence[: cut if cut > 0 else limit].split()
    while kept and kept[-1].casefold().strip(",;:") in _DANGLING:
        kept.pop()
    return " ".join(kept).rstrip(",;:–—- ")


def quotable(text: str, limit: int = MAX_QUOTE) -> str:
    """The insight as a tidy sentence: whole sentences where possible, ending in punctuation."""
    clean = " ".join(text.split()).strip("\"“”'‘’ ")
    if not clean:
        return ""
    if len(clean) > limit:
        kept = ""
        for sentence in _SENTENCE_END.split(clean):
            if len(kept) + len(sentence) + 1 > limit:
                break
            kept = f"{kept} {sentence}".strip()
        clean = kept or _trim_clause(clean, limit)
    clean = clean[0].upper() + clean[1:]
    if clean[-1] not in ".!?":
        clean = clean.rstrip("…") + "."
    return clean


def quoted(insight: str) -> str:
    """The sentence a thank-you quotes for this insight, as :func:`thank_you_draft` writes it."""
    return quotable(second_person(insight))


def swap_quote(body: str, old: str, new: str) -> str | None:
    """``body`` quoting ``new`` where it quoted ``old``, every other word as it was (the
    user's edits kept); None when ``old`` is not in it word for word between its quote marks
    (the user rewrote that part, and only a fresh draft could quote ``new``)."""
    marked = f"“{old}”"
    if not old or marked not in body:
        return None
    return body.replace(marked, f"“{new}”", 1)


def meeting_length(minutes: float | None) -> str:
    """How long the meeting was planned to be, in words: "twenty minutes", "half an hour"."""
    if not minutes or minutes <= 0:
        return ""
    whole = round(minutes)
    if whole == 60:
        return "an hour"
    if whole == 30:
        return "half an hour"
    if abs(minutes - whole) < 0.01 and whole in _NUMBER_WORDS:
        return f"{_NUMBER_WORDS[whole]} minutes"
    return f"{minutes:g} minutes"


def _join_names(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _greeting(name: str) -> str:
    first = first_name(name)
    return f"Hi {first}," if first else "Hello,"


def _sign_off(sender_name: str, closing: str = "Thanks again,") -> str:
    return f"{closing}\n{sender_name.strip()}" if sender_name.strip() else closing


def thank_you_draft(
    contact_name: str,
    insight: InsightNote | None,
    *,
    where: str = "",
    minutes: float | None = None,
    referral_names: Sequence[str] = (),
    offers: Sequence[str] = (),
    sender_name: str = "",
) -> str:
    """The thank-you email body, quoting ``insight`` (in the second person) when there is one."""
    place = f" at {where.strip()}" if where.strip() else ""
    length = meeting_length(minutes)
    given = f"I know {length} is a lot to give" if length else "I know time is precious"
    paragraphs = [
        _greeting(contact_name),
        f"Thank you for taking the time to meet me{place}. {given} in a busy week, "
        "and I came away with plenty to think about.",
    ]
    quote = quoted(insight.text) if insight is not None else ""
    if quote:
        paragraphs.append(
            f"What has stayed with me most is your point: “{quote}” "
            "That was exactly the kind of insight I was hoping for."
        )
    if referral_names:
        paragraphs.append(
            f"Thank you as well for suggesting I talk to {_join_names(referral_names)}. "
            "I'll get in touch soon and let you know how it goes."
        )
    if offers:
        promised = [second_person(offer).rstrip(".") for offer in offers]
        paragraphs.append(f"I'll follow up shortly on what I offered: {_join_names(promised)}.")
    paragraphs.append(_sign_off(sender_name))
    return "\n\n".join(paragraphs)


def tell_referrer_draft(
    referrer_name: str, referral_name: str, *, introduced: bool = False, sender_name: str = ""
) -> str:
    """A note to the person who gave the name: the loop the book says to close."""
    thanks = "for introducing us" if introduced else "for suggesting we talk"
    paragraphs = [
        _greeting(referrer_name),
        f"I wanted to let you know that I met {referral_name}. Thank you again {thanks}: "
        "it was a really useful conversation, and it would not have happened without you.",
        _sign_off(sender_name, "Best wishes,"),
    ]
    return "\n\n".join(paragraphs)


def introduction_ask_draft(
    to_name: str, about_name: str, about_line: str = "", why: str = "", *, sender_name: str = ""
) -> str:
    """Double opt-in, step one: ask one person whether they would like the introduction."""
    who = f"{about_name} ({about_line})" if about_line.strip() else about_name
    reason = why.strip().rstrip(".") or "I think you two would have a lot to talk about"
    paragraphs = [
        _greeting(to_name),
        f"I'd like to introduce you to {who}. {reason[0].upper() + reason[1:]}.",
        "Would you be open to an introduction? If so, I'll put you in touch by email. "
        "If now is not a good time, no problem at all: I won't pass on your details.",
        _sign_off(sender_name, "Best wishes,"),
    ]
    return "\n\n".join(paragraphs)


def introduction_draft(
    a_name: str,
    b_name: str,
    a_line: str = "",
    b_line: str = "",
    why: str = "",
    *,
    sender_name: str = "",
) -> str:
    """Double opt-in, step two: both said yes, so introduce them to each other."""
    a_first, b_first = first_name(a_name) or a_name, first_name(b_name) or b_name
    a_who = f"{a_name}, {a_line}" if a_line.strip() else a_name
    b_who = f"{b_name}, {b_line}" if b_line.strip() else b_name
    reason = why.strip().rstrip(".") or "you have a lot in common"
    paragraphs = [
        f"Hi {a_first} and {b_first},",
        f"As promised, an introduction. {a_first}, meet {b_who}. {b_first}, meet {a_who}.",
        f"I think you should talk because {reason[0].lower() + reason[1:]}. "
        "I'll leave it to you two to find a time.",
        _sign_off(sender_name, "Best wishes,"),
    ]
    return "\n\n".join(paragraphs)


def reach_referral_draft(
    referral_name: str, referrer_name: str, why: str = "", *, sender_name: str = ""
) -> str:
    """The first note to someone a contact suggested: who sent you, and a small ask."""
    sent_by = referrer_name.strip() or "A colleague"
    reason = f" ({why.strip().rstrip('.')})" if why.strip() else ""
    paragraphs = [
        _greeting(referral_name),
        f"{sent_by} suggested I get in touch with you{reason}.",
        "Would you have twenty minutes for a coffee or a call in the next couple of weeks? "
        "I'd love to hear how you see things, and I'll keep to the time.",
        _sign_off(sender_name, "Best wishes,"),
    ]
    return "\n\n".join(paragraphs)


def plain_draft(to_name: str, middle: str = "", *, sender_name: str = "") -> str:
    """A greeting and a sign-off around ``middle`` (empty: the user writes it)."""
    return "\n\n".join([_greeting(to_name), middle, _sign_off(sender_name, "Best wishes,")])


def offer_draft(to_name: str, offer: str, *, sender_name: str = "") -> str:
    """Doing what you offered: "As promised, …" addressed to them."""
    promised = second_person(offer).strip().rstrip(".")
    middle = f"Following up on what I offered when we met: {promised}." if promised else ""
    return plain_draft(to_name, middle, sender_name=sender_name)
