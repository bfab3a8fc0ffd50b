"""netprep reads its own contacts CSV back: export → import into an empty folder → export
gives the same file, every exported field comes back, referrers are linked again."""

from __future__ import annotations

from pathlib import Path

import pytest

from netprep.composition import App, open_app, seed_demo
from netprep.domain.clock import ManualClock
from netprep.domain.records import Circle, Contact
from netprep.services.transfer import FileFormat, UnknownFormatError
from netprep.services.transfer.exporters import neutralise, unneutralise
from netprep.services.transfer.readers.encoding import ImportFileError

HEADER = (
    "Name,Email,Phone,Company,Role,Location,Links,Circle,Tags,Interests,How we met,"
    "Background,Current projects,Achievements,Referred by\n"
)


def tricky_contacts(app: App) -> None:
    """Contacts whose fields a careless reader would change on the way back in."""
    save = app.store.contacts.save
    referrer = save(Contact(name="García, José", company="Acme", emails=["jose@example.org"]))
    save(
        Contact(
            name="=Eve 'the' Hacker",
            emails=["Eve@Example.org", "eve2@example.org"],
            phones=["+1 617 555 0143", "020 7946 0318"],  # not reformatted on the way back
            company="-minus",
            role="@role",
            location="Boston, MA",
            links=["https://example.org/eve", "https://www.linkedin.com/in/eve"],
            circle=Circle.COLLABORATED,
            tags=["a", "b c"],
            interests=["chess", "trail running"],
            how_we_met="'quoted' at a meetup\nsecond line",
            background="Line one\nLine two, with a comma",
            current_projects="+plus project",
            achievements="'apostrophe first",
            referred_by=referrer.id,
        )
    )


def test_export_import_export_gives_the_same_csv(
    app: App, tmp_path: Path, clock: ManualClock
) -> None:
    seed_demo(app)
    tricky_contacts(app)
    first = tmp_path / "first.csv"
    app.transfer.export("csv", first)

    fresh = open_app(tmp_path / "empty", clock)
    try:
        preview = fresh.transfer.preview(first)
        assert preview.format is FileFormat.CSV
        assert preview.skipped == [] and preview.problems == [] and preview.merges == []
        fresh.transfer.apply(preview)
        second = tmp_path / "second.csv"
        fresh.transfer.export("csv", second)
        assert second.read_bytes() == first.read_bytes()
        assert len(fresh.store.contacts) == len(app.store.contacts)

        eve = next(c for c in fresh.store.contacts.all() if c.name == "=Eve 'the' Hacker")
        assert eve.phones == ["+1 617 555 0143", "020 7946 0318"]
        assert eve.emails == ["Eve@Example.org", "eve2@example.org"]
        assert eve.circle is Circle.COLLABORATED and eve.interests == ["chess", "trail running"]
        assert eve.how_we_met == "'quoted' at a meetup\nsecond line"
        assert (eve.company, eve.role, eve.achievements) == ("-minus", "@role", "'apostrophe first")
        referrer = fresh.store.contacts.get(eve.referred_by or "")
        assert referrer is not None and referrer.name == "García, José"  # not turned round
    finally:
        fresh.close()


def test_a_referrer_deleted_before_the_export_is_left_out_quietly(app: App, tmp_path: Path) -> None:
    gone = app.store.contacts.save(Contact(name="Gone Soon"))
    orphan = app.store.contacts.save(Contact(name="Orphan", referred_by=gone.id))
    app.store.contacts.delete(gone.id)
    path = tmp_path / "out.csv"
    app.transfer.export("csv", path)
    assert path.read_text(encoding="utf-8-sig").splitlines()[1].endswith(",(deleted contact)")
    app.store.contacts.delete(orphan.id)  # so that the file's row is new again
    preview = app.transfer.preview(path)
    (row,) = preview.new
    assert row.contact.referred_by is None and preview.problems == []


def test_columns_are_read_by_name_in_any_order(app: App, tmp_path: Path) -> None:
    path = tmp_path / "reordered.csv"
    path.write_text(
        "Referred by,Circle,Name,Interests,Email\n"
        ",Stay in touch,Ana Ruiz,sailing ::: jazz,ana@example.org\n"
        "Ana Ruiz,get_to_know,Bo Li,,\n"
        "Nobody Known,Best friends,Cy Ode,,\n",
        encoding="utf-8",
    )
    preview = app.transfer.preview(path)
    assert preview.format is FileFormat.CSV
    ana, bo, cy = (n.contact for n in preview.new)
    assert ana.circle is Circle.STAY_IN_TOUCH and ana.interests == ["sailing", "jazz"]
    assert bo.circle is Circle.GET_TO_KNOW and bo.referred_by == ana.id
    assert cy.referred_by is None and cy.circle is Circle.NONE
    assert preview.problems == [
        "row 4: circle “Best friends” not understood",
        "row 4: referred by “Nobody Known”: no contact has that name; not linked",
    ]


def test_a_referrer_already_in_netprep_is_linked(app: App, tmp_path: Path) -> None:
    grace = app.store.contacts.save(Contact(name="Grace Adeyemi"))
    path = tmp_path / "people.csv"
    path.write_text(HEADER + "Nadia Rahman,,,,,,,,,,,,,,Grace Adeyemi\n", encoding="utf-8")
    app.transfer.import_file(path)
    nadia = next(c for c in app.store.contacts.all() if c.name == "Nadia Rahman")
    assert nadia.referred_by == grace.id


def test_a_trimmed_csv_is_not_guessed_but_reads_when_its_format_is_named(
    app: App, tmp_path: Path
) -> None:
    path = tmp_path / "trimmed.csv"
    path.write_text("Name,Email\nAna Ruiz,ana@example.org\n", encoding="utf-8")
    with pytest.raises(UnknownFormatError) as raised:
        app.transfer.preview(path)
    assert FileFormat.CSV in raised.value.formats
    assert [n.contact.name for n in app.transfer.preview(path, "csv").new] == ["Ana Ruiz"]


def test_an_unknown_file_says_what_it_is_not_and_leaves_how_to_choose_to_the_caller(
    app: App, tmp_path: Path
) -> None:
    path = tmp_path / "weird.csv"
    path.write_text("a,b,c\n1,2\n", encoding="utf-8")
    with pytest.raises(UnknownFormatError) as raised:
        app.transfer.preview(path)
    error = raised.value
    assert str(error) == (
        "weird.csv is not a LinkedIn or Google Contacts CSV, a netprep CSV, a vCard file or a "
        "netprep backup."
    )
    assert "--format" not in error.template  # the GUI has no such option
    assert error.name == "weird.csv"
    assert error.formats == (FileFormat.LINKEDIN, FileFormat.GOOGLE, FileFormat.CSV)


@pytest.mark.parametrize(
    ("text", "where"),
    [("[1,2,3", "line 1, column 7"), ('{"a": 1,\n  x}', "line 2, column 3")],
)
def test_a_file_that_is_not_json_says_where(
    app: App, tmp_path: Path, text: str, where: str
) -> None:
    path = tmp_path / "broken.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as raised:
        app.transfer.preview(path)
    assert str(raised.value) == (
        f"broken.json is not valid JSON ({where}); it may be cut off or damaged."
    )


def test_json_that_is_not_a_backup_says_so(app: App, tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text("[1, 2, 3]", encoding="utf-8")
    with pytest.raises(ImportFileError, match="is JSON but not a netprep backup"):
        app.transfer.preview(path)


@pytest.mark.parametrize(
    "cell", ["=1", "'=1", "''x", "'plain", "+44", "-", "@a", "plain", "", "it's", "\t=x"]
)
def test_unneutralise_gives_back_what_neutralise_protected(cell: str) -> None:
    assert unneutralise(neutralise(cell)) == cell
