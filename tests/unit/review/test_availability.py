"""Reading the profile's availability: the words people type, and what is not understood."""

from __future__ import annotations

from datetime import time

import pytest

from netprep.domain.message import Message
from netprep.domain.review.availability import (
    Window,
    availability_problem,
    parse_availability,
    quoted_text,
)


def windows(text: str) -> list[tuple[int, str, str]]:
    return [
        (w.weekday, f"{w.start:%H:%M}", f"{w.end:%H:%M}") for w in parse_availability(text).windows
    ]


def test_the_demo_profile() -> None:
    found = parse_availability("Tue and Thu 8-10am, Fri after 3pm, Europe/London")
    assert found.time_zone == "Europe/London" and found.not_understood == []
    assert found.windows == [
        Window(1, time(8), time(10)),
        Window(3, time(8), time(10)),
        Window(4, time(15), time(18)),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Mon-Fri 12:30-13:30", [(d, "12:30", "13:30") for d in range(5)]),
        ("weekdays 9am-5pm", [(d, "09:00", "17:00") for d in range(5)]),
        ("Wednesdays 11-1pm", [(2, "11:00", "13:00")]),
        ("Sat mornings", [(5, "09:00", "12:00")]),
        ("Tue, Thu 8:30-10", [(1, "08:30", "10:00"), (3, "08:30", "10:00")]),
        ("Monday before 10am", [(0, "08:00", "10:00")]),
        ("Friday 3-5", [(4, "15:00", "17:00")]),
        ("Thursday", [(3, "09:00", "17:00")]),
        (
            "Fri-Mon lunchtime",
            [
                (0, "12:00", "14:00"),
                (4, "12:00", "14:00"),
                (5, "12:00", "14:00"),
                (6, "12:00", "14:00"),
            ],
        ),
    ],
)
def test_common_ways_of_saying_it(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert windows(text) == sorted(expected)


def test_what_is_not_understood_is_kept_to_tell_the_user() -> None:
    found = parse_availability("Tue 8-10am, whenever suits, Thu 25-26")
    assert windows("Tue 8-10am") == [(1, "08:00", "10:00")]
    assert found.not_understood == ["whenever suits", "Thu 25-26"]
    assert len(found.windows) == 1


def test_empty_and_zone_only() -> None:
    assert parse_availability("").is_empty
    only_zone = parse_availability("America/New_York")
    assert only_zone.is_empty and only_zone.time_zone == "America/New_York"
    assert parse_availability("UTC").time_zone == "UTC"


# -- German, as a German user types it ---------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Di und Do 8-10 Uhr, Fr ab 15 Uhr",
            [(1, "08:00", "10:00"), (3, "08:00", "10:00"), (4, "15:00", "18:00")],
        ),
        ("Mo-Fr 12:30-13:30", [(d, "12:30", "13:30") for d in range(5)]),
        ("Montag bis Freitag 9 bis 10 Uhr", [(d, "09:00", "10:00") for d in range(5)]),
        ("montags vormittags", [(0, "09:00", "12:00")]),
        ("Mittwoch nachmittags", [(2, "13:00", "17:00")]),
        ("Do abends", [(3, "18:00", "20:00")]),
        ("am Wochenende mittags", [(5, "12:00", "14:00"), (6, "12:00", "14:00")]),
        ("werktags vor 10 Uhr", [(d, "08:00", "10:00") for d in range(5)]),
        ("freitags nach 14 Uhr", [(4, "14:00", "18:00")]),
        ("jeden Dienstag 9.30-11 Uhr", [(1, "09:30", "11:00")]),
        ("Sa., So. am Nachmittag", [(5, "13:00", "17:00"), (6, "13:00", "17:00")]),
        ("Donnerstag", [(3, "09:00", "17:00")]),
    ],
)
def test_german_days_and_parts_of_the_day(text: str, expected: list[tuple[int, str, str]]) -> None:
    found = parse_availability(text)
    assert found.not_understood == []
    assert windows(text) == expected


def test_german_and_english_give_the_same_windows_and_the_same_labels() -> None:
    german = parse_availability("Di und Do 8-10 Uhr, Fr ab 15 Uhr, Europe/Berlin")
    english = parse_availability("Tue and Thu 8-10am, Fri after 3pm, Europe/Berlin")
    assert german == english
    assert german.windows[0].label == "Tue 08:00–10:00"  # the drafts stay in English


def test_english_words_still_read_as_before_next_to_the_german_ones() -> None:
    assert windows("8 am - 10 am") == [(d, "08:00", "10:00") for d in range(5)]
    assert windows("Mon 8 am to 10 am") == [(0, "08:00", "10:00")]
    assert windows("Monday to Friday mornings") == [(d, "09:00", "12:00") for d in range(5)]
    assert parse_availability("Di nach dem Mittagessen").not_understood == [
        "Di nach dem Mittagessen"
    ]


# -- what cannot be read is said, with how to write it -----------------------------------------

EXAMPLE = "“Tue and Thu 8-10am, Fri after 3pm, Europe/London”"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Tue and Thu 8-10am, Fri after 3pm, Europe/London",
        "weekday mornings",
        "Mondays 9-17",
        "Di und Do 8-10 Uhr, Fr ab 15 Uhr, Europe/Berlin",
    ],
)
def test_availability_that_reads_has_no_problem(text: str) -> None:
    assert availability_problem(text) == ""


@pytest.mark.parametrize("text", ["whenever lol", "Tue 25:00-26:00", "Europe/London"])
def test_nothing_readable_says_so_and_shows_how_to_write_it(text: str) -> None:
    found = parse_availability(text)
    assert found.is_empty
    assert found.unreadable is bool(found.not_understood)  # a bare zone is only missing times
    problem = availability_problem(text)
    assert problem.startswith(f"No days or times could be read in “{text}”.")
    assert EXAMPLE in problem and "8-10am" in problem and "after 3pm" in problem


def test_a_part_not_understood_is_named_and_the_rest_kept() -> None:
    problem = availability_problem("Tue 8-10am, whenever suits, Thu 25-26")
    assert problem.startswith("Not understood: “whenever suits”, “Thu 25-26” (the rest is read).")
    assert EXAMPLE in problem
    assert not parse_availability("Tue 8-10am, whenever suits").unreadable


def test_an_unknown_time_zone_is_named() -> None:
    problem = availability_problem("Tue 8-10am, Mars/Olympus")
    assert problem == (
        "“Mars/Olympus” is not a time zone netprep knows: write one like Europe/London, or UTC."
    )
    assert isinstance(problem, Message)  # the GUI shows it in the user's language


def test_long_text_is_quoted_on_one_short_line() -> None:
    assert quoted_text("Tue\n  8-10am") == "Tue 8-10am"
    long = quoted_text("whenever " * 30)
    assert len(long) == 80 and long.endswith("…")
