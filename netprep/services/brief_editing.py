"""Edits a user makes to a prepared brief: swapping a question for a ranked alternative.

Pure functions on copies, so the GUI can offer a swap, show the result, and
still hold the brief it started from (and so the rule is tested without Qt).
"""

from __future__ import annotations

from copy import deepcopy

from netprep.domain.brief.model import Brief, Question


def alternatives_for(brief: Brief, index: int) -> list[Question]:
    """The ranked alternatives of the same kind as question ``index`` (best first)."""
    if not 0 <= index < len(brief.questions):
        return []
    kind = brief.questions[index].kind
    return [alt for alt in brief.alternatives if alt.kind == kind]


def swap_question(brief: Brief, index: int, alternative: int) -> Brief:
    """A copy of ``brief``: question ``index`` replaced by its ``alternative``-th same-kind one.

    The question swapped out takes the alternative's place in the list, so
    swapping again can bring it back and nothing the builder found is lost.
    """
    same_kind = alternatives_for(brief, index)
    if not 0 <= alternative < len(same_kind):
        raise IndexError(f"question {index + 1} has no alternative {alternative + 1}")
    chosen = same_kind[alternative]
    result = deepcopy(brief)
    position = next(i for i, alt in enumerate(brief.alternatives) if alt is chosen)
    result.questions[index], result.alternatives[position] = (
        result.alternatives[position],
        result.questions[index],
    )
    return result
