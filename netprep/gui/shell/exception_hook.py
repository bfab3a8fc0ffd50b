"""No exception ever escapes a Qt slot unseen: one hook shows it in a dialog.

PySide6 hands an exception raised in a slot to ``sys.excepthook``. The hook shows a
UserError's message as it is (something the user can act on, e.g. a full disk), and any
other exception as an unexpected error, saying that what was saved is safe, with a "Copy
details" button (the traceback, netprep's version and the platform, ready for a bug
report). Either way the traceback goes to the log file (diagnostics.py), and stderr; an
exception on a worker thread is logged too. The app keeps running.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from netprep import __version__
from netprep.services.errors import UserError

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]
_log = logging.getLogger("netprep")


def error_details(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """What a bug report needs: the versions, the platform and the traceback."""
    lines = traceback.format_exception(kind, error, tb)
    head = (
        f"netprep {__version__} · Python {platform.python_version()} · "
        f"{platform.platform(terse=True)}"
    )
    return head + "\n\n" + "".join(lines)


class ErrorDialog(QDialog):
    """An unexpected error, in words, with its details shown small and a "Copy details"
    button that copies them without closing the dialog."""

    def __init__(self, message: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setMinimumWidth(520)
        self.details = details
        layout = QVBoxLayout(self)
        text = QLabel(message)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setAccessibleName(self.tr("Error details"))
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setMaximumHeight(160)
        layout.addWidget(self.details_view)
        self.copied_label = QLabel()
        layout.addWidget(self.copied_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.copy_button.setFocus()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copied_label.setText(self.tr("Copied: paste them into a bug report or an email."))


def _show_unexpected(parent: QWidget | None, error: BaseException, details: str) -> None:
    message = QCoreApplication.translate(
        "ExceptionHook",
        "netprep hit an unexpected error: {error}\n\nWhat was saved before is safe. If it "
        "happens again, please report it with the details below (they are in the log "
        "folder too: Help → Open log folder).",
    ).format(error=repr(error))
    ErrorDialog(message, details, parent).exec()


def make_exception_hook(parent: Callable[[], QWidget | None]) -> Hook:
    showing = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        traceback.print_exception(kind, error, tb, file=sys.stderr)
        if isinstance(error, UserError):
            _log.warning("told the user: %s", error)
        else:
            _log.error("unexpected error", exc_info=(kind, error, tb))
        if showing:  # an error while the dialog is up: the log and stderr only
            return
        showing = True
        try:
            if isinstance(error, UserError):
                QMessageBox.warning(parent(), "netprep", str(error))
            else:
                _show_unexpected(parent(), error, error_details(kind, error, tb))
        finally:
            showing = False

    return hook


def _log_thread_exception(args: threading.ExceptHookArgs) -> None:
    """A worker thread's exception: logged (no dialog: Qt widgets live on the GUI thread)."""
    if args.exc_value is not None:
        exc_info = (args.exc_type, args.exc_value, args.exc_traceback)
        thread = args.thread.name if args.thread is not None else "?"
        _log.error("unexpected error on thread %s", thread, exc_info=exc_info)
    threading.__excepthook__(args)


def install_exception_hook(parent: Callable[[], QWidget | None]) -> Hook:
    """Show every exception that reaches the event loop; returns the hook installed."""
    hook = make_exception_hook(parent)
    sys.excepthook = hook
    threading.excepthook = _log_thread_exception
    return hook
