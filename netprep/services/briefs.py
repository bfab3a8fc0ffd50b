"""Preparing meetings: build a brief for a contact, save the meeting with its edited brief."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cached_property

from netprep.domain.agenda import AgendaPhase, agenda_from_dict
from netprep.domain.brief.builder import build_brief
from netprep.domain.brief.model import Brief
from netprep.domain.brief.taxonomy import Taxonomy
from netprep.domain.clock import Clock
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.resources import resource_path
from netprep.services.errors import NotFoundError
from netprep.store.store import Store

DEFAULT_WORDS_PER_MINUTE = 150
_EPOCH = datetime.min.replace(tzinfo=UTC)


class BriefService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock
        self.words_per_minute = DEFAULT_WORDS_PER_MINUTE

    @cached_property
    def taxonomy(self) -> Taxonomy:
        data = json.loads(resource_path("taxonomy.json").read_text(encoding="utf-8"))
        return Taxonomy.from_dict(data)

    def default_agenda(self) -> list[AgendaPhase]:
        data = json.loads(resource_path("agenda", "default.json").read_text(encoding="utf-8"))
        return agenda_from_dict(data)

    def build(
        self,
        contact_id: str,
        purpose: str = "",
        agenda: list[AgendaPhase] | None = None,
        exclude_meeting: str | None = None,
    ) -> Brief:
        """A fresh brief for ``contact_id``; earlier meetings' questions are not repeated."""
        contact = self._store.contacts.get(contact_id)
        if contact is None:
            raise NotFoundError("That contact no longer exists.")
        profile = self._store.profile.get()
        earlier = [
            m
            for m in self._store.meetings.where("contact_id", contact_id)
            if m.id != exclude_meeting and m.brief is not None
        ]
        return build_brief(
            profile=profile,
            contact=contact,
            notes=self._store.notes.where("contact_id", contact_id),
            purpose=purpose or profile.current_goal,
            earlier_meetings=earlier,
            network=[c for c in self._store.contacts.all() if c.id != contact_id],
            taxonomy=self.taxonomy,
            agenda=agenda or self.default_agenda(),
            now=self._clock.now(),
            words_per_minute=self.words_per_minute,
        )

    def save_meeting(self, meeting: Meeting) -> Meeting:
        """Store a prepared meeting with its brief exactly as the user edited it."""
        if meeting.contact_id not in self._store.contacts:
            raise NotFoundError("The meeting's contact no longer exists.")
        if not meeting.agenda:
            meeting.agenda = meeting.brief.agenda if meeting.brief else self.default_agenda()
        return self._store.meetings.save(meeting)

    def upcoming(self) -> list[Meeting]:
        now = self._clock.now()
        planned = [
            m
            for m in self._store.meetings.all()
            if m.status in (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS)
        ]
        return sorted(planned, key=lambda m: (m.when or now, m.created_at or now))

    def past(self) -> list[Meeting]:
        done = [
            m
            for m in self._store.meetings.all()
            if m.status in (MeetingStatus.FINISHED, MeetingStatus.CANCELLED)
        ]
        return sorted(done, key=lambda m: m.when or m.created_at or _EPOCH, reverse=True)
