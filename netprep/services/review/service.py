"""The weekly review: who to reconnect with and why, three emails proposing times, the log.

Reads the contacts' cadence (domain/cadence.py) with the user's interval settings, ranks
who to write to (domain/review/ranking.py), proposes times from the profile's availability
in the user's time zone (domain/review/proposals.py), and drafts each email from the
user's template with facts drawn only from their records. Marking an email sent logs an
email touch tagged as the review's, which is also the review's log.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from netprep.domain.agenda import total_minutes
from netprep.domain.cadence import CadenceStatus, Touch, last_touches, statuses
from netprep.domain.clock import Clock
from netprep.domain.followup_drafts import EmailDraft
from netprep.domain.followups import FollowUpKind
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.domain.message import Message
from netprep.domain.records import REVIEW_SOURCE, Contact, Interaction, InteractionKind
from netprep.domain.review.availability import Availability, parse_availability, quoted_text
from netprep.domain.review.email_content import email_facts
from netprep.domain.review.kept import KeptReview
from netprep.domain.review.log import ReviewWeek, review_emails, review_weeks, streak, week_of
from netprep.domain.review.proposals import Busy, ProposedTime, propose_times
from netprep.domain.review.ranking import Candidate, rank, suggest
from netprep.domain.review.settings import ReviewSettings
from netprep.render.review_email import ReviewEmailRenderer
from netprep.services.errors import NotFoundError, UserError
from netprep.services.followups.touches import TouchService
from netprep.services.review.kept import KeptReviews
from netprep.services.review.settings import ReviewSettingsService
from netprep.store.store import Store

PROMISE_KINDS = (FollowUpKind.OFFER, FollowUpKind.TELL_REFERRER, FollowUpKind.THANK_YOU)
DEFAULT_MEETING_MINUTES = 20
MAX_SNOOZE_DAYS = 366


def system_zone() -> tzinfo:
    """The computer's time zone, by its IANA name where one can be found (so that daylight
    saving is known), else as the current fixed offset."""
    names = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        names.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    try:
        link = os.readlink("/etc/localtime")
        names.append(link.split("zoneinfo/", 1)[1] if "zoneinfo/" in link else "")
    except OSError:
        pass
    for name in names:
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    local = datetime.now().astimezone().tzinfo
    assert local is not None
    return local


@dataclass
class ReviewDraft:
    contact_id: str
    contact_name: str
    email: EmailDraft
    times: list[ProposedTime] = field(default_factory=list)
    quote_source: str = ""  # where the quoted words come from ("your conversation note of …")
    problems: list[str] = field(default_factory=list)  # template trouble, no email address…


@dataclass(frozen=True)
class ZoneChoice:
    zone: tzinfo
    name: str  # as shown in the email ("Europe/London"); "" for the computer's own zone
    problem: str = ""


class ReviewService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        settings: ReviewSettingsService,
        touches: TouchService,
        renderer: ReviewEmailRenderer,
        local_zone: tzinfo,
    ) -> None:
        self._store = store
        self._clock = clock
        self.settings = settings
        self._touches = touches
        self._renderer = renderer
        self._local_zone = local_zone
        self.kept = KeptReviews(store, clock)  # the review under way, kept while it is written

    # -- where things stand ----------------------------------------------------------------

    def zone(self) -> ZoneChoice:
        """The time zone named in the profile's availability, else the computer's."""
        name = self.availability().time_zone
        if not name:
            return ZoneChoice(self._local_zone, "")
        try:
            return ZoneChoice(ZoneInfo(name), name)
        except (ZoneInfoNotFoundError, ValueError):
            problem = Message(
                "“{name}” is not a time zone netprep knows; your computer's is used.", name=name
            )
            return ZoneChoice(self._local_zone, "", problem)

    def availability(self) -> Availability:
        return parse_availability(self._store.profile.get().availability)

    def today(self) -> date:
        return self._clock.now().astimezone(self.zone().zone).date()

    def statuses(self) -> list[CadenceStatus]:
        touches = self._touches_by_contact()
        intervals = self.settings.get().intervals
        return statuses(self._store.contacts.all(), touches, self.today(), intervals)

    def candidates(self) -> list[Candidate]:
        """Who to reconnect with, best first, each with the reasons why (not those with a
        meeting already planned)."""
        meeting_soon = {
            m.contact_id
            for m in self._store.meetings.all()
            if m.status in (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS)
        }
        promises = self._promises()
        found = statuses(
            self._store.contacts.all(),
            self._touches_by_contact(),
            self.today(),
            self.settings.get().intervals,
            needing_touch=True,  # rank lists no one else
            also=promises.keys(),
        )
        return rank([s for s in found if s.contact.id not in meeting_soon], promises)

    def suggested(self, candidates: Sequence[Candidate] | None = None) -> list[str]:
        return suggest(self.candidates() if candidates is None else candidates)

    def is_review_day(self) -> bool:
        return self.today().weekday() == self.settings.get().review_weekday

    def reviewed_this_week(self) -> bool:
        this_week = week_of(self.today())
        return any(w.week == this_week for w in self.weeks())

    def should_offer_review(self) -> bool:
        """On the review day (or later that week) while this week is not reviewed yet."""
        weekday = self.settings.get().review_weekday
        return self.today().weekday() >= weekday and not self.reviewed_this_week()

    # -- times and drafts ------------------------------------------------------------------

    def propose(
        self,
        contact_ids: Sequence[str],
        count: int = 3,
        taken: Sequence[ProposedTime] = (),
    ) -> dict[str, list[ProposedTime]]:
        """Times for each person, none offered twice (everyone might say yes), nor any in
        ``taken`` (offered already in an email kept as the user edited it)."""
        availability = self.availability()
        zone = self.zone().zone
        busy = self._busy() + [Busy(t.start, t.end) for t in taken]
        found: dict[str, list[ProposedTime]] = {}
        for contact_id in contact_ids:
            times = propose_times(availability.windows, zone, self._clock.now(), busy, count=count)
            busy.extend(Busy(t.start, t.end) for t in times)
            found[contact_id] = times
        return found

    def drafts(self, contact_ids: Sequence[str]) -> list[ReviewDraft]:
        return self.drafts_later(contact_ids)()

    def drafts_later(
        self, contact_ids: Sequence[str], taken: Sequence[ProposedTime] = ()
    ) -> Callable[[], list[ReviewDraft]]:
        """Reads the store now (the calling thread); the returned job renders the emails
        (seconds with a looping user template: a window runs it off its GUI thread). No
        time in ``taken`` is proposed again."""
        times = self.propose(contact_ids, taken=taken)
        touches = self._touches_by_contact()
        jobs = [self._draft_later(cid, times.get(cid, []), touches) for cid in contact_ids]
        return lambda: [job() for job in jobs]

    def drafts_take_time(self) -> bool:
        """Whether the user's own email template renders the drafts (in a bounded worker)."""
        return self._renderer.takes_time()

    def draft(
        self,
        contact_id: str,
        times: Sequence[ProposedTime],
        touches: dict[str, Touch] | None = None,
    ) -> ReviewDraft:
        return self._draft_later(contact_id, times, touches)()

    def _draft_later(
        self,
        contact_id: str,
        times: Sequence[ProposedTime],
        touches: dict[str, Touch] | None = None,
    ) -> Callable[[], ReviewDraft]:
        contact = self._contact(contact_id)
        zone = self.zone()
        profile = self._store.profile.get()
        touches = self._touches_by_contact() if touches is None else touches
        touch = touches.get(contact_id)
        facts = email_facts(
            profile,
            contact,
            notes=self._store.notes.where("contact_id", contact_id),
            meetings=self._store.meetings.where("contact_id", contact_id),
            last_touch=touch,
            today=self.today(),
            times=[t.label() for t in times],
            time_zone=zone.name,
        )
        later: list[str] = []
        if not contact.primary_email:
            later.append(
                Message("{name} has no email address: add one to send this.", name=contact.name)
            )
        if not times:
            later.append(self.no_times_reason())
        later.append(zone.problem)

        def render() -> ReviewDraft:
            rendered = self._renderer.render(facts)
            problems = [p for p in (*rendered.problems, *later) if p]
            email = EmailDraft(contact.primary_email, rendered.subject, rendered.body)
            return ReviewDraft(
                contact.id, contact.name, email, list(times), facts.told_me_source, problems
            )

        return render

    def no_times_reason(self) -> str:
        availability = self.availability()
        if availability.unreadable:
            return Message(
                "No times proposed: your availability (“{text}”) could not be read. Write it on "
                "your profile like “Tue and Thu 8-10am, Fri after 3pm, Europe/London”.",
                text=quoted_text(self._store.profile.get().availability),
            )
        if availability.is_empty:
            return Message(
                "No times proposed: add your availability to your profile "
                "(e.g. “Tue and Thu 8-10am, Fri after 3pm, Europe/London”)."
            )
        return Message("No free time in your availability over the next three weeks.")

    # -- acting on it ----------------------------------------------------------------------

    def mark_sent(
        self, contact_id: str, email: EmailDraft, review: KeptReview | None = None
    ) -> Interaction:
        """The email went out: it is logged as a touch, and so in the review's log. With
        ``review`` (the review as it stands with this email sent), the kept review is
        replaced by it in the same write, or dropped when that finishes it: after a crash the
        email is logged and kept as sent, or neither."""
        self._contact(contact_id)
        subject = " ".join(email.subject.split()) or "(no subject)"
        touch = self._touches.build(contact_id, InteractionKind.EMAIL, note=f"Sent: {subject}")
        touch.source = REVIEW_SOURCE
        with self._store.transaction():
            saved = self._store.interactions.save(touch)
            if review is not None:
                self.kept.keep(review)
        return saved

    def snooze(self, contact_id: str, until: date | None) -> Contact:
        """Leave a contact out of the review until ``until`` (None: wake them now)."""
        contact = self._contact(contact_id)
        if self._store.read_only:
            raise UserError("The data folder is open read-only: nothing can be changed.")
        today = self.today()
        if until is not None and until <= today:
            raise UserError("Snooze until a day after today.")
        if until is not None and until > today + timedelta(days=MAX_SNOOZE_DAYS):
            raise UserError("Snooze for at most a year.")
        contact.snoozed_until = until
        return self._store.contacts.save(contact)

    def save_settings(self, settings: ReviewSettings) -> ReviewSettings:
        return self.settings.save(settings)

    # -- the log ---------------------------------------------------------------------------

    def weeks(self) -> list[ReviewWeek]:
        interactions = self._store.interactions.all()
        emails = review_emails(interactions)
        written = {e.contact_id for e in emails}  # only their later touches matter
        later: dict[str, list[Touch]] = {}
        for interaction in interactions:
            cid = interaction.contact_id
            if cid in written and interaction.when and interaction.source != REVIEW_SOURCE:
                later.setdefault(cid, []).append(
                    Touch(interaction.when, interaction.kind.value, interaction.summary)
                )
        for meeting in self._store.meetings.all():
            cid = meeting.contact_id
            if cid in written and meeting.when and meeting.status is not MeetingStatus.CANCELLED:
                later.setdefault(cid, []).append(Touch(meeting.when, "meeting", meeting.purpose))
        return review_weeks(emails, later)

    def streak(self) -> int:
        return streak(self.weeks(), self.today())

    def name_of(self, contact_id: str) -> str:
        contact = self._store.contacts.get(contact_id)
        return contact.name if contact else "(deleted contact)"

    # -- internals -------------------------------------------------------------------------

    def _contact(self, contact_id: str) -> Contact:
        contact = self._store.contacts.get(contact_id)
        if contact is None:
            raise NotFoundError("That contact no longer exists.")
        return contact

    def _touches_by_contact(self) -> dict[str, Touch]:
        return last_touches(self._store.interactions.all(), self._store.meetings.all())

    def _promises(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for item in self._store.followups.all():
            if not item.done and item.contact_id and item.kind in PROMISE_KINDS and item.text:
                found.setdefault(item.contact_id, []).append(item.text)
        return found

    def _busy(self) -> list[Busy]:
        busy = []
        for meeting in self._store.meetings.all():
            if meeting.when and meeting.status in (
                MeetingStatus.PLANNED,
                MeetingStatus.IN_PROGRESS,
            ):
                busy.append(Busy(meeting.when, meeting.when + self._length(meeting)))
        return busy

    @staticmethod
    def _length(meeting: Meeting) -> timedelta:
        minutes = total_minutes(meeting.agenda) if meeting.agenda else DEFAULT_MEETING_MINUTES
        return timedelta(minutes=minutes or DEFAULT_MEETING_MINUTES)
