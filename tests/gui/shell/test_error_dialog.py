"""An unexpected error is shown with "Copy details" (versions, platform, traceback), the
dialog stays open after copying, and the traceback reaches the log file - not only a stderr
nobody sees. An error on a worker thread is logged too."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from netprep import __version__
from netprep.gui.shell.diagnostics import LOG_FILE, Diagnostics
from netprep.gui.shell.exception_hook import (
    ErrorDialog,
    _log_thread_exception,
    make_exception_hook,
)


def _raise() -> None:
    raise RuntimeError("the index went missing")


def test_an_unexpected_error_offers_copy_details_and_is_logged(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    diagnostics = Diagnostics(tmp_path / "log").start()
    shown: list[ErrorDialog] = []

    def show(dialog: ErrorDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog)
        return 0

    monkeypatch.setattr(ErrorDialog, "exec", show)
    try:
        try:
            _raise()
        except RuntimeError as error:
            make_exception_hook(lambda: None)(RuntimeError, error, error.__traceback__)
        (dialog,) = shown
        assert __version__ in dialog.details and "the index went missing" in dialog.details
        assert "in _raise" in dialog.details  # the traceback itself
        dialog.copy_button.click()
        assert QGuiApplication.clipboard().text() == dialog.details
        assert dialog.isVisible() and "Copied" in dialog.copied_label.text()
        assert dialog.details_view.accessibleName()
    finally:
        diagnostics.stop()
    logged = (tmp_path / "log" / LOG_FILE).read_text(encoding="utf-8")
    assert "unexpected error" in logged and "the index went missing" in logged
    assert "in _raise" in logged


def test_an_error_on_a_worker_thread_is_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(threading, "excepthook", _log_thread_exception)
    monkeypatch.setattr(threading, "__excepthook__", lambda args: None)  # no stderr noise
    worker = threading.Thread(target=_raise, name="netprep backup")
    with caplog.at_level(logging.ERROR, logger="netprep"):
        worker.start()
        worker.join()
    (record,) = [r for r in caplog.records if "netprep backup" in r.getMessage()]
    assert record.exc_info is not None and "the index went missing" in str(record.exc_info[1])
