"""Is "KPMG UK" the same employer as "KPMG"? Is "MSc at Leeds" the University of Leeds?

Names of organisations, schools and places are compared by their telling words
(generic words like "Ltd", "University", "NHS Trust" dropped) or by acronym
("UCL" = "University College London"). Two different names that share one word
("Leeds Beckett" and "Leeds") do not match.
"""

from __future__ import annotations

import re

from netprep.domain.brief.words.spelling import word_set
from netprep.domain.brief.words.text import term_key, tokens

_GENERIC_ORG = word_set(
    """
    ltd limited plc inc llc llp corp corporation group co company holding uk us usa
    international global nhs trust foundation the and of
    """
)
_GENERIC_SCHOOL = word_set(
    """
    university uni college school institute of the and at
    """
)
_COUNTRIES = (
    "UK, United Kingdom, England, Scotland, Wales, Northern Ireland, GB, Great Britain, USA, US, "
    "United States, America, Ireland, Deutschland, Germany, France, Canada, Australia"
)

_COUNTRY_KEYS = frozenset(term_key(c) for c in _COUNTRIES.split(","))


def org_key(name: str, *, school: bool = False) -> frozenset[str]:
    generic = _GENERIC_SCHOOL if school else _GENERIC_ORG
    return frozenset(t.folded for t in tokens(name) if t.folded not in generic)


def acronym(name: str) -> str:
    words = [t.text for t in tokens(name) if t.text[:1].isupper()]
    return "".join(w[0] for w in words).upper()


def same_org(first: str, second: str, *, school: bool = False) -> bool:
    """True when two written names very likely mean the same organisation."""
    a, b = org_key(first, school=school), org_key(second, school=school)
    if a and a == b:
        return True
    for short, long_ in ((first, second), (second, first)):
        bare = short.strip()
        is_acronym = bare.isupper() and 2 <= len(bare) <= 6 and " " not in bare
        if is_acronym and len(tokens(long_)) > 1 and acronym(long_) == bare:
            return True
    return False


# "at the Department for Education", "at the Bank of England"; never "at the Monzo".
_INSTITUTION = re.compile(
    r"^(?:university|college|institute|school|department|ministry|office|bureau|agency|council"
    r"|museum|society|foundation|bank|board|commission|centre|center|court|house|institution"
    r"|library)\s+(?:of|for)\s",
    re.IGNORECASE,
)


def with_article(school: str) -> str:
    """'University of Leeds' -> 'the University of Leeds', 'Department for Education' -> 'the
    Department for Education'; 'Leeds', 'University Hospitals Birmingham' stay as they are."""
    return f"the {school}" if _INSTITUTION.match(school) else school


def city_key(location: str) -> str:
    """The telling part of a location: 'Leeds, West Yorkshire, UK' -> 'leeds'."""
    for part in location.split(","):
        key = term_key(part)
        if key and key not in _COUNTRY_KEYS:
            return key
    return ""


def city_name(location: str) -> str:
    for part in location.split(","):
        if city_key(part):
            return part.strip()
    return location.strip()
