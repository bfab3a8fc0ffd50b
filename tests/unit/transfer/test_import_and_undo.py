"""Preview, then one write; duplicates become merges; re-import changes nothing; undo."""

from __future__ import annotations

from pathlib import Path

from netprep.composition import App
from netprep.domain.records import Contact
from tests.unit.transfer.conftest import fixture


def names(app: App) -> list[str]:
    return sorted(c.name for c in app.store.contacts.all())


def test_preview_writes_nothing(app: App) -> None:
    preview = app.transfer.preview(fixture("linkedin_connections.csv"))
    assert len(preview.new) == 4
    assert len(app.store.contacts) == 0


def test_import_adds_the_preview_and_undo_takes_it_back(app: App) -> None:
    app.store.contacts.save(Contact(name="Zed Existing", emails=["zed@example.org"]))
    result = app.transfer.apply(app.transfer.preview(fixture("linkedin_connections.csv")))
    assert (result.added, result.merged, result.skipped) == (4, 0, 1)
    assert len(app.store.contacts) == 5
    assert app.transfer.undo_label == "import of linkedin_connections.csv"
    assert app.transfer.undo() == "import of linkedin_connections.csv"
    assert names(app) == ["Zed Existing"]
    assert app.transfer.undo() == ""


def test_import_is_one_write(app: App, monkeypatch) -> None:
    calls: list[int] = []
    original = type(app.store.contacts).save_many

    def counting(repo, records):
        records = list(records)
        calls.append(len(records))
        return original(repo, records)

    monkeypatch.setattr(type(app.store.contacts), "save_many", counting)
    app.transfer.import_file(fixture("google_current.csv"))
    assert calls == [3]


def test_reimport_of_the_same_file_changes_nothing(app: App) -> None:
    app.transfer.import_file(fixture("linkedin_connections.csv"))
    again = app.transfer.preview(fixture("linkedin_connections.csv"))
    assert again.new == [] and again.merges == []
    assert sum("nothing new" in s.reason for s in again.skipped) == 4
    assert again.is_empty


def test_profile_url_identifies_a_person_across_reimports(app: App) -> None:
    app.store.contacts.save(
        Contact(name="Ana R.", links=["http://linkedin.com/in/AnaRuiz/"], role="")
    )
    preview = app.transfer.preview(fixture("linkedin_connections.csv"))
    (merge,) = preview.merges
    assert merge.matched_on == "profile URL" and merge.existing.name == "Ana R."
    assert merge.merged.name == "Ana R."  # what the user has is kept
    assert merge.merged.role == "Head of Data"  # an empty field is filled
    assert "role: Head of Data" in merge.changes


def test_duplicates_by_email_and_by_name_plus_company(app: App) -> None:
    by_email = app.store.contacts.save(Contact(name="Benjamin", emails=["Ben.ONeil@example.com"]))
    by_name = app.store.contacts.save(Contact(name="Chloe Dubois", company="Meteo France"))
    app.store.contacts.save(Contact(name="Dev Patel", company="Initech"))  # not the same Dev
    preview = app.transfer.preview(fixture("linkedin_connections.csv"))
    matched = {m.existing.id: m.matched_on for m in preview.merges}
    assert matched == {by_email.id: "email", by_name.id: "name and company"}
    assert "Dev Patel" in {n.contact.name for n in preview.new}


def test_an_unticked_merge_is_left_out_and_undo_restores_a_merged_contact(app: App) -> None:
    ana = app.store.contacts.save(Contact(name="Ana Ruiz", company="Acme Corp"))
    ben = app.store.contacts.save(Contact(name="Ben", emails=["ben.oneil@example.com"]))
    preview = app.transfer.preview(fixture("linkedin_connections.csv"))
    merges = {m.existing.id: m for m in preview.merges}
    merges[ben.id].accepted = False
    result = app.transfer.apply(preview)
    assert result.merged == 1
    assert app.store.contacts.get(ben.id).role == ""  # type: ignore[union-attr]
    assert app.store.contacts.get(ana.id).role == "Head of Data"  # type: ignore[union-attr]
    app.transfer.undo()
    assert app.store.contacts.get(ana.id).role == ""  # type: ignore[union-attr]
    assert names(app) == ["Ana Ruiz", "Ben"]


def test_the_same_person_twice_in_one_file_is_joined(app: App, tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ana,Ruiz,https://www.linkedin.com/in/anaruiz,,Acme,,12 Mar 2024\n"
        "Ana,Ruiz,https://www.linkedin.com/in/anaruiz/,ana@acme.example,Acme,CTO,12 Mar 2024\n",
        encoding="utf-8",
    )
    preview = app.transfer.preview(path)
    (ana,) = preview.new
    assert ana.contact.emails == ["ana@acme.example"] and ana.contact.role == "CTO"
    assert "the same person as row 2" in preview.skipped[0].reason


def test_import_survives_reopening(app: App, tmp_path: Path) -> None:
    from netprep.composition import open_app

    app.transfer.import_file(fixture("google_legacy.csv"))
    app.close()
    reopened = open_app(tmp_path / "data", app.clock)
    try:
        assert names(reopened) == ["Ada Lovelace", "Katherine Johnson"]
    finally:
        reopened.close()


def test_two_different_profile_urls_are_two_people(app: App, tmp_path: Path) -> None:
    app.store.contacts.save(
        Contact(name="Ana Ruiz", company="Acme", links=["https://www.linkedin.com/in/ana-1"])
    )
    path = tmp_path / "c.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ana,Ruiz,https://www.linkedin.com/in/ana-2,,Acme,,12 Mar 2024\n",
        encoding="utf-8",
    )
    preview = app.transfer.preview(path)
    assert [n.contact.name for n in preview.new] == ["Ana Ruiz"] and preview.merges == []


def test_the_printed_summary_is_capped_unless_all_is_asked(app: App, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        + ",,https://www.linkedin.com/in/,,,,1 Jan 2020\n" * 60,
        encoding="utf-8",
    )
    preview = app.transfer.preview(path)
    lines = preview.summary_lines()
    assert sum(line.startswith("  skipped row") for line in lines) == 50
    assert lines[-1] == "  … and 10 more skipped rows (--all lists every one)"
    assert sum(line.startswith("  skipped row") for line in preview.summary_lines(None)) == 60
