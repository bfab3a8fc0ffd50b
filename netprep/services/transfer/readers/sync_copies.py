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
Only table files are read; a conflict copy of a journal (``*.changes.jsonl``) is listed
but its changes are not merged. Detection only: the store (another module) decides
nothing here, and the copy is never changed or deleted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from netprep.services.transfer.model import BackupContent, ReadResult, Skipped
from netprep.services.transfer.readers.backup_json import RECORD_TYPES
from netprep.services.transfer.readers.encoding import ImportFileError
from netprep.store.file_format import FileFormatError, decode_table
from netprep.store.mapping import from_document

_TABLES = "|".join(["profile", *RECORD_TYPES])
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
        return not self.journal and self.table in RECORD_TYPES


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
    """The copy's records as a backup holding that one table."""
    record_type = RECORD_TYPES.get(table)
    if record_type is None:
        raise ImportFileError(f"{path.name} is a copy of the {table} file, which is not merged.")
    try:
        content = decode_table(path.read_bytes(), table)
    except FileFormatError as exc:
        raise ImportFileError(f"{path.name} cannot be read: {exc}.") from None
    except OSError as exc:
        raise ImportFileError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    result = ReadResult(backup=BackupContent())
    records = []
    for key, doc in content.docs.items():
        try:
            records.append(from_document(record_type, doc))
        except ValueError as exc:
            result.skipped.append(Skipped(0, f"{table} record {key}: {exc}"))
    result.skipped += [Skipped(0, f"{d.where}: {d.reason}") for d in content.damage]
    assert result.backup is not None
    result.backup.tables[table] = records
    return result
