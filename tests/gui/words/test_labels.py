"""The domain's labels reach the user through netprep.gui.words.labels: every one is listed
there for pyside6-lupdate, so a new status or kind without a catalog entry fails here."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from netprep.domain.brief.model import QuestionKind
from netprep.domain.cadence import CadenceState
from netprep.domain.followups import FollowUpKind, FollowUpState
from netprep.domain.meeting import MeetingStatus
from netprep.domain.outcome import Goal
from netprep.domain.records import Circle, InteractionKind, NoteKind
from netprep.domain.referrals import ReferralStatus
from netprep.gui.words.labels import LISTED, label, listed, meeting_status
from netprep.services.followups.service import FollowUpFilter
from netprep.services.referrals import ADVANCE_LABEL, NEXT_STEP
from netprep.services.transfer.model import FileFormat

LABELLED: tuple[type[Enum], ...] = (
    Circle,
    NoteKind,
    InteractionKind,
    CadenceState,
    ReferralStatus,
    Goal,
    FollowUpKind,
    FollowUpState,
    FollowUpFilter,
    QuestionKind,
    FileFormat,
)
TABLES = {"ReferralNextStep": NEXT_STEP, "ReferralAdvance": ADVANCE_LABEL}


def unlisted(enums: tuple[type[Enum], ...], tables: Mapping[str, Mapping[Any, str]]) -> list[str]:
    """Labels with letters in them that LISTED does not carry under their context."""
    missing = []
    for enum in enums:
        for member in enum:
            text = member.label  # type: ignore[attr-defined]
            if any(c.isalpha() for c in text) and text not in LISTED.get(enum.__name__, ()):
                missing.append(f"{enum.__name__}: {text!r}")
    for context, table in tables.items():
        missing += [f"{context}: {t!r}" for t in table.values() if t not in LISTED[context]]
    return missing


def test_every_domain_label_is_listed_for_the_catalog() -> None:
    assert unlisted(LABELLED, TABLES) == [], (
        "add these to netprep/gui/words/labels.py, then run tools/update_translations.py"
    )


def test_the_check_finds_a_label_that_is_not_listed() -> None:
    class Mood(Enum):
        GLAD = "glad"

        @property
        def label(self) -> str:
            return "Glad"

    assert unlisted((Mood,), {"ReferralNextStep": {1: "Ring them"}}) == [
        "Mood: 'Glad'",
        "ReferralNextStep: 'Ring them'",
    ]


def test_without_a_catalog_the_labels_are_the_domains() -> None:
    assert label(ReferralStatus.MET) == "Met"
    assert label(Circle.STAY_IN_TOUCH) == "Stay in touch"
    assert listed("ReferralNextStep", NEXT_STEP[ReferralStatus.ASKED]) == "Get in touch"
    assert [meeting_status(s) for s in MeetingStatus] == [
        "planned",
        "in progress",
        "finished",
        "cancelled",
    ]
