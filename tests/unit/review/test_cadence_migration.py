"""A data folder from before circle intervals: each contact's cadence_days becomes its own
ideal interval, after a backup of the original files, and no value is lost."""

from __future__ import annotations

import json
from pathlib import Path

import orjson

from netprep.domain.cadence import DEFAULT_INTERVALS, Interval, interval_for
from netprep.domain.clock import ManualClock
from netprep.store.database import Database
from netprep.store.migrations import SCHEMA_VERSION
from netprep.store.store import Store

V2_META = b'{"app": "netprep", "schema_version": 2}'


def contact(doc_id: str, name: str, **fields: object) -> dict[str, object]:
    return {
        "id": doc_id,
        "created_at": "2025-03-01T10:00:00+00:00",
        "updated_at": "2025-03-02T11:30:00+00:00",
        "name": name,
        "emails": [],
        **fields,
    }


def write_v2_folder(folder: Path) -> dict[str, bytes]:
    folder.mkdir()
    contacts = {
        "contacts": {
            "1": contact("a1", "Grace Adeyemi", circle="stay_in_touch", cadence_days=90),
            "2": contact("b2", "Tomasz Kowalski", circle="", cadence_days=30),
            "3": contact("c3", "Hiroshi Tanaka", cadence_days=None),
            "4": contact("d4", "Sofia Marchetti", circle="collaborated"),
            "5": contact("e5", "Odd Value", cadence_days="every month"),
        }
    }
    files = {"netprep.json": V2_META, "contacts.json": json.dumps(contacts, indent=1).encode()}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


def test_cadence_days_become_each_contacts_own_interval(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    original = write_v2_folder(folder)
    clock = ManualClock()
    store = Store(Database.open(folder, clock), clock)
    by_name = {c.name: c for c in store.contacts.all()}
    grace, tomasz = by_name["Grace Adeyemi"], by_name["Tomasz Kowalski"]
    assert grace.touch_ideal_days == 90 and grace.touch_max_days is None
    assert tomasz.touch_ideal_days == 30
    assert by_name["Hiroshi Tanaka"].touch_ideal_days is None
    assert by_name["Sofia Marchetti"].touch_ideal_days is None
    # The old cadence still decides when someone is due, in the new model.
    assert interval_for(grace, DEFAULT_INTERVALS) == Interval(90, 135)
    assert interval_for(tomasz, DEFAULT_INTERVALS) == Interval(30, 45)
    assert interval_for(by_name["Sofia Marchetti"], DEFAULT_INTERVALS) == Interval(90, 180)
    # A value that was never a number is not dropped: the record is set aside and shown.
    assert "Odd Value" not in by_name
    assert any("touch_ideal_days" in str(p) for p in store.problems)
    store.close()

    meta = orjson.loads((folder / "netprep.json").read_bytes())
    assert meta["schema_version"] == SCHEMA_VERSION == 3
    backups = sorted((folder / "backups").iterdir())
    before = [b for b in backups if "before-v3" in b.name]
    assert len(before) == 1, backups
    for name, data in original.items():
        assert (before[0] / name).read_bytes() == data  # the untouched original, byte for byte


def test_opening_the_migrated_folder_again_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    write_v2_folder(folder)
    clock = ManualClock()
    Store(Database.open(folder, clock), clock).close()
    store = Store(Database.open(folder, clock), clock)
    grace = next(c for c in store.contacts.all() if c.name == "Grace Adeyemi")
    assert grace.touch_ideal_days == 90
    assert len([b for b in (folder / "backups").iterdir() if "before-v3" in b.name]) == 1
    store.close()
