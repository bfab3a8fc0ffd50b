"""Conflict copies from sync tools are found, and merged back through the import preview."""

from __future__ import annotations

from pathlib import Path

import pytest

from netprep.composition import App
from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact
from netprep.services.errors import UserError
from netprep.services.transfer.readers.sync_copies import conflict_table
from netprep.store.file_format import encode_table
from netprep.store.mapping import to_document


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("contacts (Laptop's conflicted copy 2024-03-01).json", ("contacts", False)),
        ("contacts.sync-conflict-20240301-101010-ABCDEFG.json", ("contacts", False)),
        ("contacts-Laptop.json", ("contacts", False)),
        ("notes 2.json", ("notes", False)),
        ("notes (conflicted copy).changes.jsonl", ("notes", True)),
        ("contacts.json", None),
        ("contacts.changes.jsonl", None),
        ("contacts.json.corrupt-20240301-101010", None),
        ("netprep.json", None),
        ("agenda.json", None),
    ],
)
def test_conflict_copy_names(name: str, found: tuple[str, bool] | None) -> None:
    assert conflict_table(name) == found


def write_copy(path: Path, contacts: list[Contact]) -> None:
    docs = {str(i): to_document(c) for i, c in enumerate(contacts, start=1)}
    path.write_bytes(encode_table("contacts", docs, 1))


def test_a_conflict_copy_is_previewed_and_merged_newest_wins(app: App, clock: ManualClock) -> None:
    folder = app.data_dir
    assert folder is not None
    ana = app.store.contacts.save(Contact(name="Ana", role="here"))
    bo = app.store.contacts.save(Contact(name="Bo"))
    clock.advance(60)
    theirs_ana = app.store.contacts.get(ana.id)
    assert theirs_ana is not None
    theirs_ana.role = "changed on the laptop"
    theirs_ana.updated_at = clock.now()
    cy = Contact(name="Cy, added on the laptop", created_at=clock.now(), updated_at=clock.now())
    copy = folder / "contacts (Laptop's conflicted copy 2026-11-25).json"
    write_copy(copy, [theirs_ana, bo, cy])

    (found,) = app.transfer.conflict_copies()
    assert found.path == copy and found.can_merge
    preview = app.transfer.preview(copy)
    assert [n.contact.name for n in preview.new] == ["Cy, added on the laptop"]
    (merge,) = preview.merges
    assert merge.existing.id == ana.id and merge.merged.role == "changed on the laptop"
    assert any("identical" in s.reason for s in preview.skipped)  # Bo
    app.transfer.apply(preview)
    assert len(app.store.contacts) == 3
    assert copy.exists()  # never deleted: the user decides


def test_a_damaged_conflict_copy_is_a_clear_error(app: App) -> None:
    folder = app.data_dir
    assert folder is not None
    copy = folder / "contacts.sync-conflict-20240301-101010-ABC.json"
    copy.write_bytes(b'{"contacts": [')
    with pytest.raises(UserError, match="cannot be read"):
        app.transfer.preview(copy)
