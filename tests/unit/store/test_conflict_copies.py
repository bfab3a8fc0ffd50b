"""Sync-tool conflict copies of journals - a table's own and the shared transactions one -
are found, named by `netprep check`, and merged through the import preview like a copy of
a table file: the newest version of each record, the copy's deletions listed, not applied."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from netprep.cli import main
from netprep.composition import App, open_app
from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact, Note
from netprep.services.transfer.readers.sync_copies import conflict_table


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("contacts.sync-conflict-20261125-101010-ABCDEFG.changes.jsonl", ("contacts", True)),
        (
            "transactions (Laptop's conflicted copy 2026-11-25).changes.jsonl",
            ("transactions", True),
        ),
        ("transactions.changes.jsonl", None),
    ],
)
def test_journal_copies_are_recognised(name: str, found: tuple[str, bool] | None) -> None:
    assert conflict_table(name) == found


def laptop_of(app: App, tmp_path: Path, clock: ManualClock) -> App:
    """The same folder on another computer (as a sync tool copied it), opened there."""
    assert app.data_dir is not None
    laptop = tmp_path / "laptop"
    shutil.copytree(app.data_dir, laptop, ignore=shutil.ignore_patterns(".netprep.lock", "backups"))
    return open_app(laptop, clock)


def test_a_journal_copy_is_merged_newest_wins_and_its_deletions_listed(
    tmp_path: Path,
) -> None:
    clock = ManualClock()
    app = open_app(tmp_path / "data", clock)
    ana = app.contacts.save(Contact(name="Ana", role="here"))
    bo = app.contacts.save(Contact(name="Bo"))
    app.contacts.save(Contact(name="Di"))  # the journal exists from now on
    laptop = laptop_of(app, tmp_path, clock)
    clock.advance(60)
    theirs = laptop.store.contacts.get(ana.id)
    assert theirs is not None
    theirs.role = "changed on the laptop"
    laptop.store.contacts.save(theirs)
    laptop.store.contacts.save(Contact(name="Cy, added on the laptop"))
    laptop.store.contacts.delete(bo.id)
    assert laptop.data_dir is not None
    journal = laptop.data_dir / "contacts.changes.jsonl"
    copy = tmp_path / "data" / "contacts.sync-conflict-20261125-101010-LAPTOP.changes.jsonl"
    shutil.copyfile(journal, copy)
    laptop.close()

    (found,) = app.transfer.conflict_copies()
    assert found.path == copy and found.journal and found.can_merge
    preview = app.transfer.preview(copy)
    assert [n.contact.name for n in preview.new] == ["Cy, added on the laptop"]
    (merge,) = preview.merges
    assert merge.existing.id == ana.id and merge.merged.role == "changed on the laptop"
    assert any("Deleted in the copy, not merged: 1 contact" in s.reason for s in preview.skipped)
    app.transfer.apply(preview)
    names = sorted(c.name for c in app.store.contacts.all())
    assert names == ["Ana", "Bo", "Cy, added on the laptop", "Di"]  # Bo: the user decides
    assert app.store.contacts.get(ana.id).role == "changed on the laptop"  # type: ignore[union-attr]
    assert copy.exists()
    app.close()


def test_a_copy_of_the_shared_journal_brings_every_table_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = ManualClock()
    app = open_app(tmp_path / "data", clock)
    app.contacts.save(Contact(name="Ana"))
    laptop = laptop_of(app, tmp_path, clock)
    with laptop.store.transaction():  # a contact and a note saved as one
        eve = laptop.store.contacts.save(Contact(name="Eve from the laptop"))
        laptop.store.notes.save(Note(contact_id=eve.id, body="Met at the meetup"))
    assert laptop.data_dir is not None
    copy = tmp_path / "data" / "transactions (Laptop's conflicted copy 2026-11-25).changes.jsonl"
    shutil.copyfile(laptop.data_dir / "transactions.changes.jsonl", copy)
    laptop.close()

    report = app.backups.check()
    assert any(copy.name in p and "netprep import" in p for p in report.problems)
    app.close()
    assert main(["--data-dir", str(tmp_path / "data"), "check"]) == 1
    assert f"problem: {copy.name} is a sync tool's conflict copy" in capsys.readouterr().out

    app = open_app(tmp_path / "data", clock)
    preview = app.transfer.preview(copy)
    app.transfer.apply(preview)
    (eve_here,) = [c for c in app.store.contacts.all() if c.name == "Eve from the laptop"]
    assert [n.body for n in app.store.notes.all()] == ["Met at the meetup"]
    assert app.store.notes.all()[0].contact_id == eve_here.id
    app.close()
