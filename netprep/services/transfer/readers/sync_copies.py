"""Conflict copies a sync tool leaves in the data folder, read so they can be merged back.

When two machines change the same data folder (Dropbox, iCloud Drive, OneDrive,
Syncthing), the sync tool keeps one side and saves the other under a new name:

- Dropbox:   ``contacts (Laptop's conflicted copy 2024-03-01).json``
- Syncthing: ``contacts.sync-conflict-20240301-101010-ABCDEFG.json``
- OneDrive:  ``contacts-Laptop.json``
- iCloud:    ``contacts 2.json``

netprep never reads those on its own, so their changes would be lost. This module finds
them and turns one into the records of a backup, so the import preview can show what it
holds that the folder does not (newer by ``updated_at`` wins, as for any restore).
A copy of a table file gives its records; a copy of a journal (``*.changes.jsonl``,
including the shared ``transactions`` one) gives the newest version of every record its
changes saved, and the deletions it holds are listed as not merged (the other side's
deletion is for the user to repeat). Detection only: the store (another module) decides
nothing here, and the copy is never changed or deleted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netprep.domain.message import Message, RecordCount
from netprep.services.transfer.model import BackupContent, ReadResult, Skipped
from netprep.services.transfer.readers.backup_json import RECORD_TYPES
from netprep.services.transfer.readers.encoding import ImportFileError
from netprep.store.file_format import Damage, FileFormatError, decode_journal, decode_table
from netprep.store.mapping import from_document

SHARED_JOURNAL = "transactions"  # changes that span tables (store/transaction.py)
_TABLES = "|".join(["profile", SHARED_JOURNAL, *RECORD_TYPES])
_CONFLICT = re.compile(
    rf"^(?P<table>{_TABLES})"
    r"(?:"
    r" \([^)]*conflicted copy[^)]*\)"  # Dropbox
    r"|\.sync-conflict-[\w-]+"  # Syncthing
    r"|-(?!changes)[\w .'-]+"  # OneDrive: contacts-Laptop
    r"| \d+"  # iCloud: contacts 2
    r")"
    r"(?P<suffix>\.json|\.changes\.jsonl)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ConflictCopy:
    path: Path
    table: str
    journal: bool  # a copy of a change journal: listed, not merged

    @property
    def can_merge(self) -> bool:
        return self.table in RECORD_TYPES or (self.journal and self.table == SHARED_JOURNAL)


def conflict_table(name: str) -> tuple[str, bool] | None:
    """(table, is_journal) when ``name`` is a sync tool's conflict copy of a netprep file."""
    match = _CONFLICT.match(name)
    if not match:
        return None
    return match["table"].casefold(), match["suffix"].casefold() != ".json"


def find_conflict_copies(folder: Path | None) -> list[ConflictCopy]:
    if folder is None or not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.iterdir()):
        kind = conflict_table(path.name) if path.is_file() else None
        if kind is not None:
            found.append(ConflictCopy(path, kind[0], kind[1]))
    return found


def read_conflict_copy(path: Path, table: str) -> ReadResult:
    """The copy's records as a backup holding that one table (or, for a journal, every
    table its changes touched)."""
    if path.name.casefold().endswith(".changes.jsonl"):
        return _read_journal_copy(path, table)
    record_type = RECORD_TYPES.get(table)
    if record_type is None:
        raise ImportFileError(
            "{name} is a copy of the {table} file, which is not merged.",
            name=path.name,
            table=table,
        )
    try:
        content = decode_table(path.read_bytes(), table)
    except FileFormatError as exc:
        raise ImportFileError(
            "{name} cannot be read: {reason}.", name=path.name, reason=exc
        ) from None
    except OSError as exc:
        raise ImportFileError(
            "Cannot read {path}: {reason}.", path=path, reason=exc.strerror or exc
        ) from None
    result = ReadResult(backup=BackupContent())
    records = []
    for key, doc in content.docs.items():
        try:
            records.append(from_document(record_type, doc))
        except ValueError as exc:
            why = Message("{table} record {key}: {reason}", table=table, key=key, reason=exc)
            result.skipped.append(Skipped(0, why))
    result.skipped += [Skipped(0, _damaged(d)) for d in content.damage]
    assert result.backup is not None
    result.backup.tables[table] = records
    return result


def _read_journal_copy(path: Path, table: str) -> ReadResult:
    if table not in RECORD_TYPES and table != SHARED_JOURNAL:
        raise ImportFileError(
            "{name} is a copy of the {table} changes, which are not merged.",
            name=path.name,
            table=table,
        )
    try:
        changes, damage = decode_journal(
            path.read_bytes(), None if table == SHARED_JOURNAL else table
        )
    except FileFormatError as exc:
        raise ImportFileError(
            "{name} cannot be read: {reason}.", name=path.name, reason=exc
        ) from None
    except OSError as exc:
        raise ImportFileError(
            "Cannot read {path}: {reason}.", path=path, reason=exc.strerror or exc
        ) from None
    newest: dict[str, dict[str, dict[str, Any]]] = {}
    deleted: dict[str, set[str]] = {}
    for change in changes:  # in the order they were saved: the last version wins
        for name, (puts, deletes) in change.tables.items():
            docs = newest.setdefault(name, {})
            docs.update(puts)
            for key in deletes:
                docs.pop(key, None)
                deleted.setdefault(name, set()).add(key)
    result = ReadResult(backup=BackupContent())
    assert result.backup is not None
    for name, docs in newest.items():
        record_type = RECORD_TYPES.get(name)
        if record_type is None:
            continue  # the profile: not merged from a copy
        records = []
        for key, doc in docs.items():
            try:
                records.append(from_document(record_type, doc))
            except ValueError as exc:
                why = Message("{table} record {key}: {reason}", table=name, key=key, reason=exc)
                result.skipped.append(Skipped(0, why))
        result.backup.tables[name] = records
    for name, keys in sorted(deleted.items()):
        result.skipped.append(
            Skipped(
                0,
                Message(
                    "Deleted in the copy, not merged: {deleted}",
                    deleted=RecordCount(name, len(keys)),
                ),
            )
        )
    result.skipped += [Skipped(0, _damaged(d)) for d in damage]
    return result


def _damaged(damage: Damage) -> Message:
    return Message("{where}: {reason}", where=damage.where, reason=damage.reason)
