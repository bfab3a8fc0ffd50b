"""Repositories: one per record type, each backed by one TinyDB table.

A repository keeps the records in memory (keyed by ``id``) so lists and searches
never re-parse documents; TinyDB persists them. ``get`` returns a copy that the
caller may edit and pass back to ``save``; ``all`` returns the shared instances,
which callers must treat as read-only.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from tinydb.table import Table

from netprep.domain.clock import Clock
from netprep.domain.records import Record
from netprep.store.mapping import from_document, to_document

R = TypeVar("R", bound=Record)


class Repository(Generic[R]):
    def __init__(self, table: Table, record_type: type[R], clock: Clock) -> None:
        self._table = table
        self._type = record_type
        self._clock = clock
        self._records: dict[str, R] = {}
        self._doc_ids: dict[str, int] = {}
        for doc in table.all():
            record = from_document(record_type, doc)
            self._records[record.id] = record
            self._doc_ids[record.id] = doc.doc_id
        self._indexes: dict[str, dict[Any, set[str]]] = {}

    # -- reading ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._records

    def get(self, record_id: str) -> R | None:
        record = self._records.get(record_id)
        return copy.deepcopy(record) if record is not None else None

    def all(self) -> list[R]:
        return list(self._records.values())

    def where(self, field: str, value: Any) -> list[R]:
        """Records whose ``field`` equals ``value`` (through an index kept up to date)."""
        index = self._index(field)
        return [self._records[i] for i in index.get(value, ())]

    # -- writing ---------------------------------------------------------------------------

    def save(self, record: R) -> R:
        """Insert or update one record; returns it with its timestamps set."""
        return self.save_many([record])[0]

    def save_many(self, records: Iterable[R]) -> list[R]:
        """Insert or update many records in one write."""
        now = self._clock.now()
        stamped = []
        for record in records:
            record = copy.deepcopy(record)
            record.created_at = record.created_at or now
            record.updated_at = now
            stamped.append(record)
        docs = {r.id: to_document(r) for r in stamped}
        new_doc_ids: dict[str, int] = {}

        def apply(table: dict[int, dict[str, Any]]) -> None:
            next_id = max(table, default=0) + 1
            for record_id, doc in docs.items():
                doc_id = self._doc_ids.get(record_id)
                if doc_id is None:
                    doc_id = next_id
                    next_id += 1
                    new_doc_ids[record_id] = doc_id
                table[doc_id] = doc

        _bulk_update(self._table, apply)
        self._doc_ids.update(new_doc_ids)
        for record in stamped:
            self._unindex(record.id)
            self._records[record.id] = record
            self._reindex(record)
        return [copy.deepcopy(r) for r in stamped]

    def delete(self, record_id: str) -> R | None:
        deleted = self.delete_many([record_id])
        return deleted[0] if deleted else None

    def delete_many(self, record_ids: Iterable[str]) -> list[R]:
        """Remove records in one write; returns what was removed (for undo)."""
        ids = [i for i in dict.fromkeys(record_ids) if i in self._records]
        if not ids:
            return []
        doc_ids = [self._doc_ids[i] for i in ids]
        self._table.remove(doc_ids=doc_ids)
        removed = []
        for record_id in ids:
            self._unindex(record_id)
            removed.append(self._records.pop(record_id))
            del self._doc_ids[record_id]
        return removed

    # -- indexes ---------------------------------------------------------------------------

    def _index(self, field: str) -> dict[Any, set[str]]:
        index = self._indexes.get(field)
        if index is None:
            index = {}
            for record in self._records.values():
                index.setdefault(getattr(record, field), set()).add(record.id)
            self._indexes[field] = index
        return index

    def _unindex(self, record_id: str) -> None:
        old = self._records.get(record_id)
        if old is None:
            return
        for field, index in self._indexes.items():
            ids = index.get(getattr(old, field))
            if ids:
                ids.discard(record_id)

    def _reindex(self, record: R) -> None:
        for field, index in self._indexes.items():
            index.setdefault(getattr(record, field), set()).add(record.id)


def _bulk_update(table: Table, apply: Callable[[dict[int, dict[str, Any]]], None]) -> None:
    """Apply many inserts/updates to a table in a single storage write.

    TinyDB's public API writes once per call (or matches a query per document);
    its table updater is the one place that takes a whole batch at once.
    """
    table._update_table(apply)
