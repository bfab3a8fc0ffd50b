"""Finding the taxonomy's terms in a text, fast enough to read a whole network.

A term is matched by its folded key ("Trail-running" and "trail running" both fold to
"trailrunning"), the longest term first, with one typo allowed in long words. Most
words of most texts start no term at all: one set lookup per word says so, and only
texts that might name something are looked at closely.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from netprep.domain.brief.taxonomy.concept import Concept
from netprep.domain.brief.words.text import tokens, word_starts, words_folded

MAX_TERM_WORDS = 6
_TYPO_MIN = 8  # words this long may match a term one typo away
_TYPO_SHORT = _TYPO_MIN - 1  # one letter shorter: a dropped letter ("climbng") still counts


@dataclass(frozen=True)
class Term:
    concept_id: str
    list_only: bool  # too ambiguous for free text ("running", "Chelsea"): list entries only
    exact_case: str | None  # the spelling required, if the term is case-sensitive


class Mention(NamedTuple):
    """A concept named in a text (a tuple: a large network makes very many of these)."""

    concept: Concept
    matched: str  # the words as written in the text
    start: int
    end: int
    typo: bool = False  # one letter off a term ("climbng"): say the term, not the slip


class TermScanner:
    """Every term's key, the beginnings of keys, and the typo lookups, built once."""

    def __init__(self, index: Mapping[str, list[Term]], concepts: Mapping[str, Concept]) -> None:
        self._index = index
        self._concepts = concepts
        self._prefixes = _all_prefixes(index)
        # Free text has its own, smaller sets: list-only terms ("data") never match there.
        self._free_keys = frozenset(k for k, terms in index.items() if _free(terms))
        self._free_prefixes = _all_prefixes(self._free_keys)
        self._fuzzy: dict[str, list[str]] = {}
        for key in index:
            if len(key) >= _TYPO_MIN:
                self._fuzzy.setdefault(key[:2], []).append(key)
        self._near: dict[str, str | None] = {}

    def scan(self, text: str, listed: bool) -> list[Mention]:
        words, folded = words_folded(text)
        keys, prefixes = (
            (self._index.keys(), self._prefixes)
            if listed
            else (self._free_keys, self._free_prefixes)
        )
        near, count = self._near, len(words)
        # Cheaply first: where could a term start? The word is a term, or starts one with
        # the next word, or is a long word one typo from a term.
        hits = [
            i
            for i, word in enumerate(folded)
            if word in keys
            or (word in prefixes and i + 1 < count and word + folded[i + 1] in prefixes)
            or (len(word) >= _TYPO_SHORT and (near[word] if word in near else self._near_key(word)))
        ]
        if not hits:
            return []  # most free text: no offsets needed
        starts = word_starts(text, words)
        found: list[Mention] = []
        end_of_last = -1
        for i in hits:
            if i <= end_of_last:
                continue  # inside the previous match
            mention, width = self._match_at(starts, words, folded, i, text, listed, prefixes)
            if mention is None and len(folded[i]) >= _TYPO_SHORT:
                mention, width = self._typo_at(starts, words, folded[i], i), 1
            if mention is not None:
                found.append(mention)
                end_of_last = i + width - 1
        return found

    def _match_at(
        self,
        starts: list[int],
        words: list[str],
        folded: list[str],
        i: int,
        text: str,
        listed: bool,
        prefixes: frozenset[str],
    ) -> tuple[Mention | None, int]:
        keys: list[tuple[int, str]] = []  # (words, key) of every term starting here
        joined = ""
        for n in range(1, min(MAX_TERM_WORDS, len(folded) - i) + 1):
            joined += folded[i + n - 1]
            if joined not in prefixes:
                break
            if joined in self._index:
                keys.append((n, joined))
        for n, key in reversed(keys):  # the longest match first
            start, end = starts[i], starts[i + n - 1] + len(words[i + n - 1])
            written = text[start:end]
            for term in self._index[key]:
                if term.list_only and not listed:
                    continue
                if term.exact_case is not None and not same_case(written, term.exact_case):
                    continue
                return Mention(self._concepts[term.concept_id], written, start, end), n
        return None, 1

    def _typo_at(self, starts: list[int], words: list[str], word: str, i: int) -> Mention | None:
        """A long word one typo from a term ('infomatics'), as a mention of that term."""
        key = self._near_key(word)
        if key is None:
            return None
        term = next(t for t in self._index[key] if not t.list_only and t.exact_case is None)
        end = starts[i] + len(words[i])
        return Mention(self._concepts[term.concept_id], words[i], starts[i], end, True)

    def _near_key(self, folded: str) -> str | None:
        """A key one typo away from a long word, remembered per word."""
        if folded not in self._near:
            self._near[folded] = next(
                (
                    key
                    for key in self._fuzzy.get(folded[:2], [])
                    if key[-1] == folded[-1]
                    and one_edit_apart(key, folded)
                    and any(not t.list_only and t.exact_case is None for t in self._index[key])
                ),
                None,
            )
        return self._near[folded]


def _free(terms: list[Term]) -> bool:
    return any(not t.list_only for t in terms)


def _all_prefixes(keys: Iterable[str]) -> frozenset[str]:
    return frozenset(key[:i] for key in keys for i in range(1, len(key) + 1))


def same_case(written: str, required: str) -> bool:
    return [t.text for t in tokens(written)] == [t.text for t in tokens(required)]


def one_edit_apart(a: str, b: str) -> bool:
    """True if one substitution, insertion, deletion or swap turns a into b."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]
