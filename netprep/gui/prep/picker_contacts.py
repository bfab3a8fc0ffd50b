"""The prep screen's list of contacts for its picker: sorted off the GUI thread, only when
the contacts changed.

At 30,000 contacts sorting the names takes 30-140 ms. Sorting them each time "Prepare a
meeting" opened, or after each brief, froze the window that long. The list held is used
as it is when it has the contact being prepared (the first opening for someone holds just
them). After the brief is shown (or could not be built) the screen asks :meth:`refresh`:
the contacts as stored now are compared with those the list was sorted from (one pass of
identity checks: the store hands out shared records and replaces one when it is saved),
and only when they differ are they sorted again, on a worker thread; ``ready`` then
brings the new list to the GUI thread.
"""

from __future__ import annotations

import operator
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from netprep.domain.records import Contact

# From this many contacts the names are sorted on a worker (~30 ms and more); fewer are
# sorted at once, in a few milliseconds, and the picker has everyone from the start.
SORT_ON_WORKER_FROM = 5_000


def by_name(contacts: list[Contact]) -> list[Contact]:
    """``contacts`` in the order the contact service lists them (by name, any case)."""
    return sorted(contacts, key=lambda c: c.name.casefold())


def same_records(one: list[Contact], other: list[Contact]) -> bool:
    """The very same records in the same order (a C loop: ~1 ms at 30,000)."""
    return len(one) == len(other) and all(map(operator.is_, one, other))


class PickerContacts(QObject):
    ready = Signal(object)  # the sorted list, on the GUI thread, after refresh() sorted again
    _sorted = Signal(object, object, object)  # worker -> GUI thread: source, sorted, ids

    def __init__(
        self,
        stored: Callable[[], list[Contact]],
        one_contact: Callable[[str], Contact | None],
        parent: QObject | None = None,
    ) -> None:
        """``stored``: every contact as stored now, unsorted (cheap: no copying of records);
        ``one_contact``: a contact by id."""
        super().__init__(parent)
        self._stored = stored
        self._one_contact = one_contact
        self._contacts: list[Contact] = []  # sorted
        self._source: list[Contact] | None = None  # what _contacts was sorted from
        self._ids: set[str] = set()
        self._sorting: threading.Thread | None = None
        self.stale = False  # the list may differ from the contacts as stored
        self.sort_on_worker_from = SORT_ON_WORKER_FROM
        self._sorted.connect(self._on_sorted)

    def for_opening(self, contact_id: str) -> list[Contact]:
        """The list to open the form with, at once: the one held (with ``contact_id`` added
        at the end when it lacks them). :meth:`refresh` brings it up to date later."""
        self.stale = True
        if len(self._ids) < self.sort_on_worker_from and self._small():
            self.refresh()  # a small network: everyone now (a large one's list is kept)
        if not contact_id or contact_id in self._ids:
            return self._contacts
        one = self._one_contact(contact_id)  # new since the list was sorted, or the first time
        return [*self._contacts, one] if one is not None else self._contacts

    def refresh(self) -> None:
        """Bring the list up to date: ``ready`` follows only when it had to be sorted again.

        A large list is compared and sorted on a worker: the GUI thread only takes the
        contacts as stored (the thread that writes the store)."""
        if not self.stale or self.sorting:
            return
        stored = self._stored()
        if len(stored) >= self.sort_on_worker_from:
            self._sorting = threading.Thread(
                target=self._sort,
                args=(stored, self._source),
                name="netprep-picker-sort",
                daemon=True,
            )
            self._sorting.start()
        elif self._source is not None and same_records(stored, self._source):
            self.stale = False  # nothing changed: no sorting, nothing to hand the picker
        else:
            ordered = by_name(stored)
            self._on_sorted(stored, ordered, {c.id for c in ordered})

    def _small(self) -> bool:
        return len(self._stored()) < self.sort_on_worker_from

    @property
    def sorting(self) -> bool:
        return self._sorting is not None and self._sorting.is_alive()

    def wait(self) -> None:
        """Block until a sort under way is done (tests)."""
        if self._sorting is not None:
            self._sorting.join()

    def _sort(self, stored: list[Contact], source: list[Contact] | None) -> None:
        """On the worker: sort unless nothing changed, then tell the GUI thread (queued)."""
        if source is not None and same_records(stored, source):
            ordered, ids = None, None  # nothing changed: no sorting
        else:
            ordered = by_name(stored)
            ids = {c.id for c in ordered}
        try:
            self._sorted.emit(stored, ordered, ids)
        except RuntimeError:  # the screen was closed meanwhile: nobody to give it to
            return

    def _on_sorted(
        self, stored: list[Contact], ordered: list[Contact] | None, ids: set[str] | None
    ) -> None:
        self.stale = False
        if ordered is None or ids is None:
            return
        self._source, self._contacts, self._ids = stored, ordered, ids
        self.ready.emit(ordered)
