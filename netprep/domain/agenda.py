"""The meeting agenda: an ordered list of timed phases, each showing part of the brief.

An agenda is a plain ``list[AgendaPhase]`` so a Meeting and a Brief can store it as is.
The editing functions never change the list they are given: they return a new, validated
list, so a failed edit leaves the user's agenda exactly as it was.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from copy import deepcopy
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from netprep.domain.message import Message


class BriefSection(StrEnum):
    """Which part of the brief a phase puts in front of the user."""

    HOOKS = "hooks"
    SUMMARY = "summary"
    QUESTIONS = "questions"
    REFERRALS = "referrals"
    OFFERS = "offers"
    NONE = "none"


@dataclass
class AgendaPhase:
    name: str = ""
    minutes: float = 1.0
    prompts: list[str] = field(default_factory=list)
    shows: BriefSection = BriefSection.NONE


class AgendaError(ValueError):
    """An agenda the meeting cannot run on. ``str(error)`` is a sentence for the user."""


MAX_PHASE_MINUTES = 240.0  # a phase longer than four hours is a typo, not a plan
MIN_PHASE_MINUTES = 0.5  # typed: "0.01" (under a second) is a typo too; stored ones still load
MAX_NAME_LENGTH = 80


def _phase_label(phase: AgendaPhase, index: int) -> str:
    name = phase.name.strip() if isinstance(phase.name, str) else ""
    return Message("“{name}”", name=name) if name else Message("Phase {n}", n=index + 1)


def _not_a_number(label: str) -> AgendaError:
    return AgendaError(Message("{label} needs its length in minutes as a number.", label=label))


def check_minutes(minutes: object, label: str = Message("A phase")) -> float:
    """The minutes as a float, or AgendaError saying why they cannot time a phase."""
    if isinstance(minutes, bool) or not isinstance(minutes, int | float):
        raise _not_a_number(label)
    value = float(minutes)
    if math.isnan(value) or math.isinf(value):
        raise _not_a_number(label)
    if value <= 0:
        raise AgendaError(Message("{label} needs more than zero minutes.", label=label))
    if value > MAX_PHASE_MINUTES:
        limit = f"{MAX_PHASE_MINUTES:g}"
        raise AgendaError(
            Message("{label} can last at most {limit} minutes.", label=label, limit=limit)
        )
    return value


def check_name(name: object) -> str:
    """The trimmed phase name, or AgendaError if it is empty or absurdly long."""
    if not isinstance(name, str) or not name.strip():
        raise AgendaError(Message("Every phase needs a name."))
    clean = " ".join(name.split())
    if len(clean) > MAX_NAME_LENGTH:
        raise AgendaError(
            Message("Phase names are limited to {limit} characters.", limit=MAX_NAME_LENGTH)
        )
    return clean


def clean_prompts(prompts: Iterable[str]) -> list[str]:
    """Prompts with surrounding whitespace removed and blank lines dropped."""
    return [p.strip() for p in prompts if isinstance(p, str) and p.strip()]


def validate_agenda(agenda: Sequence[AgendaPhase]) -> None:
    """Raise AgendaError with the first problem that would stop the meeting clock."""
    if not agenda:
        raise AgendaError(Message("The agenda needs at least one phase."))
    for index, phase in enumerate(agenda):
        check_name(phase.name)
        check_minutes(phase.minutes, _phase_label(phase, index))
        if not isinstance(phase.shows, BriefSection):
            label = _phase_label(phase, index)
            raise AgendaError(Message("{label} shows an unknown part of the brief.", label=label))


def total_minutes(agenda: Sequence[AgendaPhase]) -> float:
    """Planned length of the whole meeting."""
    return float(sum(phase.minutes for phase in agenda))


# --- reading and writing (services read the file; the domain only sees dicts) ---------------


def phase_to_dict(phase: AgendaPhase) -> dict[str, Any]:
    return {
        "name": phase.name,
        "minutes": phase.minutes,
        "prompts": list(phase.prompts),
        "shows": phase.shows.value,
    }


def phase_from_dict(data: object, index: int = 0) -> AgendaPhase:
    """One phase from its JSON form; AgendaError names the phase when something is wrong."""
    if not isinstance(data, Mapping):
        raise AgendaError(
            Message(
                "Phase {n} of the agenda is not a phase (expected name, minutes, …).", n=index + 1
            )
        )
    name = check_name(data.get("name"))
    minutes = check_minutes(data.get("minutes"), Message("“{name}”", name=name))
    prompts = data.get("prompts", [])
    if not isinstance(prompts, list) or not all(isinstance(p, str) for p in prompts):
        raise AgendaError(
            Message("The prompts of “{name}” must be a list of sentences.", name=name)
        )
    shows_raw = data.get("shows", BriefSection.NONE.value)
    try:
        shows = BriefSection(shows_raw)
    except ValueError:
        known = ", ".join(s.value for s in BriefSection)
        raise AgendaError(
            Message(
                "“{name}” shows “{shows}”, which is not part of the brief (use one of: {known}).",
                name=name,
                shows=shows_raw,
                known=known,
            )
        ) from None
    return AgendaPhase(name=name, minutes=minutes, prompts=clean_prompts(prompts), shows=shows)


def agenda_to_dict(agenda: Sequence[AgendaPhase]) -> dict[str, Any]:
    """The agenda as JSON-ready data, the same shape as resources/agenda/default.json."""
    return {"phases": [phase_to_dict(phase) for phase in agenda]}


def agenda_from_dict(data: object) -> list[AgendaPhase]:
    """An agenda from its JSON form (``{"phases": [...]}``), validated."""
    if not isinstance(data, Mapping) or not isinstance(data.get("phases"), list):
        raise AgendaError(Message("This is not an agenda: it has no list of phases."))
    phases = [phase_from_dict(item, index) for index, item in enumerate(data["phases"])]
    validate_agenda(phases)
    return phases


# --- editing: one implementation for the agenda dialog and any other caller -----------------
# The list functions work on any sequence (the dialog edits rows of typed text, the services
# edit phases); each returns a new list and leaves the given one untouched.

T = TypeVar("T")


def _check_index(agenda: Sequence[object], index: int) -> None:
    if isinstance(index, bool) or not 0 <= index < len(agenda):
        raise AgendaError(
            Message(
                "There is no phase {n}; the agenda has {count}.", n=index + 1, count=len(agenda)
            )
        )


def insert_phase(agenda: Sequence[T], phase: T, at: int | None = None) -> list[T]:
    """Insert ``phase`` before position ``at`` (at the end when None, clamped to the list)."""
    result = [deepcopy(item) for item in agenda]
    position = len(result) if at is None else max(0, min(at, len(result)))
    result.insert(position, phase)
    return result


def remove_phase(agenda: Sequence[T], index: int) -> list[T]:
    _check_index(agenda, index)
    if len(agenda) == 1:
        raise AgendaError(
            Message("The agenda needs at least one phase, so the last one cannot go.")
        )
    result = [deepcopy(item) for item in agenda]
    del result[index]
    return result


def move_phase(agenda: Sequence[T], index: int, to: int) -> list[T]:
    """Move the phase at ``index`` so that it ends up at position ``to``."""
    _check_index(agenda, index)
    _check_index(agenda, to)
    result = [deepcopy(item) for item in agenda]
    result.insert(to, result.pop(index))
    return result


def minutes_from_text(text: str, label: str = Message("A phase")) -> float:
    """Minutes typed as "2", "2.5" or "2,5"; AgendaError with a sentence otherwise."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise _not_a_number(label) from None
    return check_minutes(value, label)


def build_phase(
    name: str,
    minutes: float | str,
    prompts: Iterable[str] = (),
    shows: BriefSection = BriefSection.NONE,
    *,
    number: int = 1,
) -> AgendaPhase:
    """A checked phase from what the user gave (``number`` names a phase without a name)."""
    label = (
        Message("“{name}”", name=name.strip()) if name.strip() else Message("Phase {n}", n=number)
    )
    length = minutes_from_text(minutes, label) if isinstance(minutes, str) else minutes
    length = check_minutes(length, label)
    if length < MIN_PHASE_MINUTES:
        raise AgendaError(Message("{label} needs at least half a minute.", label=label))
    return AgendaPhase(
        name=check_name(name),
        minutes=length,
        prompts=clean_prompts(prompts),
        shows=BriefSection(shows),
    )


def build_agenda(phases: Iterable[AgendaPhase]) -> list[AgendaPhase]:
    """The phases as one agenda, validated (at least one phase, each one sound)."""
    agenda = list(phases)
    if not agenda:
        raise AgendaError(Message("The agenda needs at least one phase."))
    validate_agenda(agenda)
    return agenda
