"""Property-based tests of the CSV and vCard readers (hypothesis).

Whatever values a real exporter writes come back as written; whatever bytes arrive, a
reader answers with people or a clear ImportFileError, never another exception.
"""

from __future__ import annotations

import contextlib
import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from netprep.domain.records import Contact
from netprep.services.errors import UserError
from netprep.services.transfer.exporters import contacts_vcard
from netprep.services.transfer.model import ReadResult
from netprep.services.transfer.readers.encoding import decode
from netprep.services.transfer.readers.google import read_google
from netprep.services.transfer.readers.linkedin import read_linkedin
from netprep.services.transfer.readers.vcard import read_vcards

# Hypothesis keeps caches in a folder of its own: outside the checkout.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "netprep-hypothesis")
SETTINGS = settings(  # no example database: nothing is written into the checkout
    max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)

# Text as people type it: any letters, digits, punctuation and single spaces (control
# characters never appear in an exporter's values), stripped and non-empty.
_CHARS = st.characters(
    blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp"), blacklist_characters="\x85"
)
TEXT = st.text(_CHARS, min_size=1, max_size=30).map(lambda t: " ".join(t.split())).filter(bool)
WORD = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Lo")), min_size=1, max_size=12)
NAME = st.lists(WORD, min_size=1, max_size=3).map(" ".join)
EMAIL = st.from_regex(r"[a-z][a-z0-9.]{0,10}[a-z0-9]@[a-z]{2,10}\.(org|com|de)", fullmatch=True)
ENCODING = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])


@st.composite
def linkedin_rows(draw: st.DrawFn) -> list[dict[str, str]]:
    rows = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "First Name": WORD,
                    "Last Name": WORD,
                    "Email Address": st.one_of(st.just(""), EMAIL),
                    "Company": TEXT,
                    "Position": TEXT,
                }
            ),
            min_size=1,
            max_size=8,
        )
    )
    for number, row in enumerate(rows):
        row["URL"] = f"https://www.linkedin.com/in/person-{number}"
        row["Connected On"] = "12 Mar 2024"
    return rows


def linkedin_file(rows: list[dict[str, str]], preamble: bool) -> str:
    out = io.StringIO(newline="")
    if preamble:
        out.write(
            'Notes:\r\n"When exporting your connection data, some emails are missing."\r\n\r\n'
        )
    columns = [
        "First Name",
        "Last Name",
        "URL",
        "Email Address",
        "Company",
        "Position",
        "Connected On",
    ]
    writer = csv.DictWriter(out, columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


@SETTINGS
@given(linkedin_rows(), st.booleans(), ENCODING)
def test_linkedin_values_come_back_as_written(
    rows: list[dict[str, str]], preamble: bool, encoding: str
) -> None:
    text = linkedin_file(rows, preamble)
    if not _encodable(text, encoding):
        return
    read = read_linkedin(decode(text.encode(encoding), "c.csv"), "c.csv")
    assert read.skipped == []
    got = [(p.first, p.last, p.emails[0], p.company, p.role, p.profile_url) for p in read.people]
    want = [
        (r["First Name"], r["Last Name"], r["Email Address"], r["Company"], r["Position"], r["URL"])
        for r in rows
    ]
    assert got == want


@st.composite
def google_rows(draw: st.DrawFn) -> tuple[list[str], list[dict[str, str]]]:
    columns = draw(
        st.permutations(
            [
                "First Name",
                "Last Name",
                "Organization Name",
                "E-mail 1 - Value",
                "E-mail 2 - Value",
                "Phone 1 - Value",
                "Labels",
            ]
        )
    )
    rows = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "First Name": WORD,
                    "Last Name": WORD,
                    "Organization Name": TEXT,
                    "E-mail 1 - Value": st.lists(EMAIL, max_size=2).map(" ::: ".join),
                    "E-mail 2 - Value": st.one_of(st.just(""), EMAIL),
                    "Phone 1 - Value": st.just("+44 20 7946 0958"),
                    "Labels": st.just("* myContacts ::: Friends"),
                }
            ),
            min_size=1,
            max_size=6,
        )
    )
    return list(columns), rows


@SETTINGS
@given(google_rows())
def test_google_columns_are_read_by_name_in_any_order(
    data: tuple[list[str], list[dict[str, str]]],
) -> None:
    columns, rows = data
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    read = read_google(out.getvalue(), "g.csv")
    for person, row in zip(read.people, rows, strict=True):
        emails = [e for e in row["E-mail 1 - Value"].split(" ::: ") if e]
        emails += [row["E-mail 2 - Value"]] if row["E-mail 2 - Value"] else []
        assert (person.first, person.last) == (row["First Name"], row["Last Name"])
        assert person.company == row["Organization Name"]
        assert person.emails == emails
        assert person.tags == ["Friends"]


def _reads_or_refuses(read: object) -> None:
    assert isinstance(read, ReadResult)


@SETTINGS
@given(st.binary(max_size=3000))
def test_any_bytes_are_read_or_refused_clearly(data: bytes) -> None:
    for reader in (read_linkedin, read_google, read_vcards):
        with contextlib.suppress(UserError):
            _reads_or_refuses(reader(decode(data, "x"), "x"))


@SETTINGS
@given(st.text(max_size=2000))
def test_any_text_is_read_or_refused_clearly(text: str) -> None:
    for prefix in ("", "First Name,Last Name,URL\n", "BEGIN:VCARD\nVERSION:3.0\n"):
        for reader in (read_linkedin, read_google, read_vcards):
            with contextlib.suppress(UserError):
                _reads_or_refuses(reader(prefix + text, "x"))


@SETTINGS
@given(
    st.lists(
        st.builds(
            Contact,
            name=st.tuples(WORD, WORD).map(" ".join),
            emails=st.lists(EMAIL, max_size=2, unique=True),
            company=TEXT,
            role=TEXT,
            tags=st.lists(WORD, max_size=2, unique_by=str.casefold),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_vcards_written_by_netprep_read_back(contacts: list[Contact]) -> None:
    read = read_vcards(contacts_vcard(contacts).decode("utf-8"), "x.vcf")
    assert read.skipped == []
    for person, contact in zip(read.people, contacts, strict=True):
        assert f"{person.first} {person.last}" == contact.name
        assert person.emails == contact.emails
        assert person.company == contact.company and person.role == contact.role
        assert person.tags == contact.tags


@SETTINGS
@given(
    st.lists(
        st.sampled_from(
            [
                "BEGIN:VCARD",
                "END:VCARD",
                "VERSION:2.1",
                "VERSION:4.0",
                "FN:Ana",
                "N:Ruiz;Ana;;;",
                "EMAIL:a@b.org",
                "PHOTO;ENCODING=BASE64:AAAA",
                " folded",
                "=",
                "NOTE;ENCODING=QUOTED-PRINTABLE:a=",
                "item1.URL:https://x.example",
                "X-UNKNOWN;foo=bar:baz",
                ":",
                ";;;",
                "BEGIN:VCALENDAR",
            ]
        ),
        max_size=40,
    )
)
def test_vcard_line_soup_is_read_or_refused_clearly(lines: list[str]) -> None:
    with contextlib.suppress(UserError):
        _reads_or_refuses(read_vcards("\r\n".join(lines), "soup.vcf"))


def test_a_title_before_a_short_name_survives_the_round_trip() -> None:
    """Found by the property above: "DR A" came back as "A " (the title was dropped)."""
    contact = Contact(name="DR A", emails=[], company="", role="", tags=[])
    read = read_vcards(contacts_vcard([contact]).decode("utf-8"), "x.vcf")
    assert [f"{p.first} {p.last}" for p in read.people] == ["DR A"]
