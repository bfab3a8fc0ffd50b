"""Open a data folder: lock it, check every file, migrate, back up, hand out tables.

Layout of a data folder::

    netprep.json                  {"app": "netprep", "schema_version": N}
    contacts.json, notes.json...  one TinyDB table per file, a checksum per record
    contacts.changes.jsonl...     changes since the table file was last rewritten
    transactions.changes.jsonl    changes that span tables, one line each
    quarantine/                   damaged records set aside, never dropped
    backups/                      daily copies, and those taken before risky operations
    templates/                    the user's own brief templates (optional)
One file per table keeps a save small: editing a contact never touches the 100,000 notes,
and the journal keeps it from rewriting 30,000 contacts either.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.table import Table

from netprep.domain.clock import Clock
from netprep.domain.message import Message
from netprep.store.atomic_file import atomic_write_bytes, remove_stale_temp_files
from netprep.store.backups import BACKUP_DIR, Backups
from netprep.store.errors import (
    CorruptFileError,
    NewerSchemaError,
    SaveError,
    StoreError,
    cannot_open,
    disk_full_message,
    is_disk_full,
    missing_file,
)
from netprep.store.file_format import Damage, decode_journal, decode_table
from netprep.store.lock import FolderLock
from netprep.store.migrations import (
    SCHEMA_VERSION,
    RawTables,
    encode_meta,
    has_checksum,
    migrate,
    parse_meta,
)
from netprep.store.quarantine import Problem, describe, set_aside
from netprep.store.record_types import first_unreadable
from netprep.store.table_file import (
    JOURNAL_SUFFIX,
    TRANSACTION_JOURNAL,
    FileFormatError,
    Sequence,
    TableData,
    TableFileStorage,
    paused_gc,
    read_folder,
    write_table_file,
)
from netprep.store.transaction import Transactions, fold_tables

META_FILE = "netprep.json"
APP_MARKER = "netprep"
TABLES = ("profile", "contacts", "notes", "meetings", "interactions", "referrals", "followups")
LAZY_TABLES = {"notes": ("contact_id",)}  # read when asked for; by these (repository.py)


def table_file(table: str) -> str:
    return f"{table}.json"


def journal_file(table: str) -> str:
    return f"{table}{JOURNAL_SUFFIX}"


#: Settings kept beside the tables (default agenda, weekly review): backed up with them.
SETTINGS_FILES = ("agenda.json", "review.json")


def data_files() -> list[str]:
    """Every file a data folder may hold, the meta file first (what a backup copies)."""
    tables = [n for t in TABLES for n in (table_file(t), journal_file(t))]
    return [META_FILE, *tables, TRANSACTION_JOURNAL, *SETTINGS_FILES]


class Database:
    """The open data folder (or an in-memory one for tests)."""

    def __init__(
        self,
        folder: Path | None,
        clock: Clock,
        docs: dict[str, TableData] | dict[str, dict[str, Any]],
        *,
        read_only: bool = False,
        lock: FolderLock | None = None,
        last_seq: int = 0,
        in_shared_journal: Collection[str] = (),
    ) -> None:
        self.folder = folder
        self.clock = clock
        self.read_only = read_only
        self.problems: list[Problem] = []
        self.read_only_reason = ""
        self._lock = lock
        self._dbs: dict[str, TinyDB] = {}
        self.sequence = Sequence(last_seq)
        self.transactions = Transactions(folder, self.sequence)
        for name in TABLES:
            path = folder / table_file(name) if folder else None
            self._dbs[name] = TinyDB(
                path, name, docs.get(name, {}), self.sequence, read_only, storage=TableFileStorage
            )
        self.transactions.adopt({n: self.storage(n) for n in in_shared_journal if n in TABLES})

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def in_memory(cls, clock: Clock) -> Database:
        return cls(None, clock, {})

    @classmethod
    def open(cls, folder: Path, clock: Clock, *, read_only: bool = False) -> Database:
        """Open (creating if needed) a data folder. Raises a StoreError the user can read.

        Locks it, removes temp files a crash left, checks every file, sets damaged records
        aside, migrates an older folder (after a backup); on a full disk, opens read-only
        (``read_only_reason`` says why). The Store takes the daily backup once all is read.
        """
        try:
            try:
                return cls._open(folder, clock, read_only)
            except (OSError, SaveError) as exc:
                if read_only or not is_disk_full(exc):
                    raise
            db = cls._open(folder, clock, True)
            db.read_only_reason = disk_full_message(folder)
            return db
        except OSError as exc:  # not a folder, no permission, disk gone...
            raise cannot_open(folder, exc) from exc

    @classmethod
    def _open(cls, folder: Path, clock: Clock, read_only: bool) -> Database:
        folder.mkdir(parents=True, exist_ok=True)
        lock = None
        if not read_only:
            lock = FolderLock(folder)
            lock.acquire()
        try:
            if not read_only:
                remove_stale_temp_files(folder)
            backups = _backups(folder)
            version = _read_meta(folder, backups)
            if version > SCHEMA_VERSION:  # before parsing tables a newer netprep may lay out anew
                raise NewerSchemaError(folder / META_FILE, version, SCHEMA_VERSION)
            with paused_gc():
                try:
                    located = {t: LAZY_TABLES.get(t, ()) for t in TABLES}  # parsed as built
                    content = read_folder(
                        folder, TABLES, located if version == SCHEMA_VERSION else {}
                    )
                except FileFormatError as exc:
                    bad = exc.path or folder
                    raise CorruptFileError(
                        bad, exc.args[0], backups.newest_good(_is_good_file)
                    ) from None
            docs: dict[str, TableData] | dict[str, dict[str, Any]] = content.tables
            if read_only:
                problems = describe(content.damage)
                if version < SCHEMA_VERSION:  # show the data as this version reads it
                    docs = _migrated(content.docs, version)
            else:
                problems = set_aside(folder, content.damage, clock.now())
                if version < SCHEMA_VERSION:
                    docs = _migrate_folder(
                        folder, content.docs, version, clock, backups, content.last_seq
                    )
                elif not has_checksum(folder / META_FILE):  # new, or written before checksums
                    _write_meta(folder)
            db = cls(
                folder,
                clock,
                docs,
                read_only=read_only,
                lock=lock,
                last_seq=content.last_seq,
                in_shared_journal=content.in_shared_journal,
            )
            db.problems = problems
            if problems and not read_only:  # set aside: now rewrite the files without them
                db._fold({p.file.split(".")[0] for p in problems})
            return db
        except BaseException:
            if lock:
                lock.release()
            raise

    def table(self, name: str) -> Table:
        return self._dbs[name].table(name)

    def storage(self, name: str) -> TableFileStorage:
        storage = self._dbs[name].storage
        assert isinstance(storage, TableFileStorage)
        return storage

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Every change made inside is saved as one: all of it after a crash, or none."""
        with self.transactions.begin():
            yield

    def set_aside_records(self, table: str, bad: dict[str, str]) -> None:
        """Take documents that make no record (doc id -> why) out of ``table``, keeping them
        in the quarantine first. A read-only folder only reports them."""
        storage = self.storage(table)
        found = []
        for key, reason in bad.items():
            raw = bytes(storage.raw(key) or b"null")
            where = Message("record {key}", key=key)
            found.append((Path(table_file(table)), Damage(where, reason, raw)))
        if self.folder is None or self.read_only:
            self.problems += describe(found)
        else:
            try:
                self.problems += set_aside(self.folder, found, self.clock.now())
            except OSError as exc:
                self.problems += describe(found)
                self.make_read_only(f"Damaged records could not be set aside ({exc}).")
                return
        storage.apply_in_memory({}, list(bad))
        if self.folder is not None and not self.read_only:
            self._fold({table})

    def _fold(self, names: set[str]) -> None:
        """Rewrite the files damage was set aside from, so it is not shown again next start."""
        shared = "transactions" in names
        tables = set(TABLES) if shared else names & set(TABLES)
        fold_tables([self.storage(n) for n in sorted(tables)], shared)

    def make_read_only(self, reason: str) -> None:
        """Stop writing (a full disk found after opening); ``reason`` is shown to the user."""
        self.read_only = True
        self.read_only_reason = self.read_only_reason or reason
        for name in TABLES:
            self.storage(name).read_only = True

    def backups(self) -> Backups:
        if self.folder is None:
            raise StoreError("An in-memory store has no backups.")
        return _backups(self.folder)

    def take_daily_backup(self, counts: dict[str, int] | None = None) -> Path | None:
        """Copy the data files, once a day. The Store calls this once every record has
        been read, so that a backup never copies a file the app could not read."""
        if self.folder is None or self.read_only:
            return None
        settings = any((self.folder / name).exists() for name in SETTINGS_FILES)
        if counts is not None and not any(counts.values()) and not settings:
            return None  # nothing yet: a backup of it could only ever restore nothing
        try:
            return _backups(self.folder).take_daily(self.clock.now(), counts)
        except OSError as exc:
            raise SaveError(self.folder / BACKUP_DIR, exc) from exc

    def take_labelled_backup(self, label: str, counts: dict[str, int] | None = None) -> Path | None:
        """A backup before a risky operation (import, restore, merge, migration)."""
        if self.folder is None or self.read_only:
            return None
        try:
            return _backups(self.folder).take_labelled(self.clock.now(), label, counts)
        except OSError as exc:
            raise SaveError(self.folder / BACKUP_DIR, exc) from exc

    def close(self) -> None:
        for db in self._dbs.values():
            db.close()
        if self._lock:
            self._lock.release()
            self._lock = None


def _backups(folder: Path) -> Backups:
    return Backups(folder, data_files(), TABLES)


def _is_good_file(path: Path) -> bool:
    """Whether the file reads without damage and every document in it makes a record."""
    try:
        raw = path.read_bytes()
        if path.name == META_FILE:
            _parse_meta(raw)
            return True
        if path.name in SETTINGS_FILES:
            return isinstance(orjson.loads(raw), dict)
        if path.name.endswith(JOURNAL_SUFFIX):
            table = path.name.removesuffix(JOURNAL_SUFFIX)
            shared = path.name == TRANSACTION_JOURNAL
            changes, damage = decode_journal(raw, None if shared else table)
            return not damage and all(
                first_unreadable(name, puts) is None
                for change in changes
                for name, (puts, _) in change.tables.items()
            )
        content = decode_table(raw, path.stem)
        return not content.damage and first_unreadable(path.stem, content.docs) is None
    except (OSError, FileFormatError, orjson.JSONDecodeError):
        return False


def _parse_meta(raw: bytes) -> int:
    return parse_meta(raw, APP_MARKER, SCHEMA_VERSION)  # checksummed (migrations.py)


def _read_meta(folder: Path, backups: Backups) -> int:
    path = folder / META_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        existing = [
            n for n in data_files()[1:] if n not in SETTINGS_FILES and (folder / n).exists()
        ]
        if existing:
            raise missing_file(path, backups.newest_good(_is_good_file)) from None
        return SCHEMA_VERSION  # a new, empty folder
    try:
        return _parse_meta(raw)
    except FileFormatError as exc:
        raise CorruptFileError(path, exc.args[0], backups.newest_good(_is_good_file)) from None


def _write_meta(folder: Path) -> None:
    atomic_write_bytes(folder / META_FILE, encode_meta(APP_MARKER, SCHEMA_VERSION))


def _migrate_folder(
    folder: Path,
    docs: dict[str, dict[str, Any]],
    version: int,
    clock: Clock,
    backups: Backups,
    last_seq: int,
) -> dict[str, dict[str, Any]]:
    backups.take_labelled(clock.now(), f"before-v{SCHEMA_VERSION}")
    result = _migrated(docs, version)
    for name in TABLES:
        path = folder / table_file(name)
        if path.exists() or (folder / journal_file(name)).exists() or result[name]:
            write_table_file(path, name, result[name], last_seq)
    _write_meta(folder)  # last: a crash before this re-runs the (idempotent) migration
    return result


def _migrated(docs: dict[str, dict[str, Any]], version: int) -> dict[str, dict[str, Any]]:
    raw: RawTables = {name: docs.get(name, {}) for name in TABLES}
    migrated = migrate(raw, version)
    return {name: migrated.get(name, {}) for name in TABLES}


def restore_backup(folder: Path, backup: Path, now: datetime) -> list[Path]:
    """Put a backup's copy in place of every unreadable file; returns the files set aside.

    A bad file is renamed ``<name>.corrupt-<time>``, never deleted or overwritten; a table's
    file and its journal go together (the good one renamed ``….replaced-<time>``). A bad
    table the backup lacks starts empty; good files are kept (they may be newer).
    Refuses (DataDirLockedError) while another netprep has the folder open.
    """
    lock = FolderLock(folder)
    lock.acquire()
    try:
        return _restore(folder, backup, now.strftime("%Y%m%d-%H%M%S"))
    finally:
        lock.release()


def _restore(folder: Path, backup: Path, stamp: str) -> list[Path]:
    set_aside = []
    units = [[META_FILE], *([table_file(t), journal_file(t)] for t in TABLES)]
    for unit in units:
        present = [folder / name for name in unit if (folder / name).exists()]
        bad = [p for p in present if not _is_good_file(p)]
        meta_missing = unit == [META_FILE] and not present
        if not bad and not meta_missing:
            continue
        for path in present:
            label = "corrupt" if path in bad else "replaced"
            aside = path.with_name(f"{path.name}.{label}-{stamp}")
            path.rename(aside)
            set_aside.append(aside)
        for name in unit:
            if (backup / name).exists():
                atomic_write_bytes(folder / name, (backup / name).read_bytes())
    return set_aside
