"""Proposed times: from the availability, in the user's zone across daylight-saving changes,
never in the past, never clashing with planned meetings, one per day."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from netprep.domain.review.availability import Window, parse_availability
from netprep.domain.review.proposals import Busy, propose_times

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
TUE_THU = parse_availability("Tue and Thu 8-10am, Fri after 3pm").windows


def test_three_times_on_three_days_soonest_first_never_today() -> None:
    now = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)  # Friday morning
    times = propose_times(TUE_THU, LONDON, now)
    assert [t.start.strftime("%a %d %H:%M") for t in times] == [
        "Tue 08 08:00",
        "Thu 10 08:00",
        "Fri 11 15:00",
    ]
    assert all(t.start > now + timedelta(hours=23) for t in times)
    assert times[0].label() == "Tuesday 8 December, 08:00"
    assert times[0].label("Europe/London").endswith("(Europe/London)")


def test_a_time_later_today_is_not_proposed_but_tomorrow_after_the_lead_is() -> None:
    now = datetime(2026, 12, 7, 7, 0, tzinfo=UTC)  # Monday 07:00: Tuesday 8am is 25h away
    first = propose_times(TUE_THU, LONDON, now)[0]
    assert first.start == datetime(2026, 12, 8, 8, 0, tzinfo=LONDON)
    later = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # Tuesday 08:00-09:00 is under 24h away
    assert propose_times(TUE_THU, LONDON, later)[0].start == datetime(
        2026, 12, 8, 9, 0, tzinfo=LONDON
    )


def test_planned_meetings_are_never_clashed_with() -> None:
    now = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
    meeting = datetime(2026, 12, 8, 8, 15, tzinfo=LONDON)
    busy = [Busy(meeting, meeting + timedelta(minutes=20))]
    times = propose_times(TUE_THU, LONDON, now, busy)
    first = times[0]
    assert first.start.date() == meeting.date()
    assert first.start >= meeting + timedelta(minutes=20)  # after it, with room around it
    assert not busy[0].clashes(first.start, first.end)


def test_a_fully_booked_window_moves_to_the_next_day() -> None:
    now = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
    start = datetime(2026, 12, 8, 7, 0, tzinfo=LONDON)
    busy = [Busy(start, start + timedelta(hours=4))]
    assert propose_times(TUE_THU, LONDON, now, busy)[0].start.day == 10


def test_wall_clock_time_holds_across_the_spring_change() -> None:
    """Clocks go forward on Sunday 28 March 2027 in London: 8am stays 8am local."""
    windows = [Window(d, time(8), time(9)) for d in range(7)]
    now = datetime(2027, 3, 26, 7, 0, tzinfo=UTC)
    times = propose_times(windows, LONDON, now, count=4)
    assert [t.start.strftime("%d %H:%M") for t in times] == [
        "27 08:00",
        "28 08:00",
        "29 08:00",
        "30 08:00",
    ]
    utc = [t.start.astimezone(UTC).hour for t in times]
    assert utc == [8, 7, 7, 7]  # GMT, then BST


def test_a_time_skipped_by_the_clock_change_is_never_proposed() -> None:
    windows = [Window(6, time(1), time(2))]  # Sunday 01:00-02:00 does not exist on 28 March
    now = datetime(2027, 3, 25, 12, 0, tzinfo=UTC)
    times = propose_times(windows, LONDON, now, count=1)
    assert times[0].start.date().isoformat() == "2027-04-04"


def test_the_autumn_change_and_another_zone() -> None:
    """New York falls back on 1 November 2026: 9am local is 13:00 UTC before, 14:00 after."""
    windows = parse_availability("weekdays 9-10am").windows
    now = datetime(2026, 10, 29, 12, 0, tzinfo=UTC)
    times = propose_times(windows, NEW_YORK, now, count=3)
    assert [(t.start.day, t.start.hour) for t in times] == [(30, 9), (2, 9), (3, 9)]
    assert [t.start.astimezone(UTC).hour for t in times] == [13, 14, 14]


def test_no_availability_no_times() -> None:
    assert propose_times([], LONDON, datetime(2026, 12, 4, tzinfo=UTC)) == []
