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
from typing import Any


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
MAX_NAME_LENGTH = 80


def _phase_label(phase: AgendaPhase, index: int) -> str:
    name = phase.name.strip() if isinstance(phase.name, str) else ""
    return f"“{name}”" if name else f"Phase {index + 1}"


def check_minutes(minutes: object, label: str = "A phase") -> float:
    """The minutes as a float, or AgendaError saying why they cannot time a phase."""
    if isinstance(minutes, bool) or not isinstance(minutes, int | float):
        raise AgendaError(f"{label} needs its length in minutes as a number.")
    value = float(minutes)
    if math.isnan(value) or math.isinf(value):
        raise AgendaError(f"{label} needs its length in minutes as a number.")
    if value <= 0:
        raise AgendaError(f"{label} needs more than zero minutes.")
    if value > MAX_PHASE_MINUTES:
        raise AgendaError(f"{label} can last at most {MAX_PHASE_MINUTES:g} minutes.")
    return value


def check_name(name: object) -> str:
    """The trimmed phase name, or AgendaError if it is empty or absurdly long."""
    if not isinstance(name, str) or not name.strip():
        raise AgendaError("Every phase needs a name.")
    clean = " ".join(name.split())
    if len(clean) > MAX_NAME_LENGTH:
        raise AgendaError(f"Phase names are limited to {MAX_NAME_LENGTH} characters.")
    return clean


def clean_prompts(prompts: Iterable[str]) -> list[str]:
    """Prompts with surrounding whitespace removed and blank lines dropped."""
    return [p.strip() for p in prompts if isinstance(p, str) and p.strip()]


def validate_agenda(agenda: Sequence[AgendaPhase]) -> None:
    """Raise AgendaError with the first problem that would stop the meeting clock."""
    if not agenda:
        raise AgendaError("The agenda needs at least one phase.")
    for index, phase in enumerate(agenda):
        check_name(phase.name)
        check_minutes(phase.minutes, _phase_label(phase, index))
        if not isinstance(phase.shows, BriefSection):
            raise AgendaError(f"{_phase_label(phase, index)} shows an unknown part of the brief.")


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
    where = f"Phase {index + 1}"
    if not isinstance(data, Mapping):
        raise AgendaError(f"{where} of the agenda is not a phase (expected name, minutes, …).")
    name = check_name(data.get("name"))
    minutes = check_minutes(data.get("minutes"), f"“{name}”")
    prompts = data.get("prompts", [])
    if not isinstance(prompts, list) or not all(isinstance(p, str) for p in prompts):
        raise AgendaError(f"The prompts of “{name}” must be a list of sentences.")
    shows_raw = data.get("shows", BriefSection.NONE.value)
    try:
        shows = BriefSection(shows_raw)
    except ValueError:
        known = ", ".join(s.value for s in BriefSection)
        raise AgendaError(
            f"“{name}” shows “{shows_raw}”, which is not part of the brief (use one of: {known})."
        ) from None
    return AgendaPhase(name=name, minutes=minutes, prompts=clean_prompts(prompts), shows=shows)


def agenda_to_dict(agenda: Sequence[AgendaPhase]) -> dict[str, Any]:
    """The agenda as JSON-ready data, the same shape as resources/agenda/default.json."""
    return {"phases": [phase_to_dict(phase) for phase in agenda]}


def agenda_from_dict(data: object) -> list[AgendaPhase]:
    """An agenda from its JSON form (``{"phases": [...]}``), validated."""
    if not isinstance(data, Mapping) or not isinstance(data.get("phases"), list):
        raise AgendaError("This is not an agenda: it has no list of phases.")
    phases = [phase_from_dict(item, index) for index, item in enumerate(data["phases"])]
    validate_agenda(phases)
    return phases


# --- editing: each returns a new validated agenda and leaves the given one untouched ---------


def _copy(agenda: Sequence[AgendaPhase]) -> list[AgendaPhase]:
    return [deepcopy(phase) for phase in agenda]


def _check_index(agenda: Sequence[AgendaPhase], index: int) -> None:
    if isinstance(index, bool) or not 0 <= index < len(agenda):
        raise AgendaError(f"There is no phase {index + 1}; the agenda has {len(agenda)}.")


def add_phase(
    agenda: Sequence[AgendaPhase], phase: AgendaPhase, at: int | None = None
) -> list[AgendaPhase]:
    """Insert ``phase`` before position ``at`` (at the end when None)."""
    result = _copy(agenda)
    new = AgendaPhase(
        name=check_name(phase.name),
        minutes=check_minutes(phase.minutes, f"“{phase.name.strip()}”"),
        prompts=clean_prompts(phase.prompts),
        shows=phase.shows,
    )
    position = len(result) if at is None else max(0, min(at, len(result)))
    result.insert(position, new)
    validate_agenda(result)
    return result


def remove_phase(agenda: Sequence[AgendaPhase], index: int) -> list[AgendaPhase]:
    _check_index(agenda, index)
    if len(agenda) == 1:
        raise AgendaError("The agenda needs at least one phase, so the last one cannot go.")
    result = _copy(agenda)
    del result[index]
    return result


def move_phase(agenda: Sequence[AgendaPhase], index: int, to: int) -> list[AgendaPhase]:
    """Move the phase at ``index`` so that it ends up at position ``to``."""
    _check_index(agenda, index)
    _check_index(agenda, to)
    result = _copy(agenda)
    result.insert(to, result.pop(index))
    return result


def set_minutes(agenda: Sequence[AgendaPhase], index: int, minutes: float) -> list[AgendaPhase]:
    _check_index(agenda, index)
    result = _copy(agenda)
    result[index].minutes = check_minutes(minutes, _phase_label(result[index], index))
    return result


def rename_phase(agenda: Sequence[AgendaPhase], index: int, name: str) -> list[AgendaPhase]:
    _check_index(agenda, index)
    result = _copy(agenda)
    result[index].name = check_name(name)
    return result


def set_prompts(
    agenda: Sequence[AgendaPhase], index: int, prompts: Iterable[str]
) -> list[AgendaPhase]:
    """Replace a phase's prompts; blank lines are dropped (a phase may have no prompts)."""
    _check_index(agenda, index)
    result = _copy(agenda)
    result[index].prompts = clean_prompts(prompts)
    return result


def set_section(
    agenda: Sequence[AgendaPhase], index: int, shows: BriefSection
) -> list[AgendaPhase]:
    _check_index(agenda, index)
    result = _copy(agenda)
    result[index].shows = BriefSection(shows)
    return result
