"""The profile's availability, read from the words the user typed.

"Tue and Thu 8-10am, Fri after 3pm, Europe/London" becomes three weekly windows in the
Europe/London time zone. Understood: day names and their short forms (plurals too),
ranges ("Mon-Fri"), "weekdays" / "weekends"; times "8-10am", "8am-10am", "8:30-10",
"14:00-16:30", "after 3pm", "before 10am", "mornings", "lunchtime", "afternoons",
"evenings"; an IANA time zone name ("Europe/London") or "UTC". German is read too, as a
German user types it: "Di und Do 8-10 Uhr, Fr ab 15 Uhr" (Mo/Di/Mi/Do/Fr/Sa/So, Montag…,
montags…, "Mo-Fr", werktags, am Wochenende; vormittags, mittags, nachmittags, abends;
"ab"/"nach", "vor"/"bis", "8 bis 10 Uhr"). A part that is not understood is kept in
``not_understood`` so the user can be told, never guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from netprep.domain.message import Message

DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
GERMAN_DAY_NAMES = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
_DAY_WORDS = (
    {name[:3]: index for index, name in enumerate(DAY_NAMES)}
    | {name[:2]: index for index, name in enumerate(GERMAN_DAY_NAMES)}  # Mo, Di, Mi, Do…
    | {"tues": 1, "wed": 2, "weds": 2, "thur": 3, "thurs": 3, "sonnabend": 5}
)
_WEEKDAYS, _WEEKEND = range(0, 5), range(5, 7)
_DAY_GROUPS = dict.fromkeys(("weekday", "weekdays", "werktags", "wochentags"), _WEEKDAYS)
_DAY_GROUPS |= dict.fromkeys(("weekend", "weekends", "wochenende", "wochenenden"), _WEEKEND)

#: What a loose word means, and the window after/before a time.
_PARTS_OF_DAY = {
    "morning": (time(9), time(12)),
    "mornings": (time(9), time(12)),
    "lunch": (time(12), time(14)),
    "lunchtime": (time(12), time(14)),
    "lunchtimes": (time(12), time(14)),
    "afternoon": (time(13), time(17)),
    "afternoons": (time(13), time(17)),
    "evening": (time(18), time(20)),
    "evenings": (time(18), time(20)),
}
_PARTS_OF_DAY |= {  # German, as a noun ("Vormittag") or as an adverb ("vormittags")
    word + ending: _PARTS_OF_DAY[english]
    for word, english in (
        ("morgen", "morning"),
        ("vormittag", "morning"),
        ("mittag", "lunch"),
        ("mittagszeit", "lunch"),
        ("mittagspause", "lunch"),
        ("nachmittag", "afternoon"),
        ("abend", "evening"),
    )
    for ending in ("", "s")
}
#: Words that join the others ("and", "jeden"): read past.
_FILLERS = {"and", "or", "on", "at", "/", "every", "any", "und", "oder", "an", "jeden", "jede", ""}
AFTER_UNTIL = time(18)  # "after 3pm" means 15:00 to 18:00
BEFORE_FROM = time(8)  # "before 10am" means 08:00 to 10:00
ALL_DAY = (time(9), time(17))  # a day with no time: office hours

_CLOCK = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?"
_RANGE = re.compile(rf"^{_CLOCK}\s*(?:-|–|to|until|bis)\s*{_CLOCK}$")
_AFTER = re.compile(rf"^(after|from|ab|nach|before|until|vor|bis)\s+{_CLOCK}$")
_LATER = ("after", "from", "ab", "nach")  # "after 3pm", "ab 15 Uhr": from then until 18:00
#: German's "Uhr" after a time, and "am" before a day ("am Dienstag"; not "8 am").
_GERMAN_NOISE = re.compile(
    r"\s*\buhr\b|\bam\s+(?=(?:mo|di|mi|do|fr|sa|so|wochenend|vormittag|nachmittag|abend|mittag))"
)
_ZONE = re.compile(r"^(?:[A-Za-z_]+(?:/[A-Za-z0-9_+\-]+)+|UTC|GMT)$")
_SPLIT_PARTS = re.compile(r"[,;\n]+")


@dataclass(frozen=True)
class Window:
    """A weekly free slot: ``weekday`` (0 = Monday) from ``start`` to ``end``, local time."""

    weekday: int
    start: time
    end: time

    @property
    def label(self) -> str:
        return f"{DAY_NAMES[self.weekday][:3].capitalize()} {self.start:%H:%M}–{self.end:%H:%M}"


@dataclass
class Availability:
    windows: list[Window] = field(default_factory=list)
    time_zone: str = ""  # an IANA name as typed, "" when none was given
    not_understood: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.windows

    @property
    def unreadable(self) -> bool:
        """Something was typed, and not one day or time could be read from it."""
        return not self.windows and bool(self.not_understood)


def parse_availability(text: str) -> Availability:
    """The windows in ``text``; see the module's docstring for what is understood."""
    result = Availability()
    waiting_days: list[int] = []  # "Tue, Thu 8-10am": days waiting for the next part's time
    for raw in _SPLIT_PARTS.split(text):
        part = " ".join(raw.split())
        if not part:
            continue
        if _ZONE.match(part):
            result.time_zone = "UTC" if part.upper() in ("UTC", "GMT") else part
            continue
        days, times = _read_part(part)
        if days is None or times is None:
            result.not_understood.append(part)
            continue
        if not days and not times:
            result.not_understood.append(part)
            continue
        if days and not times:
            waiting_days.extend(days)
            continue
        days = [*waiting_days, *days] if days else waiting_days or list(range(5))
        waiting_days = []
        for day in dict.fromkeys(days):
            for start, end in times:
                result.windows.append(Window(day, start, end))
    for day in dict.fromkeys(waiting_days):  # days with no time after them: office hours
        result.windows.append(Window(day, *ALL_DAY))
    result.windows.sort(key=lambda w: (w.weekday, w.start))
    return result


def _read_part(part: str) -> tuple[list[int] | None, list[tuple[time, time]] | None]:
    """(days, time windows) named in one part; None for a piece that is not understood."""
    folded = _GERMAN_NOISE.sub("", part.casefold().replace("&", " and "))
    folded = _DAY_RANGE.sub(_day_range, folded)
    words = re.split(r"\s+|(?<=[a-z])(?=\d)", folded.strip())
    days: list[int] = []
    times: list[tuple[time, time]] = []
    rest: list[str] = []
    for word in words:
        clean = word.strip(".:")
        if clean in _FILLERS:
            continue
        found = _days(clean)
        if found is not None:
            days.extend(found)
        elif clean in _PARTS_OF_DAY:
            times.append(_PARTS_OF_DAY[clean])
        else:
            rest.append(word)
    if rest:
        window = _clock_window(" ".join(rest))
        if window is None:
            return None, None
        times.append(window)
    return days, times


_DAY_RANGE = re.compile(r"\b([a-z]+)\.?\s+(?:to|until|bis)\s+([a-z]+)\b")


def _day_range(match: re.Match[str]) -> str:
    """ "monday to friday", "Montag bis Freitag" as "monday-friday"; other words as they were."""
    first, last = match.groups()
    return f"{first}-{last}" if _day(first) is not None and _day(last) is not None else match[0]


def _days(word: str) -> list[int] | None:
    if word in _DAY_GROUPS:
        return list(_DAY_GROUPS[word])
    for separator in ("-", "–"):
        if separator in word:
            first, _, last = word.partition(separator)
            a, b = _day(first), _day(last)
            if a is None or b is None:
                return None
            return [d % 7 for d in range(a, b + 1 if b >= a else b + 8)]
    day = _day(word)
    return None if day is None else [day]


def _day(word: str) -> int | None:
    word = word.rstrip("s") if len(word) > 4 else word  # "tuesdays"
    if word in _DAY_WORDS:
        return _DAY_WORDS[word]
    for names in (DAY_NAMES, GERMAN_DAY_NAMES):
        for index, name in enumerate(names):
            if len(word) >= 3 and name.startswith(word):
                return index
    return None


def _clock_window(text: str) -> tuple[time, time] | None:
    text = text.replace(" ", "") if _RANGE.match(text.replace(" ", "")) else text
    match = _RANGE.match(text)
    if match:
        h1, m1, ap1, h2, m2, ap2 = match.groups()
        end = _time(h2, m2, ap2)
        start = _time(h1, m1, ap1 or _same_half(h1, h2, ap2))
        if start is None or end is None or end <= start:
            return None
        return start, end
    match = _AFTER.match(text)
    if match:
        word, hour, minute, half = match.groups()
        at = _time(hour, minute, half)
        if at is None:
            return None
        if word in _LATER:
            return (at, AFTER_UNTIL) if at < AFTER_UNTIL else None
        return (BEFORE_FROM, at) if at > BEFORE_FROM else None
    return None


def _same_half(h1: str, h2: str, half: str | None) -> str | None:
    """In "8-10am" both are morning; in "11-1pm" the first is still the morning."""
    if half != "pm":
        return half
    return "pm" if int(h1) <= int(h2) and int(h1) != 12 else "am"


def _time(hour: str, minute: str | None, half: str | None) -> time | None:
    h, m = int(hour), int(minute or 0)
    if half == "pm" and h < 12:
        h += 12
    elif half == "am" and h == 12:
        h = 0
    if not (0 <= h <= 23 and 0 <= m <= 59):
        return None
    if half is None and 1 <= h <= 7:  # "3-5" with no am/pm: the afternoon
        h += 12
    return time(h, m)


#: The words shown when part of the availability cannot be read (shortened for a banner).
MAX_QUOTED = 80


def quoted_text(text: str) -> str:
    """The availability as typed, on one line and cut short, for a sentence about it."""
    line = " ".join(text.split())
    return line if len(line) <= MAX_QUOTED else line[: MAX_QUOTED - 1].rstrip() + "…"


def availability_problem(text: str) -> str:
    """What in ``text`` cannot be read as availability, with what can be ("" when it all
    reads, or nothing was typed): the profile form shows it under the field."""
    if not text.strip():
        return ""
    found = parse_availability(text)
    problems: list[str] = []
    if not found.windows:
        problems.append(
            Message("No days or times could be read in “{text}”.", text=quoted_text(text))
        )
    elif found.not_understood:
        parts = Message.joined([Message("“{value}”", value=p) for p in found.not_understood], ", ")
        problems.append(Message("Not understood: {parts} (the rest is read).", parts=parts))
    if problems:
        problems.append(
            Message(
                "Write days (Mon, Tuesdays, Mon-Fri, weekdays), times (8-10am, 14:00-16:30, "
                "after 3pm, mornings) and a time zone, e.g. “Tue and Thu 8-10am, Fri after 3pm, "
                "Europe/London”."
            )
        )
    if found.time_zone and not _known_zone(found.time_zone):
        problems.append(
            Message(
                "“{name}” is not a time zone netprep knows: write one like Europe/London, or UTC.",
                name=found.time_zone,
            )
        )
    return Message.joined(problems) if problems else ""


def _known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True
