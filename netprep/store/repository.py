"""Repositories: one per record type, each backed by one TinyDB table.

A repository keeps the records in memory (keyed by ``id``) so lists and searches
never re-parse documents; its table's storage persists each save as one change
(see table_file.py), or, inside a transaction, stages it to be saved with the
transaction's other changes (see transaction.py; memory is rolled back if the
transaction does not commit). ``get`` returns a copy that the caller may edit and pass
back to ``save``; ``all`` returns the shared instances, which callers must treat as
read-only. A document that makes no record is not loaded: it is listed in
``unreadable`` (doc id -> why) for the store to set aside.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from contextlib import nullcontext
from typing import Any, Generic, TypeVar

from tinydb.table import Table

from netprep.domain.clock import Clock
from netprep.domain.records import Record
from netprep.store.mapping import clone, from_document, to_document
from netprep.store.table_file import TableFileStorage, paused_gc
from netprep.store.transaction import Transactions

R = TypeVar("R", bound=Record)
#: Saves of more records than this hold off the cycle collector (see table_file.paused_gc):
#: an import of 30,000 contacts otherwise spends half its time in collections.
BULK = 1000


class Repository(Generic[R]):
    def __init__(
        self,
        table: Table,
        record_type: type[R],
        clock: Clock,
        transactions: Transactions | None = None,
    ) -> None:
        self._table = table
        self._type = record_type
        self._clock = clock
        self._transactions = transactions
        self._records: dict[str, R] = {}
        self._doc_ids: dict[str, int] = {}
        self.unreadable: dict[str, str] = {}
        documents = _documents(table)
        for key, doc in documents.items():
            try:
                record = from_document(record_type, doc)
            except (ValueError, TypeError, AttributeError) as exc:
                self.unreadable[key] = f"it does not fit a {record_type.__name__.lower()}: {exc}"
                continue
            self._records[record.id] = record
            self._doc_ids[record.id] = int(key)
        self._next_doc_id = max((int(k) for k in documents), default=0) + 1
        self._indexes: dict[str, dict[Any, set[str]]] = {}

    # -- reading ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._records

    def get(self, record_id: str) -> R | None:
        record = self._records.get(record_id)
        return clone(record) if record is not None else None

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
        """Insert or update many records in one write.

        Raises ValueError (naming the field) before writing anything if a record holds a
        value its field cannot (it could not be read back).
        """
        records = list(records)
        with paused_gc() if len(records) > BULK else nullcontext():
            return self._save_many(records)

    def _save_many(self, records: list[R]) -> list[R]:
        now = self._clock.now().isoformat()
        puts: dict[str, dict[str, Any]] = {}
        stamped: list[R] = []
        new_doc_ids: dict[str, int] = {}
        next_doc_id = self._next_doc_id
        build = self._type
        for record in records:
            doc = to_document(record)
            created = record.created_at
            doc["created_at"] = now if created is None else to_document(created)
            doc["updated_at"] = now
            stamped.append(from_document(build, doc))  # a copy, and proof it reads back
            doc_id = self._doc_ids.get(record.id) or new_doc_ids.get(record.id)
            if doc_id is None:
                doc_id = new_doc_ids[record.id] = next_doc_id
                next_doc_id += 1
            puts[str(doc_id)] = doc
        self._remember([r.id for r in stamped])
        self._write(puts, [])
        self._next_doc_id = next_doc_id
        self._doc_ids.update(new_doc_ids)
        for record in stamped:
            self._unindex(record.id)
            self._records[record.id] = record
            self._reindex(record)
        return [clone(record) for record in stamped]  # the caller's own copies

    def delete(self, record_id: str) -> R | None:
        deleted = self.delete_many([record_id])
        return deleted[0] if deleted else None

    def delete_many(self, record_ids: Iterable[str]) -> list[R]:
        """Remove records in one write; returns what was removed (for undo)."""
        ids = [i for i in dict.fromkeys(record_ids) if i in self._records]
        if not ids:
            return []
        self._remember(ids)
        self._write({}, [str(self._doc_ids[i]) for i in ids])
        removed = []
        for record_id in ids:
            self._unindex(record_id)
            removed.append(self._records.pop(record_id))
            del self._doc_ids[record_id]
        return removed

    # -- transactions ----------------------------------------------------------------------

    def _write(self, puts: dict[str, dict[str, Any]], deletes: list[str]) -> None:
        transactions = self._transactions
        if transactions is not None and transactions.active:
            _storage(self._table).check_writable()
            transactions.stage(_storage(self._table), puts, deletes)
        else:
            _write(self._table, puts, deletes)

    def _remember(self, ids: list[str]) -> None:
        """Inside a transaction: how to put these records back if it does not commit."""
        transactions = self._transactions
        if transactions is None or not transactions.active:
            return
        records = {i: self._records.get(i) for i in ids}
        doc_ids = {i: self._doc_ids.get(i) for i in ids}
        next_doc_id = self._next_doc_id

        def undo() -> None:
            for record_id, record in records.items():
                self._unindex(record_id)
                self._records.pop(record_id, None)
                self._doc_ids.pop(record_id, None)
                doc_id = doc_ids[record_id]
                if record is not None and doc_id is not None:
                    self._records[record_id] = record
                    self._doc_ids[record_id] = doc_id
                    self._reindex(record)
            self._next_doc_id = next_doc_id
            self._table.clear_cache()

        transactions.on_rollback(undo)

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


def _storage(table: Table) -> TableFileStorage:
    storage = table.storage
    if not isinstance(storage, TableFileStorage):
        raise TypeError(f"the {table.name} table is not kept in a TableFileStorage")
    return storage


def _documents(table: Table) -> dict[str, dict[str, Any]]:
    """The table's documents by doc id, as stored (TinyDB's ``all()`` would copy each)."""
    return _storage(table).read().get(table.name, {})


def _write(table: Table, puts: dict[str, dict[str, Any]], deletes: Collection[str]) -> None:
    """Put and delete documents (keyed by doc id) in one storage write.

    TinyDB's public API rewrites the whole table per call; the table file storage
    takes just the change (see table_file.py), and this is the one place that uses it.
    """
    _storage(table).apply(puts, deletes)
    table.clear_cache()
