"""Field checks on what the user types: each problem lands on its field with a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from netprep.domain.records import Contact, Profile
from netprep.domain.validation import (
    MAX_NAME_LENGTH,
    complete_link,
    is_email,
    is_phone,
    is_web_link,
    split_list,
    validate_contact,
    validate_profile,
)


@pytest.mark.parametrize(
    "text",
    [
        "grace.adeyemi@northgate-nhs.example.org",
        "ann+networking@sub.example.co.uk",
        "  daniel@example.org  ",
        "o'brien@example.ie",
    ],
)
def test_good_emails(text: str) -> None:
    assert is_email(text)


@pytest.mark.parametrize(
    "text",
    [
        "ann.example.com",  # no @
        "ann@example",  # no dot in the domain
        "ann@@example.org",
        "ann lee@example.org",
        "ann@example.org.",
        "ann@example.c",  # one-letter top-level domain
        "",
        "@example.org",
    ],
)
def test_bad_emails(text: str) -> None:
    assert not is_email(text)


@pytest.mark.parametrize(
    "text",
    [
        "+44 20 7946 0018",
        "(555) 123-4567",
        "07700 900123 ext. 4",
        "+1 555 123 4567 x12",
        "0161/496.0999",
    ],
)
def test_good_phones(text: str) -> None:
    assert is_phone(text)


@pytest.mark.parametrize(
    "text",
    ["123", "12-34", "call me", "+44 20 7946 0018 0018 0018 0018 001", "555-CALL-NOW", ""],
)
def test_bad_phones(text: str) -> None:
    assert not is_phone(text)


@pytest.mark.parametrize(
    "text", ["https://alarmfatigue.example.org/posts/1", "http://example.org/a?b=c#d"]
)
def test_good_links(text: str) -> None:
    assert is_web_link(text)


@pytest.mark.parametrize(
    "text",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "www.example.org",
        "ftp://example.org/file",
        "https://exa mple.org",
        "https://",
        "mailto:ann@example.org",
    ],
)
def test_bad_links(text: str) -> None:
    assert not is_web_link(text)


def valid_contact(**changes: object) -> Contact:
    contact = Contact(
        name="Grace Adeyemi",
        emails=["grace@example.org"],
        phones=["+44 113 496 0472"],
        links=["https://alarmfatigue.example.org"],
        touch_ideal_days=90,
    )
    for name, value in changes.items():
        setattr(contact, name, value)
    return contact


def test_a_valid_contact_has_no_errors() -> None:
    assert validate_contact(valid_contact()) == {}
    assert validate_contact(Contact(name="Just A Name")) == {}


@pytest.mark.parametrize("name", ["", "   ", "\n\t"])
def test_name_is_required(name: str) -> None:
    assert validate_contact(valid_contact(name=name)) == {"name": "A contact needs a name."}


def test_name_length_is_limited() -> None:
    assert validate_contact(valid_contact(name="A" * MAX_NAME_LENGTH)) == {}
    errors = validate_contact(valid_contact(name="A" * (MAX_NAME_LENGTH + 1)))
    assert errors == {"name": f"Names are limited to {MAX_NAME_LENGTH} characters."}


def test_one_bad_email_is_quoted() -> None:
    errors = validate_contact(valid_contact(emails=["grace@example.org", "grace.example.org"]))
    assert errors == {
        "emails": "“grace.example.org” does not look like an email address (name@example.org)."
    }


def test_several_bad_values_are_all_listed() -> None:
    errors = validate_contact(valid_contact(phones=["call me", "+44 20 7946 0018", "12"]))
    assert set(errors) == {"phones"}
    assert errors["phones"].startswith("These do not look like a phone number:")
    assert "“call me”" in errors["phones"] and "“12”" in errors["phones"]
    assert "7946" not in errors["phones"]


def test_bad_link_message_names_the_scheme_to_use() -> None:
    errors = validate_contact(valid_contact(links=["javascript:alert(1)"]))
    assert errors == {
        "links": "“javascript:alert(1)” does not look like a web link (example.org/page or https://…)."
    }


def test_every_problem_is_reported_at_once() -> None:
    contact = valid_contact(name="", emails=["x"], phones=["y"], links=["z"], touch_ideal_days=0)
    expected = {"name", "emails", "phones", "links", "touch_ideal_days"}
    assert set(validate_contact(contact)) == expected


@pytest.mark.parametrize(
    "days,ok", [(1, True), (3650, True), (None, True), (0, False), (-7, False), (3651, False)]
)
def test_cadence(days: int | None, ok: bool) -> None:
    errors = validate_contact(valid_contact(touch_ideal_days=days))
    if ok:
        assert errors == {}
    else:
        message = "Keep in touch ideally every 1 to 3650 days, or leave it empty."
        assert errors == {"touch_ideal_days": message}


def test_the_longest_gap_is_not_shorter_than_the_ideal() -> None:
    errors = validate_contact(valid_contact(touch_ideal_days=60, touch_max_days=30))
    assert errors == {"touch_max_days": "The longest gap cannot be shorter than the ideal one."}
    assert validate_contact(valid_contact(touch_ideal_days=None, touch_max_days=30)) == {}


def test_contact_cannot_refer_themselves() -> None:
    contact = valid_contact()
    contact.referred_by = contact.id
    errors = validate_contact(contact)
    assert errors == {"referred_by": "A contact cannot refer themselves."}


def test_a_deleted_referrer_does_not_block_saving() -> None:
    # Deleting a contact keeps the link on the people they referred, so undo restores it.
    contact = valid_contact(referred_by="0badc0ffee0ddf00")
    assert validate_contact(contact) == {}


def test_profile_needs_a_name_and_a_plausible_email() -> None:
    assert validate_profile(Profile(name="Aoife Brennan")) == {}
    assert validate_profile(Profile(name="Aoife", email="aoife@example.com")) == {}
    errors = validate_profile(Profile(name=" ", email="aoife.example.com"))
    assert set(errors) == {"name", "email"}
    assert "aoife.example.com" in errors["email"]


@pytest.mark.parametrize(
    "availability,expected",
    [
        ("Tue and Thu 8-10am, Fri after 3pm, Europe/London", None),
        ("", None),
        ("whenever lol", "No days or times could be read in “whenever lol”."),
        ("Tue 25:00-26:00", "No days or times could be read in “Tue 25:00-26:00”."),
        ("Tue 8-10am, whenever", "Not understood: “whenever” (the rest is read)."),
    ],
)
def test_availability_the_review_cannot_read_is_a_field_error(
    availability: str, expected: str | None
) -> None:
    errors = validate_profile(Profile(name="Aoife", availability=availability))
    if expected is None:
        assert errors == {}
    else:
        assert set(errors) == {"availability"}
        assert errors["availability"].startswith(expected)
        assert "e.g. “Tue and Thu 8-10am, Fri after 3pm, Europe/London”" in errors["availability"]


@pytest.mark.parametrize(
    "text,items",
    [
        ("trail running, sourdough; Arsenal", ["trail running", "sourdough", "Arsenal"]),
        ("one\ntwo\r\nthree", ["one", "two", "three"]),
        ("  spaced   out  ,  ,;;\n", ["spaced out"]),
        ("Chess, chess, CHESS, jazz", ["Chess", "jazz"]),  # first spelling wins
        ("", []),
        ("São Paulo, Łódź", ["São Paulo", "Łódź"]),
    ],
)
def test_split_list(text: str, items: list[str]) -> None:
    assert split_list(text) == items


@pytest.mark.parametrize(
    "typed,whole",
    [
        ("linkedin.com/in/sam-lee", "https://linkedin.com/in/sam-lee"),
        ("www.example.org", "https://www.example.org"),
        ("sam.dev:8080/talk?id=3", "https://sam.dev:8080/talk?id=3"),
        ("https://example.org", "https://example.org"),
        ("javascript:alert(1)", "javascript:alert(1)"),
        ("not a link", "not a link"),
    ],
)
def test_links_without_a_scheme_are_completed(typed: str, whole: str) -> None:
    assert complete_link(typed) == whole


def test_a_contact_link_typed_without_https_is_saved_whole(tmp_path: Path) -> None:
    from netprep.composition import open_app
    from netprep.domain.clock import ManualClock

    app = open_app(tmp_path / "data", ManualClock())
    try:
        saved = app.contacts.save(Contact(name="Sam Lee", links=["linkedin.com/in/sam-lee"]))
        assert saved.links == ["https://linkedin.com/in/sam-lee"]
        assert "links" in validate_contact(Contact(name="X", links=["javascript:alert(1)"]))
    finally:
        app.close()
