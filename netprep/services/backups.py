"""Taking care of the data: back up now, daily while the app runs, restore, check.

Restore never picks a backup silently: :meth:`BackupService.choices` lists every backup
with what it holds and what restoring it would lose against the data open now, and
:meth:`BackupService.restore` refuses a backup holding less unless the caller says the
loss is accepted. What restore replaces is itself backed up first (``…-before-restore``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from netprep.domain.clock import Clock
from netprep.domain.message import Message, RecordCount
from netprep.services.errors import UserError
from netprep.services.transfer.readers.sync_copies import ConflictCopy, find_conflict_copies
from netprep.store.backups import BACKUP_DIR, BackupInfo, Backups
from netprep.store.database import TABLES, data_files, restore_backup
from netprep.store.errors import CorruptFileError
from netprep.store.quarantine import kept
from netprep.store.store import Store

#: What a user counts, in the order shown.
SHOWN = ("contacts", "notes", "meetings")
_ALL = (*SHOWN, "interactions", "referrals", "followups")


@dataclass(frozen=True)
class BackupChoice:
    name: str
    taken: datetime | None
    label: str
    counts: dict[str, int]
    would_lose: dict[str, int]  # records the current data has beyond the backup, per table

    def holds(self) -> str:
        """'12 contacts, 30 notes, 4 meetings'."""
        if not self.counts:
            return "contents unknown (it could not be read)"
        return ", ".join(str(RecordCount(t, self.counts.get(t, 0))) for t in SHOWN)

    def lost(self) -> Message:
        """What restoring it would lose: '3 contacts, 1 note' ('' when nothing). Said after
        "would lose" or "holds less than now": the counts alone, never "fewer than now"
        (a Message of counts, so the GUI says each in the user's language)."""
        counts = {f"n{i}": RecordCount(t, n) for i, (t, n) in enumerate(self.would_lose.items())}
        return Message(", ".join(f"{{{key}}}" for key in counts), **counts)

    def loss(self) -> str:
        """'' when nothing would be lost, else '3 contacts, 1 note fewer than now'."""
        return f"{self.lost()} fewer than now" if self.would_lose else ""

    def when(self) -> str:
        if self.taken is None:
            return self.name
        return self.taken.strftime("%d %b %Y %H:%M").lstrip("0")


@dataclass(frozen=True)
class BackupMade:
    """A backup just taken: where it is, what it holds and how big it is on disk."""

    path: Path
    choice: BackupChoice
    size: int  # bytes

    def size_text(self) -> str:
        """'3.2 MB', '48 KB'."""
        if self.size >= 1_000_000:
            return f"{self.size / 1_000_000:.1f} MB"
        return f"{max(1, round(self.size / 1000))} KB"


def _folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.iterdir() if f.is_file())


@dataclass
class CheckReport:
    """What ``netprep check`` found: each line is one problem; none means all is well."""

    problems: list[str] = field(default_factory=list)
    set_aside: int = 0  # records kept in the quarantine (from this or earlier opens)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def _conflict_copy(copy: ConflictCopy) -> str:
    what = f"your {copy.table}{' changes' if copy.journal else ''}"
    if not copy.can_merge:
        return f"{copy.path.name} is a sync tool's conflict copy of {what} (not merged)."
    return (
        f"{copy.path.name} is a sync tool's conflict copy of {what}: see what it holds and "
        f'merge it with `netprep import "{copy.path}"` (or File → Import). It is never deleted.'
    )


def backup_offered(error: UserError) -> Path | None:
    """The newest good backup an error about an unreadable data file points to, if any."""
    return error.backup if isinstance(error, CorruptFileError) else None


def backup_holds(folder: Path, backup: Path) -> str:
    """'12 contacts, 30 notes, 4 meetings' (what a backup holds, before the folder opens)."""
    info = Backups(folder, data_files(), TABLES).info(backup)
    choice = BackupChoice(info.name, info.taken, info.label, info.counts, {})
    return choice.holds()


def repair_from_backup(folder: Path, backup: Path, now: datetime) -> list[Path]:
    """Before the folder can open: put the backup's copy in place of each unreadable file
    (each bad file is kept beside it, renamed ``….corrupt-<time>``); returns those kept."""
    try:
        return restore_backup(folder, backup, now)
    except OSError as exc:
        raise UserError(
            "Could not restore from {backup}: {reason}.", backup=backup, reason=exc
        ) from exc


class BackupService:
    def __init__(self, store: Store, clock: Clock, folder: Path | None) -> None:
        self._store = store
        self._clock = clock
        self._folder = folder

    def folder(self) -> Path | None:
        """Where the backups are kept (None for data held only in memory)."""
        return self._folder / BACKUP_DIR if self._folder is not None else None

    def damage_found(self) -> list[str]:
        """What was found damaged (and set aside) when the data was opened, in words."""
        return [p.message() for p in self._store.problems]

    def read_only_reason(self) -> str:
        """Why the data is read-only ('' when it is not, or when it was asked for)."""
        if not self._store.read_only:
            return ""
        return self._store.read_only_reason or Message("The data is open read-only.")

    def changed_on_disk(self) -> str:
        """ "" or what to tell the user: data files another program (a sync tool, netprep on
        another computer) changed since they were read. Saves are refused until a reload."""
        changed = self._store.changed_on_disk()
        if not changed:
            return ""
        names = ", ".join(p.name for p in changed)
        return (
            f"Your data was changed on disk by another program ({names}): a sync tool or "
            "netprep on another computer. netprep will not save over it - reload to see it."
        )

    def back_up_now(self) -> BackupChoice:
        self._check_on_disk()
        if self._store.read_only:
            raise UserError("The data folder is open read-only: no backup can be written.")
        path = self._store.take_labelled_backup("manual")
        if path is None:
            raise UserError("Nothing to back up yet.")
        self._store.settle_backups()  # asked for: wait until it is in place
        self._raise_failures()
        return self._choice(self._store.db.backups().info(path))

    def back_up_in_background(self) -> Callable[[], BackupMade]:
        """File → Back up now, in two steps: the data is frozen here, at once (call it on
        the thread that saves), and the slow part - copying - is returned, to be run on a
        worker thread. The copy is made under a hidden temporary name and renamed into place
        only when complete: a failed copy is never listed as a backup. Raises UserError (in
        either step) with what to tell the user (disk full, no permission)."""
        self._check_on_disk()
        store = self._store
        if store.read_only:
            raise UserError("The data folder is open read-only: no backup can be written.")
        now, counts = self._clock.now(), store.counts()
        with store.backups_held():  # a name no other backup has, nor one being copied
            try:
                pending = store.db.backups().begin_labelled(now, "manual", counts)
            except OSError as exc:
                raise UserError(
                    "Could not start a backup in {folder}: {reason}.",
                    folder=self.folder(),
                    reason=exc,
                ) from exc

        def copy() -> BackupMade:
            path = store.finish_backup(pending)  # SaveError (a UserError) when it fails
            choice = BackupChoice(path.name, now, "manual", counts, {})
            return BackupMade(path, choice, _folder_size(path))

        return copy

    def daily_if_due(self) -> Path | None:
        """Today's backup, if none is taken yet (the app calls this every hour)."""
        if self._folder is None or self._store.read_only:
            return None
        return self._store.take_daily_backup()

    def daily_in_background(self) -> Callable[[], str] | None:
        """Freeze today's backup if one is due (instant: call it where saves happen) and
        return the slow part, the copying, to run on a worker thread: it returns "" or why
        it failed. None when no backup is due."""
        if self._folder is None or self._store.read_only:
            return None
        try:
            pending = self._store.begin_daily_backup()
        except UserError as error:
            problem = str(error)
            return lambda: problem
        if pending is None:
            return None
        store = self._store

        def finish() -> str:
            try:
                store.finish_backup(pending)
            except UserError as error:
                return str(error)
            return ""

        return finish

    def before(self, operation: str) -> Path | None:
        """A backup before a risky operation ("import", "merge")."""
        if self._folder is None or self._store.read_only:
            return None
        return self._store.take_labelled_backup(f"before-{operation}")

    def choices(self) -> list[BackupChoice]:
        """Every backup, newest first, with what it holds and what restoring it would lose."""
        if self._folder is None:
            return []
        self._store.settle_backups()  # one taken before an import or a merge is in place
        backups = self._store.db.backups()
        return [self._choice(backups.info(path)) for path in backups.all()]

    def failures(self) -> list[str]:
        """Backups taken before an operation that could not be completed (told once)."""
        failed, self._store.backup_failures[:] = list(self._store.backup_failures), []
        return failed

    def restore(self, name: str, *, accept_loss: bool = False) -> Path:
        """Put backup ``name`` in place of the data; returns the backup of what it replaced.

        The store must be reopened afterwards (the app restarts; the CLI exits).
        """
        self._check_on_disk()
        if self._store.read_only:
            raise UserError("The data folder is open read-only: nothing can be restored.")
        chosen = next((c for c in self.choices() if c.name == name), None)
        if chosen is None:
            raise UserError(
                "There is no backup named “{name}”. Run `netprep restore` to list.", name=name
            )
        if not chosen.counts:
            raise UserError("The backup {name} cannot be read; choose another one.", name=name)
        if chosen.would_lose and not accept_loss:
            raise UserError(
                "The backup {name} holds less than your data now ({loss}). "
                "Restoring it would lose those; confirm to restore it anyway.",
                name=name,
                loss=chosen.lost(),
            )
        backups = self._store.db.backups()
        try:
            with self._store.backups_held():  # none begun or renamed meanwhile (a copy on
                # its way reads only its frozen links, which new files never change)
                replaced = backups.restore(
                    backups.root / name, self._clock.now(), self._store.counts()
                )
        except OSError as exc:
            raise UserError(
                "Could not restore {name}: {reason}. Your data was backed up first.",
                name=name,
                reason=exc,
            ) from exc
        # What is in memory is not what is on disk now: nothing more is saved until the
        # data is reopened, and the restore is not taken for another program's change.
        self._store.watch.refresh()
        self._store.db.make_read_only("Your data was restored from a backup: reopen it first.")
        return replaced

    def check(self) -> CheckReport:
        """Checksums (as read at open), references between records, orphans, set-aside records."""
        store = self._store
        report = CheckReport(counts=store.counts())
        report.problems += [p.message() for p in store.problems]
        contacts = {c.id for c in store.contacts.all()}
        meetings = {m.id for m in store.meetings.all()}
        referrals = {r.id for r in store.referrals.all()}
        for note in store.notes.all():
            if note.contact_id not in contacts:
                report.problems.append(f"Note {note.id} belongs to no contact (an orphan note).")
        for interaction in store.interactions.all():
            if interaction.contact_id not in contacts:
                report.problems.append(f"Interaction {interaction.id} belongs to no contact.")
        for meeting in store.meetings.all():
            if meeting.contact_id not in contacts:
                report.problems.append(f"Meeting {meeting.id} is with a contact that is gone.")
        for referral in store.referrals.all():
            if referral.meeting_id and referral.meeting_id not in meetings:
                report.problems.append(f"Referral {referral.id} comes from a missing meeting.")
            if referral.contact_id and referral.contact_id not in contacts:
                report.problems.append(f"Referral {referral.id} links to a missing contact.")
        for followup in store.followups.all():
            if followup.referral_id and followup.referral_id not in referrals:
                report.problems.append(f"Follow-up {followup.id} is for a missing referral.")
        if self._folder is not None:
            report.set_aside = len(kept(self._folder))
        report.problems += [_conflict_copy(copy) for copy in find_conflict_copies(self._folder)]
        return report

    # -- internals -------------------------------------------------------------------------

    def _choice(self, info: BackupInfo) -> BackupChoice:
        now = self._store.counts()
        lose = {t: now[t] - info.counts.get(t, 0) for t in _ALL if t in now}
        return BackupChoice(
            name=info.name,
            taken=info.taken,
            label=info.label,
            counts=info.counts,
            would_lose={t: n for t, n in lose.items() if n > 0} if info.counts else {},
        )

    def _raise_failures(self) -> None:
        failed = self.failures()
        if failed:
            raise UserError(failed[-1])

    def _check_on_disk(self) -> None:
        if self._folder is None:
            raise UserError("This data is kept in memory only: there is nothing to back up.")
