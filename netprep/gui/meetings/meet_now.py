"""Meet now: choose the contact for a meeting that starts right away."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from netprep.composition import App
from netprep.domain.records import Contact
from netprep.gui.widgets.contact_picker import ContactPicker


class MeetNowDialog(QDialog):
    """Choose the contact for a meeting that starts right away."""

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meet now"))
        self.picker = ContactPicker()
        self.picker.set_contacts(app.contacts.all())
        if not app.read_only:
            self.picker.allow_new(lambda name: app.contacts.save(Contact(name=name)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Start the meeting"))
        self.ok_button.setEnabled(False)
        self.picker.contact_changed.connect(lambda cid: self.ok_button.setEnabled(bool(cid)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Who are you meeting? The brief is built as the meeting starts."))
        )
        layout.addWidget(self.picker)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())
