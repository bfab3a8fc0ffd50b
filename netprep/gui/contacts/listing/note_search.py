"""Note text in contact search: which contacts' notes hold a word starting with what was typed.

At 30,000 contacts and 100,000 notes (~85 MB of text) scanning the notes on each keystroke
would take far more than a frame, so the words of every contact's notes are indexed once,
off the GUI thread, after the page is built: a sorted vocabulary (a typed word is a range of
it) and, for each word, the numbers of the contacts whose notes use it. A typed word of
three letters or more also finds the contacts whose notes have a word starting with it
(shorter ones would match nearly everyone). Saving, deleting or restoring a note indexes
that contact's notes again.
"""

from __future__ import annotations

import contextlib
import gc
import heapq
import string
import sys
from array import array
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import Any

from PySide6.QtCore import QObject, Signal

from netprep.gui.contacts.listing.prepare import start_worker

NOTE_PREFIX_MIN = 3  # a typed word this long or longer is looked for in the notes too
_SEPARATORS = str.maketrans(dict.fromkeys(string.punctuation + "“”‘’«»—–…·•", " "))
_LAST = "\U0010ffff"


def sorted_in_slices(items: list[Any], size: int = 2_000) -> list[Any]:
    """``sorted(items)`` for a worker thread: one sort of 30,000 or more is a single call that
    holds the interpreter lock (the window froze 0.1-0.2 s); slices sorted apart, then merged
    in Python, let the GUI thread in every few milliseconds."""
    slices = [sorted(items[start : start + size]) for start in range(0, len(items), size)]
    return list(heapq.merge(*slices))


def note_words(bodies: Iterable[str]) -> set[str]:
    """The distinct folded words of some notes (punctuation splits words)."""
    return set(" ".join(bodies).casefold().translate(_SEPARATORS).split())


class NoteWordIndex:
    """The words of each contact's notes, looked up by the start of a word."""

    def __init__(self) -> None:
        self._vocabulary: list[str] = []  # every word, sorted: a prefix is a range of it
        self._postings: dict[str, array[int]] = {}  # word -> contact numbers
        self._numbers: dict[str, int] = {}  # contact id -> its number here
        self._ids: list[str] = []  # number -> contact id
        self._words: dict[int, tuple[str, ...]] = {}  # what each contact is indexed under
        self.unread: set[str] = set()  # contacts whose notes could not be read while built
        self.revision = 0  # bumped on every change

    @classmethod
    def build(cls, notes: Iterable[tuple[str, Iterable[str]]]) -> NoteWordIndex:
        """From each contact's id and the bodies of their notes."""
        index = cls()
        postings = index._postings
        intern = sys.intern  # one string per word, shared by the postings and the contacts
        for contact_id, bodies in notes:
            number = index._number(contact_id)
            words = tuple(intern(w) for w in note_words(bodies))
            index._words[number] = words
            for word in words:
                held = postings.get(word)
                if held is None:
                    postings[word] = array("I", (number,))
                else:
                    held.append(number)
        index._vocabulary = sorted_in_slices(list(postings))
        return index

    def set_notes(self, contact_id: str, bodies: Iterable[str]) -> None:
        """Index the contact's notes again (after one was saved, deleted or restored)."""
        number = self._number(contact_id)
        old = set(self._words.get(number, ()))
        new = {sys.intern(w) for w in note_words(bodies)}
        for word in old - new:
            self._postings[word].remove(number)
        for word in new - old:
            held = self._postings.get(word)
            if held is None:
                self._postings[word] = array("I", (number,))
                insort(self._vocabulary, word)
            else:
                held.append(number)
        self._words[number] = tuple(new)
        self.revision += 1

    @property
    def ids(self) -> list[str]:
        """Each contact number's id (numbers are given out in order, never reused)."""
        return self._ids

    def numbers_with(self, prefix: str) -> Iterator[int] | None:
        """The numbers of the contacts whose notes have a word starting with ``prefix``
        (folded; a number may come more than once), or None when no word does."""
        vocabulary = self._vocabulary
        low = bisect_left(vocabulary, prefix)
        high = bisect_left(vocabulary, prefix + _LAST, low)
        if low == high:
            return None
        return chain.from_iterable(map(self._postings.__getitem__, vocabulary[low:high]))

    def contacts_with(self, prefix: str) -> frozenset[str]:
        """Ids of the contacts whose notes have a word starting with ``prefix`` (folded)."""
        numbers = self.numbers_with(prefix) or ()
        return frozenset(map(self._ids.__getitem__, numbers))

    def _number(self, contact_id: str) -> int:
        number = self._numbers.get(contact_id)
        if number is None:
            number = self._numbers[contact_id] = len(self._ids)
            self._ids.append(contact_id)
        return number


class NoteSearch(QObject):
    """Builds the index on a thread once, hands it to ``use`` on the GUI thread, and keeps
    it up to date as notes change."""

    built = Signal(object)  # the NoteWordIndex, emitted from the building thread

    def __init__(
        self,
        contact_ids: Callable[[], list[str]],
        notes_of: Callable[[str], Iterable[str]],
        use: Callable[[NoteWordIndex], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._contact_ids = contact_ids
        self._notes_of = notes_of
        self._use = use
        self.index: NoteWordIndex | None = None
        self._changed_while_building: set[str] = set()
        self.built.connect(self._take)  # queued: this object lives on the GUI thread
        self.started = False

    def start(self) -> None:
        """Start building (in the background: the page is usable meanwhile)."""
        if not self.started:
            self.started = True
            start_worker(self._build)

    def _build(self) -> None:
        """One contact's notes at a time (read, indexed, let go: the notes are never all
        held at once). One that cannot be read now (saved at that moment) is read again
        on the GUI thread when the index is handed over."""
        unread: set[str] = set()

        def each() -> Iterator[tuple[str, list[str]]]:
            for contact_id in self._contact_ids():
                try:
                    yield contact_id, list(self._notes_of(contact_id))
                except Exception:  # a race with a save: read again on the GUI thread
                    unread.add(contact_id)

        # The index lives as long as the page: the collector stays off while it is built and
        # it is then frozen out of the collector's reach. Otherwise the collector walked the
        # heap again and again meanwhile, and once more (~40 ms, holding the interpreter:
        # a frozen window) at the GUI thread's first allocations after it was handed over.
        was_on = gc.isenabled()
        gc.disable()
        try:
            index = NoteWordIndex.build(each())
        finally:
            gc.freeze()
            if was_on:
                gc.enable()
        index.unread = unread
        with contextlib.suppress(RuntimeError):  # the page was closed meanwhile
            self.built.emit(index)

    def _take(self, index: NoteWordIndex) -> None:
        for contact_id in self._changed_while_building | index.unread:
            index.set_notes(contact_id, self._notes_of(contact_id))
        self._changed_while_building.clear()
        self.index = index
        self._use(index)

    def notes_changed(self, contact_id: str) -> None:
        """A note of this contact was saved, deleted or restored."""
        if not contact_id:
            return
        if self.index is None:
            self._changed_while_building.add(contact_id)
            return
        self.index.set_notes(contact_id, self._notes_of(contact_id))
        self._use(self.index)
