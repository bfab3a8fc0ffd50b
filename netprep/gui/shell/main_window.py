"""The main window: a sidebar of sections (Today, Contacts, Meetings, Review, Profile)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
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
from netprep.gui.contacts.page import ContactsPage
from netprep.gui.contacts.profile_page import ProfilePage
from netprep.gui.followups.page import FollowUpsPage, connect_followups
from netprep.gui.meeting_window.window import MeetingWindow
from netprep.gui.meetings.agenda_editor import AgendaEditorDialog
from netprep.gui.meetings.page import MeetingsPage
from netprep.gui.meetings.resume import prepared_instead, settle_left_meeting
from netprep.gui.referrals.page import ReferralsPage
from netprep.gui.review.page import ReviewPage, connect_review
from netprep.gui.shell.actions import SECTIONS, build_actions
from netprep.gui.shell.diagnostics import add_help_items
from netprep.gui.shell.side_panel import side_panel as make_side_panel
from netprep.gui.shell.side_panel import window_title
from netprep.gui.shell.window_state import WindowState
from netprep.gui.today.page import TodayPage
from netprep.gui.transfer.controller import install_transfer
from netprep.gui.widgets.prompts import UnsavedChoice, ask_save_discard_cancel
from netprep.resources import resource_path
from netprep.services.agendas import shipped_agenda
from netprep.services.errors import UserError
from netprep.services.meetings import FinishedMeeting

SECTION_TITLES = {"followups": "Follow-ups"}


class MainWindow(QMainWindow):
    def __init__(self, app: App, state: WindowState, *, demo: bool = False) -> None:
        super().__init__()
        self.app = app
        self._state = state
        self.setWindowTitle(window_title(demo=demo))
        self.setMinimumSize(QSize(760, 520))

        self.today_page = TodayPage(app)
        self.contacts_page = ContactsPage(app)
        self.meetings_page = MeetingsPage(app)
        self.review_page = ReviewPage(app)
        self.profile_page = ProfilePage(app)
        self.referrals_page = ReferralsPage(app)
        self.followups_page = FollowUpsPage(app)
        self.meeting_window: MeetingWindow | None = None
        self.pages: dict[str, QWidget] = {
            "today": self.today_page,
            "contacts": self.contacts_page,
            "meetings": self.meetings_page,
            "referrals": self.referrals_page,
            "followups": self.followups_page,
            "review": self.review_page,
            "profile": self.profile_page,
        }

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName("Sections")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(200)
        for name in SECTIONS:
            item = QListWidgetItem(
                QIcon(str(resource_path("icons", f"{name}.svg"))),
                SECTION_TITLES.get(name, name.capitalize()),
            )
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageArea")
        for name in SECTIONS:
            self.stack.addWidget(self.pages[name])
        self.sidebar.setCurrentRow(0)  # Today, which refreshed itself when built: not twice
        self.sidebar.currentRowChanged.connect(self._on_section_changed)

        side_panel = make_side_panel(self.sidebar)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(side_panel)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.commands = build_actions(self)
        self._add_meeting_actions()
        self._build_menus()
        self._wire()
        self.transfer = install_transfer(self)  # File → Import/Export, drops, merge
        self._build_status(demo)
        if not state.restore(self):
            self.resize(1200, 780)
        if demo:
            self._show_demo_brief()
        QTimer.singleShot(0, self, self.offer_resume)

    # -- navigation ------------------------------------------------------------------------

    def show_section(self, name: str) -> None:
        self.sidebar.setCurrentRow(SECTIONS.index(name))

    def open_meeting(self, meeting_id: str) -> None:
        self.show_section("meetings")
        self.meetings_page.select_meeting(meeting_id)

    def _show_demo_brief(self) -> None:
        """A newcomer on demo data lands on a real, prepared brief."""
        upcoming = self.app.meetings.upcoming()
        if upcoming:
            self.show_section("meetings")
            self.meetings_page.select_meeting(upcoming[0].id)

    def current_section(self) -> str:
        return SECTIONS[self.stack.currentIndex()]

    def open_contact(self, contact_id: str) -> None:
        self.show_section("contacts")
        self.contacts_page.select_contact(contact_id)

    def _on_section_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        if SECTIONS[row] == "today":
            self.today_page.refresh()
        elif SECTIONS[row] == "referrals":
            self.referrals_page.refresh()
        elif SECTIONS[row] == "followups":
            self.followups_page.refresh()

    # -- menus and actions -----------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.commands
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addActions([a["new_contact"], a["prepare_meeting"], a["save"]])
        file_menu.addSeparator()
        file_menu.addActions([a["export_brief"], a["print_brief"]])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addActions([a["undo_delete"], a["copy_brief"], a["find"], a["delete_contact"]])
        meeting_menu = self.menuBar().addMenu("M&eeting")
        meeting_menu.addActions([a["resume_meeting"], a["edit_agenda"]])
        go_menu = self.menuBar().addMenu("&Go")
        go_menu.addActions([a[f"go_{name}"] for name in SECTIONS])
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(a["about"])
        folders = (self.app.data_dir, self.app.backups.folder())
        self.commands.update(add_help_items(self, help_menu, *folders))

    def _wire(self) -> None:
        a = self.commands
        a["new_contact"].triggered.connect(self._new_contact)
        a["save"].triggered.connect(self._save_current)
        a["quit"].triggered.connect(self.close)
        a["undo_delete"].triggered.connect(self.contacts_page.undo_delete)
        a["undo_delete"].setEnabled(False)
        a["find"].triggered.connect(self._find)
        a["delete_contact"].triggered.connect(self._delete_contact)
        a["about"].triggered.connect(self._about)
        for name in SECTIONS:
            a[f"go_{name}"].triggered.connect(lambda _=False, n=name: self.show_section(n))
        self.contacts_page.undo_available.connect(a["undo_delete"].setEnabled)
        self.contacts_page.status_message.connect(self._status)
        self.contacts_page.prepare_meeting.connect(self.prepare_meeting)
        self.profile_page.status_message.connect(self._status)
        self.today_page.open_contact.connect(self.open_contact)
        self.today_page.open_meeting.connect(self.open_meeting)
        self._wire_meetings()
        self._wire_meeting_window()
        self.today_page.open_profile.connect(lambda: self.show_section("profile"))
        self.today_page.new_contact.connect(a["new_contact"].trigger)
        self.today_page.prepare_meeting.connect(self.prepare_meeting)
        connect_review(self.review_page, self.today_page, self)
        read_only = self.app.read_only
        for name in ("new_contact", "save", "delete_contact", "prepare_meeting"):
            a[name].setEnabled(not read_only)

    def _wire_meetings(self) -> None:
        a, page = self.commands, self.meetings_page
        a["prepare_meeting"].triggered.connect(lambda: self.prepare_meeting())
        a["export_brief"].triggered.connect(lambda: self._on_meetings(page.export_pdf))
        a["print_brief"].triggered.connect(lambda: self._on_meetings(page.print_brief))
        a["copy_brief"].triggered.connect(lambda: self._on_meetings(page.copy_brief))
        page.status_message.connect(self._status)
        page.start_meeting.connect(self.start_meeting)
        page.meet_now.connect(self.meet_now)
        page.prep.picker.contact_created.connect(lambda _id: self.contacts_page.reload())

    def prepare_meeting(self, contact_id: str = "") -> None:
        self.show_section("meetings")
        self.meetings_page.prepare(contact_id)

    def _on_meetings(self, command: Callable[[], None]) -> None:
        self.show_section("meetings")
        command()

    # -- running meetings (the meeting window) ---------------------------------------------

    def _add_meeting_actions(self) -> None:
        specs = (
            ("resume_meeting", "&Resume the meeting in progress", ""),
            ("edit_agenda", "Edit the default &agenda…", ""),
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
        panel = self.contacts_page.meetings_panel
        panel.start_meeting.connect(self.start_meeting)
        panel.meet_now.connect(self.meet_now)
        panel.open_contact.connect(self.open_contact)
        self.referrals_page.open_contact.connect(self.open_contact)
        self.referrals_page.status_message.connect(self._status)
        connect_followups(self.followups_page, self.today_page, self)

    def start_meeting(self, meeting_id: str) -> MeetingWindow | None:
        """Open the meeting window on a prepared (or in-progress) meeting."""
        window = self.meeting_window
        if window is not None and window.isVisible():
            if window.session.meeting_id == meeting_id:
                window.show_full()
                return window
            QMessageBox.warning(
                self, "A meeting is open", "End or close the meeting that is open first."
            )
            window.show_full()
            return None
        try:
            session = self.app.meetings.open_session(meeting_id)
        except UserError as error:
            QMessageBox.warning(self, "Cannot start the meeting", str(error))
            return None
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
            QMessageBox.warning(self, "Cannot start the meeting", str(error))
            return None
        return self.start_meeting(meeting_id)

    def offer_resume(self) -> None:
        """A meeting left running (closed or crashed): resume, record now, discard or end."""
        if self.app.read_only or (self.meeting_window and self.meeting_window.isVisible()):
            return
        for meeting in self.app.meetings.in_progress():
            if settle_left_meeting(self, self.app, meeting, self.start_meeting):
                return
        self.meetings_page.refresh()

    def edit_default_agenda(self) -> None:
        service = self.app.agendas
        dialog = AgendaEditorDialog(
            service.default(),
            service.save_default,
            title="Your default agenda",
            reset_to=shipped_agenda,
            parent=self,
        )
        if service.problem:
            dialog.show_error(service.problem)
        if dialog.exec():
            self._status("Default agenda saved: new meetings will use it")

    def _meeting_recorded(self, result: FinishedMeeting) -> None:
        added = len(result.new_contacts)
        self._status(
            f"Meeting recorded: {added} new contact(s), {len(result.followups)} follow-up(s)"
        )
        self.contacts_page.reload()
        self.referrals_page.refresh()
        self.followups_page.refresh()
        self.today_page.refresh()
        if not self.meetings_page.is_preparing():  # never under the user's prep form
            self.meetings_page.reload()

    def _meeting_left_running(self, meeting_id: str) -> None:
        meeting = self.app.meetings.get(meeting_id)
        name = self.app.meetings.contact_name(meeting) if meeting else ""
        self._status(f"The meeting with {name} is still in progress: Meeting → Resume")

    def _build_status(self, demo: bool) -> None:
        folder = self.app.data_dir
        text = "Demo data (a temporary copy: changes are discarded on quit)" if demo else ""
        if not demo and folder:
            text = f"Data: {folder}"
        if self.app.read_only:
            text += "  ·  read-only"
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
        QMessageBox.about(
            self,
            "About netprep",
            f"<h3>netprep {__version__}</h3><p>Prepare, run and follow up the 20-minute "
            "networking meeting. Everything stays on this computer.</p>",
        )

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        pages = (self.contacts_page, self.meetings_page, self.review_page)
        if not all(page.confirm_discard() for page in pages):
            event.ignore()
            return
        if self.profile_page.has_unsaved_changes:
            answer = ask_save_discard_cancel(
                self, "Unsaved profile", "Save the changes to your profile?"
            )
            if answer is UnsavedChoice.CANCEL or (
                answer is UnsavedChoice.SAVE and not self.profile_page.save()
            ):
                event.ignore()
                return
        if self.meeting_window is not None and self.meeting_window.isVisible():
            self.meeting_window.close()  # saves what was typed; the meeting stays resumable
        self._state.save(self)
        event.accept()
