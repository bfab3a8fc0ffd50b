"""Schema versions of the data folder, and the steps that bring older data up to date.

Each step takes the raw tables of version N and returns those of version N+1.
The database backs the folder up before running any step.

The version lives in ``netprep.json`` with a CRC-32 of its fields (keys sorted, compact
JSON). One flipped bit in the version (``3`` -> ``2``) would otherwise run a migration
over current data: a mismatch is damage, named like any damaged file, and the newest
good backup is offered. A meta file written before checksums has none: it is read as it
is (a field this version never writes is then damage too), and rewritten with one when
the folder is next opened for writing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from netprep.store.file_format import FileFormatError, crc

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


# -- netprep.json ---------------------------------------------------------------------------

CRC_KEY = "crc"
_FIELDS = {"app", "schema_version"}


def _fields_crc(meta: dict[str, Any]) -> str:
    fields = {k: v for k, v in meta.items() if k != CRC_KEY}
    return crc(orjson.dumps(fields, option=orjson.OPT_SORT_KEYS))


def encode_meta(app: str, version: int) -> bytes:
    meta: dict[str, Any] = {"app": app, "schema_version": version}
    meta[CRC_KEY] = _fields_crc(meta)
    return orjson.dumps(meta, option=orjson.OPT_INDENT_2)


def parse_meta(raw: bytes, app: str, known_version: int) -> int:
    """The schema version; FileFormatError (why, in words) when the file is not good."""
    try:
        meta = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise FileFormatError("it is not valid JSON ({reason})", reason=exc) from None
    if isinstance(meta, dict):
        _check(meta, known_version)
    if not isinstance(meta, dict) or meta.get("app") != app:
        raise FileFormatError("it is not a netprep data file")
    version = meta.get("schema_version")
    if not isinstance(version, int) or version < 1:
        raise FileFormatError("it has no valid schema_version")
    return version


def _check(meta: dict[str, Any], known_version: int) -> None:
    if CRC_KEY in meta:
        if meta[CRC_KEY] != _fields_crc(meta):
            raise FileFormatError("it is damaged (its checksum does not match what it says)")
        return
    version = meta.get("schema_version")
    newer = isinstance(version, int) and version > known_version  # refused later, untouched
    unknown = sorted(set(meta) - _FIELDS)
    if unknown and not newer:
        raise FileFormatError("it is damaged (an unknown field {field!r})", field=unknown[0])


def has_checksum(path: Path) -> bool:
    """Whether the meta file exists and carries its checksum."""
    try:
        meta = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return False
    return isinstance(meta, dict) and CRC_KEY in meta
