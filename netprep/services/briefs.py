"""Preparing meetings: build a brief for a contact, save the meeting with its edited brief."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import UTC, datetime

from netprep.domain.agenda import AgendaPhase
from netprep.domain.brief.builder import build_brief
from netprep.domain.brief.model import Brief
from netprep.domain.brief.network.index import NetworkIndex
from netprep.domain.brief.sections.summary import SummaryTiming, summary_timing
from netprep.domain.brief.taxonomy import Taxonomy
from netprep.domain.clock import Clock
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.domain.records import Contact, Note, Profile
from netprep.resources import resource_path
from netprep.services.agendas import AgendaService, shipped_agenda
from netprep.services.errors import NotFoundError
from netprep.store.store import Store

DEFAULT_WORDS_PER_MINUTE = 150
_EPOCH = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class BriefRequest:
    """The inputs of ``build_brief``, gathered from the store at one moment."""

    profile: Profile
    contact: Contact
    notes: list[Note]
    purpose: str
    earlier_meetings: list[Meeting]
    network: list[Contact]
    taxonomy: Taxonomy
    agenda: list[AgendaPhase]
    now: datetime
    words_per_minute: int
    network_index: NetworkIndex


def load_taxonomy() -> Taxonomy:
    """The interest taxonomy shipped with netprep."""
    data = json.loads(resource_path("taxonomy.json").read_text(encoding="utf-8"))
    return Taxonomy.from_dict(data)


class BriefService:
    """Builds briefs; owns the network index that makes rebuilds quick in a large network."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        agendas: AgendaService | None = None,
        *,
        network_index: NetworkIndex,
    ) -> None:
        self._store = store
        self._clock = clock
        self._agendas = agendas
        self.network_index = network_index
        self.words_per_minute = DEFAULT_WORDS_PER_MINUTE
        self.warm_up_started = False  # the network is being (or was) read ahead

    @property
    def taxonomy(self) -> Taxonomy:
        return self.network_index.taxonomy

    def network_snapshot(self) -> list[Contact]:
        """Every contact as stored now (read this on the thread that writes the store)."""
        return self._store.contacts.all()

    def start_warm_up(self) -> list[Contact] | None:
        """The contacts to read ahead, the first time this is asked (on the store's thread);
        ``None`` when a read-ahead was already started or the network is already read."""
        return self.network_snapshot() if self.claim_warm_up() else None

    def claim_warm_up(self) -> bool:
        """True the first time a read-ahead may start (then never again), False when one was
        already started or the network is already read."""
        if self.warm_up_started or self.network_index:
            return False
        self.warm_up_started = True
        return True

    def warm_up(self, contacts: list[Contact]) -> None:
        """Read the network ahead of the first brief: ~1 s of work at 30,000 contacts that
        the first brief would otherwise wait for. Any thread may run it."""
        self.network_index.warm(contacts)

    def default_agenda(self) -> list[AgendaPhase]:
        """The user's own default agenda when they saved one, else the book's."""
        return self._agendas.default() if self._agendas else shipped_agenda()

    def request(
        self,
        contact_id: str,
        purpose: str = "",
        agenda: list[AgendaPhase] | None = None,
        exclude_meeting: str | None = None,
    ) -> BriefRequest:
        """Everything a brief is built from, read from the store now.

        Reading is quick; building can take a while in a very large network, so
        the GUI reads here on its own thread and builds elsewhere.
        """
        contact = self._store.contacts.get(contact_id)
        if contact is None:
            raise NotFoundError("That contact no longer exists.")
        profile = self._store.profile.get()
        earlier = [
            m
            for m in self._store.meetings.where("contact_id", contact_id)
            # Only meetings that took place: a brief prepared for a meeting still to come
            # has asked nothing yet.
            if m.id != exclude_meeting
            and m.brief is not None
            and m.status in (MeetingStatus.IN_PROGRESS, MeetingStatus.FINISHED)
        ]
        return BriefRequest(
            profile=profile,
            contact=contact,
            notes=list(self._store.notes.where("contact_id", contact_id)),
            purpose=purpose or profile.current_goal,
            earlier_meetings=earlier,
            network=self._store.contacts.all(),  # the brief leaves the contact out
            taxonomy=self.taxonomy,
            agenda=agenda or self.default_agenda(),
            now=self._clock.now(),
            words_per_minute=self.words_per_minute,
            network_index=self.network_index,
        )

    @staticmethod
    def build_from(request: BriefRequest) -> Brief:
        """Build from what :meth:`request` read; touches nothing shared, so any thread may."""
        return build_brief(**{f.name: getattr(request, f.name) for f in fields(request)})

    def build(
        self,
        contact_id: str,
        purpose: str = "",
        agenda: list[AgendaPhase] | None = None,
        exclude_meeting: str | None = None,
    ) -> Brief:
        """A fresh brief for ``contact_id``; earlier meetings' questions are not repeated."""
        return self.build_from(self.request(contact_id, purpose, agenda, exclude_meeting))

    # -- the self-summary's length, after the user edits it ----------------------------------

    def summary_timing(self, sentences: list[str]) -> SummaryTiming:
        """Words, seconds spoken and whether that is over a minute, for (edited) sentences."""
        return summary_timing(sentences, self.words_per_minute)

    def retime(self, brief: Brief) -> Brief:
        """``brief`` with its summary's word count and spoken time matching its sentences."""
        timing = self.summary_timing(brief.summary)
        brief.words_per_minute = self.words_per_minute
        brief.summary_words = timing.words
        brief.summary_seconds = timing.seconds
        brief.summary_too_long = timing.too_long
        return brief

    # -- meetings --------------------------------------------------------------------------

    def get_meeting(self, meeting_id: str) -> Meeting | None:
        """A copy the caller may edit and pass back to :meth:`save_meeting`."""
        return self._store.meetings.get(meeting_id)

    def save_meeting(self, meeting: Meeting) -> Meeting:
        """Store a prepared meeting with its brief exactly as the user edited it."""
        if meeting.contact_id not in self._store.contacts:
            raise NotFoundError("The meeting's contact no longer exists.")
        if not meeting.agenda:
            meeting.agenda = meeting.brief.agenda if meeting.brief else self.default_agenda()
        return self._store.meetings.save(meeting)
