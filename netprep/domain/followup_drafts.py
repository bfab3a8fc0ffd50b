"""Short, personal email bodies for the follow-ups: the thank-you and "how it went".

The book's thank-you quotes back something you learned: that is what shows you listened.
So the draft is built around one insight the user wrote down, in a few plain sentences the
user will read once, adjust and send — not a form letter with blanks to fill.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence

from netprep.domain.capture import InsightNote
from netprep.domain.person_names import first_name

MAX_QUOTE = 240
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def quotable(text: str, limit: int = MAX_QUOTE) -> str:
    """The insight as a tidy quotation: whole sentences where possible, ending in punctuation."""
    clean = " ".join(text.split()).strip("\"“”'‘’ ")
    if not clean:
        return ""
    if len(clean) > limit:
        kept = ""
        for sentence in _SENTENCE_END.split(clean):
            if len(kept) + len(sentence) + 1 > limit:
                break
            kept = f"{kept} {sentence}".strip()
        clean = kept or textwrap.shorten(clean, width=limit, placeholder="…")
    clean = clean[0].upper() + clean[1:]
    if clean[-1] not in ".!?…":
        clean += "."
    return clean


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
    referral_names: Sequence[str] = (),
    offers: Sequence[str] = (),
    sender_name: str = "",
) -> str:
    """The thank-you email body, quoting ``insight`` when the user recorded one."""
    place = f" at {where.strip()}" if where.strip() else ""
    paragraphs = [
        _greeting(contact_name),
        f"Thank you for taking the time to meet me{place}. I know twenty minutes is a lot "
        "to give in a busy week, and I came away with plenty to think about.",
    ]
    quote = quotable(insight.text) if insight is not None else ""
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
        paragraphs.append(f"I'll follow up shortly on my offer: {_join_names(offers)}.")
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
