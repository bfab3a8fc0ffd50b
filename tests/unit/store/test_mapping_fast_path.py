"""The generated builders and writers give exactly what the general mapping gives.

mapping.py generates straight-line code per record class for speed; anything it does not
handle inline goes to the general path. These tests hold the two to the same results and
the same error messages, on good documents and on each kind of bad value.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from netprep.domain.records import Contact, Note, Profile
from netprep.store import mapping
from netprep.store.record_types import RECORD_TYPES
from tests.unit.store import records_factory as make


def _record(kind: str) -> Any:
    contact = make.contact()
    makers = {
        "profile": lambda: Profile(name="Aoife", interests=["sourdough"]),
        "contact": lambda: contact,
        "note": lambda: make.note(contact.id),
        "interaction": lambda: make.interaction(contact.id),
        "meeting": lambda: make.meeting(contact.id),
        "empty contact": Contact,
        "empty note": Note,
    }
    return makers[kind]()


KINDS = ["profile", "contact", "note", "interaction", "meeting", "empty contact", "empty note"]


@pytest.mark.parametrize("kind", KINDS)
def test_writer_and_builder_match_the_general_path(kind: str) -> None:
    record = _record(kind)
    doc = mapping.to_document(record)
    assert doc == mapping._to_document_general(record)
    built = mapping.from_document(type(record), doc)
    assert built == mapping._from_document_general(type(record), doc) == record


BAD_VALUES: list[tuple[str, Any]] = [
    ("name", 5),
    ("name", None),
    ("created_at", 5),
    ("created_at", "not a date"),
    ("snoozed_until", "2024-13-40"),
    ("circle", "no such circle"),
    ("circle", ["a list"]),
    ("tags", [1, 2]),
    ("tags", "not a list"),
    ("touch_ideal_days", "ninety"),
    ("touch_ideal_days", True),  # a bool is an int to the general path: kept as it is
    ("touch_ideal_days", None),
    ("referred_by", 7),
]


@pytest.mark.parametrize(("field", "value"), BAD_VALUES)
def test_an_unusual_value_gives_the_same_result_or_error(field: str, value: Any) -> None:
    doc = mapping.to_document(make.contact())
    doc[field] = value
    outcomes: list[tuple[str, Any]] = []
    for build in (mapping.from_document, mapping._from_document_general):
        try:
            outcomes.append(("ok", build(Contact, dict(doc))))
        except ValueError as exc:
            outcomes.append(("error", str(exc)))
    assert outcomes[0] == outcomes[1]


def test_a_document_that_is_not_an_object_is_refused_the_same_way() -> None:
    for table, record_type in RECORD_TYPES.items():
        with pytest.raises(ValueError, match="must be an object") as fast:
            mapping.from_document(record_type, [table])  # type: ignore[arg-type]
        with pytest.raises(ValueError) as general:
            mapping._from_document_general(record_type, [table])  # type: ignore[arg-type]
        assert str(fast.value) == str(general.value)


def test_missing_fields_take_their_defaults_and_unknown_keys_are_ignored() -> None:
    built = mapping.from_document(Contact, {"id": "abc", "name": "Ann", "from_the_future": 1})
    assert built == Contact(id="abc", name="Ann")
    assert built.tags == [] and built.tags is not Contact(id="x").tags


def test_lists_are_copied_not_shared_with_the_document() -> None:
    doc = mapping.to_document(make.contact())
    built = mapping.from_document(Contact, doc)
    built.tags.append("changed")
    assert "changed" not in doc["tags"]
    again = mapping.to_document(built)
    again["tags"].append("twice")
    assert "twice" not in built.tags


@pytest.mark.parametrize("kind", KINDS)
def test_a_clone_is_equal_and_shares_nothing_mutable(kind: str) -> None:
    record = _record(kind)
    copied = mapping.clone(record)
    assert copied == record and copied is not record
    for name, value in vars(record).items():
        if isinstance(value, list | dict) or dataclasses.is_dataclass(value):
            assert getattr(copied, name) is not value, name
