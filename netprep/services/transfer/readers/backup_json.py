"""netprep's own JSON backup: every record of every table, lossless, and restorable.

The file names its format and the schema version it was written with; an older one is
brought up to date with the store's own migrations, a newer one is refused.

Kept drafts - a form's unsaved edits (``Profile.drafts``) and the outcome dialog's answers
so far (``Meeting.outcome_answers``) - are unsaved typing, not data: they are left out of
an export, and dropped from an older export that carries them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any, TypeVar

import orjson

from netprep.domain.followups import FollowUp
from netprep.domain.meeting import Meeting
from netprep.domain.message import Message
from netprep.domain.records import Contact, Interaction, Note, Profile, Record
from netprep.domain.referrals import Referral
from netprep.services.transfer.model import BackupContent, ReadResult, Skipped
from netprep.services.transfer.readers.encoding import ImportFileError
from netprep.store.mapping import from_document, to_document
from netprep.store.migrations import SCHEMA_VERSION, migrate

BACKUP_FORMAT = "netprep-backup"
RECORD_TYPES: dict[str, type[Record]] = {
    "contacts": Contact,
    "notes": Note,
    "meetings": Meeting,
    "interactions": Interaction,
    "referrals": Referral,
    "followups": FollowUp,
}


R = TypeVar("R", bound=Record)


def without_unsaved_typing(record: R) -> R:
    """The record without what was kept of unsaved typing (drafts, outcome answers)."""
    if isinstance(record, Profile) and record.drafts:
        return replace(record, drafts=[])
    if isinstance(record, Meeting) and record.outcome_answers is not None:
        return replace(record, outcome_answers=None)
    return record


def looks_like_backup(text: str) -> bool:
    head = text[:2048].lstrip()
    return head.startswith("{") and BACKUP_FORMAT in text[:4096]


def backup_bytes(
    profile: Profile | None,
    tables: dict[str, list[Record]],
    agenda: dict[str, Any] | None,
    exported_at: datetime,
) -> bytes:
    data: dict[str, Any] = {
        "format": BACKUP_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "exported_at": exported_at.isoformat(),
        "profile": to_document(without_unsaved_typing(profile)) if profile is not None else None,
        "agenda": agenda,
    }
    for name in RECORD_TYPES:
        data[name] = [to_document(without_unsaved_typing(r)) for r in tables.get(name, [])]
    return orjson.dumps(data, option=orjson.OPT_INDENT_2)


def parse_json(text: str, name: str) -> Any:
    """The JSON in ``text``; ImportFileError naming where it stops being JSON."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise ImportFileError(
            "{name} is not valid JSON (line {line}, column {column}); it may be cut off "
            "or damaged.",
            name=name,
            line=exc.lineno,
            column=exc.colno,
        ) from None


def not_a_backup(name: str) -> ImportFileError:
    return ImportFileError("{name} is JSON but not a netprep backup.", name=name)


def read_backup(text: str, name: str) -> ReadResult:
    data = parse_json(text, name)
    if not isinstance(data, dict) or data.get("format") != BACKUP_FORMAT:
        raise not_a_backup(name)
    version = data.get("schema_version")
    if not isinstance(version, int) or version < 1:
        raise ImportFileError("{name} does not say which netprep version wrote it.", name=name)
    if version > SCHEMA_VERSION:
        raise ImportFileError(
            "{name} was written by a newer netprep; update netprep first.", name=name
        )
    raw: dict[str, dict[str, dict[str, Any]]] = {}
    result = ReadResult()
    for table in RECORD_TYPES:
        docs = data.get(table) or []
        if not isinstance(docs, list):
            raise ImportFileError(
                "{name}: “{table}” is not a list of records.", name=name, table=table
            )
        raw[table] = {str(i): d for i, d in enumerate(docs, start=1)}
    raw = migrate(raw, version)
    content = BackupContent()
    for table, record_type in RECORD_TYPES.items():
        records: list[Record] = []
        for key, doc in raw.get(table, {}).items():
            try:
                records.append(without_unsaved_typing(from_document(record_type, doc)))
            except ValueError as exc:
                why = Message("{table} record {key}: {reason}", table=table, key=key, reason=exc)
                result.skipped.append(Skipped(int(key), why))
        content.tables[table] = records
    profile = data.get("profile")
    if profile is not None:
        try:
            content.profile = without_unsaved_typing(from_document(Profile, profile))
        except ValueError as exc:
            result.skipped.append(Skipped(0, Message("the profile: {reason}", reason=exc)))
    agenda = data.get("agenda")
    content.agenda = agenda if isinstance(agenda, dict) else None
    result.backup = content
    return result
