"""File → Back up now copies on a worker thread: the window keeps working while a slow copy
runs, the menu item is disabled meanwhile, and the user is told where the backup went and how
big it is - or, when it fails (disk full, no permission), why, with no half-copied backup
ever listed as good."""

from __future__ import annotations

import errno
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact
from netprep.gui.shell.data_care import DataCare
from netprep.gui.shell.main_window import MainWindow
from netprep.gui.transfer.preview_dialog import ImportPreviewDialog
from netprep.store.backups import Backups, PendingBackup
from tests.gui.helpers import DialogAnswers
from tests.gui.shell.test_data_care import make_window

FIXTURES = Path(__file__).parents[2] / "fixtures" / "transfer"


class SlowCopy:
    """Stands in for PendingBackup.finish: holds the copy until released, on its thread."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail: OSError | None = None) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []
        self.fail = fail
        real_finish = PendingBackup.finish

        def finish(pending: PendingBackup) -> Path:
            self.threads.append(threading.current_thread())
            self.started.set()
            assert self.release.wait(20), "the test never released the copy"
            if self.fail is not None:
                raise self.fail
            return real_finish(pending)

        monkeypatch.setattr(PendingBackup, "finish", finish)


def manual_backups(app: App) -> list[str]:
    return [c.name for c in app.backups.choices() if c.label == "manual"]


@pytest.fixture
def cared(qtbot: QtBot, app: App, tmp_path: Path) -> tuple[MainWindow, DataCare]:
    """Ada saved, the window with its data care, and the day's backup already copied."""
    app.contacts.save(Contact(name="Ada Lovelace"))
    window, care, _ = make_window(qtbot, app, tmp_path)
    backups = app.store.db.backups()  # the day's is begun once the event loop runs
    qtbot.waitUntil(lambda: bool(backups.all()) and not care.copier.busy, timeout=10000)
    return window, care


def ticking() -> tuple[QTimer, list[int]]:
    """A 10 ms timer counting its ticks: they pile up only while the event loop runs."""
    ticks: list[int] = []
    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start()
    return ticker, ticks


def test_the_window_keeps_working_while_a_slow_backup_copies(
    qtbot: QtBot,
    app: App,
    cared: tuple[MainWindow, DataCare],
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogAnswers,
) -> None:
    window, care = cared
    slow = SlowCopy(monkeypatch)
    ticker, ticks = ticking()
    try:
        care.back_up_action.trigger()  # returns at once: the copy waits on its own thread
        assert slow.started.wait(10)
        qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)  # the event loop ticks
        assert not care.back_up_action.isEnabled()  # no second backup meanwhile
        assert care.progress is not None and care.progress.isVisibleTo(window)
        assert "Backing up" in " ".join(
            label.text() for label in care.progress.findChildren(QLabel)
        )
        assert not manual_backups(app)  # the half-made copy is not listed as a backup
        app.contacts.save(Contact(name="Grace Hopper"))  # saving goes on meanwhile
        slow.release.set()
        qtbot.waitUntil(lambda: not care.copier.busy, timeout=10000)
    finally:
        slow.release.set()
        ticker.stop()
    assert not dialogs.warnings
    assert threading.main_thread() not in slow.threads
    assert care.back_up_action.isEnabled() and care.progress is None
    (name,) = manual_backups(app)
    told = window.statusBar().currentMessage()
    assert "1 contact" in told  # as the data was when asked, not Grace saved meanwhile
    assert name in told and ("KB" in told or "MB" in told)
    (backup,) = (c for c in app.backups.choices() if c.name == name)
    assert backup.counts["contacts"] == 1


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "No space left on device"),
        (PermissionError(errno.EACCES, "Permission denied"), "Permission denied"),
    ],
)
def test_a_failed_copy_is_told_and_leaves_no_backup(
    qtbot: QtBot,
    app: App,
    cared: tuple[MainWindow, DataCare],
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogAnswers,
    error: OSError,
    said: str,
) -> None:
    _, care = cared
    slow = SlowCopy(monkeypatch, fail=error)
    slow.release.set()
    care.back_up_action.trigger()
    qtbot.waitUntil(lambda: not care.copier.busy, timeout=10000)
    (warning,) = dialogs.warnings
    assert warning.startswith("Not backed up") and said in warning
    assert "unchanged" in warning
    assert not manual_backups(app)
    backups = app.backups.folder()
    assert backups is not None and not list(backups.glob(".*.partial"))  # no half copy left
    assert care.back_up_action.isEnabled() and care.progress is None  # one can try again


def test_a_backup_that_cannot_even_start_is_told(
    cared: tuple[MainWindow, DataCare],
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogAnswers,
) -> None:
    _, care = cared

    def refused(*_: object) -> PendingBackup:
        raise PermissionError(errno.EACCES, "Permission denied", "backups")

    monkeypatch.setattr(Backups, "begin_labelled", refused)
    care.back_up_action.trigger()
    (warning,) = dialogs.warnings
    assert "Permission denied" in warning and not care.copier.busy
    assert care.back_up_action.isEnabled()


def test_back_up_now_while_the_days_backup_copies_waits_for_it_without_freezing(
    qtbot: QtBot,
    app: App,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogAnswers,
) -> None:
    app.contacts.save(Contact(name="Ada Lovelace"))  # no backup today yet: one is due
    slow = SlowCopy(monkeypatch)
    window, care, _ = make_window(qtbot, app, tmp_path)
    try:
        qtbot.waitUntil(slow.started.is_set, timeout=10000)  # the day's backup is copying
        assert care.copier.busy
        care.back_up_action.trigger()  # must not wait for that lock on the GUI thread
        assert care.manual_wanted and not care.back_up_action.isEnabled()
        assert care.progress is not None
        slow.release.set()
        qtbot.waitUntil(lambda: not care.copier.busy and not care.manual_wanted, timeout=10000)
    finally:
        slow.release.set()
    assert sorted(c.label for c in app.backups.choices()) == ["daily", "manual"]
    assert "Backed up" in window.statusBar().currentMessage() and not dialogs.warnings


def test_closing_the_window_lets_a_backup_on_its_way_finish(
    app: App,
    cared: tuple[MainWindow, DataCare],
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogAnswers,
) -> None:
    window, care = cared
    slow = SlowCopy(monkeypatch)
    care.back_up_action.trigger()
    assert slow.started.wait(10)
    threading.Timer(0.3, slow.release.set).start()  # the copy ends a moment after closing
    window.close()
    assert manual_backups(app)  # in place when the window has closed, not cut short


def test_an_import_while_back_up_now_copies_goes_ahead_at_once(
    qtbot: QtBot,
    app: App,
    cared: tuple[MainWindow, DataCare],
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogAnswers,
) -> None:
    """The import's before-import backup is frozen beside the running copy, not after it:
    the import is written and summarised while Back up now still copies, the window ticks
    throughout, and neither half-made backup is listed until its copy is complete."""
    window, care = cared
    summaries: list[str] = []
    accepted = int(QDialog.DialogCode.Accepted.value)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda _dialog: accepted)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: summaries.append(text))
    slow = SlowCopy(monkeypatch)
    ticker, ticks = ticking()
    try:
        care.back_up_action.trigger()
        assert slow.started.wait(10)
        window.transfer.import_file(FIXTURES / "linkedin_connections.csv")
        qtbot.waitUntil(lambda: bool(summaries) and window.transfer.job is None, timeout=10000)
        assert len(app.store.contacts) == 5  # Ada and the 4 imported
        qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)  # still copying: it ticks
        assert care.copier.busy and care.progress is not None  # Back up now still copies
        backups = app.backups.folder()
        assert backups is not None
        (listed,) = (p.name for p in backups.iterdir() if not p.name.startswith("."))
        assert "manual" not in listed and "import" not in listed  # only the day's one
        slow.release.set()
        qtbot.waitUntil(lambda: not care.copier.busy, timeout=10000)
    finally:
        slow.release.set()
        ticker.stop()
    assert not dialogs.warnings
    held = {c.label: c.counts["contacts"] for c in app.backups.choices()}
    assert held == {"daily": 1, "manual": 1, "before-import": 1}  # each as it was frozen
