"""Start the desktop app: Qt set-up, opening the data folder (with clear dialogs), the window."""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from netprep import APP_ID, APP_NAME, __version__
from netprep.gui.shell.startup_shell import StartupShell
from netprep.gui.shell.translation import use_system_language
from netprep.gui.shell.window_state import WindowState, default_settings_path
from netprep.gui.widgets.theme import apply_theme
from netprep.gui.words.user_errors import said
from netprep.resources import resource_path
from netprep.services.errors import UserError

# The window's frame paints before the heavy part of netprep is imported (the data, the
# services, the brief engine, the pages): those load after it, in run() and _run_window().
if TYPE_CHECKING:
    from netprep.composition import App

ANNOUNCE_ENV = "NETPREP_ANNOUNCE_READY"  # tests: print a line on stdout once the window shows
PAINT_ENV = "NETPREP_ANNOUNCE_PAINT"  # benchmarks: and one once the frame has painted


class StallWatch(QObject):
    """Benchmarks: the longest the GUI thread went without turning its event loop (a frozen
    window), from the first paint until the window is ready, and when the data was open."""

    def __init__(self) -> None:
        super().__init__()
        self.started = self._last = time.perf_counter()
        self.longest = 0.0
        self.while_opening = 0.0  # the longest while the data opened on its thread
        self.data_open = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def opened(self) -> None:
        self.tick()
        self.data_open, self.while_opening, self.longest = self._last, self.longest, 0.0

    def report(self) -> str:
        self.tick()
        self._timer.stop()
        return (
            f"opening={self.while_opening * 1000:.0f}ms stall={self.longest * 1000:.0f}ms "
            f"data={self.data_open - self.started:.3f}s"
        )


def make_qt_app() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        qt_app = existing
        qt_app.setStyle("Fusion")
    else:  # the style named on its command line: setStyle() costs ~8 ms before the paint
        qt_app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationDisplayName("netprep")
    use_system_language(qt_app)  # a catalog in resources/i18n for the system's language
    qt_app.setApplicationVersion(__version__)
    qt_app.setOrganizationName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    qt_app.setWindowIcon(QIcon(str(resource_path("icons", "netprep-app.svg"))))
    apply_theme(qt_app)  # light or dark as the system is, at the user's font size
    return qt_app


class _Opened(QObject):
    done = Signal()  # emitted from the opening thread: queued to the GUI thread's loop


#: Imported by the opening thread once the data is read, so that the GUI thread finds them
#: loaded (the window's module and the page it opens on).
WINDOW_MODULES = (
    "netprep.gui.shell.main_window",
    "netprep.gui.shell.data_care",
    "netprep.gui.today.page",
)


def open_while_painting(
    folder: Path,
    shell: StartupShell,
    prepare: Callable[[Path], object] | None = None,
    modules: tuple[str, ...] = WINDOW_MODULES,
    *,
    first_brief: bool = False,
) -> App | BaseException | None:
    """Open the data folder on a thread while the frame stays painted and responsive
    (it can be moved, resized and closed), ``prepare`` the folder there first if given (the
    demo's records); the App, the error it raised, or None when the user closed the frame
    before it was ready (the data is then closed again). ``first_brief``: the window opens
    on the first upcoming meeting's brief (the demo): render it there too."""
    from importlib import import_module

    result: list[App | BaseException] = []
    opened = _Opened()
    loop = QEventLoop()
    opened.done.connect(loop.quit)
    shell.closed.connect(loop.quit)

    def work() -> None:
        try:
            from netprep.composition import default_cache_dir, open_app

            # The loaded records live as long as the app: no collection walks them, neither
            # while they load nor after (a full one over 30,000 contacts and 100,000 notes
            # holds the interpreter, and so the frame, for a second).
            gc.disable()
            try:
                if prepare is not None:
                    prepare(folder)
                app = open_app(folder, cache_dir=default_cache_dir())
                result.append(app)
                for module in modules:
                    import_module(module)
                app.today.prepare()  # the page the window opens on, worked out here
                if first_brief:
                    render_first_brief(app)
            finally:
                gc.freeze()
                gc.enable()
        except BaseException as exc:  # handed to the GUI thread, which explains or raises it
            result.append(exc)
        finally:
            opened.done.emit()

    thread = threading.Thread(target=work, name="netprep-open-data", daemon=True)
    thread.start()
    if thread.is_alive() and shell.isVisible():
        loop.exec()
    thread.join()  # at once, unless the user closed the frame while it was opening
    shell.closed.disconnect(loop.quit)
    outcome = result[0] if result else None
    if not shell.isVisible():
        if outcome is not None and not isinstance(outcome, BaseException):
            outcome.close()
        return None
    return outcome


def render_first_brief(app: App) -> None:
    """Render the first upcoming meeting's brief into the export's memo, off the GUI thread:
    the window that opens on it (the demo) then shows it without rendering (the first render
    of a process compiles the template and builds the Markdown converter: ~0.3 s)."""
    upcoming = app.meetings.upcoming()
    meeting = app.meetings.get(upcoming[0].id) if upcoming else None
    if meeting is None or meeting.brief is None or app.brief_export.takes_time():
        return
    app.brief_export.html(meeting.brief, app.brief_export.context(meeting, meeting.brief))


def start_warm_up(app: App) -> threading.Thread:
    def warm() -> None:
        try:
            app.warm_up()
        except Exception:  # only a head start: whatever failed fails again when used, and says so
            return

    thread = threading.Thread(target=warm, name="netprep-warm-up", daemon=True)
    thread.start()
    return thread


def open_data(folder: Path, *, interactive: bool, failed: UserError | None = None) -> App | None:
    """Open the data folder, explaining any problem; offers the newest good backup if corrupt.
    ``failed``: what a first attempt (on the opening thread) raised."""
    from PySide6.QtWidgets import QMessageBox

    from netprep.composition import default_cache_dir, open_app
    from netprep.domain.clock import SystemClock
    from netprep.services.backups import backup_holds, backup_offered, repair_from_backup

    while True:
        try:
            if failed is not None:
                raise failed
            return open_app(folder, cache_dir=default_cache_dir())
        except UserError as exc:
            failed = None
            backup = backup_offered(exc)
            if not interactive or backup is None:
                _report(
                    translate("Application", "netprep cannot open your data"),
                    said(exc),
                    interactive,
                )
                return None
            question = translate(
                "Application",
                "{problem}\n\nRestore the unreadable file(s) from the backup “{backup}” (it "
                "holds {holds})? Only the unreadable files are replaced; each is kept beside "
                "it, renamed “….corrupt-<time>”, so nothing is deleted.",
            ).format(problem=said(exc), backup=backup.name, holds=backup_holds(folder, backup))
            answer = QMessageBox.question(
                None, translate("Application", "netprep cannot read a data file"), question
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            try:
                repair_from_backup(folder, backup, SystemClock().now())
            except UserError as restore_error:
                title = translate("Application", "netprep could not restore the backup")
                _report(title, said(restore_error), interactive)
                return None


translate = QCoreApplication.translate  # with literal words, so that lupdate finds them


def _report(title: str, message: str, interactive: bool) -> None:
    if interactive:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, title, message)
    else:
        print(f"netprep: {message}", file=sys.stderr)


def _quit_on_signals(qt_app: QApplication) -> QTimer:
    """Let SIGINT/SIGTERM close the app cleanly (Python only sees signals between Qt events)."""

    def request_quit(*_: object) -> None:
        QTimer.singleShot(0, qt_app.closeAllWindows)

    signal.signal(signal.SIGINT, request_quit)
    signal.signal(signal.SIGTERM, request_quit)
    heartbeat = QTimer()
    heartbeat.start(200)
    heartbeat.timeout.connect(lambda: None)
    return heartbeat


def single_instance(qt_app: QApplication, folder: Path, *, ask: bool = True) -> bool:
    """False if a netprep already running on ``folder`` was asked to come forward (this one
    then ends); else True, and later launches on ``folder`` raise this one's window. Not for
    the demo: each runs on a fresh copy no other launch opens (and it paints ~12 ms sooner)."""
    from netprep.gui.shell.single_instance import InstanceServer, ask_running_to_show

    if ask and ask_running_to_show(folder):
        print(
            translate(
                "Application",
                "netprep is already open on this data folder: its window is brought forward.",
            )
        )
        return False
    InstanceServer(folder, qt_app)  # later launches on this folder raise this window
    return True


GUI_SWITCH_INTERVAL = 0.001  # seconds
RESTART = 1_000_000  # the event loop's exit code when the data must be reopened (a restore)


def run(
    folder: Path,
    *,
    smoke_test: bool = False,
    demo: bool = False,
    prepare: Callable[[Path], object] | None = None,
) -> int:
    """The app on ``folder``; ``prepare`` puts records in it before it is opened (off the
    GUI thread, after the frame has painted: the demo's copy)."""
    qt_app = make_qt_app()
    if not demo and not single_instance(qt_app, folder, ask=not smoke_test):
        return 0
    shell: StartupShell | None = StartupShell(WindowState(default_settings_path()), demo=demo)
    assert shell is not None
    shell.paint_now(qt_app)
    if os.environ.get(PAINT_ENV):
        print(f"painted: {shell.windowTitle()}", flush=True)
    # The error dialog's module (~40 ms of Qt classes) and the log file wait for the paint.
    from netprep.gui.shell.diagnostics import Diagnostics, log_folder
    from netprep.gui.shell.exception_hook import install_exception_hook

    install_exception_hook(QApplication.activeWindow)

    Diagnostics(log_folder()).start()  # the log file and faulthandler (after the paint)
    # The data opens (and later warms up) on other threads: let the GUI thread take the GIL
    # back within 1 ms, not Python's 5 ms, so the frame answers meanwhile (every event passes
    # through the app's Python event filter). As the prep screen's builds do (process-wide).
    sys.setswitchinterval(min(sys.getswitchinterval(), GUI_SWITCH_INTERVAL))
    watch = StallWatch() if os.environ.get(PAINT_ENV) else None
    # The demo opens on a prepared brief (the Meetings page): its modules load there too.
    modules = (*WINDOW_MODULES, "netprep.gui.meetings.page") if demo else WINDOW_MODULES
    first: App | BaseException | None = open_while_painting(
        folder, shell, prepare, modules, first_brief=demo
    )
    if watch is not None:
        watch.opened()
    if first is None:  # the frame was closed while the data opened
        return 0
    while True:
        if first is not None and not isinstance(first, BaseException):
            app: App | None = first
        elif first is None or isinstance(first, UserError):
            app = open_data(folder, interactive=not smoke_test, failed=first)
        else:
            raise first
        first = None
        if app is None:
            if shell is not None:
                shell.close()
            return 1
        try:
            code = _run_window(
                qt_app, app, smoke_test=smoke_test, demo=demo, shell=shell, watch=watch
            )
            shell = None
        finally:
            app.close()
        if code != RESTART:
            return code


def _turn_kept(qt_app: QApplication, shell: StartupShell | None) -> bool:
    """One turn of the event loop (the frame repaints, answers a click); False if the user
    closed the frame meanwhile."""
    qt_app.processEvents()
    return shell is None or shell.isVisible()


def _run_window(
    qt_app: QApplication,
    app: App,
    *,
    smoke_test: bool,
    demo: bool,
    shell: StartupShell | None = None,
    watch: StallWatch | None = None,
) -> int:
    from netprep.gui.shell.data_care import DataCare
    from netprep.gui.shell.main_window import MainWindow
    from netprep.gui.shell.pages import first_page_steps

    gc.freeze()  # the records live as long as the app: a full collection of 100k notes took 0.25 s
    # The window in event-loop turns, the frame answering between them: the window, its first
    # page (a step or two), then showing it (one turn was 75-110 ms at demo size, now ~30);
    # under the app's stylesheet (restyling all of it after cost ~30 ms more than it saved).
    window = MainWindow(app, WindowState(default_settings_path()), demo=demo, first_page=False)
    for step in first_page_steps(window, demo=demo):
        if not _turn_kept(qt_app, shell):
            window.close()
            return 0
        step()
    if not _turn_kept(qt_app, shell):
        window.close()
        return 0

    def restart() -> None:
        window.close()
        qt_app.exit(RESTART)

    care = DataCare(window, app, restart=restart)
    window.show()
    if shell is not None:
        shell.close()
    heartbeat = _quit_on_signals(qt_app)
    if os.environ.get(ANNOUNCE_ENV):

        def announce() -> None:
            timing = f" ({watch.report()})" if watch is not None else ""
            print(f"ready: {window.windowTitle()}{timing}", flush=True)

        QTimer.singleShot(0, announce)
    # What the first screen did not need (the brief engine, the template engine) is built on a
    # worker once the window is up: the first brief or export then waits for nothing.
    QTimer.singleShot(0, lambda: start_warm_up(app))
    if smoke_test:
        QTimer.singleShot(0, window.close)
    else:
        QTimer.singleShot(0, care.show_problems)
    code = qt_app.exec()
    heartbeat.stop()
    gc.unfreeze()
    return code
