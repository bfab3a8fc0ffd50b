"""Log a touch: an email, a call, a message or a chance meeting, with a date and a line.

Reached from a contact, from Today and from the Follow-ups page. Whatever is logged counts
as "last contacted". The service checks the input; the dialog shows its sentence.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.domain.records import Interaction
from netprep.gui.widgets.contact_picker import ContactPicker
from netprep.gui.widgets.dates import date_pattern
from netprep.gui.widgets.wheel_guard import guard_wheel
from netprep.gui.words.labels import label
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError
from netprep.services.followups.touches import LOGGABLE


class TouchDialog(QDialog):
    def __init__(self, app: App, contact_id: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.logged: Interaction | None = None
        self.setWindowTitle(self.tr("Log a touch"))
        self.setMinimumWidth(440)  # as wide as "Add follow-up": the note's hint is not cut
        self.picker = ContactPicker()
        self.picker.set_contacts(app.contacts.all())
        if contact_id:
            self.picker.set_contact(contact_id)
        self.kind = guard_wheel(QComboBox())
        self.kind.setAccessibleName(self.tr("Kind of touch"))
        for kind in LOGGABLE:
            self.kind.addItem(label(kind), kind.value)
        today = app.followups.today()
        self.date_edit = guard_wheel(QDateEdit(QDate(today.year, today.month, today.day)))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_pattern())
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("One line: what it was about"))
        self.note.setMaxLength(500)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Contact"), self.picker)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Log it"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        (self.note if contact_id else self.picker).setFocus()

    def save(self) -> None:
        qdate = self.date_edit.date()
        try:
            if not self.picker.contact_id:
                raise UserError(self.tr("Choose whom you were in touch with."))
            self.logged = self._app.touches.log(
                self.picker.contact_id,
                str(self.kind.currentData()),
                on=date(qdate.year(), qdate.month(), qdate.day()),
                note=self.note.text(),
            )
        except UserError as error:
            self.error_label.setText(said(error))
            self.error_label.show()
            return
        self.accept()
