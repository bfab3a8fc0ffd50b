"""The contact list: every contact with its pre-folded search text, and the rows a search shows.

Built for 30,000 contacts (prepared on a worker: prepare.py). A keystroke is one
pass in C (map, compress) over the folded texts, narrowed from the previous answer while the
user types on; a typed word of three letters or more also finds contacts whose notes hold a
word starting with it (note_search.py). The rows shown are a ``QStringListModel`` of blank
rows (counted and indexed by Qt's C++); only the rows on screen ask Python for their data.
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Iterable, Sequence
from itertools import compress, repeat
from operator import contains, itemgetter, not_
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)

from netprep.domain.records import Contact
from netprep.gui.contacts.listing.note_search import NOTE_PREFIX_MIN, NoteWordIndex
from netprep.gui.contacts.listing.prepare import PreparedContacts
from netprep.gui.widgets.item_roles import ID_ROLE as ID_ROLE
from netprep.gui.widgets.item_roles import SEARCH_ROLE
from netprep.gui.widgets.item_roles import SUBTITLE_ROLE as SUBTITLE_ROLE

Index = QModelIndex | QPersistentModelIndex
NAMES_FIRST_UP_TO = 3_000  # rows a search puts in name-matches-first order (see _names_first)
translate = QCoreApplication.translate  # called with literal words: lupdate extracts them


def search_words(text: str) -> list[str]:
    return text.casefold().split()


def count_text(shown: int, total: int, everyone: str, *, loading: bool = False) -> str:
    """Under the list: "30,000 contacts", "12 of 30,000 contacts", or that they are loading
    (``everyone``: the total, translated as a plural by the page)."""
    if loading and not total:
        return translate("ContactsPage", "Loading contacts…")
    if shown == total:
        return everyone
    of = translate("ContactsPage", "{shown} of {everyone}")
    return of.format(shown=QLocale().toString(shown), everyone=everyone)


class ContactListModel:
    """Every contact, sorted by name, with its folded search text (no Qt: a plain index)."""

    def __init__(self) -> None:
        self._contacts: list[Contact] = []
        self._search: list[str] = []
        self._ids: list[str] = []
        self._folded: list[str] = []  # names, folded and sorted: where a contact's row is
        self._by_id: dict[str, Contact] = {}
        self._rows: tuple[int, dict[str, int]] = (-1, {})
        self.revision = 0  # bumped on every change, so a filter knows its answers are stale

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.adopt(PreparedContacts.build(contacts))

    def adopt(self, prepared: PreparedContacts) -> None:
        """Take in contacts prepared beforehand (perhaps on a worker thread)."""
        self._contacts, self._search = prepared.contacts, prepared.search
        self._ids, self._folded = prepared.ids, prepared.folded
        self._by_id = prepared.by_id
        self.revision += 1

    def remove(self, contact_id: str) -> None:
        """Drop a deleted contact's row."""
        row = self.row_of(contact_id)
        if row >= 0:
            del self._contacts[row], self._search[row], self._folded[row], self._ids[row]
            del self._by_id[contact_id]
            self.revision += 1

    def rowCount(self) -> int:  # the name the page and tests ask a Qt model
        return len(self._contacts)

    def __len__(self) -> int:
        return len(self._contacts)

    def row_of(self, contact_id: str) -> int:
        contact = self._by_id.get(contact_id)
        if contact is None:
            return -1
        row = bisect.bisect_left(self._folded, contact.name.casefold())
        while self._contacts[row].id != contact_id:  # past others of the same name
            row += 1
        return row

    def search_texts(self) -> list[str]:
        return self._search

    def folded_names(self) -> list[str]:
        """Each row's name, case-folded as the search text is."""
        return self._folded

    def ids(self) -> list[str]:
        """Each row's contact id."""
        return self._ids

    def row_by_id(self) -> dict[str, int]:
        """Each contact's row (worked out again after a change)."""
        if self._rows[0] != self.revision:
            self._rows = (self.revision, dict(zip(self._ids, range(len(self._ids)), strict=True)))
        return self._rows[1]

    def contact_at(self, row: int) -> Contact:
        return self._contacts[row]

    def upsert(self, contact: Contact) -> bool:
        """Take in a saved contact without rebuilding the list (it stays sorted by name).
        True when it kept its row (no other row moved)."""
        row = self.row_of(contact.id)
        self.revision += 1
        self._by_id[contact.id] = contact
        if row >= 0 and self._contacts[row].name == contact.name:
            self._contacts[row] = contact
            self._search[row] = contact.search_text()
            return True
        if row >= 0:
            del self._contacts[row], self._search[row], self._folded[row], self._ids[row]
        key = contact.name.casefold()
        target = bisect.bisect_left(self._folded, key)
        self._contacts.insert(target, contact)
        self._ids.insert(target, contact.id)
        self._search.insert(target, contact.search_text())
        self._folded.insert(target, key)
        return False


class ContactFilterProxy(QStringListModel):
    """The contacts a search shows: row ``r`` is contact ``source_rows[r]`` of the list.

    Keeps contacts whose name, company, role, tags or interests contain every typed word, or
    whose notes have a word starting with it (a typed word of three letters or more, once
    the notes' index is built: see :meth:`set_note_index`).
    The string list only holds blank rows (Qt counts and indexes them in C++); ``data``
    answers from the Python list for the few rows on screen.
    """

    def __init__(self, source: ContactListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._words: list[str] = []
        self._shown: Sequence[int] = range(0)
        self._revision: tuple[int, int] = (-1, -1)
        self._notes: NoteWordIndex | None = None
        self._masks: dict[str, int] = {}  # per word, for _masks_revision
        self._masks_revision = (-1, -1)
        self._row_of_number: list[int] = []
        self._numbers_revision = (-1, -1)
        self._numbers_are_rows = False
        self._named = 0  # how many shown rows lead because their name matched

    # -- what is shown ---------------------------------------------------------------------

    def set_search(self, text: str) -> None:
        words = search_words(text)
        if words == self._words and self._revision == self._current_revision():
            return
        current = self._revision == self._current_revision()
        narrower = current and _narrows(self._words, words)
        self._words = words
        self._show(self._match(self._shown if narrower else None))

    def set_note_index(self, notes: NoteWordIndex | None) -> None:
        """Search the notes' words too (the index arrives, or changed): shown again."""
        self._notes = notes
        if notes is not None:
            self._rows_of_numbers(notes)  # worked out now, not on the next keystroke
        if any(len(word) >= NOTE_PREFIX_MIN for word in self._words):
            self.refresh()

    def _rows_of_numbers(self, notes: NoteWordIndex) -> list[int]:
        """Each of the note index's contact numbers, as a row here (past the end: none)."""
        key = (self._source.revision, len(notes.ids))
        if self._numbers_revision != key:
            count = len(self._source)
            rows = list(map(self._source.row_by_id().get, notes.ids, repeat(count)))
            self._row_of_number, self._numbers_revision = rows, key
            # Numbered in the list's order (the page hands the index its rows' ids): a
            # number is its row until a contact moves, and a mask needs no mapping.
            self._numbers_are_rows = rows == list(range(len(rows)))
        return self._row_of_number

    def _current_revision(self) -> tuple[int, int]:
        notes = self._notes
        return (self._source.revision, notes.revision if notes is not None else -1)

    def refresh(self) -> None:
        """Show the list again after contacts changed, for the same search."""
        self._show(self._match(None))

    def upsert(self, contact: Contact) -> None:
        """A contact was saved: into the list, and shown again. With no search and its row
        where it was, only that row is drawn again (a reset lays out all 30,000 rows)."""
        in_place = self._source.upsert(contact)
        everyone = not self._words and len(self._shown) == len(self._source)
        if not (in_place and everyone and isinstance(self._shown, range)):
            self.refresh()
            return
        self._revision = self._current_revision()
        row = self.index(self._source.row_of(contact.id), 0)
        self.dataChanged.emit(row, row)

    def _match(self, within: Sequence[int] | None) -> Sequence[int]:
        """The rows whose text contains every word, or whose notes have a word starting with
        it. Row sets are bit masks (a byte per row in a Python int: and/or in C); a row's
        text is read only while its notes do not already decide: at 30,000 contacts a
        common note word left a pass over every text, then a row-by-row union (~19 ms)."""
        texts = self._source.search_texts()
        count = len(texts)
        if not self._words:
            self._named = 0
            return range(count)
        narrow = within is not None and len(within) * 2 < count  # else as quick from all
        candidates = _mask_of(within, count) if narrow and within else _every(count)
        for word in sorted(self._words, key=len, reverse=True):  # the longest cuts most
            noted = self._note_mask(word) & candidates
            unsure = candidates ^ noted  # candidates the notes do not vouch for
            if unsure.bit_count() * 2 > count:  # most of them: one pass over every text
                every = bytes(map(contains, texts, repeat(word)))
                candidates = noted | (unsure & int.from_bytes(every, "little"))
            else:
                rows = list(compress(range(count), unsure.to_bytes(count, "little")))
                hits = compress(rows, map(contains, map(texts.__getitem__, rows), repeat(word)))
                candidates = noted | _mask_of(hits, count)
            if not candidates:
                break
        rows = list(compress(range(count), candidates.to_bytes(count, "little")))
        return self._names_first(rows)

    def _names_first(self, rows: list[int]) -> list[int]:
        """Those whose name holds every word first ("grace" finds Grace Adeyemi before the
        contacts whose notes mention her), each group in name order; ``self._named`` is
        where the second starts. Up to NAMES_FIRST_UP_TO rows: past that (a first letter at
        30,000 contacts) the check cost a frame's third, and the screenful a user sees is
        one name order either way."""
        self._named = 0
        if len(rows) > NAMES_FIRST_UP_TO:
            return rows
        if not rows:
            return rows
        shown_names = itemgetter(*rows)(self._source.folded_names())  # in C, as below
        if len(rows) == 1:
            shown_names = (shown_names,)
        flags = bytes(len(rows)).replace(b"\0", b"\1")
        for word in self._words:
            hits = bytes(map(contains, shown_names, repeat(word)))
            flags = bytes(map(min, flags, hits))
        named = list(compress(rows, flags))
        if len(named) in (0, len(rows)):
            return rows
        self._named = len(named)
        return named + list(compress(rows, map(not_, flags)))

    def _note_mask(self, word: str) -> int:
        """A bit mask (a byte per row) of the rows whose contact's notes have a word starting
        with ``word``; 0 when none has, the word is short or the notes are not indexed."""
        notes = self._notes
        if notes is None or len(word) < NOTE_PREFIX_MIN:
            return 0
        if self._masks_revision != self._current_revision():
            self._masks, self._masks_revision = {}, self._current_revision()
        mask = self._masks.get(word)
        if mask is None:
            count = len(self._source)
            numbers = list(notes.numbers_with(word) or ())
            rows = self._rows_of_numbers(notes)
            if self._numbers_are_rows:
                on_rows: Iterable[int] = numbers
            elif len(numbers) > 1:
                on_rows = itemgetter(*numbers)(rows)
            else:
                on_rows = map(rows.__getitem__, numbers)
            mask = self._masks[word] = _mask_of(on_rows, count)  # past the end: none
        return mask

    def _show(self, rows: Sequence[int]) -> None:
        self.beginResetModel()
        # Resize the blank string list quietly: the reset tells the views everything. At the
        # front: Qt inserts blank rows anywhere else one by one (0.23 s for 27,000 rows).
        self.blockSignals(True)
        try:
            had, wanted = super().rowCount(), len(rows)
            if wanted < had:
                super().removeRows(0, had - wanted)
            elif wanted > had:
                super().insertRows(0, wanted - had)
        finally:
            self.blockSignals(False)
        self._shown = rows
        self._revision = self._current_revision()
        self.endResetModel()

    # -- mapping -----------------------------------------------------------------------------

    def source_row(self, row: int) -> int:
        return self._shown[row]

    def row_of(self, contact_id: str) -> int:
        """The shown row of a contact, -1 when the search hides it (or there is no such)."""
        source = self._source.row_of(contact_id)
        if source < 0:
            return -1
        shown = self._shown
        if isinstance(shown, range):
            return source if source < len(shown) else -1
        for low, high in ((0, self._named), (self._named, len(shown))):  # each half sorted
            row = bisect.bisect_left(shown, source, low, high)
            if row < high and shown[row] == source:
                return row
        return -1

    # -- the Qt model --------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        contact = self._source.contact_at(self._shown[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return contact.name
        if role == ID_ROLE:
            return contact.id
        if role == SUBTITLE_ROLE:
            # Without a role or company, what else tells them apart (never an empty line).
            work = " · ".join(p for p in (contact.role, contact.company) if p)
            met = contact.how_we_met.strip().partition("\n")[0]
            return work or met or contact.location or contact.primary_email
        if role == SEARCH_ROLE:
            return self._source.search_texts()[self._shown[index.row()]]
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [contact.name, contact.role, contact.company, ", ".join(contact.interests)]
            return "\n".join(p for p in parts if p)
        return None


def _every(count: int) -> int:
    """The bit mask of every row (see :func:`_mask_of`)."""
    return int.from_bytes(b"\x01" * count, "little")


def _mask_of(rows: Iterable[int], count: int) -> int:
    """The bit mask (a byte per row: 1 or 0) of these rows; rows past ``count`` left out."""
    mask = bytearray(count + 1)
    deque(map(mask.__setitem__, rows, repeat(1)), maxlen=0)
    return int.from_bytes(memoryview(mask)[:count], "little")


def _narrows(before: list[str], after: list[str]) -> bool:
    """True when every contact matching ``after`` also matches ``before`` (typing on).

    A word found in the text anywhere, or at the start of a note's word: a longer word that
    starts with it narrows; one that only contains it narrows only while neither is looked
    for in the notes (or both are, and it starts with it)."""
    return bool(before) and all(any(_narrower(old, new) for new in after) for old in before)


def _narrower(old: str, new: str) -> bool:
    if len(new) < NOTE_PREFIX_MIN:
        return old in new
    return new.startswith(old) and len(old) >= NOTE_PREFIX_MIN
