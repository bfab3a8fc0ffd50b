"""The words for a shared interest: one line for the brief, one sentence to say aloud."""

from __future__ import annotations

import re

from netprep.domain.brief.taxonomy import Concept, Mention, RelationKind
from netprep.domain.brief.words.text import term_key


def interest_text(shared: Concept, mine: Mention, theirs: Mention, first: str) -> str:
    """'Shared interest: Premier League (Tomás: Arsenal; you: Chelsea)'."""
    details = []
    said = [m.concept.label if m.typo else m.matched for m in (theirs, mine)]
    if not _same_word(said[0], shared.label):
        details.append(f"{first}: {said[0]}")
    if not _same_word(said[1], shared.label):
        details.append(f"you: {said[1]}")
    tail = f" ({'; '.join(details)})" if details else ""
    return f"Shared interest: {shared.label}{tail}"


_GOES = re.compile(r"^(?:goes|go|went|going)\s+", re.IGNORECASE)
_ENDING = re.compile(r"(?:ing|es|ed|er|s)$")


def _same_word(said: str, label: str) -> bool:
    """ "fishes", "went fishing" are the label "fishing" said as a verb: nothing to add."""
    said = _GOES.sub("", said)
    if term_key(said) == term_key(label):
        return True
    if " " in said.strip() or " " in label.strip():
        return False
    return _ENDING.sub("", term_key(said)) == _ENDING.sub("", term_key(label))


def _a(word: str) -> str:
    return "an" if word[:1].casefold() in "aeiou" else "a"


def interest_sentence(
    kind: RelationKind, shared: Concept, mine: Mention, theirs: Mention, my_listed: bool = True
) -> str:
    """The self-summary's third sentence, said to the contact."""
    my_label = mine.concept.label
    their_label = theirs.concept.label
    fan = shared.style == "fan"
    if shared.kind == "professional" and not my_listed:
        return f"Like you, I have a background in {shared.label}."
    if kind is RelationKind.SAME:
        if fan and shared.depth >= 3:
            return f"Like you, I'm {_a(shared.label)} {shared.label} fan."
        if fan:
            return f"Like you, I follow {shared.says}."
        return f"Like you, I'm into {shared.says}."
    if kind is RelationKind.BROADER:  # theirs is the more specific
        return (
            f"Like you, I follow {mine.concept.says}."
            if fan
            else f"Like you, I'm into {mine.concept.says}."
        )
    if kind is RelationKind.NARROWER:  # mine is the more specific
        if fan:
            return f"Like you, I follow {theirs.concept.says} — {my_label}, in my case."
        return f"Like you, I'm into {theirs.concept.says} — {my_label}, in my case."
    if kind is RelationKind.SIBLING:
        if fan and mine.concept.style == "fan":
            return f"Like you, I follow {shared.says}, though I support {my_label}."
        return f"Like you, I'm into {shared.says} — {my_label}, in my case."
    return f"I'm into {mine.concept.says}, which isn't far from your interest in {their_label}."
