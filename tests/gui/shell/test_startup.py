"""Start-up: the frame paints before the heavy imports and the data; pages built once, styled once.

How long start-up takes is measured by benchmarks/scale_benchmark.py; these tests keep the
things that make it short from quietly coming undone.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from netprep import cli
from netprep.composition import App
from netprep.demo_folder import fill_demo
from netprep.gui.meetings.page import MeetingsPage
from netprep.gui.shell import application
from netprep.gui.shell.diagnostics import Diagnostics
from netprep.gui.shell.main_window import MainWindow
from netprep.gui.shell.startup_shell import OPENING, StartupShell
from netprep.gui.shell.window_state import WindowState
from netprep.gui.today.page import TodayPage
from netprep.services.briefs import BriefService
from tests.gui.helpers import make_window

HEAVY = (
    "netprep.composition",
    "netprep.domain.brief",
    "netprep.gui.shell.main_window",
    "netprep.store.database",
    "jinja2",
    "markdown",
    "nh3",
    "nameparser",
)


def loaded_after(statement: str) -> list[str]:
    script = f"import json, sys\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return list(json.loads(done.stdout))


@pytest.mark.parametrize(
    "statement",
    [
        "import netprep.cli",
        "import netprep.gui.shell.application",
        "from netprep.composition import App, default_data_dir",
    ],
)
def test_what_runs_before_the_first_paint_imports_nothing_heavy(statement: str) -> None:
    loaded = loaded_after(statement)
    heavy = [m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert heavy in ([], ["netprep.composition"])


#: What the window's first page never needs: each loads when its feature is first used.
NOT_FOR_THE_WINDOW = (
    "jinja2",
    "markdown",
    "nh3",
    "nameparser",
    "icalendar",
    "phonenumbers",
    "email_validator",
    "vobject",
    "rapidfuzz",
    "netprep.services.transfer.service",
    "multiprocessing",
    "netprep.render.templates",
    "netprep.gui.meeting_window",
    "netprep.gui.prep.screen",
)


def test_the_window_and_its_first_page_import_no_feature_they_do_not_show() -> None:
    loaded = loaded_after(
        "import netprep.gui.shell.main_window, netprep.gui.shell.data_care, "
        "netprep.gui.today.page, netprep.services.backups, netprep.services.review.calendar"
    )
    assert "netprep.gui.shell.main_window" in loaded
    early = [m for m in loaded if any(m == h or m.startswith(h + ".") for h in NOT_FOR_THE_WINDOW)]
    assert early == []


def test_opening_the_data_leaves_imports_and_merges_unloaded_until_used(tmp_path: Path) -> None:
    loaded = loaded_after(
        "from netprep.composition import open_app\n"
        f"app = open_app(__import__('pathlib').Path({str(tmp_path / 'data')!r}))\n"
        "assert 'rapidfuzz' not in sys.modules\n"
        "app.transfer.conflict_copies()\n"
        "app.close()"
    )
    assert "netprep.services.transfer.service" in loaded  # loaded when first asked for


def test_opening_the_app_skips_the_commands_and_a_command_still_parses() -> None:
    launch = cli._app_launch(["--data-dir", "/some/where", "--demo"])
    assert launch is not None and launch.data_dir == "/some/where" and launch.demo
    assert cli._app_launch([]) is not None
    assert cli._app_launch(["contacts", "--search", "x"]) is None  # the full parser's job
    assert cli._app_launch(["--help"]) is None
    args = cli.build_parser().parse_args(["contacts", "--search", "x"])
    assert args.search == "x" and args.handler is cli.cmd_contacts


def test_the_frame_shows_the_sidebar_and_says_the_data_is_opening(
    qtbot: QtBot, tmp_path: Path
) -> None:
    shell = StartupShell(WindowState(tmp_path / "window.ini"), demo=True)
    qtbot.addWidget(shell)
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    shell.paint_now(qt_app)
    assert shell.isVisible() and shell.windowTitle() == "Demo data — netprep"
    texts = [label.text() for label in shell.findChildren(QLabel)]
    assert "netprep" in texts and OPENING in texts
    assert shell.findChild(QWidget, "sidebarPanel") is not None


def test_the_app_runs_from_frame_to_window_and_keeps_its_stylesheet(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NETPREP_CONFIG_DIR", str(tmp_path / "config"))
    # No log file or crash handler of this test process's own in the user's folders.
    monkeypatch.setattr(Diagnostics, "start", lambda self: None)
    qt_app = application.make_qt_app()
    style = qt_app.styleSheet()
    assert style  # the theme's stylesheet
    shown: list[str] = []
    real_close = StartupShell.close

    def closing(self: StartupShell) -> bool:
        shown.append("frame closed")
        return real_close(self)

    monkeypatch.setattr(StartupShell, "close", closing)
    assert application.run(tmp_path / "data", smoke_test=True) == 0
    assert shown == ["frame closed"]  # the real window replaced the frame
    assert qt_app.styleSheet() == style  # the window is built under it, never unstyled


def _window_at_each_turn(
    monkeypatch: pytest.MonkeyPatch, close_frame_at: int = 0
) -> list[tuple[list[str], bool]]:
    """What the main window holds at each event-loop turn between its steps: the pages built,
    whether it is shown. ``close_frame_at``: the user closes the frame at that turn (1-based)."""
    seen: list[tuple[list[str], bool]] = []
    real_turn = application._turn_kept
    earlier = QApplication.topLevelWidgets()  # other tests' closed windows

    def turn(qt_app: QApplication, shell: StartupShell | None) -> bool:
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and not any(w is e for e in earlier)
        ]
        assert len(windows) == 1 and shell is not None and shell.isVisible()
        seen.append((list(windows[0].pages), windows[0].isVisible()))
        if len(seen) == close_frame_at:
            shell.close()
        return real_turn(qt_app, shell)

    monkeypatch.setattr(application, "_turn_kept", turn)
    return seen


@pytest.fixture
def quiet_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    monkeypatch.setenv("NETPREP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setattr(Diagnostics, "start", lambda self: None)
    monkeypatch.setattr(application, "start_warm_up", lambda app: None)
    qt_app = application.make_qt_app()
    style = qt_app.styleSheet()
    yield qt_app
    qt_app.setStyleSheet(style)
    for widget in QApplication.topLevelWidgets():  # a failed run leaves none for the next
        widget.close()


def test_the_window_is_built_in_turns_while_the_frame_stays_up(
    quiet_start: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No single turn of the event loop builds the whole window (at demo size one did, and
    the frame froze 75-110 ms): the window, then its first page, then it is shown."""
    seen = _window_at_each_turn(monkeypatch)
    assert application.run(tmp_path / "data", smoke_test=True) == 0
    assert seen == [([], False), (["today"], False)]


def test_the_demo_builds_its_meetings_page_and_opens_the_brief_in_turns_of_their_own(
    quiet_start: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _window_at_each_turn(monkeypatch)
    opened_after: list[int] = []  # how many turns had run when the brief was opened
    real_select = MeetingsPage.select_meeting

    def select(self: MeetingsPage, meeting_id: str) -> None:
        opened_after.append(len(seen))
        real_select(self, meeting_id)

    monkeypatch.setattr(MeetingsPage, "select_meeting", select)
    code = application.run(
        tmp_path / "demo",
        smoke_test=True,
        demo=True,
        prepare=lambda folder: fill_demo(folder, cache=tmp_path / "cache"),
    )
    assert code == 0
    assert seen == [([], False), (["meetings"], False), (["meetings"], False)]
    assert opened_after[0] == 2  # the prepared brief: in a step of its own, the page built


def test_closing_the_frame_while_the_window_is_built_quits_cleanly(
    quiet_start: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _window_at_each_turn(monkeypatch, close_frame_at=1)
    closed: list[bool] = []
    real_close = App.close

    def close(self: App) -> None:
        closed.append(True)
        real_close(self)

    monkeypatch.setattr(App, "close", close)
    assert application.run(tmp_path / "data", smoke_test=True) == 0
    assert len(seen) == 1  # no page built once the frame was closed
    assert closed == [True]  # the data is closed again
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_today_is_refreshed_once_when_the_window_opens(
    qtbot: QtBot, app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real_refresh = TodayPage.refresh

    def counting(self: TodayPage) -> None:
        calls.append(1)
        real_refresh(self)

    monkeypatch.setattr(TodayPage, "refresh", counting)
    window = make_window(qtbot, app, tmp_path)
    assert window.current_section() == "today" and window.sidebar.currentRow() == 0
    assert len(calls) == 1
    window.show_section("contacts")
    window.show_section("today")  # coming back to it brings it up to date
    assert len(calls) == 2


def test_the_main_window_is_built_without_the_brief_engine(
    qtbot: QtBot, app: App, tmp_path: Path
) -> None:
    window = make_window(qtbot, app, tmp_path)
    assert window.current_section() == "today"
    assert not app.lazy_briefs.built and not app.lazy_brief_export.built
    QApplication.processEvents()  # the start's conflict-copies check and the menus' undo
    assert not app.lazy_transfer.built
    assert not window.transfer.undo_action.isEnabled()
    built_on: list[str] = []
    make = app.lazy_briefs._make
    assert make is not None

    def make_and_note() -> BriefService:
        built_on.append(threading.current_thread().name)
        return make()

    app.lazy_briefs._make = make_and_note
    window.read_ahead.timer.setInterval(0)  # the read-ahead asks for them once it starts
    window.read_ahead.timer.start()
    qtbot.waitUntil(lambda: window.read_ahead.started, timeout=10_000)
    window.read_ahead.wait()
    assert app.lazy_briefs.built
    # Built on the read-ahead's thread: on the GUI thread it froze the window ~0.7 s at 30k.
    assert built_on == ["netprep-network-read-ahead"]
    assert app.briefs.warm_up_started  # and the network read ahead


def test_after_the_window_shows_a_worker_builds_what_the_first_page_did_not_need(
    app: App,
) -> None:
    thread = application.start_warm_up(app)
    thread.join(30)
    assert thread.name == "netprep-warm-up"
    assert app.lazy_briefs.built and app.lazy_brief_export.built


def test_the_app_warms_up_once_its_window_shows(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NETPREP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setattr(Diagnostics, "start", lambda self: None)
    warmed: list[bool] = []

    def warm(app: App) -> None:
        warmed.append(app.lazy_briefs.built)  # not built on the way to the window

    monkeypatch.setattr(application, "start_warm_up", warm)
    qt_app = application.make_qt_app()
    style = qt_app.styleSheet()
    try:
        assert application.run(tmp_path / "data", smoke_test=True) == 0
    finally:
        qt_app.setStyleSheet(style)
    assert warmed == [False]
