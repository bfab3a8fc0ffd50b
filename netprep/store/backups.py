"""Copies of the data folder you can restore from, and what each one holds.

A backup is ``backups/<name>/``: a copy of every data file plus ``manifest.json`` (when it
was taken, why, how many records of each kind). Daily ones are named ``YYYY-MM-DD``;
those taken before a risky operation (migration, import, merge, restore) are named
``YYYY-MM-DD-HHMMSS-<label>``. Kept: the last 7 daily ones, one a week for the 4 weeks
before them, and the last 5 labelled ones. Each is made in a hidden ``.partial`` folder,
renamed when complete, and the rename is made durable (the ``backups`` folder is fsynced).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import orjson

from netprep.store.atomic_file import atomic_write_bytes, fsync_folder, remove_durably
from netprep.store.table_file import FileFormatError, read_folder

BACKUP_DIR = "backups"
MANIFEST = "manifest.json"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_LABELLED = 5
DEFAULT_KEEP = KEEP_DAILY  # (older name)
_DAILY = re.compile(r"^(\d{4}-\d{2}-\d{2})(-\d+)?$")
_LABELLED = re.compile(r"^(\d{4}-\d{2}-\d{2})-(\d{6})-(.+)$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: datetime | None
    label: str  # "daily", or why it was taken ("before-import", "manual"...)
    counts: dict[str, int]  # records per table; empty when the backup cannot be read

    @property
    def name(self) -> str:
        return self.path.name


class Backups:
    def __init__(self, folder: Path, file_names: list[str], tables: Collection[str] = ()) -> None:
        self.folder = folder
        self.root = folder / BACKUP_DIR
        self.file_names = file_names
        self.tables = tuple(tables)

    def all(self) -> list[Path]:
        """Backup folders, newest first (not a ``.partial`` one a crash left half-made)."""
        if not self.root.is_dir():
            return []
        found = (p for p in self.root.iterdir() if p.is_dir() and not p.name.startswith("."))
        return sorted(found, key=_taken_key, reverse=True)

    def take_daily(self, now: datetime, counts: dict[str, int] | None = None) -> Path | None:
        """Copy the data files once a day; returns the new backup, or None if one exists."""
        day = now.strftime("%Y-%m-%d")
        if any(_DAILY.match(p.name) and p.name.startswith(day) for p in self.all()):
            return None
        return self._take(day, now, "daily", counts)

    def take_labelled(
        self, now: datetime, label: str, counts: dict[str, int] | None = None
    ) -> Path:
        return self._take(f"{now.strftime('%Y-%m-%d-%H%M%S')}-{label}", now, label, counts)

    def newest_good(self, is_good: Callable[[Path], bool]) -> Path | None:
        """The newest backup all of whose files pass ``is_good`` (a parse check)."""
        for backup in self.all():
            files = [backup / name for name in self.file_names if (backup / name).exists()]
            if files and all(is_good(f) for f in files):
                return backup
        return None

    def info(self, backup: Path) -> BackupInfo:
        """When, why, and how many records (from its manifest, or by reading it)."""
        taken, label, counts = _from_name(backup.name), "daily", {}
        try:
            manifest = orjson.loads((backup / MANIFEST).read_bytes())
            taken = datetime.fromisoformat(manifest["taken"])
            label = str(manifest["label"])
            counts = {str(k): int(v) for k, v in manifest["counts"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            match = _LABELLED.match(backup.name)
            label = match.group(3) if match else "daily"
            try:
                content = read_folder(backup, self.tables)
                counts = {name: len(docs) for name, docs in content.docs.items()}
            except (OSError, FileFormatError):
                counts = {}
        return BackupInfo(backup, taken, label, counts)

    def restore(self, backup: Path, now: datetime, counts: dict[str, int]) -> Path:
        """Put ``backup`` in place of the data files; returns the backup of what was replaced.

        The caller holds the folder's lock and reopens the folder afterwards. The current
        files are first backed up (``…-before-restore``); data files the backup does not
        hold (a journal, say) are removed, or they would be replayed onto the older files.
        """
        if not backup.is_dir() or backup.parent != self.root:
            raise FileNotFoundError(f"no backup named {backup.name}")
        replaced = self.take_labelled(now, "before-restore", counts)
        for name in self.file_names:
            source, target = backup / name, self.folder / name
            if source.exists():
                atomic_write_bytes(target, source.read_bytes())
            elif target.exists():
                remove_durably(target)
        return replaced

    def _take(self, name: str, now: datetime, label: str, counts: dict[str, int] | None) -> Path:
        target = self.root / name
        number = 1
        while target.exists():  # never replace a backup (a re-run migration, the same second)
            number += 1
            target = self.root / f"{name}-{number}"
        name = target.name
        staging = self.root / f".{name}.partial"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        copied = 0
        for file_name in self.file_names:
            source = self.folder / file_name
            if source.exists():
                atomic_write_bytes(staging / file_name, source.read_bytes())
                copied += 1
        if not copied:
            staging.rmdir()
            return target
        manifest = {"taken": now.isoformat(), "label": label, "counts": counts or {}}
        if counts is not None:
            atomic_write_bytes(staging / MANIFEST, orjson.dumps(manifest))
        staging.rename(target)
        fsync_folder(self.root)
        self._prune()
        return target

    def _prune(self) -> None:
        backups = self.all()
        daily = [p for p in backups if _DAILY.match(p.name)]
        labelled = [p for p in backups if not _DAILY.match(p.name)]
        keep = set(daily[:KEEP_DAILY]) | set(labelled[:KEEP_LABELLED])
        weeks: set[tuple[int, int]] = set()
        for old in daily[KEEP_DAILY:]:
            week = _week(old.name)
            if week not in weeks and len(weeks) < KEEP_WEEKLY:
                weeks.add(week)
                keep.add(old)
        for old in backups:
            if old not in keep:
                shutil.rmtree(old, ignore_errors=True)
        for partial in self.root.glob(".*.partial"):  # left by a crash mid-backup
            shutil.rmtree(partial, ignore_errors=True)


def _from_name(name: str) -> datetime | None:
    match = _LABELLED.match(name)
    try:
        if match:
            return datetime.strptime(match.group(1) + match.group(2), "%Y-%m-%d%H%M%S")
        daily = _DAILY.match(name)
        return datetime.strptime(daily.group(1), "%Y-%m-%d") if daily else None
    except ValueError:
        return None


def _taken_key(path: Path) -> str:
    """Sorts by when taken: a daily one counts as taken at midnight."""
    labelled, daily = _LABELLED.match(path.name), _DAILY.match(path.name)
    if labelled:
        return f"{labelled.group(1)}-{labelled.group(2)}{path.name}"
    if daily:
        return f"{daily.group(1)}-000000{path.name}"
    return path.name


def _week(name: str) -> tuple[int, int]:
    try:
        year, week, _ = date.fromisoformat(name[:10]).isocalendar()
    except ValueError:
        return (0, 0)
    return (year, week)
