"""A form's unsaved edits kept in the store while the user types, and offered back.

:class:`DraftTimer` keeps the form's text DRAFT_DELAY_MS after the last keystroke (through a
service, in the store), so a killed app loses at most that much; :class:`DraftBanner` offers
a kept draft on the next open: "Unsaved changes to Maya Chen from 14:02 were kept".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError

DRAFT_DELAY_MS = 800  # keep the form's text this long after the last keystroke


class DraftTimer(QObject):
    """Calls ``keep`` once typing pauses; ``flush`` keeps at once, ``cancel`` forgets."""

    def __init__(
        self, keep: Callable[[], None], on_error: Callable[[str], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._keep = keep
        self._on_error = on_error
        self.pending = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_DELAY_MS)
        self.timer.timeout.connect(self.flush)

    def edited(self) -> None:
        self.pending = True
        self.timer.start()

    def flush(self) -> None:
        self.timer.stop()
        if not self.pending:
            return
        self.pending = False
        try:
            self._keep()
        except UserError as error:
            self._on_error(
                self.tr("Your unsaved changes could not be kept: {error}").format(error=said(error))
            )

    def cancel(self) -> None:
        self.timer.stop()
        self.pending = False


class DraftBanner(QFrame):
    """'Unsaved changes to … from 14:02 were kept.'  [Restore]  [Discard]"""

    restore = Signal()
    discard = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hint")
        self.setAccessibleName(self.tr("Kept unsaved changes"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("primaryButton")
        self.restore_button.setToolTip(self.tr("Put the kept text back into the form (then Save)"))
        self.restore_button.clicked.connect(self.restore)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setToolTip(
            self.tr("Forget the kept text: the saved record stays as it is")
        )
        self.discard_button.clicked.connect(self.discard)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.label, 1)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        self.hide()

    def offer(self, text: str) -> None:
        self.label.setText(text)
        self.show()
