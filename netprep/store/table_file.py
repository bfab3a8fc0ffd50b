"""A TinyDB storage that keeps one table in one file and never rewrites it in place.

TinyDB's own JSONStorage truncates and rewrites its file, so a full disk or a
kill mid-write loses everything. This storage serialises with orjson and
writes through :func:`atomic_write_bytes`. It keeps the parsed data in memory
(TinyDB reads its storage on every query), and memory takes a change only
after the disk has it.

Rewriting a 40 MB contacts file for every edited contact costs over 100 ms
(serialising, writing, fsync), so a repository's save goes through
:meth:`TableFileStorage.apply`, which appends the changed documents as one line
to ``<table>.changes.jsonl`` next to the table file, and fsyncs. Reading a table
is the file plus its journal's changes in order (each line holds whole
documents, so replaying a line twice changes nothing). When the journal grows
past half the table file, the next save rewrites the table file atomically and
then deletes the journal. A line without its final newline is an append that
never completed (and was never reported as saved): it is dropped.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from netprep.store.atomic_file import append_durably, atomic_write_bytes, remove_durably
from netprep.store.errors import ReadOnlyError, SaveError

Tables = dict[str, dict[str, dict[str, Any]]]
Docs = dict[str, dict[str, Any]]

JOURNAL_SUFFIX = ".changes.jsonl"
JOURNAL_MIN_BYTES = 1 << 20  # below this a journal is never folded back into its table file
JOURNAL_MAX_RATIO = 0.5  # ... above it, once it outgrows this share of the table file


class FileFormatError(ValueError):
    """The file is not a readable netprep table file; the message says why."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


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


def journal_path(path: Path) -> Path:
    """``contacts.json`` -> ``contacts.changes.jsonl``."""
    return path.with_name(f"{path.stem}{JOURNAL_SUFFIX}")


def parse_table_file(raw: bytes, table: str) -> Tables:
    """Parse and check one table file's bytes. Raises FileFormatError."""
    if not raw.strip():
        raise FileFormatError("the file is empty (it may have been truncated)")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise FileFormatError(f"it is not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise FileFormatError("it is not a netprep data file (top level is not an object)")
    unknown = set(data) - {table}
    if unknown:
        raise FileFormatError(
            f"it is not a netprep {table} file (unexpected section {sorted(unknown)[0]!r})"
        )
    docs = data.get(table, {})
    if not isinstance(docs, dict):
        raise FileFormatError(f"its {table!r} section is not an object")
    _check_docs(docs)
    return {table: docs}


def _check_docs(docs: dict[Any, Any], where: str = "") -> None:
    for key, doc in docs.items():
        if not key.isdigit() or not isinstance(doc, dict) or not isinstance(doc.get("id"), str):
            raise FileFormatError(f"{where}record {key!r} is not a netprep record")


def parse_journal(raw: bytes) -> list[tuple[Docs, list[str]]]:
    """The (documents to put, document ids to delete) of each complete journal line.

    An unterminated last line is an append cut short by a crash: it is left out.
    Any complete line that is not a change means the file is damaged: FileFormatError.
    """
    end = raw.rfind(b"\n") + 1
    changes = []
    for number, line in enumerate(raw[:end].split(b"\n")[:-1], start=1):
        if not line.strip():
            continue
        try:
            entry = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise FileFormatError(f"change {number} is not valid JSON ({exc})") from None
        if not isinstance(entry, dict) or set(entry) - {"put", "del"}:
            raise FileFormatError(f"change {number} is not a netprep change")
        puts, deletes = entry.get("put", {}), entry.get("del", [])
        if not isinstance(puts, dict) or not isinstance(deletes, list):
            raise FileFormatError(f"change {number} is not a netprep change")
        _check_docs(puts, f"change {number}: ")
        if not all(isinstance(d, str) and d.isdigit() for d in deletes):
            raise FileFormatError(f"change {number} deletes something that is not a record")
        changes.append((puts, deletes))
    return changes


def read_table_file(path: Path, table: str) -> Tables:
    """The table as saved: its file (empty if missing) with its journal's changes applied.

    Raises FileFormatError whose ``path`` names the file that is damaged.
    """
    try:
        tables = parse_table_file(path.read_bytes(), table)
    except FileNotFoundError:
        tables = {table: {}}
    except FileFormatError as exc:
        raise FileFormatError(str(exc), path) from None
    journal = journal_path(path)
    try:
        changes = parse_journal(journal.read_bytes())
    except FileNotFoundError:
        return tables
    except FileFormatError as exc:
        raise FileFormatError(str(exc), journal) from None
    docs = tables[table]
    for puts, deletes in changes:
        docs.update(puts)
        for doc_id in deletes:
            docs.pop(doc_id, None)
    return tables


def write_table_file(path: Path, table: str, docs: Docs) -> int:
    """Rewrite the table file atomically, then drop its journal; returns the bytes written.

    A crash between the two leaves a journal whose changes the new file already holds:
    replaying them changes nothing.
    """
    data = orjson.dumps({table: docs})
    atomic_write_bytes(path, data)
    with contextlib.suppress(OSError):  # if it stays, replaying it is harmless
        remove_durably(journal_path(path))
    return len(data)


class TableFileStorage(Storage):
    """Storage for one table. ``path=None`` keeps everything in memory (tests)."""

    def __init__(
        self, path: Path | None, table: str, initial: Tables, read_only: bool = False
    ) -> None:
        self.path = path
        self.table = table
        self.read_only = read_only
        self._docs: Docs = initial.get(table, {})
        self._journal_size: int | None = None  # bytes of complete lines; None = not measured
        self._file_size = 0

    def read(self) -> Tables:
        # A fresh outer dict: TinyDB puts its edited copy of the table there before write().
        return {self.table: self._docs}

    def write(self, data: Tables) -> None:
        """TinyDB's own write path: the whole table, rewritten."""
        self._check_writable()
        docs = data.get(self.table, {})
        if self.path is not None:
            try:
                self._rewrite(docs)
            except OSError as exc:
                self._reload()  # TinyDB may have edited documents in place
                raise SaveError(self.path, exc) from exc
        self._docs = docs

    def apply(self, puts: Mapping[str, dict[str, Any]], deletes: Collection[str]) -> None:
        """Put and delete documents (keyed by doc id) as one durable change."""
        self._check_writable()
        if not puts and not deletes:
            return
        if self.path is not None:
            try:
                self._persist(puts, deletes)
            except OSError as exc:
                raise SaveError(self.path, exc) from exc
        self._docs.update(puts)
        for doc_id in deletes:
            self._docs.pop(doc_id, None)

    def close(self) -> None:
        """Nothing is buffered: every write is already on disk."""

    # -- internals -------------------------------------------------------------------------

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(self.path.parent if self.path else Path("(memory)"))

    def _persist(self, puts: Mapping[str, dict[str, Any]], deletes: Collection[str]) -> None:
        assert self.path is not None
        journal = journal_path(self.path)
        if self._journal_size is None:
            self._journal_size = _complete_length(journal)
            self._file_size = self.path.stat().st_size if self.path.exists() else 0
        line = b""
        if self._file_size:  # no table file yet: it is written whole
            line = orjson.dumps({"put": puts, "del": list(deletes)}) + b"\n"
        limit = max(JOURNAL_MIN_BYTES, int(self._file_size * JOURNAL_MAX_RATIO))
        if not line or self._journal_size + len(line) > limit:
            docs = {**self._docs, **puts}
            for doc_id in deletes:
                docs.pop(doc_id, None)
            self._rewrite(docs)
            return
        append_durably(journal, self._journal_size, line)
        self._journal_size += len(line)

    def _rewrite(self, docs: Docs) -> None:
        assert self.path is not None
        self._journal_size = None  # measured again before the next append
        write_table_file(self.path, self.table, docs)

    def _reload(self) -> None:
        if self.path is not None:
            self._docs = read_table_file(self.path, self.table)[self.table]
            self._journal_size = None


def _complete_length(journal: Path) -> int:
    """Bytes up to the journal's last newline: where the next line goes."""
    try:
        raw = journal.read_bytes()
    except FileNotFoundError:
        return 0
    return raw.rfind(b"\n") + 1
