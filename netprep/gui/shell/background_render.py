"""Renders that may take seconds, run off the GUI thread; the newest request wins.

A user's brief template runs in a bounded worker process (render/bounded_render.py):
up to 5 s before a looping one is stopped. Waiting for it on the GUI thread would
freeze the window that long, so a page hands the render to :class:`BackgroundRender`
and shows a "rendering…" state; the result comes back through a signal, on the GUI
thread. One render runs at a time; a request made meanwhile replaces any queued one,
and the result of an outdated request is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QLabel

from netprep.domain.brief.model import Brief
from netprep.gui.widgets.safe_browser import SafeBrowser
from netprep.gui.words import QT_TRANSLATE_NOOP
from netprep.render.brief_view import BriefContext
from netprep.render.templates import RenderResult
from netprep.services.brief_export import BriefExportService

Job = Callable[[], Any]
Deliver = Callable[[Any], object]
RENDERING = QT_TRANSLATE_NOOP("BriefPreview", "*Rendering the brief with your template…*")


class BackgroundRender(QObject):
    busy_changed = Signal(bool)  # True when a render starts, False when none is left
    _done = Signal(int, object)  # worker -> GUI thread: ticket, result
    _error = Signal(int, object)  # ticket, the exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._ticket = 0
        self._running = False
        self._queued: tuple[int, Job] | None = None
        self._deliver: Deliver | None = None
        self._done.connect(self._on_done)
        self._error.connect(self._on_error)

    @property
    def busy(self) -> bool:
        """A render is running or waiting for the one before it."""
        return self._running or self._queued is not None

    def request(self, job: Job, deliver: Deliver) -> None:
        """Run ``job()`` on the worker; ``deliver(result)`` on the GUI thread, unless a
        newer request (or :meth:`cancel`) came first."""
        self._ticket += 1
        self._deliver = deliver
        if self._running:
            self._queued = (self._ticket, job)
        else:
            self._start(self._ticket, job)
            self.busy_changed.emit(True)

    def cancel(self) -> None:
        """Forget every request so far (the page shows something else now)."""
        self._ticket += 1
        self._queued = None
        self._deliver = None

    def wait(self) -> None:
        """Block until the worker is idle (closing the window, tests)."""
        self._pool.waitForDone()

    def _start(self, ticket: int, job: Job) -> None:
        self._running = True
        done, error = self._done, self._error

        def run() -> None:
            try:
                result = job()
            except Exception as exc:  # shown on the GUI thread, never kills the worker
                error.emit(ticket, exc)
                return
            done.emit(ticket, result)

        self._pool.start(run)

    def _next(self) -> None:
        self._running = False
        if self._queued is not None:
            ticket, job = self._queued
            self._queued = None
            self._start(ticket, job)
        else:
            self.busy_changed.emit(False)

    def _on_done(self, ticket: int, result: object) -> None:
        self._next()
        if ticket == self._ticket and self._deliver is not None:
            deliver, self._deliver = self._deliver, None
            deliver(result)

    def _on_error(self, ticket: int, exc: object) -> None:
        self._next()
        if ticket == self._ticket and isinstance(exc, Exception):
            self._deliver = None
            raise exc  # the exception hook shows it (exception_hook.py)


class BriefPreview(QObject):
    """A page's brief view: rendered at once with the built-in template, and off the GUI
    thread (showing "rendering…") when the user's own template renders it."""

    busy_changed = Signal(bool)  # a render on its way (Export, Print and Copy wait for it)

    def __init__(
        self, export: BriefExportService, viewer: SafeBrowser, warning: QLabel, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._export = export
        self._viewer = viewer
        self._warning = warning
        self.render = BackgroundRender(self)
        self.render.busy_changed.connect(self.busy_changed)
        self._showing: object = None  # the render key of what is shown or on its way

    @property
    def busy(self) -> bool:
        return self.render.busy

    def show(self, brief: Brief, context: BriefContext) -> None:
        """Show this brief; nothing happens when it is what the view shows (or is rendering)
        already, with the same template: one render per selection, however often asked."""
        key = self._export.render_key(brief, context)
        if key == self._showing:
            return
        self.render.cancel()
        self._showing = key
        known = self._export.cached_html(brief, context)
        if known is not None or not self._export.takes_time():
            self._shown(known or self._export.html(brief, context))
            return
        self._warning.hide()
        self._viewer.set_markdown(self.tr(RENDERING))
        self.render.request(lambda: self._export.html(brief, context), self._shown)

    def cancel(self) -> None:
        """The page shows something else: drop a render on its way, hide the warning."""
        self.render.cancel()
        self._showing = None
        self._warning.hide()

    def _shown(self, rendered: RenderResult) -> None:
        self._viewer.set_rendered_html(rendered.text)
        self._warning.setText("\n".join(rendered.problems))
        self._warning.setVisible(bool(rendered.problems))
