"""A file netprep cannot read is reported, never overwritten; a backup can be brought back."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact, Note
from netprep.store.database import Database, restore_backup
from netprep.store.errors import CorruptFileError, DataDirLockedError, NewerSchemaError
from netprep.store.store import Store

DAY_ONE = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
DAY_TWO = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
LATER = datetime(2026, 11, 25, 14, 30, tzinfo=UTC)

BAD_CONTENTS = {
    "garbage bytes": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe",
    "truncated JSON": b'{"contacts": {"1": {"id": "a1", "name": "Grace Ade',
    "empty file": b"",
    "whitespace only": b"\n   \n",
    "a JSON list": b'[{"id": "a1", "name": "Grace"}]',
    "a foreign object": b'{"foo": 1}',
    "a record without id": b'{"contacts": {"1": {"name": "Grace"}}}',
    "a non-numeric key": b'{"contacts": {"grace": {"id": "a1"}}}',
}


def make_folder_with_backup(folder: Path) -> Path:
    """A folder with contacts and notes, and yesterday's backup of it; returns the backup."""
    clock = ManualClock(DAY_ONE)
    store = Store(Database.open(folder, clock), clock)
    grace = store.contacts.save(Contact(name="Grace Adeyemi", company="Northgate NHS"))
    store.contacts.save(Contact(name="Daniel Okafor"))
    store.notes.save(Note(contact_id=grace.id, body="Runs marathons"))
    store.close()
    clock.set_now(DAY_TWO)
    Store(Database.open(folder, clock), clock).close()  # the first start of day two backs up
    backup = folder / "backups" / "2026-11-21"
    assert (backup / "contacts.json").exists()
    return backup


def open_fails(folder: Path) -> CorruptFileError:
    clock = ManualClock(LATER)
    with pytest.raises(CorruptFileError) as caught:
        Database.open(folder, clock)
    return caught.value


@pytest.mark.parametrize("content", BAD_CONTENTS.values(), ids=BAD_CONTENTS.keys())
def test_corrupt_table_file_is_reported_and_left_untouched(tmp_path: Path, content: bytes) -> None:
    folder = tmp_path / "data"
    backup = make_folder_with_backup(folder)
    bad = folder / "contacts.json"
    bad.write_bytes(content)
    error = open_fails(folder)
    assert error.path == bad
    assert str(bad) in str(error) and "left untouched" in str(error)
    assert error.backup == backup and str(backup) in str(error)
    assert bad.read_bytes() == content
    assert not list(folder.glob("contacts.json.corrupt-*"))


def test_corrupt_file_without_any_backup(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "netprep.json").write_bytes(b'{"app": "netprep", "schema_version": 2}')
    (folder / "notes.json").write_bytes(b'{"notes": {"1": ')
    error = open_fails(folder)
    assert error.path == folder / "notes.json"
    assert error.backup is None and "No good backup" in str(error)
    assert (folder / "notes.json").read_bytes() == b'{"notes": {"1": '


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b'{"schema_version": 2}', b'{"app": "netprep", "schema_version": "2"}'],
    ids=["empty", "garbage", "no app marker", "version not a number"],
)
def test_corrupt_meta_file(tmp_path: Path, content: bytes) -> None:
    folder = tmp_path / "data"
    backup = make_folder_with_backup(folder)
    (folder / "netprep.json").write_bytes(content)
    error = open_fails(folder)
    assert error.path == folder / "netprep.json" and error.backup == backup
    assert (folder / "netprep.json").read_bytes() == content


def test_missing_meta_with_data_files_present(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    backup = make_folder_with_backup(folder)
    contacts_before = (folder / "contacts.json").read_bytes()
    (folder / "netprep.json").unlink()
    error = open_fails(folder)
    assert error.path == folder / "netprep.json" and "missing" in str(error)
    assert error.backup == backup
    assert not (folder / "netprep.json").exists()
    assert (folder / "contacts.json").read_bytes() == contacts_before


def test_backup_pointed_to_is_the_newest_good_one(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    good = make_folder_with_backup(folder)
    broken = folder / "backups" / "2026-11-22"  # newer, but itself damaged
    broken.mkdir()
    (broken / "netprep.json").write_bytes((good / "netprep.json").read_bytes())
    (broken / "contacts.json").write_bytes(b"{")
    (folder / "contacts.json").write_bytes(b"")
    assert open_fails(folder).backup == good


def test_restore_backup_sets_the_bad_file_aside_and_the_folder_opens(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    backup = make_folder_with_backup(folder)
    garbage = b'{"contacts": {"1": {"id": "a1", "name": "Grace Ade'
    (folder / "contacts.json").write_bytes(garbage)
    notes_before = (folder / "notes.json").read_bytes()
    error = open_fails(folder)
    assert error.backup is not None
    journal_before = (folder / "contacts.changes.jsonl").read_bytes()
    set_aside = restore_backup(folder, error.backup, LATER)
    # the table's journal only makes sense on top of its own file: it goes along, kept
    assert sorted(p.name for p in set_aside) == [
        "contacts.changes.jsonl.replaced-20261125-143000",
        "contacts.json.corrupt-20261125-143000",
    ]
    assert (folder / "contacts.json.corrupt-20261125-143000").read_bytes() == garbage
    assert (folder / "contacts.changes.jsonl.replaced-20261125-143000").read_bytes() == (
        journal_before
    )
    for name in ("contacts.json", "contacts.changes.jsonl"):
        assert (folder / name).read_bytes() == (backup / name).read_bytes()
    assert (folder / "notes.json").read_bytes() == notes_before  # good files are kept
    clock = ManualClock(LATER)
    store = Store(Database.open(folder, clock), clock)
    assert sorted(c.name for c in store.contacts.all()) == ["Daniel Okafor", "Grace Adeyemi"]
    assert len(store.notes) == 1
    store.close()


def test_restore_backup_brings_back_a_missing_meta_file(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    backup = make_folder_with_backup(folder)
    (folder / "netprep.json").unlink()
    assert restore_backup(folder, backup, LATER) == []
    clock = ManualClock(LATER)
    store = Store(Database.open(folder, clock), clock)
    assert len(store.contacts) == 2
    store.close()


def test_restore_backup_refuses_while_the_folder_is_open(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    backup = make_folder_with_backup(folder)
    db = Database.open(folder, ManualClock(LATER))
    with pytest.raises(DataDirLockedError):
        restore_backup(folder, backup, LATER)
    db.close()


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    meta = b'{"app": "netprep", "schema_version": 7}'
    contacts = b'{"people": {"1": {"id": "a1", "name": "From the future"}}}'  # a new layout
    (folder / "netprep.json").write_bytes(meta)
    (folder / "contacts.json").write_bytes(contacts)
    with pytest.raises(NewerSchemaError) as caught:
        Database.open(folder, ManualClock())
    assert "newer netprep" in str(caught.value) and "7" in str(caught.value)
    assert (folder / "netprep.json").read_bytes() == meta
    assert (folder / "contacts.json").read_bytes() == contacts
    assert not (folder / "backups").exists()
    Database.open(tmp_path / "other", ManualClock()).close()  # the lock was released
    with pytest.raises(NewerSchemaError):
        Database.open(folder, ManualClock(), read_only=True)


def test_failed_open_releases_the_lock(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_folder_with_backup(folder)
    (folder / "contacts.json").write_bytes(b"{")
    open_fails(folder)
    (folder / "contacts.json").write_bytes(b'{"contacts": {}}')
    Database.open(folder, ManualClock(LATER)).close()  # not DataDirLockedError


@pytest.mark.parametrize(
    "document",
    [
        b'{"id": "a1", "name": "Grace", "circle": "best_friends"}',
        b'{"id": "a1", "name": ["Grace"]}',
        b'{"id": "a1", "name": "Grace", "emails": "grace@example.org"}',
        b'{"id": "a1", "name": "Grace", "created_at": "last Tuesday"}',
        b'{"id": "a1", "name": "Grace", "touch_ideal_days": "often"}',
    ],
    ids=["unknown enum", "list for text", "text for list", "bad datetime", "text for number"],
)
def test_document_that_is_not_a_record_is_set_aside_and_the_app_starts(
    tmp_path: Path, document: bytes
) -> None:
    folder = tmp_path / "data"
    make_folder_with_backup(folder)
    content = b'{"contacts": {"1": ' + document + b', "2": {"id": "b2", "name": "Bob Ode"}}}'
    (folder / "contacts.json").write_bytes(content)
    (folder / "contacts.changes.jsonl").unlink(missing_ok=True)
    clock = ManualClock(LATER)
    store = Store(Database.open(folder, clock), clock)  # it starts, with the rest
    assert [c.name for c in store.contacts.all()] == ["Bob Ode"]
    [problem] = store.problems
    assert problem.file == "contacts.json" and problem.where == "record 1"
    assert "does not fit a contact" in problem.message()
    saved = store.contacts.save(Contact(name="Cat Demir"))  # never takes the damaged doc id
    store.close()
    kept = (folder / "quarantine" / "contacts.json.jsonl").read_text()
    assert '\\"id\\":\\"a1\\"' in kept or '"a1"' in kept.replace('\\"', '"')
    store = Store(Database.open(folder, clock), clock)
    assert sorted(c.name for c in store.contacts.all()) == ["Bob Ode", "Cat Demir"]
    assert store.contacts.get(saved.id) is not None
    store.close()


def test_name_null_is_set_aside_with_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    make_folder_with_backup(folder)
    content = b'{"contacts": {"1": {"id": "a1", "name": null}}}'
    (folder / "contacts.json").write_bytes(content)
    (folder / "contacts.changes.jsonl").unlink(missing_ok=True)
    clock = ManualClock(LATER)
    store = Store(Database.open(folder, clock), clock)
    assert len(store.contacts) == 0
    assert "record 1 was set aside" in store.problems[0].message()
    store.close()


def test_bad_table_missing_from_the_backup_is_set_aside(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    backup = make_folder_with_backup(folder)
    assert not (backup / "meetings.json").exists()
    (folder / "meetings.json").write_bytes(b"\x00\x00\x00")
    set_aside = restore_backup(folder, backup, LATER)
    assert [p.name for p in set_aside] == ["meetings.json.corrupt-20261125-143000"]
    clock = ManualClock(LATER)
    store = Store(Database.open(folder, clock), clock)
    assert len(store.meetings) == 0 and len(store.contacts) == 2
    store.close()
