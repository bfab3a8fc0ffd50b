"""The contact list: a flat model of contacts and a proxy that filters it as you type.

Filtering happens in the proxy (no rebuild per keystroke): each row exposes a
pre-folded search text, and the proxy keeps rows whose text holds every word.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from netprep.domain.records import Contact

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


class ContactListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._contacts: list[Contact] = []
        self._search: list[str] = []
        self._rows: dict[str, int] = {}

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.beginResetModel()
        self._contacts = list(contacts)
        self._search = [c.search_text() for c in self._contacts]
        self._rows = {c.id: row for row, c in enumerate(self._contacts)}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._contacts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        contact = self._contacts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return contact.name
        if role == ID_ROLE:
            return contact.id
        if role == SUBTITLE_ROLE:
            return " · ".join(p for p in (contact.role, contact.company) if p)
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [contact.name, contact.role, contact.company, ", ".join(contact.interests)]
            return "\n".join(p for p in parts if p)
        return None

    def row_of(self, contact_id: str) -> int:
        return self._rows.get(contact_id, -1)

    def contact_at(self, row: int) -> Contact:
        return self._contacts[row]


class ContactFilterProxy(QSortFilterProxyModel):
    """Keeps contacts whose name, company, role, tags or interests contain every typed word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        text = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE) or ""
        return all(word in text for word in self._words)
