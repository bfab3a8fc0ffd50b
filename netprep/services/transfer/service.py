"""Import and export: read a file, preview it, write it as one change, undo it.

The GUI and the CLI call :class:`TransferService`; it reads files, never the other
way round. Every import is previewed first (:meth:`preview`), written only by
:meth:`apply` and undone by :meth:`undo`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from netprep.domain.agenda import agenda_from_dict, agenda_to_dict
from netprep.domain.clock import Clock
from netprep.domain.message import Message
from netprep.domain.records import Contact, Record
from netprep.services.agendas import AgendaService
from netprep.services.errors import UserError
from netprep.services.transfer.contact_merge import ContactMergeService
from netprep.services.transfer.exporters import DELETED_REFERRER, contacts_csv, contacts_vcard
from netprep.services.transfer.model import FileFormat, ImportPreview, ImportResult, ReadResult
from netprep.services.transfer.plan import Progress, plan_backup, plan_people
from netprep.services.transfer.readers.backup_json import RECORD_TYPES, backup_bytes, read_backup
from netprep.services.transfer.readers.detect import detect_format
from netprep.services.transfer.readers.encoding import ImportFileError, decode
from netprep.services.transfer.readers.google import read_google
from netprep.services.transfer.readers.linkedin import read_linkedin
from netprep.services.transfer.readers.netprep_csv import read_netprep_csv
from netprep.services.transfer.readers.sync_copies import (
    ConflictCopy,
    conflict_table,
    find_conflict_copies,
    read_conflict_copy,
)
from netprep.services.transfer.readers.vcard import read_vcards
from netprep.services.transfer.writes import Change, UndoHistory, apply_change, repository
from netprep.store.atomic_file import atomic_write_bytes
from netprep.store.store import Store
from netprep.store.table_file import paused_gc

EXPORT_FORMATS = ("json", "csv", "vcard")
EXPORT_SUFFIX = {"json": ".json", "csv": ".csv", "vcard": ".vcf"}
_READERS: dict[FileFormat, Callable[[str, str], ReadResult]] = {
    FileFormat.LINKEDIN: read_linkedin,
    FileFormat.GOOGLE: read_google,
    FileFormat.CSV: read_netprep_csv,
    FileFormat.VCARD: read_vcards,
    FileFormat.JSON: read_backup,
}


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was written.")


class TransferService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        agendas: AgendaService,
        history: UndoHistory,
        *,
        phone_region: str | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._agendas = agendas
        self.history = history
        self._region = phone_region
        self.merging = ContactMergeService(store, history)

    # -- import ----------------------------------------------------------------------------

    def read_text(self, path: Path) -> str:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise ImportFileError("There is no file {path}.", path=path) from None
        except IsADirectoryError:
            raise ImportFileError("{path} is a folder, not a file.", path=path) from None
        except OSError as exc:
            raise ImportFileError(
                "Cannot read {path}: {reason}.", path=path, reason=exc.strerror or exc
            ) from None
        return decode(data, path.name)

    def preview(
        self,
        path: Path,
        fmt: FileFormat | str | None = None,
        *,
        progress: Progress | None = None,
        contacts: list[Contact] | None = None,
    ) -> ImportPreview:
        """What importing ``path`` would do. Writes nothing.

        ``contacts`` is a snapshot of the store's contacts (the GUI takes it on its own
        thread and previews on a worker); by default the store's own list is used.
        """
        with paused_gc():  # 30,000 rows make 100,000s of objects: no collections meanwhile
            return self._preview(path, fmt, progress, contacts)

    def _preview(
        self,
        path: Path,
        fmt: FileFormat | str | None,
        progress: Progress | None,
        contacts: list[Contact] | None,
    ) -> ImportPreview:
        copy_of = conflict_table(path.name)
        if copy_of is not None and not fmt:
            read = read_conflict_copy(path, copy_of[0])  # a sync tool's copy: table or journal
            chosen = FileFormat.JSON
        else:
            text = self.read_text(path)
            chosen = FileFormat(fmt) if fmt else detect_format(path, text)
            read = _READERS[chosen](text, path.name)
        if chosen is FileFormat.JSON:
            current = {t: {r.id: r for r in repository(self._store, t).all()} for t in RECORD_TYPES}
            return plan_backup(read, current, self._store.profile.get(), path.name)
        existing = self._store.contacts.all() if contacts is None else contacts
        return plan_people(
            read, existing, chosen, path.name, region=self._region, progress=progress
        )

    def apply(self, preview: ImportPreview) -> ImportResult:
        """Write the confirmed preview as one change (undo with :meth:`undo`)."""
        change = Change()
        change.put("contacts", [n.contact for n in preview.new])
        change.put("contacts", [m.merged for m in preview.accepted_merges])
        restored = 0
        for table, records in preview.records.items():
            change.put(table, list(records))
            restored += len(records)
        change.profile = preview.profile
        if preview.agenda is not None and not self._agendas.is_customised:
            self._agendas.save_default(agenda_from_dict(preview.agenda))  # a settings file
        if not change.is_empty:
            self._store.take_labelled_backup("before-import")  # a risky operation
            undo = apply_change(self._store, change)
            self.history.push(Message("import of {source}", source=preview.source), undo)
        return ImportResult(
            added=len(preview.new),
            merged=len(preview.accepted_merges),
            skipped=len(preview.skipped) + len(preview.merges) - len(preview.accepted_merges),
            restored=restored,
        )

    def import_file(self, path: Path, fmt: FileFormat | str | None = None) -> ImportResult:
        return self.apply(self.preview(path, fmt))

    def conflict_copies(self) -> list[ConflictCopy]:
        """Sync-tool conflict copies in the data folder (see sync_copies.py)."""
        return find_conflict_copies(self._store.db.folder)

    # -- undo ------------------------------------------------------------------------------

    @property
    def undo_label(self) -> str:
        return self.history.last_label

    def undo(self) -> str:
        """Take back the last import or merge; returns what was undone ("" if nothing)."""
        step = self.history.pop()
        if step is None:
            return ""
        apply_change(self._store, step.change)
        return step.label

    # -- export ----------------------------------------------------------------------------

    def export_bytes(self, fmt: str) -> bytes:
        contacts = sorted(self._store.contacts.all(), key=lambda c: c.name.casefold())
        if fmt == "json":
            tables: dict[str, list[Record]] = {
                t: list(repository(self._store, t).all()) for t in RECORD_TYPES
            }
            profile = self._store.profile.get()
            customised = self._agendas.is_customised
            agenda = agenda_to_dict(self._agendas.default()) if customised else None
            has_profile = profile.created_at is not None
            return backup_bytes(profile if has_profile else None, tables, agenda, self._clock.now())
        if fmt == "csv":
            names = {c.id: c.name for c in contacts}
            return contacts_csv(contacts, lambda i: names.get(i, DELETED_REFERRER))
        if fmt == "vcard":
            return contacts_vcard(contacts)
        choices = ", ".join(EXPORT_FORMATS)
        raise UserError(
            "Unknown export format “{format}”: choose one of {choices}.",
            format=fmt,
            choices=choices,
        )

    def export(self, fmt: str, path: Path) -> int:
        """Write the export to ``path`` atomically; returns the number of bytes."""
        data = self.export_bytes(fmt)
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            raise UserError(
                "Cannot write {path}: {reason}.", path=path, reason=exc.strerror or exc
            ) from None
        return len(data)
