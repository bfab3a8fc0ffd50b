"""A shared school, however the note writes it: "lse too (msc econ)", "MIT alum", "tu berlin".

The user lists schools in full ("London School of Economics"); notes abbreviate,
lower-case and misspell them. A shared school is one of the strongest openers, so each
of the user's schools is looked for under its usual names: the full name (one typo
forgiven, through rapidfuzz), its initials (LSE, MIT, UCL), a common short form ("TU
Berlin"), or its city ("Manchester") when the note also says it is about study. A
contact who works at the user's old university shares it too.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from netprep.domain.brief.model import Evidence
from netprep.domain.brief.reading.sources import Passage
from netprep.domain.brief.sections.hooks import Hook
from netprep.domain.brief.words.orgs import acronym, with_article
from netprep.domain.records import Contact, Profile

SCHOOL_SCORE = 8.0
_STUDY = re.compile(
    r"\b(?:alum(?:na|nus|ni)?|grad(?:uate|uated)?|studied|study|degree|uni|university|college"
    r"|msc|ms|ma|mba|mphil|phd|dphil|bsc|ba|beng|meng|llb|llm|md|class of|phd|postdoc|masters?"
    r"|bachelors?|doctorate|same uni|too|like me|went to)\b",
    re.IGNORECASE,
)
_PREFIXES = re.compile(
    r"^(?:the\s+)?(?:university of|univ\.? of|universidad de|université de|universität|"
    r"technische universität|technical university of|tu)\s+",
    re.IGNORECASE,
)
_SHORT_FORMS = {"technische universität": "TU", "technical university": "TU"}
_TYPO_SCORE = 92


def school_aliases(school: str) -> tuple[list[str], list[str]]:
    """(names that alone mean the school, names that need a word about study nearby)."""
    full = " ".join(school.split())
    strong = [full]
    weak: list[str] = []
    initials = acronym(full)
    if 2 <= len(initials) <= 6 and len(full.split()) > 1:
        weak.append(initials)  # "MIT", "LSE": short words that could mean something else
    lowered = full.casefold()
    for long_, short in _SHORT_FORMS.items():
        if lowered.startswith(long_):
            rest = full[len(long_) :].strip()
            if rest:
                strong.append(f"{short} {rest}")  # "TU Berlin"
    city = _PREFIXES.sub("", full).strip()
    if city and city != full and len(city.split()) <= 2:
        weak.append(city)  # "Manchester" for the University of Manchester
    return strong, weak


def school_hooks(
    profile: Profile, contact: Contact, passages: list[Passage], first: str
) -> list[Hook]:
    """One hook per school the user shares with them, naming how the note put it."""
    hooks: list[Hook] = []
    for school in profile.schools:
        if not school.strip():
            continue
        strong, weak = school_aliases(school)
        found = _found_in(passages, strong, weak)
        if found is not None:
            passage, said = found
            hooks.append(
                Hook(
                    "school",
                    f"Same university: {school.strip()} ({first}: “{said}”)",
                    f"Like you, I studied at {with_article(school.strip())}.",
                    SCHOOL_SCORE,
                    (Evidence("profile: schools", school), passage.evidence()),
                )
            )
            continue
        if _same_name(contact.company, strong):
            hooks.append(
                Hook(
                    "school",
                    f"Your university: {first} works at {school.strip()}, where you studied",
                    f"I studied at {with_article(school.strip())}, so I was keen to hear how it "
                    "looks from the inside.",
                    SCHOOL_SCORE - 1,
                    (
                        Evidence("profile: schools", school),
                        Evidence("contact: company", contact.company),
                    ),
                )
            )
    return hooks


def _found_in(
    passages: list[Passage], strong: list[str], weak: list[str]
) -> tuple[Passage, str] | None:
    for passage in passages:
        if passage.field in ("role", "company", "location"):
            continue
        text = passage.text
        for name in strong:
            hit = _word_search(name, text) or _near(name, text)
            if hit:
                return passage, hit
        if _STUDY.search(text):
            for name in weak:
                hit = _word_search(name, text, alone=not name.isupper())
                if hit and (name.isupper() or len(name) > 3):
                    return passage, hit
    return None


def _word_search(name: str, text: str, *, alone: bool = False) -> str:
    """``name`` as whole words; ``alone``: not part of a longer name ("Leeds Beckett")."""
    for match in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", text, re.IGNORECASE):
        after = text[match.end() :].lstrip()
        before = text[: match.start()].rstrip()
        if alone and (_NAME_AFTER.match(after) or _NAME_BEFORE.search(before)):
            continue
        return match.group(0)
    return ""


# A city inside another institution's name: "Leeds Beckett", "Manchester Met", "UWE Bristol".
_NAME_AFTER = re.compile(
    r"(?!(?i:uni|university|college|school|too|alum|grad)\b)"
    r"(?:[A-Z][\w'’-]+|(?i:met|metropolitan|city|trinity|beckett)\b)"
)
_NAME_BEFORE = re.compile(r"(?:(?<!of )\b[A-Z][\w'’-]+|(?i:of the west of|uwe))$")


def _near(name: str, text: str) -> str:
    """The full name written with a typo ("Univeristy of Manchster")."""
    if len(name) < 12 or len(text) < len(name) - 2:
        return ""
    alignment = fuzz.partial_ratio_alignment(name.casefold(), text.casefold())
    if alignment is None or alignment.score < _TYPO_SCORE:
        return ""
    return text[alignment.dest_start : alignment.dest_end]


def _same_name(company: str, names: list[str]) -> bool:
    folded = " ".join(company.casefold().split())
    return bool(folded) and any(folded == n.casefold() for n in names)
