"""Prepare a meeting: who, when, where and why on the left; the live, editable brief on the right.

The brief follows the form (rebuilt ~300 ms after the last change, off the GUI thread:
see background_builder) only until the user edits it. From then on it is theirs: form
changes leave it alone and a banner offers "Rebuild brief" instead. A saved meeting
reopens the same way, its stored brief being the user's snapshot."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.domain.brief.model import Brief
from netprep.domain.meeting import Meeting
from netprep.domain.records import Contact
from netprep.gui.export.brief_actions import BriefOutput
from netprep.gui.prep.background_builder import BackgroundBuilder, warm_network
from netprep.gui.prep.brief_panel import BriefPanel
from netprep.gui.prep.form_card import FormCard
from netprep.gui.prep.picker_contacts import PickerContacts
from netprep.gui.widgets.layouts import master_detail
from netprep.gui.widgets.prompts import UnsavedChoice, ask_save_discard_cancel
from netprep.gui.words.user_errors import said
from netprep.render.brief_view import BriefContext
from netprep.services.briefs import BriefRequest
from netprep.services.errors import UserError

REBUILD_DELAY_MS = 300
DEFAULT_HOUR = 10


class PrepScreen(QWidget):
    brief_built = Signal()  # a fresh brief from the form is on screen
    saved = Signal(str)  # meeting id
    start_requested = Signal(str)  # meeting id, after saving
    closed = Signal()
    status_message = Signal(str)

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._meeting: Meeting | None = None
        self._brief_edited = False
        self._dirty = False
        self.last_build_ms = 0.0
        # No parent: its sorting thread keeps it alive until done, never a deleted object.
        self._picker_contacts = PickerContacts(app.briefs.network_snapshot, app.contacts.get)
        self._picker_list: list[Contact] | None = None  # the list the picker was last given

        self.title = QLabel(self.tr("Prepare a meeting"))
        self.title.setObjectName("pageTitle")
        self.back_button = QPushButton(self.tr("← Meetings"))
        self.back_button.setObjectName("flatButton")
        self.back_button.clicked.connect(self.close_screen)

        self.form_card = form_card = FormCard(app.read_only)
        self.fields = form_card.fields
        self.fields.changed.connect(self._on_form_changed)
        # Shortcuts to the widgets the screen works with.
        self.picker = self.fields.picker
        self.where = self.fields.where
        self.purpose = self.fields.purpose
        self.contact_error = self.fields.contact_error
        if not app.read_only:  # a name that is nobody's yet: "Add 'Sam Lee' as a new contact"
            self.picker.allow_new(lambda name: app.contacts.save(Contact(name=name)))
        self.picker.creation_failed.connect(self.fields.show_contact_error)
        self.edited_banner = form_card.edited_banner
        self.banner_label = form_card.banner_label
        self.rebuild_button = form_card.rebuild_button
        self.rebuild_button.clicked.connect(self.rebuild)
        self.save_button = form_card.save_button
        self.save_button.clicked.connect(self.save)
        self.start_button = form_card.start_button
        self.start_button.clicked.connect(self.save_and_start)
        self.cancel_button = form_card.cancel_button
        self.cancel_button.clicked.connect(self.close_screen)

        self.output = BriefOutput(app, self, self.current_brief)
        self.output.status_message.connect(self.status_message)
        self.panel = BriefPanel(app.briefs, self.output)
        self.editor = self.panel.editor
        self.editor.edited.connect(self._on_brief_edited)
        self.brief_status = self.panel.status

        splitter = master_detail(form_card, self.panel, (360, 760))
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.timeout.connect(self._build_in_background)
        self._builder = BackgroundBuilder(app.briefs.build_from, self)
        warm_network(app.briefs)  # unless the window read it ahead already
        self._builder.finished.connect(self._on_background_built)
        self._builder.failed.connect(self.brief_status.setText)
        self._builder.failed.connect(lambda _: self._picker_contacts.refresh())  # no brief to wait
        self._picker_contacts.ready.connect(self._give_picker)

    # -- opening ---------------------------------------------------------------------------

    def new(self, contact_id: str = "") -> None:
        """A blank form (for ``contact_id`` if given) with tomorrow at ten as the time."""
        self._meeting = None
        self.title.setText(self.tr("Prepare a meeting"))
        tomorrow = self._app.clock.now().astimezone() + timedelta(days=1)
        self._load_form(contact_id, tomorrow.replace(hour=DEFAULT_HOUR, minute=0), "", "")
        self._set_brief(None, edited=False)
        if contact_id:  # built once the form is painted: painting waits for no GIL
            self._rebuild_timer.start(0)
        self._dirty = False
        self.picker.setFocus()

    def edit(self, meeting: Meeting) -> None:
        """A saved meeting: its brief is the user's snapshot and is not rebuilt by itself."""
        self._meeting = meeting
        name = self._app.contacts.name_of(meeting.contact_id)
        self.title.setText(self.tr("Edit meeting with {name}").format(name=name))
        when = meeting.when.astimezone() if meeting.when else self._app.clock.now().astimezone()
        self._load_form(meeting.contact_id, when, meeting.where, meeting.purpose)
        if meeting.brief is not None:
            self._set_brief(meeting.brief, edited=True)
        else:
            self._set_brief(None, edited=False)
            self._rebuild_timer.start(0)
        self._dirty = False

    def _load_form(self, contact_id: str, when: datetime, where: str, purpose: str) -> None:
        goal = self._app.profile.get().current_goal
        contacts = self._picker_contacts.for_opening(contact_id)
        if not contact_id:  # no brief to wait for: the names now (sorted on a worker)
            QTimer.singleShot(0, self, self._picker_contacts.refresh)
        given = None if contacts is self._picker_list else contacts  # the picker has them
        self._picker_list = contacts
        self.fields.load(given, contact_id, when, where, purpose, goal)

    def _give_picker(self, contacts: list[Contact]) -> None:
        self._picker_list = contacts
        self.picker.set_contacts(contacts)

    # -- building the brief ----------------------------------------------------------------

    def rebuild(self) -> None:
        """Replace the brief with a fresh one from the form (asks first if it was edited)."""
        if self._brief_edited:
            answer = QMessageBox.question(
                self,
                self.tr("Rebuild the brief?"),
                self.tr(
                    "This replaces the brief, including your edits, with a new one built "
                    "from the form and your notes."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._brief_edited = False  # the user chose a fresh brief over their edits
        self.edited_banner.hide()
        self._dirty = True
        self._build_in_background()

    @property
    def rebuild_pending(self) -> bool:
        """The brief is about to follow the form (debouncing, or building)."""
        return self._rebuild_timer.isActive() or self._builder.busy

    def flush_pending_rebuild(self) -> None:
        """Build now, here, what is pending (before saving, and in tests)."""
        if self.rebuild_pending:
            self._rebuild_timer.stop()
            self._builder.cancel()
            self._build_now()

    def _request(self) -> BriefRequest | None:
        """What the brief is built from, or None when there is nothing to build."""
        contact_id = self.picker.contact_id
        if not contact_id or self._brief_edited:
            return None
        try:
            return self._app.briefs.request(
                contact_id,
                self.fields.purpose_text(),
                exclude_meeting=self._meeting.id if self._meeting else None,
            )
        except UserError as exc:
            self.brief_status.setText(said(exc))
            return None

    def _build_in_background(self) -> None:
        self._rebuild_timer.stop()
        request = self._request()
        if request is not None:
            self._builder.submit(request)
            self.brief_status.setText(self.tr("Building the brief…"))

    def _build_now(self) -> None:
        request = self._request()
        if request is None:
            return
        started = time.perf_counter()
        try:
            brief = self._app.briefs.build_from(request)
        except Exception as exc:  # the same report as a failed background build
            self.brief_status.setText(
                self.tr("The brief could not be built: {reason}").format(reason=exc)
            )
            return
        self.last_build_ms = (time.perf_counter() - started) * 1000
        self._show_built(brief)

    def _on_background_built(self, brief: object) -> None:
        if not isinstance(brief, Brief) or self._brief_edited:
            return  # the user edited meanwhile: their brief stays
        if brief.contact_id != self.picker.contact_id:
            return
        self.last_build_ms = self._builder.last_seconds * 1000
        self._show_built(brief)

    def _show_built(self, brief: Brief) -> None:
        self._set_brief(brief, edited=False)
        self.brief_built.emit()
        if self._picker_contacts.stale:  # the brief is shown: now the names (see picker_contacts)
            QTimer.singleShot(0, self, self._picker_contacts.refresh)

    def _set_brief(self, brief: Brief | None, *, edited: bool) -> None:
        self._brief_edited = edited
        self.edited_banner.hide()
        self.panel.show_brief(brief)
        self._update_brief_status()

    def _update_brief_status(self) -> None:
        if not self.panel.has_brief:
            self.brief_status.setText("")
        elif self._brief_edited:
            self.brief_status.setText(self.tr("Yours: edits are kept"))
        else:
            self.brief_status.setText(self.tr("Follows the form until you edit it"))

    # -- user changes ----------------------------------------------------------------------

    def _on_form_changed(self, *_: object) -> None:
        self._dirty = True
        if self._brief_edited:
            chosen = self.picker.contact()
            self.form_card.show_edited(
                self._brief_for_someone_else(), chosen.name if chosen else ""
            )
            self.edited_banner.setVisible(bool(self.picker.contact_id))
            return
        if self.picker.contact_id:
            self._rebuild_timer.start(REBUILD_DELAY_MS)

    def _brief_for_someone_else(self) -> str:
        """The name on the brief shown, when the form now names another contact."""
        if not self.panel.has_brief or not self.picker.contact_id:
            return ""
        brief_contact = self.editor.brief().contact_id
        if not brief_contact or brief_contact == self.picker.contact_id:
            return ""
        return self._app.contacts.name_of(brief_contact)

    def _on_brief_edited(self) -> None:
        self._dirty = True
        if not self._brief_edited:
            self._brief_edited = True
            self._rebuild_timer.stop()
            self._builder.cancel()
            self._update_brief_status()

    # -- what the brief is printed with ----------------------------------------------------

    def current_brief(self) -> tuple[Brief, BriefContext] | None:
        """The brief on screen and the meeting facts in the form (saved or not)."""
        contact = self.picker.contact()
        if contact is None or not self.panel.has_brief:
            return None
        brief = self.editor.brief()
        purpose = self.fields.purpose_text()
        context = BriefContext(
            contact_name=contact.name,
            company=contact.company,
            role=contact.role,
            when=self.fields.when_value(),
            where=self.fields.where_text(),
            purpose=purpose or brief.purpose,
        )
        return brief, context

    # -- saving and leaving ----------------------------------------------------------------

    def save(self) -> str | None:
        """Store the meeting with the brief as shown; its id, or None if nothing was saved."""
        self.flush_pending_rebuild()
        contact_id = self.picker.contact_id
        if not contact_id:
            typed = self.picker.edit.text().strip()
            self.fields.show_contact_error(
                self.tr(
                    "Nobody is called “{name}” yet: choose “Add … as a new contact” under the "
                    "name, or pick someone else."
                ).format(name=typed)
                if typed
                else self.tr("Type the name of who you are meeting and choose them from the list.")
            )
            return None
        other = self._brief_for_someone_else()
        if other:
            QMessageBox.warning(
                self,
                self.tr("The brief is for someone else"),
                self.tr(
                    "The brief on screen was prepared for {other}. Rebuild it for the person "
                    "you are meeting before saving."
                ).format(other=other),
            )
            return None
        meeting = self._meeting or Meeting()
        meeting.contact_id = contact_id
        meeting.when = self.fields.when_value()
        meeting.where = self.fields.where_text()
        meeting.purpose = self.fields.purpose_text()
        if self.panel.has_brief:
            meeting.brief = self.editor.brief()
        try:
            saved = self._app.briefs.save_meeting(meeting)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Meeting not saved"), said(exc))
            return None
        self._meeting = saved
        self._dirty = False
        self._brief_edited = True  # what is saved is now the user's snapshot
        self.edited_banner.hide()
        self._update_brief_status()
        name = self._app.contacts.name_of(saved.contact_id)
        self.title.setText(self.tr("Edit meeting with {name}").format(name=name))
        self.status_message.emit(self.tr("Saved the meeting with {name}").format(name=name))
        self.saved.emit(saved.id)
        return saved.id

    def save_and_start(self) -> None:
        meeting_id = self.save()
        if meeting_id:
            self.start_requested.emit(meeting_id)

    @property
    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def confirm_discard(self) -> bool:
        """True when it is fine to leave: nothing unsaved, saved now, or discarded."""
        if not self._dirty:
            return True
        answer = ask_save_discard_cancel(
            self,
            self.tr("Unsaved meeting"),
            self.tr("Save this meeting and its brief before leaving?"),
        )
        if answer is UnsavedChoice.SAVE:
            return self.save() is not None
        if answer is UnsavedChoice.DISCARD:
            self._dirty = False
            return True
        return False

    def close_screen(self) -> None:
        if self.confirm_discard():
            self._rebuild_timer.stop()
            self._builder.cancel()
            self.closed.emit()
