"""The frame paints before anything heavy is imported: a real `netprep --demo` launch, the
modules loaded at the moment the frame has painted (before the data opens on its thread).

How long start-up takes is measured by benchmarks/launch_benchmark.py; this keeps what
makes the first paint quick from quietly coming undone (an import moved to the top of a
module on the way to the frame).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.e2e.conftest import Netprep

#: Never on the way to the first paint: the data, the services, the brief engine, the
#: render layer and the libraries behind them, the main window and its pages.
HEAVY = (
    "jinja2",
    "markdown",
    "nh3",
    "nameparser",
    "icalendar",
    "phonenumbers",
    "tinydb",
    "netprep.domain.brief",
    "netprep.store.database",
    "netprep.render",
    "netprep.services.briefs",
    "netprep.services.transfer",
    "netprep.gui.shell.main_window",
    "netprep.gui.meetings",
    "netprep.gui.today",
    "netprep.gui.shell.exception_hook",  # its dialog's Qt classes: installed after the paint
    "netprep.gui.shell.diagnostics",  # the log file: started after the paint
    "netprep.demo_folder",  # the demo's copy is made on the opening thread
    "hashlib",  # the demo's manifest: on the opening thread too
)

AT_PAINT = """
import json, os, sys
from netprep.gui.shell.startup_shell import StartupShell

painted = StartupShell.paint_now

def paint_now(self, qt_app):
    painted(self, qt_app)
    print("loaded:" + json.dumps(sorted(sys.modules)), flush=True)
    os._exit(0)

StartupShell.paint_now = paint_now
from netprep.cli import main
main(sys.argv[1:])
"""


def loaded_at_paint(netprep: Netprep, tmp_path: Path, *args: str) -> list[str]:
    return loaded_by(AT_PAINT, netprep, tmp_path, *args)


def loaded_by(script: str, netprep: Netprep, tmp_path: Path, *args: str) -> list[str]:
    """The modules a launch running ``script`` had loaded when it printed them."""
    env = {**netprep.env, "NETPREP_LOG_DIR": str(tmp_path / "logs")}
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("loaded:")]
    assert lines, done.stderr
    return list(json.loads(lines[0].removeprefix("loaded:")))


def heavy_in(loaded: list[str]) -> list[str]:
    return [m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_the_demo_paints_its_frame_before_any_heavy_import(
    netprep: Netprep, tmp_path: Path
) -> None:
    loaded = loaded_at_paint(netprep, tmp_path, "--demo", "--smoke-test")
    assert "PySide6.QtWidgets" in loaded  # it did paint
    assert heavy_in(loaded) == []
    # Each demo runs on a fresh copy: no single-instance socket (~12 ms of QtNetwork).
    assert "PySide6.QtNetwork" not in loaded


def test_a_data_folder_paints_its_frame_before_any_heavy_import(
    netprep: Netprep, tmp_path: Path
) -> None:
    loaded = loaded_at_paint(netprep, tmp_path, "--data-dir", str(tmp_path / "data"))
    assert heavy_in(loaded) == []
    assert "netprep.gui.shell.single_instance" in loaded  # a second launch raises this one


AT_WINDOW = """
import json, os, sys
from netprep.gui.shell import application

def start_warm_up(app):  # the window is up; what it loaded, before any warm-up adds more
    print("loaded:" + json.dumps(sorted(sys.modules)), flush=True)
    os._exit(0)

application.start_warm_up = start_warm_up
from netprep.cli import main
main(sys.argv[1:])
"""


def test_the_demo_window_shows_its_brief_without_print_support_or_a_worker(
    netprep: Netprep, tmp_path: Path
) -> None:
    loaded = loaded_by(AT_WINDOW, netprep, tmp_path, "--demo", "--smoke-test")
    assert "netprep.gui.meetings.page" in loaded  # the window opened on the brief
    # Print support and the PDF writer load on the first export, print or copy.
    assert [m for m in loaded if "PrintSupport" in m or m.endswith(".paper")] == []
    # The user's templates' worker (and multiprocessing) waits for the first user template.
    assert [m for m in loaded if m.startswith(("multiprocessing", "netprep.render.bounded"))] == []
