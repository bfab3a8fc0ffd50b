"""The store: every repository over one open Database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from netprep.domain.clock import Clock
from netprep.domain.followups import FollowUp
from netprep.domain.meeting import Meeting
from netprep.domain.records import Contact, Interaction, Note, Profile
from netprep.domain.referrals import Referral
from netprep.store.database import Database
from netprep.store.errors import SaveError, is_disk_full
from netprep.store.quarantine import Problem
from netprep.store.repository import Repository
from netprep.store.table_file import paused_gc


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
    """Every repository, read from ``db``; then the day's backup is taken.

    Takes ownership of ``db`` (closed if building the store fails). A document that makes
    no record is set aside (see quarantine.py) and listed in :attr:`problems`; the rest
    loads. A full disk found while taking the day's backup leaves the store read-only.
    """

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        try:
            with paused_gc():
                self._load(db, clock)
            self._set_aside_unreadable()
            self.take_daily_backup()
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

    def take_daily_backup(self) -> Path | None:
        """Today's backup if there is none yet (called at start and while the app runs)."""
        try:
            return self.db.take_daily_backup(self.counts())
        except SaveError as exc:
            if not is_disk_full(exc):
                raise
            self.db.make_read_only(str(exc))
            return None

    def take_labelled_backup(self, label: str) -> Path | None:
        """A backup before a risky operation ("before-import", "before-merge", "manual")."""
        return self.db.take_labelled_backup(label, self.counts())

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
        self.db.close()
