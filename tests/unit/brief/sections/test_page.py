"""One printed page: each list holds only what is useful at a coffee meeting, and the
don't-ask list holds facts, cleanly written, never the user's own to-dos or guesses."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from netprep.domain.brief.builder import MAX_HOOKS, build_brief
from netprep.domain.brief.model import Brief
from netprep.domain.brief.sections.giveback import MAX_OFFERS
from netprep.domain.brief.sections.known import MAX_GAPS, MAX_KNOWN, clean_fact
from netprep.domain.meeting import Meeting
from netprep.domain.records import Contact, Note, NoteKind, Profile
from netprep.render.brief_view import BriefContext
from netprep.render.templates import TemplateRenderer
from tests.unit.brief.personas import NOW, Persona, agenda, all_personas, taxonomy

# What fitted one A4 page at full size in the PDF export (checked on the demo data).
MAX_LINES = 66
MAX_CHARS = 4_500

ME = Profile(
    name="Aoife Brennan",
    headline="ICU nurse moving into product",
    good_at="Turning ward workflows into requirements",
    interests=["trail running", "Arsenal", "sourdough", "ceramics", "board games", "Spanish"],
    employers=["Whittington Health NHS Trust"],
    location="Walthamstow, London",
    current_goal="Move into product management",
    current_challenge="Every product job asks for two years of PM experience",
)
TOMASZ = Contact(
    name="Tomasz Kowalski",
    company="Medisyn",
    role="Clinical Safety Officer",
    location="London, UK",
    interests=["football", "sourdough", "board games", "Spanish", "trail running", "ceramics"],
    background="Nursing degree in Kraków. ICU charge nurse at the Whittington. Moved into "
    "clinical safety at Medisyn in 2021.",
    current_projects="Clinical safety case for a new e-prescribing module; mentoring two "
    "nurses moving into clinical safety roles.",
    achievements="Wrote a nursing-press article on hazard logs; spoke at a digital nursing "
    "conference on alarm fatigue; ran the London Marathon in 2024.",
)
NOTES = """\
Pint at the Nurses in Digital meetup.
- CSO is a legit stepping stone, "you see every feature before it ships"
- his team may need a 2nd CSO next yr. he'll tell me, I won't chase
- paid, ~4 days he thinks
- he moved into health-tech first.
- thinks most hazard logs are written too late
Kasia expecting in Feb! Send something when the baby arrives.
"""


def rich_brief(earlier: list[Meeting] | None = None) -> Brief:
    notes = [
        Note(contact_id=TOMASZ.id, date=date(2026, 9, 18), body=NOTES, kind=NoteKind.CONVERSATION)
    ]
    network = [
        Contact(name=f"Person {n} Example{n}", role="Clinical Safety Officer", company="Medisyn")
        for n in range(4)
    ] + [
        Contact(name=f"Fan {n} Baker{n}", role="Engineer", interests=["sourdough", "ceramics"])
        for n in range(5)
    ]
    return build_brief(ME, TOMASZ, notes, "", earlier or [], network, taxonomy(), agenda(), NOW)


def test_each_list_is_capped_at_what_a_coffee_meeting_can_use() -> None:
    brief = rich_brief()
    assert len(brief.hooks) == MAX_HOOKS == 4  # there were more shared interests than that
    assert [h.score for h in brief.hooks] == sorted((h.score for h in brief.hooks), reverse=True)
    assert len(brief.offers) == MAX_OFFERS == 3
    assert not any(o.category == "ask" for o in brief.offers)  # three real offers: no filler
    assert len(brief.dont_ask) <= MAX_KNOWN == 5
    assert len(brief.research_gaps) <= MAX_GAPS == 5


def test_asking_them_directly_is_only_a_fallback() -> None:
    bare = build_brief(ME, Contact(name="Kit Lee"), [], "", [], [], taxonomy(), agenda(), NOW)
    assert [o.category for o in bare.offers] == ["ask"]


def test_dont_ask_lists_facts_as_clean_lines_never_to_dos_or_guesses() -> None:
    texts = [item.text for item in rich_brief().dont_ask]
    for text in texts:
        fact = text.partition(": ")[2]
        assert fact[:1].isupper(), text
        assert not re.search(r"\b(?:I|me|my|we)\b|\?|~|he thinks$", fact), text
    joined = " ".join(texts)
    for not_a_fact in ("Send something", "baby", "Kasia", "won't chase", "4 days", "Family"):
        assert not_a_fact not in joined
    assert texts[0] == "Their role: Clinical Safety Officer at Medisyn"
    assert any(t.startswith("Their background: Nursing degree in Kraków") for t in texts)


def test_questions_already_asked_stay_within_the_cap() -> None:
    first = rich_brief()
    when = datetime(2026, 10, 1, tzinfo=UTC)
    second = rich_brief([Meeting(contact_id=TOMASZ.id, when=when, brief=first)])
    asked = [item for item in second.dont_ask if item.category == "asked"]
    assert len(asked) == 3 and len(second.dont_ask) <= MAX_KNOWN
    assert second.dont_ask[0].text == "Their role: Clinical Safety Officer at Medisyn"


@pytest.mark.parametrize("persona", all_personas(), ids=lambda p: p.key)
def test_the_printed_brief_stays_within_one_page(persona: Persona) -> None:
    first = persona.brief()
    again = persona.brief([Meeting(contact_id=persona.contact.id, brief=first)])
    for brief in (first, again):
        text = TemplateRenderer().brief_markdown(brief, BriefContext.of(persona.contact)).text
        assert len(text.splitlines()) <= MAX_LINES
        assert len(text) <= MAX_CHARS
        assert "Prompts" not in text  # the agenda's prompts show live, not on paper


def test_the_rich_brief_stays_within_one_page() -> None:
    text = TemplateRenderer().brief_markdown(rich_brief(), BriefContext.of(TOMASZ)).text
    assert len(text.splitlines()) <= MAX_LINES and len(text) <= MAX_CHARS


@pytest.mark.parametrize(
    ("fragment", "clean"),
    [
        ("he moved into health-tech first.", "He moved into health-tech first"),
        ("Ran Leeds half in 1:52, congratulate!", "Ran Leeds half in 1:52"),
        ("staff platform eng @ Monzo, ~4 yrs", "Staff platform eng at Monzo, about 4 years"),
        (
            "thinks health-tech undervalues nurses → start a blog",
            "Thinks health-tech undervalues nurses",
        ),
        (
            "wrote blog post: [Why nurses stop hearing the beeps](https://x.org)",
            "Wrote blog post: Why nurses stop hearing the beeps",
        ),
    ],
)
def test_note_fragments_are_rewritten_as_clean_facts(fragment: str, clean: str) -> None:
    assert clean_fact(fragment) == clean
