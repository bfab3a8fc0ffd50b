"""Dates and times on every page follow the user's locale (QLocale), through one helper."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

import netprep.gui
from netprep.composition import App, seed_demo
from netprep.gui.referrals.page import ReferralsPage
from netprep.gui.widgets.dates import date_pattern, format_date, format_datetime, time_pattern

MOMENT = datetime(2026, 12, 9, 8, 30)  # naive: shown as it is


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en_GB", "Wed, 9 Dec 2026, 08:30"),
        ("en_US", "Wed, Dec 9, 2026, 8:30\u202fAM"),
        ("de_DE", "Mi., 9. Dez. 2026, 08:30"),
    ],
)
def test_a_moment_is_written_as_the_locale_writes_it(name: str, expected: str) -> None:
    assert format_datetime(MOMENT, locale=QLocale(name)) == expected


def test_dates_without_weekday_or_year() -> None:
    us, gb, ja = QLocale("en_US"), QLocale("en_GB"), QLocale("ja_JP")
    assert format_date(date(2026, 3, 9), locale=gb) == "9 Mar 2026"
    assert format_date(date(2026, 3, 9), year=False, locale=us) == "Mar 9"
    assert format_date(date(2026, 3, 9), year=False, locale=ja) == "3月9日"
    assert format_date(None, empty="never") == "never"
    assert date_pattern(locale=gb) == "d MMM yyyy"
    assert time_pattern(QLocale("de_DE")) == "HH:mm"


def test_an_aware_moment_is_shown_in_local_time() -> None:
    aware = datetime(2026, 12, 9, 8, 30, tzinfo=UTC)
    assert format_datetime(aware) == format_datetime(aware.astimezone().replace(tzinfo=None))


@pytest.fixture
def american() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


def test_a_page_follows_the_locale(qtbot: QtBot, app: App, american: None) -> None:
    seed_demo(app)
    page = ReferralsPage(app)
    qtbot.addWidget(page)
    first = page.pending.topLevelItem(0)
    assert first is not None
    since = first.text(4)
    assert re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}, \d{4}", since), since  # "Nov 30, 2026"


DATE_CODE = re.compile(
    r"\.strftime\(|\.isoformat\(\)|\{[^{}\n]*:%[a-zA-Z]|setDisplayFormat\(\s*[\"']"
)


def test_no_page_writes_a_date_its_own_way() -> None:
    """strftime, f"{when:%d %b}" and fixed QDateEdit formats ignore the locale: use dates.py."""
    root = Path(netprep.gui.__file__).parent
    found = [
        f"{path.relative_to(root)}:{number}: {line.strip()}"
        for path in sorted(root.rglob("*.py"))
        if path.name != "dates.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if DATE_CODE.search(line) and "Qt.DateFormat.ISODate" not in line
    ]
    assert found == []
