"""Contacts: a searchable list, and the selected contact's details and notes beside it.

At 30,000 contacts the page shows at once and fills in: once it has painted, the contacts are
prepared on a worker thread (sorted, folded for search) and handed over; once the list has
painted, the "Referred by" choices follow and the notes' words are indexed (listing/). The
contact's tabs are built when a contact is first shown (contact_detail.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import (
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.domain.records import Contact
from netprep.gui.contacts.contact_delete import delete_contact, undo_last_delete
from netprep.gui.contacts.contact_detail import ContactDetail, ContactTabs
from netprep.gui.contacts.contact_drafts import ContactDrafts
from netprep.gui.contacts.list_pane import ContactListPane
from netprep.gui.contacts.listing.model import (
    ID_ROLE,
    ContactFilterProxy,
    ContactListModel,
    count_text,
)
from netprep.gui.contacts.listing.note_search import NoteSearch
from netprep.gui.contacts.listing.prepare import AfterPaint, BackgroundPrepare, PreparedContacts
from netprep.gui.contacts.same_name import warn_same_name
from netprep.gui.contacts.search_keys import ContactsKeys
from netprep.gui.widgets.empty_state import empty_state
from netprep.gui.widgets.layouts import master_detail
from netprep.gui.widgets.prompts import UnsavedChoice, ask_save_discard_cancel
from netprep.gui.widgets.ref_choices import RefChoices
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError, ValidationError

if TYPE_CHECKING:  # built with the tabs, when a contact is first shown (their modules too)
    from netprep.gui.contacts.notes_panel import NotesPanel
    from netprep.gui.widgets.record_form import RecordForm

# From this many contacts they are prepared on a worker thread (~0.1 s at 30,000) while the
# page shows "Loading contacts…"; fewer take milliseconds and are there when the page is.
PREPARE_AHEAD_FROM = 2_000


class ContactsPage(QWidget):
    status_message = Signal(str)
    prepare_meeting = Signal(str)  # contact id
    undo_available = Signal(bool)
    merge_requested = Signal(str)  # contact id: "Merge with…" from the list's context menu

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._current: Contact | None = None
        self._dirty = self._showing_errors = False
        self._referrers: RefChoices | None = None
        self._select_when_loaded: str | None = None
        self.loading = False  # the contacts are being prepared on a worker thread
        self.preparing = BackgroundPrepare(app.contacts.in_store_order, self)
        self.preparing.ready.connect(self._adopt)
        self.preparing.referrers_ready.connect(self._adopt_referrers)

        self.model = ContactListModel()
        self.proxy = ContactFilterProxy(self.model, self)
        left = ContactListPane(self.proxy)
        self.search, self.list = left.search, left.list
        self.count_label, self.new_button = left.count_label, left.new_button
        self.search.textChanged.connect(self._on_search)
        self.new_button.clicked.connect(self.new_contact)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        # The workers wait for the list's paint: a Python thread running while Qt paints
        # makes each Python call of the paint wait for the interpreter lock (prepare.py).
        self._prepare_after_paint = AfterPaint(self.list, self.preparing.start)
        self._after_listed_paint = AfterPaint(self.list, self._after_listed)
        # After the list view and its selection model have taken in a new search's rows.
        self.proxy.modelReset.connect(self._keep_selection)
        self.proxy.modelReset.connect(self._update_count)  # also when the notes' index arrives
        self.keys = ContactsKeys(self, self)  # Esc, Down, Delete, Ctrl+Z after a delete
        self.undo_available.connect(self.keys.deleted)

        # Right: an empty state, or the contact's header + tabs.
        self.detail = ContactDetail(app, self, self._wire_tabs)
        self.title, self.subtitle = self.detail.title, self.detail.subtitle
        actions, self.meetings_panel = self.detail.buttons, self.detail.meetings_panel
        self.save_button, self.prepare_button = actions.save_button, actions.prepare_button
        self.delete_button, self.touch_button = actions.delete_button, actions.touch_button
        self.drafts = ContactDrafts(app, self)  # the form's text kept while typing
        self.note_search = NoteSearch(  # note text in search: indexed on a thread, kept fresh
            lambda: list(self.model.ids()),  # numbered as the rows are: see _note_mask
            lambda contact_id: (n.body for n in app.contacts.notes_for(contact_id)),
            self.proxy.set_note_index,
            self,
        )
        empty = empty_state(
            self.tr(
                "<h2>No contact selected</h2><p>Pick someone on the left, or press "
                "<b>Ctrl+N</b> to add the person you are about to meet.</p>"
            )
        )
        self.right = QStackedWidget()
        self.right.addWidget(empty)
        self.right.addWidget(self.detail)
        splitter = master_detail(left, self.right)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.drafts.banner)
        layout.addWidget(splitter)
        self.reload()

    # -- the contact's tabs, built when first needed ----------------------------------------

    def _wire_tabs(self, tabs: ContactTabs) -> None:
        tabs.form.edited.connect(self._on_form_edited)
        tabs.notes.saved.connect(self.status_message)
        tabs.notes.saved.connect(lambda _m: self.note_search.notes_changed(self.selected_id()))
        if self._referrers is not None:
            tabs.form.adopt_ref_choices("referred_by", self._referrers)

    @property
    def tabs(self) -> ContactTabs:
        return self.detail.tabs()

    @property
    def form(self) -> RecordForm:
        return self.detail.tabs().form

    @property
    def form_scroll(self) -> QScrollArea:
        return self.detail.tabs().form_scroll

    @property
    def notes(self) -> NotesPanel:
        return self.detail.tabs().notes

    # -- loading ---------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read every contact again (on a worker thread when there are many)."""
        if self._app.contacts.count() < PREPARE_AHEAD_FROM:
            self._adopt(PreparedContacts.build(self._app.contacts.all()), select)
            return
        self._select_when_loaded = select or self._select_when_loaded
        self.loading = True
        self._update_count()
        self._prepare_after_paint.start()

    def _adopt(self, prepared: PreparedContacts, select: str | None = None) -> None:
        select, self._select_when_loaded = select or self._select_when_loaded, None
        self.loading = False  # (the "Referred by" choices may still be worked out)
        self.model.adopt(prepared)
        self.proxy.refresh()
        self._after_listed_paint.start()
        if prepared.referrers is not None:
            self._adopt_referrers(prepared.referrers)
        self._update_count()
        current = self._current
        if select and self.select_contact(select):
            return
        if current and self.model.row_of(current.id) >= 0:
            self.select_contact(current.id)
        elif current is None or current.created_at is not None:  # a new one stays in the form
            self._show(None)

    def _adopt_referrers(self, referrers: RefChoices) -> None:
        self._referrers = referrers
        if self.detail.built is not None:
            self.detail.built.form.adopt_ref_choices("referred_by", referrers)

    def _after_listed(self) -> None:
        self.preparing.go_on()  # the "Referred by" choices
        self.note_search.start()  # once: after the contacts, not competing with them
        self.detail.import_ahead()

    def select_contact(self, contact_id: str, *, reveal: bool = True) -> bool:
        """Select a contact in the list; ``reveal`` clears a search that hides it."""
        if self.model.row_of(contact_id) < 0:
            if self.loading:  # shown once the contacts are in
                self._select_when_loaded = contact_id
            return False
        row = self.proxy.row_of(contact_id)
        if row < 0 and not reveal:
            return False
        if row < 0:
            self.search.clear()
            row = self.proxy.row_of(contact_id)
        proxy_index = self.proxy.index(row, 0)
        self.list.selectionModel().setCurrentIndex(
            proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list.scrollTo(proxy_index)
        return True

    def _show(self, contact: Contact | None, *, again: bool = False) -> None:
        self._current = contact
        self._dirty = False
        self._showing_errors = False
        if contact is None:
            self.right.setCurrentIndex(0)
            if self.detail.built is not None:
                self.detail.built.notes.set_contact(None)
            self.meetings_panel.set_contact(None)
            self.drafts.offer()
            return
        self.right.setCurrentIndex(1)
        self.detail.show_contact(contact, again=again)
        self._update_header()
        self.drafts.offer()

    def _update_header(self) -> None:
        if self._current is not None:
            self.detail.show_header(self._current, self._dirty)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        everyone = self.tr("%Ln contact(s)", "", total)
        self.count_label.setText(count_text(shown, total, everyone, loading=self.loading))

    # -- actions ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_contact(self, contact: Contact | None = None) -> None:
        """A blank form (or ``contact``, never saved: a kept draft's) with Name in view."""
        if not self.confirm_discard():
            return
        self.list.selectionModel().clearSelection()
        self._show(contact or Contact())
        self.tabs.setCurrentIndex(0)
        self.form_scroll.verticalScrollBar().setValue(0)  # Name in view, not only focused
        self.form.editor("name").setFocus()

    def save(self) -> bool:
        """Validate and save the contact in the form. False if there is nothing saved."""
        if self._current is None:
            return False
        contact = self._app.contacts.get(self._current.id) or Contact(id=self._current.id)
        name_before = contact.name
        self.form.apply_to(contact)
        try:
            local = self.form.local_errors()
            if local:
                raise ValidationError(local)
            saved = self._app.contacts.save(contact)
        except ValidationError as exc:
            self._showing_errors = True
            self.form.show_errors(exc.errors)
            self.form.focus_first_error(exc.errors)
            self.tabs.setCurrentIndex(0)
            self.status_message.emit(self.tr("Not saved: please fix the fields marked in red"))
            return False
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Contact not saved"), said(exc))
            return False
        self._dirty = self._showing_errors = False
        self.form.show_errors({})
        self.notes.flush()
        self.status_message.emit(self.tr("Saved {name}").format(name=saved.name))
        again, self._current = self._current.created_at is not None, saved
        # Update the one row and the one choice: a full reload costs ~0.3 s at 30,000 contacts.
        self.proxy.upsert(saved)
        self.form.upsert_ref_choice(
            "referred_by", saved.name, saved.id, saved.primary_email or saved.company
        )
        self.preparing.changed()  # one being prepared now may lack this save: again after
        self._update_count()
        self.select_contact(saved.id, reveal=False)  # keep the user's search as it is
        self._show(self._app.contacts.get(saved.id), again=again)  # notes, meetings: as they were
        warn_same_name(self, self._app, saved, name_before)
        return True

    def delete_current(self) -> None:
        deleted = delete_contact(self, self._app, self._current)  # asked first
        if deleted is None:
            return
        self._current = None
        self.model.remove(deleted.contact.id)  # gone from the list now, while the rest reloads
        self.proxy.refresh()
        self.reload()
        self.status_message.emit(
            self.tr("Deleted {name} — Ctrl+Z to undo").format(name=deleted.contact.name)
        )
        self.undo_available.emit(True)

    def undo_delete(self) -> None:
        undo_last_delete(self, self._app)

    def confirm_discard(self) -> bool:
        """Ask what to do with unsaved edits. True when it is fine to move on."""
        if not self._dirty or self._current is None:
            return self.detail.built is None or self.detail.built.notes.keep()
        self.drafts.timer.flush()  # kept before asking: a kill while the question is up loses none
        answer = ask_save_discard_cancel(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save your changes to {name}?").format(
                name=self._current.name or self.tr("this new contact")
            ),
        )
        if answer is UnsavedChoice.SAVE:
            return self.save()
        if answer is UnsavedChoice.DISCARD:
            self.drafts.discard_current()
            self._dirty = False
            return self.notes.keep()
        return False

    @property
    def has_unsaved_changes(self) -> bool:
        return self._dirty

    @property
    def current(self) -> Contact | None:
        """The contact in the form (not yet saved when its ``created_at`` is None)."""
        return self._current

    def selected_id(self) -> str:
        """The contact open in the form, if it is saved ("" otherwise)."""
        contact = self._current
        return contact.id if contact is not None and contact.created_at else ""

    # -- signals ---------------------------------------------------------------------------

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)  # new rows: a reset, and the count with it (_update_count)

    def _keep_selection(self) -> None:
        """After the shown rows change, the open contact stays selected while it is shown."""
        row = self.proxy.row_of(self._current.id) if self._current is not None else -1
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        contact_id = current.data(ID_ROLE)
        if self._current is not None and contact_id == self._current.id:
            return
        if not self.confirm_discard():
            self.list.selectionModel().blockSignals(True)
            self.list.selectionModel().setCurrentIndex(
                previous, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.list.selectionModel().blockSignals(False)
            return
        self._show(self._app.contacts.get(contact_id))

    def mark_edited(self) -> None:
        """The form was changed other than by typing (a kept draft put back)."""
        self._on_form_edited()

    def _on_form_edited(self) -> None:
        self._dirty = True
        self.drafts.edited()
        if self._current is not None and self._showing_errors:
            # Once a save has pointed at problems, clear each one as soon as it is fixed.
            probe = Contact(id=self._current.id)
            self.form.apply_to(probe)
            errors = {**self._app.contacts.validate(probe), **self.form.local_errors()}
            self.form.show_errors(errors)
            self._showing_errors = bool(errors)
        self._update_header()
