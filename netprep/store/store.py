"""The store: every repository over one open Database."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from netprep.domain.clock import Clock
from netprep.domain.followups import FollowUp
from netprep.domain.meeting import Meeting
from netprep.domain.records import Contact, Interaction, Note, Profile
from netprep.domain.referrals import Referral
from netprep.store.backups import BACKUP_DIR, PendingBackup
from netprep.store.database import SETTINGS_FILES, TABLES, Database
from netprep.store.errors import SaveError, is_disk_full
from netprep.store.lock import FileWatch
from netprep.store.opening.freed_memory import return_freed_memory
from netprep.store.quarantine import Problem
from netprep.store.repository import Repository
from netprep.store.table_file import TRANSACTION_JOURNAL, journal_path, paused_gc


class ProfileRepository:
    """The user's own record: there is exactly one."""

    def __init__(self, repo: Repository[Profile]) -> None:
        self._repo = repo
        self.repo = repo

    def get(self) -> Profile:
        existing = self._repo.all()
        return self._repo.get(existing[0].id) or Profile() if existing else Profile()

    def save(self, profile: Profile) -> Profile:
        existing = self._repo.all()
        if existing and existing[0].id != profile.id:
            profile.id = existing[0].id
        return self._repo.save(profile)


class Store:
    """Every repository, read from ``db``; then the day's backup is frozen (copied later,
    off the thread that saves: see the backups section below).

    Takes ownership of ``db`` (closed if building the store fails). A document that makes
    no record is set aside (see quarantine.py) and listed in :attr:`problems`; the rest
    loads. A full disk found while freezing the day's backup leaves the store read-only.
    From then on every write first checks that no other program changed the data files
    (:attr:`watch`, lock.py).
    """

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self._backup_lock = threading.Lock()  # names chosen and renamed one at a time
        self._pending: PendingBackup | None = None
        self._copying: list[threading.Thread] = []  # labelled backups being copied
        self.backup_failures: list[str] = []  # ...that could not be completed (said once)
        try:
            with paused_gc():
                self._load(db, clock)
            return_freed_memory()  # what the open let go (opening/freed_memory.py)
            self._set_aside_unreadable()
            self.watch = self._watch_files(db)
            if db.folder is not None and not db.read_only:
                db.backups().clear_partials()
            self._begin_daily_at_start()
        except BaseException:
            db.close()
            raise

    def _load(self, db: Database, clock: Clock) -> None:
        txn = db.transactions
        self.profile = ProfileRepository(Repository(db.table("profile"), Profile, clock, txn))
        self.contacts: Repository[Contact] = Repository(db.table("contacts"), Contact, clock, txn)
        self.notes: Repository[Note] = Repository(db.table("notes"), Note, clock, txn)
        self.meetings: Repository[Meeting] = Repository(db.table("meetings"), Meeting, clock, txn)
        self.interactions: Repository[Interaction] = Repository(
            db.table("interactions"), Interaction, clock, txn
        )
        self.referrals: Repository[Referral] = Repository(
            db.table("referrals"), Referral, clock, txn
        )
        self.followups: Repository[FollowUp] = Repository(
            db.table("followups"), FollowUp, clock, txn
        )

    @staticmethod
    def _watch_files(db: Database) -> FileWatch:
        """From now on, a write first checks that no other program changed the files."""
        watch = FileWatch()
        if db.folder is None:
            return watch
        for name in TABLES:
            storage = db.storage(name)
            storage.watch = watch
            if storage.path is not None:
                watch.remember(storage.path, journal_path(storage.path))
        db.transactions.watch = watch
        watch.remember(db.folder / TRANSACTION_JOURNAL)
        return watch

    def changed_on_disk(self) -> list[Path]:
        """Data files another program (a sync tool) changed since this store read them."""
        return self.watch.changed()

    def _set_aside_unreadable(self) -> None:
        repos: dict[str, Repository[Any]] = {
            "profile": self.profile.repo,
            "contacts": self.contacts,
            "notes": self.notes,
            "meetings": self.meetings,
            "interactions": self.interactions,
            "referrals": self.referrals,
            "followups": self.followups,
        }
        for name, repo in repos.items():
            if repo.unreadable:
                self.db.set_aside_records(name, repo.unreadable)

    # -- backups ---------------------------------------------------------------------------
    #
    # Today's backup is frozen when the folder opens (hard links: instant, see backups.py)
    # and copied by finish_backup(), which the app runs on a worker thread; close() finishes
    # it if nobody did (the CLI). A backup of the folder as it was at that start.

    def _begin_daily_at_start(self) -> None:
        try:
            self.begin_daily_backup()
        except SaveError as exc:
            if not is_disk_full(exc):
                raise
            self.db.make_read_only(str(exc))

    def begin_daily_backup(self) -> PendingBackup | None:
        """Freeze today's backup if it is due (on the thread that saves: it is instant);
        None when none is due (taken already, one on its way, nothing to back up)."""
        db = self.db
        if db.folder is None or db.read_only:
            return None
        if self._pending is not None:
            return self._pending
        settings = any((db.folder / name).exists() for name in SETTINGS_FILES)
        counts = self.counts()
        if not any(counts.values()) and not settings:
            return None  # nothing yet: a backup of it could only ever restore nothing
        with self._backup_lock:
            try:
                self._pending = db.backups().begin_daily(db.clock.now(), counts)
            except OSError as exc:
                raise SaveError(db.folder / BACKUP_DIR, exc) from exc
        return self._pending

    def finish_backup(self, pending: PendingBackup) -> Path:
        """Copy a frozen backup into place: safe on any thread, beside saves (it reads only
        what was frozen). The backup lock is held for the rename into place, not the copy:
        a backup begun meanwhile (before an import) never waits for it. Raises SaveError."""
        pending.placing = self._backup_lock
        try:
            return pending.finish()
        except OSError as exc:
            pending.abandon()
            raise SaveError(pending.target, exc) from exc
        finally:
            if self._pending is pending:
                self._pending = None

    def take_daily_backup(self) -> Path | None:
        """Today's backup if there is none yet, taken now on this thread; on a full disk
        the store turns read-only instead."""
        try:
            pending = self.begin_daily_backup()
            return self.finish_backup(pending) if pending is not None else None
        except SaveError as exc:
            if not is_disk_full(exc):
                raise
            self.db.make_read_only(str(exc))
            return None

    def take_labelled_backup(self, label: str) -> Path | None:
        """A backup before a risky operation ("before-import", "before-merge", "manual"):
        frozen now (instant; what the operation then writes never reaches it) and copied
        on a thread of its own, so the operation goes ahead at once. Where the backup will
        be; :meth:`settle_backups` waits for it."""
        db = self.db
        if db.folder is None or db.read_only:
            return None
        with self._backup_lock:  # a name no other backup has, nor one still being copied
            try:  # a half-made one left by a failure is cleared at the next start
                pending = db.backups().begin_labelled(db.clock.now(), label, self.counts())
            except OSError as exc:
                raise SaveError(db.folder / BACKUP_DIR, exc) from exc
        copier = threading.Thread(target=self._copy, args=(pending,), name=f"backup {label}")
        self._copying.append(copier)
        copier.start()
        return pending.target

    def _copy(self, pending: PendingBackup) -> None:
        try:
            self.finish_backup(pending)
        except SaveError as exc:
            self.backup_failures.append(str(exc))

    def settle_backups(self) -> None:
        """Wait until every backup on its way is in place (before listing or restoring)."""
        while self._copying:
            self._copying.pop().join()

    @contextmanager
    def backups_held(self) -> Iterator[None]:
        """No backup is begun or renamed into place meanwhile (names never clash; a
        restore replaces the files). One being copied goes on: it reads only its frozen
        links, which a restore's new files never touch."""
        with self._backup_lock:
            yield

    def counts(self) -> dict[str, int]:
        """How many records each table holds."""
        return {
            "profile": len(self.profile.repo),
            "contacts": len(self.contacts),
            "notes": len(self.notes),
            "meetings": len(self.meetings),
            "interactions": len(self.interactions),
            "referrals": len(self.referrals),
            "followups": len(self.followups),
        }

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Saves made inside are saved as one (see transaction.py): after a crash, all of
        them are there or none is."""
        with self.db.transaction():
            yield

    @property
    def problems(self) -> list[Problem]:
        """Damage found when the folder was opened (each damaged piece was set aside)."""
        return self.db.problems

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    @property
    def read_only_reason(self) -> str:
        return self.db.read_only_reason

    def close(self) -> None:
        """Finish today's backup if it is still on its way (the CLI), then close."""
        try:
            self.settle_backups()
            if self._pending is not None:
                self.finish_backup(self._pending)
        except SaveError:
            pass  # the data itself is saved; the next start takes the day's backup
        finally:
            self.db.close()
