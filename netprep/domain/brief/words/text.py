"""Reading the way people really write notes: bullets, fragments, half-sentences.

Everything here keeps offsets into the original text, so whatever the brief quotes
as evidence is a verbatim piece of what the user stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from netprep.domain.brief.words.spelling import fold_word, word_set
from netprep.domain.person_names import first_name as person_first_name

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_BULLET = re.compile(r"^\s*(?:[-*•·–—>+]+|\d{1,2}[.)]|#{1,6}|\[[ xX]?\])\s+")
# Where a fragment ends inside one line: sentence punctuation, semicolons, " | ".
# An emoticon typed between two thoughts (":( don't bring it up") ends one too.
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*\s+|;\s*|\s\|\s|\s+[:;]-?[()/\\]+\s+")
_ABBREVIATIONS = word_set(
    """
    dr mr mrs ms prof st e.g i.e eg ie etc vs approx inc ltd co jr sr no nr fig ca dept govt esp
    incl est min max
    """
)
_STOPWORDS = word_set(
    """
    a an the and or but if of to in on at by for with from as is are was were be been being it
    its this that these those i me my we our you your he him his she her they them their what
    which who whom how why when where there here than then so too very just also into about over
    under after before during more most some any all each every not no nor can could would
    should will shall may might must do does did done have has had having get got make made want
    wants like likes need needs really lot lots new now one two three thing things way ways work
    working role roles people person someone something anything everything nothing anyone
    everyone directly
    """
)


class Token(NamedTuple):
    """One word (a tuple: a network of 30,000 contacts makes millions of these)."""

    text: str  # as written
    folded: str  # the matching form
    start: int
    end: int


@dataclass(frozen=True)
class Fragment:
    """A sentence, bullet or clause of a stored text, quoted verbatim."""

    text: str
    start: int


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[Token, ...]:
    """Words of ``text`` with their offsets and folded forms (hyphens split words).

    Cached: the same short texts (roles, interests, names) come up again and again.
    """
    return tuple(
        Token(m.group(0), fold_word(m.group(0)), m.start(), m.end()) for m in _TOKEN.finditer(text)
    )


def words_folded(text: str) -> tuple[list[str], list[str]]:
    """The words of ``text`` as written and folded: the lean form of ``tokens``.

    No offsets and no Token per word, for scanning many texts; ``word_starts`` finds
    the offsets for the few texts that need them.
    """
    words = _TOKEN.findall(text)
    return words, [fold_word(w) for w in words]


def word_starts(text: str, words: list[str]) -> list[int]:
    """Where each of ``words`` (from ``words_folded(text)``) starts in ``text``.

    Exact: only characters that cannot start a word lie between two words.
    """
    starts = []
    cursor = 0
    for word in words:
        cursor = text.find(word, cursor)
        starts.append(cursor)
        cursor += len(word)
    return starts


@lru_cache(maxsize=65536)
def term_key(text: str) -> str:
    """One matching key for a term: 'Trail-running' == 'trail running' == 'trailrunning'."""
    return "".join(t.folded for t in tokens(text))


def content_words(text: str) -> set[str]:
    """Folded words that carry meaning (no stopwords, no short words)."""
    return {t.folded for t in tokens(text) if len(t.folded) > 3 and t.folded not in _STOPWORDS}


def _ends_with_abbreviation(text: str) -> bool:
    match = re.search(r"([^\W\d_][\w.]*)\.+$", text)  # "Kraków." is a word, not "w."
    if not match:
        return False
    word = match.group(1).casefold().rstrip(".")
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_fragments(text: str) -> list[Fragment]:
    """Split notes into sentences, bullets and clauses, each a verbatim substring."""
    fragments: list[Fragment] = []
    for line in re.finditer(r"[^\n]+", text):
        body = line.group(0)
        offset = line.start()
        bullet = _BULLET.match(body)
        if bullet:
            offset += bullet.end()
            body = body[bullet.end() :]
        piece_start = 0
        for boundary in _BOUNDARY.finditer(body):
            candidate = body[piece_start : boundary.start() + 1]
            if boundary.group(0)[0] == "." and _ends_with_abbreviation(candidate):
                continue
            if candidate.count("(") > candidate.count(")"):
                continue  # "(!!) in their Manchester hub": still inside the brackets
            # A question mark is the user's doubt ("law school? not sure"): it stays.
            asked = len(boundary.group(0)) - len(boundary.group(0).lstrip("?!"))
            end = boundary.start() + (asked if "?" in boundary.group(0)[:asked] else 0)
            _add_fragment(fragments, body, piece_start, end, offset)
            piece_start = boundary.end()
        _add_fragment(fragments, body, piece_start, len(body), offset)
    return fragments


def _add_fragment(out: list[Fragment], body: str, start: int, end: int, offset: int) -> None:
    piece = body[start:end]
    stripped = piece.strip()
    # Keep a closing full stop only if it is the piece's own (verbatim either way).
    if not stripped or not any(ch.isalnum() for ch in stripped):
        return
    lead = len(piece) - len(piece.lstrip())
    out.append(Fragment(stripped, offset + start + lead))


def sentences(text: str) -> list[str]:
    """Sentences of a user-written field, without their closing punctuation."""
    result = []
    for fragment in split_fragments(text):
        cleaned = fragment.text.strip().rstrip(".!?…").strip()
        if cleaned:
            result.append(cleaned)
    return result


def tidy(text: str) -> str:
    """Plain words from a Markdown note: no link targets, emphasis marks, '!!' or '??'."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"([!?])[!?]+", r"\1", text)
    text = re.sub(r"\s*\(\s*[!?]+\s*\)", "", text)
    text = re.sub(r"\.{2,}|…", "…", text)
    return re.sub(r"\s+", " ", text).strip()


def lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word looks like a name or acronym."""
    if not text:
        return text
    first = text.split()[0]
    letters = [ch for ch in first if ch.isalpha()]
    if len(letters) > 1 and sum(ch.isupper() for ch in letters) > 1:
        return text  # "ICU", "McKinsey", "iOS"
    return text[0].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def first_name(full_name: str) -> str:
    """How the brief greets them (the one rule in ``netprep.domain.person_names``)."""
    return person_first_name(full_name) or full_name.strip()


def normalise_question(text: str) -> str:
    """Compare questions by their words only."""
    return " ".join(t.folded for t in tokens(text))


def word_count(text: str) -> int:
    return len(re.findall(r"[^\W_]+(?:['’\-][^\W_]+)*", text))
