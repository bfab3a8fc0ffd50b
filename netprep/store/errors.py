"""What can go wrong when opening or writing the data folder, in words for the user."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from netprep.domain.message import Message

_DISK_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EROFS}


class UserError(Exception):
    """Something the user must be told; the message says why and what to do.

    The one error type the GUI and the CLI catch. Services raise it (they import it as
    ``netprep.services.errors.UserError``); every store error is one, so a store failure
    reaches the user through the same path.

    The message is a template with named parameters, ``UserError("No contact called
    “{name}”.", name=name)``: ``str(error)`` is the English sentence (the CLI, the logs), and
    the GUI shows ``error.template`` in the user's language with the same ``error.params``
    (see netprep.domain.message). A ready Message (or a domain error's text) is passed as is.
    """

    def __init__(self, template: str = "", /, **params: Any) -> None:
        self.message = (
            template
            if isinstance(template, Message) and not params
            else Message(template, **params)
        )
        super().__init__(str(self.message))

    @property
    def template(self) -> str:
        return self.message.template

    @property
    def params(self) -> dict[str, Any]:
        return self.message.params

    def __reduce__(self) -> tuple[Any, ...]:  # across a process: the same message
        return (_rebuilt, (type(self), self.message, dict(self.__dict__)))


def _rebuilt(kind: type[UserError], message: Message, state: dict[str, Any]) -> UserError:
    error = UserError.__new__(kind)
    Exception.__init__(error, str(message))
    error.__dict__.update(state)
    return error


class StoreError(UserError):
    """Base class: every store error carries a message fit to show a user."""


class FileFormatError(ValueError):
    """Nothing in the file is a readable netprep table; the message says why (a template and
    its parameters, like a UserError's: the reason a CorruptFileError gives)."""

    def __init__(self, message: str, path: Any = None, **params: Any) -> None:
        super().__init__(message if isinstance(message, Message) else Message(message, **params))
        self.path = path


def cannot_open(folder: Path, exc: OSError) -> StoreError:
    """The data folder is not a folder, cannot be read, or is gone."""
    named = exc.filename and str(exc.filename) != str(folder)
    return StoreError(
        "Cannot open the data folder {folder}: {reason}{where}.",
        folder=folder,
        reason=exc.strerror or str(exc),
        where=f" ({exc.filename})" if named else "",
    )


class CorruptFileError(StoreError):
    """A data file that cannot be read, or is not netprep's. It is never overwritten."""

    def __init__(self, path: Path, reason: str, backup: Path | None) -> None:
        self.path = path
        self.reason = reason
        self.backup = backup
        if backup:
            super().__init__(
                "Cannot read {path}: {reason}. The file was left untouched. The newest good "
                "backup is {backup}.",
                path=path,
                reason=reason,
                backup=backup,
            )
        else:
            super().__init__(
                "Cannot read {path}: {reason}. The file was left untouched. No good backup "
                "was found.",
                path=path,
                reason=reason,
            )


def missing_file(path: Path, backup: Path | None) -> CorruptFileError:
    reason = Message("it is missing although data files exist")
    return CorruptFileError(path, reason, backup)


class NewerSchemaError(StoreError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            "{path} was written by a newer netprep (data version {found}; this one reads up "
            "to {supported}). Update netprep to open it; the file was left untouched.",
            path=path,
            found=found,
            supported=supported,
        )


class DataDirLockedError(StoreError):
    def __init__(self, folder: Path, owner: str) -> None:
        if owner:
            super().__init__(
                "The data folder {folder} is already open in another netprep (process "
                "{owner}). Close it there first; only one netprep can write to a data folder.",
                folder=folder,
                owner=owner,
            )
        else:
            super().__init__(
                "The data folder {folder} is already open in another netprep. Close it there "
                "first; only one netprep can write to a data folder.",
                folder=folder,
            )


class FolderChangedError(StoreError):
    """A data file changed on disk since netprep read it: another program wrote it (a sync
    tool such as Dropbox or Syncthing, or netprep on another computer). Nothing is saved
    over it; the data must be reloaded first."""

    def __init__(self, changed: list[Path]) -> None:
        self.changed = changed
        super().__init__(
            "Your data was changed on disk by another program since netprep read it "
            "({names}): a sync tool or netprep on another computer. Nothing was saved, so "
            "that change is not overwritten. Reload the data to see it, then make your "
            "change again.",
            names=", ".join(p.name for p in changed),
        )


class ReadOnlyError(StoreError):
    def __init__(self, folder: Path) -> None:
        super().__init__(
            "The data folder {folder} is open read-only; nothing was saved.", folder=folder
        )


class SaveError(StoreError):
    """A write failed (disk full, permission): the previous file is intact."""

    def __init__(self, path: Path, cause: BaseException) -> None:
        self.path = path
        super().__init__(
            "Could not save {path}: {cause}. The previous version is intact.",
            path=path,
            cause=cause,
        )


def is_disk_full(exc: BaseException) -> bool:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, OSError) and cause.errno in _DISK_FULL:
            return True
        cause = cause.__cause__
    return False


def disk_full_message(folder: Path) -> Message:
    return Message(
        "The disk holding {folder} is full (or cannot be written): netprep opened your data "
        "read-only. Free some space and restart netprep to make changes; nothing was lost.",
        folder=folder,
    )
