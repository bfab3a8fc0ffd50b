"""Meetings as services: run, save at every transition, survive a crash, record the outcome."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from netprep.composition import App, memory_app, open_app
from netprep.domain.agenda import AgendaPhase, BriefSection
from netprep.domain.clock import ManualClock
from netprep.domain.followups import FollowUpKind
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.domain.meeting_clock import ClockStatus
from netprep.domain.meeting_clock_state import ClockState
from netprep.domain.outcome import Goal, Introducer, set_goal
from netprep.domain.records import Contact, InteractionKind, Profile
from netprep.domain.referrals import MatchKind, ReferralStatus
from netprep.services.agendas import AGENDA_FILE, shipped_agenda
from netprep.services.errors import UserError
from netprep.services.meeting_outcome import OutcomeReview, ReferralAction, ReferralChoice
from netprep.services.meeting_session import MeetingSession
from netprep.store.errors import SaveError

INSIGHT = (
    "Write up one ward workflow you fixed as a product case study: hiring managers trust "
    "a real before-and-after more than any job title."
)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def app(clock: ManualClock) -> Iterator[App]:
    opened = memory_app(clock)
    opened.store.profile.save(Profile(name="Aoife Brennan", current_goal="move into product"))
    yield opened
    opened.close()


def stored_meeting(app: App, meeting_id: str) -> Meeting:
    meeting = app.meetings.get(meeting_id)
    assert meeting is not None
    return meeting


def clock_of(app: App, meeting_id: str) -> ClockState:
    clock = stored_meeting(app, meeting_id).clock
    assert clock is not None
    return clock


def stored_contact(app: App, contact_id: str) -> Contact:
    contact = app.store.contacts.get(contact_id)
    assert contact is not None
    return contact


def add_contact(app: App, name: str, *emails: str, company: str = "") -> Contact:
    return app.store.contacts.save(Contact(name=name, emails=list(emails), company=company))


def plan_meeting(app: App, contact: Contact) -> Meeting:
    return app.store.meetings.save(
        Meeting(contact_id=contact.id, purpose="How nurses move into product", where="Ozone Café")
    )


def note_referrals(session: MeetingSession) -> None:
    capture = session.capture
    capture.set_insight(1, INSIGHT)
    capture.referrals[0].name = "Daniel Mensah"
    capture.referrals[0].how_to_reach = "daniel.mensah@wardline.example.com"
    capture.referrals[0].why = "physio turned PM"
    capture.referrals[1].name = "Priya Raman"
    capture.referrals[1].how_to_reach = "priya@lumen.example.org"
    capture.referrals[1].will_introduce = True
    capture.referrals[2].name = "Tom Becker"
    capture.referrals[2].how_to_reach = "LinkedIn"
    capture.add_offer("the NEWS2 escalation article")
    session.save_capture()


# -- running and saving ------------------------------------------------------------------------


def test_every_clock_transition_is_saved(app: App, clock: ManualClock) -> None:
    grace = add_contact(app, "Grace Adeyemi")
    meeting = plan_meeting(app, grace)
    session = app.meetings.open_session(meeting.id)
    assert stored_meeting(app, meeting.id).clock is None  # opening is not starting

    session.start()
    stored = stored_meeting(app, meeting.id)
    assert stored.status is MeetingStatus.IN_PROGRESS
    assert clock_of(app, meeting.id).status is ClockStatus.RUNNING
    assert stored.when == clock.now()  # an unscheduled meeting is dated when it starts

    clock.advance(130)
    session.next_phase()
    stored = stored_meeting(app, meeting.id)
    assert clock_of(app, meeting.id).phase_index == 1
    assert [round(t.actual_seconds) for t in stored.timer_log][:2] == [130, 0]

    session.pause()
    assert clock_of(app, meeting.id).status is ClockStatus.PAUSED
    session.add_minutes(2)
    assert clock_of(app, meeting.id).extra_minutes[1] == 2
    assert session.toggle() is ClockStatus.RUNNING
    assert clock_of(app, meeting.id).status is ClockStatus.RUNNING
    with pytest.raises(UserError, match="first phase"):
        session.previous_phase()
        session.previous_phase()


def test_resume_after_a_crash_in_the_middle_of_a_phase(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    first_clock = ManualClock()
    first = open_app(folder, first_clock)
    grace = add_contact(first, "Grace Adeyemi", "grace@northgate.example.org")
    meeting = plan_meeting(first, grace)
    session = first.meetings.open_session(meeting.id)
    session.start()
    first_clock.advance(100)  # 100 s of the 2-minute welcome
    session.next_phase()
    first_clock.advance(45)  # 45 s into the overview...
    session.capture.notes = "Her CNIO post was made with one spreadsheet of near misses."
    session.save_capture()
    # ... and the app dies: no finish, no close of the session; only the OS lock goes away.
    first.store.db.close()

    # The app starts again 30 s later, in a new process with a fresh monotonic clock.
    second_clock = ManualClock(start=first_clock.now() + timedelta(seconds=30))
    second = open_app(folder, second_clock)
    try:
        waiting = second.meetings.in_progress()
        assert [m.id for m in waiting] == [meeting.id]
        resumed = second.meetings.open_session(meeting.id)
        reading = resumed.reading()
        assert reading.running and reading.phase_index == 1
        assert reading.phase_spent_seconds == pytest.approx(75)
        assert reading.phase_left_seconds == pytest.approx(45)
        assert reading.meeting_left_seconds == pytest.approx(20 * 60 - 175)
        assert "spreadsheet of near misses" in resumed.capture.notes
        second_clock.advance(50)
        assert resumed.reading().phase_overrun_seconds == pytest.approx(5)
    finally:
        second.close()


def test_a_paused_meeting_loses_no_time_while_the_app_is_closed(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    first_clock = ManualClock()
    first = open_app(folder, first_clock)
    meeting = plan_meeting(first, add_contact(first, "Sofia Marchetti"))
    session = first.meetings.open_session(meeting.id)
    session.start()
    first_clock.advance(70)
    session.pause()
    first.close()
    later = ManualClock(start=first_clock.now() + timedelta(hours=2))
    second = open_app(folder, later)
    try:
        reading = second.meetings.open_session(meeting.id).reading()
        assert reading.paused and reading.phase_left_seconds == pytest.approx(50)
    finally:
        second.close()


def test_meet_now_builds_the_brief_on_the_spot_with_the_users_agenda(app: App) -> None:
    grace = add_contact(app, "Grace Adeyemi", company="Northgate Teaching Hospitals")
    mine = [
        AgendaPhase("Hello", 3, ["Thank them"], BriefSection.HOOKS),
        AgendaPhase("Questions", 15, [], BriefSection.QUESTIONS),
    ]
    app.agendas.save_default(mine)
    meeting = app.meetings.meet_now(grace.id, "how a nurse becomes a CNIO")
    assert meeting.brief is not None and meeting.brief.contact_id == grace.id
    assert len(meeting.brief.questions) == 3
    assert [p.name for p in meeting.agenda] == ["Hello", "Questions"]
    assert meeting.capture.insights[0].question == meeting.brief.questions[0].text
    session = app.meetings.open_session(meeting.id)
    assert session.reading().meeting_budget_seconds == 18 * 60


# -- agendas --------------------------------------------------------------------------------


def test_default_agenda_is_saved_in_the_data_folder_and_validated(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    app = open_app(folder, ManualClock())
    assert [p.name for p in app.agendas.default()] == [p.name for p in shipped_agenda()]
    with pytest.raises(UserError, match="more than zero minutes"):
        app.agendas.save_default([AgendaPhase("Great start", 0)])
    with pytest.raises(UserError, match="more than zero minutes"):
        app.agendas.save_default([AgendaPhase("Great start", -2)])
    with pytest.raises(UserError, match="at least one phase"):
        app.agendas.save_default([])
    assert not (folder / AGENDA_FILE).exists()  # refused edits leave nothing behind

    edited = shipped_agenda()
    edited[2].minutes = 10
    edited.insert(4, AgendaPhase("Something to read", 2, ["Mention the article"]))
    app.agendas.save_default(edited)
    app.close()

    again = open_app(folder, ManualClock())
    try:
        names = [(p.name, p.minutes) for p in again.agendas.default()]
        assert names[2] == ("Three insights", 10) and names[4] == ("Something to read", 2)
        (folder / AGENDA_FILE).write_text('{"phases": [{"name": "x", "minutes": "soon"}]}')
        assert again.agendas.default()[0].name == "Great start"
        assert again.agendas.problem and "left untouched" in again.agendas.problem
        again.agendas.reset_default()
        assert not (folder / AGENDA_FILE).exists()
    finally:
        again.close()


def test_a_meetings_own_agenda_is_fixed_once_it_starts(app: App) -> None:
    meeting = plan_meeting(app, add_contact(app, "Kwame Boateng"))
    short = [AgendaPhase("Catch-up", 10, [], BriefSection.QUESTIONS)]
    assert app.agendas.set_meeting_agenda(meeting.id, short).agenda[0].minutes == 10
    session = app.meetings.open_session(meeting.id)
    assert session.reading().meeting_budget_seconds == 600
    session.start()
    with pytest.raises(UserError, match="already started"):
        app.agendas.set_meeting_agenda(meeting.id, shipped_agenda())


# -- recording the outcome ------------------------------------------------------------------


def test_finish_meeting_records_everything_in_one_call(app: App, clock: ManualClock) -> None:
    grace = add_contact(app, "Grace Adeyemi", "grace@northgate.example.org")
    daniel = add_contact(app, "Daniel Mensah", "Daniel.Mensah@wardline.example.com")
    meeting = plan_meeting(app, grace)
    session = app.meetings.open_session(meeting.id)
    session.start()
    for seconds in (130, 100, 700, 150):
        clock.advance(seconds)
        session.next_phase()
    clock.advance(90)
    note_referrals(session)
    contacts_before = len(app.store.contacts)

    proposal = app.meetings.propose_outcome(meeting.id, session)
    assert [r.match.kind for r in proposal.referrals] == [
        MatchKind.CERTAIN,
        MatchKind.NONE,
        MatchKind.NONE,
    ]
    assert proposal.goals.learned and proposal.goals.names and proposal.goals.evangelist
    goals = set_goal(proposal.goals, Goal.EVANGELIST, False)

    done = app.meetings.finish_meeting(meeting.id, OutcomeReview(goals=goals), session=session)

    stored = stored_meeting(app, meeting.id)
    assert stored.status is MeetingStatus.FINISHED
    assert stored.goals.evangelist is False and Goal.EVANGELIST in stored.goals.edited
    assert [round(t.actual_seconds) for t in stored.timer_log] == [130, 100, 700, 150, 90]
    # Daniel is linked (same email), not duplicated; the other two are new contacts.
    assert len(app.store.contacts) == contacts_before + 2
    assert stored_contact(app, daniel.id).referred_by == grace.id
    priya = next(c for c in app.store.contacts.all() if c.name == "Priya Raman")
    assert priya.referred_by == grace.id and priya.emails == ["priya@lumen.example.org"]
    assert "offered to introduce" in priya.how_we_met
    referrals = app.referrals.from_meeting(meeting.id)
    assert {r.name: r.contact_id for r in referrals}["Daniel Mensah"] == daniel.id
    assert all(r.status is ReferralStatus.ASKED and r.referrer_id == grace.id for r in referrals)
    # Follow-ups: a thank-you tomorrow quoting the insight, the offer, reaching each name.
    kinds = sorted(f.kind.value for f in app.store.followups.all())
    assert kinds == ["offer", "reach_referral", "reach_referral", "reach_referral", "thank_you"]
    thanks = next(f for f in done.followups if f.kind is FollowUpKind.THANK_YOU)
    met_on = clock.now().astimezone().date()  # the user's own calendar day
    assert thanks.due == met_on + timedelta(days=1) and thanks.contact_id == grace.id
    assert "a real before-and-after" in thanks.draft and "Aoife Brennan" in thanks.draft
    # "Last contacted" moves to the meeting's end.
    touches = app.store.interactions.where("contact_id", grace.id)
    assert [(t.kind, t.when) for t in touches] == [(InteractionKind.MEETING, clock.now())]
    assert app.contacts.last_contacted(grace.id) == clock.now()

    with pytest.raises(UserError, match="already been recorded"):
        app.meetings.finish_meeting(meeting.id, session=session)
    session.save_capture()  # a late autosave must not reopen the finished meeting
    assert stored_meeting(app, meeting.id).status is MeetingStatus.FINISHED


def test_same_name_must_be_confirmed_and_can_be_linked(app: App) -> None:
    grace = add_contact(app, "Grace Adeyemi")
    known = add_contact(app, "Priya Raman", company="Lumen Labs")
    meeting = plan_meeting(app, grace)
    session = app.meetings.open_session(meeting.id)
    session.start()
    session.capture.referrals[0].name = "priya raman"
    proposal = app.meetings.propose_outcome(meeting.id, session)
    assert proposal.referrals[0].match.kind is MatchKind.PROBABLE

    with pytest.raises(UserError, match="same person as Priya Raman"):
        app.meetings.finish_meeting(meeting.id, session=session)
    assert stored_meeting(app, meeting.id).status is MeetingStatus.IN_PROGRESS
    assert len(app.store.referrals) == 0

    link = ReferralChoice(0, ReferralAction.LINK, known.id)
    app.meetings.finish_meeting(meeting.id, OutcomeReview(choices=[link]), session=session)
    assert len(app.store.contacts) == 2
    origin = app.referrals.came_from(known.id)
    assert origin is not None and origin.referrer_id == grace.id


def test_a_failed_write_leaves_no_half_recorded_outcome(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    grace = add_contact(app, "Grace Adeyemi")
    meeting = plan_meeting(app, grace)
    session = app.meetings.open_session(meeting.id)
    session.start()
    note_referrals(session)

    def disk_full(*_: object) -> None:
        raise SaveError(Path("followups.json"), OSError(28, "No space left on device"))

    monkeypatch.setattr(app.store.followups, "save_many", disk_full)
    with pytest.raises(SaveError):
        app.meetings.finish_meeting(meeting.id, session=session)
    assert [c.name for c in app.store.contacts.all()] == ["Grace Adeyemi"]
    assert len(app.store.referrals) == 0 and len(app.store.interactions) == 0
    assert stored_meeting(app, meeting.id).status is MeetingStatus.IN_PROGRESS
    monkeypatch.undo()
    app.meetings.finish_meeting(meeting.id, session=session)  # and it can be retried
    assert len(app.store.referrals) == 3


# -- referrals after the meeting ------------------------------------------------------------


def test_referrals_move_on_and_close_their_follow_ups(app: App, clock: ManualClock) -> None:
    grace = add_contact(app, "Grace Adeyemi")
    meeting = plan_meeting(app, grace)
    session = app.meetings.open_session(meeting.id)
    session.start()
    note_referrals(session)
    app.meetings.finish_meeting(meeting.id, session=session)
    daniel = next(r for r in app.referrals.pending() if r.name == "Daniel Mensah")

    clock.advance(86400)
    app.referrals.advance(daniel.id)  # contacted: the "reach" follow-up is done
    reach = [f for f in app.store.followups.where("referral_id", daniel.id)]
    assert [(f.kind, f.done) for f in reach] == [(FollowUpKind.REACH_REFERRAL, True)]
    order = [r.name for r in app.referrals.pending()]
    assert order[-1] == "Daniel Mensah"  # waiting on them: after the names still to contact

    clock.advance(86400 * 3)
    _, created = app.referrals.advance(daniel.id)  # met: tell the referrer
    assert [f.kind for f in created] == [FollowUpKind.TELL_REFERRER]
    assert created[0].due == clock.now().date() + timedelta(days=1)
    assert app.referrals.pending()[0].name == "Daniel Mensah"  # action needed again: first
    app.referrals.advance(daniel.id)
    tell = next(
        f
        for f in app.store.followups.where("referral_id", daniel.id)
        if f.kind is FollowUpKind.TELL_REFERRER
    )
    assert tell.done
    assert "Daniel Mensah" not in [r.name for r in app.referrals.pending()]
    with pytest.raises(UserError, match="already done"):
        app.referrals.advance(daniel.id)


def test_who_referred_whom_is_a_tree(app: App) -> None:
    grace = add_contact(app, "Grace Adeyemi")
    first = plan_meeting(app, grace)
    session = app.meetings.open_session(first.id)
    session.capture.referrals[0].name = "Daniel Mensah"
    app.meetings.finish_meeting(first.id, session=session)
    daniel = next(c for c in app.store.contacts.all() if c.name == "Daniel Mensah")
    second = plan_meeting(app, daniel)
    session = app.meetings.open_session(second.id)
    session.capture.referrals[0].name = "Rahul Iyer"
    app.meetings.finish_meeting(second.id, session=session)
    app.store.contacts.save(Contact(name="Hiroshi Tanaka", referred_by=grace.id))

    tree = app.referrals.tree()
    assert [n.name for n in tree] == ["Grace Adeyemi"]
    assert sorted(n.name for n in tree[0].children) == ["Daniel Mensah", "Hiroshi Tanaka"]
    daniel_node = next(n for n in tree[0].children if n.name == "Daniel Mensah")
    assert [n.name for n in daniel_node.children] == ["Rahul Iyer"]
    assert daniel_node.referral is not None and daniel_node.referral.meeting_id == first.id


def test_read_only_data_cannot_run_a_meeting(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    writer = open_app(folder, ManualClock())
    meeting = plan_meeting(writer, add_contact(writer, "Jonas Lindqvist"))
    writer.close()
    reader = open_app(folder, ManualClock(), read_only=True)
    try:
        with pytest.raises(UserError, match="read-only"):
            reader.meetings.open_session(meeting.id)
        with pytest.raises(Exception, match="read-only"):
            reader.agendas.save_default(shipped_agenda())
    finally:
        reader.close()


def test_linking_someone_another_contact_introduced_asks_who_introduced_them(app: App) -> None:
    grace = add_contact(app, "Grace Adeyemi")
    tomasz = add_contact(app, "Tomasz Kowalski")
    daniel = app.store.contacts.save(Contact(name="Daniel Mensah", referred_by=grace.id))
    for answer, expected in ((None, None), (Introducer.REPLACE, tomasz.id)):
        meeting = plan_meeting(app, tomasz)
        session = app.meetings.open_session(meeting.id)
        session.start()
        session.capture.referrals[0].name = "Daniel Mensah"
        link = ReferralChoice(0, ReferralAction.LINK, daniel.id, answer)
        if answer is None:  # never a silent keep, nor a silent rewrite
            with pytest.raises(UserError, match="first introduced by someone else"):
                app.meetings.finish_meeting(
                    meeting.id, OutcomeReview(choices=[link]), session=session
                )
            assert stored_contact(app, daniel.id).referred_by == grace.id
            continue
        app.meetings.finish_meeting(meeting.id, OutcomeReview(choices=[link]), session=session)
        assert stored_contact(app, daniel.id).referred_by == expected
