"""Changes to several tables saved as one: all of them after a crash, or none.

While a transaction is open, each table's storage hands its changes here instead of
writing them. On commit they become ONE line of ``transactions.changes.jsonl``
(checksummed, numbered, fsynced): that line is the commit record. Opening the folder
replays it into every table it names (table_file.py), or, if it never completed, none.
Only after the line is durable do the tables take the changes in memory; if the write
fails, the callers' in-memory edits are rolled back (see :meth:`on_rollback`).

When the shared journal outgrows :data:`table_file.JOURNAL_MIN_BYTES`, every table it
touched is rewritten (numbered past its lines) and the journal is deleted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from netprep.store import table_file
from netprep.store.atomic_file import append_durably, remove_durably
from netprep.store.errors import FolderChangedError, SaveError
from netprep.store.file_format import Docs, encode_change
from netprep.store.lock import FileWatch
from netprep.store.table_file import (
    TRANSACTION_JOURNAL,
    Sequence,
    TableFileStorage,
    journal_path,
)


class _Staged:
    """One table's pending change: documents to put and doc ids to delete (disjoint)."""

    def __init__(self) -> None:
        self.puts: Docs = {}
        self.deletes: dict[str, None] = {}

    def put(self, puts: dict[str, dict[str, Any]]) -> None:
        for key, doc in puts.items():
            self.deletes.pop(key, None)
            self.puts[key] = doc

    def delete(self, keys: list[str]) -> None:
        for key in keys:
            self.puts.pop(key, None)
            self.deletes[key] = None


class Transactions:
    """The open folder's transactions (one at a time; a nested one joins the outer)."""

    def __init__(self, folder: Path | None, sequence: Sequence) -> None:
        self.folder = folder
        self.sequence = sequence
        self._staged: dict[str, tuple[TableFileStorage, _Staged]] | None = None
        self._rollbacks: list[Callable[[], None]] = []
        self._journal_size: int | None = None
        self._touched: dict[str, TableFileStorage] = {}
        self.watch: FileWatch | None = None  # set by the store (lock.py)

    @property
    def active(self) -> bool:
        return self._staged is not None

    def stage(self, storage: TableFileStorage, puts: Docs, deletes: list[str]) -> None:
        assert self._staged is not None
        _, staged = self._staged.setdefault(storage.table, (storage, _Staged()))
        staged.put(puts)
        staged.delete(deletes)

    def on_rollback(self, undo: Callable[[], None]) -> None:
        """Run ``undo`` (reverse order) if the open transaction does not commit."""
        if self._staged is not None:
            self._rollbacks.append(undo)

    @contextmanager
    def begin(self) -> Iterator[None]:
        if self._staged is not None:  # joins the transaction already open
            yield
            return
        self._staged = {}
        self._rollbacks = []
        try:
            yield
            self._commit()
        except BaseException:
            for undo in reversed(self._rollbacks):
                undo()
            raise
        finally:
            self._staged = None
            self._rollbacks = []

    def _commit(self) -> None:
        assert self._staged is not None
        changes = {
            name: (storage, staged)
            for name, (storage, staged) in self._staged.items()
            if staged.puts or staged.deletes
        }
        if not changes:
            return
        for storage, _ in changes.values():
            storage.check_writable()
        if len(changes) == 1:  # one table: its own journal, as any save
            ((storage, staged),) = changes.values()
            storage.apply(staged.puts, list(staged.deletes))
            return
        if self.folder is not None:
            path = self.folder / TRANSACTION_JOURNAL
            if self.watch is not None:  # nothing another program wrote is overwritten
                tables = [s.path for s, _ in changes.values() if s.path is not None]
                self.watch.check(path, *tables, *(journal_path(t) for t in tables))
            try:
                self._append(path, {n: (s.puts, list(s.deletes)) for n, (_, s) in changes.items()})
            except OSError as exc:
                raise SaveError(path, exc) from exc
            finally:  # written, or cut back after a failure: netprep's own doing
                if self.watch is not None:
                    self.watch.remember(path)
        for name, (storage, staged) in changes.items():
            storage.apply_in_memory(staged.puts, list(staged.deletes))
            self._touched[name] = storage
        if self.folder is not None:
            self._fold_if_big()

    def _append(self, path: Path, tables: dict[str, tuple[Docs, list[str]]]) -> None:
        if self._journal_size is None:
            try:
                raw = path.read_bytes()
            except FileNotFoundError:
                raw = b""
            self._journal_size = raw.rfind(b"\n") + 1
        line = encode_change(self.sequence.take(), tables)
        append_durably(path, self._journal_size, line)
        self._journal_size += len(line)

    def _fold_if_big(self) -> None:
        """Past the limit: rewrite every table the journal touched, then delete it."""
        assert self.folder is not None and self._journal_size is not None
        if self._journal_size <= table_file.JOURNAL_MIN_BYTES:
            return
        try:
            for storage in self._touched.values():
                storage.fold()
            remove_durably(self.folder / TRANSACTION_JOURNAL)
        except (OSError, FolderChangedError):
            return  # committed already; the next commit tries again
        if self.watch is not None:
            self.watch.remember(self.folder / TRANSACTION_JOURNAL)
        self._journal_size = None
        self._touched = {}

    def adopt(self, storages: dict[str, TableFileStorage]) -> None:
        """Tables a journal left from an earlier session touched (folded with the next)."""
        self._touched.update(storages)


def fold_tables(storages: list[TableFileStorage], with_shared_journal: bool) -> None:
    """Rewrite these tables' files from memory (then delete the shared journal, if asked).
    A failure leaves things as they were: the journals still hold every change."""
    try:
        for storage in storages:
            storage.fold()
        folder = storages[0].path.parent if storages and storages[0].path else None
        if with_shared_journal and folder is not None:
            remove_durably(folder / TRANSACTION_JOURNAL)
    except OSError:
        pass
