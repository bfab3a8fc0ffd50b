"""File → Back up now at LinkedIn scale: how long the window stops turning its event loop.

Side by side in one run, on a copy of the same data folder:
  old  - the copy on the GUI thread (``BackupService.back_up_now``, what the menu item ran);
  new  - the menu item as it is (``DataCare.back_up_now``): the data frozen on the GUI thread,
         copied on a daemon thread while the event loop keeps ticking.
For each: the longest gap between two 5 ms timer ticks (the freeze a user sees), the GUI
thread's CPU time, and the wall time until the backup is in place.

    .venv/bin/python benchmarks/backup_now_benchmark.py [--folder DIR]

DIR defaults to the scale benchmark's cached 30,000-contact folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from netprep.composition import open_app
from netprep.domain.clock import SystemClock
from netprep.gui.shell.data_care import DataCare

DEFAULT = Path("/tmp/netprep-scale-bench/contacts-30000")


class Ticks:
    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()


def run(folder: Path) -> None:
    qt = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="netprep-backup-bench-"))
    data = work / "data"
    data.mkdir()
    for name in os.listdir(folder):
        if (folder / name).is_file() and name.endswith((".json", ".jsonl")):
            shutil.copy2(folder / name, data / name)
    size = sum(f.stat().st_size for f in data.iterdir())
    app = open_app(data, SystemClock())
    try:
        window = QMainWindow()
        window.menuBar().addMenu(QMenu("&File", window))
        care = DataCare(window, app, restart=lambda: None)
        while care.copier.busy or care.manual_wanted:  # the day's backup, if one was due
            qt.processEvents()
        ticks = Ticks()
        print(f"{len(app.contacts.all()):,} contacts, data files {size / 1e6:.0f} MB")
        print(f"{'':5} {'longest freeze':>15} {'GUI-thread CPU':>15} {'wall':>8}")

        ticks.start()
        qt.processEvents()
        wall, cpu = time.perf_counter(), time.thread_time()
        app.backups.back_up_now()  # old: copied before the handler returned
        cpu, wall = time.thread_time() - cpu, time.perf_counter() - wall
        qt.processEvents()
        print(f"{'old':5} {ticks.longest * 1000:>12.0f} ms {cpu * 1000:>12.0f} ms {wall:>7.2f}s")

        ticks.start()
        qt.processEvents()
        wall, cpu = time.perf_counter(), time.thread_time()
        care.back_up_action.trigger()  # new: frozen here, copied on a daemon thread
        while care.copier.busy:
            qt.processEvents()
            time.sleep(0.001)
        cpu, wall = time.thread_time() - cpu, time.perf_counter() - wall
        print(f"{'new':5} {ticks.longest * 1000:>12.0f} ms {cpu * 1000:>12.0f} ms {wall:>7.2f}s")
        print(window.statusBar().currentMessage())
    finally:
        app.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=DEFAULT)
    run(parser.parse_args().folder)
