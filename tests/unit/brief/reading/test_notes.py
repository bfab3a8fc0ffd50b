"""Facts pulled from notes written the way people write: fragments, bullets, typos, Markdown."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from netprep.domain.brief.builder import build_brief
from netprep.domain.brief.model import Brief, QuestionKind
from netprep.domain.brief.reading.cues import FactKind
from netprep.domain.brief.reading.facts import extract_facts
from netprep.domain.brief.reading.sources import contact_passages
from netprep.domain.brief.words.voice import as_doing, second_person
from netprep.domain.records import Contact, Note, NoteKind, Profile
from tests.unit.brief.brief_checks import all_question_texts
from tests.unit.brief.personas import NOW, agenda, taxonomy

ME = Profile(
    name="Jess Hall",
    good_at="Running complex programmes",
    unique="I was a teacher",
    current_goal="Move into product management",
    current_challenge="I have no formal product training",
)


def facts_of(body: str, name: str = "Maya Singh") -> list[tuple[FactKind, str]]:
    contact = Contact(name=name)
    notes = [Note(contact_id=contact.id, date=date(2026, 10, 1), body=body)]
    return [(f.kind, f.clause) for f in extract_facts(contact_passages(contact, notes))]


def brief_with(body: str, kind: NoteKind = NoteKind.RESEARCH, **contact: Any) -> Brief:
    person = Contact(name="Maya Singh", **contact)
    notes = [Note(contact_id=person.id, date=date(2026, 10, 1), body=body, kind=kind)]
    return build_brief(
        ME, person, notes, "Learn how people move into product", [], [], taxonomy(), agenda(), NOW
    )


def how_texts(brief: Brief) -> list[str]:
    return [
        q.text
        for q in [*brief.questions, *brief.alternatives]
        if q.kind is QuestionKind.HOW and q.category == "specific"
    ]


def test_bullets_fragments_and_shorthand_become_a_natural_question() -> None:
    brief = brief_with("* PM @ Monzo\n* led the app redesign w/ ~12 ppl in 2024!!\n* 2 kids")
    assert how_texts(brief)[0] == (
        "I noticed you led the app redesign with about 12 people in "
        "2024 — how did you get everyone on board?"
    )
    assert (FactKind.FAMILY, "kids") in facts_of("* 2 kids")


def test_pronouns_turn_round_and_conversation_notes_say_you_mentioned() -> None:
    brief = brief_with(
        "She's leading her team's move to trunk-based development.", NoteKind.CONVERSATION
    )
    assert how_texts(brief)[0] == (
        "You mentioned you're leading your team's move to trunk-based "
        "development — how are you bringing people along with you?"
    )
    assert second_person("Maya's team shipped it", ["Maya Singh", "Maya"]) == "your team shipped it"


def test_cue_words_inside_other_words_or_negated_are_not_facts() -> None:
    body = (
        "he thinks we won't win the league lol\n"
        "chairs the group on nurse-led alarm thresholds\n"
        "hiring managers want evidence you've *shipped* something\n"
        "hoping to launch a podcast next year\n"
        "never finished the marathon she entered"
    )
    kinds = {kind for kind, _ in facts_of(body)}
    assert FactKind.ACHIEVEMENT not in kinds


def test_the_users_own_to_dos_are_not_the_contacts_work() -> None:
    brief = brief_with(
        "Follow up: send her the NEWS2 escalation article I mentioned\n"
        "read her report BEFORE meeting"
    )
    assert not any(o.category == "promote" for o in brief.offers)


def test_markdown_links_and_emphasis_are_read_as_plain_words() -> None:
    brief = brief_with(
        "- wrote blog post on alarm fatigue: [Why nurses stop hearing the beeps]"
        "(https://example.org/beeps)"
    )
    assert how_texts(brief)[0].startswith("I noticed you wrote a blog post on alarm fatigue — ")
    promote = next(o for o in brief.offers if o.category == "promote")
    assert "https://" not in promote.text and "Why nurses stop hearing the beeps" in promote.text
    assert "](https://example.org/beeps)" in promote.evidence[0].excerpt  # evidence stays verbatim


def test_a_known_method_gets_a_reflective_follow_up() -> None:
    brief = brief_with("switched from nursing to product in 2020 via an internal secondment")
    assert how_texts(brief)[0].endswith("— looking back, what would you do differently?")


def test_a_view_already_in_the_notes_is_not_asked_again() -> None:
    brief = brief_with(
        "Senior PM. thinks most roadmaps are fiction.\nbig on product discovery",
        role="Senior Product Manager",
    )
    texts = all_question_texts(brief)
    assert not any("in product management right now" in t for t in texts)


def test_biography_in_notes_goes_to_dont_ask_not_into_questions() -> None:
    body = (
        "Grew up in Cork. studied at Trinity College Dublin. previously at Accenture. "
        "Now leading the payments squad.\nRead History at Durham before that"
    )
    brief = brief_with(body, role="Product lead", company="Stripe", location="Dublin")
    known = [item.text for item in brief.dont_ask]
    assert known[:2] == ["Their role: Product lead at Stripe", "Where they're based: Dublin"]
    # The path from the notes is one line (the brief must fit a page), in clean clauses.
    assert known[2] == (
        "Their background: Grew up in Cork; studied at Trinity College Dublin; "
        "previously at Accenture; read History at Durham before that"
    )
    assert "What they're working on: Now leading the payments squad" in known
    for text in all_question_texts(brief):
        assert "Cork" not in text and "Trinity" not in text and "Accenture" not in text


def test_facts_about_someone_else_in_the_note_are_not_asked_as_theirs() -> None:
    body = "Knows Omar Said from our lab; they co-supervised his MSc project."
    omar = Contact(name="Omar Said")
    person = Contact(name="Helen Zhou")
    notes = [Note(contact_id=person.id, body=body + " She is lovely, her lab is huge.")]
    brief = build_brief(ME, person, notes, "", [], [omar], taxonomy(), agenda(), NOW)
    assert not any("supervised" in t for t in how_texts(brief))


def test_goals_turn_into_speakable_phrases() -> None:
    assert as_doing("Move from bedside nursing into clinical informatics") == (
        "moving from bedside nursing into clinical informatics"
    )
    assert as_doing("I'm looking to move into platform engineering.") == (
        "moving into platform engineering"
    )
    assert as_doing("Win a research fellowship and start my own group") == (
        "winning a research fellowship and starting my own group"
    )
    assert as_doing("A role in UX by 2027") == "working towards a role in UX by 2027"


@pytest.mark.parametrize(
    "body",
    [
        "",
        "...",
        "!!!\n\n- \n* \n1.",
        "ok",
        "Zoë — café in Malmö, ñandú 🙂 led 🚀 the thing",
        "she she she her her his led led led built built",
        "(unclosed bracket led the team. And then switched (to) - x",
        "word " * 3000,
        "- [ ] todo: ask about X\n- [x] done\n> quoted line from an email: led the rollout",
    ],
)
def test_odd_notes_never_break_the_brief(body: str) -> None:
    brief = brief_with(body, role="Engineer")
    assert len(brief.summary) == 3 and len(brief.questions) == 3
    for question in brief.questions + brief.alternatives:
        assert question.evidence and all(e.excerpt for e in question.evidence)
