"""The store: every repository over one open Database."""

from __future__ import annotations

from netprep.domain.clock import Clock
from netprep.domain.followups import FollowUp
from netprep.domain.meeting import Meeting
from netprep.domain.records import Contact, Interaction, Note, Profile
from netprep.domain.referrals import Referral
from netprep.store.database import Database
from netprep.store.repository import Repository, UnreadableDocumentError
from netprep.store.table_file import paused_gc


class ProfileRepository:
    """The user's own record: there is exactly one."""

    def __init__(self, repo: Repository[Profile]) -> None:
        self._repo = repo

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

    Takes ownership of ``db``: if a table holds something that is not a record, the
    database is closed (releasing its lock) and CorruptFileError names the file.
    """

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        try:
            with paused_gc():
                self._load(db, clock)
            db.take_daily_backup()
        except UnreadableDocumentError as exc:
            db.close()
            raise db.unreadable(exc.table, str(exc)) from None
        except BaseException:
            db.close()
            raise

    def _load(self, db: Database, clock: Clock) -> None:
        self.profile = ProfileRepository(Repository(db.table("profile"), Profile, clock))
        self.contacts: Repository[Contact] = Repository(db.table("contacts"), Contact, clock)
        self.notes: Repository[Note] = Repository(db.table("notes"), Note, clock)
        self.meetings: Repository[Meeting] = Repository(db.table("meetings"), Meeting, clock)
        self.interactions: Repository[Interaction] = Repository(
            db.table("interactions"), Interaction, clock
        )
        self.referrals: Repository[Referral] = Repository(db.table("referrals"), Referral, clock)
        self.followups: Repository[FollowUp] = Repository(db.table("followups"), FollowUp, clock)

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def close(self) -> None:
        self.db.close()
