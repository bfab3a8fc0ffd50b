"""Fold one word to a matching form: case, accents, plurals, British/American spelling.

The folded form is only ever compared with other folded forms, so it need not be a
real word: "colours" and "color" both become "color", "organisations" and
"organization" both become "organization". What matters is that both sides of a
comparison go through the same function.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one block of text (easier to read and edit as data)."""
    return frozenset(text.split())


_IRREGULAR_PLURALS = {
    "children": "child",
    "people": "person",
    "women": "woman",
    "men": "man",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "grandchildren": "grandchild",
}

# Words that end in "s" but are not plurals (or whose singular would mislead).
_KEEP_S = word_set(
    """
    news series species this his its has was is us yes plus less unless always perhaps tennis
    chess glass gas bus process business access success address class boss miss cross grass
    press dress lens christmas analysis basis crisis thesis diabetes pilates olympics
    paralympics lyons wales athens jones as does whereas campus bonus virus status census focus
    genius chorus octopus canvas atlas alias bias yours ours theirs hers
    """
)

_SPELLING = {
    "grey": "gray",
    "mum": "mom",
    "mums": "mom",
    "aluminium": "aluminum",
    "tyre": "tire",
    "cheque": "check",
    "kerb": "curb",
    "plough": "plow",
    "sceptic": "skeptic",
    "sceptical": "skeptical",
    "defence": "defense",
    "licence": "license",
    "offence": "offense",
    "practise": "practice",
    "pyjamas": "pajamas",
    "maths": "math",
    "jewellery": "jewelry",
    "enrol": "enroll",
    "fulfil": "fulfill",
    "draught": "draft",
    "whisky": "whiskey",
    "yoghurt": "yogurt",
    "mould": "mold",
    "doughnut": "donut",
    "storey": "story",
    "judgement": "judgment",
    "ageing": "aging",
    "programme": "program",
    "programmes": "program",
    "catalogue": "catalog",
    "dialogue": "dialog",
    "analogue": "analog",
    "artefact": "artifact",
    "cosy": "cozy",
    "manoeuvre": "maneuver",
    "oesophagus": "esophagus",
    "oestrogen": "estrogen",
    "diarrhoea": "diarrhea",
    "foetus": "fetus",
    "theatre": "theater",
    "theatres": "theater",
    "centre": "center",
    "centres": "center",
    "metre": "meter",
    "litre": "liter",
    "fibre": "fiber",
    "calibre": "caliber",
    "sabre": "saber",
    "lustre": "luster",
    "sombre": "somber",
    "meagre": "meager",
    "spectre": "specter",
    "favourite": "favorite",
}

_OUR_STEMS = (
    "colo|flavo|favo|behavio|neighbo|labo|hono|humo|harbo|rumo|savo|endeavo|vapo|armo|odo"
    "|parlo|valo|glamo|vigo|rigo|tumo|cando|clamo|splendo|fervo"
)
_OUR = re.compile(rf"^({_OUR_STEMS})ur(s|ed|ing|ite|ites|able|ful|less|ly|er|ers|hood)?$")
_AE_STEMS = re.compile(r"^(p|an|orthop|h|leuk|gyn|encyclop|archa|anaesth)ae")
_ISE = re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|er|ers|ation\w*)$")
_YSE = re.compile(r"(?<=[a-z]{3})ys(e|ed|es|ing|er|ers)$")
_DOUBLE_L = re.compile(r"(?<=[aeiou])ll(ing|ed|er|ers)$")


def strip_accents(text: str) -> str:
    """'Tomás' -> 'Tomas', 'café' -> 'cafe' (so accents never block a match)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def singular(word: str) -> str:
    """A rough singular: good enough to match 'marathons' with 'marathon'."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if len(word) <= 3 or word in _KEEP_S or not word.endswith("s"):
        return word
    if word.endswith(("ss", "us", "is", "ics", "'s")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    return word[:-1]


@lru_cache(maxsize=1 << 16)
def american(word: str) -> str:
    """Map British spellings (and near variants) onto one form."""
    if word in _SPELLING:
        return _SPELLING[word]
    word = _OUR.sub(r"\1r\2", word)
    word = _AE_STEMS.sub(r"\1e", word)
    if word.startswith("oe") and len(word) > 5:
        word = "e" + word[2:]
    word = _ISE.sub(r"iz\1", word)
    word = _YSE.sub(r"yz\1", word)
    return _DOUBLE_L.sub(r"l\1", word)


@lru_cache(maxsize=1 << 18)
def fold_word(word: str) -> str:
    """The matching form of one word (cached: notes repeat the same words endlessly).

    The cache is large because a big network has a large vocabulary: once it overflows,
    every word pays for the regular expressions in ``american`` again.
    """
    word = strip_accents(word).casefold().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace("'", "")
    return american(singular(word))
