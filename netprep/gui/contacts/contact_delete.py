"""Deleting a contact: asked first, and when they have meetings, what becomes of those."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from netprep.composition import App
from netprep.domain.meeting import MeetingStatus
from netprep.domain.records import Contact
from netprep.gui.words.user_errors import said
from netprep.services.contacts import DeletedContact
from netprep.services.errors import UserError

if TYPE_CHECKING:
    from netprep.gui.contacts.page import ContactsPage


class DeleteWords(QObject):
    """The questions' counted words (lupdate marks a plural only in a QObject's self.tr)."""

    def notes(self, n: int) -> str:
        return self.tr("%n note(s)", "", n)

    def undo_line(self) -> str:
        return self.tr("You can undo this with Edit → Undo delete until you close netprep.")

    def meetings(self, held: int, open_ones: int) -> str:
        text = self.tr(
            "They have %n meeting(s). Kept, the meetings stay under Meetings with their name, "
            "as a record of what was said",
            "",
            held,
        )
        if open_ones:
            text += self.tr(" (the %n not yet held can still be ended or cancelled)", "", open_ones)
        return text + self.tr("; deleted, the names given and follow-ups of those meetings go too.")


class DeleteChoice(Enum):
    CANCEL = "cancel"
    CONTACT = "contact"  # they have no meetings: delete the contact
    KEEP_MEETINGS = "keep_meetings"  # the meetings stay, as a record under their name
    WITH_MEETINGS = "with_meetings"  # the meetings go too


def ask_delete(parent: QWidget, app: App, contact: Contact) -> DeleteChoice:
    """Ask whether to delete ``contact`` (and, if they have meetings, what to do with them)."""
    notes = DeleteWords().notes(len(app.contacts.notes_for(contact.id)))
    meetings = app.meetings.for_contact(contact.id)
    if not meetings:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("ContactDelete", "Delete contact"),
            QCoreApplication.translate("ContactDelete", "Delete {name} and their {notes}?").format(
                name=contact.name, notes=notes
            )
            + f"\n\n{DeleteWords().undo_line()}",
        )
        yes = answer == QMessageBox.StandardButton.Yes
        return DeleteChoice.CONTACT if yes else DeleteChoice.CANCEL
    return ask_about_meetings(parent, contact, notes, meetings_note(app, contact.id))


def ask_about_meetings(parent: QWidget, contact: Contact, notes: str, about: str) -> DeleteChoice:
    """Keep the meetings as a record, delete them too, or cancel (a seam for tests)."""
    box = QMessageBox(parent)
    box.setObjectName("deleteContactBox")
    box.setWindowTitle(QCoreApplication.translate("ContactDelete", "Delete contact"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(
        QCoreApplication.translate("ContactDelete", "Delete {name} and their {notes}?").format(
            name=contact.name, notes=notes
        )
    )
    box.setInformativeText(f"{about}\n\n{DeleteWords().undo_line()}")
    answers = [
        (
            QCoreApplication.translate("ContactDelete", "Keep the meetings as a record"),
            QMessageBox.ButtonRole.AcceptRole,
            "keep_meetings",
        ),
        (
            QCoreApplication.translate("ContactDelete", "Delete the meetings too"),
            QMessageBox.ButtonRole.DestructiveRole,
            "with_meetings",
        ),
        (
            QCoreApplication.translate("ContactDelete", "Cancel"),
            QMessageBox.ButtonRole.RejectRole,
            "cancel",
        ),
    ]
    for text, role, value in answers:
        button = box.addButton(text, role)
        button.setProperty("answer", value)
        if value == "cancel":
            box.setDefaultButton(button)
            box.setEscapeButton(button)
    box.exec()
    clicked = box.clickedButton()
    value = clicked.property("answer") if clicked is not None else None
    return DeleteChoice(value) if value else DeleteChoice.CANCEL


def meetings_note(app: App, contact_id: str) -> str:
    """What becomes of the contact's meetings, said before the user decides."""
    meetings = app.meetings.for_contact(contact_id)
    open_ones = [
        m for m in meetings if m.status in (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS)
    ]
    return DeleteWords().meetings(len(meetings), len(open_ones))


def delete_contact(parent: QWidget, app: App, contact: Contact | None) -> DeletedContact | None:
    """Delete the open contact, once the user said so (None: not deleted)."""
    if contact is None or contact.created_at is None:
        return None
    choice = ask_delete(parent, app, contact)
    if choice is DeleteChoice.CANCEL:
        return None
    try:
        return app.contacts.delete(contact.id, with_meetings=choice is DeleteChoice.WITH_MEETINGS)
    except UserError as exc:
        title = QCoreApplication.translate("ContactDelete", "Contact not deleted")
        QMessageBox.warning(parent, title, said(exc))
        return None


def undo_last_delete(page: ContactsPage, app: App) -> None:
    """Edit → Undo delete: the contact comes back with everything the delete took."""
    try:
        restored = app.contacts.undo_delete()
    except UserError as exc:
        QMessageBox.warning(
            page, QCoreApplication.translate("ContactDelete", "Undo failed"), said(exc)
        )
        return
    if restored:
        page.reload(select=restored.id)
        page.status_message.emit(
            QCoreApplication.translate("ContactDelete", "Restored {name}").format(
                name=restored.name
            )
        )
    page.undo_available.emit(app.contacts.can_undo_delete)
