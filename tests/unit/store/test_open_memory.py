"""Opening a folder holds as few file bytes at once as it can (the peak memory of a start).

A lazy table (notes: 100,000 records, ~108 MB at LinkedIn scale) is located and then its
bytes are let go at once, before the tables parsed whole (contacts) are read: the two
files are never held together. Its records are read from the file when asked for.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact, Note
from netprep.store import table_file
from netprep.store.database import LAZY_TABLES, TABLES, Database
from netprep.store.store import Store


def _folder(tmp_path: Path, clock: ManualClock) -> tuple[Path, Contact]:
    store = Store(Database.open(tmp_path, clock), clock)
    ann = store.contacts.save(Contact(name="Ann Lee", company="Helix"))
    store.notes.save_many(Note(contact_id=ann.id, body=f"note {n}") for n in range(5))
    store.db.storage("notes").fold()  # into the table file, as after many saves
    store.db.storage("contacts").fold()
    store.close()
    return tmp_path, ann


def test_a_lazy_table_lets_its_bytes_go_once_located(tmp_path: Path) -> None:
    clock = ManualClock()
    folder, ann = _folder(tmp_path, clock)
    located = {t: LAZY_TABLES.get(t, ()) for t in TABLES}
    content = table_file.read_folder(folder, TABLES, located)
    assert content.tables["notes"].raw == b""
    assert content.tables["notes"].spans.count == 5
    assert content.tables["contacts"].raw  # parsed as the repository builds its records
    store = Store(Database.open(folder, clock), clock)
    assert sorted(n.body for n in store.notes.where("contact_id", ann.id)) == [
        f"note {n}" for n in range(5)
    ]
    store.close()


def test_lazy_tables_are_read_before_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = ManualClock()
    folder, _ = _folder(tmp_path, clock)
    order: list[str] = []
    scan = table_file.scan_table

    def noting(raw: bytes, table: str, peek: list[bytes]) -> object:
        order.append(table)
        return scan(raw, table, peek)

    monkeypatch.setattr(table_file, "scan_table", noting)
    Database.open(folder, clock).close()
    assert order.index("notes") < order.index("contacts")


def test_the_notes_index_holds_small_tuples_kept_right_through_saves(tmp_path: Path) -> None:
    clock = ManualClock()
    folder, ann = _folder(tmp_path, clock)
    store = Store(Database.open(folder, clock), clock)
    index = store.notes._indexes["contact_id"]
    assert all(type(ids) is tuple for ids in index.values())  # a third of a set's memory
    first, *rest = store.notes.where("contact_id", ann.id)
    store.notes.delete(first.id)
    moved = store.notes.save(Note(id=rest[0].id, contact_id="someone else", body="moved"))
    added = store.notes.save(Note(contact_id=ann.id, body="new"))
    expected = {n.id for n in rest[1:]} | {added.id}
    assert {n.id for n in store.notes.where("contact_id", ann.id)} == expected
    assert [n.id for n in store.notes.where("contact_id", "someone else")] == [moved.id]
    assert all(type(ids) is tuple and len(set(ids)) == len(ids) for ids in index.values())
    store.close()
    again = Store(Database.open(folder, clock), clock)
    assert {n.id for n in again.notes.where("contact_id", ann.id)} == expected
    again.close()
