"""``netprep --demo``'s data: each launch opens a fresh copy of the day's seeded demo.

Seeding builds two briefs (loading the brief engine and the interest taxonomy) and records a
past meeting: ~0.25 s on the way to the demo's window, every launch. The day's seeded folder
is kept in the user's cache instead, seeded by the first demo of the day (and again whenever
netprep's code or demo data change), and each launch copies it (~2 ms). The seed's dates
move with the day (a meeting "tomorrow"), so a copy from another day is never used.

Each day's folder carries a manifest (every file's name, size and digest) written last; a
copy that does not match it (a file removed or changed under the cache) is thrown away with
the day. Anything wrong with the cache (unwritable, full, damaged) falls back to seeding the
launch's own folder, as before: the demo never fails for want of a cache.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from netprep import __version__
from netprep.composition import default_cache_dir, open_app, seed_demo
from netprep.resources import resources_dir
from netprep.services.errors import UserError

if TYPE_CHECKING:
    from netprep.domain.clock import Clock

MANIFEST = "demo-manifest.json"  # in a day's folder, never copied
#: What the cache's demo folder may hold: days and builds (nothing else is ever removed).
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}-[0-9a-f]{16}")
_BUILD = ".building-"
#: A build, or another install's day, is swept once untouched this long (another launch
#: may be building or copying it right now).
STALE_BUILD_SECONDS = 600

_PACKAGE = Path(__file__).resolve().parent
_log = logging.getLogger(__name__)


def fill_demo(folder: Path, clock: Clock | None = None, cache: Path | None = None) -> None:
    """Put today's demo in the empty data folder ``folder`` (not open): a copy of the day's
    seeded demo from ``cache`` (default: the user's cache), or seeded in place."""
    from netprep.domain.clock import SystemClock

    clock = clock or SystemClock()
    root = (cache or default_cache_dir()) / "demo"
    day: Path | None = None
    try:
        day = seeded_day(root, clock)
        shutil.copytree(day, folder, dirs_exist_ok=True, ignore=_not_copied)
        if _listing(folder) == _manifest(day):
            return
        raise ValueError(f"{day} does not hold what its manifest lists")
    except ValueError as exc:  # a damaged day: dropped, and the next launch seeds it afresh
        _log.warning("demo cache damaged (%s): seeding the demo in place", exc)
        if day is not None:
            shutil.rmtree(day, ignore_errors=True)
    except (OSError, UserError) as exc:  # the cache is a head start only
        _log.warning("demo cache not used (%s): seeding the demo in place", exc)
    _empty(folder)
    _seed(folder, clock)


def seeded_day(root: Path, clock: Clock) -> Path:
    """The folder holding the day's demo as this code and data seed it, seeded if missing."""
    day = root / f"{clock.now().date().isoformat()}-{_code_and_data_digest()}"
    if day.is_dir():
        return day
    root.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=_BUILD, dir=root))
    try:
        _seed(building, clock)
        (building / _lock_name()).unlink(missing_ok=True)
        (building / MANIFEST).write_text(json.dumps(_listing(building)), encoding="utf-8")
        try:
            building.rename(day)  # whole or not at all; a launch alongside may win the race
        except OSError:
            if not day.is_dir():
                raise
    finally:
        if building.exists():
            shutil.rmtree(building, ignore_errors=True)
    _sweep(root, keep=day)
    return day


def _seed(folder: Path, clock: Clock) -> None:
    app = open_app(folder, clock)
    try:
        seed_demo(app)
    finally:
        app.close()


def _listing(folder: Path) -> dict[str, list[object]]:
    """Each file a copy holds (the manifest and the lock aside): its size and digest."""
    listed: dict[str, list[object]] = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_file() and name not in (MANIFEST, _lock_name()):
            data = path.read_bytes()
            listed[name] = [len(data), hashlib.blake2b(data, digest_size=16).hexdigest()]
    return listed


def _manifest(day: Path) -> dict[str, list[object]]:
    """What the day's folder held when it was seeded (ValueError if unreadable)."""
    try:
        found = json.loads((day / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"no readable manifest in {day}") from exc
    if not isinstance(found, dict):
        raise ValueError(f"no readable manifest in {day}")
    return found


def _code_and_data_digest() -> str:
    """What the seeded demo depends on: every file of the package and its resources (names,
    sizes, times changed), so an upgrade or an edit seeds afresh. ~2 ms for ~300 files."""
    digest = hashlib.blake2b(__version__.encode(), digest_size=8)  # a bundle has no .py files
    resources = resources_dir()  # inside the package in a wheel, beside it in a checkout
    tops = [_PACKAGE] if resources.is_relative_to(_PACKAGE) else [_PACKAGE, resources]
    for top in tops:
        for path, dirs, files in os.walk(top):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith((".pyc", ".pyo")):
                    continue
                info = os.stat(os.path.join(path, name))
                where = os.path.relpath(os.path.join(path, name), top)  # not the install's path
                digest.update(f"{where}:{info.st_size}:{info.st_mtime_ns};".encode())
    return digest.hexdigest()


def _lock_name() -> str:
    from netprep.store.lock import LOCK_NAME

    return LOCK_NAME


def _not_copied(folder: str, names: list[str]) -> set[str]:
    return {name for name in names if name in (_lock_name(), "backups", MANIFEST)}


def _sweep(root: Path, keep: Path) -> None:
    """Remove other days' demos, and builds a crash left behind. Only netprep's own names
    are touched, and nothing changed in the last minutes: another launch (another install:
    its code has another digest) may be building or copying it right now."""
    for entry in root.iterdir():
        ours = entry.name.startswith(_BUILD) or _DAY.fullmatch(entry.name)
        if entry == keep or not ours or not entry.is_dir() or entry.is_symlink():
            continue
        today = entry.name[:10] == keep.name[:10]
        try:
            recent = time.time() - entry.stat().st_mtime < STALE_BUILD_SECONDS
        except OSError:
            continue
        if recent and (today or entry.name.startswith(_BUILD)):
            continue
        shutil.rmtree(entry, ignore_errors=True)


def _empty(folder: Path) -> None:
    """What a failed copy left in the launch's own folder (it was empty)."""
    for entry in folder.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
