"""Add a follow-up by hand: a thank-you, an article to send, an introduction (double opt-in:
the draft asks the first person before anyone's details are passed on), or anything else."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
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
from netprep.domain.followups import FollowUp, FollowUpKind
from netprep.gui.widgets.contact_picker import ContactPicker
from netprep.gui.widgets.dates import date_pattern
from netprep.gui.widgets.wheel_guard import guard_wheel
from netprep.gui.words.labels import label
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError

BY_HAND = (
    FollowUpKind.THANK_YOU,
    FollowUpKind.ARTICLE,
    FollowUpKind.INTRODUCTION,
    FollowUpKind.OFFER,
    FollowUpKind.OTHER,
)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class AddFollowUpDialog(QDialog):
    def __init__(self, app: App, contact_id: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.added: FollowUp | None = None
        self.setWindowTitle(self.tr("Add a follow-up"))
        self.setMinimumWidth(480)
        contacts = app.contacts.all()
        self.kind = guard_wheel(QComboBox())
        self.kind.setAccessibleName(self.tr("Kind of follow-up"))
        for kind in BY_HAND:
            self.kind.addItem(label(kind), kind.value)
        self.picker = ContactPicker()
        self.picker.set_contacts(contacts)
        if contact_id:
            self.picker.set_contact(contact_id)
        self.other = ContactPicker()
        self.other.set_contacts(contacts)
        self.why = QLineEdit()
        self.why.setPlaceholderText(self.tr("Why they should meet, in a few words"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("What to do, e.g. Send Grace the virtual wards paper"))
        self.text.setMaxLength(300)
        self.due = guard_wheel(QDateEdit(to_qdate(app.followups.today() + timedelta(days=2))))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_pattern())
        self.no_date = QCheckBox(self.tr("No due date"))
        self.no_date.toggled.connect(lambda on: self.due.setEnabled(not on))
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.form = QFormLayout()
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Contact"), self.picker)
        self.form.addRow(self.tr("Introduce to"), self.other)
        self.form.addRow(self.tr("Why"), self.why)
        self.form.addRow(self.tr("What"), self.text)
        self.form.addRow(self.tr("Due"), self.due)
        self.form.addRow("", self.no_date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self, *_: object) -> None:
        intro = self.kind.currentData() == FollowUpKind.INTRODUCTION.value
        for widget in (self.other, self.why):
            self.form.setRowVisible(widget, intro)

    def save(self) -> None:
        kind = FollowUpKind(self.kind.currentData())
        text = self.text.text()
        if kind is FollowUpKind.INTRODUCTION and not text.strip():
            a, b = self.picker.contact(), self.other.contact()
            if a and b:
                text = self.tr("Introduce {a} and {b}").format(a=a.name, b=b.name)
        try:
            if not self.picker.contact_id:
                raise UserError(self.tr("Choose the contact this follow-up is about."))
            self.added = self._app.followups.add(
                self.picker.contact_id,
                kind,
                text,
                None if self.no_date.isChecked() else from_qdate(self.due.date()),
                other_contact_id=self.other.contact_id or None,
                why=self.why.text(),
            )
        except UserError as error:
            self.error_label.setText(said(error))
            self.error_label.show()
            return
        self.accept()
