"""Sort what a file holds into new contacts, proposed merges and skipped rows.

Nothing here writes: the preview is computed against a snapshot of the contacts, and
the user confirms it before :mod:`netprep.services.transfer.service` writes it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import datetime

from netprep.domain.meeting import Meeting
from netprep.domain.message import Message
from netprep.domain.records import Contact, Profile, Record
from netprep.domain.validation import validate_contact
from netprep.services.transfer.matching import ContactIndex
from netprep.services.transfer.merging import fill_in
from netprep.services.transfer.model import (
    BackupContent,
    FileFormat,
    ImportPreview,
    NewContact,
    ProposedMerge,
    ReadResult,
    Skipped,
)
from netprep.services.transfer.normalise import to_incoming
from netprep.store.mapping import to_document

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 500


def plan_people(
    read: ReadResult,
    existing: Iterable[Contact],
    fmt: FileFormat,
    source: str,
    *,
    region: str | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    index = ContactIndex()
    by_id: dict[str, Contact] = {}
    for contact in existing:
        index.add(("old", contact.id), contact)
        by_id[contact.id] = contact
    preview = ImportPreview(source, fmt, skipped=list(read.skipped))
    merges: dict[str, ProposedMerge] = {}
    referred: list[tuple[NewContact | ProposedMerge, str]] = []  # a row and its referrer's name
    total = len(read.people)
    for number, person in enumerate(read.people):
        if progress and number % PROGRESS_EVERY == 0:
            progress(number, total)
        made = to_incoming(person, region)
        if isinstance(made, str):
            preview.skipped.append(Skipped(person.row, made))
            continue
        found = index.find(made.contact, made.profile_url)
        if found is None:
            preview.new.append(NewContact(made.row, made.contact, made.problems))
            index.add(("new", str(len(preview.new) - 1)), made.contact, made.profile_url)
            if made.referred_by:
                referred.append((preview.new[-1], made.referred_by))
            continue
        (kind, key), how = found
        if kind == "new":
            earlier = preview.new[int(key)]
            earlier.contact, _ = fill_in(earlier.contact, made.contact)
            earlier.problems += made.problems
            if made.referred_by:
                referred.append((earlier, made.referred_by))
            preview.skipped.append(
                Skipped(
                    made.row,
                    Message(
                        "the same person as row {row} (same {how}): joined",
                        row=earlier.row,
                        how=how,
                    ),
                )
            )
            continue
        merge = merges.get(key)
        base = merge.merged if merge else by_id[key]
        merged, changes = fill_in(base, made.contact)
        if not changes:
            preview.skipped.append(
                Skipped(
                    made.row,
                    Message(
                        "already in netprep as {name} (same {how}), nothing new",
                        name=base.name,
                        how=how,
                    ),
                )
            )
            continue
        if merge is None:
            merge = merges[key] = ProposedMerge(made.row, by_id[key], merged, how)
            preview.merges.append(merge)
        merge.merged = merged
        merge.changes += changes
        merge.problems += made.problems
        index.add(("old", key), merged, made.profile_url)
        if made.referred_by:
            referred.append((merge, made.referred_by))
    if progress:
        progress(total, total)
    if referred:
        _link_referrers(referred, [*by_id.values(), *(n.contact for n in preview.new)])
    preview.skipped.sort(key=lambda s: s.row)
    return preview


def _link_referrers(
    referred: list[tuple[NewContact | ProposedMerge, str]], contacts: list[Contact]
) -> None:
    """Link each row's referrer, named in the file (netprep's own CSV), to the one contact
    of that name, the file's or one already here; a name nobody or several have is a problem
    on that row, and the contact keeps no referrer."""
    by_name: dict[str, set[str]] = {}
    for contact in contacts:
        by_name.setdefault(_name_key(contact.name), set()).add(contact.id)
    for row, name in referred:
        ids = by_name.get(_name_key(name), set())
        if len(ids) != 1:
            row.problems.append(
                Message("referred by “{name}”: no contact has that name; not linked", name=name)
                if not ids
                else Message(
                    "referred by “{name}”: more than one contact has that name; not linked",
                    name=name,
                )
            )
            continue
        (referrer,) = ids
        if isinstance(row, NewContact):
            if referrer != row.contact.id and row.contact.referred_by is None:
                row.contact.referred_by = referrer
        elif referrer != row.existing.id and row.merged.referred_by is None:
            row.merged.referred_by = referrer
            row.changes.append(f"referred by: {name}")


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def plan_backup(
    read: ReadResult,
    current: Mapping[str, Mapping[str, Record]],
    profile: Profile,
    source: str,
) -> ImportPreview:
    """A restore: records the store lacks come in; one it has is replaced only when the
    backup's copy is newer (a conflict copy from another machine, say)."""
    content = read.backup or BackupContent()
    preview = ImportPreview(source, FileFormat.JSON, skipped=list(read.skipped))
    present_contacts = set(current.get("contacts", {}))
    incoming_contacts = {c.id for c in content.tables.get("contacts", [])}
    known_contacts = present_contacts | incoming_contacts
    for table, records in content.tables.items():
        mine = current.get(table, {})
        unchanged = older = orphans = 0
        for row, record in enumerate(records, start=1):
            owner = getattr(record, "contact_id", None)
            if table != "contacts" and owner and owner not in known_contacts:
                orphans += 1
                continue
            ours = mine.get(record.id)
            record = _keeping_our_typing(record, ours)
            if ours is not None and _same(ours, record):
                unchanged += 1
            elif ours is not None and not _newer(record, ours):
                older += 1
            elif table == "contacts" and (bad := _invalid(record)):
                why = Message("contact {id}: {problems}", id=record.id, problems=bad)
                preview.skipped.append(Skipped(row, why))
            elif table == "contacts":
                assert isinstance(record, Contact)
                if isinstance(ours, Contact):
                    changes = _differences(ours, record)
                    preview.merges.append(ProposedMerge(row, ours, record, "id", changes))
                else:
                    preview.new.append(NewContact(row, record))
            else:
                preview.records.setdefault(table, []).append(record)
        for count, why in (
            (unchanged, Message("already here, identical")),
            (older, Message("already here, and the copy here is newer")),
            (orphans, Message("belong to a contact that is in neither the backup nor netprep")),
        ):
            if count:
                said = Message("{count} {table}: {why}", count=count, table=table, why=why)
                preview.skipped.append(Skipped(0, said))
    backup_profile = content.profile
    if backup_profile is not None:  # the drafts typed here stay (a backup carries none)
        backup_profile = replace(backup_profile, drafts=profile.drafts)
    if (
        backup_profile is not None
        and not _same(backup_profile, profile)
        and (profile.created_at is None or _newer(backup_profile, profile))
    ):
        preview.profile = backup_profile
    preview.agenda = content.agenda
    return preview


_STAMPS = ("created_at", "updated_at")


def _keeping_our_typing(record: Record, ours: Record | None) -> Record:
    """A meeting from a backup keeps the outcome answers typed here, not yet recorded."""
    if isinstance(record, Meeting) and isinstance(ours, Meeting) and ours.outcome_answers:
        return replace(record, outcome_answers=ours.outcome_answers)
    return record


def _invalid(record: Record) -> str:
    """Why a backup's contact could not have been saved in netprep ("" when it could)."""
    if not isinstance(record, Contact):
        return ""
    problems = validate_contact(record)
    problems.pop("referred_by", None)  # a link to a contact deleted before the backup
    return Message.joined(problems.values(), "; ") if problems else ""


def _same(a: Record, b: Record) -> bool:
    doc_a, doc_b = to_document(a), to_document(b)
    return all(doc_a[k] == doc_b[k] for k in doc_a if k not in _STAMPS)


def _newer(theirs: Record, ours: Record) -> bool:
    if ours.updated_at is None:
        return True
    return theirs.updated_at is not None and _aware(theirs.updated_at) > _aware(ours.updated_at)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.astimezone()


def _differences(ours: Contact, theirs: Contact) -> list[str]:
    doc_a, doc_b = to_document(ours), to_document(theirs)
    return [
        f"{k.replace('_', ' ')} as in the backup"
        for k in doc_a
        if k not in _STAMPS and doc_a[k] != doc_b[k]
    ]
