"""A one-line label that ends in "…" when it has less room than its text, with the whole
text as its tooltip: headers (a contact's title, a meeting's where and when) never clip
mid-letter, and a long name or place can still be read in full."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

MIN_CHARS = 8  # how far a layout may squeeze it: a few letters and the "…"


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._update_tip()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tip()

    def shown_text(self) -> str:
        """The text as painted: whole, or cut with "…" to the room there is."""
        width = self.contentsRect().width() - 2 * self.margin()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def is_elided(self) -> bool:
        return self.shown_text() != self.text()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(
            min(hint.width(), self.fontMetrics().averageCharWidth() * MIN_CHARS), hint.height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, event: QPaintEvent) -> None:
        shown = self.shown_text()
        if shown == self.text():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )

    def _update_tip(self) -> None:
        self.setToolTip(self.text() if self.text() and self.is_elided() else "")


class ElidingStatusBar(QStatusBar):
    """A status bar whose passing messages are shortened with "…" in the middle (where a
    message names a file, its end counts) before its permanent widgets (a long
    name ran under "Demo data…", cut mid-word), the whole message as its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messageChanged.connect(self._message_changed)

    def _message_changed(self, text: str) -> None:
        if not text:  # it timed out: no tooltip for a message gone
            self.setToolTip("")

    def showMessage(self, message: str, timeout: int | None = 0) -> None:
        taken = sum(w.width() for w in self.findChildren(QLabel) if w.isVisible())
        room = max(self.width() - taken - 32, 40)  # the bar's margins and size grip
        shown = self.fontMetrics().elidedText(message, Qt.TextElideMode.ElideMiddle, room)
        self.setToolTip(message if shown != message else "")
        super().showMessage(shown, timeout or 0)
