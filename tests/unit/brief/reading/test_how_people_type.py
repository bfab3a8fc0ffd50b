"""Notes typed the way people type them, read for what they are (found on the held-out set).

Each case was misread before: a warning typed without "don't" first, a plan that starts
"want to know", an offer to promote, a doubt that sits after a question mark, an
emoticon between two thoughts, a warning that goes on to say why.
"""

from __future__ import annotations

import pytest

from netprep.domain.brief.reading.facts import extract_facts
from netprep.domain.brief.reading.negation import negated
from netprep.domain.brief.reading.note_kinds import NoteKind, read_note
from netprep.domain.brief.reading.sources import Passage
from netprep.domain.brief.words.shorthand import expand_shorthand
from netprep.domain.brief.words.text import split_fragments


@pytest.mark.parametrize(
    ("text", "kind", "topic"),
    [
        # a warning with no "don't" in front, or with it at the end
        ("touchy about crunch / the harassment stuff, DON'T bring it up", NoteKind.WARNING, ""),
        ("sensitive re the merger", NoteKind.WARNING, "the merger"),
        ("the divorce - don't bring it up", NoteKind.WARNING, "the divorce"),
        # the plan in the words people use for it
        ("want to know how he tests UI with players", NoteKind.INTENTION, "he tests UI"),
        ("I'd love to know whether she regrets it", NoteKind.INTENTION, "she regrets it"),
        ("ask her view on nurse prescribers", NoteKind.INTENTION, "nurse prescribers"),
        ("ask him for his advice on pricing", NoteKind.INTENTION, "pricing"),
        # the give-back, whatever the verb
        ("could promote her portfolio night on my instagram", NoteKind.OFFER, ""),
        ("I could help with the grant application", NoteKind.OFFER, ""),
    ],
)
def test_reads_the_plain_ways_people_write(text: str, kind: NoteKind, topic: str) -> None:
    reading = read_note(text)
    assert reading.kind is kind
    assert reading.topic.startswith(topic)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("touchy about crunch / the harassment stuff at ubi, DON'T bring it up", "harassment"),
        ("don't bring up the 2019 strike, lost friends over it", "the 2019 strike"),
        ("don't bring up the layoffs unless she does", "the layoffs"),
        ("don't ask her to refer me to anything — this is just advice", "to refer me to anything"),
        ("he's cagey about anything political, keep it to the work", "anything political"),
        ("don't mention the move, sensitive for her team", "the move"),
    ],
)
def test_a_warning_names_its_topic_not_its_reason(text: str, topic: str) -> None:
    """Only the topic is steered clear of: "lost friends over it" is why, not what."""
    said = read_note(text).topic
    assert topic in said
    for reason in ("lost friends", "unless", "just advice", "keep it", "sensitive", "DON'T"):
        assert reason not in said


def test_a_question_mark_mid_note_is_still_a_doubt() -> None:
    """ "thinking about law school? not sure": the "?" belongs to the guess."""
    first = split_fragments("thinking about law school? not sure")[0]
    assert first.text == "thinking about law school?"
    assert read_note(first.text).hedged


def test_an_emoticon_ends_a_thought() -> None:
    """ "…at cazoo :( don't bring up the layoffs": two fragments, the second a warning."""
    text = "she got laid off in july :( don't bring up the layoffs. looking for work"
    fragments = [f.text for f in split_fragments(text)]
    assert fragments == [
        "she got laid off in july",
        "don't bring up the layoffs",
        "looking for work",
    ]
    assert read_note(fragments[1]).kind is NoteKind.WARNING


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("which of their portfolio cos are struggling", "portfolio companies are struggling"),
        ("invests in 12 cos", "12 companies"),
        ("left cos she was bored", "left because she was bored"),
        ("cos of the merger", "because of the merger"),
        ("went agency -> product", "went agency to product"),
    ],
)
def test_shorthand_is_read_in_its_place(text: str, said: str) -> None:
    assert said in expand_shorthand(text)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("ran the solar install on the McCormick Place roof", "lead"),
        ("ran the EPR migration", "lead"),
        ("ran a hackathon for the project team", "organise"),
        ("ran a meetup", "organise"),
    ],
)
def test_running_a_job_is_not_running_an_event(text: str, family: str) -> None:
    """ "How did you get people to come?" is for a meetup, never for a rooftop install."""
    facts = extract_facts([Passage(text, "note", "note")])
    assert [f.family for f in facts] == [family]


def test_a_past_job_after_before_that_is_a_past_employer() -> None:
    facts = extract_facts([Passage("Before that she was a ward sister at LUTH", "note", "note")])
    assert [(f.kind.value, f.name) for f in facts] == [("past_employer", "LUTH")]


def test_an_event_the_user_went_to_is_not_their_work() -> None:
    """ "after the ward managers' webinar + her linkedin" is where the notes came from."""
    passage = Passage("Okay long dump after the ward managers' webinar + her linkedin", "n", "note")
    assert [f for f in extract_facts([passage]) if f.kind.value == "work"] == []
    hers = Passage("gave a webinar on early warning scores", "n", "note")
    assert [f.family for f in extract_facts([hers]) if f.kind.value == "work"] == ["webinar"]


@pytest.mark.parametrize(
    ("text", "word", "over"),
    [
        ("not into climbing anymore, hurt her shoulder", "climbing", True),
        ("gave up golf years ago", "golf", True),
        ("used to play board games, not anymore", "board games", True),
        ("doesnt play chess", "chess", True),
        ("loves climbing", "climbing", False),
        ("climbs most weekends, not into golf", "climbs", False),
        ("never misses a Spurs game", "Spurs", False),
        ("can't stop talking about chess", "chess", False),
    ],
)
def test_an_interest_they_dropped_is_negated(text: str, word: str, over: bool) -> None:
    at = text.index(word)
    assert negated(text, at, at + len(word)) is over
