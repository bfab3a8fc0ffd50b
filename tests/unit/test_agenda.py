from __future__ import annotations

import json
import math

import pytest

from netprep.domain.agenda import (
    AgendaError,
    AgendaPhase,
    BriefSection,
    agenda_from_dict,
    agenda_to_dict,
    build_agenda,
    build_phase,
    insert_phase,
    minutes_from_text,
    move_phase,
    remove_phase,
    total_minutes,
    validate_agenda,
)
from netprep.resources import resource_path


@pytest.fixture
def default_agenda() -> list[AgendaPhase]:
    data = json.loads(resource_path("agenda", "default.json").read_text(encoding="utf-8"))
    return agenda_from_dict(data)


def test_default_agenda_is_the_books_five_phases_in_twenty_minutes(default_agenda):
    assert [(p.name, p.minutes, p.shows) for p in default_agenda] == [
        ("Great start", 2, BriefSection.HOOKS),
        ("Your overview", 2, BriefSection.SUMMARY),
        ("Three insights", 12, BriefSection.QUESTIONS),
        ("Three contacts", 2, BriefSection.REFERRALS),
        ("Great finish", 2, BriefSection.OFFERS),
    ]
    assert total_minutes(default_agenda) == 20


def test_default_agenda_prompts_carry_the_books_advice(default_agenda):
    assert all(2 <= len(p.prompts) <= 4 for p in default_agenda)
    text = {p.name: " ".join(p.prompts).casefold() for p in default_agenda}
    assert "thank" in text["Great start"] and "20 minutes" in text["Great start"]
    assert "never ask for a job" in text["Your overview"]
    assert "not their biography" in text["Three insights"]
    assert "who else should i talk to?" in text["Three contacts"]
    assert "three names" in text["Three contacts"]
    assert "offer something back" in text["Great finish"]
    assert "end on time" in text["Great finish"]


def test_agenda_round_trips_through_its_dict_form(default_agenda):
    data = json.loads(json.dumps(agenda_to_dict(default_agenda)))
    assert agenda_from_dict(data) == default_agenda


@pytest.mark.parametrize(
    ("minutes", "message"),
    [
        (0, "“Coffee” needs more than zero minutes."),
        (-3, "“Coffee” needs more than zero minutes."),
        (math.nan, "“Coffee” needs its length in minutes as a number."),
        (math.inf, "“Coffee” needs its length in minutes as a number."),
        ("5", "“Coffee” needs its length in minutes as a number."),
        (True, "“Coffee” needs its length in minutes as a number."),
        (600, "“Coffee” can last at most 240 minutes."),
    ],
)
def test_bad_minutes_are_refused_with_a_clear_message(minutes, message):
    data = {"phases": [{"name": "Coffee", "minutes": minutes, "shows": "none"}]}
    with pytest.raises(AgendaError) as caught:
        agenda_from_dict(data)
    assert str(caught.value) == message


def test_empty_agenda_and_empty_names_are_refused():
    with pytest.raises(AgendaError, match="at least one phase"):
        agenda_from_dict({"phases": []})
    with pytest.raises(AgendaError, match="Every phase needs a name"):
        agenda_from_dict({"phases": [{"name": "   ", "minutes": 2}]})
    with pytest.raises(AgendaError, match="at least one phase"):
        validate_agenda([])
    with pytest.raises(AgendaError, match="no list of phases"):
        agenda_from_dict({"stages": []})
    with pytest.raises(AgendaError, match="not part of the brief"):
        agenda_from_dict({"phases": [{"name": "Chat", "minutes": 2, "shows": "horoscope"}]})


def test_agenda_error_is_a_value_error_for_callers_that_catch_broadly():
    assert issubclass(AgendaError, ValueError)


def test_phases_are_built_from_what_the_user_typed():
    phase = build_phase("  Warm   welcome ", "2,5", ["Ask about their weekend", "  ", ""])
    assert (phase.name, phase.minutes, phase.prompts) == (
        "Warm welcome",
        2.5,
        ["Ask about their weekend"],
    )
    assert build_phase("Close", 2, shows=BriefSection.OFFERS).shows is BriefSection.OFFERS
    assert minutes_from_text(" 12 ") == 12


def test_add_remove_and_move_phases(default_agenda):
    check_in = AgendaPhase(name="Small talk", minutes=1.5, prompts=["Ask about their weekend"])
    added = insert_phase(default_agenda, check_in, at=1)
    assert [p.name for p in added][:3] == ["Great start", "Small talk", "Your overview"]
    assert total_minutes(added) == 21.5
    assert [p.name for p in default_agenda][1] == "Your overview"  # untouched
    appended = insert_phase(default_agenda, check_in)
    assert appended[-1].name == "Small talk"

    removed = remove_phase(added, 1)
    assert removed == default_agenda

    moved = move_phase(default_agenda, 4, 0)
    assert [p.name for p in moved] == [
        "Great finish",
        "Great start",
        "Your overview",
        "Three insights",
        "Three contacts",
    ]
    back = move_phase(moved, 0, 4)
    assert back == default_agenda
    assert move_phase(["a", "b", "c"], 2, 0) == ["c", "a", "b"]  # any rows, e.g. the dialog's


def test_edits_that_would_break_the_agenda_are_refused(default_agenda):
    with pytest.raises(AgendaError, match="“Talk” needs more than zero minutes"):
        build_phase("Talk", "0")
    with pytest.raises(AgendaError, match="as a number"):
        build_phase("Talk", math.nan)
    with pytest.raises(AgendaError, match="Phase 3 needs its length in minutes as a number"):
        build_phase("", "two", number=3)
    with pytest.raises(AgendaError, match="Every phase needs a name"):
        build_phase("  ", 2)
    with pytest.raises(AgendaError, match="more than zero minutes"):
        build_phase("Extra", -1)
    with pytest.raises(AgendaError, match="“Talk” needs at least half a minute"):
        build_phase("Talk", "0.01")  # under a second: a typo, not a phase
    assert build_phase("Talk", "0,5").minutes == 0.5
    with pytest.raises(AgendaError, match="at least one phase"):
        build_agenda([])
    with pytest.raises(AgendaError, match="no phase 9; the agenda has 5"):
        remove_phase(default_agenda, 8)
    with pytest.raises(AgendaError, match="last one cannot go"):
        remove_phase([AgendaPhase(name="Only", minutes=20)], 0)
    with pytest.raises(AgendaError, match="no phase"):
        move_phase(default_agenda, 0, 5)
