"""The open-time loader (opening/record_loader.py) builds exactly what from_document builds.

It is generated per record class for speed, and hands anything unusual to
from_document: these tests hold it to the same records and the same error messages, and
check that it shares one string per value of the fields it is told to share.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import orjson
import pytest

from netprep.domain.records import Contact
from netprep.store import mapping
from netprep.store.opening.record_loader import loader
from netprep.store.record_types import RECORD_TYPES
from tests.unit.store import records_factory as make
from tests.unit.store.test_mapping_fast_path import BAD_VALUES, KINDS, _record

SHARED = ("company", "role", "location", "tags", "interests")


def _fresh(doc: Any) -> Any:
    return orjson.loads(orjson.dumps(doc))  # as read from a file: nobody else holds it


@pytest.mark.parametrize("kind", KINDS)
def test_loads_every_record_type_as_from_document_does(kind: str) -> None:
    record = _record(kind)
    doc = mapping.to_document(record)
    loaded = loader(type(record))(_fresh(doc), {}, {})
    assert loaded == mapping.from_document(type(record), doc) == record


def test_the_contact_loader_is_generated_not_the_general_path() -> None:
    load = loader(Contact, SHARED)
    assert load.__code__.co_filename == "<string>"  # the straight-line code, not a lambda
    assert loader(Contact, SHARED) is load  # generated once


@pytest.mark.parametrize(("field", "value"), [*BAD_VALUES, ("tags", ["ok", 3]), ("emails", [None])])
def test_an_unusual_value_gives_the_same_result_or_error(field: str, value: Any) -> None:
    doc = mapping.to_document(make.contact())
    doc[field] = value
    outcomes: list[tuple[str, Any]] = []
    for build in (
        lambda d: loader(Contact, SHARED)(d, {}, {}),
        lambda d: mapping._from_document_general(Contact, d),
    ):
        try:
            outcomes.append(("ok", build(_fresh(doc))))
        except ValueError as exc:
            outcomes.append(("error", str(exc)))
    assert outcomes[0] == outcomes[1]


def test_fields_out_of_order_missing_or_extra_read_as_from_document_reads_them() -> None:
    doc = mapping.to_document(make.contact())
    reordered = dict(reversed(list(doc.items())))
    missing = {k: v for k, v in doc.items() if k != "tags"}
    extra = {**doc, "from_the_future": 1}
    load = loader(Contact, SHARED)
    for variant in (reordered, missing, extra):
        assert load(_fresh(variant), {}, {}) == mapping.from_document(Contact, variant)
    with pytest.raises(ValueError, match="must be an object"):
        load(["not", "a", "document"], {}, {})


def test_shared_fields_hold_one_string_per_value() -> None:
    load, strings = loader(Contact, SHARED), {"": ""}
    moments: dict[str, datetime] = {}
    first = load(_fresh(mapping.to_document(make.contact("Ann Lee"))), strings, moments)
    second = load(_fresh(mapping.to_document(make.contact("Bo Chen"))), strings, moments)
    assert first.company == second.company and first.company is second.company
    assert first.tags[0] is second.tags[0]
    assert first.name is not second.name  # a field not named is not shared
    assert first.created_at == second.created_at and first.created_at is second.created_at


def test_every_table_type_has_a_loader_that_reads_its_own_documents() -> None:
    for record_type in RECORD_TYPES.values():
        record = record_type()
        assert loader(record_type)(_fresh(mapping.to_document(record)), {}, {}) == record
