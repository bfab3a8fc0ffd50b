"""The composition root: the one place that builds the store and the services.

The CLI and the GUI call :func:`open_app`; tests call it with a temporary folder
and a ManualClock. Nothing else constructs services or opens the database.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from platformdirs import user_cache_dir, user_data_dir

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
CACHE_DIR_ENV = "NETPREP_CACHE_DIR"
T = TypeVar("T")


def default_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then $NETPREP_DATA_DIR, then the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return Path(user_data_dir("netprep", appauthor=False))


def default_cache_dir() -> Path:
    """$NETPREP_CACHE_DIR, else the platform's user cache folder: what netprep may rebuild
    (the day's demo, compiled templates), never the user's data."""
    from_env = os.environ.get(CACHE_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return Path(user_cache_dir("netprep", appauthor=False))


class Lazy(Generic[T]):
    """A service built the first time it is asked for, once, whichever thread asks first
    (the others wait for it): what the first screen does not need stays unbuilt - and its
    modules unimported - until it is used or warmed up after the window shows."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make: Callable[[], T] | None = make
        self._value: T | None = None
        self._lock = threading.Lock()

    @property
    def built(self) -> bool:
        return self._make is None

    def get(self) -> T:
        if self._make is not None:
            with self._lock:
                if self._make is not None:
                    self._value, self._make = self._make(), None
        return self._value  # type: ignore[return-value]  # set once made


@dataclass
class App:
    """Everything the user interface needs, built once (the brief engine and the template
    engine behind ``briefs`` and ``brief_export`` when first used: see :meth:`warm_up`)."""

    data_dir: Path | None
    clock: Clock
    store: Store
    contacts: ContactService
    notes: NoteService  # deleting a note, and undoing it
    profile: ProfileService
    today: TodayService
    agendas: AgendaService
    meetings: MeetingService
    referrals: ReferralService
    touches: TouchService
    followups: FollowUpService
    review: ReviewService  # the weekly review, its settings and log
    calendar: CalendarService  # .ics files: a meeting, the follow-ups, the review
    reminders: ReminderService  # what to notify while the app runs
    backups: BackupService  # back up now, daily, restore, check
    lazy_briefs: Lazy[BriefService] = field(repr=False, kw_only=True)
    lazy_brief_export: Lazy[BriefExportService] = field(repr=False, kw_only=True)
    lazy_transfer: Lazy[TransferService] = field(repr=False, kw_only=True)

    @property
    def briefs(self) -> BriefService:
        """Briefs: the brief engine and the interest taxonomy (~0.3 s to load)."""
        return self.lazy_briefs.get()

    @property
    def brief_export(self) -> BriefExportService:
        """Briefs out of the app: the template engine, Markdown and the HTML sanitiser."""
        return self.lazy_brief_export.get()

    @property
    def transfer(self) -> TransferService:
        """Imports, exports, merges and their undo: the readers, the normaliser and rapidfuzz
        (~30 ms to load, on no screen's way)."""
        return self.lazy_transfer.get()

    def warm_up(self) -> None:
        """Build what the first screen did not need (call it on a worker thread once the
        window shows): the first brief or export then waits for nothing."""
        for lazy in (self.lazy_briefs, self.lazy_brief_export, self.lazy_transfer):
            lazy.get()
        export = self.brief_export
        if not export.takes_time():  # compile the brief's template, load Markdown: ~0.1 s
            from netprep.domain.brief.model import Brief
            from netprep.domain.records import Contact

            export.html(Brief(), export.context_for_contact(Contact(name="warm-up")))

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def close(self) -> None:
        self.store.close()


def load_taxonomy() -> Taxonomy:
    """The interest taxonomy the brief engine reads with (a seam tests cache across apps)."""
    from netprep.services.briefs import load_taxonomy as load

    return load()


def _brief_service(store: Store, clock: Clock, agendas: AgendaService) -> BriefService:
    from netprep.domain.brief.network.index import NetworkIndex
    from netprep.services.briefs import BriefService

    return BriefService(store, clock, agendas, network_index=NetworkIndex(load_taxonomy()))


def _brief_export_service(
    store: Store, folder: Path | None, compiled: Path | None
) -> BriefExportService:
    from netprep.services.brief_export import BriefExportService

    return BriefExportService(store, folder, compiled_cache=compiled)


def _transfer_service(store: Store, clock: Clock, agendas: AgendaService) -> TransferService:
    from netprep.services.transfer import TransferService, UndoHistory

    return TransferService(store, clock, agendas, UndoHistory())


def build_app(db: Database, clock: Clock, cache_dir: Path | None = None) -> App:
    """The services on ``db``; ``cache_dir``: where what can be rebuilt is kept between runs
    (compiled templates; None: nothing kept)."""
    from netprep.render.review_email import ReviewEmailRenderer
    from netprep.services.agendas import AgendaService
    from netprep.services.backups import BackupService
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
    from netprep.store.store import Store

    store = Store(db, clock)
    compiled = cache_dir / "templates" if cache_dir is not None else None
    agendas = AgendaService(store)
    briefs = Lazy(lambda: _brief_service(store, clock, agendas))
    touches = TouchService(store, clock)
    review = ReviewService(
        store,
        clock,
        ReviewSettingsService(db.folder, lambda: store.read_only),
        touches,
        ReviewEmailRenderer(
            db.folder / "templates" if db.folder else None, compiled_cache=compiled
        ),
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
        meetings=MeetingService(
            store,
            clock,
            agendas,
            lambda contact_id, purpose: briefs.get().build(contact_id, purpose),
        ),
        referrals=ReferralService(store, clock),
        touches=touches,
        followups=FollowUpService(store, clock, touches),
        review=review,
        calendar=CalendarService(store, clock, agendas, review),
        reminders=ReminderService(store, clock, review),
        backups=BackupService(store, clock, db.folder),
        lazy_briefs=briefs,
        lazy_brief_export=Lazy(lambda: _brief_export_service(store, db.folder, compiled)),
        lazy_transfer=Lazy(lambda: _transfer_service(store, clock, agendas)),
    )


def open_app(
    data_dir: Path,
    clock: Clock | None = None,
    *,
    read_only: bool = False,
    cache_dir: Path | None = None,
) -> App:
    """Open a data folder (StoreError if it is locked, corrupt or too new); ``cache_dir``:
    see :func:`build_app` (the app and the CLI pass :func:`default_cache_dir`)."""
    from netprep.domain.clock import SystemClock
    from netprep.store.database import Database

    clock = clock or SystemClock()
    return build_app(Database.open(data_dir, clock, read_only=read_only), clock, cache_dir)


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
