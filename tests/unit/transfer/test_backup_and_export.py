"""JSON backup round trip, conflict-copy style restores, CSV formula safety, vCard out and in."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

import orjson
import pytest

from netprep.composition import App, open_app, seed_demo
from netprep.domain.clock import ManualClock
from netprep.domain.records import Contact
from netprep.services.transfer.exporters import neutralise
from netprep.services.transfer.readers.backup_json import RECORD_TYPES
from netprep.services.transfer.writes import repository
from netprep.store.mapping import to_document


def snapshot(app: App) -> dict[str, dict[str, dict]]:
    """Every record of every table, without the save time (a restore is a new save)."""
    tables = {}
    for table in RECORD_TYPES:
        docs = {r.id: to_document(r) for r in repository(app.store, table).all()}
        for doc in docs.values():
            doc.pop("updated_at")
        tables[table] = docs
    profile = to_document(app.store.profile.get())
    profile.pop("updated_at")
    if profile["created_at"] is not None:  # an unsaved profile gets a new id on every read
        tables["profile"] = {"profile": profile}
    return tables


def test_export_wipe_import_gives_the_same_data(
    app: App, tmp_path: Path, clock: ManualClock
) -> None:
    seed_demo(app)
    agenda = app.agendas.default()
    agenda[0].minutes = 3
    app.agendas.save_default(agenda)
    before = snapshot(app)
    assert len(before["contacts"]) > 10 and before["meetings"] and before["notes"]
    backup = tmp_path / "backup.json"
    app.transfer.export("json", backup)

    clock.advance(86400)
    fresh = open_app(tmp_path / "wiped", clock)
    try:
        preview = fresh.transfer.preview(backup)
        assert not preview.skipped and not preview.merges
        result = fresh.transfer.apply(preview)
        assert result.added == len(before["contacts"])
        assert snapshot(fresh) == before
        assert fresh.agendas.default()[0].minutes == 3
        again = fresh.transfer.preview(backup)  # restoring twice adds nothing
        assert again.is_empty
        fresh.transfer.undo()
        assert len(fresh.store.contacts) == 0 and len(fresh.store.notes) == 0
    finally:
        fresh.close()


def test_a_newer_copy_of_a_contact_replaces_ours_an_older_one_does_not(
    app: App, tmp_path: Path, clock: ManualClock
) -> None:
    ana = app.store.contacts.save(Contact(name="Ana", role="old role"))
    path = tmp_path / "copy.json"
    clock.advance(3600)
    newer = app.store.contacts.get(ana.id)
    assert newer is not None
    newer.role = "new role"
    app.store.contacts.save(newer)
    app.transfer.export("json", path)  # the copy holds "new role"...
    clock.advance(3600)
    newest = app.store.contacts.get(ana.id)
    assert newest is not None
    newest.role = "newest role"
    app.store.contacts.save(newest)  # ... and ours has moved on since
    older = app.transfer.preview(path)
    assert older.merges == [] and "the copy here is newer" in older.skipped[0].reason

    data = orjson.loads(path.read_bytes())
    data["contacts"][0]["updated_at"] = (clock.now() + timedelta(hours=1)).isoformat()
    path.write_bytes(orjson.dumps(data))
    newer_copy = app.transfer.preview(path)
    (merge,) = newer_copy.merges
    assert merge.matched_on == "id" and merge.merged.role == "new role"
    assert merge.changes == ["role as in the backup"]


def test_a_backup_from_a_newer_netprep_is_refused(app: App, tmp_path: Path) -> None:
    path = tmp_path / "future.json"
    path.write_bytes(orjson.dumps({"format": "netprep-backup", "schema_version": 999}))
    with pytest.raises(Exception, match="newer netprep"):
        app.transfer.preview(path)


def test_a_bad_record_in_a_backup_is_skipped_with_its_reason(app: App, tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_bytes(
        orjson.dumps(
            {
                "format": "netprep-backup",
                "schema_version": 2,
                "contacts": [{"id": "a1", "name": "Ok"}, {"id": "b2", "name": 42}],
            }
        )
    )
    preview = app.transfer.preview(path)
    assert [n.contact.name for n in preview.new] == ["Ok"]
    assert "contacts record 2" in preview.skipped[0].reason


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+1 555 0100", "'+1 555 0100"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("Ana = friend", "Ana = friend"),
        ("", ""),
    ],
)
def test_formula_neutralisation(cell: str, safe: str) -> None:
    assert neutralise(cell) == safe


def test_csv_export_is_spreadsheet_safe_and_readable(app: App) -> None:
    app.store.contacts.save(
        Contact(name="=cmd|'/C calc'!A0", role="@risk", emails=["a@example.org", "b@example.org"])
    )
    data = app.transfer.export_bytes("csv")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0]["Name"] == "'=cmd|'/C calc'!A0"
    assert rows[0]["Role"] == "'@risk"
    assert rows[0]["Email"] == "a@example.org ::: b@example.org"


def test_vcard_export_imports_back(app: App, tmp_path: Path, clock: ManualClock) -> None:
    app.store.contacts.save(
        Contact(
            name="José García",
            emails=["jose@example.es"],
            phones=["+34 612 34 56 78"],
            company="Acme, S.A.",
            role="CTO; founder",
            links=["https://www.linkedin.com/in/josegarcia"],
            tags=["Mentors"],
        )
    )
    path = tmp_path / "out.vcf"
    app.transfer.export("vcard", path)
    other = open_app(tmp_path / "other", clock)
    try:
        (new,) = other.transfer.preview(path).new
    finally:
        other.close()
    got = new.contact
    assert (got.name, got.emails, got.phones) == (
        "José García",
        ["jose@example.es"],
        ["+34 612 34 56 78"],
    )
    assert (got.company, got.role, got.links, got.tags) == (
        "Acme, S.A.",
        "CTO; founder",
        ["https://www.linkedin.com/in/josegarcia"],
        ["Mentors"],
    )
    # ... and into the same netprep it is the same person: nothing new
    assert app.transfer.preview(path).is_empty


def test_a_restore_that_fails_half_way_writes_nothing(
    app: App, tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Contacts and notes of a backup are one transaction: a failure writing the notes
    leaves the contacts unwritten too, in memory and on disk."""
    seed_demo(app)
    backup = tmp_path / "backup.json"
    app.transfer.export("json", backup)
    fresh = open_app(tmp_path / "wiped", clock)
    try:
        preview = fresh.transfer.preview(backup)
        notes_repo = type(fresh.store.notes)
        real = notes_repo.save_many

        def failing(repo, records):
            if repo is fresh.store.notes:
                raise OSError("disk full")
            return real(repo, records)

        monkeypatch.setattr(notes_repo, "save_many", failing)
        with pytest.raises(OSError):
            fresh.transfer.apply(preview)
        assert len(fresh.store.contacts) == 0
        monkeypatch.undo()
    finally:
        fresh.close()
    reopened = open_app(tmp_path / "wiped", clock)
    try:
        assert len(reopened.store.contacts) == 0
    finally:
        reopened.close()
