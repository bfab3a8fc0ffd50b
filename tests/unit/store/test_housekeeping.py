"""What opening a folder tidies up: stale temp files, and the daily backups."""

from __future__ import annotations

import gc
from datetime import UTC, datetime
from pathlib import Path

import pytest

from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact
from netprep.store.backups import KEEP_DAILY, KEEP_WEEKLY, MANIFEST, Backups
from netprep.store.database import Database, data_files
from netprep.store.errors import StoreError
from netprep.store.store import Store

DAY = 24 * 3600
MONDAY = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def start_app(folder: Path, clock: ManualClock) -> Store:
    return Store(Database.open(folder, clock), clock)


def test_an_empty_folder_is_not_backed_up(tmp_path: Path) -> None:
    start_app(tmp_path, ManualClock(MONDAY)).close()
    assert not (tmp_path / "backups").exists()


def backup_names(folder: Path) -> list[str]:
    return sorted(p.name for p in (folder / "backups").iterdir())


def test_stale_temp_files_are_removed_at_open(tmp_path: Path) -> None:
    clock = ManualClock()
    store = start_app(tmp_path, clock)
    store.contacts.save(Contact(name="Ann Lee"))
    store.close()
    good = (tmp_path / "contacts.json").read_bytes()
    stale = [
        tmp_path / ".contacts.json.123.netprep-tmp",
        tmp_path / ".notes.json.98765.netprep-tmp",
        tmp_path / ".netprep.json.7.netprep-tmp",
    ]
    for path in stale:
        path.write_bytes(b'{"contacts": {"1": {"id": "half-writ')
    unrelated = tmp_path / "my-notes.txt"
    unrelated.write_text("the user's own file")
    store = start_app(tmp_path, clock)
    assert [c.name for c in store.contacts.all()] == ["Ann Lee"]
    store.close()
    assert not any(p.exists() for p in stale)
    assert (tmp_path / "contacts.json").read_bytes() == good
    assert unrelated.read_text() == "the user's own file"


def test_one_backup_a_day(tmp_path: Path) -> None:
    clock = ManualClock(MONDAY)
    store = start_app(tmp_path, clock)
    store.contacts.save(Contact(name="Ann Lee"))
    store.close()
    for _ in range(3):  # restarts later the same day
        clock.advance(3 * 3600)
        start_app(tmp_path, clock).close()
    assert backup_names(tmp_path) == ["2026-11-23"]
    clock.set_now(datetime(2026, 11, 24, 7, 0, tzinfo=UTC))
    store = start_app(tmp_path, clock)
    store.contacts.save(Contact(name="Bob Ode"))
    store.close()
    assert backup_names(tmp_path) == ["2026-11-23", "2026-11-24"]
    tuesday = tmp_path / "backups" / "2026-11-24"
    # the backup is the folder as it was at that start, before the day's work
    assert b"Ann Lee" in (tuesday / "contacts.json").read_bytes()
    assert b"Bob Ode" not in (tuesday / "contacts.json").read_bytes()
    assert (tuesday / "netprep.json").exists()


def test_backups_keep_seven_daily_and_four_weekly(tmp_path: Path) -> None:
    clock = ManualClock(MONDAY)
    for day in range(60):
        store = start_app(tmp_path, clock)
        store.contacts.save(Contact(name=f"Met on day {day}"))
        store.close()
        clock.advance(DAY)
    names = backup_names(tmp_path)
    assert names[-KEEP_DAILY:] == [f"2027-01-{d:02d}" for d in range(15, 22)]
    weekly = names[:-KEEP_DAILY]
    assert len(weekly) == KEEP_WEEKLY  # the newest of each of the four weeks before
    assert weekly == ["2026-12-27", "2027-01-03", "2027-01-10", "2027-01-14"]


def test_read_only_open_takes_no_backup(tmp_path: Path) -> None:
    clock = ManualClock(MONDAY)
    first = start_app(tmp_path, clock)
    first.contacts.save(Contact(name="Ann Lee"))
    first.close()
    start_app(tmp_path, clock).close()
    clock.advance(DAY)
    Store(Database.open(tmp_path, clock, read_only=True), clock).close()
    assert backup_names(tmp_path) == ["2026-11-23"]


def test_backup_copies_table_files_and_journals(tmp_path: Path) -> None:
    clock = ManualClock(MONDAY)
    store = start_app(tmp_path, clock)
    store.contacts.save(Contact(name="Ann Lee"))
    store.contacts.save(Contact(name="Bob Ode"))  # goes to the journal
    store.close()
    clock.advance(DAY)
    start_app(tmp_path, clock).close()
    backup = tmp_path / "backups" / "2026-11-24"
    for name in ("netprep.json", "contacts.json", "contacts.changes.jsonl"):
        assert (backup / name).read_bytes() == (tmp_path / name).read_bytes()
    assert set(p.name for p in backup.iterdir()) <= {*data_files(), MANIFEST}


def test_half_made_backup_is_ignored_and_cleared(tmp_path: Path) -> None:
    clock = ManualClock(MONDAY)
    first = start_app(tmp_path, clock)
    first.contacts.save(Contact(name="Ann Lee"))
    first.close()
    start_app(tmp_path, clock).close()
    partial = tmp_path / "backups" / ".2026-11-24.partial"  # a crash mid-backup
    partial.mkdir()
    (partial / "netprep.json").write_bytes(b'{"app": "netprep", "schema_version": 2}')
    backups = Backups(tmp_path, data_files())
    assert [p.name for p in backups.all()] == ["2026-11-23"]
    assert backups.newest_good(lambda path: True) == tmp_path / "backups" / "2026-11-23"
    clock.advance(DAY)
    start_app(tmp_path, clock).close()
    assert backup_names(tmp_path) == ["2026-11-23", "2026-11-24"]


def test_a_path_that_is_not_a_folder_gives_a_readable_error(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "contacts.csv"
    not_a_folder.write_text("name,email\n")
    expected = r"Cannot open the data folder .*contacts\.csv: File exists"
    with pytest.raises(StoreError, match=expected):
        Database.open(not_a_folder, ManualClock())
    with pytest.raises(StoreError, match="Cannot open the data folder"):
        Database.open(not_a_folder / "inside", ManualClock())
    assert not_a_folder.read_text() == "name,email\n"


def test_opening_leaves_the_garbage_collector_as_it_was(tmp_path: Path) -> None:
    clock = ManualClock(MONDAY)
    assert gc.isenabled()
    start_app(tmp_path, clock).close()
    assert gc.isenabled()
    gc.disable()
    try:
        start_app(tmp_path, clock).close()
        assert not gc.isenabled()  # the caller's choice is kept
    finally:
        gc.enable()
    (tmp_path / "contacts.json").write_bytes(b"{")
    with pytest.raises(StoreError):
        start_app(tmp_path, clock)
    assert gc.isenabled()  # also after a failed open


def test_the_default_agenda_is_backed_up_with_the_tables(tmp_path: Path) -> None:
    from datetime import timedelta

    from netprep.composition import open_app
    from netprep.domain.clock import ManualClock

    clock = ManualClock()
    folder = tmp_path / "data"
    app = open_app(folder, clock)
    agenda = app.agendas.default()
    agenda[0].minutes = 3
    app.agendas.save_default(agenda)
    app.close()
    clock.advance(timedelta(days=1).total_seconds())
    open_app(folder, clock).close()
    backups = sorted((folder / "backups").iterdir())
    assert (backups[-1] / "agenda.json").read_bytes() == (folder / "agenda.json").read_bytes()
