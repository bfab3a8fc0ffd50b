"""A backup before every risky operation the issue names: migration, import, restore, merge.

Each test makes the operation happen and then looks the backup up as the user would (in
the restore list): it exists, is labelled for the operation, and holds the data as it
was just before.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from netprep.composition import App, memory_app, open_app
from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact, Note
from netprep.services.backups import BackupChoice
from netprep.store.migrations import SCHEMA_VERSION
from tests.unit.store.test_migration import write_v1_folder

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def labelled(app: App, label: str) -> list[BackupChoice]:
    return [c for c in app.backups.choices() if c.label == label]


def test_before_a_migration(tmp_path: Path) -> None:
    write_v1_folder(tmp_path / "data")
    app = open_app(tmp_path / "data", ManualClock(START))
    (before,) = labelled(app, f"before-v{SCHEMA_VERSION}")
    assert before.counts["contacts"] == 3 and before.counts["notes"] == 1
    app.close()


def test_before_an_import(tmp_path: Path) -> None:
    source = memory_app(ManualClock(START))
    source.contacts.save(Contact(name="Grace Hopper"))
    exported = tmp_path / "network.json"
    exported.write_bytes(source.transfer.export_bytes("json"))
    source.close()
    app = open_app(tmp_path / "data", ManualClock(START))
    app.contacts.save(Contact(name="Ann Lee"))
    app.transfer.import_file(exported)
    (before,) = labelled(app, "before-import")
    assert before.counts["contacts"] == 1
    app.close()


def test_before_a_restore(tmp_path: Path) -> None:
    clock = ManualClock(START)
    app = open_app(tmp_path, clock)
    app.contacts.save(Contact(name="Ann Lee"))
    early = app.backups.back_up_now()
    clock.advance(60)
    app.contacts.save(Contact(name="Bo Chen"))
    app.backups.restore(early.name, accept_loss=True)
    (before,) = labelled(app, "before-restore")
    assert before.counts["contacts"] == 2
    app.close()


def test_before_a_merge(tmp_path: Path) -> None:
    clock = ManualClock(START)
    app = open_app(tmp_path, clock)
    ann = app.contacts.save(Contact(name="Ann Lee"))
    twin = app.contacts.save(Contact(name="Ann B. Lee"))
    app.store.notes.save(Note(contact_id=twin.id, body="Runs marathons"))
    app.transfer.merging.merge(ann.id, twin.id, ())
    (before,) = labelled(app, "before-merge")
    assert before.counts["contacts"] == 2 and before.counts["notes"] == 1
    assert len(app.store.contacts) == 1
    app.close()
