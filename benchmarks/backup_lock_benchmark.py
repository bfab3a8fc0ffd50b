"""An import's before-import backup while File → Back up now is still copying, at scale.

Side by side in one run, on a copy of the same data folder:
  old - the store's backup lock held for the whole copy (as before this change): the
        before-import backup waits for Back up now's copy to end;
  new - the lock held only to choose a name and to rename into place: it is frozen at once.
For each: the wall and CPU time of ``Store.take_labelled_backup("before-import")`` on the
calling thread (the import's), and how long Back up now's copy took beside it.

    .venv/bin/python benchmarks/backup_lock_benchmark.py [--folder DIR]

DIR defaults to the scale benchmark's cached 30,000-contact folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from netprep.composition import open_app
from netprep.services.errors import UserError
from netprep.store.backups import PendingBackup
from netprep.store.errors import SaveError
from netprep.store.store import Store

DEFAULT = Path("/tmp/scale-data/contacts-30000")


def _old_finish_backup(self: Store, pending: PendingBackup) -> Path:
    """Store.finish_backup as it was: the backup lock held around the whole copy."""
    with self._backup_lock:
        try:
            return pending.finish()
        except OSError as exc:
            pending.abandon()
            raise SaveError(pending.target, exc) from exc


@contextmanager
def patched(owner: type, name: str, value: Callable[..., object] | None) -> Iterator[None]:
    if value is None:
        yield
        return
    real = getattr(owner, name)
    setattr(owner, name, value)
    try:
        yield
    finally:
        setattr(owner, name, real)


def measure(folder: Path, old: bool) -> tuple[float, float, float]:
    """(wait s, CPU s) of the before-import backup on this thread, copy wall s."""
    app = open_app(folder)
    try:
        entered = threading.Event()
        real_finish = PendingBackup.finish

        def finish(pending: PendingBackup) -> Path:
            entered.set()
            return real_finish(pending)

        with (
            patched(PendingBackup, "finish", finish),
            patched(Store, "finish_backup", _old_finish_backup if old else None),
        ):
            copy = app.backups.back_up_in_background()
            copied: list[float] = []
            start = time.perf_counter()

            def run() -> None:
                try:
                    copy()
                except UserError as error:
                    print("copy failed:", error)
                copied.append(time.perf_counter() - start)

            worker = threading.Thread(target=run)
            worker.start()
            entered.wait(30)
            wall, cpu = time.perf_counter(), time.thread_time()
            app.store.take_labelled_backup("before-import")
            waited, spent = time.perf_counter() - wall, time.thread_time() - cpu
            worker.join()
            app.store.settle_backups()
        return waited, spent, copied[0]
    finally:
        app.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="netprep-backup-lock-"))
    try:
        data = work / "data"
        data.mkdir()
        size = 0
        for entry in os.scandir(args.folder):
            if entry.is_file() and entry.name.endswith((".json", ".jsonl")):
                shutil.copy2(entry.path, data / entry.name)
                size += entry.stat().st_size
        print(f"data folder: {size / 1e6:.0f} MB ({args.folder})")
        print(f"{'lock':<5} {'before-import wait':>19} {'its CPU':>9} {'Back up now copy':>17}")
        for run in range(args.runs):
            for old in (True, False):
                waited, spent, copy = measure(data, old)
                shutil.rmtree(data / "backups", ignore_errors=True)  # the next run's room
                label = "old" if old else "new"
                print(
                    f"{label:<5} {waited * 1000:>16.0f} ms {spent * 1000:>6.0f} ms {copy:>15.2f} s"
                )
            if run + 1 < args.runs:
                print()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
