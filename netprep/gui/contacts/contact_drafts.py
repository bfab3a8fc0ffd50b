"""The contact form's kept drafts: kept while the user types, offered back on the next open.

A draft of a saved contact is offered when that contact is opened; a draft of a contact that
was never saved is offered when the page opens (and after each save or discard), so a new
contact typed before a crash is found again without hunting for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from netprep.composition import App
from netprep.domain.records import Contact, FormDraft, kept_when
from netprep.gui.contacts.kept_draft import DraftBanner, DraftTimer
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError

if TYPE_CHECKING:
    from netprep.gui.contacts.page import ContactsPage


class ContactDrafts(QObject):
    def __init__(self, app: App, page: ContactsPage) -> None:
        super().__init__(page)
        self._app = app
        self._page = page
        self.offered: FormDraft | None = None
        self.banner = DraftBanner()
        self.banner.restore.connect(self.restore)
        self.banner.discard.connect(self.discard_offered)
        self.timer = DraftTimer(self._keep, page.status_message.emit, self)

    # -- keeping ---------------------------------------------------------------------------

    def edited(self) -> None:
        current = self._page.current
        if current is not None and self.offered and self.offered.record_id == current.id:
            self._hide()  # typing now replaces the kept draft of this same contact
        self.timer.edited()

    def _keep(self) -> None:
        current = self._page.current
        if current is None or self._app.read_only or not self._page.has_unsaved_changes:
            return
        form = self._page.form
        self._app.contacts.keep_draft(
            current.id,
            form.texts().get("name", "").strip(),
            form.texts(),
            new_record=current.created_at is None,
        )

    def discard_current(self) -> None:
        """The user discarded the form's edits: forget them here and in the store."""
        self.timer.cancel()
        current = self._page.current
        if current is not None:
            self._forget(current.id)

    # -- offering --------------------------------------------------------------------------

    def offer(self) -> None:
        """After a contact is shown: its own kept draft, else a new contact's."""
        self.timer.cancel()
        current = self._page.current
        draft = self._app.contacts.draft(current.id) if current is not None else None
        if draft is not None and draft.fields == self._page.form.texts():
            self._forget(draft.record_id)  # nothing in it that is not saved
            draft = None
        if draft is None:
            waiting = self._app.contacts.new_contact_drafts()
            draft = waiting[0] if waiting else None
        if draft is None:
            self._hide()
            return
        self.offered = draft
        when = kept_when(draft.kept_at, self._app.clock.now())
        if draft.new_record:
            who = f"“{draft.title}”" if draft.title else self.tr("without a name yet")
            text = self.tr("An unsaved new contact, {who}, from {when} was kept.")
        else:
            who = draft.title or self.tr("this contact")
            text = self.tr("Unsaved changes to {who} from {when} were kept.")
        text = text.format(who=who, when=when)
        self.banner.offer(text)

    def restore(self) -> None:
        draft, page = self.offered, self._page
        if draft is None:
            return
        if page.current is None or page.current.id != draft.record_id:
            if self._app.contacts.get(draft.record_id) is not None:
                page.select_contact(draft.record_id)
            else:
                page.new_contact(Contact(id=draft.record_id))
        if page.current is None or page.current.id != draft.record_id:
            return  # the user kept the form's own unsaved edits (Cancel)
        self._hide()
        page.tabs.setCurrentIndex(0)
        page.form.load_texts(draft.fields)
        page.mark_edited()
        page.form.editor("name").setFocus()
        page.status_message.emit(self.tr("Kept changes restored: check them, then Save"))

    def discard_offered(self) -> None:
        draft = self.offered
        if draft is not None:
            self._forget(draft.record_id)
        self.offer()  # another new contact's draft, if any

    def _forget(self, contact_id: str) -> None:
        try:
            self._app.contacts.discard_draft(contact_id)
        except UserError as error:
            self._page.status_message.emit(
                QCoreApplication.translate(
                    "ContactDrafts", "The kept changes could not be discarded: {reason}"
                ).format(reason=said(error))
            )

    def _hide(self) -> None:
        self.offered = None
        self.banner.hide()
