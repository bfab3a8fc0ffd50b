"""The data opens on a thread while the frame stays painted and answers: it can be closed,
and what went wrong is handed back to be explained."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

import netprep.composition
from netprep.composition import App, seed_demo
from netprep.demo_folder import fill_demo
from netprep.domain.records import Contact
from netprep.gui.shell import application
from netprep.gui.shell.startup_shell import StartupShell
from netprep.gui.shell.window_state import WindowState
from netprep.services.errors import UserError
from tests.gui.helpers import make_window


def painted_frame(qtbot: QtBot, tmp_path: Path) -> StartupShell:
    shell = StartupShell(WindowState(tmp_path / "window.ini"))
    qtbot.addWidget(shell)
    shell.show()
    return shell


def test_the_data_opens_off_the_gui_thread_while_the_frame_keeps_turning(
    qtbot: QtBot, app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell = painted_frame(qtbot, tmp_path)
    ticked = threading.Event()
    opened_on: list[str] = []

    def slow_open(folder: Path, *, cache_dir: Path) -> App:
        opened_on.append(threading.current_thread().name)
        assert cache_dir == netprep.composition.default_cache_dir()  # compiled templates
        # Returns only once the GUI thread has turned its event loop meanwhile.
        assert ticked.wait(10), "the frame's event loop did not turn while the data opened"
        return app

    monkeypatch.setattr(netprep.composition, "open_app", slow_open)
    timer = QTimer()
    timer.timeout.connect(ticked.set)
    timer.start(1)
    assert application.open_while_painting(tmp_path / "data", shell) is app
    timer.stop()
    assert opened_on == ["netprep-open-data"]
    assert app.today._ready is not None  # Today's summary worked out there too


def test_closing_the_frame_while_the_data_opens_quits_and_closes_the_data(
    qtbot: QtBot, app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell = painted_frame(qtbot, tmp_path)
    closed = threading.Event()
    shell.closed.connect(closed.set)
    released: list[str] = []

    def open_until_closed(folder: Path, **_: object) -> App:
        assert closed.wait(10)
        return app

    monkeypatch.setattr(netprep.composition, "open_app", open_until_closed)
    real_close = app.close

    def close() -> None:
        released.append("closed")
        real_close()

    monkeypatch.setattr(app, "close", close)
    QTimer.singleShot(0, shell.close)  # the user closes the frame
    assert application.open_while_painting(tmp_path / "data", shell) is None
    assert released == ["closed"]


def test_what_went_wrong_on_the_thread_is_handed_back_and_explained(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shell = painted_frame(qtbot, tmp_path)
    problem = UserError("The data folder is in use by another netprep.")

    def refuse(folder: Path, **_: object) -> App:
        raise problem

    monkeypatch.setattr(netprep.composition, "open_app", refuse)
    assert application.open_while_painting(tmp_path / "data", shell) is problem
    assert application.open_data(tmp_path / "data", interactive=False, failed=problem) is None
    assert "in use by another netprep" in capsys.readouterr().err


def test_the_demo_is_filled_on_the_opening_thread_after_the_frame_painted_then_opened(
    qtbot: QtBot, app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell = painted_frame(qtbot, tmp_path)
    steps: list[tuple[str, str]] = []

    def fill(folder: Path) -> None:
        assert shell.isVisible()  # the frame is already on screen
        steps.append(("filled", threading.current_thread().name))
        app.contacts.save(Contact(name="Demo Person"))

    def open_app(folder: Path, **_: object) -> App:
        steps.append(("opened", threading.current_thread().name))
        return app

    monkeypatch.setattr(netprep.composition, "open_app", open_app)
    assert application.open_while_painting(tmp_path / "data", shell, fill) is app
    assert steps == [("filled", "netprep-open-data"), ("opened", "netprep-open-data")]
    assert [c.name for c in app.contacts.all()] == ["Demo Person"]


def test_the_demo_s_first_brief_is_rendered_on_the_opening_thread(
    qtbot: QtBot, app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell = painted_frame(qtbot, tmp_path)
    seed_demo(app)
    monkeypatch.setattr(netprep.composition, "open_app", lambda folder, **_: app)
    opened = application.open_while_painting(tmp_path / "data", shell, first_brief=True)
    assert opened is app
    meeting = app.briefs.get_meeting(app.meetings.upcoming()[0].id)
    assert meeting is not None and meeting.brief is not None
    context = app.brief_export.context(meeting, meeting.brief)
    # The window opening on it finds it rendered: nothing to render on the GUI thread.
    assert app.brief_export.cached_html(meeting.brief, context) is not None


def test_the_demo_opens_on_its_brief_without_loading_the_brief_engine(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The demo's day comes seeded from the cache: nothing on the way to its window, on any
    thread, needs the brief engine (~0.15 s to load; the worker warms it once the window
    shows). On the GUI thread it would be a freeze."""
    fill_demo(tmp_path / "first", cache=tmp_path / "cache")  # the day's first seeds the cache
    folder = tmp_path / "demo"
    fill_demo(folder, cache=tmp_path / "cache")  # a later one copies it
    shell = painted_frame(qtbot, tmp_path)
    opened = application.open_while_painting(folder, shell, first_brief=True)
    assert isinstance(opened, App)
    try:
        assert not opened.lazy_briefs.built
        window = make_window(qtbot, opened, tmp_path)
        window.show_section("meetings")
        meeting = opened.meetings.upcoming()[0]
        assert window.meetings_page.select_meeting(meeting.id)
        assert not opened.lazy_briefs.built
    finally:
        opened.close()
