"""Pick one contact by typing: a line edit with a ranked drop-down of matches.

Built for 30,000 contacts: the search texts are folded once, each keystroke is
one pass in plain Python over them, and the drop-down model only ever holds
the best few dozen matches (so Qt never lays out thousands of rows).
"""

from __future__ import annotations

import operator
import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QLineEdit, QListView, QVBoxLayout, QWidget

from netprep.domain.records import Contact
from netprep.gui.widgets.item_roles import ID_ROLE, SUBTITLE_ROLE
from netprep.gui.widgets.two_line_delegate import TwoLineDelegate
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError

Index = QModelIndex | QPersistentModelIndex

MAX_MATCHES = 40
# From this many contacts the names are folded on a worker as soon as the picker has them
# (~0.1-0.2 s at 30,000), so the first keystroke does not wait; fewer fold in milliseconds.
FOLD_AHEAD_FROM = 5_000
NEW_NAME_ROLE = Qt.ItemDataRole.UserRole + 40  # the "Add … as a new contact" row's name


def describe(contact: Contact) -> str:
    """The line under a name: role, company and email tell two of the same name apart."""
    parts = (contact.role, contact.company, contact.primary_email)
    return " · ".join(part for part in parts if part)


class ContactMatches(QAbstractListModel):
    """The few contacts currently offered in the drop-down."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Contact] = []
        self._new_name = ""

    def set_rows(self, rows: Sequence[Contact], new_name: str = "") -> None:
        """``new_name``: offer it as a new contact in a last row ("" for no such row)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._new_name = new_name
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows) + bool(self._new_name)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self._new_name and index.row() == len(self._rows):
            return self._new_row(role)
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        contact = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return contact.name
        if role == ID_ROLE:
            return contact.id
        if role == SUBTITLE_ROLE:
            return describe(contact)
        return None

    def _new_row(self, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Add “{name}” as a new contact").format(name=self._new_name)
        if role == Qt.ItemDataRole.EditRole:
            return self._new_name
        if role == NEW_NAME_ROLE:
            return self._new_name
        if role == SUBTITLE_ROLE:
            return self.tr("Details can wait: add them on the Contacts page later")
        return None


class ContactIndex:
    """Folded names and search texts of every contact, ranked against what was typed.

    Making one costs next to nothing (a list and a dict of ids): a picker is given 30,000
    contacts each time "Prepare a meeting" opens. The folding (the costly part, ~0.1-1 s
    at 30,000) is done on a worker for a large list (:meth:`fold_ahead`), else when a match
    is first asked for, and only for records that are not the very ones an earlier index
    of the same picker folded.
    """

    def __init__(self, contacts: Sequence[Contact], previous: ContactIndex | None = None) -> None:
        """``previous``: an index of (mostly) the same contacts, whose folding is reused for
        every contact that is the very same record (the store hands out shared instances;
        a saved contact is a new one): opening the prep screen again refolds none of 30,000."""
        self._contacts = list(contacts)
        self._by_id = {c.id: c for c in self._contacts}
        # What an earlier index folded (or was given to reuse): a dict, never a chain of indexes.
        self._reuse: dict[str, tuple[Contact, str, str]] = (
            {} if previous is None else previous._folding()
        )
        self._folded: dict[str, tuple[Contact, str, str]] | None = None
        self._names: list[str] = []
        self._texts: list[str] = []
        self._lock = threading.Lock()  # folded on a worker (fold_ahead) or when first asked

    def _folding(self) -> dict[str, tuple[Contact, str, str]]:
        return self._folded if self._folded is not None else self._reuse

    @property
    def folded(self) -> bool:
        return self._folded is not None

    def fold_ahead(self, pool: QThreadPool) -> None:
        """Fold on a worker of ``pool`` now, rather than when the user first types."""
        pool.start(self._fold)

    def _fold(self) -> None:
        with self._lock:
            if self._folded is None:
                self._fold_now()

    def _fold_now(self) -> None:
        known = self._reuse
        folded: dict[str, tuple[Contact, str, str]] = {}
        for contact in self._contacts:
            entry = known.get(contact.id)
            if entry is None or entry[0] is not contact:
                # " " marks word starts in the search text
                entry = (contact, contact.name.casefold(), f" {contact.search_text()}")
            folded[contact.id] = entry
        entries = [folded[c.id] for c in self._contacts]
        self._names = [entry[1] for entry in entries]
        self._texts = [entry[2] for entry in entries]
        self._folded = folded  # after the lists: ``folded`` is True only once they are whole
        self._reuse = {}

    def same_records(self, contacts: Sequence[Contact]) -> bool:
        """True when ``contacts`` are exactly the records (same objects, same order) held."""
        return len(contacts) == len(self._contacts) and all(
            map(operator.is_, contacts, self._contacts)
        )

    def __len__(self) -> int:
        return len(self._contacts)

    def contacts(self) -> list[Contact]:
        return list(self._contacts)

    def get(self, contact_id: str) -> Contact | None:
        return self._by_id.get(contact_id)

    def matches(self, text: str, limit: int = MAX_MATCHES) -> list[Contact]:
        """Name starts with it, then a word of the name does, then contacts where every
        typed word starts a word of their name, company, role, tags or interests."""
        words = text.casefold().split()
        if not words:
            return []
        self._fold()
        phrase = " ".join(words)
        starts = [f" {word}" for word in words]
        first: list[int] = []
        second: list[int] = []
        rest: list[int] = []
        for position, name in enumerate(self._names):
            if name.startswith(phrase):
                first.append(position)
                if len(first) >= limit:
                    break
            elif len(second) < limit and f" {phrase}" in name:
                second.append(position)
            elif len(rest) < limit and all(w in self._texts[position] for w in starts):
                rest.append(position)
        ranked = (first + second + rest)[:limit]
        return [self._contacts[position] for position in ranked]

    def exact(self, text: str) -> Contact | None:
        """The one contact whose whole name is ``text`` (any case), if exactly one is."""
        folded = " ".join(text.casefold().split())
        self._fold()
        found = [c for c, name in zip(self._contacts, self._names, strict=True) if name == folded]
        return found[0] if len(found) == 1 else None


class ContactPicker(QWidget):
    """Emits ``contact_changed`` with the chosen id, or "" when the text no longer names one.

    With :meth:`allow_new`, a name that is nobody's yet is offered as a new contact in the
    drop-down ("Add 'Sam Lee' as a new contact"); choosing it creates and chooses the contact.
    """

    contact_changed = Signal(str)
    contact_created = Signal(str)  # the new contact's id
    creation_failed = Signal(str)  # the message to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = ContactIndex([])
        self._contact_id = ""
        self._create: Callable[[str], Contact] | None = None
        self._pool = QThreadPool(self)  # folds a large list of names ahead of the typing
        self._pool.setMaxThreadCount(1)
        self.edit = QLineEdit()
        self.edit.setObjectName("contactPicker")
        self.edit.setAccessibleName(self.tr("Contact"))
        self.edit.setPlaceholderText(self.tr("Type a name, company or interest…"))
        self.edit.setClearButtonEnabled(True)
        self.matches = ContactMatches(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(8)
        self.completer.setWidget(self.edit)
        self.popup = QListView()
        self.popup.setObjectName("contactPickerPopup")
        self.popup.setItemDelegate(TwoLineDelegate(SUBTITLE_ROLE, self.popup))
        self.popup.setUniformItemSizes(True)
        self.completer.setPopup(self.popup)
        activated: Any = self.completer.activated  # overloaded: (str) and (QModelIndex)
        activated[QModelIndex].connect(self._on_activated)
        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.editingFinished.connect(self._on_editing_finished)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def set_contacts(self, contacts: Sequence[Contact]) -> None:
        if not self._index.same_records(contacts):
            self._index = ContactIndex(contacts, previous=self._index)
            if len(contacts) >= FOLD_AHEAD_FROM:
                self._index.fold_ahead(self._pool)
        if self._contact_id and self._index.get(self._contact_id) is None:
            self.set_contact("")

    def allow_new(self, create: Callable[[str], Contact]) -> None:
        """Offer typed names that match nobody as new contacts, made by ``create(name)``."""
        self._create = create

    def create_contact(self, name: str) -> Contact | None:
        """Create the contact called ``name`` and choose it; None (and creation_failed) if the
        service refuses it."""
        if self._create is None:
            return None
        try:
            contact = self._create(" ".join(name.split()))
        except UserError as exc:
            self.creation_failed.emit(said(exc))
            return None
        self._index = ContactIndex([*self._index.contacts(), contact], previous=self._index)
        self.popup.hide()
        self.edit.setText(contact.name)
        self._choose(contact.id)
        self.contact_created.emit(contact.id)
        return contact

    @property
    def contact_id(self) -> str:
        return self._contact_id

    def contact(self) -> Contact | None:
        return self._index.get(self._contact_id) if self._contact_id else None

    def set_contact(self, contact_id: str) -> None:
        """Choose a contact from code (no signal): e.g. when a saved meeting is opened."""
        contact = self._index.get(contact_id) if contact_id else None
        self._contact_id = contact.id if contact else ""
        self.edit.setText(contact.name if contact else "")
        self.edit.setCursorPosition(0)
        self.popup.hide()

    # -- typing ----------------------------------------------------------------------------

    def _on_text_edited(self, text: str) -> None:
        rows = self._index.matches(text)
        name = " ".join(text.split())
        offer = name if self._create is not None and name else ""
        if offer and any(" ".join(c.name.split()).casefold() == name.casefold() for c in rows):
            offer = ""  # they exist: choose them
        self.matches.set_rows(rows, offer)
        if self.matches.rowCount():
            self.completer.complete()
        else:
            self.popup.hide()
        chosen = self.contact()
        if chosen is not None and chosen.name != text:
            self._choose("")

    def _on_activated(self, index: QModelIndex) -> None:
        new_name = index.data(NEW_NAME_ROLE)
        if new_name:
            self.create_contact(new_name)
            return
        contact_id = index.data(ID_ROLE)
        contact = self._index.get(contact_id) if contact_id else None
        if contact is None:
            return
        self.edit.setText(contact.name)
        self._choose(contact.id)

    def _on_editing_finished(self) -> None:
        if self._contact_id or not self.edit.text().strip():
            return
        exact = self._index.exact(self.edit.text())
        if exact is not None:
            self.edit.setText(exact.name)
            self._choose(exact.id)

    def _choose(self, contact_id: str) -> None:
        if contact_id != self._contact_id:
            self._contact_id = contact_id
            self.contact_changed.emit(contact_id)
