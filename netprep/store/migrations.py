"""Schema versions of the data folder, and the steps that bring older data up to date.

Each step takes the raw tables of version N and returns those of version N+1.
The database backs the folder up before running any step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

RawTables = dict[str, dict[str, dict[str, Any]]]  # table name -> doc id -> document

SCHEMA_VERSION = 3


def _v1_to_v2(tables: RawTables) -> RawTables:
    """Version 1 kept one ``email`` and one ``phone`` per contact; version 2 keeps lists.

    A value of an unexpected type (a number, a list) is moved as it is, never dropped: the
    contact then does not read as a contact, so the store sets it aside and names it."""
    for doc in tables.get("contacts", {}).values():
        for old, new in (("email", "emails"), ("phone", "phones")):
            value = doc.pop(old, None)
            existing = doc.get(new)
            if existing is not None and not isinstance(existing, list):
                if value is not None:
                    doc[old] = value  # both odd: leave them for the user to see
                continue
            values = list(existing or [])
            if isinstance(value, str):
                if value.strip() and value.strip() not in values:
                    values.insert(0, value.strip())
            elif value is not None:
                values.insert(0, value)
            doc[new] = values
    return tables


def _v2_to_v3(tables: RawTables) -> RawTables:
    """Version 2 kept one ``cadence_days`` per contact; version 3 has circle intervals that a
    contact may override with its own ideal (the old cadence) and longest gap.

    Every value moves as it is: one that is not a whole number makes the contact unreadable,
    so the store sets it aside and shows it, rather than the value being silently dropped."""
    for doc in tables.get("contacts", {}).values():
        if "cadence_days" in doc:
            value = doc.pop("cadence_days")
            if doc.get("touch_ideal_days") is None:
                doc["touch_ideal_days"] = value
    return tables


MIGRATIONS: dict[int, Callable[[RawTables], RawTables]] = {1: _v1_to_v2, 2: _v2_to_v3}


def migrate(tables: RawTables, from_version: int) -> RawTables:
    """Run every step from ``from_version`` up to :data:`SCHEMA_VERSION`."""
    for version in range(from_version, SCHEMA_VERSION):
        tables = MIGRATIONS[version](tables)
    return tables
