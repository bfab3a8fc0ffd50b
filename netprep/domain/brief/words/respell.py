"""Fix a typo in a word the brief says aloud, from the words the same notes spell right.

"rebuilding rider onbaording" in one note and "rider onboarding mostly" in another: the
brief asks about "onboarding" (the spelling written more often, or, as often, the one
the taxonomy knows). Only a word written elsewhere in the user's own notes (or profile)
is used, and only one edit away (a swap of two letters counts as
one), so nothing is "corrected" into a word the user never wrote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz.distance import DamerauLevenshtein

_WORD = re.compile(r"[^\W\d_]+")
_MIN_LENGTH = 6  # short words are too often two real words one letter apart


def vocabulary(texts: Iterable[str], known: frozenset[str] = frozenset()) -> dict[str, float]:
    """How often each (lower-case) word is written across ``texts``.

    A word that is also ``known`` (a word of the taxonomy's terms) counts half a time
    more: "onboarding" once and "onbaording" once, the brief says "onboarding".
    """
    counts: dict[str, float] = {}
    for text in texts:
        for word in _WORD.findall(text):
            key = word.casefold()
            counts[key] = counts.get(key, 0) + 1
    for key in counts.keys() & known:
        counts[key] += 0.5
    return counts


def respell(text: str, words: dict[str, float]) -> str:
    """``text`` with each rare long word replaced by its one-edit spelling used more often."""
    if not words:
        return text

    def fixed(match: re.Match[str]) -> str:
        word = match.group(0)
        key = word.casefold()
        count = words.get(key, 0)
        if len(key) < _MIN_LENGTH or count > 1:
            return word
        best = ""
        for other in sorted(words):
            if (
                other != key
                and words[other] > count  # the spelling the user writes more often
                and other[0] == key[0]
                and abs(len(other) - len(key)) <= 1
                and sorted(other) == sorted(key)  # the same letters, swapped: a typing slip
                and DamerauLevenshtein.distance(key, other) == 1
            ):
                best = other
                break
        if not best:
            return word
        return best.capitalize() if word[:1].isupper() else best

    return _WORD.sub(fixed, text)
