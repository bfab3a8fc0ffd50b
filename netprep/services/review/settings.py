"""The weekly review's settings (circle intervals, review day and time, reminders).

Kept in the data folder as ``review.json``, written atomically, so they travel with the
data. No file means the defaults; a file that cannot be read is reported (``problem``) and
left alone until the user saves new settings.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import orjson

from netprep.domain.message import Message, message_of
from netprep.domain.review.settings import (
    ReviewSettings,
    SettingsError,
    settings_from_dict,
    settings_to_dict,
)
from netprep.services.errors import UserError
from netprep.store.atomic_file import atomic_write_bytes

SETTINGS_FILE = "review.json"


class ReviewSettingsService:
    def __init__(self, folder: Path | None, read_only: Callable[[], bool] = lambda: False) -> None:
        self._folder = folder
        self._read_only = read_only
        self._memory: ReviewSettings | None = None  # in-memory apps keep them here
        self.problem: str | None = None

    @property
    def path(self) -> Path | None:
        return self._folder / SETTINGS_FILE if self._folder else None

    def get(self) -> ReviewSettings:
        self.problem = None
        if self.path is None:
            return self._memory or ReviewSettings()
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return ReviewSettings()
        except OSError as exc:
            self.problem = Message(
                "Cannot read your review settings ({path}): {reason}.", path=self.path, reason=exc
            )
            return ReviewSettings()
        try:
            return settings_from_dict(orjson.loads(raw))
        except (orjson.JSONDecodeError, SettingsError) as exc:
            self.problem = Message(
                "Your review settings ({path}) cannot be used: {reason}. The defaults are "
                "used until you save new ones; the file was left untouched.",
                path=self.path,
                reason=message_of(exc),
            )
            return ReviewSettings()

    def save(self, settings: ReviewSettings) -> ReviewSettings:
        problems = settings.problems()
        if problems:
            raise UserError(Message.joined(problems))
        if self.path is None:
            self._memory = settings
            return settings
        if self._read_only():
            raise UserError("The data folder is open read-only: the settings were not saved.")
        data = orjson.dumps(settings_to_dict(settings), option=orjson.OPT_INDENT_2)
        try:
            atomic_write_bytes(self.path, data)
        except OSError as exc:
            raise UserError(
                "Could not save {path}: {reason}", path=self.path, reason=exc.strerror or exc
            ) from None
        self.problem = None
        return settings
