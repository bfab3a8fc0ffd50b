"""The data's care in the window: back up now, restore (saying what would be lost), the
read-only banner on a full disk, damage found at start, and the exception hook."""

from __future__ import annotations

import errno
import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from netprep.composition import App, open_app
from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact
from netprep.gui.shell.data_care import DataCare
from netprep.gui.shell.exception_hook import ErrorDialog, make_exception_hook
from netprep.gui.shell.main_window import MainWindow
from netprep.gui.shell.restore_dialog import RestoreDialog
from netprep.gui.shell.window_state import WindowState
from netprep.services.errors import UserError
from tests.gui.helpers import DialogAnswers


def make_window(qtbot: QtBot, app: App, tmp_path: Path) -> tuple[MainWindow, DataCare, list[int]]:
    window = MainWindow(app, WindowState(tmp_path / "window.ini"))
    qtbot.addWidget(window)
    restarts: list[int] = []
    care = DataCare(window, app, restart=lambda: restarts.append(1))
    return window, care, restarts


def file_menu_texts(window: MainWindow) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    assert menu is not None
    return [a.text() for a in menu.actions()]  # type: ignore[attr-defined]


def test_back_up_now_is_in_the_file_menu_and_takes_a_backup(
    qtbot: QtBot, app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    app.contacts.save(Contact(name="Ada Lovelace"))
    window, care, _ = make_window(qtbot, app, tmp_path)
    texts = file_menu_texts(window)
    assert "&Back up now" in texts and "&Restore from backup…" in texts
    care.back_up_action.trigger()
    qtbot.waitUntil(lambda: not care.copier.busy, timeout=10000)
    assert "1 contact" in window.statusBar().currentMessage()
    assert any(c.label == "manual" for c in app.backups.choices())


def test_restore_lists_what_each_holds_and_asks_before_losing(
    qtbot: QtBot,
    app: App,
    clock: ManualClock,
    tmp_path: Path,
    dialogs: DialogAnswers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app.contacts.save(Contact(name="Ada Lovelace"))
    early = app.backups.back_up_now()
    clock.advance(60)
    app.contacts.save(Contact(name="Grace Hopper"))
    window, care, restarts = make_window(qtbot, app, tmp_path)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    dialog = RestoreDialog(app, window)
    qtbot.addWidget(dialog)
    rows = [dialog.table.topLevelItem(i) for i in range(dialog.table.topLevelItemCount())]
    row = next(r for r in rows if r is not None and r.text(1) == "Backed up by hand")
    assert row.text(2) == "1 contact, 0 notes, 0 meetings"
    assert row.text(3) == "1 contact fewer than now"
    assert not dialog.restore_button.isEnabled()  # nothing is picked for the user
    dialog.table.setCurrentItem(row)
    dialogs.answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "warning", dialogs.question)
    dialog.restore_button.click()
    assert "would lose 1 contact" in dialogs.asked[-1] and not dialog.restored_from
    dialogs.answer = QMessageBox.StandardButton.Yes
    dialog.restore_button.click()
    assert dialog.restored_from == early.name
    assert dialog.replaced_kept_in.endswith("before-restore")

    def chosen(self: RestoreDialog) -> RestoreDialog.DialogCode:
        self.restored_from, self.replaced_kept_in = early.name, "kept"
        return RestoreDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", chosen)
    care.restore()
    assert restarts == [1] and "reopens" in told[0]


def test_a_full_disk_opens_read_only_with_a_banner(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    clock = ManualClock()
    first = open_app(folder, clock)
    first.contacts.save(Contact(name="Ada Lovelace"))
    first.close()
    clock.advance(timedelta(days=1).total_seconds())  # the day's backup will be due
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    app = open_app(folder, clock)
    monkeypatch.setattr(os, "fsync", real_fsync)
    try:
        assert app.read_only and [c.name for c in app.contacts.all()] == ["Ada Lovelace"]
        _, care, _ = make_window(qtbot, app, tmp_path)
        assert care.banner is not None and "full" in care.banner.text()
        assert not care.back_up_action.isEnabled()
    finally:
        app.close()


def test_damage_found_at_start_is_shown(
    qtbot: QtBot, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    folder = tmp_path / "data"
    clock = ManualClock()
    first = open_app(folder, clock)
    first.store.contacts.save_many([Contact(name="Ada Lovelace"), Contact(name="Grace Hopper")])
    first.close()
    raw = (folder / "contacts.json").read_bytes()
    at = raw.index(b"Grace")
    (folder / "contacts.json").write_bytes(raw[:at] + b"Grade" + raw[at + 5 :])
    app = open_app(folder, clock)
    try:
        assert [c.name for c in app.contacts.all()] == ["Ada Lovelace"]
        _, care, _ = make_window(qtbot, app, tmp_path)
        care.show_problems()
        assert "set the damaged parts aside" in dialogs.warnings[0]
        assert "contacts.json: record 2" in dialogs.warnings[0]
    finally:
        app.close()


class Emitter(QObject):
    fired = Signal()


def test_an_exception_in_a_slot_is_shown_not_lost(
    qtbot: QtBot, dialogs: DialogAnswers, monkeypatch: pytest.MonkeyPatch
) -> None:
    hook = make_exception_hook(lambda: None)
    emitter = Emitter()

    def broken_slot() -> None:
        raise UserError("Could not save notes.json: No space left on device.")

    emitter.fired.connect(broken_slot)
    with qtbot.captureExceptions() as caught:
        emitter.fired.emit()
    for exc in caught:
        hook(*exc)
    assert "No space left" in dialogs.warnings[-1]
    shown: list[ErrorDialog] = []

    def show(dialog: ErrorDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(ErrorDialog, "exec", show)
    hook(RuntimeError, RuntimeError("boom"), None)
    (dialog,) = shown
    message = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "unexpected error" in message and "safe" in message
    assert QApplication.instance() is not None  # still running
