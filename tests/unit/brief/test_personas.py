"""Six realistic personas: the brief each would take to a real coffee meeting."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from netprep.domain.brief.model import QuestionKind
from netprep.domain.brief.words.text import normalise_question
from netprep.domain.meeting import Meeting
from netprep.domain.records import Contact
from tests.unit.brief.brief_checks import (
    BIOGRAPHY,
    all_question_texts,
    assert_grounded,
    sentence_count,
)
from tests.unit.brief.personas import SARA, Persona, all_personas, note, software

PERSONAS = all_personas()
IDS = [p.key for p in PERSONAS]


@pytest.fixture(params=PERSONAS, ids=IDS)
def persona(request: pytest.FixtureRequest) -> Persona:
    return request.param


def test_the_self_summary_is_exactly_three_sentences(persona: Persona) -> None:
    brief = persona.brief()
    assert len(brief.summary) == 3
    for sentence in brief.summary:
        assert sentence_count(sentence) == 1, sentence
        assert sentence.endswith(".") and not sentence.endswith(".."), sentence
        assert sentence[0].isupper(), sentence
    words = sum(len(re.findall(r"\w+(?:['’-]\w+)*", s)) for s in brief.summary)
    assert brief.summary_words == words
    assert brief.summary_seconds == round(brief.summary_words * 60 / 150)
    assert not brief.summary_too_long


def test_one_question_of_each_kind_with_three_alternatives_each(persona: Persona) -> None:
    brief = persona.brief()
    assert [q.kind for q in brief.questions] == [
        QuestionKind.VIEW,
        QuestionKind.HOW,
        QuestionKind.ADVICE,
    ]
    for kind in QuestionKind:
        assert sum(1 for q in brief.alternatives if q.kind is kind) >= 3, kind
    texts = [normalise_question(t) for t in all_question_texts(brief)]
    assert len(texts) == len(set(texts)), "no question is offered twice"
    for question in brief.questions + brief.alternatives:
        assert question.text.rstrip().endswith("?"), question.text


def test_every_question_is_grounded_in_what_it_cites(persona: Persona) -> None:
    brief = persona.brief()
    for question in brief.questions + brief.alternatives:
        assert_grounded(
            question.evidence,
            persona.profile,
            persona.contact,
            persona.notes,
            persona.purpose,
            persona.network,
        )


def test_the_chosen_view_and_how_questions_come_from_this_contact(persona: Persona) -> None:
    """The notes are rich: the brief asks about *them*, not a generic field question.

    A purpose that is itself a question about them ("learn how he built an installation
    business") is the user's own plan, asked to their face, and takes its kind's place.
    """
    brief = persona.brief()
    view, how, advice = brief.questions
    for question in (view, how):
        if question.category == "your plan":
            assert question.evidence[-1].ref == "meeting: purpose"
            assert question.text.startswith("Could you tell me how you "), question.text
            continue
        assert question.category == "specific", question.text
        assert any(e.ref.startswith(("note", "contact:")) for e in question.evidence)
        if question is how:
            assert how.text.startswith(("I noticed you", "You mentioned you", "I understand you"))
    assert any(e.ref.startswith("profile: current_") for e in advice.evidence)


def test_no_question_asks_what_the_research_already_says(persona: Persona) -> None:
    brief = persona.brief()
    role = persona.contact.role.casefold()
    for text in all_question_texts(brief):
        assert not BIOGRAPHY.search(text), text
        assert role not in text.casefold(), f"asks about their role: {text}"


def test_hooks_rank_the_expected_one_first_and_cite_both_sides(persona: Persona) -> None:
    brief = persona.brief()
    top = brief.hooks[0]
    assert top.category == persona.top_hook_category
    assert persona.top_hook in top.text
    for hook in brief.hooks:
        assert_grounded(
            hook.evidence,
            persona.profile,
            persona.contact,
            persona.notes,
            persona.purpose,
            persona.network,
        )
    assert [h.score for h in brief.hooks] == sorted((h.score for h in brief.hooks), reverse=True)


def test_a_second_meeting_repeats_no_question(persona: Persona) -> None:
    first = persona.brief()
    earlier = Meeting(
        contact_id=persona.contact.id, when=datetime(2026, 10, 1, tzinfo=UTC), brief=first
    )
    second = persona.brief([earlier])
    asked = {normalise_question(q.text) for q in first.questions}
    topics = {q.topic for q in first.questions}
    assert len(second.questions) == 3
    for question in second.questions + second.alternatives:
        assert normalise_question(question.text) not in asked, question.text
        assert question.topic not in topics, question.text
    assert any(item.category == "asked" for item in second.dont_ask)


def test_a_third_meeting_still_finds_fresh_questions(persona: Persona) -> None:
    first = persona.brief()
    second = persona.brief([Meeting(contact_id=persona.contact.id, brief=first)])
    third = persona.brief(
        [
            Meeting(contact_id=persona.contact.id, brief=first),
            Meeting(contact_id=persona.contact.id, brief=second),
        ]
    )
    earlier = {normalise_question(q.text) for q in first.questions + second.questions}
    assert [q.kind for q in third.questions] == list(QuestionKind)
    assert not earlier & {normalise_question(q.text) for q in third.questions}


def test_offers_and_known_facts_are_grounded(persona: Persona) -> None:
    brief = persona.brief()
    for item in brief.offers:
        if item.category != "ask":
            assert_grounded(
                item.evidence,
                persona.profile,
                persona.contact,
                persona.notes,
                persona.purpose,
                persona.network,
            )
    for item in brief.dont_ask:
        assert_grounded(
            item.evidence,
            persona.profile,
            persona.contact,
            persona.notes,
            persona.purpose,
            persona.network,
        )
    # At most three offers; "ask them what would help" only fills in when there are fewer.
    others = [o for o in brief.offers if o.category != "ask"]
    assert 1 <= len(brief.offers) <= 3
    assert (brief.offers[-1].category == "ask") == (len(others) < 3)


def test_agenda_referral_ask_and_follow_up(persona: Persona) -> None:
    brief = persona.brief()
    first = persona.contact.name.replace("Prof. ", "").split()[0]
    assert brief.agenda[0].name == "Great start" and len(brief.agenda) == 5
    assert "three people" in brief.referral_ask and brief.referral_ask.count("?") == 2
    assert brief.follow_up_plan[0].startswith("The day after") and first in brief.follow_up_plan[0]
    assert any("three people" in step for step in brief.follow_up_plan)
    assert any("how those conversations went" in step for step in brief.follow_up_plan)


def test_the_agenda_is_a_copy() -> None:
    persona = software()
    brief = persona.brief()
    brief.agenda[0].name = "Edited"
    assert persona.brief().agenda[0].name == "Great start"


# -- per-persona details a careful reader would look for ------------------------------------


def test_software_brief_reads_like_a_real_coffee() -> None:
    brief = software().brief()
    assert brief.summary[2] == "Like you, I'm an Arsenal fan."
    view, how, advice = brief.questions
    # The view he already gave is built on (why, and how it plays out), not asked again;
    # the question on his current work stays among the alternatives.
    assert view.text.startswith("You mentioned that most companies adopt Kubernetes too early")
    assert any("platform engineering" in q.text for q in brief.alternatives)
    assert how.text.startswith("I noticed you led the migration of about 300 services")
    assert "Kubernetes in production" in advice.text
    # The notes already give their view on Kubernetes: no question asks for it again.
    assert not any("changing fastest in Kubernetes" in t for t in all_question_texts(brief))
    assert any("Priya Shah" in o.text for o in brief.offers if o.category == "introduction")
    assert any("talk" in o.text and "KubeCon" in o.text for o in brief.offers)


def test_referrer_is_thanked_in_the_follow_up() -> None:
    finance = next(p for p in PERSONAS if p.key == "finance")
    brief = finance.brief()
    assert brief.summary[2] == "We both know Hannah Cole, who suggested I get in touch."
    assert any(step.startswith("Tell Hannah Cole how the meeting") for step in brief.follow_up_plan)


def test_academic_panel_member_is_asked_what_makes_applications_stand_out() -> None:
    academia = next(p for p in PERSONAS if p.key == "academia")
    view = academia.brief().questions[0]
    assert view.text.startswith("From your seat on the Wellcome Career Development panel")


def test_two_contacts_get_two_different_third_sentences() -> None:
    tomas = software()
    priya = Contact(name="Priya Shah", role="SRE", company="Skyscanner", location="Edinburgh")
    other = Persona(
        "software-2",
        SARA,
        priya,
        [
            note(
                priya,
                tomas.notes[0].date or datetime(2026, 1, 1).date(),
                "trail runner - did the Lakeland 50 last summer. Runs the on-call rota for search.",
            )
        ],
        tomas.purpose,
        [tomas.contact],
    )
    first, second = tomas.brief(), other.brief()
    assert first.summary[:2] == second.summary[:2]
    assert first.summary[2] != second.summary[2]
    assert second.summary[2] == "Like you, I'm into trail running."
