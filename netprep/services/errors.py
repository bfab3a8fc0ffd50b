"""Errors a service raises for the user to read (the CLI prints them, the GUI shows them)."""

from __future__ import annotations


class UserError(Exception):
    """Something the user asked for cannot be done; the message says why and what to do."""


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
