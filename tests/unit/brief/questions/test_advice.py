"""Question 3 (their advice): short, grammatical for any way a goal is written, and put to
this person through their own path rather than the same block for everyone."""

from __future__ import annotations

import re
from datetime import date

import pytest

from netprep.domain.brief.builder import build_brief
from netprep.domain.brief.model import Brief, QuestionKind
from netprep.domain.brief.words.voice import goal_sentence
from netprep.domain.records import Contact, Note, Profile
from tests.unit.brief.personas import NOW, agenda, taxonomy

MAX_WORDS = 35


def words(text: str) -> int:
    return len(re.findall(r"[^\W_]+(?:['’\-][^\W_]+)*", text))


def brief_for(goal: str, contact: Contact, challenge: str = "", notes: str = "") -> Brief:
    me = Profile(
        name="Aoife Brennan",
        headline="ICU nurse of 9 years",
        good_at="Turning messy ward workflows into clear requirements",
        current_goal=goal,
        current_challenge=challenge,
    )
    written = [Note(contact_id=contact.id, date=date(2026, 10, 1), body=notes)] if notes else []
    return build_brief(me, contact, written, "", [], [], taxonomy(), agenda(), NOW)


def advice(brief: Brief) -> list[str]:
    """The advice questions written from the user's goal (not the field's fixed ones)."""
    return [
        q.text
        for q in [*brief.questions, *brief.alternatives]
        if q.kind is QuestionKind.ADVICE and q.category == "specific"
    ]


DANIEL = Contact(
    name="Daniel Mensah",
    role="Senior Product Manager",
    company="Wardline Health",
    background="BSc Physiotherapy at Brighton; seven years as a physio (Homerton, then a "
    "private MSK clinic). Joined Wardline as an associate PM in 2020.",
    current_projects="Leads Wardline's nursing handover module.",
)
TWO_AIMS = (
    "Learn how clinicians have made the move into product roles at digital health companies "
    "and meet product people in London health-tech who can tell me what the first year is like"
)


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("Move into product management", "I'm trying to move into product management."),
        (
            "A product role in health-tech by 2027",
            "I'm working towards a product role in health-tech by 2027.",
        ),
        (
            TWO_AIMS,
            "I'm trying to learn how clinicians have made the move into product roles "
            "at digital health companies.",
        ),
        ("Move into product management.", "I'm trying to move into product management."),
        ("I want to move into product management", "I'm trying to move into product management."),
        ("Moving into product management", "I'm moving into product management."),
        ("I'm a nurse moving into product", "I'm a nurse moving into product."),
    ],
)
def test_any_shape_of_goal_becomes_one_sentence_to_say(goal: str, said: str) -> None:
    assert goal_sentence(goal) == said


@pytest.mark.parametrize(
    "goal",
    [
        "Move into product management",  # a verb phrase
        "A product role in health-tech by 2027",  # a noun phrase
        TWO_AIMS,  # two clauses joined by "and"
        "Move into product management.",  # a sentence with a full stop
        "I want to move into product management",  # first person
    ],
)
def test_advice_questions_are_short_and_grammatical_for_any_goal(goal: str) -> None:
    brief = brief_for(goal, DANIEL)
    texts = advice(brief)
    assert texts
    for text in texts:
        assert words(text) <= MAX_WORDS, text
        assert text.endswith("?"), text
        # The old template broke here: "If you were learning … and meet … today".
        assert "If you were" not in text and "today, what" not in text, text
        assert not re.search(r"\bI'm (?:trying to )?\w+ing\b.* and meet\b", text), text
        assert ".." not in text and " ." not in text, text
        for sentence in re.split(r"(?<=[.?])\s+", text):
            assert sentence[:1].isupper(), text


def test_the_chosen_advice_question_speaks_to_their_path() -> None:
    brief = brief_for(
        "Move into product management",
        DANIEL,
        challenge="Every product job asks for two years of PM experience: I need to learn "
        "how to present nine years of ICU work as product experience.",
    )
    chosen = brief.questions[2]
    assert chosen.text == (
        "Given you moved from physio into product management, how would you tackle this: "
        "every product job asks for two years of PM experience?"
    )
    assert words(chosen.text) <= MAX_WORDS
    sources = {e.ref for e in chosen.evidence}
    assert {"profile: current_challenge", "contact: background"} <= sources


def test_two_contacts_get_different_advice_questions() -> None:
    challenge = "I don't know how to show nine years of ICU work as product experience"
    tomasz = Contact(
        name="Tomasz Kowalski",
        role="Clinical Safety Officer",
        company="Medisyn",
        background="ICU charge nurse at UCLH. Moved into clinical safety at Medisyn in 2021.",
    )
    kwame = Contact(
        name="Kwame Boateng",
        role="Director and electrician",
        company="Boateng Electrical Ltd",
        background="Started the firm in 2017 with one van and one apprentice.",
    )
    texts = [
        brief_for("Move into product management", c, challenge).questions[2].text
        for c in (DANIEL, tomasz, kwame)
    ]
    assert texts[1].startswith("Given you moved into clinical safety, ")
    # An electrician knows his own trade, not the user's sticking point: ask about that.
    assert texts[2].startswith("From what you've seen in skilled trades, ")
    assert len(set(texts)) == 3


def test_a_move_of_house_is_not_a_career_path() -> None:
    grace = Contact(
        name="Grace Adeyemi",
        role="Chief Nursing Information Officer",
        background="Six years in ICU at Guy's. Moved from London to Leeds in 2019.",
    )
    chosen = brief_for("Move into product management", grace, "I have no PM title").questions[2]
    assert "London" not in chosen.text
    assert chosen.text.startswith("Given you moved from ICU into clinical informatics, ")


def test_without_a_path_the_question_still_reads_well() -> None:
    hiroshi = Contact(name="Hiroshi Tanaka", company="Meridian Health Analytics")
    chosen = brief_for("Move into product management", hiroshi, "I have no PM title").questions[2]
    assert chosen.text == (
        "Here's where I'm stuck: I have no PM title. What would you do in my position?"
    )


def test_a_conversation_note_about_their_move_is_used() -> None:
    marcus = Contact(name="Marcus Bell", role="FP&A Director", company="Ocado Retail")
    brief = brief_for(
        "Move from audit into FP&A",
        marcus,
        "Every FP&A job ad asks for business partnering experience",
        notes="Qualified ACA at KPMG, moved from audit to FP&A in 2016 at Sainsbury's",
    )
    assert brief.questions[2].text.startswith("Given you moved from audit to FP&A, how would")


@pytest.mark.parametrize(
    ("role", "goal", "opening"),
    [
        (
            "Investment Director, Healthcare",
            "Move into product",
            "From the companies you've backed,",
        ),
        ("Co-founder and CEO", "Move into product", "As a founder,"),
        ("Professor of Nursing Informatics", "Move into informatics", "What would you tell one"),
        ("Head of Digital Nursing", "Move into informatics", "When you're hiring for your team,"),
    ],
)
def test_the_sticking_point_is_put_to_them_from_where_they_sit(
    role: str, goal: str, opening: str
) -> None:
    """Not one block for everyone: an investor or a founder (who see hires in every field),
    a teacher and a hiring lead in the user's own field."""
    person = Contact(name="Sam Okoro", role=role)
    stuck = "every job ad asks for two years of experience"
    chosen = brief_for(goal, person, stuck).questions[2]
    assert chosen.text.startswith(opening), chosen.text
    assert words(chosen.text) <= MAX_WORDS
    assert chosen.text.endswith(f"{stuck}?")
    assert any(e.ref == "contact: role" and e.excerpt == role for e in chosen.evidence)
