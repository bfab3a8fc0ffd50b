"""No exception ever escapes a Qt slot unseen: one hook shows it in a dialog.

PySide6 hands an exception raised in a slot to ``sys.excepthook``. The hook shows a
UserError's message as it is (something the user can act on, e.g. a full disk), and any
other exception as an unexpected error, saying that what was saved is safe; the full
traceback goes to stderr for a bug report. The app keeps running either way.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from netprep.services.errors import UserError

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def make_exception_hook(parent: Callable[[], QWidget | None]) -> Hook:
    showing = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        traceback.print_exception(kind, error, tb, file=sys.stderr)
        if showing:  # an error while the dialog is up: stderr only
            return
        showing = True
        try:
            if isinstance(error, UserError):
                QMessageBox.warning(parent(), "netprep", str(error))
            else:
                QMessageBox.critical(
                    parent(),
                    QCoreApplication.translate("ExceptionHook", "Something went wrong"),
                    QCoreApplication.translate(
                        "ExceptionHook",
                        "netprep hit an unexpected error: {error}\n\nWhat was saved before is "
                        "safe. If it happens again, please report it (the details are printed "
                        "on the terminal).",
                    ).format(error=repr(error)),
                )
        finally:
            showing = False

    return hook


def install_exception_hook(parent: Callable[[], QWidget | None]) -> Hook:
    """Show every exception that reaches the event loop; returns the hook installed."""
    hook = make_exception_hook(parent)
    sys.excepthook = hook
    return hook
