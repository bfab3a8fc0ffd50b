"""A TinyDB storage that keeps one table in one file and never rewrites it in place.

TinyDB's own JSONStorage truncates and rewrites its file, so a full disk or a
kill mid-write loses everything. This storage serialises with orjson and
writes through :func:`atomic_write_bytes`. It keeps the parsed data in memory
(TinyDB reads its storage on every query), and memory takes a change only
after the disk has it.

Rewriting a 40 MB contacts file for every edited contact costs over 100 ms, so a
save goes through :meth:`TableFileStorage.apply`, which appends the change as one
checksummed line to ``<table>.changes.jsonl`` and fsyncs. A change that spans
tables is one line of the shared ``transactions.changes.jsonl`` instead (see
transaction.py). Every change carries a sequence number; when a journal grows past
half its table file, the table file is rewritten with ``gen`` = the newest sequence
number, then the journal is deleted. Reading a table is its file plus every change
(from both journals) numbered above its ``gen``, in order, so a journal that could
not be deleted after a rewrite is harmless, whichever step failed. A line without
its final newline is an append that never completed (and was never reported as
saved): it is dropped.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from netprep.store.atomic_file import append_durably, atomic_write_bytes, remove_durably
from netprep.store.errors import ReadOnlyError, SaveError
from netprep.store.file_format import (
    Change,
    Damage,
    Docs,
    FileFormatError,
    complete_length,
    decode_journal,
    decode_table,
    encode_change,
    encode_table,
)
from netprep.store.lock import FileWatch

Tables = dict[str, dict[str, dict[str, Any]]]

JOURNAL_SUFFIX = ".changes.jsonl"
TRANSACTION_JOURNAL = "transactions" + JOURNAL_SUFFIX
JOURNAL_MIN_BYTES = 1 << 20  # below this a journal is never folded back into its table file
JOURNAL_MAX_RATIO = 0.5  # ... above it, once it outgrows this share of the table file
_CONSISTENT_READ_ATTEMPTS = 20

__all__ = ["JOURNAL_SUFFIX", "FileFormatError", "TableFileStorage", "Tables"]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold off Python's cycle collector while building hundreds of thousands of objects.

    Each collection walks every live object, and a bulk load triggers hundreds of them:
    pausing it takes about a third off opening a large data folder. Nothing loaded
    here forms cycles that would need collecting.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Sequence:
    """The numbers given to changes, in order, shared by every table of a folder."""

    def __init__(self, last: int = 0) -> None:
        self.last = last

    def take(self) -> int:
        self.last += 1
        return self.last


def journal_path(path: Path) -> Path:
    """``contacts.json`` -> ``contacts.changes.jsonl``."""
    return path.with_name(f"{path.stem}{JOURNAL_SUFFIX}")


# -- reading a folder --------------------------------------------------------------------------


@dataclass
class FolderContent:
    """Every table as saved, the newest sequence number, and what was set aside as damaged."""

    docs: dict[str, Docs]
    last_seq: int = 0
    damage: list[tuple[Path, Damage]] = field(default_factory=list)
    in_shared_journal: set[str] = field(default_factory=set)  # tables it has changes for


def read_folder(folder: Path, tables: Collection[str]) -> FolderContent:
    """Read every table with its changes, as one consistent state.

    A writer may rewrite a table file while a reader (the CLI beside the app) reads:
    if any table file was replaced during the read, it is read again.
    Raises FileFormatError (with ``path``) when a file holds nothing netprep can read.
    """
    for _ in range(_CONSISTENT_READ_ATTEMPTS):
        before = {name: _identity(folder / f"{name}.json") for name in tables}
        content = _read_folder_once(folder, tables)
        if before == {name: _identity(folder / f"{name}.json") for name in tables}:
            return content
    return content


def _identity(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _read_folder_once(folder: Path, tables: Collection[str]) -> FolderContent:
    shared_path = folder / TRANSACTION_JOURNAL
    shared, damage = _read_journal(shared_path, None)
    result = FolderContent({}, damage=[(shared_path, d) for d in damage])
    result.in_shared_journal = {name for change in shared for name in change.tables}
    seqs = [c.seq for c in shared if c.seq is not None]
    for name in tables:
        path = folder / f"{name}.json"
        try:
            content = decode_table(path.read_bytes(), name)
        except FileNotFoundError:
            content = decode_table(encode_table(name, {}, 0), name)
        except FileFormatError as exc:
            raise FileFormatError(str(exc), path) from None
        result.damage += [(path, d) for d in content.damage]
        own, damage = _read_journal(journal_path(path), name)
        result.damage += [(journal_path(path), d) for d in damage]
        docs = content.docs
        legacy = [c for c in own if c.seq is None] if content.gen == 0 else []
        numbered = [c for c in [*own, *shared] if c.seq is not None and name in c.tables]
        newer = sorted((c for c in numbered if c.seq > content.gen), key=_seq)  # type: ignore[operator]
        for change in [*legacy, *newer]:
            puts, deletes = change.tables[name]
            docs.update(puts)
            for doc_id in deletes:
                docs.pop(doc_id, None)
        result.docs[name] = docs
        seqs += [content.gen, *(c.seq for c in own if c.seq is not None)]
    result.last_seq = max(seqs, default=0)
    return result


def _seq(change: Change) -> int:
    return change.seq or 0


def _read_journal(path: Path, table: str | None) -> tuple[list[Change], list[Damage]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return [], []
    return decode_journal(raw, table)


def read_table_file(path: Path, table: str) -> Tables:
    """One table as saved (its file, its journal and the shared journal's changes)."""
    return {table: read_folder(path.parent, [table]).docs[table]}


def write_table_file(path: Path, table: str, docs: Docs, gen: int) -> int:
    """Rewrite the table file atomically, then drop its journal; returns the bytes written.

    If the journal stays (a crash, or the OS refused to delete it), its lines are numbered
    at or below ``gen`` and are skipped when the table is read.
    """
    data = encode_table(table, docs, gen)
    atomic_write_bytes(path, data)
    with contextlib.suppress(OSError):
        remove_durably(journal_path(path))
    return len(data)


# -- the storage -------------------------------------------------------------------------------


class TableFileStorage(Storage):
    """Storage for one table. ``path=None`` keeps everything in memory (tests)."""

    def __init__(
        self,
        path: Path | None,
        table: str,
        docs: Docs,
        sequence: Sequence,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.table = table
        self.read_only = read_only
        self.sequence = sequence
        self._docs: Docs = docs
        self._journal_size: int | None = None  # bytes of complete lines; None = not measured
        self._file_size = 0
        self.watch: FileWatch | None = None  # set by the store: refuses to overwrite others

    def read(self) -> Tables:
        # A fresh outer dict: TinyDB puts its edited copy of the table there before write().
        return {self.table: self._docs}

    @property
    def docs(self) -> Docs:
        return self._docs

    def write(self, data: Tables) -> None:
        """TinyDB's own write path: the whole table, rewritten."""
        self.check_writable()
        docs = data.get(self.table, {})
        if self.path is not None:
            try:
                self._rewrite(docs, self.sequence.take())
            except OSError as exc:
                self._docs = read_table_file(self.path, self.table)[self.table]
                raise SaveError(self.path, exc) from exc
        self._docs = docs

    def apply(self, puts: Mapping[str, dict[str, Any]], deletes: Collection[str]) -> None:
        """Put and delete documents (keyed by doc id) as one durable change."""
        self.check_writable()
        if not puts and not deletes:
            return
        if self.path is not None:
            try:
                self._persist(dict(puts), list(deletes))
            except OSError as exc:
                raise SaveError(self.path, exc) from exc
        self.apply_in_memory(puts, deletes)

    def apply_in_memory(self, puts: Mapping[str, dict[str, Any]], deletes: Collection[str]) -> None:
        """Take a change that is already durable elsewhere (a transaction's line)."""
        self._docs.update(puts)
        for doc_id in deletes:
            self._docs.pop(doc_id, None)

    def fold(self) -> None:
        """Rewrite the table file with everything in memory (numbered up to now)."""
        if self.path is not None:
            self._rewrite(self._docs, self.sequence.last)

    def close(self) -> None:
        """Nothing is buffered: every write is already on disk."""

    def check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(self.path.parent if self.path else Path("(memory)"))

    # -- internals -------------------------------------------------------------------------

    def _persist(self, puts: Docs, deletes: list[str]) -> None:
        assert self.path is not None
        journal = journal_path(self.path)
        self._check_unchanged(journal)
        if self._journal_size is None:
            self._journal_size = _complete_length(journal)
            self._file_size = self.path.stat().st_size if self.path.exists() else 0
        seq = self.sequence.take()
        limit = max(JOURNAL_MIN_BYTES, int(self._file_size * JOURNAL_MAX_RATIO))
        line = encode_change(seq, {self.table: (puts, deletes)}) if self._file_size else b""
        if not line or self._journal_size + len(line) > limit:
            docs = {**self._docs, **puts}
            for doc_id in deletes:
                docs.pop(doc_id, None)
            self._rewrite(docs, seq)
            return
        try:
            append_durably(journal, self._journal_size, line)
        finally:  # written, or cut back after a failure: either way, netprep's own doing
            if self.watch is not None:
                self.watch.remember(journal)
        self._journal_size += len(line)

    def _rewrite(self, docs: Docs, gen: int) -> None:
        assert self.path is not None
        self._check_unchanged(journal_path(self.path))
        self._journal_size = None  # measured again before the next append
        try:
            write_table_file(self.path, self.table, docs, gen)
        finally:
            if self.watch is not None:
                self.watch.remember(self.path, journal_path(self.path))

    def _check_unchanged(self, journal: Path) -> None:
        """FolderChangedError if another program (a sync tool) changed the files since."""
        if self.watch is not None and self.path is not None:
            self.watch.check(self.path, journal)


def _complete_length(journal: Path) -> int:
    try:
        return complete_length(journal.read_bytes())
    except FileNotFoundError:
        return 0


def file_size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except FileNotFoundError:
        return 0
