"""The main window: a sidebar of sections (Today, Contacts, Meetings, Review, Profile)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netprep import __version__
from netprep.composition import App
from netprep.gui.actions import build_actions
from netprep.gui.contacts_page import ContactsPage
from netprep.gui.placeholder_page import PlaceholderPage
from netprep.gui.profile_page import ProfilePage
from netprep.gui.today_page import TodayPage
from netprep.gui.window_state import WindowState
from netprep.resources import resource_path

SECTIONS = ("today", "contacts", "meetings", "review", "profile")


class MainWindow(QMainWindow):
    def __init__(self, app: App, state: WindowState, *, demo: bool = False) -> None:
        super().__init__()
        self.app = app
        self._state = state
        self.setWindowTitle("netprep — demo data" if demo else "netprep")
        self.setMinimumSize(QSize(760, 520))

        self.today_page = TodayPage(app)
        self.contacts_page = ContactsPage(app)
        self.meetings_page = PlaceholderPage(
            "Meetings",
            "Prepare a coffee meeting here: pick the person, say what you want to learn, "
            "and netprep builds a one-page brief — your three sentences, three insight "
            "questions, common ground and what to offer back — then times the 20 minutes.",
        )
        self.review_page = PlaceholderPage(
            "Weekly review",
            "Fifteen minutes a week: who you have not been in touch with for a while, ending "
            "in three personal emails that propose times.",
        )
        self.profile_page = ProfilePage(app)
        self.pages: dict[str, QWidget] = {
            "today": self.today_page,
            "contacts": self.contacts_page,
            "meetings": self.meetings_page,
            "review": self.review_page,
            "profile": self.profile_page,
        }

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(200)
        for name in SECTIONS:
            item = QListWidgetItem(
                QIcon(str(resource_path("icons", f"{name}.svg"))), name.capitalize()
            )
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageArea")
        for name in SECTIONS:
            self.stack.addWidget(self.pages[name])
        self.sidebar.currentRowChanged.connect(self._on_section_changed)

        brand = QLabel("netprep")
        brand.setObjectName("brand")
        tag = QLabel("20-minute networking meetings")
        tag.setObjectName("brandTag")
        tag.setWordWrap(True)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        side.addWidget(brand)
        side.addWidget(tag)
        side.addWidget(self.sidebar, 1)
        side_panel = QWidget()
        side_panel.setObjectName("sidebarPanel")
        side_panel.setLayout(side)
        side_panel.setFixedWidth(200)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(side_panel)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.actions = build_actions(self)
        self._build_menus()
        self._wire()
        self._build_status(demo)
        if not state.restore(self):
            self.resize(1200, 780)
        self.show_section("today")

    # -- navigation ------------------------------------------------------------------------

    def show_section(self, name: str) -> None:
        self.sidebar.setCurrentRow(SECTIONS.index(name))

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

    # -- menus and actions -----------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.actions
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addActions([a["new_contact"], a["save"]])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addActions([a["undo_delete"], a["find"], a["delete_contact"]])
        go_menu = self.menuBar().addMenu("&Go")
        go_menu.addActions([a[f"go_{name}"] for name in SECTIONS])
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(a["about"])

    def _wire(self) -> None:
        a = self.actions
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
        self.profile_page.status_message.connect(self._status)
        self.today_page.open_contact.connect(self.open_contact)
        self.today_page.open_profile.connect(lambda: self.show_section("profile"))
        read_only = self.app.read_only
        for name in ("new_contact", "save", "delete_contact"):
            a[name].setEnabled(not read_only)

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

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About netprep",
            f"<h3>netprep {__version__}</h3><p>Prepare, run and follow up the 20-minute "
            "networking meeting. Everything stays on this computer.</p>",
        )

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.contacts_page.confirm_discard():
            event.ignore()
            return
        if self.profile_page.has_unsaved_changes:
            answer = QMessageBox.question(
                self,
                "Unsaved profile",
                "Save the changes to your profile?",
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.profile_page.save()
            ):
                event.ignore()
                return
        self._state.save(self)
        event.accept()
