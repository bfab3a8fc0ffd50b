"""Counts in words: "1 contact", "2 contacts", "0 notes" (never "1 contacts" or "note(s)")."""

from __future__ import annotations


def counted(number: int, one: str, many: str = "") -> str:
    """``number`` with ``one`` or its plural (``many``, or ``one`` + "s")."""
    return f"{number:,} {one if number == 1 else many or one + 's'}"
