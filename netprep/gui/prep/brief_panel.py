"""The prep screen's right side: the brief editor under a bar of Export / Print / Copy.

Before a contact is chosen it shows what will appear there instead of an empty editor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netprep.domain.brief.model import Brief
from netprep.gui.export.brief_actions import BriefOutput
from netprep.gui.prep.brief_editor import BriefEditor
from netprep.services.briefs import BriefService


class StatusLine(QLabel):
    """What the brief is doing (following the form, yours, being built, why it failed), whole
    on as many lines as it takes; hidden while there is nothing to say."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mutedLabel")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))


class BriefPanel(QWidget):
    def __init__(
        self, briefs: BriefService, output: BriefOutput, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = BriefEditor(briefs)
        self.status = StatusLine()  # under the bar: beside the buttons it was cut at 1024 px
        title = QLabel(self.tr("Brief"))
        title.setObjectName("sectionTitle")
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setMenu(output.menu(self.export_button))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(output.print)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(output.copy)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        for button in (self.export_button, self.print_button, self.copy_button):
            bar.addWidget(button)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        empty = QLabel(
            self.tr(
                "<h3>Who are you meeting?</h3><p>Pick the contact on the left: their brief "
                "appears here — your three sentences, three questions, common ground and what "
                "to offer back.</p>"
            )
        )
        empty.setObjectName("emptyState")
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        self._enable_outputs()

    @property
    def has_brief(self) -> bool:
        return self.stack.currentIndex() == 1

    def show_brief(self, brief: Brief | None) -> None:
        """Show ``brief`` in the editor (not a user edit), or the empty state for None."""
        if brief is None:
            self.stack.setCurrentIndex(0)
            self.status.setText("")
        else:
            self.editor.set_brief(brief)
            self.stack.setCurrentIndex(1)
        self._enable_outputs()

    def _enable_outputs(self) -> None:
        for button in (self.export_button, self.print_button, self.copy_button):
            button.setEnabled(self.has_brief)
