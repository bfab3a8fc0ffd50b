"""What a contact becomes when another description of the same person is added to it.

The proposal keeps every value the user already has, fills empty fields from the
other side and adds list entries (emails, phones, links, tags) it does not yet hold.
"""

from __future__ import annotations

import copy
import dataclasses
import enum
from collections.abc import Callable
from typing import Any

from netprep.domain.records import Contact
from netprep.services.transfer.normalise import normalise_url, phone_key

_NOT_MERGED = frozenset({"id", "created_at", "updated_at"})
LIST_KEYS: dict[str, Callable[[str], str]] = {
    "emails": str.casefold,
    "phones": phone_key,
    "links": normalise_url,
}


def fill_in(existing: Contact, other: Contact) -> tuple[Contact, list[str]]:
    """``existing`` with ``other``'s details added, and a line per change (``existing``
    itself, not a copy, when nothing changes).

    Goes by the Contact's fields, so a field added later merges without a change here:
    text fills an empty one, a list gains the entries it lacks, anything else fills a
    field that is empty (None, or the enum's empty member).
    """
    updates: dict[str, Any] = {}
    changes: list[str] = []
    for spec in dataclasses.fields(Contact):
        name = spec.name
        if name in _NOT_MERGED:
            continue
        mine, theirs = getattr(existing, name), getattr(other, name)
        if theirs == mine or not theirs:
            continue
        label = name.replace("_", " ")
        if isinstance(mine, list):
            key = LIST_KEYS.get(name, _fold)
            known = {key(str(v)) for v in mine}
            added = list(dict.fromkeys(v for v in theirs if key(str(v)) not in known))
            if added:
                updates[name] = [*mine, *added]
                changes.append(f"{label}: + " + ", ".join(map(str, added)))
        elif isinstance(mine, str) and not isinstance(mine, enum.Enum):
            if not mine.strip() and isinstance(theirs, str) and theirs.strip():
                updates[name] = theirs
                changes.append(f"{label}: {_short(theirs)}")
        elif _empty(mine) and not _empty(theirs):
            if name == "referred_by" and theirs == existing.id:
                continue
            updates[name] = theirs
            changes.append(f"{label}: {_short(str(getattr(theirs, 'label', theirs)))}")
    if not updates:
        return existing, []
    merged = copy.deepcopy(existing)
    for name, value in updates.items():
        setattr(merged, name, copy.deepcopy(value))
    return merged, changes


def _fold(text: str) -> str:
    return text.casefold()


def _empty(value: object) -> bool:
    if isinstance(value, enum.Enum):
        return not value.value
    return value is None


def _short(text: str, limit: int = 60) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"
