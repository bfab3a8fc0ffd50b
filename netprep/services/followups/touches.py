"""Logging a touch: an email, a call, a message or a chance meeting with a contact.

Any logged touch (and every recorded meeting) counts as "last contacted": Today's
keep-in-touch list and the weekly review read it from the interactions table.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from netprep.domain.clock import Clock
from netprep.domain.records import Interaction, InteractionKind
from netprep.services.errors import NotFoundError, UserError
from netprep.store.store import Store

MAX_SUMMARY = 500
_EPOCH = datetime.min.replace(tzinfo=UTC)
LOGGABLE = (
    InteractionKind.EMAIL,
    InteractionKind.CALL,
    InteractionKind.MESSAGE,
    InteractionKind.MET,
)


class TouchService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def log(
        self,
        contact_id: str,
        kind: InteractionKind | str,
        *,
        on: date | None = None,
        note: str = "",
    ) -> Interaction:
        """Record a touch (today unless ``on`` says otherwise). UserError says what is wrong."""
        touch = self.build(contact_id, kind, on=on, note=note)
        return self._store.interactions.save(touch)

    def build(
        self,
        contact_id: str,
        kind: InteractionKind | str,
        *,
        on: date | None = None,
        note: str = "",
    ) -> Interaction:
        """The touch :meth:`log` would save, checked (for writes that save it with others)."""
        if self._store.read_only:
            raise UserError("The data folder is open read-only: nothing can be logged.")
        if contact_id not in self._store.contacts:
            raise NotFoundError("That contact no longer exists.")
        try:
            kind = InteractionKind(kind)
        except ValueError:
            names = ", ".join(k.value for k in LOGGABLE)
            raise UserError(
                "“{kind}” is not a kind of touch: use one of {choices}.", kind=kind, choices=names
            ) from None
        today = self._clock.now().astimezone().date()
        on = on or today
        if on > today:
            raise UserError("A touch is logged once it has happened: the date is in the future.")
        summary = " ".join(note.split())
        if len(summary) > MAX_SUMMARY:
            raise UserError(
                "Keep the note to one line (at most {limit} characters).", limit=MAX_SUMMARY
            )
        now = self._clock.now()
        when = now if on == today else datetime.combine(on, time(12, 0), tzinfo=now.tzinfo)
        return Interaction(contact_id=contact_id, when=when, kind=kind, summary=summary)

    def for_contact(self, contact_id: str) -> list[Interaction]:
        """The contact's touches, newest first."""
        found = self._store.interactions.where("contact_id", contact_id)
        return sorted(found, key=lambda t: t.when or _EPOCH, reverse=True)

    def last_contacted(self, contact_id: str) -> datetime | None:
        touches = [
            t.when for t in self._store.interactions.where("contact_id", contact_id) if t.when
        ]
        return max(touches, default=None)
