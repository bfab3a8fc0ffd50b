"""A bar that says what was just deleted, with an Undo button; and Ctrl+Z for the same.

Ctrl+Z reaches the bar's owner from the widgets it watches (a list, its buttons) and from a
text editor that has nothing of its own left to undo, so it never takes a text edit's undo.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget


class UndoBar(QFrame):
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hint")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Bring it back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 4, 4)
        row.addWidget(self.message, 1)
        row.addWidget(self.undo_button)
        self.hide()

    def offer(self, message: str) -> None:
        self.message.setText(message)
        self.show()

    def withdraw(self) -> None:
        self.hide()


class UndoKeys(QObject):
    """Ctrl+Z on the watched widgets calls ``undo`` while ``available()`` says so."""

    def __init__(
        self,
        watched: list[QWidget],
        undo: Callable[[], None],
        available: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._undo = undo
        self._available = available
        for widget in watched:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if event.type() not in kinds or not isinstance(event, QKeyEvent):
            return False
        if not event.matches(QKeySequence.StandardKey.Undo) or not self._available():
            return False
        if isinstance(watched, QPlainTextEdit) and watched.document().isUndoAvailable():
            return False  # the editor's own undo comes first
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes here, not to a window-wide Ctrl+Z
            return True
        self._undo()
        return True
