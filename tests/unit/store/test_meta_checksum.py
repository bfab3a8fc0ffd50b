"""netprep.json is checksummed: any flipped bit in it is detected and named, the newest
good backup is offered, and restoring from it opens the data again."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest

from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact
from netprep.services.backups import backup_offered, repair_from_backup
from netprep.store.database import META_FILE, Database
from netprep.store.errors import CorruptFileError
from netprep.store.migrations import SCHEMA_VERSION
from netprep.store.store import Store

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def folder_with_a_backup(folder: Path, clock: ManualClock) -> None:
    store = Store(Database.open(folder, clock), clock)
    store.contacts.save(Contact(name="Ann Lee"))
    store.take_labelled_backup("manual")
    store.close()


def test_the_meta_file_carries_its_checksum(tmp_path: Path) -> None:
    clock = ManualClock(START)
    folder_with_a_backup(tmp_path, clock)
    meta = orjson.loads((tmp_path / META_FILE).read_bytes())
    assert meta["schema_version"] == SCHEMA_VERSION and len(meta["crc"]) == 8


def test_every_flipped_byte_is_detected_named_and_a_backup_offered(tmp_path: Path) -> None:
    clock = ManualClock(START)
    folder_with_a_backup(tmp_path, clock)
    good = (tmp_path / META_FILE).read_bytes()
    for index in range(len(good)):
        damaged = bytearray(good)
        damaged[index] ^= 1 << (index % 8)
        (tmp_path / META_FILE).write_bytes(bytes(damaged))
        with pytest.raises(CorruptFileError) as caught:
            Database.open(tmp_path, clock).close()
        assert caught.value.path.name == META_FILE, index
        assert backup_offered(caught.value) is not None, index
        assert (tmp_path / META_FILE).read_bytes() == bytes(damaged)  # never overwritten
    assert len(good) > 40


def test_a_version_flipped_from_3_to_2_is_damage_not_a_migration(tmp_path: Path) -> None:
    clock = ManualClock(START)
    folder_with_a_backup(tmp_path, clock)
    good = (tmp_path / META_FILE).read_bytes()
    version = f'"schema_version": {SCHEMA_VERSION}'.encode()
    older = f'"schema_version": {SCHEMA_VERSION - 1}'.encode()
    (tmp_path / META_FILE).write_bytes(good.replace(version, older))
    with pytest.raises(CorruptFileError, match="checksum does not match") as caught:
        Database.open(tmp_path, clock)
    backup = backup_offered(caught.value)
    assert backup is not None
    kept = repair_from_backup(tmp_path, backup, clock.now())
    assert [p.name for p in kept] == [f"{META_FILE}.corrupt-20261102-090000"]
    store = Store(Database.open(tmp_path, clock), clock)
    assert [c.name for c in store.contacts.all()] == ["Ann Lee"]
    store.close()


def test_a_meta_file_from_before_checksums_opens_and_gains_one(tmp_path: Path) -> None:
    clock = ManualClock(START)
    folder_with_a_backup(tmp_path, clock)
    old = {"app": "netprep", "schema_version": SCHEMA_VERSION}
    (tmp_path / META_FILE).write_bytes(orjson.dumps(old))
    Database.open(tmp_path, clock, read_only=True).close()
    assert "crc" not in orjson.loads((tmp_path / META_FILE).read_bytes())  # read-only: as is
    Store(Database.open(tmp_path, clock), clock).close()
    assert "crc" in orjson.loads((tmp_path / META_FILE).read_bytes())
    (tmp_path / META_FILE).write_bytes(orjson.dumps({**old, "schema_vershon": 3}))
    with pytest.raises(CorruptFileError, match="unknown field"):
        Database.open(tmp_path, clock)
