"""Calendar files for the user's calendar program: a meeting, the follow-ups, the review."""

from __future__ import annotations

from pathlib import Path

from netprep.domain.clock import Clock
from netprep.domain.meeting import Meeting, MeetingStatus, upcoming_meetings
from netprep.render.calendar_ics import (
    MeetingFacts,
    followups_ics,
    meeting_ics,
    meetings_ics,
    review_ics,
)
from netprep.services.agendas import AgendaService
from netprep.services.errors import AmbiguousError, NotFoundError, UserError
from netprep.services.review.service import ReviewService
from netprep.store.atomic_file import atomic_write_bytes
from netprep.store.store import Store


class CalendarService:
    def __init__(
        self, store: Store, clock: Clock, agendas: AgendaService, review: ReviewService
    ) -> None:
        self._store = store
        self._clock = clock
        self._agendas = agendas
        self._review = review

    def find_meeting(self, ref: str) -> Meeting:
        """A meeting by id, or the next planned meeting with the contact named ``ref``."""
        ref = ref.strip()
        meeting = self._store.meetings.get(ref)
        if meeting is not None:
            return meeting
        folded = ref.casefold()
        contacts = {c.id: c.name for c in self._store.contacts.all()}
        matches = [
            m
            for m in upcoming_meetings(self._store.meetings.all())
            if contacts.get(m.contact_id, "").casefold().startswith(folded) and folded
        ]
        people = {contacts[m.contact_id] for m in matches}
        if not matches:
            raise NotFoundError(
                "No planned meeting matches “{ref}”: give a meeting id or the name of someone "
                "you have a meeting planned with (`netprep meetings --upcoming` lists them).",
                ref=ref,
            )
        if len(people) > 1:
            raise AmbiguousError(ref, sorted(people))
        return matches[0]

    def meeting(self, meeting: Meeting) -> bytes:
        return meeting_ics(self._facts(meeting), self._clock.now())

    def upcoming_meetings(self) -> bytes:
        """Every planned meeting that has a date, in one file."""
        planned = [
            m
            for m in upcoming_meetings(self._store.meetings.all())
            if m.when is not None and m.status is MeetingStatus.PLANNED
        ]
        if not planned:
            raise UserError("No meeting with a date is planned yet.")
        return meetings_ics([self._facts(m) for m in planned], self._clock.now())

    def _facts(self, meeting: Meeting) -> MeetingFacts:
        if meeting.when is None:
            raise UserError("This meeting has no date and time yet: set one first.")
        if meeting.status is MeetingStatus.CANCELLED:
            raise UserError("This meeting was cancelled.")
        contact = self._store.contacts.get(meeting.contact_id)
        questions = [q.text for q in meeting.brief.questions] if meeting.brief else []
        return MeetingFacts(
            meeting,
            contact.name if contact else "(deleted contact)",
            self._agendas.agenda_for(meeting),
            questions,
        )

    def followups(self) -> bytes:
        names = {c.id: c.name for c in self._store.contacts.all()}
        items = [
            (f, names.get(f.contact_id, ""))
            for f in self._store.followups.all()
            if f.due is not None and not f.done
        ]
        items.sort(key=lambda pair: (pair[0].due, pair[0].text))
        return followups_ics(items, self._clock.now())

    def review(self) -> bytes:
        settings = self._review.settings.get()
        zone = self._review.zone().zone
        return review_ics(
            settings.review_weekday,
            settings.review_time,
            zone,
            starting=self._review.today(),
            now=self._clock.now(),
        )

    @staticmethod
    def write(path: Path, data: bytes) -> Path:
        target = path.expanduser()
        if target.suffix.lower() != ".ics":
            target = target.with_name(target.name + ".ics")
        if target.parent and not target.parent.is_dir():
            raise UserError(
                "There is no folder {folder} to save {name} in.",
                folder=target.parent,
                name=target.name,
            )
        try:
            atomic_write_bytes(target, data)
        except OSError as exc:
            raise UserError(
                "Could not save {path}: {reason}", path=target, reason=exc.strerror or exc
            ) from None
        return target
