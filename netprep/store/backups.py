"""Copies of the data folder you can restore from, and what each one holds.

A backup is ``backups/<name>/``: a copy of every data file plus ``manifest.json`` (when it
was taken, why, how many records of each kind). Daily ones are named ``YYYY-MM-DD``;
those taken before a risky operation (migration, import, merge, restore) are named
``YYYY-MM-DD-HHMMSS-<label>``. Kept: the last 7 daily ones, one a week for the 4 weeks
before them, and the last 5 labelled ones. Each is made in a hidden ``.partial`` folder,
renamed when complete, and the rename is made durable (the ``backups`` folder is fsynced).

The daily one is taken in two steps so that copying never holds up the window:
:meth:`Backups.begin_daily` freezes the files as they are (hard links, instant, on the
thread that saves) and :meth:`PendingBackup.finish` copies them, on any thread.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import threading
from collections.abc import Callable, Collection
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

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
        return self._begin(name, now, label, counts, link=False).finish()

    def begin_daily(self, now: datetime, counts: dict[str, int]) -> PendingBackup | None:
        """Today's backup, frozen now but not yet copied (None if today's exists): the
        slow part, :meth:`PendingBackup.finish`, may run on another thread."""
        day = now.strftime("%Y-%m-%d")
        if any(_DAILY.match(p.name) and p.name.startswith(day) for p in self.all()):
            return None
        return self._begin(day, now, "daily", counts, link=True)

    def begin_labelled(self, now: datetime, label: str, counts: dict[str, int]) -> PendingBackup:
        """A backup before a risky operation, frozen now: the operation may go ahead at
        once, and :meth:`PendingBackup.finish` copies it (on any thread)."""
        name = f"{now.strftime('%Y-%m-%d-%H%M%S')}-{label}"
        return self._begin(name, now, label, counts, link=True)

    def clear_partials(self) -> None:
        """Remove half-made backups a crash left (only while none is being made)."""
        if self.root.is_dir():
            for partial in self.root.glob(".*.partial"):
                shutil.rmtree(partial, ignore_errors=True)

    def _begin(
        self, name: str, now: datetime, label: str, counts: dict[str, int] | None, *, link: bool
    ) -> PendingBackup:
        target = self.root / name
        number = 1
        # Never replace a backup (a re-run migration, the same second), nor one still being
        # copied under its staging name (it would be cleared under the other's feet).
        while target.exists() or _staging(target).exists():
            number += 1
            target = self.root / f"{name}-{number}"
        staging = _staging(target)
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        manifest = {"taken": now.isoformat(), "label": label, "counts": counts or {}}
        pending = PendingBackup(self, staging, target, manifest if counts is not None else None)
        for file_name in self.file_names:
            source = self.folder / file_name
            try:
                size = source.stat().st_size
            except FileNotFoundError:
                continue
            if link and _link(source, staging / file_name):
                pending.linked[file_name] = size
            else:
                atomic_write_bytes(staging / file_name, source.read_bytes())
            pending.copied += 1
        if pending.manifest is not None and pending.copied:
            # Written (and fsynced) now: a full disk shows here, when the folder opens.
            atomic_write_bytes(staging / MANIFEST, orjson.dumps(pending.manifest))
        needed = sum(pending.linked.values())
        if needed and shutil.disk_usage(staging).free < needed:
            raise OSError(errno.ENOSPC, "not enough free space for a backup", str(staging))
        return pending

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


class PendingBackup:
    """A backup frozen as the data was, not yet copied: each file is hard-linked into the
    staging folder (instant). Table files are only ever replaced whole (a new file), so a
    link keeps the bytes of that moment; journals only grow, so their size then is kept.
    :meth:`finish` turns every link into a copy of its own (a backup must not share its
    disk blocks with the live file), writes the manifest and renames the folder into place.
    Where links are not supported the files were copied at once instead."""

    def __init__(
        self, backups: Backups, staging: Path, target: Path, manifest: dict[str, Any] | None
    ) -> None:
        self.backups = backups
        self.staging = staging
        self.target = target
        self.manifest = manifest
        self.linked: dict[str, int] = {}  # file name -> its size when frozen
        self.copied = 0
        self.done = False
        # Held only to rename into place and prune, never while copying: the store sets
        # its backup lock here, so a backup begun meanwhile (an import's) does not wait.
        self.placing: AbstractContextManager[object] = nullcontext()
        self._finishing = threading.Lock()  # two callers (a worker, close()) copy it once

    def finish(self) -> Path:
        """Copy, rename into place, prune old backups; returns the backup's folder."""
        with self._finishing:
            return self._finish()

    def _finish(self) -> Path:
        if self.done:
            return self.target
        if not self.copied:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.done = True
            return self.target
        for file_name, size in self.linked.items():
            link = self.staging / file_name
            with open(link, "rb") as frozen:
                data = frozen.read(size)
            atomic_write_bytes(link, data)  # its own copy, in place of the link
        with self.placing:
            self.staging.rename(self.target)
            fsync_folder(self.backups.root)
            self.done = True
            self.backups._prune()
        return self.target

    def abandon(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
        self.done = True


def _staging(target: Path) -> Path:
    return target.parent / f".{target.name}.partial"


def _link(source: Path, link: Path) -> bool:
    try:
        os.link(source, link)
    except (OSError, NotImplementedError):  # FAT, some network drives, no permission
        return False
    return True


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
