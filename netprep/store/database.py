"""Open a data folder: lock it, check every file, migrate, back up, hand out tables.

Layout of a data folder::

    netprep.json        {"app": "netprep", "schema_version": N}
    contacts.json, notes.json, ...   one TinyDB table per file (see TABLES)
    backups/YYYY-MM-DD/  daily copies, the last few kept
    templates/           the user's own brief templates (optional)

One file per table keeps a save small: editing a contact rewrites contacts.json,
not the 100,000 notes.
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
from netprep.store.backups import Backups
from netprep.store.errors import CorruptFileError, NewerSchemaError
from netprep.store.lock import FolderLock
from netprep.store.migrations import SCHEMA_VERSION, RawTables, migrate
from netprep.store.table_file import (
    FileFormatError,
    TableFileStorage,
    Tables,
    parse_table_file,
    read_table_file,
)

META_FILE = "netprep.json"
APP_MARKER = "netprep"
TABLES = ("profile", "contacts", "notes", "meetings", "interactions", "referrals", "followups")


def table_file(table: str) -> str:
    return f"{table}.json"


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
        """Open (creating if needed) a data folder. Raises a StoreError the user can read."""
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
            tables = {name: _load_table(folder, name, backups) for name in TABLES}
            if version > SCHEMA_VERSION:
                raise NewerSchemaError(folder / META_FILE, version, SCHEMA_VERSION)
            if not read_only:
                if version < SCHEMA_VERSION:
                    tables = _migrate_folder(folder, tables, version, clock, backups)
                elif not (folder / META_FILE).exists():
                    _write_meta(folder)
                backups.take_daily(clock.now())
            return cls(folder, clock, tables, read_only=read_only, lock=lock)
        except BaseException:
            if lock:
                lock.release()
            raise

    def table(self, name: str) -> Table:
        return self._dbs[name].table(name)

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
    return Backups(folder, [META_FILE, *(table_file(t) for t in TABLES)])


def _is_good_file(path: Path) -> bool:
    try:
        raw = path.read_bytes()
        if path.name == META_FILE:
            _parse_meta(raw)
        else:
            parse_table_file(raw, path.stem)
    except (OSError, FileFormatError):
        return False
    return True


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
        existing = [t for t in TABLES if (folder / table_file(t)).exists()]
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
        raise CorruptFileError(path, str(exc), backups.newest_good(_is_good_file)) from None


def _write_meta(folder: Path) -> None:
    meta = {"app": APP_MARKER, "schema_version": SCHEMA_VERSION}
    atomic_write_bytes(folder / META_FILE, orjson.dumps(meta, option=orjson.OPT_INDENT_2))


def _migrate_folder(
    folder: Path, tables: dict[str, Tables], version: int, clock: Clock, backups: Backups
) -> dict[str, Tables]:
    backups.take_labelled(clock.now(), f"before-v{SCHEMA_VERSION}")
    raw: RawTables = {name: t.get(name, {}) for name, t in tables.items()}
    migrated = migrate(raw, version)
    result: dict[str, Tables] = {}
    for name in TABLES:
        docs: dict[str, dict[str, Any]] = migrated.get(name, {})
        result[name] = {name: docs}
        if (folder / table_file(name)).exists() or docs:
            atomic_write_bytes(folder / table_file(name), orjson.dumps(result[name]))
    _write_meta(folder)  # last: a crash before this re-runs the (idempotent) migration
    return result


def restore_backup(folder: Path, backup: Path, now: datetime) -> list[Path]:
    """Put a backup's copy in place of every unreadable file; returns the files set aside.

    A bad file is renamed to ``<name>.corrupt-<time>``, never deleted or overwritten.
    Files that read fine are kept: they may hold newer work than the backup.
    """
    set_aside = []
    stamp = now.strftime("%Y%m%d-%H%M%S")
    for source in sorted(backup.iterdir()):
        target = folder / source.name
        if target.exists() and _is_good_file(target):
            continue
        if target.exists():
            aside = target.with_name(f"{target.name}.corrupt-{stamp}")
            target.rename(aside)
            set_aside.append(aside)
        atomic_write_bytes(target, source.read_bytes())
    return set_aside
