"""The user's own questions, drafted in a note: "3 Qs draft: how did…? what would he…?".

People write the questions they mean to ask as a list ("Qs:", "questions to ask:",
"q's for her:", "to ask:") or as questions in passing ("what would he look for in a
clinician moving into product?"). Those are the user's plan, not a doubt: a question
mark after "what would he…" asks *them*, while one after "moved to Leeds?" or "thinking
about law school? not sure" is the user unsure of a fact, and stays a doubt.

This module only recognises the questions and says which of the book's three kinds
each is; sections/plans.py turns them into what the user says at the table.
"""

from __future__ import annotations

import re

_WHO = r"(?:her|him|them|(?-i:[A-Z][\w'’-]+))"
# A label for a list of questions, with what follows it on the same line: "3 Qs draft:",
# "Qs -", "q's for her:", "questions to ask:", "to ask:". The label alone is a heading.
QUESTION_LABEL = re.compile(
    r"^\s*(?:(?:\d+|my|some|a few|few)\s+)?(?:qs|q['’]s|qns|questions?|q)"
    r"(?:\s+(?:draft(?:ed|s)?|list|ideas?|to ask(?:\s+" + _WHO + r")?|for\s+" + _WHO + r"))*"
    r"(?:\s*:\s*|\s+[-–—]+\s+|\s*$)"
    r"|^\s*(?:things\s+|stuff\s+)?to ask(?:\s+" + _WHO + r")?(?:\s*:\s*|\s+[-–—]+\s+|\s*$)",
    re.IGNORECASE,
)
# A question asked in passing: it opens with a question word and ends with "?". A yes/no
# question ("moved to Leeds?") is how a doubt is typed, and is read as one.
_WH = r"(?:how|what|what['’]s|whats|why|which|who|who['’]s|where|when)"
WH_QUESTION = re.compile(rf"^\s*{_WH}\b[^?]*\?+[\s!]*$", re.IGNORECASE)
# How a question opens, a yes/no one too: "would you hire…", "is it worth…".
OPENS_QUESTION = re.compile(
    rf"^\s*(?:{_WH}|would|could|can|do|does|did|is|are|was|were|has|have|should|will)\b",
    re.IGNORECASE,
)
# A question for names, which is the referral ask, not an insight question: "who else in
# remote monitoring should I talk to?", "anyone else I should meet?".
NAMES_ASK = re.compile(
    r"\b(?:who(?:\s+else)?|anyone(?:\s+else)?|anybody(?:\s+else)?|someone(?:\s+else)?"
    r"|other people|people)\b[^?]*?\b(?:should|could|can|ought to|might|to)\s+(?:i\s+)?"
    r"(?:talk|speak|meet|contact|reach out|approach|get in touch|ask|email|chat)\b"
    r"|\bwho else\b",
    re.IGNORECASE,
)
# Their advice: what they would do, look for, or tell someone in the user's place.
ADVICE_ASK = re.compile(
    r"\b(?:advice|advise|recommend\w*|tips?|suggest\w*)\b|\bshould i\b|\bif you were me\b"
    r"|\bin my (?:shoes|position|place)\b|\bsomeone like me\b|\bhow (?:should|would|could|can) i\b"
    r"|\bwhat would you (?:look for|do|want|need|tell|say|expect|hire|change)\b"
    r"|\bwould you (?:hire|take on|take a chance on)\b|\b(?:what|how) (?:do|does) (?:you|one)"
    r" (?:need|have) to\b|\bwhat (?:do|would) you look for\b|\bwhat makes (?:a|an|someone)\b",
    re.IGNORECASE,
)
# How they did something: "how did clinical input change the dashboard?", "what made you…".
HOW_ASK = re.compile(
    r"^(?:how (?:did|have|has|had)\b|how (?:do|are|were) you\b|how come you\b"
    r"|what made you\b|why did you\b|what was it like\b|how (?:you|your)\b"
    r"|what did (?:you|it) take\b|where did you (?:start|begin|learn)\b)",
    re.IGNORECASE,
)


def drafted_topic(text: str) -> tuple[int, bool] | None:
    """Where a drafted question starts in ``text``, and whether a list label led it.

    "3 Qs draft: how did…?" starts after the label; "what would he look for…?" at its
    first word; "Qs:" alone starts at its end (a heading for the lines below). None when
    ``text`` is not a question the user drafted.
    """
    label = QUESTION_LABEL.match(text)
    if label:
        return label.end(), True
    if WH_QUESTION.match(text):
        return len(text) - len(text.lstrip()), False
    return None
