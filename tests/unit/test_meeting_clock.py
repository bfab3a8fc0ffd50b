from __future__ import annotations

import json
import math
from datetime import timedelta

import pytest

from netprep.domain.agenda import AgendaPhase, BriefSection
from netprep.domain.clock import ManualClock
from netprep.domain.meeting_clock import (
    ClockError,
    ClockState,
    ClockStatus,
    CueKind,
    MeetingClock,
)


def book_agenda() -> list[AgendaPhase]:
    return [
        AgendaPhase("Great start", 2, ["Thank them"], BriefSection.HOOKS),
        AgendaPhase("Your overview", 2, ["Three sentences"], BriefSection.SUMMARY),
        AgendaPhase("Three insights", 12, ["View, how, advice"], BriefSection.QUESTIONS),
        AgendaPhase("Three contacts", 2, ["Who else should I talk to?"], BriefSection.REFERRALS),
        AgendaPhase("Great finish", 2, ["Offer something back"], BriefSection.OFFERS),
    ]


def times(meeting: MeetingClock) -> tuple[int, float, float, float, float]:
    """(phase, phase left, phase overrun, meeting left, meeting overrun) in seconds."""
    r = meeting.reading()
    return (
        r.phase_index,
        r.phase_left_seconds,
        r.phase_overrun_seconds,
        r.meeting_left_seconds,
        r.meeting_overrun_seconds,
    )


def cues(meeting: MeetingClock) -> list[tuple[CueKind, int]]:
    return [(cue.kind, cue.phase_index) for cue in meeting.poll_cues()]


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def meeting(clock: ManualClock) -> MeetingClock:
    return MeetingClock(book_agenda(), clock)


def test_a_whole_meeting_with_pauses_skips_extensions_and_overrun(clock, meeting):
    assert times(meeting) == (0, 120, 0, 1200, 0)  # before the start: the full plan
    started = clock.now()
    meeting.start()
    assert cues(meeting) == [(CueKind.PHASE_CHANGED, 0)]

    clock.advance(90)
    assert times(meeting) == (0, 30, 0, 1110, 0)
    clock.advance(45)  # the welcome runs 15 s over
    assert times(meeting) == (0, 0, 15, 1065, 0)
    assert cues(meeting) == [(CueKind.PHASE_TIME_UP, 0)]
    assert cues(meeting) == []

    meeting.next_phase()  # the overview still gets its full two minutes
    assert times(meeting) == (1, 120, 0, 1065, 0)
    assert meeting.reading().ahead_seconds == -15

    clock.advance(60)
    meeting.pause()  # the waiter comes: five minutes pass, none of them count
    clock.advance(300)
    reading = meeting.reading()
    assert reading.paused and not reading.running
    assert times(meeting) == (1, 60, 0, 1005, 0)
    assert reading.elapsed_seconds == 195

    meeting.resume()
    clock.advance(30)
    meeting.next_phase()  # 30 s of the overview unused: not given to the insights phase...
    assert times(meeting) == (2, 720, 0, 975, 0)
    assert meeting.reading().ahead_seconds == 15  # ...but kept as slack for the meeting

    meeting.add_minutes(3)  # the conversation is good: three more minutes for the questions
    assert times(meeting) == (2, 900, 0, 1155, 0)
    assert meeting.reading().meeting_budget_seconds == 1380

    clock.advance(150)  # the GUI thread was blocked: no call at all in between
    assert times(meeting) == (2, 750, 0, 1005, 0)
    clock.advance(600)
    assert times(meeting) == (2, 150, 0, 405, 0)

    meeting.previous_phase()  # back to the overview to clarify a point
    assert times(meeting) == (1, 30, 0, 405, 0)
    clock.advance(20)
    assert times(meeting) == (1, 10, 0, 385, 0)
    meeting.next_phase()
    assert times(meeting) == (2, 150, 0, 385, 0)

    clock.advance(150)
    assert times(meeting) == (2, 0, 0, 235, 0)
    assert cues(meeting) == [  # everything since the GUI last asked, in order
        (CueKind.PHASE_CHANGED, 1),
        (CueKind.PHASE_CHANGED, 2),
        (CueKind.PHASE_CHANGED, 1),
        (CueKind.PHASE_CHANGED, 2),
        (CueKind.PHASE_TIME_UP, 2),
    ]

    meeting.next_phase()
    assert times(meeting) == (3, 120, 0, 235, 0)
    assert meeting.reading().ahead_seconds == -5
    clock.advance(115)
    assert times(meeting) == (3, 5, 0, 120, 0)
    assert meeting.reading().two_minute_warning
    assert cues(meeting) == [(CueKind.PHASE_CHANGED, 3), (CueKind.TWO_MINUTES_LEFT, 3)]

    clock.advance(5)
    assert times(meeting) == (3, 0, 0, 115, 0)
    assert cues(meeting) == [(CueKind.PHASE_TIME_UP, 3)]
    meeting.next_phase()
    assert meeting.reading().is_last_phase
    assert times(meeting) == (4, 120, 0, 115, 0)

    clock.advance(180)  # a warm goodbye that goes on for a minute too long
    assert times(meeting) == (4, 0, 60, 0, 65)
    assert cues(meeting) == [
        (CueKind.PHASE_CHANGED, 4),
        (CueKind.MEETING_TIME_UP, 4),  # the meeting ran out 5 s before the phase did
        (CueKind.PHASE_TIME_UP, 4),
    ]

    state = meeting.finish()
    assert state.status is ClockStatus.FINISHED
    assert state.started_at == started
    assert state.finished_at == started + timedelta(seconds=195 + 300 + 1250)  # paused 300 s
    clock.advance(100)  # after the end nothing moves
    assert times(meeting) == (4, 0, 60, 0, 65)
    assert meeting.reading().elapsed_seconds == 1445

    log = meeting.timer_log()
    assert [(t.phase, t.planned_minutes, t.extra_minutes, t.actual_seconds) for t in log] == [
        ("Great start", 2, 0, 135),
        ("Your overview", 2, 0, 110),
        ("Three insights", 12, 3, 900),
        ("Three contacts", 2, 0, 120),
        ("Great finish", 2, 0, 180),
    ]
    assert log[4].actual_minutes == 3
    assert log[4].over_minutes == 1
    assert log[1].over_minutes == pytest.approx(-10 / 60)
    assert log[0].first_started_at == started
    assert log[1].last_ended_at == started + timedelta(seconds=90 + 45 + 60 + 300 + 30 + 750 + 20)


def test_time_left_stays_exact_when_the_event_loop_was_blocked(clock, meeting):
    meeting.start()
    clock.advance(150)  # no tick, no call: the first question after the block
    assert times(meeting) == (0, 0, 30, 1050, 0)
    assert meeting.reading().elapsed_seconds == 150
    assert cues(meeting) == [(CueKind.PHASE_CHANGED, 0), (CueKind.PHASE_TIME_UP, 0)]


def test_cues_missed_during_a_long_block_come_once_each_in_the_order_they_fell_due(clock, meeting):
    meeting.start()
    for _ in range(4):
        meeting.next_phase()
    assert cues(meeting) == [(CueKind.PHASE_CHANGED, i) for i in range(5)]
    clock.advance(1300)
    assert cues(meeting) == [
        (CueKind.PHASE_TIME_UP, 4),  # after 120 s in the phase
        (CueKind.TWO_MINUTES_LEFT, 4),  # at 1080 s
        (CueKind.MEETING_TIME_UP, 4),  # at 1200 s
    ]
    clock.advance(60)
    assert cues(meeting) == []
    assert times(meeting) == (4, 0, 1240, 0, 160)


def test_an_extension_re_arms_the_cues_it_pushes_back(clock, meeting):
    meeting.start()
    meeting.go_to_phase(2)
    cues(meeting)
    clock.advance(720)
    assert cues(meeting) == [(CueKind.PHASE_TIME_UP, 2)]
    meeting.add_minutes(1)
    assert times(meeting) == (2, 60, 0, 540, 0)
    assert cues(meeting) == []
    clock.advance(60)  # the extra minute runs out: cue again
    assert cues(meeting) == [(CueKind.PHASE_TIME_UP, 2)]

    meeting.go_to_phase(4)
    clock.advance(420)
    assert times(meeting) == (4, 0, 300, 60, 0)
    assert cues(meeting) == [
        (CueKind.PHASE_CHANGED, 4),
        (CueKind.PHASE_TIME_UP, 4),
        (CueKind.TWO_MINUTES_LEFT, 4),
    ]
    meeting.add_minutes(2)  # the meeting now ends later; the phase is still over
    assert times(meeting) == (4, 0, 180, 180, 0)
    assert not meeting.reading().two_minute_warning
    assert cues(meeting) == []
    clock.advance(60)
    assert cues(meeting) == [(CueKind.TWO_MINUTES_LEFT, 4)]
    clock.advance(120)
    assert cues(meeting) == [(CueKind.MEETING_TIME_UP, 4)]


def test_resume_after_a_crash_counts_the_time_that_really_passed(clock, meeting):
    meeting.start()
    clock.advance(100)
    saved = meeting.next_phase()  # the last state written to disk
    clock.advance(50)  # ...and then the app was killed, mid-overview

    on_disk = json.dumps(saved.to_dict())
    restarted = ManualClock(start=clock.now() + timedelta(seconds=400))  # fresh monotonic clock
    assert restarted.monotonic() < clock.monotonic()
    resumed = MeetingClock.restore(ClockState.from_dict(json.loads(on_disk)), restarted)

    assert resumed.status is ClockStatus.RUNNING
    assert times(resumed) == (1, 0, 330, 650, 0)  # 450 s in the overview: 50 + 400 away
    assert cues(resumed) == [(CueKind.PHASE_TIME_UP, 1)]
    restarted.advance(10)
    assert times(resumed) == (1, 0, 340, 640, 0)
    resumed.next_phase()
    restarted.advance(60)
    assert times(resumed) == (2, 660, 0, 580, 0)
    assert [t.actual_seconds for t in resumed.timer_log()] == [100, 460, 60, 0, 0]


def test_a_paused_meeting_loses_no_time_while_the_app_is_closed(clock, meeting):
    meeting.start()
    clock.advance(200)
    saved = meeting.pause()
    restarted = ManualClock(start=clock.now() + timedelta(hours=3))
    resumed = MeetingClock.restore(ClockState.from_dict(saved.to_dict()), restarted)
    assert resumed.reading().paused
    assert times(resumed) == (0, 0, 80, 1000, 0)
    assert cues(resumed) == []  # the overrun was announced before the app closed
    resumed.resume()
    restarted.advance(10)
    assert times(resumed) == (0, 0, 90, 990, 0)


def test_a_damaged_saved_state_gives_a_clear_error(clock, meeting):
    meeting.start()
    good = meeting.state().to_dict()
    for damage in (
        {"phase_index": 9},
        {"extra_minutes": [0.0]},
        {"status": "sleeping"},
        {"running_since": None},
        {"segments": [{"phase_index": 0, "seconds": "lots"}]},
        {"agenda": [{"name": "", "minutes": 2}]},
    ):
        with pytest.raises(ClockError, match="saved meeting timer"):
            ClockState.from_dict({**good, **damage})


def test_the_saved_state_is_a_copy(clock, meeting):
    state = meeting.start()
    state.phase_index = 3
    state.extra_minutes[0] = 50
    assert times(meeting) == (0, 120, 0, 1200, 0)


def test_moving_while_paused_stays_paused_and_spends_nothing(clock, meeting):
    meeting.start()
    clock.advance(30)
    meeting.pause()
    meeting.go_to_phase(2)
    clock.advance(500)
    assert meeting.reading().paused
    assert times(meeting) == (2, 720, 0, 1170, 0)
    meeting.resume()
    clock.advance(20)
    assert times(meeting) == (2, 700, 0, 1150, 0)


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda m: m.pause(), "Start the meeting first."),
        (lambda m: m.resume(), "Start the meeting first."),
        (lambda m: m.add_minutes(2) and m.previous_phase(), "Start the meeting first."),
        (lambda m: m.go_to_phase(2), "Start the meeting first."),
        (lambda m: m.next_phase(), "Start the meeting first."),
        (lambda m: m.finish(), "Start the meeting first."),
    ],
)
def test_commands_before_the_start_are_refused(meeting, action, message):
    with pytest.raises(ClockError) as caught:
        action(meeting)
    assert str(caught.value) == message


def test_commands_that_make_no_sense_are_refused(clock, meeting):
    meeting.start()
    with pytest.raises(ClockError, match="already started"):
        meeting.start()
    with pytest.raises(ClockError, match="Only a paused meeting"):
        meeting.resume()
    meeting.pause()
    with pytest.raises(ClockError, match="Only a running meeting"):
        meeting.pause()
    meeting.resume()
    with pytest.raises(ClockError, match="already the first phase"):
        meeting.previous_phase()
    with pytest.raises(ClockError, match="Only a paused meeting"):
        meeting.resume()
    with pytest.raises(ClockError, match="more than zero minutes"):
        meeting.add_minutes(0)
    with pytest.raises(ClockError, match="as a number"):
        meeting.add_minutes(math.nan)
    meeting.go_to_phase(4)
    with pytest.raises(ClockError, match="last phase: finish the meeting"):
        meeting.next_phase()
    meeting.finish()
    for action in (meeting.pause, meeting.resume, meeting.previous_phase, meeting.finish):
        with pytest.raises(ClockError, match="finished"):
            action()
    with pytest.raises(ClockError, match="finished"):
        meeting.add_minutes(2)


def test_a_clock_needs_a_valid_agenda(clock):
    with pytest.raises(ClockError, match="at least one phase"):
        MeetingClock([], clock)
    with pytest.raises(ClockError, match="more than zero minutes"):
        MeetingClock([AgendaPhase("Chat", 0)], clock)


def test_a_meeting_saved_through_the_store_mapping_resumes(clock, meeting):
    from netprep.domain.meeting import Meeting, MeetingStatus
    from netprep.store.mapping import from_document, to_document

    meeting.start()
    clock.advance(500)
    meeting.add_minutes(1)
    record = Meeting(
        contact_id="c1",
        status=MeetingStatus.IN_PROGRESS,
        agenda=book_agenda(),
        clock=meeting.state(),
        timer_log=meeting.timer_log(),
    )
    record.capture.set_insight(0, "Hiring managers read the first six lines of a CV.")
    document = json.loads(json.dumps(to_document(record)))
    loaded = from_document(Meeting, document)
    assert loaded == record

    assert loaded.clock is not None
    restarted = ManualClock(start=clock.now() + timedelta(seconds=20))
    resumed = MeetingClock.restore(loaded.clock, restarted)
    assert times(resumed) == (0, 0, 340, 740, 0)  # 520 s in a 3-minute phase; 21 in all
