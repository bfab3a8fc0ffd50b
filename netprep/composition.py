"""The composition root: the one place that builds the store and the services.

The CLI and the GUI call :func:`open_app`; tests call it with a temporary folder
and a ManualClock. Nothing else constructs services or opens the database.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir

# Importing this module is light (the app's window paints first, then opens the data):
# the services, the store and the brief engine are imported when an app is built.
if TYPE_CHECKING:
    from netprep.domain.brief.taxonomy import Taxonomy
    from netprep.domain.clock import Clock
    from netprep.services.agendas import AgendaService
    from netprep.services.backups import BackupService
    from netprep.services.brief_export import BriefExportService
    from netprep.services.briefs import BriefService
    from netprep.services.contacts import ContactService, NoteService
    from netprep.services.followups import FollowUpService
    from netprep.services.followups.touches import TouchService
    from netprep.services.meetings import MeetingService
    from netprep.services.profile import ProfileService
    from netprep.services.referrals import ReferralService
    from netprep.services.review.calendar import CalendarService
    from netprep.services.review.reminders import ReminderService
    from netprep.services.review.service import ReviewService
    from netprep.services.seed import SeedReport
    from netprep.services.today import TodayService
    from netprep.services.transfer import TransferService
    from netprep.store.database import Database
    from netprep.store.store import Store

DATA_DIR_ENV = "NETPREP_DATA_DIR"


def default_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then $NETPREP_DATA_DIR, then the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return Path(user_data_dir("netprep", appauthor=False))


@dataclass
class App:
    """Everything the user interface needs, built once."""

    data_dir: Path | None
    clock: Clock
    store: Store
    contacts: ContactService
    notes: NoteService  # deleting a note, and undoing it
    profile: ProfileService
    today: TodayService
    agendas: AgendaService
    briefs: BriefService
    brief_export: BriefExportService
    meetings: MeetingService
    referrals: ReferralService
    transfer: TransferService  # imports, exports, merges (and their undo)
    touches: TouchService
    followups: FollowUpService
    review: ReviewService  # the weekly review, its settings and log
    calendar: CalendarService  # .ics files: a meeting, the follow-ups, the review
    reminders: ReminderService  # what to notify while the app runs
    backups: BackupService  # back up now, daily, restore, check

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def close(self) -> None:
        self.store.close()


def load_taxonomy() -> Taxonomy:
    """The interest taxonomy the brief engine reads with (a seam tests cache across apps)."""
    from netprep.services.briefs import load_taxonomy as load

    return load()


def build_app(db: Database, clock: Clock) -> App:
    from netprep.domain.brief.network.index import NetworkIndex
    from netprep.render.review_email import ReviewEmailRenderer
    from netprep.services.agendas import AgendaService
    from netprep.services.backups import BackupService
    from netprep.services.brief_export import BriefExportService
    from netprep.services.briefs import BriefService
    from netprep.services.contacts import ContactService, NoteService
    from netprep.services.followups import FollowUpService
    from netprep.services.followups.touches import TouchService
    from netprep.services.meetings import MeetingService
    from netprep.services.profile import ProfileService
    from netprep.services.referrals import ReferralService
    from netprep.services.review.calendar import CalendarService
    from netprep.services.review.reminders import ReminderService
    from netprep.services.review.service import ReviewService, system_zone
    from netprep.services.review.settings import ReviewSettingsService
    from netprep.services.today import TodayService
    from netprep.services.transfer import TransferService, UndoHistory
    from netprep.store.store import Store

    store = Store(db, clock)
    agendas = AgendaService(store)
    briefs = BriefService(store, clock, agendas, network_index=NetworkIndex(load_taxonomy()))
    touches = TouchService(store, clock)
    review = ReviewService(
        store,
        clock,
        ReviewSettingsService(db.folder, lambda: store.read_only),
        touches,
        ReviewEmailRenderer(db.folder / "templates" if db.folder else None),
        system_zone(),
    )
    return App(
        data_dir=db.folder,
        clock=clock,
        store=store,
        contacts=ContactService(store),
        notes=NoteService(store),
        profile=ProfileService(store),
        today=TodayService(store, clock, lambda: review.settings.get().intervals),
        agendas=agendas,
        briefs=briefs,
        brief_export=BriefExportService(store, db.folder),
        meetings=MeetingService(store, clock, agendas, briefs.build),
        referrals=ReferralService(store, clock),
        transfer=TransferService(store, clock, agendas, UndoHistory()),
        touches=touches,
        followups=FollowUpService(store, clock, touches),
        review=review,
        calendar=CalendarService(store, clock, agendas, review),
        reminders=ReminderService(store, clock, review),
        backups=BackupService(store, clock, db.folder),
    )


def open_app(data_dir: Path, clock: Clock | None = None, *, read_only: bool = False) -> App:
    """Open a data folder (StoreError if it is locked, corrupt or too new)."""
    from netprep.domain.clock import SystemClock
    from netprep.store.database import Database

    clock = clock or SystemClock()
    return build_app(Database.open(data_dir, clock, read_only=read_only), clock)


def memory_app(clock: Clock | None = None) -> App:
    from netprep.domain.clock import SystemClock
    from netprep.store.database import Database

    clock = clock or SystemClock()
    return build_app(Database.in_memory(clock), clock)


def seed_demo(app: App) -> SeedReport:
    """Fill an empty data folder with the bundled demo: records, then prepared meetings."""
    from netprep.resources import resource_path
    from netprep.services.seed import (
        load_seed_file,
        seed_meetings,
        seed_past_meetings,
        seed_store,
    )

    data = load_seed_file(resource_path("demo", "demo.json"))
    report = seed_store(app.store, data, app.clock)
    seed_meetings(data, report, app.briefs, app.clock)
    seed_past_meetings(data, report, app.store, app.clock)
    return report
