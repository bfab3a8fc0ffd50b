"""Interests the notes say are over: "not into climbing anymore", "gave up golf".

A hobby they dropped is no common ground, and saying "like you, I'm into climbing" to
someone who hurt their shoulder and stopped is worse than saying nothing. A mention is
negated when its own clause says so, before it ("no longer", "gave up", "used to",
"not into", "doesn't") or after it ("anymore", "no more").
"""

from __future__ import annotations

import re

_CLAUSE_BREAK = re.compile(r"[,;:.!?()\n]|\s[-–—]+\s|\bbut\b", re.IGNORECASE)
_BEFORE = re.compile(
    r"\b(?!not (?:only|just)\b|never miss|n['’]t (?:wait|stop|miss)\b)"
    r"(?:not|no longer|never|n['’]t|nt|(?:does|do|did|is|was|ca|wo)nt|gave up|give up|giving up"
    r"|quit|stopped|used to|retired"
    r"|lost interest in|fell out of love with|not a fan of|hates?|can['’]?t stand|over|ex)"
    r"\b(?:[\s-]+[\w'’-]+){0,3}[\s-]+$",
    re.IGNORECASE,
)
_AFTER = re.compile(r"^[^,;:.!?()]*?\b(?:any ?more|no more|no longer|these days no)\b", re.I)


def negated(text: str, start: int, end: int) -> bool:
    """Does the clause around ``text[start:end]`` say it is no longer (or never) so?"""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    before = text[breaks[-1] if breaks else 0 : start]
    after_break = _CLAUSE_BREAK.search(text, end)
    after = text[end : after_break.start() if after_break else len(text)]
    return bool(_BEFORE.search(before) or _AFTER.match(after))
