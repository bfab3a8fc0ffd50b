"""The prep screen's form: who, when, where, and what the user wants to learn.

It only edits values; ``changed`` tells the prep screen that the brief may
need to follow. Loading values from code emits nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from netprep.domain.records import Contact
from netprep.gui.widgets.contact_picker import ContactPicker, describe
from netprep.gui.widgets.dates import datetime_pattern
from netprep.gui.widgets.wheel_guard import guard_wheel


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setObjectName("formLabel")
    label.setBuddy(buddy)
    return label


class MeetingFields(QWidget):
    changed = Signal()
    contact_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.picker = ContactPicker()
        self.picker.contact_changed.connect(self._on_contact_changed)
        self.contact_detail = QLabel()
        self.contact_detail.setTextFormat(Qt.TextFormat.PlainText)  # their role and company
        self.contact_detail.setObjectName("mutedLabel")
        self.contact_detail.setWordWrap(True)
        self.contact_error = QLabel()
        self.contact_error.setTextFormat(Qt.TextFormat.PlainText)
        self.contact_error.setObjectName("fieldError")
        self.contact_error.hide()
        self.when = guard_wheel(QDateTimeEdit())
        self.when.setObjectName("meetingWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(datetime_pattern())
        self.when.dateTimeChanged.connect(self._changed)
        self.where = QLineEdit()
        self.where.setObjectName("meetingWhere")
        self.where.setPlaceholderText(self.tr("Café, their office, or a video link"))
        self.where.textEdited.connect(self._changed)
        self.purpose = QPlainTextEdit()
        self.purpose.setObjectName("meetingPurpose")
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(92)
        self.purpose.textChanged.connect(self._changed)

        contact_box = QVBoxLayout()
        contact_box.setSpacing(2)
        contact_box.addWidget(self.picker)
        contact_box.addWidget(self.contact_error)
        contact_box.addWidget(self.contact_detail)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(6)
        form.addRow(_label(self.tr("&Who"), self.picker), contact_box)
        form.addRow(_label(self.tr("W&hen"), self.when), self.when)
        form.addRow(_label(self.tr("Whe&re"), self.where), self.where)
        form.addRow(_label(self.tr("What you want to &learn"), self.purpose), self.purpose)

    def load(
        self,
        contacts: Sequence[Contact] | None,
        contact_id: str,
        when: datetime,
        where: str,
        purpose: str,
        current_goal: str,
    ) -> None:
        """``contacts``: None keeps the picker's list (30,000 names are not looked over)."""
        self._loading = True
        try:
            if contacts is not None:
                self.picker.set_contacts(contacts)
            self.picker.set_contact(contact_id)
            self.when.setDateTime(
                QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
            )
            self.where.setText(where)
            self.purpose.setPlainText(purpose)
            self.purpose.setPlaceholderText(
                self.tr("Leave empty to use your current goal (see its full text in the tooltip)")
                if current_goal
                else self.tr("e.g. how they moved from nursing into product")
            )
            self.purpose.setToolTip(
                self.tr("Your current goal: {goal}").format(goal=current_goal)
                if current_goal
                else ""
            )
            self.contact_error.hide()
            self._show_contact_detail()
        finally:
            self._loading = False

    # -- values ----------------------------------------------------------------------------

    @property
    def contact_id(self) -> str:
        return self.picker.contact_id

    def contact(self) -> Contact | None:
        return self.picker.contact()

    def when_value(self) -> datetime:
        """The chosen time, in the user's time zone."""
        naive: datetime = self.when.dateTime().toPython()  # type: ignore[assignment]
        return naive.astimezone()

    def where_text(self) -> str:
        return " ".join(self.where.text().split())

    def purpose_text(self) -> str:
        return self.purpose.toPlainText().strip()

    def show_contact_error(self, message: str) -> None:
        self.contact_error.setText(message)
        self.contact_error.setVisible(bool(message))
        if message:
            self.picker.setFocus()

    # -- changes ---------------------------------------------------------------------------

    def _on_contact_changed(self, contact_id: str) -> None:
        self._show_contact_detail()
        if contact_id:
            self.contact_error.hide()
        if not self._loading:
            self.contact_changed.emit(contact_id)
        self._changed()

    def _show_contact_detail(self) -> None:
        contact = self.picker.contact()
        self.contact_detail.setText(describe(contact) if contact else "")
        self.contact_detail.setVisible(bool(self.contact_detail.text()))

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()
