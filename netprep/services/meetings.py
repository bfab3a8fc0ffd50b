"""Running and recording meetings: meet now, start or resume, and finish with an outcome.

``finish_meeting`` is the one call that records a meeting: the referrals become (or are
linked to) contacts, the follow-ups are created, the meeting is stored with its goals and
timer log, and an interaction marks the contact as met. Everything is built and checked
first; then it is written as one store transaction, so there is never a half-recorded
outcome, even after a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from netprep.domain.brief.model import Brief
from netprep.domain.capture import LiveCapture
from netprep.domain.clock import Clock, ManualClock, day_text, moment_text
from netprep.domain.followups import FollowUp
from netprep.domain.meeting import (
    Meeting,
    MeetingStatus,
    contact_label,
    past_meetings,
    upcoming_meetings,
)
from netprep.domain.meeting_clock import ClockError, ClockStatus, MeetingClock
from netprep.domain.message import message_of
from netprep.domain.outcome import OutcomeError, meeting_interaction
from netprep.domain.records import Contact, Interaction
from netprep.domain.referrals import Referral
from netprep.render.markdown_text import escape_markdown
from netprep.render.meeting_record import meeting_record_markdown
from netprep.services.agendas import AgendaService
from netprep.services.errors import NotFoundError, UserError
from netprep.services.meeting_outcome import (
    OutcomePlan,
    OutcomeProposal,
    OutcomeReview,
    plan,
    propose,
)
from netprep.services.meeting_session import MeetingSession
from netprep.store.store import Store

BriefBuilder = Callable[[str, str], Brief]  # (contact id, purpose) -> a fresh brief
_EPOCH = datetime.min.replace(tzinfo=UTC)


@dataclass
class FinishedMeeting:
    """What recording the outcome wrote, for the window to report."""

    meeting: Meeting
    interaction: Interaction
    referrals: list[Referral] = field(default_factory=list)
    new_contacts: list[Contact] = field(default_factory=list)
    linked_contacts: list[Contact] = field(default_factory=list)
    followups: list[FollowUp] = field(default_factory=list)


class MeetingService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        agendas: AgendaService,
        build_brief: BriefBuilder | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self.agendas = agendas
        self.build_brief = build_brief

    # -- lists -----------------------------------------------------------------------------

    def get(self, meeting_id: str) -> Meeting | None:
        return self._store.meetings.get(meeting_id)

    def upcoming(self) -> list[Meeting]:
        """Planned and in-progress meetings, soonest first."""
        return upcoming_meetings(self._store.meetings.all())

    def past(self) -> list[Meeting]:
        """Finished and cancelled meetings, newest first."""
        return past_meetings(self._store.meetings.all())

    def in_progress(self) -> list[Meeting]:
        """Meetings left running or paused (the app closed or crashed): offer to resume."""
        return [m for m in self.upcoming() if m.status is MeetingStatus.IN_PROGRESS and m.clock]

    def for_contact(self, contact_id: str) -> list[Meeting]:
        """The contact's meetings, newest first."""
        found = self._store.meetings.where("contact_id", contact_id)
        return sorted(found, key=lambda m: m.when or m.created_at or _EPOCH, reverse=True)

    def contact_name(self, meeting: Meeting) -> str:
        contact = self._store.contacts.get(meeting.contact_id)
        return contact_label(meeting, contact.name if contact is not None else None)

    # -- running ---------------------------------------------------------------------------

    def meet_now(self, contact_id: str, purpose: str = "") -> Meeting:
        """A meeting with ``contact_id`` starting now, its brief built on the spot."""
        self._check_writable()
        if contact_id not in self._store.contacts:
            raise NotFoundError("That contact no longer exists.")
        agenda = self.agendas.default()
        brief = self.build_brief(contact_id, purpose) if self.build_brief else None
        if brief is not None:
            brief.agenda = list(agenda)
        meeting = Meeting(
            contact_id=contact_id,
            when=self._clock.now(),
            purpose=purpose or (brief.purpose if brief else ""),
            agenda=agenda,
            brief=brief,
            capture=LiveCapture.for_brief(brief),
        )
        return self._store.meetings.save(meeting)

    def open_session(self, meeting_id: str) -> MeetingSession:
        """Run a meeting: a planned one starts on its agenda, one in progress resumes."""
        self._check_writable()
        meeting = self._existing(meeting_id)
        if meeting.status in (MeetingStatus.FINISHED, MeetingStatus.CANCELLED):
            raise UserError("This meeting is over; its record is under past meetings.")
        try:
            if meeting.clock is not None and meeting.clock.status is not ClockStatus.NOT_STARTED:
                timer = MeetingClock.restore(meeting.clock, self._clock)
            else:
                timer = MeetingClock(self.agendas.agenda_for(meeting), self._clock)
        except ClockError as error:
            raise UserError(message_of(error)) from None
        _fill_questions(meeting.capture, meeting.brief)
        return MeetingSession(self._store, self._clock, meeting, timer)

    # -- recording the outcome -------------------------------------------------------------

    def propose_outcome(
        self, meeting_id: str, session: MeetingSession | None = None
    ) -> OutcomeProposal:
        """Goals inferred from the capture and, per referral, who they may already be."""
        meeting = session.meeting if session else self._existing(meeting_id)
        return propose(meeting, self._contact_of(meeting), self._store.contacts.all())

    def finish_meeting(
        self,
        meeting_id: str,
        review: OutcomeReview | None = None,
        *,
        session: MeetingSession | None = None,
    ) -> FinishedMeeting:
        """Record the meeting's outcome in one go (see the module docstring)."""
        self._check_writable()
        meeting = session.meeting if session else self._existing(meeting_id)
        if meeting.id != meeting_id:
            raise UserError("The running meeting is not the one being recorded.")
        if meeting.status in (MeetingStatus.FINISHED, MeetingStatus.CANCELLED):
            raise UserError("This meeting's outcome has already been recorded.")
        review = review or OutcomeReview()
        proposal = propose(meeting, self._contact_of(meeting), self._store.contacts.all())
        now = self._clock.now()
        outcome = plan(
            proposal,
            review,
            lookup=self._store.contacts.get,
            now=now,
            on=now.astimezone().date(),
            sender_name=self._store.profile.get().name,
        )
        meeting = outcome.meeting
        self._stop_timer(meeting, session)
        meeting.status = MeetingStatus.FINISHED
        meeting.when = meeting.when or now
        meeting.outcome_answers = None  # recorded: the dialog's answers are in the records now
        try:
            interaction = meeting_interaction(meeting)
        except OutcomeError as error:
            raise UserError(message_of(error)) from None
        self._write(outcome, interaction)
        stored = self._existing(meeting.id)
        if session is not None:
            session.adopt_finished(stored)
        return FinishedMeeting(
            meeting=stored,
            interaction=interaction,
            referrals=outcome.referrals,
            new_contacts=outcome.new_contacts,
            linked_contacts=outcome.updated_contacts,
            followups=outcome.followups,
        )

    # -- the meeting's life ----------------------------------------------------------------

    def prepared_for(self, contact_id: str) -> Meeting | None:
        """The soonest planned meeting with this contact ("Meet now" offers it instead)."""
        planned = [
            m
            for m in self.upcoming()
            if m.contact_id == contact_id and m.status is MeetingStatus.PLANNED
        ]
        return planned[0] if planned else None

    def cancel(self, meeting_id: str) -> Meeting:
        """It will not take place: kept under past meetings as cancelled (undo: reopen)."""
        self._check_writable()
        meeting = self._existing(meeting_id)
        if meeting.status is MeetingStatus.FINISHED:
            raise UserError("This meeting took place and is recorded: delete it instead.")
        meeting.status = MeetingStatus.CANCELLED
        return self._store.meetings.save(meeting)

    def reopen(self, meeting: Meeting, status: MeetingStatus) -> Meeting:
        """Undo a cancel: the meeting goes back to how it was."""
        self._check_writable()
        stored = self._existing(meeting.id)
        stored.status = status
        return self._store.meetings.save(stored)

    def delete(self, meeting_id: str) -> Meeting:
        """Remove the meeting; give the returned record to :meth:`restore` to undo."""
        self._check_writable()
        meeting = self._existing(meeting_id)
        self._store.meetings.delete(meeting.id)
        return meeting

    def restore(self, meeting: Meeting) -> Meeting:
        self._check_writable()
        return self._store.meetings.save(meeting)

    def stop_at_last_save(self, meeting_id: str) -> Meeting:
        """A meeting left running when the app closed: its clock stops when it was last saved
        (closing saves), not now, so recording it later does not count the hours between."""
        self._check_writable()
        meeting = self._existing(meeting_id)
        state, at = meeting.clock, meeting.updated_at
        if state is None or state.status is not ClockStatus.RUNNING or at is None:
            return meeting
        try:
            timer = MeetingClock.restore(state, ManualClock(max(at, state.running_since or at)))
            timer.pause()
        except ClockError as error:
            raise UserError(message_of(error)) from None
        meeting.clock = timer.state()
        meeting.timer_log = timer.timer_log()
        return self._store.meetings.save(meeting)

    def end_without_contact(self, meeting_id: str) -> Meeting:
        """A meeting whose contact was deleted: ended and kept (notes and timer), no outcome."""
        self._check_writable()
        meeting = self._existing(meeting_id)
        if meeting.contact_id in self._store.contacts:
            raise UserError("The contact still exists: record the outcome instead.")
        self._stop_timer(meeting, None)
        meeting.status = MeetingStatus.FINISHED
        return self._store.meetings.save(meeting)

    def contact_exists(self, meeting: Meeting) -> bool:
        return meeting.contact_id in self._store.contacts

    def record_markdown(self, meeting_id: str) -> str:
        """The meeting's record (goals, insights under their questions, names, offers,
        follow-ups, notes, timer, brief) as Markdown, for the page and for export."""
        meeting = self._existing(meeting_id)
        referrals = sorted(
            self._store.referrals.where("meeting_id", meeting.id), key=lambda r: r.name.casefold()
        )
        text = meeting_record_markdown(meeting, self.contact_name(meeting), referrals)
        planned = meeting.planned_when
        if planned is not None and meeting.when is not None and planned != meeting.when:
            when = moment_text(planned)
            text = text.replace(" · **Status:**", f" · **Planned for:** {when} · **Status:**", 1)
        followups = self._store.followups.where("meeting_id", meeting.id)
        if not followups:
            return text
        lines = ["## Follow-ups", ""]
        for item in sorted(followups, key=lambda f: (f.due or date.max, f.text)):
            due = day_text(item.due) if item.due else "no date"
            mark = "✓" if item.done else "☐"
            lines.append(f"- {mark} {escape_markdown(item.text)} — {due}")
        head, sep, tail = text.partition("## Notes")
        return head + "\n".join(lines) + "\n\n" + sep + tail

    # -- internals -------------------------------------------------------------------------

    def _stop_timer(self, meeting: Meeting, session: MeetingSession | None) -> None:
        """Finish a copy of the clock (the session's own stays as it is until all is saved)."""
        state = session.timer.state() if session else meeting.clock
        if state is None or state.status is ClockStatus.NOT_STARTED:
            return
        try:
            timer = MeetingClock.restore(state, self._clock)
            if timer.status is not ClockStatus.FINISHED:
                timer.finish()
        except ClockError as error:
            raise UserError(message_of(error)) from None
        meeting.clock = timer.state()
        meeting.timer_log = timer.timer_log()

    def _write(self, outcome: OutcomePlan, interaction: Interaction) -> None:
        """One transaction: after a crash the outcome is all there, or not at all."""
        store = self._store
        with store.transaction():
            store.contacts.save_many([*outcome.new_contacts, *outcome.updated_contacts])
            store.referrals.save_many(outcome.referrals)
            store.followups.save_many(outcome.followups)
            store.interactions.save(interaction)
            store.notes.save_many(outcome.notes)
            store.meetings.save(outcome.meeting)

    def _existing(self, meeting_id: str) -> Meeting:
        meeting = self._store.meetings.get(meeting_id)
        if meeting is None:
            raise NotFoundError("That meeting no longer exists.")
        return meeting

    def _contact_of(self, meeting: Meeting) -> Contact:
        contact = self._store.contacts.get(meeting.contact_id)
        if contact is None:
            raise NotFoundError("The meeting's contact no longer exists.")
        return contact

    def _check_writable(self) -> None:
        if self._store.read_only:
            raise UserError("The data folder is open read-only: meetings cannot be run or saved.")


def _fill_questions(capture: LiveCapture, brief: Brief | None) -> None:
    """Give insight slots the brief's questions where the capture has none yet."""
    if brief is None:
        return
    for index, question in enumerate(brief.questions[:3]):
        note = capture.insight(index)
        if not note.question:
            note.question = question.text
            note.kind = question.kind
