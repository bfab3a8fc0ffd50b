"""Opening a folder written by an older netprep migrates it, after a backup of the original."""

from __future__ import annotations

import json
from pathlib import Path

import orjson

from netprep.domain.clock import ManualClock
from netprep.store.database import Database
from netprep.store.migrations import SCHEMA_VERSION
from netprep.store.store import Store

V1_META = b'{"app": "netprep", "schema_version": 1}'


def v1_contact(
    doc_id: str, name: str, email: str, phone: str, **extra: object
) -> dict[str, object]:
    return {
        "id": doc_id,
        "created_at": "2024-03-01T10:00:00+00:00",
        "updated_at": "2024-03-02T11:30:00+00:00",
        "name": name,
        "email": email,
        "phone": phone,
        "company": "Helix Health",
        "circle": "get_to_know",
        **extra,
    }


def write_v1_folder(folder: Path) -> dict[str, bytes]:
    """A data folder as version 1 wrote it: one email and one phone per contact."""
    folder.mkdir()
    contacts = {
        "contacts": {
            "1": v1_contact("a1b2c3d4e5f60718", "Daniel Okafor", "a@b.org", "+44 20 7946 0018"),
            "2": v1_contact("b2c3d4e5f6071829", "Rahul Sharma", "  ", ""),
            "4": v1_contact(
                "c3d4e5f607182930",
                "Elena Petrova",
                "elena@example.org",
                "+49 30 901820",
                emails=["elena.p@example.org", "elena@example.org"],
            ),
        }
    }
    notes = {
        "notes": {"1": {"id": "n1", "contact_id": "a1b2c3d4e5f60718", "body": "Met at a meetup"}}
    }
    files = {
        "netprep.json": V1_META,
        "contacts.json": json.dumps(contacts, indent=1).encode(),
        "notes.json": json.dumps(notes).encode(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


def test_v1_folder_is_migrated_to_lists(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    original = write_v1_folder(folder)
    clock = ManualClock()
    store = Store(Database.open(folder, clock), clock)
    by_name = {c.name: c for c in store.contacts.all()}
    assert by_name["Daniel Okafor"].emails == ["a@b.org"]
    assert by_name["Daniel Okafor"].phones == ["+44 20 7946 0018"]
    assert by_name["Rahul Sharma"].emails == [] and by_name["Rahul Sharma"].phones == []
    assert by_name["Elena Petrova"].emails == ["elena.p@example.org", "elena@example.org"]
    assert by_name["Elena Petrova"].phones == ["+49 30 901820"]
    assert by_name["Daniel Okafor"].circle.value == "get_to_know"
    assert len(store.notes) == 1
    store.close()

    meta = orjson.loads((folder / "netprep.json").read_bytes())
    assert meta["schema_version"] == SCHEMA_VERSION >= 2
    on_disk = orjson.loads((folder / "contacts.json").read_bytes())["contacts"]
    assert on_disk["1"]["emails"] == ["a@b.org"] and "email" not in on_disk["1"]
    assert "phone" not in on_disk["2"]

    backups = list((folder / "backups").glob(f"*-before-v{SCHEMA_VERSION}"))
    assert len(backups) == 1
    for name, data in original.items():
        assert (backups[0] / name).read_bytes() == data


def test_migrated_folder_opens_again_without_a_second_migration(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    write_v1_folder(folder)
    clock = ManualClock()
    Database.open(folder, clock).close()
    clock.advance(3 * 24 * 3600)
    store = Store(Database.open(folder, clock), clock)
    assert sorted(len(c.emails) for c in store.contacts.all()) == [0, 1, 2]
    store.close()
    assert len(list((folder / "backups").glob(f"*-before-v{SCHEMA_VERSION}"))) == 1


def test_read_only_open_shows_migrated_data_without_writing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    original = write_v1_folder(folder)
    clock = ManualClock()
    store = Store(Database.open(folder, clock, read_only=True), clock)
    emails = sorted(e for c in store.contacts.all() for e in c.emails)
    assert emails == ["a@b.org", "elena.p@example.org", "elena@example.org"]
    store.close()
    for name, data in original.items():
        assert (folder / name).read_bytes() == data
    assert not (folder / "backups").exists()


def test_interrupted_migration_runs_again(tmp_path: Path) -> None:
    """A crash after the tables were rewritten but before the meta file: the next open
    migrates once more, and migrating migrated data changes nothing."""
    folder = tmp_path / "data"
    write_v1_folder(folder)
    clock = ManualClock()
    Database.open(folder, clock).close()
    (folder / "netprep.json").write_bytes(V1_META)  # as if the last write never happened
    store = Store(Database.open(folder, clock), clock)
    daniel = next(c for c in store.contacts.all() if c.name == "Daniel Okafor")
    assert daniel.emails == ["a@b.org"] and daniel.phones == ["+44 20 7946 0018"]
    store.close()


def test_a_value_of_an_unexpected_type_is_kept_and_reported_not_dropped(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    write_v1_folder(folder)
    contacts = orjson.loads((folder / "contacts.json").read_bytes())
    contacts["contacts"]["2"]["email"] = 4479460018  # a number where text belongs
    (folder / "contacts.json").write_bytes(orjson.dumps(contacts))
    clock = ManualClock()
    store = Store(Database.open(folder, clock), clock)
    try:
        names = sorted(c.name for c in store.contacts.all())
        assert names == ["Daniel Okafor", "Elena Petrova"]  # the rest migrated and opened
        [problem] = store.problems
        assert problem.where == "record 2" and "emails" in problem.reason
    finally:
        store.close()
    kept = (folder / "quarantine" / "contacts.json.jsonl").read_text()
    assert "4479460018" in kept and "Rahul Sharma" in kept
