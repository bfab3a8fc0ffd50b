"""The change journal: small saves append, big journals fold back, a cut-off line is dropped."""

from __future__ import annotations

import zlib
from pathlib import Path

import orjson
import pytest

from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact
from netprep.store import table_file
from netprep.store.database import Database
from netprep.store.file_format import decode_table
from netprep.store.store import Store
from netprep.store.table_file import read_table_file


def open_store(folder: Path, clock: ManualClock | None = None) -> Store:
    clock = clock or ManualClock()
    return Store(Database.open(folder, clock), clock)


def names(folder: Path) -> list[str]:
    store = open_store(folder)
    try:
        return sorted(c.name for c in store.contacts.all())
    finally:
        store.close()


def test_small_saves_append_to_the_journal(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.contacts.save_many(Contact(name=n) for n in ("Ann Lee", "Bob Ode"))
    table_bytes = (tmp_path / "contacts.json").read_bytes()
    carl = store.contacts.save(Contact(name="Carl Rossi"))
    store.contacts.delete(carl.id)
    store.contacts.save(Contact(name="Dee Nwosu"))
    store.close()
    assert (tmp_path / "contacts.json").read_bytes() == table_bytes  # never rewritten
    lines = (tmp_path / "contacts.changes.jsonl").read_bytes().splitlines()
    assert len(lines) == 3
    body, _, checksum = lines[1].rpartition(b"\t")
    assert orjson.loads(body) == {"seq": 3, "put": {}, "del": ["3"]}
    assert checksum == f"{zlib.crc32(body):08x}".encode()
    assert names(tmp_path) == ["Ann Lee", "Bob Ode", "Dee Nwosu"]


def test_an_unfinished_last_line_is_dropped_and_then_overwritten(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.contacts.save(Contact(name="Ann Lee"))
    store.contacts.save(Contact(name="Bob Ode"))
    store.close()
    journal = tmp_path / "contacts.changes.jsonl"
    good = journal.read_bytes()
    journal.write_bytes(good + b'{"put": {"3": {"id": "c3", "name": "Half Writ')  # a crash
    assert names(tmp_path) == ["Ann Lee", "Bob Ode"]
    store = open_store(tmp_path)
    store.contacts.save(Contact(name="Cat Demir"))
    store.close()
    assert journal.read_bytes().startswith(good)
    assert b"Half Writ" not in journal.read_bytes()
    assert names(tmp_path) == ["Ann Lee", "Bob Ode", "Cat Demir"]


@pytest.mark.parametrize(
    "bad_line",
    [b"not json", b'{"put": []}', b'{"rename": {}}', b'{"put": {"x": {"id": "a"}}}', b"[1]"],
)
def test_a_damaged_complete_line_is_set_aside_and_the_rest_read(
    tmp_path: Path, bad_line: bytes
) -> None:
    store = open_store(tmp_path)
    store.contacts.save(Contact(name="Ann Lee"))
    store.contacts.save(Contact(name="Bob Ode"))
    store.contacts.save(Contact(name="Cat Demir"))
    store.close()
    journal = tmp_path / "contacts.changes.jsonl"
    content = bad_line + b"\n" + journal.read_bytes()
    journal.write_bytes(content)
    store = open_store(tmp_path)
    assert sorted(c.name for c in store.contacts.all()) == ["Ann Lee", "Bob Ode", "Cat Demir"]
    assert [(p.file, p.where) for p in store.problems] == [("contacts.changes.jsonl", "change 1")]
    store.contacts.save(Contact(name="Dee Nwosu"))
    store.close()
    # set aside first, then the table rewritten without it: it is not found again
    assert not journal.exists() or bad_line + b"\n" not in journal.read_bytes()
    assert names(tmp_path) == ["Ann Lee", "Bob Ode", "Cat Demir", "Dee Nwosu"]
    kept = (tmp_path / "quarantine" / "contacts.changes.jsonl.jsonl").read_bytes()
    assert bad_line.decode() in orjson.loads(kept.splitlines()[0])["raw"]


def test_a_big_journal_is_folded_into_the_table_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_file, "JOURNAL_MIN_BYTES", 2_000)
    store = open_store(tmp_path)
    store.contacts.save(Contact(name="First Contact"))
    journal = tmp_path / "contacts.changes.jsonl"
    sizes = []
    for n in range(12):
        store.contacts.save(Contact(name=f"Contact {n:02d}", background="x" * 200))
        table_size = (tmp_path / "contacts.json").stat().st_size
        journal_size = journal.stat().st_size if journal.exists() else 0
        sizes.append(journal_size)
        assert journal_size <= max(2_000, table_size * table_file.JOURNAL_MAX_RATIO)
    store.close()
    assert sizes.count(0) >= 2  # folded more than once
    table_alone = decode_table((tmp_path / "contacts.json").read_bytes(), "contacts")
    assert (
        len(table_alone.docs) > 1 and not table_alone.damage
    )  # the table file itself took the folded changes
    assert len(read_table_file(tmp_path / "contacts.json", "contacts")["contacts"]) == 13
    assert len(names(tmp_path)) == 13


def test_replaying_a_journal_already_folded_in_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash between rewriting the table file and deleting its journal."""
    store = open_store(tmp_path)
    ann = store.contacts.save(Contact(name="Ann Lee"))
    bob = store.contacts.save(Contact(name="Bob Ode"))
    ann.role = "CTO"
    store.contacts.save(ann)
    store.contacts.delete(bob.id)
    journal = tmp_path / "contacts.changes.jsonl"
    stale = journal.read_bytes()
    monkeypatch.setattr(table_file, "JOURNAL_MIN_BYTES", 1)  # the next save folds
    store.contacts.save(Contact(name="Cat Demir"))
    store.close()
    assert not journal.exists()
    journal.write_bytes(stale)
    store = open_store(tmp_path)
    assert sorted((c.name, c.role) for c in store.contacts.all()) == [
        ("Ann Lee", "CTO"),
        ("Cat Demir", ""),
    ]
    store.close()


def test_journal_without_a_table_file(tmp_path: Path) -> None:
    """Only the journal survived (the table file was lost): its records still load."""
    store = open_store(tmp_path)
    store.contacts.save(Contact(name="Ann Lee"))
    store.contacts.save(Contact(name="Bob Ode"))
    store.close()
    (tmp_path / "contacts.json").unlink()
    assert names(tmp_path) == ["Bob Ode"]
