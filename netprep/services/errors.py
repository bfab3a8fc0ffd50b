"""Errors a service raises for the user to read (the CLI prints them, the GUI shows them).

:class:`UserError` is the one type the GUI and the CLI catch. It is defined beside the
store's errors (the lowest layer that raises one) so that every store error (disk full,
damaged file, folder locked, read-only) is a UserError too: nothing the store raises
needs a second ``except`` in the GUI.
"""

from __future__ import annotations

from netprep.store.errors import StoreError, UserError

__all__ = ["AmbiguousError", "NotFoundError", "StoreError", "UserError", "ValidationError"]


class ValidationError(UserError):
    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{field}: {msg}" for field, msg in errors.items()))


class NotFoundError(UserError):
    pass


class AmbiguousError(UserError):
    def __init__(self, what: str, candidates: list[str]) -> None:
        self.candidates = candidates
        listed = "\n  ".join(candidates)
        super().__init__(f"“{what}” matches more than one contact:\n  {listed}")
