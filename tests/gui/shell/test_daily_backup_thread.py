"""The window never copies the day's backup on its own thread: frozen when the data opened,
it is copied by a worker while the window keeps saving."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netprep.composition import open_app
from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact
from netprep.store.backups import PendingBackup
from tests.gui.shell.test_data_care import make_window


def test_the_days_backup_is_copied_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    clock = ManualClock()
    first = open_app(folder, clock)
    first.contacts.save(Contact(name="Ada Lovelace"))
    first.close()
    clock.advance(timedelta(days=1).total_seconds())  # the day's backup is due

    copied_on: list[threading.Thread] = []
    real_finish = PendingBackup.finish

    def finish(self: PendingBackup) -> Path:
        copied_on.append(threading.current_thread())
        return real_finish(self)

    monkeypatch.setattr(PendingBackup, "finish", finish)
    app = open_app(folder, clock)
    try:
        assert not app.backups.choices()  # frozen as it opened, not copied on this thread
        _, care, _ = make_window(qtbot, app, tmp_path)
        app.contacts.save(Contact(name="Grace Hopper"))  # a save while it copies
        qtbot.waitUntil(lambda: bool(copied_on) and not care.copier.busy, timeout=10000)
        assert copied_on and threading.main_thread() not in copied_on
        (daily,) = app.backups.choices()
        assert daily.label == "daily" and daily.counts["contacts"] == 1
        care.daily_backup()  # the hourly check: nothing more is due today
        assert not care.copier.busy and len(app.backups.choices()) == 1
    finally:
        app.close()
