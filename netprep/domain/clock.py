"""Time, injected: every rule that depends on time takes a Clock."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current wall-clock time, timezone-aware (UTC)."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards (for timing a meeting)."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class ManualClock:
    """A clock that only moves when told to: tests run a 20-minute meeting in milliseconds."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
        self._monotonic = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock cannot go backwards")
        self._monotonic += seconds
        self._now += timedelta(seconds=seconds)

    def set_now(self, when: datetime) -> None:
        """Move wall-clock time only (e.g. to a later day); monotonic time follows."""
        delta = (when - self._now).total_seconds()
        self.advance(delta)


def day_text(day: date) -> str:
    """'1 Dec 2026': how netprep writes a day in what it writes for the user (no leading 0)."""
    return f"{day.day} {day.strftime('%b %Y')}"


def moment_text(when: datetime) -> str:
    """'Thu 3 Dec 2026, 14:02' in local time."""
    local = when.astimezone()
    return f"{local.strftime('%a')} {day_text(local.date())}, {local.strftime('%H:%M')}"
