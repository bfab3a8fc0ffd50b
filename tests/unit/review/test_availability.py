"""Reading the profile's availability: the words people type, and what is not understood."""

from __future__ import annotations

from datetime import time

import pytest

from netprep.domain.review.availability import Window, parse_availability


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
