"""What to remind the user of while the app runs: a meeting starting within 15 minutes,
follow-ups falling due today, and the review day. Each kind can be turned off in the review
settings. Every reminder has a key, so the app shows each one once (nothing runs in the
background when the app is closed)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import timedelta

from netprep.domain.clock import Clock
from netprep.domain.meeting import MeetingStatus
from netprep.domain.review.log import week_of
from netprep.services.review.service import ReviewService
from netprep.store.store import Store

MEETING_NOTICE = timedelta(minutes=15)


@dataclass(frozen=True)
class Reminder:
    key: str  # shown once per key
    title: str
    message: str
    section: str  # where clicking it leads: "meetings", "followups" or "review"


class ReminderService:
    def __init__(self, store: Store, clock: Clock, review: ReviewService) -> None:
        self._store = store
        self._clock = clock
        self._review = review

    def due(self, shown: Collection[str] = ()) -> list[Reminder]:
        """The reminders to show now that have not been shown yet."""
        settings = self._review.settings.get()
        found: list[Reminder] = []
        if settings.remind_meetings:
            found.extend(self._meetings())
        if settings.remind_followups:
            found.extend(self._followups())
        if settings.remind_review:
            found.extend(self._review_day())
        return [r for r in found if r.key not in shown]

    def _meetings(self) -> list[Reminder]:
        now = self._clock.now()
        found = []
        for meeting in self._store.meetings.all():
            if meeting.status is not MeetingStatus.PLANNED or meeting.when is None:
                continue
            if now <= meeting.when <= now + MEETING_NOTICE:
                minutes = max(round((meeting.when - now).total_seconds() / 60), 0)
                where = f" at {meeting.where}" if meeting.where.strip() else ""
                # Only the names it shows: reading all 30,000 froze the window ~30 ms a check.
                contact = self._store.contacts.get(meeting.contact_id)
                name = contact.name if contact is not None else "someone"
                found.append(
                    Reminder(
                        f"meeting:{meeting.id}:{meeting.when.isoformat()}",
                        f"Meeting with {name} in {minutes} min",
                        f"Your 20-minute meeting{where}. The brief is on the Meetings page.",
                        "meetings",
                    )
                )
        return found

    def _followups(self) -> list[Reminder]:
        today = self._review.today()
        due = [f for f in self._store.followups.all() if not f.done and f.due == today]
        if not due:
            return []
        first = due[0].text or due[0].kind.label
        more = f" and {len(due) - 1} more" if len(due) > 1 else ""
        return [
            Reminder(
                f"followups:{today.isoformat()}",
                f"{len(due)} follow-up{'s' if len(due) > 1 else ''} due today",
                f"{first}{more}.",
                "followups",
            )
        ]

    def _review_day(self) -> list[Reminder]:
        review = self._review
        if not review.is_review_day() or review.reviewed_this_week():
            return []
        waiting = len(review.candidates())
        if not waiting:
            return []
        return [
            Reminder(
                f"review:{week_of(review.today())}",
                "Your weekly review",
                f"Fifteen minutes: {waiting} to reconnect with, three personal emails.",
                "review",
            )
        ]
