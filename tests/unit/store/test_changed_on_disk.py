"""A data folder changed under the running app (a sync tool, another computer) is noticed
before the next write: nothing is saved over the other side's change, the user is told,
and reloading shows it. netprep's own writes never look like such a change."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact, Note
from netprep.store import table_file
from netprep.store.database import Database
from netprep.store.errors import FolderChangedError
from netprep.store.store import Store

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def open_store(folder: Path, clock: ManualClock) -> Store:
    return Store(Database.open(folder, clock), clock)


def synced_in(source: Path, folder: Path, *names: str) -> None:
    """What a sync tool does: the other machine's file lands whole (temp file, rename)."""
    for name in names:
        landing = folder / f".syncthing.{name}.tmp"
        if (source / name).exists():
            shutil.copyfile(source / name, landing)
            landing.replace(folder / name)
        else:
            (folder / name).unlink(missing_ok=True)


def other_machine_adds(folder: Path, tmp_path: Path, clock: ManualClock, name: str) -> Path:
    """A copy of the folder, changed as on another computer; returns that copy."""
    laptop = tmp_path / "laptop"
    shutil.rmtree(laptop, ignore_errors=True)
    shutil.copytree(folder, laptop, ignore=shutil.ignore_patterns(".netprep.lock", "backups"))
    store = open_store(laptop, clock)
    store.contacts.save(Contact(name=name))
    store.close()
    return laptop


def test_a_table_replaced_by_a_sync_tool_is_never_overwritten(tmp_path: Path) -> None:
    clock = ManualClock(START)
    folder = tmp_path / "data"
    store = open_store(folder, clock)
    store.contacts.save_many([Contact(name="Ann Lee"), Contact(name="Bo Chen")])
    laptop = other_machine_adds(folder, tmp_path, clock, "Cy from the laptop")
    synced_in(laptop, folder, "contacts.json", "contacts.changes.jsonl")
    theirs = {p.name: p.read_bytes() for p in folder.glob("contacts*")}

    changed = sorted(p.name for p in store.changed_on_disk())
    assert changed == ["contacts.changes.jsonl", "contacts.json"]
    with pytest.raises(FolderChangedError, match=r"changed on disk.*contacts.changes.jsonl"):
        store.contacts.save(Contact(name="Dee from the desktop"))
    assert {p.name: p.read_bytes() for p in folder.glob("contacts*")} == theirs  # untouched
    assert "Dee from the desktop" not in {c.name for c in store.contacts.all()}
    store.close()

    store = open_store(folder, clock)  # reload: the other side's change is there
    assert {c.name for c in store.contacts.all()} == {"Ann Lee", "Bo Chen", "Cy from the laptop"}
    store.contacts.save(Contact(name="Dee from the desktop"))  # and saving works again
    assert store.changed_on_disk() == []
    store.close()


def test_a_journal_replaced_or_padded_is_noticed_before_a_transaction(tmp_path: Path) -> None:
    clock = ManualClock(START)
    store = open_store(tmp_path, clock)
    ann = store.contacts.save(Contact(name="Ann Lee"))
    store.notes.save(Note(contact_id=ann.id, body="Runs marathons"))
    store.notes.save(Note(contact_id=ann.id, body="Two children"))  # now in the journal
    journal = tmp_path / "notes.changes.jsonl"
    journal.write_bytes(journal.read_bytes() + b"\0" * 64)  # as a sync client once left it
    with pytest.raises(FolderChangedError, match=r"notes\.changes\.jsonl"), store.transaction():
        store.notes.delete_many([n.id for n in store.notes.all()])
        store.contacts.delete(ann.id)
    assert [c.name for c in store.contacts.all()] == ["Ann Lee"]  # nothing half-done
    assert len(store.notes) == 2
    assert not (tmp_path / "transactions.changes.jsonl").exists()
    store.close()


def test_a_table_file_rewritten_by_another_program_is_noticed(tmp_path: Path) -> None:
    clock = ManualClock(START)
    store = open_store(tmp_path, clock)
    store.contacts.save(Contact(name="Ann Lee"))
    (tmp_path / "notes.json").write_bytes(b'{"notes":{\n},"netprep":{"gen":0,"crc":{}}}\n')
    store.contacts.save(Contact(name="Bo Chen"))  # contacts' own files are unchanged
    with pytest.raises(FolderChangedError, match=r"notes\.json"):
        store.notes.save(Note(body="x"))
    store.close()


def test_its_own_writes_never_look_like_a_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_file, "JOURNAL_MIN_BYTES", 0)  # table files rewritten often
    clock = ManualClock(START)
    store = open_store(tmp_path, clock)
    for n in range(40):
        contact = store.contacts.save(Contact(name=f"Person {n}"))
        with store.transaction():  # the shared journal, then folded into the tables
            store.notes.save(Note(contact_id=contact.id, body=f"note {n}"))
            contact.role = "met"
            store.contacts.save(contact)
        if n % 9 == 0:
            store.contacts.delete(contact.id)
        if n == 20:
            clock.advance(timedelta(days=1).total_seconds())
            store.take_daily_backup()  # hard links to the files change nothing
    assert store.changed_on_disk() == []
    store.close()


def test_a_restore_is_not_taken_for_another_programs_change(tmp_path: Path) -> None:
    from netprep.composition import open_app
    from netprep.services.errors import UserError

    clock = ManualClock(START)
    app = open_app(tmp_path, clock)
    app.contacts.save(Contact(name="Ann Lee"))
    early = app.backups.back_up_now()
    clock.advance(60)
    app.contacts.save(Contact(name="Bo Chen"))
    app.backups.restore(early.name, accept_loss=True)
    assert app.backups.changed_on_disk() == ""  # netprep's own doing: no banner
    assert "restored from a backup" in app.backups.read_only_reason()
    with pytest.raises(UserError, match="read-only; nothing was saved"):
        app.contacts.save(Contact(name="Cy Diaz"))  # memory is not what is on disk now
    app.close()
    app = open_app(tmp_path, clock)
    assert [c.name for c in app.store.contacts.all()] == ["Ann Lee"]
    app.close()
