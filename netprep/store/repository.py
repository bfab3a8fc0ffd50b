"""Repositories: one per record type, each backed by one TinyDB table.

A repository keeps the records in memory (keyed by ``id``) so lists and searches
never re-parse documents, and holds each record once (the storage keeps no parsed
copy). A lazy table (notes: see database.LAZY_TABLES) keeps only each record's doc id
and the fields it is looked up by (database.LAZY_TABLES), read from the bytes without parsing
them; its records are read from the file when asked for (``get``, ``where``, ``all``
return fresh copies). Its table's storage persists each save as one change
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
from datetime import datetime
from itertools import compress
from typing import Any, Generic, TypeVar

import orjson
from tinydb.table import Table

from netprep.domain.clock import Clock
from netprep.domain.message import Message
from netprep.domain.records import Record
from netprep.store.database import LAZY_TABLES
from netprep.store.file_format import Peeked, peek_text
from netprep.store.mapping import clone, from_document, to_document
from netprep.store.opening.record_loader import loader
from netprep.store.table_file import TableFileStorage, paused_gc
from netprep.store.transaction import Transactions

R = TypeVar("R", bound=Record)
#: Fields whose values repeat across records (30,000 contacts, a few hundred companies):
#: held as one string each, not one per record.
SHARED_TEXT = {"contacts": ("company", "role", "location", "tags", "interests")}
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
        self._indexes: dict[str, dict[Any, Any]] = {}  # field -> value -> ids (see _index_add)
        self._staged: dict[str, dict[str, Any] | None] = {}  # lazy: by doc id, until commit
        self.unreadable: dict[str, str] = {}
        storage = _storage(table)
        self._lazy = table.name in LAZY_TABLES
        if self._lazy:
            self._locate(storage, LAZY_TABLES[table.name])
        else:
            load, strings = loader(record_type, SHARED_TEXT.get(table.name, ())), {"": ""}
            records, doc_ids = self._records, self._doc_ids
            moments: dict[str, datetime] = {}
            for key, doc in storage.take_docs():  # one at a time: never all the documents
                try:
                    record = load(doc, strings, moments)
                except (ValueError, TypeError, AttributeError) as exc:
                    self._unreadable(key, exc)
                    continue
                records[record.id] = record
                doc_ids[record.id] = int(key)
        known = [*self._doc_ids.values(), *map(int, self.unreadable)]
        self._next_doc_id = max(known, default=0) + 1

    def _read(self, key: str, doc: Any) -> R | None:
        try:
            return from_document(self._type, doc)
        except (ValueError, TypeError, AttributeError) as exc:
            self._unreadable(key, exc)
            return None

    def _unreadable(self, key: str, exc: Exception) -> None:
        kind = self._type.__name__.lower()
        self.unreadable[key] = Message(
            "it does not fit a {kind}: {reason}", kind=kind, reason=str(exc)
        )

    def _locate(self, storage: TableFileStorage, fields: tuple[str, ...]) -> None:
        """A lazy table: each record's id and lookup fields, read without parsing it."""
        keys = [f'"{name}":"'.encode() for name in fields]
        indexes: dict[str, dict[Any, Any]] = {name: {} for name in fields}
        self._indexes = indexes
        data = storage.data
        peeked = data.peeked
        if peeked is None or peeked.stride != 1 + len(fields):  # none peeked: all read below
            peeked = Peeked(stride=1 + len(fields))
        values, stride, changed = peeked.values, peeked.stride, data.changed
        ids: list[Any] = values[0::stride]  # columns taken by slices (C loops, not Python)
        numbers, columns = list(peeked.doc_ids), [values[n::stride] for n in range(1, stride)]
        missed = None in ids
        if changed or missed:  # leave out what changed since, and what was not read in place
            keep = [
                str(n) not in changed and i is not None for n, i in zip(numbers, ids, strict=True)
            ]
            ids, numbers = list(compress(ids, keep)), list(compress(numbers, keep))
            columns = [list(compress(column, keep)) for column in columns]
        self._doc_ids.update(zip(ids, numbers, strict=True))
        for name, column in zip(fields, columns, strict=True):
            index = indexes[name]
            for record_id, value in zip(ids, column, strict=True):
                held = index.get(value)
                if held is None:
                    index[value] = [record_id]
                else:
                    held.append(record_id)
            for value, held in index.items():
                index[value] = tuple(held)  # a lazy table's index holds tuples (_index_add)
        for key, body in changed.items():  # changed since the file was written
            if body is not None:
                self._add_parsed(key, peek_text(body, 0, len(body), keys), storage, fields)
        if missed or len(peeked.doc_ids) < data.spans.count:  # rare: not read in place
            present = set(self._doc_ids.values())
            for key in storage.doc_ids():
                if key not in changed and int(key) not in present:
                    self._add_parsed(key, None, storage, fields)
        data.peeked, data.docs = None, None
        storage.release_file_bytes()

    def _add_parsed(
        self, key: str, found: list[Any] | None, storage: TableFileStorage, fields: tuple[str, ...]
    ) -> None:
        if found is None:  # not laid out as netprep writes it: parse it
            record = self._read(key, orjson.loads(storage.raw(key) or b"null"))
            if record is None:
                return
            found = [record.id, *(getattr(record, f) for f in fields)]
        self._add(key, found, fields)

    def _add(self, key: str, values: list[Any], fields: tuple[str, ...]) -> None:
        record_id = values[0]
        self._doc_ids[record_id] = int(key)
        for name, value in zip(fields, values[1:], strict=True):
            self._index_add(self._indexes[name], value, record_id)

    # -- reading ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._doc_ids)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._doc_ids

    def get(self, record_id: str) -> R | None:
        record = self._current(record_id)
        return clone(record) if record is not None and not self._lazy else record

    def all(self) -> list[R]:
        if not self._lazy:
            return list(self._records.values())
        return self._current_many(list(self._doc_ids))

    def where(self, field: str, value: Any) -> list[R]:
        """Records whose ``field`` equals ``value`` (through an index kept up to date)."""
        if self._lazy and field not in self._indexes:
            return [r for r in self.all() if getattr(r, field) == value]
        ids = self._index(field).get(value, ())
        if self._lazy:
            return self._current_many(list(ids))
        return [self._records[i] for i in ids]

    def _current_many(self, record_ids: list[str]) -> list[R]:
        """A lazy table's records as they are now, read from the file in one go."""
        keys = {str(self._doc_ids[i]): i for i in record_ids if i in self._doc_ids}
        staged = self._staged_docs()
        from_file = [k for k in keys if k not in staged]
        raw = _storage(self._table).raw_many(from_file) if from_file else {}
        records = []
        for key in keys:
            doc = staged[key] if key in staged else orjson.loads(raw[key] or b"null")
            if doc is not None:
                records.append(from_document(self._type, doc))
        return records

    def _staged_docs(self) -> dict[str, dict[str, Any] | None]:
        """A lazy table's changes staged in the open transaction (by doc id)."""
        if self._staged and not (self._transactions is not None and self._transactions.active):
            self._staged.clear()  # committed: the storage has them now
        return self._staged

    def _current(self, record_id: str) -> R | None:
        """The record as it is now (a lazy table's: read from its file, or as staged)."""
        if not self._lazy:
            return self._records.get(record_id)
        doc_id = self._doc_ids.get(record_id)
        if doc_id is None:
            return None
        found = self._current_many([record_id])
        return found[0] if found else None

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
        for record in stamped:  # before the write: a lazy table reads the old ones
            self._unindex(record.id)
        try:
            self._write(puts, [])
        except BaseException:
            for record in stamped:
                if record.id in self._doc_ids:
                    self._reindex(self._current(record.id))
            raise
        self._next_doc_id = next_doc_id
        self._doc_ids.update(new_doc_ids)
        for record in stamped:
            if not self._lazy:
                self._records[record.id] = record
            self._reindex(record)
        if self._lazy:
            return stamped  # nothing keeps them: they are the caller's own
        return [clone(record) for record in stamped]  # the caller's own copies

    def delete(self, record_id: str) -> R | None:
        deleted = self.delete_many([record_id])
        return deleted[0] if deleted else None

    def delete_many(self, record_ids: Iterable[str]) -> list[R]:
        """Remove records in one write; returns what was removed (for undo)."""
        ids = [i for i in dict.fromkeys(record_ids) if i in self._doc_ids]
        if not ids:
            return []
        removed = [r for r in map(self._current, ids) if r is not None]
        self._remember(ids)
        self._write({}, [str(self._doc_ids[i]) for i in ids])
        for record in removed:
            self._unindex(record.id, record)
        for record_id in ids:
            self._records.pop(record_id, None)
            del self._doc_ids[record_id]
        return removed

    # -- transactions ----------------------------------------------------------------------

    def _write(self, puts: dict[str, dict[str, Any]], deletes: list[str]) -> None:
        transactions = self._transactions
        if transactions is not None and transactions.active:
            _storage(self._table).check_writable()
            transactions.stage(_storage(self._table), puts, deletes)
            if self._lazy:
                self._staged.update(puts)
                self._staged.update((key, None) for key in deletes)
        else:
            self._staged.clear()
            _write(self._table, puts, deletes)

    def _remember(self, ids: list[str]) -> None:
        """Inside a transaction: how to put these records back if it does not commit."""
        transactions = self._transactions
        if transactions is None or not transactions.active:
            return
        records = {i: self._current(i) for i in ids}
        doc_ids = {i: self._doc_ids.get(i) for i in ids}
        next_doc_id = self._next_doc_id

        def undo() -> None:
            self._staged.clear()  # a lazy table reads what the storage has again
            for record_id, record in records.items():
                # Not read back: a failed commit may have replaced the file already
                self._unindex_anywhere(record_id)
                self._records.pop(record_id, None)
                self._doc_ids.pop(record_id, None)
                doc_id = doc_ids[record_id]
                if record is not None and doc_id is not None:
                    if not self._lazy:
                        self._records[record_id] = record
                    self._doc_ids[record_id] = doc_id
                    self._reindex(record)
            self._next_doc_id = next_doc_id
            self._table.clear_cache()

        transactions.on_rollback(undo)

    # -- indexes ---------------------------------------------------------------------------

    def _index(self, field: str) -> dict[Any, Any]:
        index = self._indexes.get(field)
        if index is None:
            index = {}
            for record in self._records.values():
                index.setdefault(getattr(record, field), set()).add(record.id)
            self._indexes[field] = index
        return index

    def _unindex(self, record_id: str, old: R | None = None) -> None:
        if not self._indexes:
            return
        old = old or self._current(record_id)
        if old is None:
            return
        for field, index in self._indexes.items():
            value = getattr(old, field)
            held = index.get(value)
            if not held:
                continue
            if not self._lazy:
                held.discard(record_id)
            elif kept := tuple(i for i in held if i != record_id):
                index[value] = kept
            else:
                del index[value]

    def _unindex_anywhere(self, record_id: str) -> None:
        """Out of every index, without reading the record (a rollback's: slow, and rare)."""
        for index in self._indexes.values():
            for value in [v for v, held in index.items() if record_id in held]:
                if not self._lazy:
                    index[value].discard(record_id)
                elif kept := tuple(i for i in index[value] if i != record_id):
                    index[value] = kept
                else:
                    del index[value]

    def _reindex(self, record: R | None) -> None:
        if record is None:
            return
        for field, index in self._indexes.items():
            self._index_add(index, getattr(record, field), record.id)

    def _index_add(self, index: dict[Any, Any], value: Any, record_id: str) -> None:
        """Sets of ids; a lazy table's are tuples (100,000 notes in 30,000 small groups:
        a third of the memory of sets)."""
        if not self._lazy:
            index.setdefault(value, set()).add(record_id)
            return
        held = index.get(value)
        if held is None:
            index[value] = (record_id,)
        elif record_id not in held:
            index[value] = (*held, record_id)


def _storage(table: Table) -> TableFileStorage:
    storage = table.storage
    if not isinstance(storage, TableFileStorage):
        raise TypeError(f"the {table.name} table is not kept in a TableFileStorage")
    return storage


def _write(table: Table, puts: dict[str, dict[str, Any]], deletes: Collection[str]) -> None:
    """Put and delete documents (keyed by doc id) in one storage write.

    TinyDB's public API rewrites the whole table per call; the table file storage
    takes just the change (see table_file.py), and this is the one place that uses it.
    """
    _storage(table).apply(puts, deletes)
    table.clear_cache()
