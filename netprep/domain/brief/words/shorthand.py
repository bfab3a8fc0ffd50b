"""Note shorthand spelled out for saying aloud: "w/" is "with", "yrs" is "years"."""

from __future__ import annotations

import re

_SHORTHAND = [
    (r"\byrs\b", "years"),
    (r"\byr\b", "year"),
    (r"\bmths\b", "months"),
    (r"\bmos\b", "months"),
    (r"\bmgmt\b", "management"),
    (r"\bmgr\b", "manager"),
    (r"\bw/o\b", "without"),
    (r"\bw/(?=\s|\w)", "with "),
    (r"\bb/c\b", "because"),
    (r"\bapprox\.?\s*", "about "),
    (r"~\s*(?=\d)", "about "),
    (r"\s&\s", " and "),
    (r"\s@\s", " at "),
    (r"\bgovt\b", "government"),
    (r"\bdept\b", "department"),
    (r"\bppl\b", "people"),
    (r"\bthru\b", "through"),
    (r"\bsvcs\b", "services"),
    (r"\bconf\b", "conference"),
    (r"\bb4\b", "before"),
    (r"\bbiz\b", "business"),
    (r"\beng team\b", "engineering team"),
    (r"\bsth\b", "something"),
    (r"\bpls\b", "please"),
    # "portfolio cos are struggling": companies; "cos she's busy": because
    (
        r"(?<=\w)\s+cos\b(?=\s+(?:are|were|that|which|who|in|on|with|and|or|like)\b|\s*[,.;:?!)]|\s*$)",
        " companies",
    ),
    (r"\bcos\b", "because"),
    (r"\babt\b", "about"),
    (r"\bwks\b", "weeks"),
    (r"\bwk\b", "week"),
    (r"\bhrs\b", "hours"),
    (r"\bmins\b", "minutes"),
    (r"\bqual\b", "qualification"),
    (r"\bquals\b", "qualifications"),
    (r"\bdata eng\b", "data engineering"),
    (r"\buni\b", "university"),
    (r"\bhes\b", "he's"),
    (r"\bshes\b", "she's"),
    (r"\bhed\b", "he'd"),
    (r"\bdont\b", "don't"),
    (r"\bcant\b", "can't"),
    (r"\bdoesnt\b", "doesn't"),
    (r"\bisnt\b", "isn't"),
    (r"\bbc\b", "because"),
    (r"\bteh\b", "the"),
    (r"\s*(?:->|=>|→)\s*", " to "),  # "agency -> product"
    (r"\bqs\b", "questions"),
    (r"\bq's\b", "questions"),
]


def expand_shorthand(text: str) -> str:
    for pattern, replacement in _SHORTHAND:
        text = re.sub(pattern, replacement, text, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text).strip()
