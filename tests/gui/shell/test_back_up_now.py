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
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact
from netprep.store.backups import Backups, PendingBackup
from tests.gui.helpers import DialogAnswers
from tests.gui.shell.test_data_care import make_window


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


def test_the_window_keeps_working_while_a_slow_backup_copies(
    qtbot: QtBot,
    app: App,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogAnswers,
) -> None:
    app.contacts.save(Contact(name="Ada Lovelace"))
    window, care, _ = make_window(qtbot, app, tmp_path)
    qtbot.waitUntil(lambda: not care.copier.busy, timeout=10000)  # the day's backup is done
    slow = SlowCopy(monkeypatch)
    ticks: list[int] = []
    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start()
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
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogAnswers,
    error: OSError,
    said: str,
) -> None:
    app.contacts.save(Contact(name="Ada Lovelace"))
    _, care, _ = make_window(qtbot, app, tmp_path)
    qtbot.waitUntil(lambda: not care.copier.busy, timeout=10000)  # the day's backup is done
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
    qtbot: QtBot,
    app: App,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogAnswers,
) -> None:
    app.contacts.save(Contact(name="Ada Lovelace"))
    _, care, _ = make_window(qtbot, app, tmp_path)

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
        assert care.copier.busy  # (and holds the store's copy lock meanwhile)
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
    qtbot: QtBot,
    app: App,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogAnswers,
) -> None:
    app.contacts.save(Contact(name="Ada Lovelace"))
    window, care, _ = make_window(qtbot, app, tmp_path)
    qtbot.waitUntil(lambda: not care.copier.busy, timeout=10000)  # the day's backup is done
    slow = SlowCopy(monkeypatch)
    care.back_up_action.trigger()
    assert slow.started.wait(10)
    threading.Timer(0.3, slow.release.set).start()  # the copy ends a moment after closing
    window.close()
    assert manual_backups(app)  # in place when the window has closed, not cut short
