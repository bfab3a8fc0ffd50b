"""The contacts prepared for the list off the GUI thread, and handed over when the window
can take them.

At 30,000 contacts preparing them is pure Python (~50 ms for the list, ~90 ms more for the
"Referred by" choices): it runs on a worker thread. A worker running while Qt paints makes
each Python call of the paint (the app's event filter, the delegate, the rows' data) wait for
the interpreter lock: the first show of the page took 0.2-0.4 s instead of ~40 ms. So each
step waits for the list's paint before it (:class:`AfterPaint`): the page paints, the list is
prepared; the list paints, the choices are worked out and the notes indexed.
"""

from __future__ import annotations

import _thread
import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import attrgetter
from threading import Event

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QListView

from netprep.domain.records import Contact
from netprep.gui.widgets.ref_choices import RefChoices

#: The most the worker waits for the list to be painted before the "Referred by" choices.
GO_ON_WITHIN_S = 1.0


def start_worker(work: Callable[[], None]) -> None:
    """Run ``work`` on a new thread, without waiting for it: ``threading.Thread.start()``
    waits until the thread runs, then for the interpreter lock the thread took meanwhile
    (6 ms typically, 24 ms on a busy machine: a frozen window each time)."""
    _thread.start_new_thread(work, ())


@dataclass
class PreparedContacts:
    """What the page shows of every contact, worked out in one go: pure Python, so that at
    30,000 contacts it runs on a worker thread and the window never waits for it. The list
    comes first (~50 ms at 30,000: passes in C, one sort); the "Referred by" choices (~90 ms,
    :func:`referrer_choices`) after it, on the same thread."""

    contacts: list[Contact]  # sorted by name
    search: list[str]  # each one's folded search text
    ids: list[str]
    folded: list[str]  # each one's folded name
    by_id: dict[str, Contact]
    referrers: RefChoices | None  # the "Referred by" field's choices (None: not built yet)

    @classmethod
    def build(cls, contacts: Iterable[Contact], *, referrers: bool = True) -> PreparedContacts:
        everyone = list(contacts)
        names = list(map(str.casefold, map(_NAME, everyone)))
        # One sort in C of the row numbers by folded name; stable: namesakes keep their order.
        order = sorted(range(len(everyone)), key=names.__getitem__)
        ordered = list(map(everyone.__getitem__, order))
        ids = list(map(_ID, ordered))
        prepared = cls(
            ordered,
            [c.search_text() for c in ordered],
            ids,
            list(map(names.__getitem__, order)),
            dict(zip(ids, ordered, strict=True)),
            None,
        )
        if referrers:
            prepared.referrers = referrer_choices(ordered)
        return prepared


def referrer_choices(ordered: list[Contact]) -> RefChoices:
    """The "Referred by" choices of contacts sorted by name (namesakes told apart by email
    or company)."""
    details = {c.id: c.primary_email or c.company for c in ordered}
    return RefChoices.build([(c.name, c.id) for c in ordered], details)


_NAME, _ID = attrgetter("name"), attrgetter("id")


class BackgroundPrepare(QObject):
    """Prepares the contacts on a worker thread: ``ready`` hands the list over on the GUI
    thread, then ``referrers_ready`` the "Referred by" choices, worked out once the page
    says the list is painted (:meth:`go_on`).

    Contacts saved while it read are in the model already (one row each), but maybe not in
    what it read: :meth:`changed` makes it read once more when it is done."""

    ready = Signal(object)  # PreparedContacts (no referrers yet), on the GUI thread
    referrers_ready = Signal(object)  # RefChoices, on the GUI thread
    _listed = Signal(object)  # from the worker: queued to the GUI thread
    _done = Signal(object)  # from the worker: the referrers (None: nothing read)

    def __init__(self, read: Callable[[], list[Contact]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read = read
        self.running = False
        self._again = False
        self._go_on = Event()
        self._listed.connect(self.ready)
        self._done.connect(self._take)

    def start(self) -> None:
        if self.running:
            self._again = True
            return
        self.running = True
        self._go_on.clear()
        start_worker(self._work)

    def go_on(self) -> None:
        """The list that came in is painted: the referrers may be worked out now."""
        self._go_on.set()

    def changed(self) -> None:
        self._again = self._again or self.running

    def _work(self) -> None:
        prepared = None
        for _attempt in range(3):  # the store changed under the read (a save): read again
            try:
                prepared = PreparedContacts.build(self._read(), referrers=False)
                break
            except RuntimeError:
                continue
        with contextlib.suppress(RuntimeError):  # the page was closed meanwhile
            if prepared is None:
                self._done.emit(None)
                return
            ordered = list(prepared.contacts)  # the page changes its list on a save
            self._listed.emit(prepared)
            self._go_on.wait(GO_ON_WITHIN_S)
            self._done.emit(referrer_choices(ordered))

    def _take(self, referrers: RefChoices | None) -> None:
        self.running = False
        if self._again or referrers is None:
            self._again = False
            self.start()
        if referrers is not None:
            self.referrers_ready.emit(referrers)


class ContactListView(QListView):
    """The contact list's view: says when it has painted (what :class:`AfterPaint` waits for;
    the view paints its viewport in ``paintEvent``)."""

    painted = Signal()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()


class AfterPaint(QObject):
    """Calls ``call`` on the turn of the event loop after ``view`` next paints, or after
    ``latest_ms`` when it does not paint (hidden)."""

    def __init__(
        self, view: ContactListView, call: Callable[[], None], latest_ms: int = 100
    ) -> None:
        super().__init__(view)
        self._call, self._armed = call, False
        self._soon, self._latest = QTimer(self), QTimer(self)
        for timer, interval in ((self._soon, 0), (self._latest, latest_ms)):
            timer.setSingleShot(True)
            timer.setInterval(interval)
            timer.timeout.connect(self._fire)
        view.painted.connect(self._painted)

    def start(self) -> None:
        """Once, however often it is started before the call."""
        if not self._armed:
            self._armed = True
            self._latest.start()

    def _painted(self) -> None:
        if self._armed and not self._soon.isActive():
            self._soon.start()  # the paint is done by the next turn

    def _fire(self) -> None:
        self._armed = False
        self._soon.stop()
        self._latest.stop()
        self._call()
