"""What the Today page shows: the day's overview."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from netprep.domain.cadence import DEFAULT_INTERVALS, Due, Interval, due_contacts, last_touches
from netprep.domain.clock import Clock
from netprep.domain.meeting import Meeting, contact_label, upcoming_meetings
from netprep.domain.records import Circle
from netprep.store.store import Store


@dataclass
class TodaySummary:
    user_name: str
    contacts: int
    notes: int
    profile_missing: list[str] = field(default_factory=list)
    due: list[Due] = field(default_factory=list)
    upcoming: list[tuple[Meeting, str]] = field(default_factory=list)  # (meeting, contact name)
    followups_due: int = 0  # due today or overdue
    followups_overdue: int = 0


class TodayService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        intervals: Callable[[], Mapping[Circle, Interval]] = lambda: DEFAULT_INTERVALS,
    ) -> None:
        self._store = store
        self._clock = clock
        self._intervals = intervals  # the review settings' circle intervals
        self._ready: TodaySummary | None = None

    def prepare(self) -> None:
        """Work the summary out now (on the thread that opened the data, before the window
        exists): the window's first ``summary()`` takes it instead of computing it again."""
        self._ready = self._compute()

    def summary(self) -> TodaySummary:
        ready, self._ready = self._ready, None
        return ready if ready is not None else self._compute()

    def _compute(self) -> TodaySummary:
        profile = self._store.profile.get()
        missing = [
            label
            for label, value in (
                ("your name", profile.name),
                ("what you're good at", profile.good_at),
                ("what makes you unique", profile.unique),
                ("your interests", profile.interests),
                ("your current goal", profile.current_goal),
            )
            if not value
        ]
        touches = last_touches(self._store.interactions.all(), self._store.meetings.all())
        last = {contact_id: touch.when for contact_id, touch in touches.items()}
        now = self._clock.now()
        open_meetings = upcoming_meetings(self._store.meetings.all())
        upcoming = [(m, self._name_of(m)) for m in open_meetings[:5]]
        today = now.date()
        open_followups = [f for f in self._store.followups.all() if not f.done and f.due]
        followups_due = sum(1 for f in open_followups if f.due and f.due <= today)
        followups_overdue = sum(1 for f in open_followups if f.due and f.due < today)
        return TodaySummary(
            user_name=profile.name,
            contacts=len(self._store.contacts),
            notes=len(self._store.notes),
            profile_missing=missing,
            due=due_contacts(self._store.contacts.all(), last, today, self._intervals()),
            upcoming=upcoming,
            followups_due=followups_due,
            followups_overdue=followups_overdue,
        )

    def _name_of(self, meeting: Meeting) -> str:
        """The contact's name, or the one kept on a meeting whose contact was deleted."""
        contact = self._store.contacts.get(meeting.contact_id)
        return contact_label(meeting, contact.name if contact is not None else None)
