from __future__ import annotations

from datetime import UTC, datetime

import pytest

from netprep.domain.agenda import AgendaPhase
from netprep.domain.brief.model import Brief, Question, QuestionKind
from netprep.domain.capture import LiveCapture, ReferralDraft, most_substantial_insight
from netprep.domain.clock import ManualClock
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.domain.meeting_clock import MeetingClock
from netprep.domain.outcome import (
    Goal,
    GoalsMet,
    OutcomeError,
    infer_goals,
    meeting_interaction,
    set_goal,
)
from netprep.domain.records import InteractionKind


def test_a_fresh_capture_has_three_insight_slots_and_three_referral_slots():
    capture = LiveCapture()
    assert [(n.question_index, n.kind) for n in capture.insights] == [
        (0, QuestionKind.VIEW),
        (1, QuestionKind.HOW),
        (2, QuestionKind.ADVICE),
    ]
    assert len(capture.referrals) == 3
    capture.add_referral_slot()
    assert len(capture.referrals) == 4
    assert capture.named_referrals() == []


def test_capture_for_a_brief_carries_its_questions():
    brief = Brief(
        questions=[
            Question(text="How do you see design ops changing?", kind=QuestionKind.VIEW),
            Question(text="How did you move from agency to in-house?", kind=QuestionKind.HOW),
            Question(text="What would you do in my place?", kind=QuestionKind.ADVICE),
        ]
    )
    capture = LiveCapture.for_brief(brief)
    assert capture.insights[1].question == "How did you move from agency to in-house?"
    capture.set_insight(1, "Lead one small project end to end and make it your portfolio.")
    assert capture.insight(1).text.startswith("Lead one small project")
    assert capture.insight(3).question_index == 3  # a fourth question gets its own slot
    assert [n.question_index for n in capture.insights] == [0, 1, 2, 3]


def test_offers_are_kept_once_each():
    capture = LiveCapture()
    capture.add_offer("Send the  WCAG audit checklist")
    capture.add_offer("send the wcag audit checklist")
    capture.add_offer("   ")
    assert capture.offers == ["Send the WCAG audit checklist"]


def test_nothing_captured_means_no_goal_met():
    goals = infer_goals(LiveCapture())
    assert (goals.learned, goals.names, goals.evangelist, goals.count) == (False, False, False, 0)


def test_goals_are_inferred_from_what_was_captured():
    capture = LiveCapture()
    capture.set_insight(2, "   ")
    capture.referrals[0] = ReferralDraft(why="runs the design systems team", will_introduce=True)
    goals = infer_goals(capture)
    assert not goals.learned  # blank insight
    assert not goals.names  # a reason without a name is not a name
    assert not goals.evangelist  # nobody named, so nobody to introduce

    capture.set_insight(2, "Ask for a 30-minute portfolio review, never for a job.")
    capture.referrals[0].name = "Tom Becker"
    goals = infer_goals(capture)
    assert (goals.learned, goals.names, goals.evangelist) == (True, True, True)
    assert goals.count == 3


def test_offering_help_alone_makes_an_evangelist():
    capture = LiveCapture(they_offered_help=True)
    capture.referrals[1] = ReferralDraft(name="Priya Raman", how_to_reach="LinkedIn")
    goals = infer_goals(capture)
    assert (goals.learned, goals.names, goals.evangelist) == (False, True, True)


def test_the_users_verdict_on_a_goal_survives_re_inference():
    capture = LiveCapture()
    capture.set_insight(0, "Design ops is being folded into product teams.")
    goals = infer_goals(capture)
    assert goals.learned
    goals = set_goal(goals, Goal.LEARNED, False)  # "I knew that already"
    goals = set_goal(goals, Goal.EVANGELIST, True)  # she said she would keep an eye out
    assert goals.edited == [Goal.LEARNED, Goal.EVANGELIST]

    capture.referrals[0].name = "Tom Becker"
    again = infer_goals(capture, previous=goals)
    assert (again.learned, again.names, again.evangelist) == (False, True, True)
    assert again.met(Goal.NAMES)
    assert Goal.EVANGELIST.label == "Gained an evangelist"


def test_the_most_substantial_insight_is_the_one_with_most_distinct_words():
    capture = LiveCapture()
    capture.set_insight(0, "Great great great great great great great great!!!")
    capture.set_insight(1, "Moved in-house by leading one accessibility project end to end.")
    capture.set_insight(2, "Be patient.")
    best = most_substantial_insight(capture)
    assert best is not None and best.question_index == 1
    assert most_substantial_insight(LiveCapture()) is None


def finished_meeting() -> Meeting:
    clock = ManualClock(datetime(2026, 11, 25, 8, 30, tzinfo=UTC))
    timer = MeetingClock([AgendaPhase("Talk", 20)], clock)
    timer.start()
    clock.advance(19 * 60)
    state = timer.finish()
    meeting = Meeting(
        contact_id="maria",
        when=datetime(2026, 11, 25, 8, 30, tzinfo=UTC),
        purpose="moving from agency design into an in-house product team",
        status=MeetingStatus.FINISHED,
        clock=state,
    )
    meeting.capture.set_insight(1, "Lead one small accessibility project end to end.")
    meeting.capture.referrals[0].name = "Tom Becker"
    meeting.capture.referrals[2].name = "Priya Raman"
    return meeting


def test_a_finished_meeting_leaves_a_last_contacted_interaction():
    meeting = finished_meeting()
    touch = meeting_interaction(meeting)
    assert touch.contact_id == "maria"
    assert touch.kind is InteractionKind.MEETING
    assert touch.when == datetime(2026, 11, 25, 8, 49, tzinfo=UTC)  # when the clock stopped
    assert touch.summary == (
        "20-minute meeting: moving from agency design into an in-house product team; "
        "learned: Lead one small accessibility project end to end; "
        "names: Tom Becker, Priya Raman."
    )


def test_without_a_clock_the_planned_time_is_used_and_unfinished_meetings_are_refused():
    meeting = finished_meeting()
    meeting.clock = None
    assert meeting_interaction(meeting).when == datetime(2026, 11, 25, 8, 30, tzinfo=UTC)
    meeting.when = None
    with pytest.raises(OutcomeError, match="when the meeting took place"):
        meeting_interaction(meeting)
    planned = Meeting(contact_id="maria", status=MeetingStatus.PLANNED)
    with pytest.raises(OutcomeError, match="Only a finished meeting"):
        meeting_interaction(planned)


def test_goals_round_trip_as_a_plain_dataclass():
    goals = GoalsMet(learned=True, edited=[Goal.NAMES])
    assert set_goal(goals, Goal.NAMES, True).edited == [Goal.NAMES]
