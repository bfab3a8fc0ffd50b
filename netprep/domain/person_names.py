"""Is this the same person? Name and email comparison that forgives how people write names.

"José  García", "jose garcia", "García, José" and "Jose M. Garcia" are one person to a
human reader; these helpers make them one key. Names only ever give a *probable* match:
two people can share a name, and only the user can tell them apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_TITLES = frozenset({"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "sir", "dame"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "esq"})
# Words that make nameparser worth asking (the rest is "First Last").
_GREETING_TITLES = _TITLES | frozenset(
    {
        "rev",
        "revd",
        "reverend",
        "fr",
        "father",
        "sr",
        "sister",
        "rabbi",
        "imam",
        "lord",
        "lady",
        "hon",
        "judge",
        "capt",
        "captain",
        "col",
        "gen",
        "lt",
        "sgt",
        "mx",
        "mme",
        "mlle",
        "herr",
        "frau",
        "sra",
        "dona",
        "doña",
    }
)
_GREETING_SUFFIXES = _SUFFIXES | frozenset(
    {
        "cfa",
        "cpa",
        "acca",
        "aca",
        "fca",
        "cima",
        "pmp",
        "rn",
        "dds",
        "jd",
        "llm",
        "mbe",
        "obe",
        "cbe",
        "frcs",
        "mrcp",
        "frsa",
        "ceng",
        "msc",
        "ma",
        "bsc",
        "ba",
        "meng",
        "dphil",
        "edd",
        "frcp",
        "pe",
        "qc",
        "kc",
    }
)
_WORD = re.compile(r"[^\W\d_]+")
_EMAIL = re.compile(r"[^\s<>()\[\]{},;:\"'/]+@[^\s<>()\[\]{},;:\"'/@]+\.[^\W\d_]{2,}")


def _fold(text: str) -> str:
    """Lower case without accents: "Ångström" -> "angstrom"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def name_tokens(name: str) -> list[str]:
    """The name's words in "first … last" order, folded, without titles and suffixes.

    A single comma means "Last, First": "García, José M." -> ["jose", "m", "garcia"].
    """
    parts = [_words(part) for part in _fold(name).split(",")]
    parts = [p for p in parts if p and not all(word in _SUFFIXES for word in p)]
    if len(parts) == 2:
        parts = [parts[1], parts[0]]
    tokens = [word for part in parts for word in part]
    while tokens and tokens[0] in _TITLES and len(tokens) > 1:
        tokens = tokens[1:]
    while tokens and tokens[-1] in _SUFFIXES and len(tokens) > 1:
        tokens = tokens[:-1]
    return tokens


def name_key(name: str) -> tuple[str, str]:
    """First and last word — what two spellings of one name must share. Empty for no name."""
    tokens = name_tokens(name)
    if not tokens:
        return ("", "")
    return (tokens[0], tokens[-1])


def _middle_compatible(a: list[str], b: list[str]) -> bool:
    """Middle names agree if one side has none, or each pair is equal or an initial of it."""
    if not a or not b:
        return True
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        short, long = sorted((x, y), key=len)
        if len(short) != 1 or not long.startswith(short):
            return False
    return True


def same_name(a: str, b: str) -> bool:
    """True when two written names can be the same person (see the module docstring)."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if len(ta) == 1 or len(tb) == 1:
        return ta == tb
    if (ta[0], ta[-1]) != (tb[0], tb[-1]):
        return False
    return _middle_compatible(ta[1:-1], tb[1:-1])


def emails_in(text: str) -> list[str]:
    """Email addresses found in free text ("mail her: Ana.Ruiz@Example.org"), folded."""
    found = []
    for match in _EMAIL.findall(text):
        address = match.strip(".").casefold()
        if address not in found:
            found.append(address)
    return found


def fold_emails(emails: Iterable[str]) -> set[str]:
    return {e.strip().casefold() for e in emails if e.strip()}


def first_name(name: str) -> str:
    """How to greet someone: the one rule for briefs and drafts alike.

    "Mensah, Daniel" -> "Daniel", "Rev. Grace Adeyemi" -> "Grace", "Tom Baker CFA" ->
    "Tom", "Dr Sarah Chen, MD" -> "Sarah", "van der Berg, Anja" -> "Anja". Markup
    typed or pasted into a name ("Eve <b>Mallory</b>") is never part of it.
    """
    cleaned = " ".join(_MARKUP.sub(" ", name).split())
    if not cleaned:
        return ""
    return _parsed_first(cleaned)


_MARKUP = re.compile(r"<[^>]*>|\[|\]\([^)]*\)|[*_`#|]")


@lru_cache(maxsize=4096)
def _parsed_first(cleaned: str) -> str:
    words = cleaned.split()
    plain = (
        "," not in cleaned
        and len(words) <= 3
        and _fold(words[0]).strip(".") not in _GREETING_TITLES
        and _fold(words[-1]).strip(".") not in _GREETING_SUFFIXES
    )
    if plain:  # "Ana Ruiz", the usual case, without the parser's cost
        return words[0]
    from nameparser import HumanName  # ~0.1 s to import: only for a name with titles

    parsed = HumanName(cleaned)
    given = str(parsed.first or parsed.last or words[0]).strip(" ,")
    return given or words[0]
