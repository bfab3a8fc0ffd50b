"""The main window's pages, each built (and its module imported) the first time it is shown.

At 30,000 contacts building every page up front cost seconds before the window could
show; now the window builds the page it opens on, and each other page when the user first
goes there (or a command needs it). A page built later reads the store then, so it needs
no refresh sent before it existed: refreshes go only to the pages already built.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtWidgets import QStackedWidget, QWidget

from netprep.gui.shell.actions import SECTIONS

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from netprep.composition import App
    from netprep.domain.records import Contact
    from netprep.gui.contacts.page import ContactsPage
    from netprep.gui.followups.page import FollowUpsPage
    from netprep.gui.meetings.page import MeetingsPage
    from netprep.gui.referrals.page import ReferralsPage
    from netprep.gui.review.page import ReviewPage
    from netprep.gui.today.page import TodayPage
    from netprep.gui.transfer.controller import TransferController

#: Where each section's page class lives (imported when the page is first built).
PAGE_CLASSES = {
    "today": ("netprep.gui.today.page", "TodayPage"),
    "contacts": ("netprep.gui.contacts.page", "ContactsPage"),
    "meetings": ("netprep.gui.meetings.page", "MeetingsPage"),
    "referrals": ("netprep.gui.referrals.page", "ReferralsPage"),
    "followups": ("netprep.gui.followups.page", "FollowUpsPage"),
    "review": ("netprep.gui.review.page", "ReviewPage"),
    "profile": ("netprep.gui.contacts.profile_page", "ProfilePage"),
}


class _Window(Protocol):
    """What the wiring asks of the main window."""

    app: App
    commands: dict[str, QAction]
    transfer: TransferController

    def show_section(self, name: str) -> None: ...
    def open_contact(self, contact_id: str) -> None: ...
    def open_meeting(self, meeting_id: str) -> None: ...
    def prepare_meeting(self, contact_id: str = "") -> None: ...
    def start_meeting(self, meeting_id: str) -> object: ...
    def meet_now(self, contact_id: str) -> object: ...
    def _status(self, message: str) -> None: ...
    def page(self, name: str) -> QWidget: ...
    def refresh_built(self, *names: str) -> None: ...


class LazyPages:
    """The stack of pages: a blank stand-in for each section until its page is built."""

    def __init__(self, window: _Window, stack: QStackedWidget) -> None:
        self._window = window
        self._stack = stack
        self.built: dict[str, QWidget] = {}  # in the order they were built
        self._building: set[str] = set()
        for _name in SECTIONS:
            stack.addWidget(QWidget())

    def get(self, name: str) -> QWidget:
        page = self.built.get(name)
        if page is not None:
            return page
        if name in self._building:  # a page's own constructor asking for itself
            raise RuntimeError(f"the {name} page asked for itself while being built")
        self._building.add(name)
        try:
            module, class_name = PAGE_CLASSES[name]
            page_class = getattr(import_module(module), class_name)
            page = page_class(self._window.app)
        finally:
            self._building.discard(name)
        assert isinstance(page, QWidget)
        index = SECTIONS.index(name)
        current = self._stack.currentIndex()
        stand_in = self._stack.widget(index)
        assert stand_in is not None
        self._stack.insertWidget(index, page)
        self._stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self._stack.setCurrentIndex(current)
        self.built[name] = page
        WIRING[name](self._window, page)
        return page


def first_page_steps(window: _Window, *, demo: bool) -> list[Callable[[], object]]:
    """Opening the window's first page: Today, or on demo data the first prepared meeting (a
    newcomer lands on a real, prepared brief) - building the page, then showing the meeting,
    each step short enough for the window's start to run it in an event-loop turn of its own."""
    upcoming = window.app.meetings.upcoming() if demo else []
    if not upcoming:
        return [lambda: window.show_section("today")]
    first = upcoming[0].id
    meetings = lambda: cast("MeetingsPage", window.page("meetings"))  # noqa: E731
    return [lambda: window.show_section("meetings"), lambda: meetings().select_meeting(first)]


class BriefsWhenAsked:
    """What the network read-ahead asks of ``app.briefs``, looked up when it starts (once the
    window is up), not when the window is built: the brief engine loads after the window
    shows (App.warm_up), never on the way to it."""

    def __init__(self, app: App) -> None:
        self._app = app
        self._claim_on_worker = False

    def start_warm_up(self) -> list[Contact] | None:
        """On the GUI thread. While the brief engine still loads (App.warm_up, on its own
        thread: ~0.4 s at 30,000 contacts on a busy machine), it is not built or waited for
        here - that froze the window - but on the read-ahead's thread, in :meth:`warm_up`;
        the contacts are taken here, on the store's thread, either way."""
        if self._app.lazy_briefs.built:
            return self._app.briefs.start_warm_up()
        self._claim_on_worker = True
        return self._app.contacts.in_store_order()

    def warm_up(self, contacts: list[Contact]) -> None:
        """On the read-ahead's thread."""
        briefs = self._app.briefs  # built here, or waited for here, when still loading
        if self._claim_on_worker and not briefs.claim_warm_up():
            return  # a brief read the network meanwhile
        briefs.warm_up(contacts)


def refresher(window: _Window, *names: str) -> Callable[..., None]:
    """A slot that refreshes those pages if they are built (one built later reads anew)."""
    return lambda *_: window.refresh_built(*names)


# -- each page's wiring, done when it is built ------------------------------------------------


def _wire_today(window: _Window, page: QWidget) -> None:
    today: TodayPage = page  # type: ignore[assignment]
    today.open_contact.connect(window.open_contact)
    today.open_meeting.connect(window.open_meeting)
    today.open_profile.connect(lambda: window.show_section("profile"))
    today.new_contact.connect(window.commands["new_contact"].trigger)
    today.prepare_meeting.connect(window.prepare_meeting)

    def start_review() -> None:
        window.show_section("review")
        review: ReviewPage = window.page("review")  # type: ignore[assignment]
        review.start_review()

    def open_followups_due() -> None:
        from netprep.gui.followups.page import open_due

        open_due(window.page("followups"), window)  # type: ignore[arg-type]

    def log_touch() -> None:
        followups: FollowUpsPage = window.page("followups")  # type: ignore[assignment]
        followups.log_touch()

    today.open_review.connect(start_review)
    today.open_followups.connect(open_followups_due)
    today.log_touch.connect(log_touch)


def _wire_contacts(window: _Window, page: QWidget) -> None:
    contacts: ContactsPage = page  # type: ignore[assignment]
    contacts.undo_available.connect(window.commands["undo_delete"].setEnabled)
    contacts.status_message.connect(window._status)
    contacts.prepare_meeting.connect(window.prepare_meeting)
    contacts.merge_requested.connect(lambda contact_id: window.transfer.merge_contacts(contact_id))
    panel = contacts.meetings_panel
    panel.start_meeting.connect(window.start_meeting)
    panel.meet_now.connect(window.meet_now)
    panel.open_contact.connect(window.open_contact)


def _wire_meetings(window: _Window, page: QWidget) -> None:
    meetings: MeetingsPage = page  # type: ignore[assignment]
    meetings.status_message.connect(window._status)
    meetings.start_meeting.connect(window.start_meeting)
    meetings.meet_now.connect(window.meet_now)
    meetings.contact_created.connect(refresher(window, "contacts"))


def _wire_referrals(window: _Window, page: QWidget) -> None:
    referrals: ReferralsPage = page  # type: ignore[assignment]
    referrals.open_contact.connect(window.open_contact)
    referrals.status_message.connect(window._status)


def _wire_followups(window: _Window, page: QWidget) -> None:
    followups: FollowUpsPage = page  # type: ignore[assignment]
    followups.status_message.connect(window._status)
    followups.open_contact.connect(window.open_contact)
    followups.changed.connect(refresher(window, "today"))


def _wire_review(window: _Window, page: QWidget) -> None:
    review: ReviewPage = page  # type: ignore[assignment]
    review.status_message.connect(window._status)
    review.open_contact.connect(window.open_contact)
    review.reviewed.connect(refresher(window, "today"))


def _wire_profile(window: _Window, page: QWidget) -> None:
    page.status_message.connect(window._status)  # type: ignore[attr-defined]


WIRING: dict[str, Callable[[_Window, QWidget], None]] = {
    "today": _wire_today,
    "contacts": _wire_contacts,
    "meetings": _wire_meetings,
    "referrals": _wire_referrals,
    "followups": _wire_followups,
    "review": _wire_review,
    "profile": _wire_profile,
}
