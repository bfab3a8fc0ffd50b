"""Loading demo data: counts, referrers linked by key, dates moved so the demo looks recent."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest

from netprep.domain.clock import ManualClock
from netprep.domain.records import Circle, InteractionKind, NoteKind
from netprep.resources import resource_path
from netprep.services.errors import UserError
from netprep.services.seed import load_seed_file, seed_store
from netprep.store.database import Database
from netprep.store.store import Store

TODAY = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
SEED: dict[str, Any] = {
    "format": "netprep-demo",
    "version": 1,
    "as_of": "2026-11-01",
    "profile": {"name": "Aoife Brennan", "headline": "ICU nurse moving into product"},
    "contacts": [
        {
            "key": "grace",
            "name": "Grace Adeyemi",
            "emails": ["grace@example.org"],
            "circle": "stay_in_touch",
            "notes": [{"date": "2026-10-02", "kind": "research", "body": "Runs marathons"}],
            "interactions": [
                {"when": "2026-10-20T12:30:00+00:00", "kind": "call", "summary": "Catch-up"}
            ],
        },
        {
            "key": "daniel",
            "name": "Daniel Okafor",
            "referred_by": "grace",
            "notes": [
                {"date": "2026-10-15", "kind": "conversation", "body": "Intro call"},
                {"date": "2026-10-29", "kind": "personal", "body": "Has a new baby"},
            ],
        },
        {"key": "rahul", "name": "Rahul Sharma", "referred_by": "daniel"},
        {"key": "nobody", "name": "Bad Email", "emails": ["not-an-email"]},
        {"key": "broken", "name": "Broken Circle", "circle": "best_friends"},
        {"key": "ghost", "name": "Unknown Referrer", "referred_by": "no-such-key"},
        "not a row at all",
    ],
}


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(TODAY)


@pytest.fixture
def store(tmp_path: Path, clock: ManualClock) -> Iterator[Store]:
    made = Store(Database.open(tmp_path, clock), clock)
    yield made
    made.close()


def by_name(store: Store) -> dict[str, Any]:
    return {c.name: c for c in store.contacts.all()}


def test_seed_counts_and_skipped_rows(store: Store, clock: ManualClock) -> None:
    report = seed_store(store, SEED, clock)
    assert (report.contacts, report.notes, report.interactions) == (4, 3, 1)
    assert len(report.skipped) == 2
    assert report.skipped[0].startswith("contact 4 (Bad Email)") and "emails" in report.skipped[0]
    assert report.skipped[1].startswith("contact 5:") and "best_friends" in report.skipped[1]
    assert store.profile.get().name == "Aoife Brennan"
    assert len(store.contacts) == 4 and len(store.notes) == 3 and len(store.interactions) == 1


def test_seed_links_referrers_by_key(store: Store, clock: ManualClock) -> None:
    seed_store(store, SEED, clock)
    people = by_name(store)
    assert people["Daniel Okafor"].referred_by == people["Grace Adeyemi"].id
    assert people["Rahul Sharma"].referred_by == people["Daniel Okafor"].id
    assert people["Grace Adeyemi"].referred_by is None
    assert people["Unknown Referrer"].referred_by is None
    assert people["Grace Adeyemi"].circle is Circle.STAY_IN_TOUCH
    daniel_notes = store.notes.where("contact_id", people["Daniel Okafor"].id)
    assert sorted(n.kind for n in daniel_notes) == [NoteKind.CONVERSATION, NoteKind.PERSONAL]


def test_seed_moves_dates_by_the_time_since_as_of(store: Store, clock: ManualClock) -> None:
    seed_store(store, SEED, clock)  # as_of 2026-11-01, today 2026-11-25: 24 days later
    grace = by_name(store)["Grace Adeyemi"]
    (note,) = store.notes.where("contact_id", grace.id)
    assert note.date == date(2026, 10, 26)
    (call,) = store.interactions.where("contact_id", grace.id)
    assert call.when == datetime(2026, 11, 13, 12, 30, tzinfo=UTC)
    assert call.kind is InteractionKind.CALL
    assert grace.created_at == TODAY  # stamped by the store, not shifted


def test_seed_on_disk_survives_reopening(tmp_path: Path, clock: ManualClock) -> None:
    store = Store(Database.open(tmp_path / "data", clock), clock)
    seed_store(store, SEED, clock)
    store.close()
    store = Store(Database.open(tmp_path / "data", clock), clock)
    assert len(store.contacts) == 4 and len(store.notes) == 3
    store.close()


def test_seed_refuses_a_folder_with_contacts(store: Store, clock: ManualClock) -> None:
    seed_store(store, SEED, clock)
    with pytest.raises(UserError, match="already has contacts"):
        seed_store(store, SEED, clock)
    assert len(store.contacts) == 4


def test_load_seed_file_errors(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.json"
    garbage.write_bytes(b"{not json")
    with pytest.raises(UserError, match="Cannot read"):
        load_seed_file(garbage)
    foreign = tmp_path / "foreign.json"
    foreign.write_bytes(b'{"format": "something-else"}')
    with pytest.raises(UserError, match="not a netprep demo file"):
        load_seed_file(foreign)
    with pytest.raises(UserError, match="Cannot read"):
        load_seed_file(tmp_path / "missing.json")


DEMO = resource_path("demo", "demo.json")


@pytest.mark.skipif(not DEMO.exists(), reason="resources/demo/demo.json is not written yet")
def test_the_bundled_demo_file_loads_completely(tmp_path: Path) -> None:
    raw = orjson.loads(DEMO.read_bytes())
    rows = raw["contacts"]
    as_of = date.fromisoformat(raw["as_of"])
    clock = ManualClock(datetime(as_of.year, as_of.month, as_of.day, 9, tzinfo=UTC))
    clock.advance(10 * 24 * 3600)  # ten days after the demo was written
    store = Store(Database.open(tmp_path, clock), clock)
    report = seed_store(store, load_seed_file(DEMO), clock)
    assert report.skipped == []
    assert report.contacts == len(rows) >= 5
    assert report.notes == sum(len(r.get("notes", [])) for r in rows)
    assert report.interactions == sum(len(r.get("interactions", [])) for r in rows)
    assert store.profile.get().name == raw["profile"]["name"]

    ids = {r["key"]: c.id for r, c in zip(rows, _in_file_order(store, rows), strict=True)}
    for row in rows:
        contact = store.contacts.get(ids[row["key"]])
        assert contact is not None
        expected = ids.get(row["referred_by"]) if row.get("referred_by") else None
        assert contact.referred_by == expected, f"{row['name']}'s referrer"
        want_dates = sorted(
            date.fromisoformat(n["date"]) + timedelta(days=10) for n in row.get("notes", [])
        )
        got_dates = sorted(n.date for n in store.notes.where("contact_id", contact.id) if n.date)
        assert got_dates == want_dates
    assert any(c.referred_by for c in store.contacts.all())  # the demo shows a referral chain
    store.close()


def _in_file_order(store: Store, rows: list[dict[str, Any]]) -> list[Any]:
    by_name = {c.name: c for c in store.contacts.all()}
    return [by_name[r["name"]] for r in rows]
