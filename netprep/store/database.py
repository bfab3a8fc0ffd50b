"""Open a data folder: lock it, check every file, migrate, back up, hand out tables.

Layout of a data folder::

    netprep.json        {"app": "netprep", "schema_version": N}
    contacts.json, notes.json, ...   one TinyDB table per file (see TABLES)
    contacts.changes.jsonl, ...      changes saved since the table file was last
                                     rewritten (see table_file.py)
    backups/YYYY-MM-DD/  daily copies, the last few kept
    templates/           the user's own brief templates (optional)

One file per table keeps a save small: editing a contact never touches the
100,000 notes, and the journal keeps it from rewriting 30,000 contacts either.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.table import Table

from netprep.domain.clock import Clock
from netprep.store.atomic_file import atomic_write_bytes, remove_stale_temp_files
from netprep.store.backups import BACKUP_DIR, Backups
from netprep.store.errors import CorruptFileError, NewerSchemaError, SaveError, StoreError
from netprep.store.lock import FolderLock
from netprep.store.migrations import SCHEMA_VERSION, RawTables, migrate
from netprep.store.record_types import first_unreadable
from netprep.store.table_file import (
    JOURNAL_SUFFIX,
    FileFormatError,
    TableFileStorage,
    Tables,
    parse_journal,
    parse_table_file,
    paused_gc,
    read_table_file,
    write_table_file,
)

META_FILE = "netprep.json"
APP_MARKER = "netprep"
TABLES = ("profile", "contacts", "notes", "meetings", "interactions", "referrals", "followups")


def table_file(table: str) -> str:
    return f"{table}.json"


def journal_file(table: str) -> str:
    return f"{table}{JOURNAL_SUFFIX}"


#: Settings kept beside the tables (the user's default agenda): backed up with them.
SETTINGS_FILES = ("agenda.json",)


def data_files() -> list[str]:
    """Every file a data folder may hold, the meta file first (what a backup copies)."""
    tables = [n for t in TABLES for n in (table_file(t), journal_file(t))]
    return [META_FILE, *tables, *SETTINGS_FILES]


class Database:
    """The open data folder (or an in-memory one for tests)."""

    def __init__(
        self,
        folder: Path | None,
        clock: Clock,
        tables: dict[str, Tables],
        *,
        read_only: bool = False,
        lock: FolderLock | None = None,
    ) -> None:
        self.folder = folder
        self.clock = clock
        self.read_only = read_only
        self._lock = lock
        self._dbs: dict[str, TinyDB] = {}
        for name in TABLES:
            path = folder / table_file(name) if folder else None
            initial = tables.get(name) or {name: {}}
            self._dbs[name] = TinyDB(path, name, initial, read_only, storage=TableFileStorage)

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def in_memory(cls, clock: Clock) -> Database:
        return cls(None, clock, {})

    @classmethod
    def open(cls, folder: Path, clock: Clock, *, read_only: bool = False) -> Database:
        """Open (creating if needed) a data folder. Raises a StoreError the user can read.

        Locks the folder, removes temp files a crash left, checks every file and migrates
        an older folder (after a backup). The daily backup is left to the Store, which
        reads every record first (see :meth:`take_daily_backup`).
        """
        try:
            return cls._open(folder, clock, read_only)
        except OSError as exc:  # not a folder, no permission, disk gone...
            reason = exc.strerror or str(exc)
            named = exc.filename and str(exc.filename) != str(folder)
            where = f" ({exc.filename})" if named else ""
            raise StoreError(f"Cannot open the data folder {folder}: {reason}{where}.") from exc

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
                tables = {name: _load_table(folder, name, backups) for name in TABLES}
            if read_only:
                if version < SCHEMA_VERSION:  # show the data as this version reads it
                    tables = _migrated(tables, version)
            else:
                if version < SCHEMA_VERSION:
                    tables = _migrate_folder(folder, tables, version, clock, backups)
                elif not (folder / META_FILE).exists():
                    _write_meta(folder)
            return cls(folder, clock, tables, read_only=read_only, lock=lock)
        except BaseException:
            if lock:
                lock.release()
            raise

    def table(self, name: str) -> Table:
        return self._dbs[name].table(name)

    def take_daily_backup(self) -> Path | None:
        """Copy the data files, once a day. The Store calls this once every record has
        been read, so that a backup never copies a file the app could not read."""
        if self.folder is None or self.read_only:
            return None
        try:
            return _backups(self.folder).take_daily(self.clock.now())
        except OSError as exc:
            raise SaveError(self.folder / BACKUP_DIR, exc) from exc

    def unreadable(self, table: str, reason: str) -> CorruptFileError:
        """The error for a table whose file parses but holds something that is not a record."""
        if self.folder is None:
            return CorruptFileError(Path("(memory)") / table_file(table), reason, None)
        path = self.folder / table_file(table)
        return CorruptFileError(path, reason, _backups(self.folder).newest_good(_is_good_file))

    def close(self) -> None:
        for db in self._dbs.values():
            db.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- helpers ---------------------------------------------------------------------------------


def _backups(folder: Path) -> Backups:
    return Backups(folder, data_files())


def _is_good_file(path: Path) -> bool:
    """Whether the file parses and (for table files) every document in it makes a record."""
    try:
        raw = path.read_bytes()
        if path.name == META_FILE:
            _parse_meta(raw)
            return True
        if path.name in SETTINGS_FILES:
            return isinstance(orjson.loads(raw), dict)
        if path.name.endswith(JOURNAL_SUFFIX):
            table = path.name.removesuffix(JOURNAL_SUFFIX)
            changes = parse_journal(raw)
            return all(first_unreadable(table, puts) is None for puts, _ in changes)
        docs = parse_table_file(raw, path.stem)[path.stem]
        return first_unreadable(path.stem, docs) is None
    except (OSError, FileFormatError, orjson.JSONDecodeError):
        return False


def _parse_meta(raw: bytes) -> int:
    try:
        meta = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise FileFormatError(f"it is not valid JSON ({exc})") from None
    if not isinstance(meta, dict) or meta.get("app") != APP_MARKER:
        raise FileFormatError("it is not a netprep data file")
    version = meta.get("schema_version")
    if not isinstance(version, int) or version < 1:
        raise FileFormatError("it has no valid schema_version")
    return version


def _read_meta(folder: Path, backups: Backups) -> int:
    path = folder / META_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        existing = [
            n for n in data_files()[1:] if n not in SETTINGS_FILES and (folder / n).exists()
        ]
        if existing:
            raise CorruptFileError(
                path, "it is missing although data files exist", backups.newest_good(_is_good_file)
            ) from None
        return SCHEMA_VERSION  # a new, empty folder
    try:
        return _parse_meta(raw)
    except FileFormatError as exc:
        raise CorruptFileError(path, str(exc), backups.newest_good(_is_good_file)) from None


def _load_table(folder: Path, name: str, backups: Backups) -> Tables:
    path = folder / table_file(name)
    try:
        return read_table_file(path, name)
    except FileFormatError as exc:
        bad = exc.path or path
        raise CorruptFileError(bad, str(exc), backups.newest_good(_is_good_file)) from None


def _write_meta(folder: Path) -> None:
    meta = {"app": APP_MARKER, "schema_version": SCHEMA_VERSION}
    atomic_write_bytes(folder / META_FILE, orjson.dumps(meta, option=orjson.OPT_INDENT_2))


def _migrate_folder(
    folder: Path, tables: dict[str, Tables], version: int, clock: Clock, backups: Backups
) -> dict[str, Tables]:
    backups.take_labelled(clock.now(), f"before-v{SCHEMA_VERSION}")
    result = _migrated(tables, version)
    for name in TABLES:
        path = folder / table_file(name)
        if path.exists() or (folder / journal_file(name)).exists() or result[name][name]:
            write_table_file(path, name, result[name][name])
    _write_meta(folder)  # last: a crash before this re-runs the (idempotent) migration
    return result


def _migrated(tables: dict[str, Tables], version: int) -> dict[str, Tables]:
    raw: RawTables = {name: t.get(name, {}) for name, t in tables.items()}
    migrated = migrate(raw, version)
    result: dict[str, Tables] = {}
    for name in TABLES:
        docs: dict[str, dict[str, Any]] = migrated.get(name, {})
        result[name] = {name: docs}
    return result


def restore_backup(folder: Path, backup: Path, now: datetime) -> list[Path]:
    """Put a backup's copy in place of every unreadable file; returns the files set aside.

    A bad file is renamed to ``<name>.corrupt-<time>``, never deleted or overwritten.
    A table's file and its journal go together (a journal only makes sense on top of
    the file it was written against): if either is bad, both are set aside (the good
    one as ``<name>.replaced-<time>``) and the backup's copies come in. A bad table the
    backup does not hold is set aside and starts empty. Files that read fine are kept:
    they may hold newer work than the backup. Refuses (DataDirLockedError) while
    another netprep has the folder open.
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
