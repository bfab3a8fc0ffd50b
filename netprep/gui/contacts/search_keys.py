"""The contacts page's keys: Esc clears the search, Down moves from the search into the
results, Delete deletes the selected contact (the page asks first), and Ctrl+Z after a delete
undoes it even though the focus is in the search box (which would otherwise take the key)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QListView


class _Page(Protocol):
    search: QLineEdit

    @property
    def list(self) -> QListView: ...

    def delete_current(self) -> None: ...

    def undo_delete(self) -> None: ...


class ContactsKeys(QObject):
    def __init__(self, page: _Page, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page = page
        self.delete_is_latest = False  # a delete happened after the last typing in search
        page.search.installEventFilter(self)
        page.list.installEventFilter(self)
        page.search.textEdited.connect(self._typed)

    def deleted(self, undo_available: bool) -> None:
        """The page's undo_available: a delete can (still) be undone, or not."""
        self.delete_is_latest = undo_available

    def _typed(self, _text: str) -> None:
        self.delete_is_latest = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return False
        if watched is self._page.search:
            return self._search_key(event)
        delete = event.key() == Qt.Key.Key_Delete and not event.modifiers()
        if watched is self._page.list and event.type() == QEvent.Type.KeyPress and delete:
            self._page.delete_current()
            return True
        return False

    def _search_key(self, event: QKeyEvent) -> bool:
        undo = event.matches(QKeySequence.StandardKey.Undo) and self.delete_is_latest
        if event.type() == QEvent.Type.ShortcutOverride:
            if undo or (event.key() == Qt.Key.Key_Escape and self._page.search.text()):
                event.accept()  # the key comes to us, not to a window shortcut
                return True
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        if undo:
            self._page.undo_delete()
            return True
        if event.key() == Qt.Key.Key_Escape and self._page.search.text():
            self._page.search.clear()
            return True
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            return self._into_results()
        return False

    def _into_results(self) -> bool:
        view = self._page.list
        model = view.model()
        if model is None or model.rowCount() == 0:
            return False
        if not view.currentIndex().isValid():
            view.selectionModel().setCurrentIndex(
                model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
