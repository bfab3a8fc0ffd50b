"""The right side of the Contacts page: the open contact's name, what they do and the
buttons, over its tabs (Details: the form, Notes, Meetings & referrals).

The tabs are built the first time a contact is shown, not with the page: the form's 27
fields and the notes editor, and styling them, held the window ~0.3 s before the contact
list could show at 30,000 contacts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from netprep.composition import App
from netprep.domain.records import Contact
from netprep.gui.contacts.contact_actions import ContactActions
from netprep.gui.contacts.listing.prepare import start_worker
from netprep.gui.contacts.meetings_panel import ContactMeetingsPanel
from netprep.gui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from netprep.gui.contacts.page import ContactsPage


def import_tabs_ahead() -> None:
    """Import what the tabs are made of (the form, the notes editor and its Markdown view:
    ~0.2 s) on a worker thread, once the contacts are in: the first contact shown then only
    builds widgets."""
    start_worker(_import_tabs)


def _import_tabs() -> None:
    import netprep.gui.contacts.form_specs
    import netprep.gui.contacts.notes_panel
    import netprep.gui.followups.touch_dialog  # noqa: F401


class ContactTabs(QTabWidget):
    def __init__(self, app: App, meetings_panel: QWidget, parent: QWidget | None = None) -> None:
        from netprep.gui.contacts.form_specs import CONTACT_SECTIONS
        from netprep.gui.contacts.notes_panel import NotesPanel
        from netprep.gui.widgets.record_form import RecordForm

        super().__init__(parent)
        self.form = RecordForm(CONTACT_SECTIONS)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(self.form)
        self.notes = NotesPanel(app)
        self.addTab(self.form_scroll, self.tr("Details"))
        self.addTab(self.notes, self.tr("Notes"))
        # In a short window its two lists and wrapped buttons scroll rather than overlap
        self.meetings_scroll = QScrollArea()
        self.meetings_scroll.setWidgetResizable(True)
        self.meetings_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meetings_scroll.setWidget(meetings_panel)
        self.addTab(self.meetings_scroll, self.tr("Meetings && referrals"))


class ContactDetail(QWidget):
    def __init__(self, app: App, page: ContactsPage, wire: Callable[[ContactTabs], None]) -> None:
        """``wire``: connects the tabs to the page once they are built."""
        super().__init__()
        self._app, self._wire = app, wire
        self.built: ContactTabs | None = None
        self._importing = False
        self.title = ElidedLabel()  # a long name or role ends in “…”, whole in a tooltip
        self.title.setObjectName("pageTitle")
        self.subtitle = ElidedLabel()
        self.subtitle.setObjectName("mutedLabel")
        self.buttons = ContactActions(app, page)  # Log a touch, Prepare, Delete, Save; the menu
        self.meetings_panel = ContactMeetingsPanel(app)
        self._layout = QVBoxLayout(self)
        header = QVBoxLayout()  # the name on its own line (at 1024 px it was cut to "Grace …")
        header.addWidget(self.title)
        header.addWidget(self.subtitle)
        header.addLayout(self.buttons.button_row())
        self._layout.addLayout(header)

    def import_ahead(self) -> None:
        """Once: the tabs' modules imported on a worker (unless the tabs are built)."""
        if self.built is None and not self._importing:
            self._importing = True
            import_tabs_ahead()

    def tabs(self) -> ContactTabs:
        """The tabs, built now if they were not yet."""
        if self.built is None:
            self.built = ContactTabs(self._app, self.meetings_panel)
            self._wire(self.built)
            self._layout.addWidget(self.built, 1)
            self.built.show()  # now, not on the next turn of the event loop
        return self.built

    def show_contact(self, contact: Contact, *, again: bool = False) -> None:
        """Into the form and the tabs (a new one, not saved yet: only Details). ``again``:
        the same contact just saved, whose notes and meetings need no second reading (that
        read every contact to list who they referred: 30 ms of each Ctrl+S at 30,000)."""
        tabs, saved = self.tabs(), contact.created_at is not None
        tabs.form.load(contact)
        if again:
            return
        tabs.notes.set_contact(contact.id if saved else None)
        tabs.setTabEnabled(1, saved)
        self.meetings_panel.set_contact(contact.id if saved else None)
        tabs.setTabEnabled(2, saved)
        writable = not self._app.read_only
        self.buttons.save_button.setEnabled(writable)
        for button in (self.buttons.delete_button, self.buttons.prepare_button):
            button.setEnabled(saved and writable)
        self.buttons.touch_button.setEnabled(saved and writable)

    def show_header(self, contact: Contact, dirty: bool) -> None:
        self.title.setText(contact.name or self.tr("New contact"))
        detail = " · ".join(p for p in (contact.role, contact.company, contact.location) if p)
        referrer = self._app.contacts.name_of(contact.referred_by)
        if referrer:
            referred = self.tr("referred by {name}").format(name=referrer)
            detail += ("  ·  " if detail else "") + referred
        self.subtitle.setText(detail + (self.tr("  — unsaved changes") if dirty else ""))
