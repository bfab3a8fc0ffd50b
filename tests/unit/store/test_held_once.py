"""Each record held once; notes read lazily from their file.

The storage keeps no parsed documents (only where each record's bytes are), contacts are
held as records, and notes are located at open and read from notes.json when asked for.
These tests hold the behaviour a user sees to what it was: every note comes back whole,
edits and deletes survive a reopen, a transaction sees its own staged changes and a failed
one leaves nothing, and a rewrite copies untouched records' bytes exactly.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact, Note, NoteKind
from netprep.store import table_file
from netprep.store.database import Database
from netprep.store.errors import FolderChangedError
from netprep.store.store import Store


def _open(folder: Path, clock: ManualClock) -> Store:
    return Store(Database.open(folder, clock), clock)


def _filled(folder: Path, clock: ManualClock) -> tuple[list[Contact], list[Note]]:
    store = _open(folder, clock)
    people = [Contact(name=f"Person {n}", tags=["t"]) for n in range(5)]
    store.contacts.save_many(people)
    notes = [
        Note(
            contact_id=people[n % 5].id,
            date=date(2024, 1, 1 + n),
            body=f'Note {n}: "quoted" and a back\\slash, ünïcödé',
            kind=NoteKind.CONVERSATION,
        )
        for n in range(12)
    ]
    store.notes.save_many(notes)
    store.close()
    return people, notes


def test_notes_are_read_from_the_file_whole(tmp_path: Path, clock: ManualClock) -> None:
    people, notes = _filled(tmp_path, clock)
    store = _open(tmp_path, clock)
    try:
        assert store.notes._lazy and not store.contacts._lazy
        assert store.db.storage("notes").data.raw == b""  # located, then let go
        assert len(store.notes) == 12 and notes[3].id in store.notes
        got = store.notes.get(notes[3].id)
        assert got is not None and got.body == notes[3].body and got.kind is NoteKind.CONVERSATION
        mine = store.notes.where("contact_id", people[1].id)
        assert sorted(n.body for n in mine) == sorted(
            n.body for n in notes if n.contact_id == people[1].id
        )
        assert {n.id for n in store.notes.all()} == {n.id for n in notes}
        assert store.notes.where("kind", NoteKind.CONVERSATION) != []  # not indexed: a scan
    finally:
        store.close()


def test_edits_and_deletes_of_lazy_notes_survive_a_reopen(
    tmp_path: Path, clock: ManualClock
) -> None:
    people, notes = _filled(tmp_path, clock)
    store = _open(tmp_path, clock)
    edited = store.notes.get(notes[0].id)
    assert edited is not None
    edited.body, edited.contact_id = "Rewritten", people[4].id
    store.notes.save(edited)
    store.notes.delete(notes[1].id)
    assert [n.body for n in store.notes.where("contact_id", people[4].id) if n.id == edited.id] == [
        "Rewritten"
    ]
    assert all(n.id != edited.id for n in store.notes.where("contact_id", people[0].id))
    store.close()
    store = _open(tmp_path, clock)
    try:
        again = store.notes.get(notes[0].id)
        assert again is not None and again.body == "Rewritten"
        assert notes[1].id not in store.notes and store.notes.get(notes[1].id) is None
        assert edited.id in {n.id for n in store.notes.where("contact_id", people[4].id)}
    finally:
        store.close()


def test_a_contact_held_once_is_saved_correctly_after_edits(
    tmp_path: Path, clock: ManualClock
) -> None:
    people, _ = _filled(tmp_path, clock)
    store = _open(tmp_path, clock)
    held = store.db.storage("contacts").data
    assert held.docs is None and held.raw == b""  # no parsed copy, no bytes beside the records
    contact = store.contacts.get(people[2].id)
    assert contact is not None
    contact.tags.append("edited")
    assert "edited" not in store.contacts.where("id", people[2].id)[0].tags  # a copy
    store.contacts.save(contact)
    store.db.storage("contacts").fold()  # the table file rewritten from what is held
    store.close()
    store = _open(tmp_path, clock)
    try:
        again = store.contacts.get(people[2].id)
        assert again is not None and again.tags == ["t", "edited"]
        assert len(store.contacts) == 5
    finally:
        store.close()


def test_a_transaction_reads_its_own_lazy_changes_and_a_failed_one_leaves_none(
    tmp_path: Path, clock: ManualClock
) -> None:
    people, notes = _filled(tmp_path, clock)
    store = _open(tmp_path, clock)
    try:
        with store.transaction():
            added = store.notes.save(Note(contact_id=people[0].id, body="staged"))
            store.notes.delete(notes[2].id)
            got = store.notes.get(added.id)
            assert got is not None and got.body == "staged"
            assert store.notes.get(notes[2].id) is None
        with pytest.raises(RuntimeError), store.transaction():
            store.notes.save(Note(contact_id=people[0].id, body="never"))
            store.notes.delete(notes[3].id)
            raise RuntimeError("the transaction fails")
        assert "never" not in {n.body for n in store.notes.all()}
        kept = store.notes.get(notes[3].id)
        assert kept is not None and kept.body == notes[3].body
        assert notes[3].id in {n.id for n in store.notes.where("contact_id", notes[3].contact_id)}
    finally:
        store.close()


def test_a_rewrite_copies_untouched_records_exactly(tmp_path: Path, clock: ManualClock) -> None:
    _, notes = _filled(tmp_path, clock)
    before = (tmp_path / "notes.json").read_bytes()
    store = _open(tmp_path, clock)
    try:
        store.notes.delete(notes[5].id)
        store.db.storage("notes").fold()
    finally:
        store.close()
    after = (tmp_path / "notes.json").read_bytes()
    kept = [line for line in before.splitlines()[1:-1] if notes[5].id.encode() not in line]
    assert [line.rstrip(b",") for line in after.splitlines()[1:-1]] == [
        line.rstrip(b",") for line in kept
    ]


def test_a_notes_file_changed_under_the_app_is_refused_not_misread(
    tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, notes = _filled(tmp_path, clock)
    store = _open(tmp_path, clock)
    try:
        path = tmp_path / "notes.json"
        raw = bytearray(path.read_bytes())
        at = raw.index(b"Note 4")
        raw[at : at + 6] = b"Nope 4"  # same length: only the checksum can tell
        path.write_bytes(bytes(raw))
        store.db.storage("notes").watch = None  # as a reader without the file watch
        with pytest.raises(FolderChangedError):
            store.notes.get(notes[4].id)
        monkeypatch.setattr(table_file, "JOURNAL_MIN_BYTES", 0)
        monkeypatch.setattr(table_file, "JOURNAL_MAX_RATIO", 0.0)
        with pytest.raises(FolderChangedError):  # a rewrite would copy the changed bytes
            store.notes.save(Note(contact_id=notes[0].contact_id, body="new"))
        assert b"Nope 4" in path.read_bytes()  # not overwritten
    finally:
        store.close()


def test_a_note_not_laid_out_plainly_is_parsed_and_found(
    tmp_path: Path, clock: ManualClock
) -> None:
    store = _open(tmp_path, clock)
    odd = store.notes.save(Note(contact_id='we"ird\\id', body="escaped owner"))
    plain = store.notes.save(Note(contact_id="plain", body="plain owner"))
    store.db.storage("notes").fold()  # both in the table file, read in place on open
    store.close()
    store = _open(tmp_path, clock)
    try:
        assert [n.id for n in store.notes.where("contact_id", 'we"ird\\id')] == [odd.id]
        assert [n.id for n in store.notes.where("contact_id", "plain")] == [plain.id]
    finally:
        store.close()


def test_repeated_values_are_held_once_and_edits_stay_apart(
    tmp_path: Path, clock: ManualClock
) -> None:
    store = _open(tmp_path, clock)
    a, b = store.contacts.save_many(
        [
            Contact(name="A", company="Acme Corp", tags=["mentor"]),
            Contact(name="B", company="Acme Corp", tags=["mentor"]),
        ]
    )
    store.close()
    store = _open(tmp_path, clock)
    try:
        held_a, held_b = store.contacts.where("id", a.id)[0], store.contacts.where("id", b.id)[0]
        assert held_a.company is held_b.company and held_a.tags[0] is held_b.tags[0]
        edited = store.contacts.get(a.id)
        assert edited is not None
        edited.tags.append("founder")
        edited.company = "Globex"
        store.contacts.save(edited)
        other = store.contacts.get(b.id)
        assert other is not None and other.tags == ["mentor"] and other.company == "Acme Corp"
    finally:
        store.close()
