"""Run a long import step on a worker thread while a progress dialog keeps the window alive.

The worker only reads the file and computes (or writes one change); the GUI thread
shows progress and stays responsive. A cancel request is seen at the next progress
report, which raises ImportCancelled inside the service: nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError
from netprep.services.transfer import ImportCancelled

Work = Callable[[Callable[[int, int], None]], Any]


class BackgroundJob(QThread):
    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def _report(self, done: int, total: int) -> None:
        if self._cancelled:
            raise ImportCancelled
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self._report)
        except UserError as exc:
            self.failed.emit(said(exc))
        except Exception as exc:  # a bug must not kill the worker thread silently
            self.failed.emit(
                self.tr("Unexpected error: {error}. Nothing was imported.").format(error=repr(exc))
            )
        else:
            self.succeeded.emit(result)


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Work,
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None],
    *,
    cancellable: bool = True,
) -> BackgroundJob:
    """Start ``work`` on a worker thread behind a modal progress dialog."""
    dialog = QProgressDialog(label, "Cancel" if cancellable else "", 0, 0, parent)
    dialog.setObjectName("transferProgress")
    dialog.setWindowTitle("netprep")
    dialog.setMinimumDuration(300)  # quick files never flash a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    job = BackgroundJob(work, parent)

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        dialog.close()
        dialog.deleteLater()
        callback(value)

    job.progressed.connect(show_progress)
    job.succeeded.connect(lambda value: finish(on_success, value))
    job.failed.connect(lambda message: finish(on_failure, message))
    job.finished.connect(job.deleteLater)
    dialog.canceled.connect(job.cancel)
    dialog.setWindowModality(dialog.windowModality().ApplicationModal)
    job.start()
    return job
