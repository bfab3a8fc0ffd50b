"""Errors a service raises for the user to read (the CLI prints them, the GUI shows them).

:class:`UserError` is the one type the GUI and the CLI catch. It is defined beside the
store's errors (the lowest layer that raises one) so that every store error (disk full,
damaged file, folder locked, read-only) is a UserError too: nothing the store raises
needs a second ``except`` in the GUI.
"""

from __future__ import annotations

from netprep.domain.message import Message
from netprep.store.errors import StoreError, UserError

__all__ = ["AmbiguousError", "NotFoundError", "StoreError", "UserError", "ValidationError"]


class ValidationError(UserError):
    """What is wrong, field by field: ``errors`` maps a field's name to its message (a
    Message from netprep.domain.validation, shown under the field in the user's language)."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        problems = [Message("{field}: {problem}", field=f, problem=m) for f, m in errors.items()]
        super().__init__(Message.joined(problems, "; "))


class NotFoundError(UserError):
    pass


class AmbiguousError(UserError):
    def __init__(self, what: str, candidates: list[str]) -> None:
        self.candidates = candidates
        super().__init__(
            "“{what}” matches more than one contact:\n  {listed}",
            what=what,
            listed="\n  ".join(candidates),
        )
