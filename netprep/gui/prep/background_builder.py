"""Builds briefs off the GUI thread, one at a time, the newest request winning.

On the demo data a brief takes well under 100 ms, but the builder looks at the
whole network for introductions to offer, and with tens of thousands of
contacts that takes seconds: the window must not freeze meanwhile. The inputs
are read from the store on the GUI thread (``BriefService.request``); only the
pure build runs on the worker. A result for an outdated request is dropped.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from netprep.domain.brief.model import Brief

if TYPE_CHECKING:  # the brief engine loads after the main window shows (App.warm_up)
    from netprep.services.briefs import BriefRequest, BriefService

Build = Callable[["BriefRequest"], Brief]

# How long a thread may hold the GIL while another waits for it. Every event of the GUI
# thread passes through Python (the application's event filters), and each time it must
# wait for the GIL while a brief is built: Python's default 5 ms made painting the prep
# screen next to a build a 100 ms freeze at 30,000 contacts. 1 ms keeps it in a frame.
GUI_SWITCH_INTERVAL = 0.001


def keep_gui_responsive() -> None:
    """Let the GUI thread take the GIL back within :data:`GUI_SWITCH_INTERVAL` while a
    worker computes (process-wide, once; never lengthens a shorter interval)."""
    if sys.getswitchinterval() > GUI_SWITCH_INTERVAL:
        sys.setswitchinterval(GUI_SWITCH_INTERVAL)


def warm_network(briefs: BriefService) -> threading.Thread | None:
    """Read the network for briefs on a worker thread, ahead of the first one.

    At 30,000 contacts that reading takes about a second: done when the app has started,
    the first "Prepare a meeting" shows its brief as quickly as any other. The contacts
    are taken from the store here, on the GUI thread (the thread that writes it). Only
    the first call starts anything (None when the network is read or being read).

    A plain daemon thread, not a QThreadPool owned by a widget: destroying a pool waits
    for its jobs while holding the GIL, and this job needs the GIL - a window closed
    while the network was being read would hang for good.
    """
    contacts = briefs.start_warm_up()
    if contacts is None:
        return None
    keep_gui_responsive()  # a second of Python on the worker: events must not wait 5 ms each

    def run() -> None:
        # The index lives as long as the app, like the records (see the shell's start-up):
        # the collector stays off while it is read and the index is then frozen out of its
        # reach. Switched back on between chunks, the collector walked everything read so
        # far in one go (~80 ms at 30,000 contacts, holding the GIL: a frozen window).
        was_on = gc.isenabled()
        gc.disable()
        try:
            briefs.warm_up(contacts)
        except Exception:  # only a head start: the first brief reads the network anyway
            return
        finally:
            gc.freeze()
            if was_on:
                gc.enable()

    thread = threading.Thread(target=run, name="netprep-network-read-ahead", daemon=True)
    thread.start()
    return thread


class NetworkReadAhead(QObject):
    """Starts :func:`warm_network` once the window is up and idle, not on the way to it.

    The main window makes one as it is built; the timer fires ``delay_ms`` after the event
    loop runs (the window shown), so the first "Prepare a meeting" finds the network read.
    """

    DELAY_MS = 1_500

    def __init__(self, briefs: BriefService, parent: QObject, delay_ms: int | None = None) -> None:
        super().__init__(parent)
        self._briefs = briefs
        self._thread: threading.Thread | None = None
        self.started = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DELAY_MS if delay_ms is None else delay_ms)
        self.timer.timeout.connect(self._start)
        self.timer.start()

    def _start(self) -> None:
        self._thread = warm_network(self._briefs)
        self.started = self._thread is not None

    def wait(self) -> None:
        """Block until the read-ahead is done (tests)."""
        if self._thread is not None:
            self._thread.join()


class BackgroundBuilder(QObject):
    finished = Signal(object)  # the Brief of the newest request
    failed = Signal(str)  # why the newest request could not be built
    _done = Signal(int, object, float)  # worker -> GUI thread: generation, Brief, seconds
    _error = Signal(int, str)

    def __init__(self, build: Build, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._generation = 0
        self._running = False
        self._queued: tuple[int, BriefRequest] | None = None
        self.last_seconds = 0.0
        self._done.connect(self._on_done)
        self._error.connect(self._on_error)

    @property
    def busy(self) -> bool:
        """A request is being built or waiting for the one before it."""
        return self._running or self._queued is not None

    def submit(self, request: BriefRequest) -> None:
        """Build ``request``; any earlier request still running will be ignored."""
        self._generation += 1
        if self._running:
            self._queued = (self._generation, request)
        else:
            self._start(self._generation, request)

    def cancel(self) -> None:
        """Forget every request made so far (their results are dropped when they arrive)."""
        self._generation += 1
        self._queued = None

    def wait(self) -> None:
        """Block until the worker is idle (closing the window, tests)."""
        self.pool.waitForDone()

    def _start(self, generation: int, request: BriefRequest) -> None:
        self._running = True
        keep_gui_responsive()
        build, done, error = self._build, self._done, self._error

        def run() -> None:
            started = time.perf_counter()
            try:
                brief = build(request)
            except Exception as exc:  # reported to the user; never kills the worker
                error.emit(
                    generation,
                    QCoreApplication.translate(
                        "BackgroundBuilder", "The brief could not be built: {reason}"
                    ).format(reason=exc),
                )
                return
            done.emit(generation, brief, time.perf_counter() - started)

        self.pool.start(run)

    def _next(self) -> None:
        self._running = False
        if self._queued is not None:
            generation, request = self._queued
            self._queued = None
            self._start(generation, request)

    def _on_done(self, generation: int, brief: object, seconds: float) -> None:
        self._next()
        if generation == self._generation and isinstance(brief, Brief):
            self.last_seconds = seconds
            self.finished.emit(brief)

    def _on_error(self, generation: int, message: str) -> None:
        self._next()
        if generation == self._generation:
            self.failed.emit(message)
