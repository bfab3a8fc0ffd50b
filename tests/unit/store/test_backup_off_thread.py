"""The day's backup is frozen where saves happen (instant) and copied on a worker thread:
whatever is saved meanwhile - appends, whole table rewrites - the backup holds the data
exactly as it was when frozen, in files of its own."""

from __future__ import annotations

import os
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact, Note
from netprep.store import table_file
from netprep.store.backups import PendingBackup
from netprep.store.database import Database
from netprep.store.store import Store

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def open_store(folder: Path, clock: ManualClock, *, read_only: bool = False) -> Store:
    return Store(Database.open(folder, clock, read_only=read_only), clock)


def names_in(backup: Path) -> list[str]:
    store = open_store(backup, ManualClock(START), read_only=True)
    try:
        return sorted(c.name for c in store.contacts.all())
    finally:
        store.close()


def yesterday_with(folder: Path, clock: ManualClock, count: int) -> None:
    store = open_store(folder, clock)
    ann = store.contacts.save(Contact(name="Ann Lee"))
    store.notes.save(Note(contact_id=ann.id, body="Runs marathons"))
    store.contacts.save_many(Contact(name=f"Person {n:03}") for n in range(count))
    store.close()
    clock.advance(timedelta(days=1).total_seconds())


@pytest.fixture
def small_journals(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every few saves rewrite the whole table file (a new file) and drop its journal."""
    monkeypatch.setattr(table_file, "JOURNAL_MIN_BYTES", 0)


def test_saves_while_it_copies_never_reach_the_backup(tmp_path: Path, small_journals: None) -> None:
    clock = ManualClock(START)
    yesterday_with(tmp_path, clock, 20)
    store = open_store(tmp_path, clock)  # today's backup is frozen as the folder opens
    frozen = sorted(c.name for c in store.contacts.all())
    pending = store.begin_daily_backup()
    assert isinstance(pending, PendingBackup) and pending.linked  # hard links, not copies
    copied: list[Path] = []
    worker = threading.Thread(target=lambda: copied.append(store.finish_backup(pending)))
    for n in range(60):  # saves, rewrites and deletes race the copying
        store.contacts.save(Contact(name=f"Today {n:03}"))
        if n == 10:
            worker.start()
        if n % 7 == 0:
            store.contacts.delete(store.contacts.all()[1].id)
    worker.join(30)
    (backup,) = copied
    store.close()
    assert backup.name == "2026-11-03"
    assert names_in(backup) == frozen  # exactly as it was at the start
    for copy in backup.iterdir():
        assert os.stat(copy).st_nlink == 1, copy.name  # its own disk blocks, no live file's


def test_without_hard_links_it_copies_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = ManualClock(START)
    yesterday_with(tmp_path, clock, 3)

    def refuse(*_: object) -> None:
        raise OSError(1, "Operation not permitted")  # FAT, some network drives

    monkeypatch.setattr(os, "link", refuse)
    store = open_store(tmp_path, clock)
    frozen = sorted(c.name for c in store.contacts.all())
    store.contacts.save(Contact(name="Bo Chen"))
    backup = store.take_daily_backup()
    store.close()
    assert backup is not None and names_in(backup) == frozen


def test_the_cli_finishes_it_on_close(tmp_path: Path) -> None:
    clock = ManualClock(START)
    yesterday_with(tmp_path, clock, 3)
    store = open_store(tmp_path, clock)
    store.contacts.save(Contact(name="Bo Chen"))
    assert not (tmp_path / "backups" / "2026-11-03").exists()  # frozen, not yet copied
    store.close()
    assert "Bo Chen" not in names_in(tmp_path / "backups" / "2026-11-03")
    assert not list((tmp_path / "backups").glob(".*"))  # no half-made one left behind


def test_a_backup_before_an_operation_is_copied_while_the_operation_runs(
    tmp_path: Path, small_journals: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = ManualClock(START)
    store = open_store(tmp_path, clock)
    store.contacts.save_many(Contact(name=f"Person {n:03}") for n in range(20))
    frozen = sorted(c.name for c in store.contacts.all())
    copied_on: list[threading.Thread] = []
    real_finish = PendingBackup.finish

    def finish(self: PendingBackup) -> Path:
        copied_on.append(threading.current_thread())
        return real_finish(self)

    monkeypatch.setattr(PendingBackup, "finish", finish)
    backup = store.take_labelled_backup("before-merge")  # returns once frozen
    assert backup is not None
    with store.transaction():  # the operation goes ahead at once: rewrites, deletes
        for contact in store.contacts.all()[:5]:
            store.contacts.delete(contact.id)
    store.contacts.save(Contact(name="Merged"))
    store.settle_backups()
    assert copied_on and threading.main_thread() not in copied_on
    assert names_in(backup) == frozen
    store.close()


def test_two_backups_begun_in_the_same_second_never_share_a_folder(tmp_path: Path) -> None:
    """The second one's name is checked against the first one's staging folder too: taking
    the same name would clear the first one's half-made copy under its feet."""
    clock = ManualClock(START)
    yesterday_with(tmp_path, clock, 3)
    store = open_store(tmp_path, clock)
    try:
        backups = store.db.backups()
        counts = store.counts()
        first = backups.begin_labelled(clock.now(), "manual", counts)
        second = backups.begin_labelled(clock.now(), "manual", counts)
        assert first.target != second.target
        assert first.staging.is_dir() and second.staging.is_dir()
        assert (
            names_in(first.finish())
            == names_in(second.finish())
            == [
                "Ann Lee",
                *(f"Person {n:03}" for n in range(3)),
            ]
        )
    finally:
        store.close()


class HeldCopy:
    """PendingBackup.finish held (before any copying) until released, on whatever thread."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        real_finish = PendingBackup.finish

        def finish(pending: PendingBackup) -> Path:
            self.started.set()
            assert self.release.wait(20), "the test never released the copy"
            return real_finish(pending)

        monkeypatch.setattr(PendingBackup, "finish", finish)


def test_a_backup_begun_while_another_copies_does_not_wait_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store's backup lock covers choosing a name and the rename into place, not the
    copy: an import's before-import backup is frozen at once beside a slow Back up now."""
    clock = ManualClock(START)
    yesterday_with(tmp_path, clock, 3)
    store = open_store(tmp_path, clock)
    held = HeldCopy(monkeypatch)
    daily = store.begin_daily_backup()
    assert daily is not None
    copying = threading.Thread(target=store.finish_backup, args=(daily,))
    copying.start()
    try:
        assert held.started.wait(10)
        begun: list[Path | None] = []
        beside = threading.Thread(
            target=lambda: begun.append(store.take_labelled_backup("before-import"))
        )
        beside.start()
        beside.join(5)  # the old lock made it wait for the release below, for good here
        assert not beside.is_alive() and begun[0] is not None
        assert not begun[0].exists()  # frozen, not yet in place: nothing half-made is listed
        assert store.db.backups().all() == []
    finally:
        held.release.set()
        copying.join(30)
    store.settle_backups()
    names = sorted(p.name for p in store.db.backups().all())
    store.close()
    assert names == ["2026-11-03", begun[0].name]
    assert names_in(tmp_path / "backups" / begun[0].name) == names_in(
        tmp_path / "backups" / "2026-11-03"
    )


def test_a_backup_finished_by_two_threads_is_copied_once(tmp_path: Path) -> None:
    """A worker still copying the day's backup when close() finishes it too: one copy, one
    rename, no failure told (the rename lock no longer lines the two up)."""
    clock = ManualClock(START)
    yesterday_with(tmp_path, clock, 3)
    store = open_store(tmp_path, clock)
    pending = store.begin_daily_backup()
    assert pending is not None
    results: list[Path | Exception] = []

    def finish() -> None:
        try:
            results.append(store.finish_backup(pending))
        except Exception as error:  # reported by the assert below
            results.append(error)

    workers = [threading.Thread(target=finish) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    store.close()
    assert results == [tmp_path / "backups" / "2026-11-03"] * 4
