"""Records with every field set to something other than its default, for round-trip tests.

The realistic values come first; then any field still at its default (including fields
added to a model after this file was written) gets a value generated from its type
hint, so a round trip always exercises every field the store has to map.
"""

from __future__ import annotations

import dataclasses
import enum
import itertools
import types
import typing
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from netprep.domain.agenda import AgendaPhase, BriefSection
from netprep.domain.brief.model import Brief, BriefItem, Evidence, Question, QuestionKind
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.domain.records import (
    Circle,
    Contact,
    Interaction,
    InteractionKind,
    Note,
    NoteKind,
    Profile,
)

T = TypeVar("T")
CREATED = datetime(2025, 6, 13, 17, 45, 12, 250000, tzinfo=UTC)
_counter = itertools.count(1)


def profile() -> Profile:
    return filled(
        Profile(
            created_at=CREATED,
            name="Aoife Brennan",
            headline="ICU nurse of 9 years moving into health-tech product work",
            email="aoife.brennan@example.com",
            location="Walthamstow, London, UK",
            good_at="Turning messy ward workflows into requirements engineers can build from.",
            unique="Nine years on the receiving end of clinical software at 3am.",
            interests=["trail running", "sourdough", "wild swimming"],
            employers=["Whittington Health NHS Trust"],
            schools=["University College Dublin", "The Open University"],
            current_goal="Meet product people in London health-tech.",
            current_challenge="Presenting ICU work as product experience.",
            availability="Tue and Thu 8-10am, Europe/London",
        )
    )


def contact(name: str = "Grace Adeyemi", referred_by: str | None = "0a1b2c3d4e5f6a7b") -> Contact:
    return filled(
        Contact(
            created_at=CREATED,
            name=name,
            emails=["grace.adeyemi@northgate-nhs.example.org", "grace@alarmfatigue.example.org"],
            phones=["+44 113 496 0472", "07700 900123 ext. 4"],
            company="Northgate Teaching Hospitals NHS Trust",
            role="Chief Nursing Information Officer",
            location="Leeds, UK",
            links=["https://alarmfatigue.example.org"],
            how_we_met="Her panel on virtual wards at NHS ConfedExpo 2025; “bad coffee” ☕.",
            referred_by=referred_by,
            circle=Circle.STAY_IN_TOUCH,
            touch_ideal_days=90,
            interests=["marathon", "climbing", "gospel choir"],
            background="Adult nursing at Nottingham, six years in ICU, Leeds since 2019.",
            current_projects="Scaling the virtual ward for COPD patients (about 120 'beds').",
            achievements="Shortlisted for a national digital nursing award in 2026.",
            tags=["nhs", "mentor", "leeds"],
        )
    )


def note(contact_id: str) -> Note:
    return filled(
        Note(
            created_at=CREATED,
            contact_id=contact_id,
            date=date(2025, 6, 13),
            body="- met at NHS Confed 2025\n- blog: [alarm fatigue](https://example.org)\n"
            "- <b>ask</b> who she trained with & why she left Guy's",
            kind=NoteKind.CONVERSATION,
        )
    )


def interaction(contact_id: str) -> Interaction:
    return filled(
        Interaction(
            created_at=CREATED,
            contact_id=contact_id,
            when=datetime(2026, 7, 10, 12, 30, tzinfo=UTC),
            kind=InteractionKind.CALL,
            summary="Catch-up call: the virtual ward is at 120 beds.",
        )
    )


def agenda() -> list[AgendaPhase]:
    return [
        AgendaPhase(
            "Great start", 2.0, ["Thank them", "Confirm the 20 minutes"], BriefSection.HOOKS
        ),
        AgendaPhase(
            "Three insights", 12.5, ["Their view on virtual wards"], BriefSection.QUESTIONS
        ),
    ]


def brief(contact_id: str) -> Brief:
    evidence = [Evidence(source="contact: interests", excerpt="marathon", note_id="n1")]
    return filled(
        Brief(
            contact_id=contact_id,
            contact_name="Grace Adeyemi",
            purpose="Learn how clinicians move into product roles",
            generated_at=datetime(2026, 11, 20, 8, 15, tzinfo=UTC),
            summary=["I am an ICU nurse.", "I led an EPR redesign.", "I want product work."],
            questions=[
                Question(
                    text="How did you become a CNIO?",
                    evidence=evidence,
                    score=0.82,
                    kind=QuestionKind.HOW,
                )
            ],
            alternatives=[
                Question(text="Your advice on a first PM job?", kind=QuestionKind.ADVICE)
            ],
            hooks=[BriefItem(text="You both run marathons", evidence=evidence, score=0.9)],
            offers=[BriefItem(text="Introduce her to the UCLH sepsis team", score=0.4)],
            dont_ask=[BriefItem(text="Where she trained (on LinkedIn)")],
            research_gaps=["current team size"],
            agenda=agenda(),
            referral_ask="Who else should I talk to about clinical product roles?",
            follow_up_plan=["Thank-you email tomorrow", "Reach the three names"],
        )
    )


def meeting(contact_id: str) -> Meeting:
    return filled(
        Meeting(
            created_at=CREATED,
            contact_id=contact_id,
            when=datetime(2026, 11, 27, 8, 30, tzinfo=UTC),
            where="Department Coffee, Leeds",
            purpose="Learn how clinicians move into product roles",
            status=MeetingStatus.FINISHED,
            agenda=agenda(),
            brief=brief(contact_id),
        )
    )


# -- generic filling ------------------------------------------------------------------------


def filled(obj: T) -> T:
    """``obj`` with every field that still holds its default given a non-default value."""
    hints = typing.get_type_hints(type(obj))
    for f in dataclasses.fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        if _is_default(f, value):
            setattr(obj, f.name, _value_for(hints[f.name], _default_of(f)))
        elif dataclasses.is_dataclass(value):
            filled(value)
        elif isinstance(value, list):
            for item in value:
                if dataclasses.is_dataclass(item):
                    filled(item)
    return obj


def unset_fields(obj: Any, where: str = "") -> list[str]:
    """Dotted names of every field, at any depth, still equal to its default."""
    found = []
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        name = f"{where}{type(obj).__name__}.{f.name}"
        if _is_default(f, value):
            found.append(name)
        elif dataclasses.is_dataclass(value):
            found += unset_fields(value, f"{name}>")
        elif isinstance(value, list):
            for item in value:
                if dataclasses.is_dataclass(item):
                    found += unset_fields(item, f"{name}[]>")
    return found


def _default_of(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return dataclasses.MISSING


def _is_default(f: dataclasses.Field[Any], value: Any) -> bool:
    if f.name == "id":
        return False  # random, never a default
    default = _default_of(f)
    return default is not dataclasses.MISSING and type(value) is type(default) and value == default


def _value_for(tp: Any, default: Any) -> Any:
    n = next(_counter)
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _value_for(options[0], default)
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_value_for(item, None), _value_for(item, None)]
    if origin is dict:
        _, item = typing.get_args(tp)
        return {f"key {n}": _value_for(item, None)}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return filled(tp())
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return next(m for m in reversed(list(tp)) if m != default)
    if tp is bool:
        return not default
    if tp is int:
        return 40 + n
    if tp is float:
        return 2.5 + n
    if tp is str:
        return f"Sample text {n} with ünïcödé"
    if tp is datetime:
        return datetime(2026, 3, 14, 15, 9, 26, tzinfo=UTC) + timedelta(minutes=n)
    if tp is date:
        return date(2026, 3, 14) + timedelta(days=n)
    raise TypeError(f"the store cannot map a field of type {tp!r}")
