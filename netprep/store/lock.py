"""One writer per data folder: an OS-level lock held on an open descriptor while open,
and a watch for the writers a lock cannot stop.

On POSIX the lock (``flock``) is taken on the data folder itself, opened as a
descriptor: deleting ``.netprep.lock`` (which only names the owner's process id) cannot
let a second writer in. On Windows the lock (``msvcrt.locking``) is on the lock file,
which Windows will not delete while it is open. The OS releases the lock when the
process dies, so a crash never leaves the folder locked.

The lock is per machine: a sync tool (Dropbox, Syncthing...) or netprep on another
computer may still replace a table or a journal under a running app. :class:`FileWatch`
remembers what each data file looked like (inode, size, modification time) when netprep
last read or wrote it, and every write first checks that nothing else changed them;
if something did, the write is refused (FolderChangedError) instead of overwriting it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from netprep.store.errors import DataDirLockedError, FolderChangedError

LOCK_NAME = ".netprep.lock"


class FolderLock:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / LOCK_NAME
        self._fh: IO[str] | None = None
        self._folder_fd: int | None = None

    def acquire(self) -> None:
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        try:
            self._folder_fd = _lock(fh, self.folder)
        except OSError:
            owner = ""
            with contextlib.suppress(OSError):  # Windows refuses to read a locked byte
                fh.seek(0)
                owner = fh.read().strip()
            fh.close()
            raise DataDirLockedError(self.folder, owner) from None
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is None:
            return
        with contextlib.suppress(OSError):
            self._fh.seek(0)
            self._fh.truncate()
            _unlock(self._fh, self._folder_fd)
        self._fh.close()
        self._fh = None
        if self._folder_fd is not None:
            os.close(self._folder_fd)
            self._folder_fd = None

    @property
    def held(self) -> bool:
        return self._fh is not None


Identity = tuple[int, int, int] | None  # (inode, size, mtime in ns); None: no such file


def identity(path: Path) -> Identity:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


class FileWatch:
    """What netprep last read or wrote in each data file; anything else is a change."""

    def __init__(self) -> None:
        self._seen: dict[Path, Identity] = {}

    def remember(self, *paths: Path) -> None:
        """These files are as netprep now knows them (just read, or just written)."""
        for path in paths:
            self._seen[path] = identity(path)

    def refresh(self) -> None:
        """netprep itself replaced the files (a restore): remember them as they are now."""
        self.remember(*self._seen)

    def changed(self, paths: Iterable[Path] | None = None) -> list[Path]:
        """Watched files another program changed since (all of them, or ``paths``)."""
        watched = self._seen if paths is None else [p for p in paths if p in self._seen]
        return [p for p in watched if identity(p) != self._seen[p]]

    def check(self, *paths: Path) -> None:
        """Raise FolderChangedError if another program changed any of ``paths``."""
        changed = self.changed(paths)
        if changed:
            raise FolderChangedError(changed)


if sys.platform == "win32":
    import msvcrt

    def _lock(fh: IO[str], folder: Path) -> int | None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        return None

    def _unlock(fh: IO[str], folder_fd: int | None) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[str], folder: Path) -> int | None:
        fd = os.open(folder, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise
        return fd

    def _unlock(fh: IO[str], folder_fd: int | None) -> None:
        if folder_fd is not None:
            fcntl.flock(folder_fd, fcntl.LOCK_UN)
