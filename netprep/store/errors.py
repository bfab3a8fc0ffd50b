"""What can go wrong when opening or writing the data folder, in words for the user."""

from __future__ import annotations

import errno
from pathlib import Path

_DISK_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EROFS}


class UserError(Exception):
    """Something the user must be told; the message says why and what to do.

    The one error type the GUI and the CLI catch. Services raise it (they import it as
    ``netprep.services.errors.UserError``); every store error is one, so a store failure
    reaches the user through the same path.
    """


class StoreError(UserError):
    """Base class: every store error carries a message fit to show a user."""


class CorruptFileError(StoreError):
    """A data file that cannot be read, or is not netprep's. It is never overwritten."""

    def __init__(self, path: Path, reason: str, backup: Path | None) -> None:
        self.path = path
        self.reason = reason
        self.backup = backup
        hint = f" The newest good backup is {backup}." if backup else " No good backup was found."
        super().__init__(f"Cannot read {path}: {reason}. The file was left untouched.{hint}")


class NewerSchemaError(StoreError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            f"{path} was written by a newer netprep (data version {found}; this one reads up "
            f"to {supported}). Update netprep to open it; the file was left untouched."
        )


class DataDirLockedError(StoreError):
    def __init__(self, folder: Path, owner: str) -> None:
        who = f" (process {owner})" if owner else ""
        super().__init__(
            f"The data folder {folder} is already open in another netprep{who}. "
            "Close it there first; only one netprep can write to a data folder."
        )


class FolderChangedError(StoreError):
    """A data file changed on disk since netprep read it: another program wrote it (a sync
    tool such as Dropbox or Syncthing, or netprep on another computer). Nothing is saved
    over it; the data must be reloaded first."""

    def __init__(self, changed: list[Path]) -> None:
        self.changed = changed
        names = ", ".join(p.name for p in changed)
        super().__init__(
            f"Your data was changed on disk by another program since netprep read it "
            f"({names}): a sync tool or netprep on another computer. Nothing was saved, so "
            "that change is not overwritten. Reload the data to see it, then make your "
            "change again."
        )


class ReadOnlyError(StoreError):
    def __init__(self, folder: Path) -> None:
        super().__init__(f"The data folder {folder} is open read-only; nothing was saved.")


class SaveError(StoreError):
    """A write failed (disk full, permission): the previous file is intact."""

    def __init__(self, path: Path, cause: BaseException) -> None:
        self.path = path
        super().__init__(f"Could not save {path}: {cause}. The previous version is intact.")


def is_disk_full(exc: BaseException) -> bool:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, OSError) and cause.errno in _DISK_FULL:
            return True
        cause = cause.__cause__
    return False


def disk_full_message(folder: Path) -> str:
    return (
        f"The disk holding {folder} is full (or cannot be written): netprep opened your data "
        "read-only. Free some space and restart netprep to make changes; nothing was lost."
    )
