"""Questions the user drafted in a note are their plan, asked as written; doubts stay doubts.

The demo's Jonas Lindqvist note says "3 Qs draft: how did clinical input change teh
dashboard? what would he look for in a clinician moving into product? who else in
remote monitoring should I talk to?": three questions the user means to ask, not a
guess to check. The first is how he did it, the second his advice, the third the
referral ask.
"""

from __future__ import annotations

import pytest

from netprep.domain.brief.model import Brief, QuestionKind
from netprep.domain.brief.reading.note_kinds import NoteKind, read_note
from netprep.domain.records import Contact, Profile
from tests.unit.brief.quick import brief_for

ME = Profile(
    name="Aoife Brennan",
    headline="ICU nurse of 9 years moving into health-tech product work",
    location="London, UK",
    good_at="I turn messy ward workflows into clear, testable requirements.",
    interests=["sourdough", "board games"],
    current_goal="Learn how clinicians have made the move into product roles",
)
JONAS = Contact(
    id="c-jonas",
    name="Jonas Lindqvist",
    role="Co-founder and CEO",
    company="Tidewell",
    achievements="Raised a £1.8m pre-seed round (2025)",
)
DEMO_NOTE = (
    "Prep for coffee on 2 Dec.\n"
    "- alert thresholds = alarm fatigue angle (Grace's posts!), offer to share them\n"
    "- 3 Qs draft: how did clinical input change teh dashboard? what would he look for in "
    "a clinician moving into product? who else in remote monitoring should I talk to?"
)


def _plans(brief: Brief) -> dict[QuestionKind, str]:
    return {q.kind: q.text for q in brief.questions if q.category == "your plan"}


def test_the_demos_drafted_questions_lead_as_the_kinds_they_are() -> None:
    brief = brief_for(ME, JONAS, DEMO_NOTE)
    plans = _plans(brief)
    assert plans[QuestionKind.HOW] == "How did clinical input change the dashboard?"
    assert plans[QuestionKind.ADVICE] == (
        "What would you look for in a clinician moving into product?"
    )
    assert brief.check_first == []  # the user's own questions are not a doubt
    assert not any("who else" in q.text.casefold() for q in brief.questions)
    assert brief.referral_ask.startswith("Who else in remote monitoring should I talk to? ")


@pytest.mark.parametrize(
    "line",
    [
        "Qs: how did you get the pilot funded?",
        "questions to ask: how did you get the pilot funded?",
        "q's: how did you get the pilot funded?",
        "to ask: how did you get the pilot funded?",
        "3 Qs draft: how did you get the pilot funded?",
        "Qs for him - how did you get the pilot funded?",
    ],
)
def test_a_labelled_question_is_the_users_plan(line: str) -> None:
    reading = read_note(line)
    assert reading.kind is NoteKind.INTENTION
    assert reading.topic == "how did you get the pilot funded"
    brief = brief_for(ME, JONAS, line)
    assert _plans(brief)[QuestionKind.HOW] == "How did you get the pilot funded?"


def test_a_question_the_user_wrote_is_not_a_hedge() -> None:
    reading = read_note("what would he look for in a clinician moving into product?")
    assert reading.kind is NoteKind.INTENTION
    assert not reading.hedged


@pytest.mark.parametrize(
    ("note", "checked"),
    [
        ("thinking about law school? not sure", "Thinking about law school"),
        ("moved to Leeds?", "Moved to Leeds"),
    ],
)
def test_a_real_doubt_is_still_checked(note: str, checked: str) -> None:
    brief = brief_for(ME, JONAS, note)
    assert [c.text for c in brief.check_first] == [f"{checked}: is that right?"]
    assert not any(q.category == "your plan" for q in brief.questions)


def test_yes_no_questions_under_a_heading_are_drafted_too() -> None:
    brief = brief_for(
        ME,
        JONAS,
        "questions to ask:\n- would he hire a nurse as a PM?\n- does he still code?",
    )
    asked = [q.text for q in [*brief.questions, *brief.alternatives] if q.category == "your plan"]
    assert "Would you hire a nurse as a PM?" in asked
    assert "Do you still code?" in asked
    assert brief.check_first == []


def test_a_firms_question_is_asked_of_the_person_there() -> None:
    """ "which of their companies…" in a note about an investor: his firm's companies."""
    brief = brief_for(
        ME, JONAS, "Q: which of their companies actually put nurses in product teams?"
    )
    assert _plans(brief)[QuestionKind.VIEW] == (
        "Which of your companies actually put nurses in product teams?"
    )
    assert brief.check_first == []


def test_a_plan_to_ask_for_names_opens_the_referral_ask() -> None:
    brief = brief_for(ME, JONAS, "ask him who else I should talk to about remote monitoring")
    assert not any("talk to" in q.text for q in brief.questions)
    assert brief.referral_ask.startswith("Who else should I talk to about remote monitoring? ")
