"""The weekly review's settings: circle intervals, the review day and time, reminders."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import time
from typing import Any

from netprep.domain.cadence import DEFAULT_INTERVALS, Interval
from netprep.domain.message import Message
from netprep.domain.records import Circle
from netprep.domain.review.availability import DAY_NAMES

FRIDAY = 4
REVIEW_MINUTES = 15


class SettingsError(ValueError):
    """Settings that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class ReviewSettings:
    intervals: dict[Circle, Interval] = field(default_factory=lambda: dict(DEFAULT_INTERVALS))
    review_weekday: int = FRIDAY  # 0 = Monday
    review_time: time = time(16, 0)  # when the recurring calendar event starts
    remind_meetings: bool = True  # a meeting starting in 15 minutes
    remind_followups: bool = True  # follow-ups falling due
    remind_review: bool = True  # on the review day

    @property
    def review_day_name(self) -> str:
        return DAY_NAMES[self.review_weekday].capitalize()

    def with_interval(self, circle: Circle, interval: Interval) -> ReviewSettings:
        return replace(self, intervals={**self.intervals, circle: interval})

    def problems(self) -> list[str]:
        found: list[str] = []
        for circle, interval in self.intervals.items():
            problem = interval.problem()
            if problem:
                found.append(Message("{circle}: {problem}", circle=circle, problem=problem))
        if not 0 <= self.review_weekday <= 6:
            found.append(Message("The review day must be a day of the week."))
        return found


def settings_to_dict(settings: ReviewSettings) -> dict[str, Any]:
    return {
        "intervals": {
            c.value: {"ideal_days": i.ideal_days, "max_days": i.max_days}
            for c, i in settings.intervals.items()
        },
        "review_day": DAY_NAMES[settings.review_weekday],
        "review_time": settings.review_time.strftime("%H:%M"),
        "reminders": {
            "meetings": settings.remind_meetings,
            "followups": settings.remind_followups,
            "review": settings.remind_review,
        },
    }


def settings_from_dict(data: Any) -> ReviewSettings:
    """Settings from a saved file; SettingsError naming what is wrong."""
    if not isinstance(data, dict):
        raise SettingsError(Message("the settings are not an object"))
    intervals = dict(DEFAULT_INTERVALS)
    for key, value in (data.get("intervals") or {}).items():
        try:
            circle = Circle(key)
            interval = Interval(int(value["ideal_days"]), int(value["max_days"]))
        except (ValueError, KeyError, TypeError):
            raise SettingsError(
                Message("the interval for {key!r} cannot be read", key=key)
            ) from None
        intervals[circle] = interval
    day = str(data.get("review_day", DAY_NAMES[FRIDAY])).casefold()
    if day not in DAY_NAMES:
        raise SettingsError(Message("{day!r} is not a day of the week", day=day))
    try:
        at = time.fromisoformat(str(data.get("review_time", "16:00")))
    except ValueError:
        time_text = data.get("review_time")
        raise SettingsError(Message("{time!r} is not a time like 16:00", time=time_text)) from None
    reminders = data.get("reminders") or {}
    if not isinstance(reminders, dict):
        raise SettingsError(Message("the reminders are not an object"))
    settings = ReviewSettings(
        intervals=intervals,
        review_weekday=DAY_NAMES.index(day),
        review_time=at,
        remind_meetings=bool(reminders.get("meetings", True)),
        remind_followups=bool(reminders.get("followups", True)),
        remind_review=bool(reminders.get("review", True)),
    )
    problems = settings.problems()
    if problems:
        raise SettingsError(Message.joined(problems, "; "))
    return settings
