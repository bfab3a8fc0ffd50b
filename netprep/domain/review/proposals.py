"""Dates and times to propose in an email, taken from the user's weekly availability.

Times are worked out as wall-clock times in the user's time zone (so "Tue 8am" stays 8am
across a daylight-saving change), never in the past (nor sooner than a lead time, so the
other person has time to answer), never overlapping a meeting already planned, and at
most one per day so the other person gets a real choice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from netprep.domain.review.availability import Window

SLOT = timedelta(minutes=30)  # a 20-minute meeting, with a little room either side
LEAD = timedelta(days=1)  # never propose a time sooner than this
HORIZON_DAYS = 21  # look this far ahead ("the coming week(s)")
BUSY_MARGIN = timedelta(minutes=30)  # keep this clear around a planned meeting


@dataclass(frozen=True)
class Busy:
    """A time already taken (a planned meeting, or a slot offered to someone else)."""

    start: datetime
    end: datetime

    def clashes(self, start: datetime, end: datetime) -> bool:
        return start < self.end + BUSY_MARGIN and self.start - BUSY_MARGIN < end


@dataclass(frozen=True)
class ProposedTime:
    start: datetime  # timezone-aware, in the user's zone
    end: datetime

    def label(self, zone_name: str = "") -> str:
        """'Tuesday 8 December, 08:00' (with '(Europe/London)' when a zone name is given)."""
        text = f"{self.start:%A} {self.start.day} {self.start:%B}, {self.start:%H:%M}"
        return f"{text} ({zone_name})" if zone_name else text


def local_moment(day: date, window_time: datetime | None, zone: tzinfo) -> datetime | None:
    """``window_time`` (naive) on ``day`` in ``zone``; None when that wall-clock time does not
    exist there (it falls in the hour skipped when clocks go forward)."""
    if window_time is None:
        return None
    naive = datetime.combine(day, window_time.time())
    aware = naive.replace(tzinfo=zone)
    back = aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    return aware if back == naive else None


def propose_times(
    windows: Sequence[Window],
    zone: tzinfo,
    now: datetime,
    busy: Iterable[Busy] = (),
    *,
    count: int = 3,
    lead: timedelta = LEAD,
    horizon_days: int = HORIZON_DAYS,
) -> list[ProposedTime]:
    """Up to ``count`` free slots, soonest first, each on a different day."""
    taken = list(busy)
    earliest = now + lead
    first_day = now.astimezone(zone).date()
    found: list[ProposedTime] = []
    for offset in range(horizon_days + 1):
        day = first_day + timedelta(days=offset)
        for window in sorted((w for w in windows if w.weekday == day.weekday()), key=_start):
            slot = _first_free(day, window, zone, earliest, taken)
            if slot is not None:
                found.append(slot)
                break
        if len(found) >= count:
            break
    return found


def _start(window: Window) -> tuple[int, int]:
    return (window.start.hour, window.start.minute)


def _first_free(
    day: date, window: Window, zone: tzinfo, earliest: datetime, taken: list[Busy]
) -> ProposedTime | None:
    """The first half-hour in the window on that day that is free and late enough."""
    start_naive = datetime.combine(day, window.start)
    end_naive = datetime.combine(day, window.end)
    cursor = start_naive
    while cursor + SLOT <= end_naive:
        start = local_moment(day, cursor, zone)
        end = local_moment(day, cursor + SLOT, zone)
        if (
            start is not None
            and end is not None
            and start >= earliest
            and not any(b.clashes(start, end) for b in taken)
        ):
            return ProposedTime(start, end)
        cursor += SLOT
    return None
