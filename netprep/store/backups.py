"""Daily copies of the data folder, the last few kept, and finding the newest good one."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from netprep.store.atomic_file import atomic_write_bytes

BACKUP_DIR = "backups"
DEFAULT_KEEP = 10


class Backups:
    def __init__(self, folder: Path, file_names: list[str], keep: int = DEFAULT_KEEP) -> None:
        self.folder = folder
        self.root = folder / BACKUP_DIR
        self.file_names = file_names
        self.keep = keep

    def all(self) -> list[Path]:
        """Backup folders, newest first (not a ``.partial`` one a crash left half-made)."""
        if not self.root.is_dir():
            return []
        found = (p for p in self.root.iterdir() if p.is_dir() and not p.name.startswith("."))
        return sorted(found, reverse=True)

    def take_daily(self, now: datetime) -> Path | None:
        """Copy the data files once a day; returns the new backup, or None if one exists."""
        day = now.strftime("%Y-%m-%d")
        if any(p.name.startswith(day) for p in self.all()):
            return None
        return self._take(day)

    def take_labelled(self, now: datetime, label: str) -> Path:
        return self._take(f"{now.strftime('%Y-%m-%d-%H%M%S')}-{label}")

    def newest_good(self, is_good: Callable[[Path], bool]) -> Path | None:
        """The newest backup all of whose files pass ``is_good`` (a parse check)."""
        for backup in self.all():
            files = [backup / name for name in self.file_names if (backup / name).exists()]
            if files and all(is_good(f) for f in files):
                return backup
        return None

    def _take(self, name: str) -> Path:
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
        staging.rename(target)
        self._prune()
        return target

    def _prune(self) -> None:
        for old in self.all()[self.keep :]:
            shutil.rmtree(old, ignore_errors=True)
        for partial in self.root.glob(".*.partial"):  # left by a crash mid-backup
            shutil.rmtree(partial, ignore_errors=True)
