"""Backups you can restore from: taken while the app runs, listed with what they hold,
never restored silently when they hold less, the replaced data kept."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from netprep.composition import open_app
from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact, Note
from netprep.services.backups import BackupMade
from netprep.services.errors import UserError
from netprep.store.backups import PendingBackup

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def test_left_open_for_two_weeks_it_backs_up_every_day(tmp_path: Path) -> None:
    clock = ManualClock(START)
    app = open_app(tmp_path, clock)
    for day in range(14):
        app.store.contacts.save(Contact(name=f"Met on day {day}"))
        clock.advance(3600 * 24)
        for _ in range(24):  # the app's hourly check
            app.backups.daily_if_due()
    choices = app.backups.choices()
    newest = choices[0]
    assert newest.counts["contacts"] == 14 and not newest.would_lose
    daily = sorted(c.name for c in choices if c.label == "daily")
    assert daily[-7:] == [f"2026-11-{d}" for d in range(10, 17)]  # the last seven days
    assert daily[:-7] == ["2026-11-08", "2026-11-09"]  # and one a week before them
    app.close()


def test_restore_lists_what_each_holds_and_refuses_less_without_consent(tmp_path: Path) -> None:
    clock = ManualClock(START)
    app = open_app(tmp_path, clock)
    ann = app.store.contacts.save(Contact(name="Ann Lee"))
    app.store.notes.save(Note(contact_id=ann.id, body="Runs marathons"))
    early = app.backups.back_up_now()
    assert early.holds() == "1 contact, 1 note, 0 meetings"
    clock.advance(60)
    app.store.contacts.save_many(Contact(name=f"Person {n}") for n in range(14))
    listed = {c.name: c for c in app.backups.choices()}
    assert listed[early.name].would_lose == {"contacts": 14}
    assert listed[early.name].loss() == "14 contacts fewer than now"
    with pytest.raises(UserError, match="holds less than your data now"):
        app.backups.restore(early.name)
    replaced = app.backups.restore(early.name, accept_loss=True)
    app.close()
    assert replaced.name.endswith("before-restore")
    app = open_app(tmp_path, clock)
    assert [c.name for c in app.store.contacts.all()] == ["Ann Lee"]
    kept = {c.name: c for c in app.backups.choices()}[replaced.name]
    assert kept.counts["contacts"] == 15  # what was replaced can itself be restored
    app.backups.restore(replaced.name)
    app.close()
    app = open_app(tmp_path, clock)
    assert len(app.store.contacts) == 15
    app.close()


def test_an_unknown_backup_is_a_clear_error(tmp_path: Path) -> None:
    app = open_app(tmp_path, ManualClock(START))
    with pytest.raises(UserError, match="no backup named"):
        app.backups.restore("2020-01-01")
    app.close()


def test_backup_folder_is_fsynced_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netprep.store import backups

    synced: list[Path] = []
    monkeypatch.setattr(backups, "fsync_folder", synced.append)
    app = open_app(tmp_path, ManualClock(START + timedelta(days=1)))
    app.store.contacts.save(Contact(name="Ann Lee"))
    app.backups.back_up_now()
    app.close()
    assert tmp_path / "backups" in synced


def test_an_import_is_preceded_by_a_backup(tmp_path: Path) -> None:
    from netprep.composition import memory_app

    source = memory_app(ManualClock(START))
    source.contacts.save(Contact(name="Grace Hopper"))
    exported = tmp_path / "network.json"
    exported.write_bytes(source.transfer.export_bytes("json"))
    source.close()
    app = open_app(tmp_path / "data", ManualClock(START))
    app.contacts.save(Contact(name="Ann Lee"))
    app.transfer.import_file(exported)
    before = [c for c in app.backups.choices() if c.label == "before-import"]
    assert len(before) == 1 and before[0].counts["contacts"] == 1
    assert len(app.store.contacts) == 2
    app.close()


def test_a_restore_beside_a_backup_being_copied_leaves_that_backup_as_frozen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backup lock no longer covers a copy: a restore may run while Back up now still
    copies. The copy reads only its frozen links, so it holds the data of its moment."""
    clock = ManualClock(START)
    app = open_app(tmp_path, clock)
    app.store.contacts.save(Contact(name="Ann Lee"))
    early = app.backups.back_up_now()
    clock.advance(60)
    app.store.contacts.save_many(Contact(name=f"Person {n}") for n in range(3))
    held, release = threading.Event(), threading.Event()
    real_finish = PendingBackup.finish

    def finish(pending: PendingBackup) -> Path:
        if not held.is_set():  # the first copy (Back up now's) waits; the restore's do not
            held.set()
            assert release.wait(20)
        return real_finish(pending)

    monkeypatch.setattr(PendingBackup, "finish", finish)
    copy = app.backups.back_up_in_background()  # frozen: Ann and 3 people
    worker = threading.Thread(target=lambda: made.append(copy()))
    made: list[BackupMade] = []
    worker.start()
    assert held.wait(10)
    app.backups.restore(early.name, accept_loss=True)  # does not wait for the copy
    release.set()
    worker.join(30)
    app.close()
    (backup,) = made
    app = open_app(tmp_path, clock)
    assert [c.name for c in app.store.contacts.all()] == ["Ann Lee"]  # restored
    counts = {c.name: c.counts["contacts"] for c in app.backups.choices()}
    assert counts[backup.path.name] == 4  # the copy as frozen, not the restored files
    app.close()
