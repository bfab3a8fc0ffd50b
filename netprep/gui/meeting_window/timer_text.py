"""How the meeting timer writes time: "12:00", "0:07", "+1:05 over"."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from netprep.domain.meeting_clock import ClockReading


def clock_text(seconds: float) -> str:
    """Whole seconds as m:ss (h:mm:ss past an hour). Time left rounds up: 0:00 means over."""
    total = max(0, math.ceil(seconds - 1e-6))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def phase_time(reading: ClockReading) -> tuple[str, bool]:
    """The big number for the current phase, and whether it shows an overrun."""
    if reading.phase_overrun_seconds > 0:
        return "+" + clock_text(reading.phase_overrun_seconds), True
    return clock_text(reading.phase_left_seconds), False


def meeting_time(reading: ClockReading) -> tuple[str, bool]:
    if reading.meeting_overrun_seconds > 0:
        return "+" + clock_text(reading.meeting_overrun_seconds), True
    return clock_text(reading.meeting_left_seconds), False


def minutes_text(minutes: float) -> str:
    return QCoreApplication.translate("TimerText", "{minutes} min").format(minutes=f"{minutes:g}")
