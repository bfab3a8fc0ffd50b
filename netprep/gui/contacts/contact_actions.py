"""What can be done with the open contact: the header's buttons (Log a touch, Prepare a
meeting, Delete, Save) and the list's context menu (Merge with…, Delete…)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QPushButton

from netprep.composition import App
from netprep.gui.widgets.item_roles import ID_ROLE
from netprep.gui.widgets.layouts import ButtonFlow

if TYPE_CHECKING:
    from netprep.gui.contacts.page import ContactsPage


class ContactActions(QObject):
    def __init__(self, app: App, page: ContactsPage) -> None:
        super().__init__(page)
        self._app = app
        self._page = page
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(page.save)
        self.prepare_button = QPushButton(self.tr("Prepare a meeting"))
        self.prepare_button.setToolTip(
            self.tr("Build a brief for a coffee meeting with this person")
        )
        self.prepare_button.clicked.connect(self.prepare_meeting)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(page.delete_current)
        self.touch_button = QPushButton(self.tr("Log a touch…"))
        self.touch_button.setToolTip(self.tr("An email, a call, a message or a chance meeting"))
        self.touch_button.clicked.connect(self.log_touch)
        page.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        page.list.customContextMenuRequested.connect(self.context_menu)

    def button_row(self) -> ButtonFlow:
        """The buttons in a row under the contact's name, on the right, Save last (wrapped
        onto two lines when the window is narrow rather than squeezing the contact list)."""
        row = ButtonFlow(align_right=True)
        for button in (self.touch_button, self.prepare_button, self.delete_button):
            row.addWidget(button)
        row.addWidget(self.save_button)
        return row

    def log_touch(self) -> None:
        contact = self._page.current
        if contact is None or contact.created_at is None:
            return
        from netprep.gui.followups.touch_dialog import TouchDialog  # not on the page's way

        dialog = TouchDialog(self._app, contact.id, self._page)
        if dialog.exec() and dialog.logged is not None:
            self._page.status_message.emit(self.tr("Touch logged: it counts as last contacted"))

    def prepare_meeting(self) -> None:
        contact = self._page.current
        if contact is not None and self._page.confirm_discard():
            self._page.prepare_meeting.emit(contact.id)

    def context_menu(self, where: QPoint) -> QMenu | None:
        """Pop up the menu for the row at ``where`` in the list (None on an empty spot)."""
        page = self._page
        index = page.list.indexAt(where)
        if not index.isValid():
            return None
        contact_id = str(index.data(ID_ROLE))
        writable = not self._app.read_only
        menu = QMenu(page)
        menu.setObjectName("contactMenu")
        merge = menu.addAction(self.tr("Merge with…"))
        merge.setToolTip(
            self.tr("Two contacts who are the same person: choose the other, then each field")
        )
        merge.setEnabled(writable)
        merge.triggered.connect(lambda: page.merge_requested.emit(contact_id))
        delete = menu.addAction(self.tr("Delete…"))
        delete.setEnabled(writable)
        delete.triggered.connect(lambda: self._delete(contact_id))
        menu.popup(page.list.viewport().mapToGlobal(where))
        return menu

    def _delete(self, contact_id: str) -> None:
        page = self._page
        if page.select_contact(contact_id) and page.selected_id() == contact_id:
            page.delete_current()
