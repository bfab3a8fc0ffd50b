"""A file that cannot be read is one clear error, and the store is left exactly as it was."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from netprep.composition import App
from netprep.domain.records import Contact
from netprep.services.errors import UserError
from netprep.services.transfer.readers.encoding import decode
from tests.unit.transfer.conftest import fixture

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"


def _binary(path: Path) -> Path:
    path.write_bytes(random.Random(7).randbytes(20_000))
    return path


def _huge_field(path: Path) -> Path:
    path.write_text(HEADER + 'Ana,Ruiz,https://x.example,,"' + "A" * 10_000_000 + '",,\r\n')
    return path


def _png(path: Path) -> Path:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return path


def _shift_jis(path: Path) -> Path:
    path.write_bytes(
        (HEADER + "太郎,山田,https://x.example,,株式会社,部長,1 Jan 2024\r\n" * 50).encode(
            "shift_jis"
        )
    )
    return path


def _not_contacts(path: Path) -> Path:
    path.write_text("date,amount\n2024-01-01,12.50\n")
    return path


def _foreign_json(path: Path) -> Path:
    path.write_text('{"contacts": []}')
    return path


def _cut_json(path: Path) -> Path:
    path.write_text('{"format": "netprep-backup", "schema_version": 2, "contacts": [{"id": "a')
    return path


CASES = {
    "truncated csv": (lambda p: fixture("linkedin_truncated.csv"), "cut off"),
    "wrong delimiter": (lambda p: fixture("linkedin_semicolons.csv"), "semicolons"),
    "binary junk": (_binary, "binary data"),
    "a picture": (_png, "binary data"),
    "a 10 MB field": (_huge_field, "longer than 128 KB"),
    "unknown encoding": (_shift_jis, "encoding"),
    "not a contacts file": (_not_contacts, "not a LinkedIn or Google Contacts CSV"),
    "foreign json": (_foreign_json, "not a netprep backup"),
    "truncated json": (_cut_json, "cut off"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_malformed_file_is_a_clear_error_and_the_store_is_untouched(
    app: App, tmp_path: Path, case: str
) -> None:
    make, words = CASES[case]
    app.store.contacts.save(Contact(name="Kept Safe", emails=["kept@example.org"]))
    folder = app.data_dir
    assert folder is not None
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    path = make(tmp_path / "input.csv")
    with pytest.raises(UserError, match=words):
        app.transfer.preview(path)
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    assert after == before
    assert [c.name for c in app.store.contacts.all()] == ["Kept Safe"]


def test_missing_file_and_folder(app: App, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="There is no file"):
        app.transfer.preview(tmp_path / "nope.csv")
    with pytest.raises(UserError, match="is a folder"):
        app.transfer.preview(tmp_path)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"\xef\xbb\xbfName\n", "Name\n"),
        ("Zoë".encode("utf-16"), "Zoë"),
        ("Zoë,x".encode("utf-16-le"), "Zoë,x"),
        ("Zoë,x".encode("utf-16-be"), "Zoë,x"),
        (
            "Name,Firma\nZoë Weiß,Straßenbau – €\n".encode("cp1252"),
            "Name,Firma\nZoë Weiß,Straßenbau – €\n",
        ),
        ("Name\nZoë Weiß\n".encode("latin-1"), "Name\nZoë Weiß\n"),
    ],
)
def test_encodings_are_detected(data: bytes, text: str) -> None:
    assert decode(data, "f") == text


def test_an_empty_file(tmp_path: Path, app: App) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"\r\n" + os.linesep.encode())
    with pytest.raises(UserError, match="empty"):
        app.transfer.preview(path)


def test_a_vcard_with_a_10_mb_value_is_skipped_and_the_others_come_in(
    app: App, tmp_path: Path
) -> None:
    path = tmp_path / "big.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nNOTE:" + "A" * 10_000_000 + "\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo\r\nPHOTO;ENCODING=b;TYPE=JPEG:"
        + "QUJD" * 100_000
        + "\r\n QUJD\r\nEND:VCARD\r\n"
    )
    preview = app.transfer.preview(path)
    assert [n.contact.name for n in preview.new] == ["Bo"]  # a big photo is simply ignored
    assert [(s.row, s.reason[:29]) for s in preview.skipped] == [
        (1, "a value is longer than 128 KB")
    ]


def test_a_backup_contact_netprep_could_not_have_saved_is_skipped(app: App, tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text(
        '{"format": "netprep-backup", "schema_version": 2, "contacts": ['
        '{"id": "a1", "name": "' + "A" * 300 + '"}, {"id": "b2", "name": "Bo"}]}'
    )
    preview = app.transfer.preview(path)
    assert [n.contact.name for n in preview.new] == ["Bo"]
    assert "limited to 200 characters" in preview.skipped[0].reason
