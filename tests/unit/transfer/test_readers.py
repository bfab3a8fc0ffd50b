"""Each reader on files written the way real exporters write them."""

from __future__ import annotations

import pytest

from netprep.composition import App
from netprep.services.transfer import FileFormat
from tests.unit.transfer.conftest import fixture


def by_name(app: App, name: str):
    preview = app.transfer.preview(fixture(name))
    return preview, {n.contact.name: n for n in preview.new}


def test_linkedin_preamble_is_found_not_counted(app: App) -> None:
    preview, people = by_name(app, "linkedin_connections.csv")
    assert preview.format is FileFormat.LINKEDIN
    assert set(people) == {"Ana Ruiz", "Ben O'Neil", "Chloé Dubois", "Dev Patel"}
    ana = people["Ana Ruiz"].contact
    assert ana.company == "Acme Corp" and ana.role == "Head of Data"
    assert ana.emails == []  # mostly empty in real files
    assert ana.links == ["https://www.linkedin.com/in/anaruiz"]
    assert ana.how_we_met == "Connected on LinkedIn, 2024-03-12"
    assert people["Ben O'Neil"].contact.company == "Widgets, Inc."
    assert people["Chloé Dubois"].contact.how_we_met.endswith("2022-02-07")  # 7-Feb-22


def test_linkedin_row_without_name_is_skipped_with_its_reason(app: App) -> None:
    preview, _ = by_name(app, "linkedin_connections.csv")
    assert [(s.row, s.reason) for s in preview.skipped] == [
        (7, "no name (someone who has left LinkedIn)")
    ]


def test_a_bad_value_is_reported_and_the_rest_of_the_row_goes_in(app: App) -> None:
    preview, people = by_name(app, "linkedin_connections.csv")
    dev = people["Dev Patel"]
    assert dev.contact.emails == [] and dev.contact.company == "Globex"
    assert any("not-an-email" in p for p in dev.problems)
    assert any("sometime" in p for p in dev.problems)
    assert any(p.startswith("row 9:") for p in preview.problems)


def test_linkedin_bom_quoted_preamble_and_crlf(app: App) -> None:
    _preview, people = by_name(app, "linkedin_bom_quoted.csv")
    assert set(people) == {"Erin Walsh", "Farid Haddad"}
    assert people["Erin Walsh"].contact.emails == ["erin@walsh.example"]


def test_linkedin_german_headers_in_windows_1252(app: App) -> None:
    preview, people = by_name(app, "linkedin_german_cp1252.csv")
    assert preview.format is FileFormat.LINKEDIN
    juergen = people["Jürgen Müller"].contact
    assert juergen.company == "Bäckerei Groß GmbH" and juergen.role == "Geschäftsführer"
    assert juergen.how_we_met.endswith("2024-03-12")  # "12 Mär 2024"
    assert people["Zoë Weiß"].contact.how_we_met.endswith("2021-05-03")


def test_linkedin_utf16(app: App) -> None:
    _, people = by_name(app, "linkedin_utf16.csv")
    assert people["Hana Suzuki"].contact.company == "株式会社テスト"


def test_google_current_layout_by_column_name(app: App) -> None:
    preview, people = by_name(app, "google_current.csv")
    assert preview.format is FileFormat.GOOGLE
    grace = people["Dr. Grace Brewster Hopper"].contact
    assert grace.emails == ["grace@navy.example", "ghopper@home.example"]  # " ::: " joined
    assert grace.phones == ["+1 202-555-0143", "+1 202-555-0199"]  # one form
    assert grace.company == "US Navy" and grace.role == "Rear Admiral"
    assert grace.tags == ["Mentors"]  # not Google's own "* myContacts"
    assert grace.background == "Met at the\ncompiler meetup"
    assert grace.links == ["https://www.linkedin.com/in/gracehopper"]
    assert any("bad@@address" in p for p in people["Dr. Grace Brewster Hopper"].problems)
    assert "Acme Corp" in people  # a company-only entry is named after the company
    assert [s.reason for s in preview.skipped] == ["no name"]


def test_google_legacy_layout(app: App) -> None:
    preview, people = by_name(app, "google_legacy.csv")
    assert preview.format is FileFormat.GOOGLE
    katherine = people["Katherine Johnson"].contact
    assert katherine.company == "NASA" and katherine.role == "Mathematician"
    assert katherine.tags == ["NASA"] and katherine.phones == ["+1 757-555-0100"]
    ada = people["Ada Lovelace"].contact  # "Lovelace, Ada" in the Name column
    assert ada.emails == ["ada@analytical.example"]  # the second, differently cased, is one
    assert ada.links == ["https://analytical.example/ada"]


def test_vcard_21_quoted_printable_with_soft_breaks_and_photo(app: App) -> None:
    preview, people = by_name(app, "android_21_quoted_printable.vcf")
    assert preview.format is FileFormat.VCARD
    juergen = people["Jürgen Müller"].contact
    assert juergen.company == "Bäckerei Groß"
    assert juergen.phones == ["+49 170 1234567", "030/1234567"]
    assert juergen.background == "Kennengelernt auf der Messe\nZweite Zeile"
    assert "Mia" in people


def test_vcard_30_apple_groups_labels_and_folding(app: App) -> None:
    preview, people = by_name(app, "apple_30_grouped.vcf")
    ana = people["Ana María Ruiz"].contact
    assert ana.role == "Head of Data and Machine Learning"  # a folded line
    assert ana.emails == ["ana@acme.example", "ana.ruiz@home.example"]
    assert ana.links[0] == "https://www.linkedin.com/in/anaruiz"
    assert ana.location == "Madrid, Spain" and ana.tags == ["Data", "Mentors"]
    assert ana.background == "Met at PyData Madrid, 2023.\nLikes climbing."
    assert [s.reason for s in preview.skipped] == ["no name"]


def test_vcard_40(app: App) -> None:
    _, people = by_name(app, "rfc6350_40.vcf")
    (simon,) = people.values()
    assert simon.contact.name.startswith("Simon Perreault")
    assert simon.contact.emails == ["simon.perreault@viagenie.example"]
    assert simon.contact.company == "Viagenie"


def test_vcard_truncated_last_card_is_reported_and_the_others_come_in(app: App) -> None:
    preview, people = by_name(app, "truncated_last_card.vcf")
    assert list(people) == ["Grace Hopper"]
    assert [(s.row, s.reason) for s in preview.skipped] == [
        (2, "the card is cut off (no END:VCARD)")
    ]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("linkedin_connections.csv", "linkedin"),
        ("google_legacy.csv", "google"),
        ("apple_30_grouped.vcf", "vcard"),
    ],
)
def test_format_detected_and_can_be_forced(app: App, name: str, fmt: str) -> None:
    assert app.transfer.preview(fixture(name)).format.value == fmt
    assert app.transfer.preview(fixture(name), fmt).format.value == fmt
