"""The contacts page at 30,000 contacts: old code against new, side by side, wall and CPU.

Each round runs one fresh process per tree (the old tree is ``git archive`` of ``--old``
unpacked in the temp dir; the new one is this checkout), alternating, so both see the same
load on a shared machine. Each process opens a fresh copy of the data set that
``scale_benchmark.py`` builds (30,000 contacts, 100,000 notes), shows the main window, then:

- opens the contacts page: the longest the event loop was held (a frozen window), the time
  until the page was shown, and the time until every contact is listed,
- types the scale benchmark's searches (``setText``, then events and a repaint of the list and
  the count, as ``scale_benchmark.in_window`` does): each keystroke to idle, the first
  character, clearing; CPU time beside the wall time,
- saves a contact (Ctrl+S): the GUI stall.

Run: .venv/bin/python benchmarks/contacts_benchmark.py [--old REV] [--rounds 3] [--size 30000]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SEARCHES = (
    *("m", "ma", "mar", "mari", "maria", "", "product", "product nhs", ""),
    *("gov", "gove", "governance", "", "rota triage", "", "maria rota", ""),
)


# -- one process: one tree -------------------------------------------------------------------


def _child(folder: Path, repeats: int) -> dict[str, list[float]]:
    import gc

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer

    from netprep.composition import open_app
    from netprep.gui.shell.application import make_qt_app
    from netprep.gui.shell.main_window import MainWindow
    from netprep.gui.shell.window_state import WindowState

    figures: dict[str, list[float]] = {}

    def add(name: str, wall: float, cpu: float | None = None) -> None:
        figures.setdefault(name, []).append(wall * 1000)
        if cpu is not None:
            figures.setdefault(name + " CPU", []).append(cpu * 1000)

    app = open_app(folder)
    gc.freeze()
    qt_app = make_qt_app()
    window = MainWindow(app, WindowState(folder / "bench-window.ini"))
    window.show()
    window_shown = time.perf_counter()
    qt_app.processEvents()

    longest, last = [0.0], [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        longest[0] = max(longest[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)

    def spin(until: Callable[[], bool], timeout: float = 60.0) -> None:
        end = time.perf_counter() + timeout
        while not until() and time.perf_counter() < end:
            qt_app.processEvents()
            time.sleep(0.001)

    # The window reads the network for briefs ahead, 1.5 s after it is up (on a thread that
    # holds the interpreter for a while): not the contacts page's doing, so done first.
    read_ahead = getattr(window, "read_ahead", None)
    if read_ahead is not None:
        spin(lambda: not read_ahead.timer.isActive(), timeout=10)
        read_ahead.wait()
    # The tray reminders' first check (2 s after the window: ~15-30 ms at 30,000 contacts,
    # reading every contact's name) is not the page's doing either: past it first.
    spin(lambda: time.perf_counter() - window_shown > 2.5, timeout=5)
    total = len(app.contacts.all())
    longest[0], last[0] = 0.0, time.perf_counter()
    timer.start()
    started, cpu = time.perf_counter(), time.process_time()
    window.show_section("contacts")
    page = window.contacts_page
    shown, shown_cpu = time.perf_counter() - started, time.process_time() - cpu
    qt_app.processEvents()
    spin(lambda: page.proxy.rowCount() == total)
    listed, listed_cpu = time.perf_counter() - started, time.process_time() - cpu
    spin(lambda: page.note_search.index is not None, timeout=300)  # the notes' words indexed
    tick()
    timer.stop()
    add("page: longest freeze (until the notes are indexed)", longest[0])
    add("page: shown (show_section returns)", shown, shown_cpu)
    add("page: every contact listed", listed, listed_cpu)

    # PySide's first Python handle on the list's viewport costs ~12 ms once per process (its
    # enums made): the harness's own repaint() below, not the page's. Paid before timing.
    page.list.viewport()
    for _ in range(repeats):
        for text in SEARCHES:
            was_empty = not page.search.text()
            started, cpu = time.perf_counter(), time.process_time()
            page.search.setText(text)
            qt_app.processEvents()
            page.list.viewport().repaint()
            page.count_label.repaint()
            wall, used = time.perf_counter() - started, time.process_time() - cpu
            add("search keystroke", wall, used)
            if was_empty and text:
                add("search first character", wall, used)
            if not text:
                add("search clearing", wall, used)
    ids = [c.id for c in app.contacts.all()]
    for number in range(max(5, repeats * 2)):
        page.select_contact(ids[(number * 997) % len(ids)])
        page.form.editor("role").setText(f"Role edited {number}")  # type: ignore[attr-defined]
        page._on_form_edited()
        started, cpu = time.perf_counter(), time.process_time()
        assert page.save()
        qt_app.processEvents()
        add("Ctrl+S GUI stall", time.perf_counter() - started, time.process_time() - cpu)
    window.close()
    app.close()
    return figures


# -- the parent: both trees, side by side --------------------------------------------------------


def _dataset(size: int, root: Path) -> Path:
    sys.path.insert(0, str(HERE))
    from scale_benchmark import dataset

    return dataset(root, size)


def _old_tree(rev: str) -> Path:
    where = Path(tempfile.gettempdir()) / f"netprep-contacts-old-{rev}"
    if not (where / "netprep").is_dir():
        where.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", rev, "netprep", "resources"],
            capture_output=True,
            check=True,
        )
        subprocess.run(["tar", "-x", "-C", str(where)], input=archive.stdout, check=True)
        # Compiled as the checkout is: a first run must not pay the old tree's bytecode.
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(where)], check=True)
    return where


def _run(tree: Path, data: Path, repeats: int) -> dict[str, list[float]]:
    folder = Path(tempfile.gettempdir()) / "netprep-contacts-bench-run"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(data, folder, ignore=shutil.ignore_patterns("backups"))
    env = dict(os.environ, PYTHONPATH=str(tree), QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = env["NETPREP_CONFIG_DIR"] = str(folder / "config")
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(folder), "--repeats", str(repeats)],
        capture_output=True,
        text=True,
        env=env,
        cwd=str(tree),
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--old", default="c2c1ffd", help="the commit to compare against")
    parser.add_argument("--size", type=int, default=30_000)
    parser.add_argument("--rounds", type=int, default=3, help="processes per tree")
    parser.add_argument("--repeats", type=int, default=2, help="search passes per process")
    parser.add_argument(
        "--data-root", type=Path, default=Path(tempfile.gettempdir()) / "netprep-scale-bench"
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child, args.repeats)))
        return 0
    data = _dataset(args.size, args.data_root)
    trees = {"old": _old_tree(args.old), "new": REPO}
    # Compiled as the old tree is (and as an installed app is): others' edits in a shared
    # working tree leave modules compiled at import otherwise (~30 ms of the first show).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "netprep")], check=True)
    figures: dict[str, dict[str, list[float]]] = {"old": {}, "new": {}}
    for _ in range(args.rounds):
        for name, tree in trees.items():
            for key, values in _run(tree, data, args.repeats).items():
                figures[name].setdefault(key, []).extend(values)
    print(
        f"{args.size:,} contacts; old = {args.old}, new = working tree; load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; {args.rounds} processes each\n"
    )
    print("| what (ms) | old median | new median | old max | new max |")
    print("|---|---|---|---|---|")
    for key in figures["new"]:
        old, new = figures["old"].get(key, [0.0]), figures["new"][key]
        print(
            f"| {key} | {statistics.median(old):.1f} | {statistics.median(new):.1f} | "
            f"{max(old):.1f} | {max(new):.1f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
