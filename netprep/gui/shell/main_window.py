"""The main window: a sidebar of sections (Today, Contacts, Meetings, Review, Profile)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from netprep import __version__
from netprep.composition import App
from netprep.gui.meetings.resume import prepared_instead, settle_left_meeting
from netprep.gui.prep.background_builder import NetworkReadAhead
from netprep.gui.review.reminders import Reminders
from netprep.gui.shell.actions import SECTIONS, build_actions, section_title
from netprep.gui.shell.diagnostics import add_help_items
from netprep.gui.shell.pages import BriefsWhenAsked, LazyPages, first_page_steps
from netprep.gui.shell.side_panel import SidePanel, window_title
from netprep.gui.shell.window_state import SMALLEST_SIZE, WindowState
from netprep.gui.transfer.controller import install_transfer
from netprep.gui.widgets.elided_label import ElidingStatusBar
from netprep.gui.words.user_errors import said
from netprep.resources import resource_path
from netprep.services.errors import UserError

if TYPE_CHECKING:  # the pages' modules are imported when a page is first built
    from netprep.gui.contacts.page import ContactsPage
    from netprep.gui.contacts.profile_page import ProfilePage
    from netprep.gui.followups.page import FollowUpsPage
    from netprep.gui.meeting_window.window import MeetingWindow
    from netprep.gui.meetings.page import MeetingsPage
    from netprep.gui.referrals.page import ReferralsPage
    from netprep.gui.review.page import ReviewPage
    from netprep.gui.today.page import TodayPage
    from netprep.services.briefs import BriefService
    from netprep.services.meetings import FinishedMeeting


def _page_of(name: str) -> Any:
    """A property: the window's page for that section, built on first use."""
    return property(lambda window: window.page(name))


class MainWindow(QMainWindow):
    def __init__(
        self, app: App, state: WindowState, *, demo: bool = False, first_page: bool = True
    ) -> None:
        """``first_page``: build the page it opens on now, else through pages.first_page_steps
        (start-up runs each in an event-loop turn of its own)."""
        super().__init__()
        self.app = app
        self._state = state
        self.setWindowTitle(window_title(demo=demo))
        self.setMinimumSize(SMALLEST_SIZE)

        self.meeting_window: MeetingWindow | None = None

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setIconSize(QSize(20, 20))
        for name in SECTIONS:
            item = QListWidgetItem(
                QIcon(str(resource_path("icons", f"{name}.svg"))),
                section_title(name),
            )
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageArea")
        self._pages = LazyPages(self, self.stack)  # each page built when first shown
        self.sidebar.currentRowChanged.connect(self._on_section_changed)

        self.side_panel = SidePanel(self.sidebar)  # icons only in a narrow window
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.side_panel)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.commands: dict[str, QAction] = build_actions(self)
        self._add_meeting_actions()
        self._build_menus()
        self._wire()
        self.transfer = install_transfer(self)  # File → Import/Export, drops, merge
        self._build_status(demo)
        state.restore_or_fit(self)  # last time's place, or one the screen can hold
        # Tray reminders while the app runs (clicking one opens its page).
        self.reminders = Reminders(app.reminders, self._open_from_reminder, self)
        for step in first_page_steps(self, demo=demo) if first_page else []:
            step()
        QTimer.singleShot(0, self, self.offer_resume)
        # Briefs read the whole network: read it on a worker once the window is up and idle.
        self.read_ahead = NetworkReadAhead(cast("BriefService", BriefsWhenAsked(app)), self)

    # -- pages -----------------------------------------------------------------------------

    @property
    def pages(self) -> dict[str, QWidget]:
        """The pages built so far (the others read the store when they are first shown)."""
        return self._pages.built

    def page(self, name: str) -> QWidget:
        """The section's page, built now if it was not yet."""
        return self._pages.get(name)

    def refresh_built(self, *names: str) -> None:
        """Show the store again on those pages that are built (the others read it later)."""
        for name in names:
            page = self.pages.get(name)
            if page is not None:
                refresh = getattr(page, "refresh", None) or page.reload  # type: ignore[attr-defined]
                refresh()

    # Each page, built when first asked for (tests and commands ask for them by name).
    today_page: TodayPage = _page_of("today")
    contacts_page: ContactsPage = _page_of("contacts")
    meetings_page: MeetingsPage = _page_of("meetings")
    referrals_page: ReferralsPage = _page_of("referrals")
    followups_page: FollowUpsPage = _page_of("followups")
    review_page: ReviewPage = _page_of("review")
    profile_page: ProfilePage = _page_of("profile")

    # -- navigation ------------------------------------------------------------------------

    def show_section(self, name: str) -> None:
        self.sidebar.setCurrentRow(SECTIONS.index(name))

    def open_meeting(self, meeting_id: str) -> None:
        self.show_section("meetings")
        self.meetings_page.select_meeting(meeting_id)

    def current_section(self) -> str:
        return SECTIONS[self.stack.currentIndex()]

    def open_contact(self, contact_id: str) -> None:
        self.show_section("contacts")
        self.contacts_page.select_contact(contact_id)

    def _on_section_changed(self, row: int) -> None:
        if row < 0:
            return
        name = SECTIONS[row]
        built = name in self.pages  # a page built now has just read the store
        self.page(name)
        self.stack.setCurrentIndex(row)
        if built and name in ("today", "referrals", "followups"):
            self.refresh_built(name)

    def _open_from_reminder(self, section: str) -> None:
        if self.isMinimized():  # from the tray: the window may be minimised or behind others
            self.showNormal()
        self.raise_()
        self.activateWindow()
        self.show_section(section)

    # -- menus and actions -----------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.commands
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([a["new_contact"], a["prepare_meeting"], a["save"]])
        file_menu.addSeparator()
        file_menu.addActions([a["export_brief"], a["print_brief"]])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([a["undo_delete"], a["copy_brief"], a["find"], a["delete_contact"]])
        meeting_menu = self.menuBar().addMenu(self.tr("M&eeting"))
        meeting_menu.addActions([a["resume_meeting"], a["edit_agenda"]])
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        go_menu.addActions([a[f"go_{name}"] for name in SECTIONS])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a["about"])
        folders = (self.app.data_dir, self.app.backups.folder())
        self.commands.update(add_help_items(self, help_menu, *folders))

    def _wire(self) -> None:
        a = self.commands
        a["new_contact"].triggered.connect(self._new_contact)
        a["save"].triggered.connect(self._save_current)
        a["quit"].triggered.connect(self.close)
        a["undo_delete"].triggered.connect(lambda: self.contacts_page.undo_delete())
        a["undo_delete"].setEnabled(False)
        a["find"].triggered.connect(self._find)
        a["delete_contact"].triggered.connect(self._delete_contact)
        a["about"].triggered.connect(self._about)
        for name in SECTIONS:
            a[f"go_{name}"].triggered.connect(lambda _=False, n=name: self.show_section(n))
        self._wire_meetings()  # each page's own signals: pages.py, when it is built
        self._wire_meeting_window()
        read_only = self.app.read_only
        for name in ("new_contact", "save", "delete_contact", "prepare_meeting"):
            a[name].setEnabled(not read_only)

    def _wire_meetings(self) -> None:
        a = self.commands
        a["prepare_meeting"].triggered.connect(lambda: self.prepare_meeting())
        a["export_brief"].triggered.connect(lambda: self._on_meetings("export_pdf"))
        a["print_brief"].triggered.connect(lambda: self._on_meetings("print_brief"))
        a["copy_brief"].triggered.connect(lambda: self._on_meetings("copy_brief"))

    def prepare_meeting(self, contact_id: str = "") -> None:
        self.show_section("meetings")
        self.meetings_page.prepare(contact_id)

    def _on_meetings(self, command: str) -> None:
        self.show_section("meetings")
        run: Callable[[], None] = getattr(self.meetings_page, command)
        run()

    # -- running meetings (the meeting window) ---------------------------------------------

    def _add_meeting_actions(self) -> None:
        specs = (
            ("resume_meeting", self.tr("&Resume the meeting in progress"), ""),
            ("edit_agenda", self.tr("Edit the default &agenda…"), ""),
        )
        for name, text, keys in specs:
            action = QAction(text, self)
            action.setObjectName(f"action_{name}")
            if keys:
                action.setShortcut(QKeySequence(keys))
            self.commands[name] = action

    def _wire_meeting_window(self) -> None:
        a = self.commands
        a["resume_meeting"].triggered.connect(self.offer_resume)
        a["edit_agenda"].triggered.connect(self.edit_default_agenda)
        for name in ("resume_meeting", "edit_agenda"):
            a[name].setEnabled(not self.app.read_only)

    def start_meeting(self, meeting_id: str) -> MeetingWindow | None:
        """Open the meeting window on a prepared (or in-progress) meeting."""
        window = self.meeting_window
        if window is not None and window.isVisible():
            if window.session.meeting_id == meeting_id:
                window.show_full()
                return window
            QMessageBox.warning(
                self,
                self.tr("A meeting is open"),
                self.tr("End or close the meeting that is open first."),
            )
            window.show_full()
            return None
        try:
            session = self.app.meetings.open_session(meeting_id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot start the meeting"), said(error))
            return None
        from netprep.gui.meeting_window.window import MeetingWindow  # when first needed

        window = MeetingWindow(self.app, session, self)
        # The sound-cue choice is the user's, remembered from one meeting to the next.
        window.sound_box.setChecked(self._state.value("meeting/sound", "false") == "true")
        window.sound_box.toggled.connect(
            lambda on: self._state.set_value("meeting/sound", "true" if on else "false")
        )
        window.finished.connect(self._meeting_recorded)
        window.left_running.connect(self._meeting_left_running)
        self.meeting_window = window
        window.show()
        window.activateWindow()
        window.setFocus()
        return window

    def meet_now(self, contact_id: str) -> MeetingWindow | None:
        """A meeting with this contact right now (never while another is open; a prepared
        meeting with the same person is offered first)."""
        if self.meeting_window is not None and self.meeting_window.isVisible():
            return self.start_meeting("")  # says a meeting is open; creates nothing
        try:
            meeting_id = prepared_instead(self, self.app, contact_id)
            meeting_id = meeting_id or self.app.meetings.meet_now(contact_id).id
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot start the meeting"), said(error))
            return None
        return self.start_meeting(meeting_id)

    def offer_resume(self) -> None:
        """A meeting left running (closed or crashed): resume, record now, discard or end."""
        if self.app.read_only or (self.meeting_window and self.meeting_window.isVisible()):
            return
        for meeting in self.app.meetings.in_progress():
            if settle_left_meeting(self, self.app, meeting, self.start_meeting):
                return
        self.refresh_built("meetings")

    def edit_default_agenda(self) -> None:
        from netprep.gui.meetings.agenda_editor import AgendaEditorDialog
        from netprep.services.agendas import shipped_agenda

        service = self.app.agendas
        dialog = AgendaEditorDialog(
            service.default(),
            service.save_default,
            title=self.tr("Your default agenda"),
            reset_to=shipped_agenda,
            parent=self,
        )
        if service.problem:
            dialog.show_error(said(service.problem))
        if dialog.exec():
            self._status(self.tr("Default agenda saved: new meetings will use it"))

    def _meeting_recorded(self, result: FinishedMeeting) -> None:
        added = len(result.new_contacts)
        recorded = self.tr("Meeting recorded: %n new contact(s), {followups}", "", added)
        follow = self.tr("%n follow-up(s)", "", len(result.followups))
        self._status(recorded.format(followups=follow))
        self.refresh_built("contacts", "referrals", "followups", "today")
        meetings = self.pages.get("meetings")
        if meetings is not None and not meetings.is_preparing():  # type: ignore[attr-defined]
            meetings.reload()  # type: ignore[attr-defined]  # never under the user's prep form

    def _meeting_left_running(self, meeting_id: str) -> None:
        meeting = self.app.meetings.get(meeting_id)
        name = self.app.meetings.contact_name(meeting) if meeting else ""
        still = self.tr("The meeting with {name} is still in progress: Meeting → Resume")
        self._status(still.format(name=name))

    def _build_status(self, demo: bool) -> None:
        folder = self.app.data_dir
        text = (
            self.tr("Demo data (a temporary copy: changes are discarded on quit)") if demo else ""
        )
        if not demo and folder:
            text = self.tr("Data: {folder}").format(folder=folder)
        if self.app.read_only:
            text += self.tr("  ·  read-only")
        self.setStatusBar(ElidingStatusBar())  # a long message ends in "…", not under this
        self.statusBar().addPermanentWidget(QLabel(text))

    def _status(self, message: str) -> None:
        self.statusBar().showMessage(message, 5000)

    def _new_contact(self) -> None:
        self.show_section("contacts")
        self.contacts_page.new_contact()

    def _find(self) -> None:
        self.show_section("contacts")
        self.contacts_page.focus_search()

    def _delete_contact(self) -> None:
        self.show_section("contacts")
        self.contacts_page.delete_current()

    def _save_current(self) -> None:
        section = self.current_section()
        if section == "contacts":
            self.contacts_page.save()
        elif section == "profile":
            self.profile_page.save()
        elif section == "meetings":
            self.meetings_page.save()

    def _about(self) -> None:
        about = self.tr(
            "Prepare, run and follow up the 20-minute networking meeting. Everything stays "
            "on this computer."
        )
        page = f"<h3>netprep {__version__}</h3><p>{about}</p>"  # markup, not words
        QMessageBox.about(self, self.tr("About netprep"), page)

    # -- closing ---------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.side_panel.fit_window(event.size().width())

    def closeEvent(self, event: QCloseEvent) -> None:
        names = ("contacts", "meetings", "review", "profile")  # unbuilt pages hold no edits
        pages = [self.pages[name] for name in names if name in self.pages]
        if not all(page.confirm_discard() for page in pages):  # type: ignore[attr-defined]
            event.ignore()
            return
        if self.meeting_window is not None and self.meeting_window.isVisible():
            self.meeting_window.close()  # saves what was typed; the meeting stays resumable
        self._state.save(self)
        event.accept()
