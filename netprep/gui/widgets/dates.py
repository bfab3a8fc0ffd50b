"""Dates and times as the user's locale writes them (QLocale), for every page of the GUI.

One medium style throughout, taken from the locale's long date with short names: en_GB
"Wed 9 Dec 2026, 08:30", en_US "Wed, Dec 9, 2026, 8:30 AM", de_DE "Mi., 9. Dez. 2026, 08:30".
Documents (the brief, emails, exports) keep their own wording; this is for what a page shows.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

_WEEKDAY = re.compile(r"d{4}[,.]?\s*|\s*[,.]?\s*d{4}")  # the full weekday and its separator
# The year, what joins it to the day and month, and a word after it (ru "yyyy 'г'.").
_YEAR = re.compile(r"[\s,./-]*y+(?:年|[\s\u202f]*'[^']*'\.?)?")


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def date_pattern(*, weekday: bool = False, year: bool = True, locale: QLocale | None = None) -> str:
    """A QDate display format for the locale: day, short month name, year (and weekday)."""
    long = _locale(locale).dateFormat(QLocale.FormatType.LongFormat)
    pattern = long.replace("MMMM", "MMM")
    pattern = pattern.replace("dddd", "ddd") if weekday else _WEEKDAY.sub("", pattern)
    if not year:
        pattern = _YEAR.sub("", pattern)
    return pattern.strip(" ,") or "d MMM yyyy"


def time_pattern(locale: QLocale | None = None) -> str:
    """A QTime display format for the locale (24-hour or AM/PM), without seconds."""
    return _locale(locale).timeFormat(QLocale.FormatType.ShortFormat)


def datetime_pattern(*, weekday: bool = True, locale: QLocale | None = None) -> str:
    """A QDateTimeEdit display format: the date, then the time."""
    return f"{date_pattern(weekday=weekday, locale=locale)}, {time_pattern(locale)}"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def format_date(
    value: date | datetime | None,
    *,
    weekday: bool = False,
    year: bool = True,
    empty: str = "",
    locale: QLocale | None = None,
) -> str:
    """A date (or a datetime's local date) as the user's locale writes it."""
    if value is None:
        return empty
    if isinstance(value, datetime):
        value = _local(value).date()
    pattern = date_pattern(weekday=weekday, year=year, locale=locale)
    return _locale(locale).toString(_qdate(value), pattern)


def format_time(value: time | datetime, locale: QLocale | None = None) -> str:
    if isinstance(value, datetime):
        value = _local(value).time()
    return _locale(locale).toString(QTime(value.hour, value.minute), time_pattern(locale))


def format_datetime(
    value: datetime | None,
    *,
    weekday: bool = True,
    year: bool = True,
    empty: str = "",
    locale: QLocale | None = None,
) -> str:
    """A moment in the user's time zone: "Wed 9 Dec 2026, 08:30" (en_GB)."""
    if value is None:
        return empty
    local = _local(value)
    day = format_date(local, weekday=weekday, year=year, locale=locale)
    return f"{day}, {format_time(local, locale)}"


def to_qdate(value: date) -> QDate:
    return _qdate(value)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _local(value: datetime) -> datetime:
    return value.astimezone() if value.tzinfo is not None else value
