"""What an import reads and what its preview proposes, before anything is written.

A reader turns a file into :class:`RawPerson` rows (the fields as the file has them);
the normaliser turns each into a Contact plus the problems it found; matching then
sorts them into new contacts, proposed merges and skipped rows: the
:class:`ImportPreview` the user confirms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from netprep.domain.message import counted
from netprep.domain.records import Contact, Profile, Record


class FileFormat(StrEnum):
    LINKEDIN = "linkedin"
    GOOGLE = "google"
    CSV = "csv"  # netprep's own contacts CSV (`netprep export --format csv`)
    VCARD = "vcard"
    JSON = "json"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    FileFormat.LINKEDIN: "LinkedIn connections (CSV)",
    FileFormat.GOOGLE: "Google Contacts (CSV)",
    FileFormat.CSV: "netprep contacts (CSV)",
    FileFormat.VCARD: "vCard",
    FileFormat.JSON: "netprep backup (JSON)",
}


@dataclass
class RawPerson:
    """One person as a file describes them, before any checking."""

    row: int  # line number in a CSV, card number in a vCard file
    first: str = ""
    middle: str = ""
    last: str = ""
    full_name: str = ""
    prefix: str = ""
    suffix: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    company: str = ""
    role: str = ""
    location: str = ""
    links: list[str] = field(default_factory=list)
    profile_url: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    connected_on: str = ""
    source: str = ""  # "LinkedIn", "Google Contacts", "vCard": goes into how_we_met
    # netprep's own CSV: values netprep checked when they were typed, kept as they are
    # (a name not turned round at its comma, phones not reformatted), the fields only
    # netprep has, and the referrer's name (linked to a contact once every row is read).
    as_written: bool = False
    how_we_met: str = ""
    circle: str = ""
    interests: list[str] = field(default_factory=list)
    current_projects: str = ""
    achievements: str = ""
    referred_by: str = ""


@dataclass
class Skipped:
    row: int
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}" if self.row else self.reason


@dataclass
class Incoming:
    """A row that makes a contact, with the problems found in some of its fields."""

    row: int
    contact: Contact
    problems: list[str] = field(default_factory=list)
    profile_url: str = ""  # normalised, identifies the person across re-imports
    referred_by: str = ""  # the referrer's name as the file gives it


@dataclass
class ReadResult:
    """What a reader found: people (or, for a backup, whole records) and skipped rows."""

    people: list[RawPerson] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    backup: BackupContent | None = None


@dataclass
class BackupContent:
    """The records of a netprep JSON backup, checked and typed."""

    profile: Profile | None = None
    tables: dict[str, list[Record]] = field(default_factory=dict)  # contacts, notes, ...
    agenda: dict[str, Any] | None = None


@dataclass
class NewContact:
    row: int
    contact: Contact
    problems: list[str] = field(default_factory=list)


@dataclass
class ProposedMerge:
    """An existing contact and what it becomes with the file's details added."""

    row: int
    existing: Contact
    merged: Contact
    matched_on: str  # "email", "profile URL", "name and company", "same id"
    changes: list[str] = field(default_factory=list)  # "emails: + ann@example.org"
    problems: list[str] = field(default_factory=list)
    accepted: bool = True  # the preview may untick it: the row is then left out


@dataclass
class ImportPreview:
    source: str
    format: FileFormat
    new: list[NewContact] = field(default_factory=list)
    merges: list[ProposedMerge] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    # a backup's other records (notes, meetings, ...) that are new or newer than ours
    records: dict[str, list[Record]] = field(default_factory=dict)
    profile: Profile | None = None
    agenda: dict[str, Any] | None = None

    @property
    def row_problems(self) -> list[tuple[int, str]]:
        """(row, what was left out of it) for every new or merged row."""
        found = [(n.row, p) for n in self.new for p in n.problems]
        return found + [(m.row, p) for m in self.merges for p in m.problems]

    @property
    def problems(self) -> list[str]:
        return [f"row {row}: {problem}" for row, problem in self.row_problems]

    @property
    def accepted_merges(self) -> list[ProposedMerge]:
        return [m for m in self.merges if m.accepted]

    @property
    def is_empty(self) -> bool:
        others = any(self.records.values()) or self.profile is not None
        return not (self.new or self.accepted_merges or others)

    def summary_lines(self, limit: int | None = 50) -> list[str]:
        """The preview as the CLI prints it (the GUI shows the same in tables): counts, then
        each merge, skipped row and problem, at most ``limit`` of each (None: all)."""
        lines = [
            f"{self.format.label}: {self.source}",
            f"  {counted(len(self.new), 'new contact', 'new contacts')}",
            f"  {len(self.accepted_merges)} merged into existing contacts",
            f"  {len(self.skipped)} skipped",
        ]
        for kind, records in sorted(self.records.items()):
            if records:
                lines.append(f"  {len(records)} {kind} restored")
        merges = [
            f"  merge row {m.row} into {m.existing.name} (same {m.matched_on}): "
            + ("; ".join(m.changes) or "nothing new")
            for m in self.accepted_merges
        ]
        lines += _first(merges, limit, "merges")
        lines += _first([f"  skipped {s}" for s in self.skipped], limit, "skipped rows")
        lines += _first([f"  problem on {p}" for p in self.problems], limit, "problems")
        return lines


def _first(lines: list[str], limit: int | None, what: str) -> list[str]:
    if limit is None or len(lines) <= limit:
        return lines
    return [*lines[:limit], f"  … and {len(lines) - limit} more {what} (--all lists every one)"]


@dataclass
class ImportResult:
    added: int = 0
    merged: int = 0
    skipped: int = 0
    restored: int = 0

    def __str__(self) -> str:
        added = counted(self.added, "new contact", "new contacts")
        text = f"Imported {added}, merged {self.merged}, skipped {self.skipped}"
        if self.restored:
            text += f", restored {counted(self.restored, 'other record', 'other records')}"
        return text + "."
