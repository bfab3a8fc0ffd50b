"""A full disk (or any failed write) loses nothing: the previous file stays, memory agrees."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact
from netprep.store import atomic_file, table_file
from netprep.store.database import Database
from netprep.store.errors import SaveError
from netprep.store.store import Store

DISK_FULL = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


class OsWith:
    """The ``os`` module as atomic_file sees it, with some functions replaced (only there:
    pytest's own output keeps the real ones)."""

    def __init__(self, **replaced: Callable[..., Any]) -> None:
        self.__dict__.update(replaced)

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)


def fail(*args: Any) -> Any:
    raise DISK_FULL


def open_store(folder: Path) -> Store:
    clock = ManualClock()
    return Store(Database.open(folder, clock), clock)


def disk_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def names_on_disk(folder: Path) -> set[str]:
    """What a fresh reader finds (read-only: the writer still holds the folder)."""
    clock = ManualClock()
    store = Store(Database.open(folder, clock, read_only=True), clock)
    try:
        return {c.name for c in store.contacts.all()}
    finally:
        store.close()


def names_in_memory(store: Store) -> set[str]:
    return {c.name for c in store.contacts.all()}


def fill_disk_after(bytes_allowed: int) -> Callable[[int, Any], int]:
    """An ``os.write`` that writes a little, then reports the disk full."""
    real_write = os.write

    def write(fd: int, data: Any) -> int:
        if len(data) > bytes_allowed:
            real_write(fd, bytes(data[:bytes_allowed]))
            raise DISK_FULL
        return real_write(fd, data)

    return write


def assert_clear_message(error: SaveError, folder: Path) -> None:
    message = str(error)
    assert "No space left on device" in message
    assert str(folder / "contacts.json") in message
    assert "previous version is intact" in message


def test_disk_full_while_appending(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(tmp_path)
    ann, _ = store.contacts.save_many([Contact(name="Ann Lee"), Contact(name="Bob Ode")])
    store.contacts.save(Contact(name="Cat Demir"))  # the journal exists
    before = disk_files(tmp_path)
    monkeypatch.setattr(atomic_file, "os", OsWith(write=fill_disk_after(40)))
    ann.name = "Ann Lee-Walsh"
    with pytest.raises(SaveError) as caught:
        store.contacts.save_many([ann, Contact(name="Dee Nwosu", background="Long. " * 20)])
    assert_clear_message(caught.value, tmp_path)
    monkeypatch.undo()
    assert disk_files(tmp_path) == before  # the half-written line was cut off again
    assert names_in_memory(store) == names_on_disk(tmp_path) == {"Ann Lee", "Bob Ode", "Cat Demir"}
    monkeypatch.setattr(table_file, "JOURNAL_MIN_BYTES", 1)  # the next save rewrites the file
    store.contacts.save(Contact(name="Eve Haddad"))
    assert not (tmp_path / "contacts.changes.jsonl").exists()
    expected = {"Ann Lee", "Bob Ode", "Cat Demir", "Eve Haddad"}  # the failed one stays out
    assert names_in_memory(store) == names_on_disk(tmp_path) == expected
    store.close()


def test_disk_full_while_rewriting_the_table_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(tmp_path)
    store.contacts.save_many([Contact(name="Ann Lee"), Contact(name="Bob Ode")])
    before = disk_files(tmp_path)
    real = table_file.atomic_write_bytes

    def full(path: Path, data: bytes) -> None:
        raise DISK_FULL

    monkeypatch.setattr(table_file, "atomic_write_bytes", full)
    many = [Contact(name=f"Imported {n}", background="x" * 500) for n in range(3000)]
    with pytest.raises(SaveError) as caught:  # too big to append: the file is rewritten
        store.contacts.save_many(many)
    assert_clear_message(caught.value, tmp_path)
    assert disk_files(tmp_path) == before
    assert names_in_memory(store) == names_on_disk(tmp_path) == {"Ann Lee", "Bob Ode"}
    monkeypatch.setattr(table_file, "atomic_write_bytes", real)
    store.contacts.save_many(many)
    assert len(names_on_disk(tmp_path)) == 3002
    store.close()


def test_disk_full_on_the_very_first_save(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(tmp_path)
    monkeypatch.setattr(atomic_file, "os", OsWith(replace=fail))
    with pytest.raises(SaveError):
        store.contacts.save(Contact(name="Ann Lee"))
    monkeypatch.undo()
    assert not (tmp_path / "contacts.json").exists()
    assert not list(tmp_path.glob(".*netprep-tmp"))  # the temp file was cleaned up
    assert len(store.contacts) == 0
    store.contacts.save(Contact(name="Ann Lee"))
    assert names_on_disk(tmp_path) == {"Ann Lee"}
    store.close()


def test_failed_update_keeps_the_old_version_everywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(tmp_path)
    ann = store.contacts.save(Contact(name="Ann Lee", role="Nurse"))
    ann.role = "Product Manager"
    monkeypatch.setattr(atomic_file, "os", OsWith(fsync=fail))
    with pytest.raises(SaveError):
        store.contacts.save(ann)
    monkeypatch.undo()
    got = store.contacts.get(ann.id)
    assert got is not None and got.role == "Nurse"
    assert store.contacts.where("role", "Product Manager") == []
    store.close()
    store = open_store(tmp_path)
    reread = store.contacts.get(ann.id)
    assert reread is not None and reread.role == "Nurse"
    store.close()


def test_a_cut_off_line_that_could_not_be_removed_is_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even if cutting off a failed append fails too, the next append starts where the
    last good line ended, so the journal never keeps half a change in its middle."""
    store = open_store(tmp_path)
    store.contacts.save(Contact(name="Ann Lee"))
    store.contacts.save(Contact(name="Bob Ode"))
    # the append fails half-way, and so does cutting it off again
    monkeypatch.setattr(atomic_file, "os", OsWith(write=fill_disk_after(30), ftruncate=fail))
    with pytest.raises(SaveError):
        store.contacts.save(Contact(name="Half Written"))
    monkeypatch.undo()
    journal = tmp_path / "contacts.changes.jsonl"
    assert not journal.read_bytes().endswith(b"\n")  # the torn piece is still there
    store.contacts.save(Contact(name="Cat Demir"))
    store.close()
    store = open_store(tmp_path)
    assert names_in_memory(store) == {"Ann Lee", "Bob Ode", "Cat Demir"}
    store.close()
