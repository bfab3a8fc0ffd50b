"""A TinyDB storage that keeps one table in one file and never rewrites it in place.

TinyDB's JSONStorage truncates and rewrites its file, so a full disk or a kill
mid-write loses everything. This storage writes through :func:`atomic_write_bytes`.
It keeps no parsed documents: repositories hold each record once, and the storage
knows where each record's bytes are (``Spans`` into the table file, or the bytes of a
change made since the file was written). A lazy table (notes) is located, not parsed,
when the folder opens; its records are read from the file when asked for. Memory takes
a change only after the disk has it.

A save appends the change as one checksummed line to ``<table>.changes.jsonl`` and
fsyncs (a change that spans tables: one line of ``transactions.changes.jsonl``, see
transaction.py). Every change has a sequence number; when a journal outgrows half its
table file, the file is rewritten with ``gen`` = the newest number, then the journal
deleted. A table is its file plus every change numbered above its ``gen``, in order, so
a journal left after a rewrite is harmless. A line without its final newline is an
append that never completed (never reported as saved): it is dropped.
"""

from __future__ import annotations

import contextlib
import gc
import threading
import zlib
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from netprep.store.atomic_file import append_durably, atomic_write_bytes, remove_durably
from netprep.store.errors import FolderChangedError, ReadOnlyError, SaveError
from netprep.store.file_format import (
    Change,
    Damage,
    Docs,
    FileFormatError,
    TableData,
    complete_length,
    decode_journal,
    decode_table,
    encode_change,
    encode_records,
    encode_table,
)
from netprep.store.lock import FileWatch
from netprep.store.opening.record_scan import scan_table

Tables = dict[str, dict[str, dict[str, Any]]]

JOURNAL_SUFFIX = ".changes.jsonl"
TRANSACTION_JOURNAL = "transactions" + JOURNAL_SUFFIX
JOURNAL_MIN_BYTES = 1 << 20  # below this a journal is never folded back into its table file
JOURNAL_MAX_RATIO = 0.5  # ... above it, once it outgrows this share of the table file
_CONSISTENT_READ_ATTEMPTS = 20

__all__ = ["JOURNAL_SUFFIX", "FileFormatError", "TableFileStorage", "Tables"]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold off the cycle collector while building 100,000s of objects (each collection
    walks every live object; nothing built here forms cycles)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Sequence:  # the numbers given to changes, in order, shared by a folder's tables
    def __init__(self, last: int = 0) -> None:
        self.last = last

    def take(self) -> int:
        self.last += 1
        return self.last


def journal_path(path: Path) -> Path:  # contacts.json -> contacts.changes.jsonl
    return path.with_name(f"{path.stem}{JOURNAL_SUFFIX}")


# -- reading a folder --------------------------------------------------------------------------


@dataclass
class FolderContent:
    """Every table as saved, the newest sequence number, and what was set aside as damaged."""

    tables: dict[str, TableData]
    last_seq: int = 0
    damage: list[tuple[Path, Damage]] = field(default_factory=list)
    in_shared_journal: set[str] = field(default_factory=set)  # tables it has changes for

    @property
    def docs(self) -> dict[str, Docs]:  # every parsed table's documents by doc id
        return {name: t.docs for name, t in self.tables.items() if t.docs is not None}


def read_folder(
    folder: Path, tables: Collection[str], located: Mapping[str, tuple[str, ...]] | None = None
) -> FolderContent:
    """Read every table with its changes, as one consistent state (tables named in
    ``located`` are located, not parsed, with their named text fields peeked: TableData).

    A writer may rewrite a table file while a reader (the CLI beside the app) reads:
    if any table file was replaced during the read, it is read again.
    Raises FileFormatError (with ``path``) when a file holds nothing netprep can read.
    """
    for _ in range(_CONSISTENT_READ_ATTEMPTS):
        before = {name: _identity(folder / f"{name}.json") for name in tables}
        content = _read_folder_once(folder, tables, located or {})
        if before == {name: _identity(folder / f"{name}.json") for name in tables}:
            return content
    return content


def _identity(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _read_folder_once(
    folder: Path, tables: Collection[str], located: Mapping[str, tuple[str, ...]]
) -> FolderContent:
    shared_path = folder / TRANSACTION_JOURNAL
    shared, damage = _read_journal(shared_path, None)
    result = FolderContent({}, damage=[(shared_path, d) for d in damage])
    result.in_shared_journal = {name for change in shared for name in change.tables}
    seqs = [c.seq for c in shared if c.seq is not None]
    for name in sorted(tables, key=lambda n: not located.get(n)):  # lazy first: lower peak
        path = folder / f"{name}.json"
        parse = name not in located
        raw, peek = b"", [f'"{field}":"'.encode() for field in located.get(name, ())]
        try:
            raw = path.read_bytes()
            scanned = None if parse else scan_table(raw, name, peek)  # fast when clean
            content = scanned or decode_table(raw, name, parse=parse, peek=peek)
        except FileNotFoundError:
            content = decode_table(encode_table(name, {}, 0), name)
        except FileFormatError as exc:
            raise FileFormatError(exc.args[0], path) from None
        result.damage += [(path, d) for d in content.damage]
        own, damage = _read_journal(journal_path(path), name)
        result.damage += [(journal_path(path), d) for d in damage]
        if content.spans is None:  # a file from before checksums: held as changes
            data = TableData.of(content.docs)
        else:
            docs = content.docs if parse else None
            peeked = content.peeked if peek else None  # a lazy table: its bytes are let go
            data = TableData(content.spans, b"" if parse or peek else raw, docs=docs, peeked=peeked)
        legacy = [c for c in own if c.seq is None] if content.gen == 0 else []
        numbered = [c for c in [*own, *shared] if c.seq is not None and name in c.tables]
        newer = sorted((c for c in numbered if c.seq > content.gen), key=lambda c: c.seq or 0)  # type: ignore[operator]
        for change in [*legacy, *newer]:
            puts, deletes = change.tables[name]
            data.changed.update((k, orjson.dumps(doc)) for k, doc in puts.items())
            data.changed.update((doc_id, None) for doc_id in deletes)
            if data.docs is not None:
                data.docs.update(puts)
                for doc_id in deletes:
                    data.docs.pop(doc_id, None)
        result.tables[name] = data
        seqs += [content.gen, *(c.seq for c in own if c.seq is not None)]
    result.last_seq = max(seqs, default=0)
    return result


def _read_journal(path: Path, table: str | None) -> tuple[list[Change], list[Damage]]:
    with contextlib.suppress(FileNotFoundError):
        return decode_journal(path.read_bytes(), table)
    return [], []


def read_table_file(path: Path, table: str) -> Tables:
    """One table as saved (its file, its journal and the shared journal's changes)."""
    return {table: read_folder(path.parent, [table]).docs[table]}


def write_table_file(path: Path, table: str, docs: Docs, gen: int) -> int:
    """Rewrite the table file atomically, then drop its journal; returns the bytes written.
    A journal left (a crash) has lines numbered at or below ``gen``: skipped when read."""
    data = encode_table(table, docs, gen)
    _replace_table_file(path, data)
    return len(data)


def _replace_table_file(path: Path, data: bytes) -> None:
    atomic_write_bytes(path, data)
    with contextlib.suppress(OSError):
        remove_durably(journal_path(path))


# -- the storage -------------------------------------------------------------------------------


class TableFileStorage(Storage):
    """Storage for one table. ``path=None`` keeps everything in memory (tests)."""

    def __init__(
        self,
        path: Path | None,
        table: str,
        data: TableData | Docs,
        sequence: Sequence,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.table = table
        self.read_only = read_only
        self.sequence = sequence
        self.data = data if isinstance(data, TableData) else TableData.of(data)
        self._journal_size: int | None = None  # bytes of complete lines; None = not measured
        self._file_size = 0
        self.watch: FileWatch | None = None  # set by the store: refuses to overwrite others
        self._file_lock = threading.Lock()  # a lazy read and a rewrite of the file

    # -- what the repositories read --------------------------------------------------------

    def take_docs(self) -> Iterator[tuple[str, Any]]:
        """Every document, parsed one at a time as the repository builds its records (None:
        not JSON); then the file's bytes are let go. The storage keeps no parsed copy."""
        docs, self.data.docs = self.data.docs, None
        if docs is not None:
            yield from docs.items()
        else:
            for key, body in self.raw_all():
                try:
                    yield key, orjson.loads(body)
                except orjson.JSONDecodeError:
                    yield key, None
        self.release_file_bytes()

    def doc_ids(self) -> list[str]:  # every record's doc id, in doc id order
        return self.data.keys(self.data.changed)

    def raw(self, key: str) -> bytes | None:
        """One record's JSON bytes (None when there is no such record)."""
        return self.raw_many([key])[key]

    def raw_many(self, keys: Collection[str]) -> dict[str, bytes | None]:
        """Records' JSON bytes by doc id, read from the file in one go (any thread: a
        rewrite on another waits). FolderChangedError if the file is not as read."""
        with self._file_lock:
            data, found, wanted = self.data, {}, []
            for key in keys:
                span = None if key in data.changed else data.spans.get(int(key))
                found[key] = data.changed.get(key) if span is None else None
                if span is not None and data.raw:
                    found[key] = data.raw[span[0] : span[0] + span[1]]
                elif span is not None:
                    wanted.append((key, span))
            if wanted and self.path is not None:
                with self.path.open("rb") as handle:
                    for key, (start, length, checksum) in sorted(wanted, key=lambda w: w[1]):
                        handle.seek(start)
                        found[key] = body = handle.read(length)
                        if zlib.crc32(body) != checksum:  # changed under us, not by netprep
                            raise FolderChangedError([self.path])
            return found

    def raw_all(self) -> Iterator[tuple[str, bytes | memoryview]]:  # the file read once
        for key, body, _ in self.data.records(self._file_bytes(), self.data.changed):
            yield key, body

    def release_file_bytes(self) -> None:  # the repository has read them: bytes not needed
        self.data.raw = b""

    # -- TinyDB's interface ----------------------------------------------------------------

    def read(self) -> Tables:  # TinyDB's read: every document parsed (repositories do not)
        return {self.table: {key: orjson.loads(raw) for key, raw in self.raw_all()}}

    def write(self, data: Tables) -> None:  # TinyDB's own write path: the whole table
        self.check_writable()
        encoded = {k: orjson.dumps(d) for k, d in data.get(self.table, {}).items()}
        if self.path is None:
            self.data = TableData(changed=dict(encoded))
            return
        try:
            self._rewrite(self.sequence.take(), encoded, set(self.doc_ids()) - set(encoded))
        except OSError as exc:
            raise SaveError(self.path, exc) from exc

    # -- writing ---------------------------------------------------------------------------

    def apply(self, puts: Mapping[str, dict[str, Any]], deletes: Collection[str]) -> None:
        """Put and delete documents (keyed by doc id) as one durable change."""
        self.check_writable()
        if not puts and not deletes:
            return
        encoded = {k: orjson.dumps(d) for k, d in puts.items()}
        if self.path is not None:
            try:
                if self._persist(encoded, list(deletes)):
                    return  # the table file was rewritten with the change in it
            except OSError as exc:
                raise SaveError(self.path, exc) from exc
        self._take(encoded, deletes)

    def apply_in_memory(self, puts: Mapping[str, dict[str, Any]], deletes: Collection[str]) -> None:
        """Take a change that is already durable elsewhere (a transaction's line)."""
        self._take({k: orjson.dumps(d) for k, d in puts.items()}, deletes)

    def _take(self, encoded: Mapping[str, bytes], deletes: Collection[str]) -> None:
        changed = self.data.changed
        changed.update(encoded)
        for doc_id in deletes:
            if doc_id in changed or self.data.spans.get(int(doc_id)) is not None:
                changed[doc_id] = None

    def fold(self) -> None:  # rewrite the table file with all in memory (numbered up to now)
        if self.path is not None:
            self._rewrite(self.sequence.last)

    def close(self) -> None:  # nothing is buffered: every write is already on disk
        pass

    def check_writable(self) -> None:  # ReadOnlyError on a folder opened read-only
        if self.read_only:
            raise ReadOnlyError(self.path.parent if self.path else Path("(memory)"))

    # -- internals -------------------------------------------------------------------------

    def _persist(self, puts: dict[str, bytes], deletes: list[str]) -> bool:
        """Append the change to the journal, or rewrite the table file with it (True)."""
        assert self.path is not None
        journal = journal_path(self.path)
        self._check_unchanged(journal)
        if self._journal_size is None:
            self._journal_size = _complete_length(journal)
            self._file_size = self.path.stat().st_size if self.path.exists() else 0
        seq = self.sequence.take()
        limit = max(JOURNAL_MIN_BYTES, int(self._file_size * JOURNAL_MAX_RATIO))
        fragments = {k: orjson.Fragment(body) for k, body in puts.items()}  # encoded already
        line = encode_change(seq, {self.table: (fragments, deletes)}) if self._file_size else b""
        if not line or self._journal_size + len(line) > limit:
            self._rewrite(seq, puts, deletes)
            return True
        try:
            append_durably(journal, self._journal_size, line)
        finally:  # written, or cut back after a failure: either way, netprep's own doing
            if self.watch is not None:
                self.watch.remember(journal)
        self._journal_size += len(line)
        return False

    def _rewrite(
        self, gen: int, puts: Mapping[str, bytes] | None = None, deletes: Collection[str] = ()
    ) -> None:
        """Write the table file anew: every record, with ``puts`` and ``deletes`` applied.
        Records not changed since the file was read are copied from it as they are."""
        assert self.path is not None
        self._check_unchanged(journal_path(self.path))
        self._journal_size = None  # measured again before the next append
        changed = {**self.data.changed, **(puts or {})}
        changed.update((doc_id, None) for doc_id in deletes)
        records = self.data.records(self._file_bytes(), changed)
        try:
            data, new_spans = encode_records(self.table, records, gen)
        except ValueError:  # the file is not as netprep read it: never overwrite that
            raise FolderChangedError([self.path]) from None
        with self._file_lock:  # no read between the new file and its spans
            try:
                _replace_table_file(self.path, data)
            finally:
                if self.watch is not None:
                    self.watch.remember(self.path, journal_path(self.path))
            self.data = TableData(new_spans, docs=self.data.docs)
        self._file_size = len(data)

    def _file_bytes(self) -> bytes:
        """The table file as read (or as last written), for copying records out of it."""
        if self.data.raw or not self.data.spans.count or self.path is None:
            return self.data.raw
        if self.watch is not None:
            self.watch.check(self.path)
        return self.path.read_bytes()

    def _check_unchanged(self, journal: Path) -> None:
        """FolderChangedError if another program (a sync tool) changed the files since."""
        if self.watch is not None and self.path is not None:
            self.watch.check(self.path, journal)


def _complete_length(journal: Path) -> int:
    try:
        return complete_length(journal.read_bytes())
    except FileNotFoundError:
        return 0
