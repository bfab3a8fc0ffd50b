"""The choices of a form's REF field (e.g. "Referred by": every contact, 30,000 of them):
labels told apart when two people share a name, sorted, with the look-ups the form keeps.
Pure Python (no Qt): built on a worker thread, handed to the form (record_form.py)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass


@dataclass
class RefChoices:
    """A REF field's choices: labels told apart, sorted, and the look-ups the form keeps."""

    details: dict[str, str]  # id -> email or company
    refs: dict[str, str]  # label -> id
    labels: dict[str, str]  # id -> label
    keys: list[str]  # folded labels, in the list's order
    raw: dict[str, str]  # id -> name as given
    members: dict[str, set[str]]  # folded name -> ids
    shown: list[str]  # the labels, in the list's order (as built: the completer's from then)

    @classmethod
    def build(cls, choices: list[tuple[str, str]], details: dict[str, str]) -> RefChoices:
        """From (name, id) pairs, and ``details`` (id -> email or company) that tell two of
        the same name apart. Pure Python (no Qt): safe to run on a worker thread."""
        groups: dict[str, list[tuple[str, str]]] = {}
        for label, value in choices:
            groups.setdefault(label.casefold(), []).append((label, value))
        members = {folded: {value for _, value in group} for folded, group in groups.items()}
        labels = sorted(
            (pair for group in groups.values() for pair in told_apart(group, details)),
            key=lambda c: c[0].casefold(),
        )
        shown = [label for label, _ in labels]
        keys, raw = [label.casefold() for label in shown], {v: label for label, v in choices}
        ids = {value: label for label, value in labels}
        return cls(details, dict(labels), ids, keys, raw, members, shown)


def told_apart(group: list[tuple[str, str]], details: dict[str, str]) -> list[tuple[str, str]]:
    """(label, id) of the contacts sharing one name, each label made unique."""
    if len(group) == 1:
        return group
    seen = Counter(details.get(value, "") for _, value in group)
    return [
        (f"{label} ({detail})" if detail and seen[detail] == 1 else f"{label} ({value[:6]})", value)
        for label, value in group
        for detail in (details.get(value, ""),)
    ]
