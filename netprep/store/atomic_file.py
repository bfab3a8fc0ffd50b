"""Write a file so that a crash at any instant leaves either the old or the new version.

Temp file in the same folder, flush, fsync, ``os.replace``, then fsync the folder.
Windows may refuse the rename while antivirus or a sync client holds the file: retry briefly.

Appending (the change journals) writes at a known offset and fsyncs before returning, so
a crash can only leave an unfinished last line, which readers drop and the next append
overwrites.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

TEMP_SUFFIX = ".netprep-tmp"
_REPLACE_ATTEMPTS = 6
_REPLACE_BACKOFF_S = 0.05


def atomic_write_bytes(
    path: Path, data: bytes, *, sleep: Callable[[float], None] = time.sleep
) -> None:
    """Replace ``path`` with ``data`` atomically and durably."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}{TEMP_SUFFIX}")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _replace_with_retry(tmp, path, sleep)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(path.parent)


def _replace_with_retry(src: Path, dst: Path, sleep: Callable[[float], None]) -> None:
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if attempt == _REPLACE_ATTEMPTS - 1:
                raise
            sleep(_REPLACE_BACKOFF_S * (attempt + 1))


def fsync_folder(folder: Path) -> None:
    """Make a rename or a deletion in ``folder`` survive a power cut."""
    _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    if sys.platform == "win32":  # folders cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def append_durably(path: Path, offset: int, data: bytes) -> None:
    """Write ``data`` at ``offset`` (the end of what is known to be good) and fsync.

    Anything past ``offset`` (an append that failed or was cut short) is cut off first;
    a failed append is cut off again, so the file never keeps half a write.
    """
    created = not path.exists()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
    try:
        try:
            if os.fstat(fd).st_size != offset:
                os.ftruncate(fd, offset)
            os.lseek(fd, offset, os.SEEK_SET)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        except BaseException:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, offset)
            raise
    finally:
        os.close(fd)
    if created:
        _fsync_folder(path.parent)


def remove_durably(path: Path) -> None:
    """Delete ``path`` if it exists, and make the deletion survive a power cut."""
    try:
        path.unlink()
    except FileNotFoundError:
        return
    _fsync_folder(path.parent)


def remove_stale_temp_files(folder: Path) -> list[Path]:
    """Delete temp files left by a process killed mid-write (the real file is intact)."""
    removed = []
    for tmp in folder.glob(f".*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            tmp.unlink()
            removed.append(tmp)
    return removed
