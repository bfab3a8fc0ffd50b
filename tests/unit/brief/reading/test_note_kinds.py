"""What a note fragment is for: one reading used by every part of the brief."""

from __future__ import annotations

import pytest

from netprep.domain.brief.reading.note_kinds import NoteKind, is_fact, read_note
from netprep.domain.records import Contact, Profile
from tests.unit.brief.quick import brief_for


@pytest.mark.parametrize(
    ("text", "kind", "topic"),
    [
        ("ask her about the ICU rollout", NoteKind.INTENTION, "the ICU rollout"),
        ("ask how he got into data science", NoteKind.INTENTION, "he got into data science"),
        ("Ask Priya abt her move to Berlin", NoteKind.INTENTION, "her move to Berlin"),
        ("todo: find out whether they hire juniors", NoteKind.INTENTION, "they hire juniors"),
        ("avoid politics!!", NoteKind.WARNING, "politics"),
        ("don't bring up the layoffs", NoteKind.WARNING, "the layoffs"),
        ("hates talking about his time at Deloitte", NoteKind.WARNING, "his time at Deloitte"),
        ("the divorce - off limits", NoteKind.WARNING, "the divorce"),
        ("I could send her the report on NHS waiting lists", NoteKind.OFFER, ""),
        ("could intro him to someone I know at Monzo", NoteKind.OFFER, ""),
        ("follow up next week", NoteKind.TODO, ""),
        ("send thank-you note", NoteKind.TODO, ""),
        ("Led the EHR migration at St Thomas'", NoteKind.FACT, ""),
        ("she asked about my course", NoteKind.FACT, ""),
    ],
)
def test_reads_what_a_note_is_for(text: str, kind: NoteKind, topic: str) -> None:
    reading = read_note(text)
    assert reading.kind is kind
    if topic:
        assert reading.topic == topic
        assert text[reading.topic_start :].startswith(topic)  # a verbatim span


@pytest.mark.parametrize(
    "text",
    [
        "runs a book club maybe",
        "I think she did an MSc at LSE",
        "led the Epic rollout??",
        "moved to Leeds in 2019 (?)",
        "probably leaving Monzo soon",
        "not sure if she still teaches",
        "co-founded a startup iirc",
    ],
)
def test_a_guess_is_never_a_fact(text: str) -> None:
    assert read_note(text).hedged
    assert not is_fact(text)


HEDGED = ["maybe she led the Epic rollout at St Thomas'??", "I think she did an MSc at Imperial"]


def test_a_brief_never_states_a_hedged_note_as_fact() -> None:
    me = Profile(name="Ana Ruiz", headline="Nurse moving into informatics", schools=["Imperial"])
    contact = Contact(name="Joy Okafor", role="CNIO", company="Barts Health")
    brief = brief_for(me, contact, *HEDGED)
    stated = [*brief.dont_ask, *brief.hooks, *brief.questions, *brief.offers]
    for item in stated:
        for evidence in item.evidence:
            excerpt = evidence.excerpt
            assert not any(h in excerpt or (excerpt and excerpt in h) for h in HEDGED), item
    assert "Epic rollout" not in " ".join(brief.summary)


def test_a_warned_off_topic_appears_once_as_a_caution_and_nowhere_else() -> None:
    me = Profile(name="Ana Ruiz", headline="Nurse", good_at="calm", interests=["chess"])
    contact = Contact(name="Rahul Iyer", role="Investor", company="Brightwater")
    brief = brief_for(
        me,
        contact,
        "avoid the Babylon write-down",
        "was CFO at Babylon Health 2019-2021",
        "led the Babylon IPO prep in 2020",
        "gave a talk at HETT on digital front doors",
    )
    assert [c.text for c in brief.cautions] == ["Avoid the Babylon write-down"]
    elsewhere = [
        *brief.summary,
        *(q.text for q in [*brief.questions, *brief.alternatives]),
        *(i.text for i in [*brief.hooks, *brief.offers, *brief.dont_ask, *brief.check_first]),
    ]
    assert not any("Babylon" in text for text in elsewhere)
