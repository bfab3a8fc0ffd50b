"""The contact list: a flat model of contacts and a proxy that filters it as you type.

Filtering happens in the proxy (no rebuild per keystroke): each row exposes a
pre-folded search text, and the proxy keeps rows whose text holds every word.
"""

from __future__ import annotations

import bisect
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from netprep.domain.records import Contact
from netprep.gui.widgets.item_roles import ID_ROLE, SEARCH_ROLE, SUBTITLE_ROLE

Index = QModelIndex | QPersistentModelIndex


class ContactListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._contacts: list[Contact] = []
        self._search: list[str] = []
        self._rows: dict[str, int] = {}
        self.revision = 0  # bumped on every change, so a filter knows its answers are stale

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.beginResetModel()
        self.revision += 1
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

    def search_texts(self) -> list[str]:
        return self._search

    def upsert(self, contact: Contact) -> None:
        """Show a saved contact without rebuilding the list (it stays sorted by name)."""
        row = self._rows.get(contact.id, -1)
        self.revision += 1
        if row >= 0 and self._contacts[row].name == contact.name:
            self._contacts[row] = contact
            self._search[row] = contact.search_text()
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)
            return
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._contacts[row]
            del self._search[row]
            self.revision += 1
            self.endRemoveRows()
        key = contact.name.casefold()
        target = bisect.bisect_left([c.name.casefold() for c in self._contacts], key)
        self.beginInsertRows(QModelIndex(), target, target)
        self._contacts.insert(target, contact)
        self._search.insert(target, contact.search_text())
        self.revision += 1
        self.endInsertRows()
        self._rows = {c.id: r for r, c in enumerate(self._contacts)}

    def contact_at(self, row: int) -> Contact:
        return self._contacts[row]


class ContactFilterProxy(QSortFilterProxyModel):
    """Keeps contacts whose name, company, role, tags or interests contain every typed word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._source: ContactListModel | None = None
        self._accepted: list[bool] | None = None  # per source row, for the current words
        self._revision = -1  # the source model's revision those answers were made for

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self._accepted = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        super().setSourceModel(model)
        self._source = model if isinstance(model, ContactListModel) else None
        self._accepted = None

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        # Qt asks row by row, 30,000 times per keystroke: answer from one pass over the
        # pre-folded texts, made on the first question after the words or rows change.
        source = self._source
        if not self._words or source is None:
            return True
        accepted = self._accepted
        if accepted is None or self._revision != source.revision:
            words = self._words
            accepted = [all(w in t for w in words) for t in source.search_texts()]
            self._accepted = accepted
            self._revision = source.revision
        return source_row < len(accepted) and accepted[source_row]
