"""The one place the transfer services write: a Change saved as one transaction.

An import, its undo, a merge and its undo each become one :class:`Change` (records to
put and ids to delete, per table). :func:`apply_change` saves it inside the store's
cross-table transaction, so after a crash it is all there or not at all; it returns
the Change that undoes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from netprep.domain.records import Profile, Record
from netprep.store.repository import Repository
from netprep.store.store import Store

TABLES = ("contacts", "notes", "meetings", "interactions", "referrals", "followups")


@dataclass
class Change:
    puts: dict[str, list[Record]] = field(default_factory=dict)
    deletes: dict[str, list[str]] = field(default_factory=dict)
    profile: Profile | None = None

    def put(self, table: str, records: list[Record]) -> None:
        if records:
            self.puts.setdefault(table, []).extend(records)

    @property
    def is_empty(self) -> bool:
        has_puts = any(self.puts.values())
        return not (has_puts or any(self.deletes.values()) or self.profile is not None)


@dataclass
class UndoStep:
    label: str  # "import of Connections.csv", "merge of Ann Lee into Ann B. Lee"
    change: Change


class UndoHistory:
    """Imports and merges, newest last: each can be taken back, newest first."""

    def __init__(self) -> None:
        self._steps: list[UndoStep] = []

    def push(self, label: str, change: Change) -> None:
        self._steps.append(UndoStep(label, change))

    @property
    def last_label(self) -> str:
        return self._steps[-1].label if self._steps else ""

    def pop(self) -> UndoStep | None:
        return self._steps.pop() if self._steps else None


def repository(store: Store, table: str) -> Repository[Any]:
    if table not in TABLES:
        raise KeyError(table)
    return cast(Repository[Any], getattr(store, table))


def apply_change(store: Store, change: Change) -> Change:
    """Save ``change`` as one write; returns the Change that puts everything back."""
    undo = Change()
    for table, records in change.puts.items():
        repo = repository(store, table)
        before = [repo.get(r.id) if r.id in repo else None for r in records]
        undo.put(table, [old for old in before if old is not None])
        added = [r.id for r, old in zip(records, before, strict=True) if old is None]
        if added:
            undo.deletes.setdefault(table, []).extend(added)
    for table, ids in change.deletes.items():
        repo = repository(store, table)
        undo.put(table, [old for i in ids if (old := repo.get(i)) is not None])
    if change.profile is not None:
        undo.profile = store.profile.get()
    with store.transaction():
        for table, records in change.puts.items():
            if records:
                repository(store, table).save_many(records)
        for table, ids in change.deletes.items():
            if ids:
                repository(store, table).delete_many(ids)
        if change.profile is not None:
            store.profile.save(change.profile)
    return undo
