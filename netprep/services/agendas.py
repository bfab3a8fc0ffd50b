"""The user's default agenda and each meeting's own agenda, edited and validated.

The default agenda lives in the data folder as ``agenda.json`` (the same shape as the
shipped resources/agenda/default.json), written atomically, so it travels with the data
and survives a crash mid-save. No file, or one that cannot be read, means the shipped
default: a damaged file is reported (``problem``) and left alone until the user saves.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from copy import deepcopy
from pathlib import Path

import orjson

from netprep.domain.agenda import (
    AgendaError,
    AgendaPhase,
    agenda_from_dict,
    agenda_to_dict,
    validate_agenda,
)
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.domain.message import Message, message_of
from netprep.resources import resource_path
from netprep.services.errors import NotFoundError, UserError
from netprep.store.atomic_file import atomic_write_bytes
from netprep.store.errors import ReadOnlyError, SaveError
from netprep.store.store import Store

AGENDA_FILE = "agenda.json"


def shipped_agenda() -> list[AgendaPhase]:
    """The book's agenda as netprep ships it."""
    data = json.loads(resource_path("agenda", "default.json").read_text(encoding="utf-8"))
    return agenda_from_dict(data)


def checked(agenda: Sequence[AgendaPhase]) -> list[AgendaPhase]:
    """A validated copy, or UserError with the sentence AgendaError gives."""
    try:
        validate_agenda(agenda)
    except AgendaError as error:
        raise UserError(message_of(error)) from None
    return deepcopy(list(agenda))


class AgendaService:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._folder: Path | None = store.db.folder
        self._memory: list[AgendaPhase] | None = None  # in-memory apps keep it here
        self.problem: str | None = None  # why the saved default could not be used

    @property
    def path(self) -> Path | None:
        return self._folder / AGENDA_FILE if self._folder else None

    def default(self) -> list[AgendaPhase]:
        """The user's default agenda, else the shipped one."""
        self.problem = None
        if self._folder is None:
            return deepcopy(self._memory) if self._memory else shipped_agenda()
        path = self._folder / AGENDA_FILE
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return shipped_agenda()
        except OSError as exc:
            self.problem = Message(
                "Cannot read your agenda ({path}): {reason}. Using the book's agenda.",
                path=path,
                reason=exc,
            )
            return shipped_agenda()
        try:
            return agenda_from_dict(orjson.loads(raw))
        except (orjson.JSONDecodeError, AgendaError) as exc:
            self.problem = Message(
                "Your saved agenda ({path}) cannot be used: {reason} The book's agenda is used "
                "until you save a new one; the file was left untouched.",
                path=path,
                reason=message_of(exc),
            )
            return shipped_agenda()

    @property
    def is_customised(self) -> bool:
        if self._folder is None:
            return self._memory is not None
        return (self._folder / AGENDA_FILE).exists()

    def save_default(self, agenda: Sequence[AgendaPhase]) -> list[AgendaPhase]:
        clean = checked(agenda)
        if self._folder is None:
            self._memory = deepcopy(clean)
            return clean
        if self._store.read_only:
            raise ReadOnlyError(self._folder)
        path = self._folder / AGENDA_FILE
        data = orjson.dumps(agenda_to_dict(clean), option=orjson.OPT_INDENT_2)
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            raise SaveError(path, exc) from None
        self.problem = None
        return clean

    def reset_default(self) -> list[AgendaPhase]:
        """Back to the book's agenda (the saved file is removed)."""
        if self._folder is None:
            self._memory = None
            return shipped_agenda()
        if self._store.read_only:
            raise ReadOnlyError(self._folder)
        path = self._folder / AGENDA_FILE
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise SaveError(path, exc) from None
        self.problem = None
        return shipped_agenda()

    def set_meeting_agenda(self, meeting_id: str, agenda: Sequence[AgendaPhase]) -> Meeting:
        """Give one planned meeting its own agenda (the default is left alone)."""
        clean = checked(agenda)
        meeting = self._store.meetings.get(meeting_id)
        if meeting is None:
            raise NotFoundError("That meeting no longer exists.")
        started = meeting.clock is not None and meeting.clock.started_at is not None
        if meeting.status is not MeetingStatus.PLANNED or started:
            raise UserError(
                "This meeting has already started, so its agenda is fixed: add minutes to "
                "a phase from the meeting window instead."
            )
        meeting.agenda = clean
        return self._store.meetings.save(meeting)

    def agenda_for(self, meeting: Meeting) -> list[AgendaPhase]:
        """The agenda a meeting runs on: its own, its brief's, else the default."""
        if meeting.agenda:
            return deepcopy(meeting.agenda)
        if meeting.brief is not None and meeting.brief.agenda:
            return deepcopy(meeting.brief.agenda)
        return self.default()
