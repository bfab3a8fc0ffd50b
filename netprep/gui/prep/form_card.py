"""The prep screen's left column: the meeting form, the "you edited the brief" banner, and
Save / Save and start / Cancel. It only lays the widgets out; the prep screen wires them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from netprep.gui.prep.meeting_form import MeetingFields


class FormCard(QFrame):
    def __init__(self, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefCard")
        self.fields = MeetingFields()

        self.edited_banner = QFrame()
        self.edited_banner.setObjectName("hint")
        banner = QVBoxLayout(self.edited_banner)
        self.banner_label = QLabel(self.edited_text())
        self.banner_label.setWordWrap(True)
        self.rebuild_button = QPushButton(self.tr("Rebuild brief"))
        self.rebuild_button.setObjectName("rebuildButton")
        banner.addWidget(self.banner_label)
        banner.addWidget(self.rebuild_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.edited_banner.hide()

        self.save_button = QPushButton(self.tr("Save meeting"))
        self.save_button.setObjectName("primaryButton")
        self.start_button = QPushButton(self.tr("Save and start"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for button in (self.save_button, self.start_button):
            button.setEnabled(not read_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)

        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 16, 14)
        column.setSpacing(12)
        column.addWidget(self.fields)
        column.addWidget(self.edited_banner)
        column.addStretch(1)
        column.addLayout(buttons)

    def edited_text(self) -> str:
        return self.tr("You have edited this brief, so changes above no longer rebuild it.")

    def show_edited(self, other: str, chosen: str) -> None:
        """The banner, saying who the brief was for when the form now names someone else."""
        self.banner_label.setText(
            self.tr("This brief was prepared for {other}. Rebuild it for {chosen}?").format(
                other=other, chosen=chosen
            )
            if other and chosen
            else self.edited_text()
        )
