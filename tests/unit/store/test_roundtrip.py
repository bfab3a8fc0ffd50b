"""Every record type survives the store unchanged, in memory and on disk (closed and reopened)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from netprep.domain.followups import FollowUp
from netprep.domain.records import Contact, Note, Record
from netprep.domain.referrals import Referral
from netprep.store import table_file
from netprep.store.repository import Repository
from netprep.store.store import Store
from tests.unit.store import records_factory as make
from tests.unit.store.conftest import Backend

GRACE_ID = "6f1c2a9e4b7d3c10"

FACTORIES: dict[str, Callable[[], Record]] = {
    "contact": make.contact,
    "note": lambda: make.note(GRACE_ID),
    "meeting": lambda: make.meeting(GRACE_ID),
    "interaction": lambda: make.interaction(GRACE_ID),
    "referral": lambda: make.filled(Referral(name="Priya Natarajan", why="runs the sepsis pilot")),
    "followup": lambda: make.filled(FollowUp(text="Send Grace the alarm-fatigue paper")),
}
REPOSITORIES: dict[str, Callable[[Store], Repository[Any]]] = {
    "contact": lambda s: s.contacts,
    "note": lambda s: s.notes,
    "meeting": lambda s: s.meetings,
    "interaction": lambda s: s.interactions,
    "referral": lambda s: s.referrals,
    "followup": lambda s: s.followups,
}


def assert_same(expected: Any, actual: Any, where: str = "record") -> None:
    """Deep equality that also insists on the same types (a StrEnum equals its str value,
    and 2.0 == 2, so ``==`` alone would not notice an enum or a float coming back wrong)."""
    assert type(actual) is type(expected), f"{where}: {type(actual)} is not {type(expected)}"
    if dataclasses.is_dataclass(expected):
        for f in dataclasses.fields(expected):
            assert_same(getattr(expected, f.name), getattr(actual, f.name), f"{where}.{f.name}")
    elif isinstance(expected, list):
        assert len(actual) == len(expected), f"{where}: length differs"
        for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
            assert_same(e, a, f"{where}[{i}]")
    elif isinstance(expected, dict):
        assert actual.keys() == expected.keys(), f"{where}: keys differ"
        for key in expected:
            assert_same(expected[key], actual[key], f"{where}[{key!r}]")
    else:
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"


@pytest.mark.parametrize("make_record", [make.profile, *FACTORIES.values()])
def test_factory_sets_every_field(make_record: Callable[[], Record]) -> None:
    assert make.unset_fields(make_record()) == []


def test_profile_round_trip(backend: Backend, clock: Any) -> None:
    original = make.profile()
    saved = backend.store.profile.save(original)
    assert saved.created_at == make.CREATED  # kept: it was set
    assert saved.updated_at == clock.now()
    assert_same(saved, backend.reopen().profile.get())


@pytest.mark.parametrize("kind", FACTORIES)
def test_record_round_trip(backend: Backend, kind: str) -> None:
    original = FACTORIES[kind]()
    saved = REPOSITORIES[kind](backend.store).save(original)
    expected = dataclasses.replace(original, updated_at=backend.clock.now())
    assert_same(expected, saved)
    backend.clock.advance(60)
    reopened = REPOSITORIES[kind](backend.reopen())
    assert_same(expected, reopened.get(saved.id))
    assert len(reopened) == 1


def test_meeting_keeps_nested_brief_and_agenda(backend: Backend) -> None:
    saved = backend.store.meetings.save(make.meeting(GRACE_ID))
    got = backend.reopen().meetings.get(saved.id)
    assert got is not None and got.brief is not None
    question = got.brief.questions[0]
    assert type(question).__name__ == "Question" and question.kind.value == "how"
    assert question.evidence[0].excerpt == "marathon"
    assert [p.name for p in got.agenda] == ["Great start", "Three insights"]
    assert got.agenda[1].minutes == 12.5 and got.agenda[0].shows.value == "hooks"
    assert got.when == datetime(2026, 11, 27, 8, 30, tzinfo=UTC)


def test_none_values_round_trip(backend: Backend) -> None:
    bare = Contact(name="Tomasz Kowalski", referred_by=None, touch_ideal_days=None)
    saved = backend.store.contacts.save(bare)
    got = backend.reopen().contacts.get(saved.id)
    assert got is not None
    assert got.referred_by is None and got.touch_ideal_days is None
    assert got.emails == [] and got.name == "Tomasz Kowalski"


def test_update_keeps_created_at_and_moves_updated_at(backend: Backend) -> None:
    first = backend.store.contacts.save(Contact(name="Sofia Rossi"))
    backend.clock.advance(3600)
    first.role = "Head of Clinical Safety"
    second = backend.store.contacts.save(first)
    assert second.created_at == first.created_at
    assert second.updated_at == backend.clock.now() != first.updated_at
    got = backend.reopen().contacts.get(first.id)
    assert got is not None and got.role == "Head of Clinical Safety"
    assert len(backend.store.contacts) == 1


class WriteCounter:
    """Counts the file writes the table storage makes (whole-file rewrites and appends)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[str] = []
        for name in ("atomic_write_bytes", "append_durably"):
            original = getattr(table_file, name)
            monkeypatch.setattr(table_file, name, self._counting(name, original))

    def _counting(self, name: str, original: Callable[..., None]) -> Callable[..., None]:
        def counted(path: Any, *args: Any) -> None:
            self.calls.append(f"{name}:{path.name}")
            original(path, *args)

        return counted


def test_save_many_is_one_write(tmp_path: Any, clock: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    backend = Backend("disk", tmp_path / "data", clock)
    backend.store.contacts.save(make.contact("Grace Adeyemi", None))  # the file now exists
    counter = WriteCounter(monkeypatch)
    people = [Contact(name=f"Delegate {n}", company="NHS ConfedExpo") for n in range(250)]
    backend.store.contacts.save_many(people)
    assert len(counter.calls) == 1 and counter.calls[0].endswith("contacts.changes.jsonl")
    counter.calls.clear()
    backend.store.contacts.delete_many([p.id for p in people[:100]])
    assert len(counter.calls) == 1
    store = backend.reopen()
    assert len(store.contacts) == 151
    backend.close()


def test_first_save_many_writes_the_table_file_once(
    tmp_path: Any, clock: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = Backend("disk", tmp_path / "data", clock)
    counter = WriteCounter(monkeypatch)
    backend.store.notes.save_many(make.note(GRACE_ID) for _ in range(500))
    assert counter.calls == ["atomic_write_bytes:notes.json"]
    assert len(backend.reopen().notes) == 500
    backend.close()


def test_save_many_is_one_storage_write_in_memory_too(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    applied: list[int] = []
    original = table_file.TableFileStorage.apply

    def counting(self: table_file.TableFileStorage, puts: Any, deletes: Any) -> None:
        applied.append(len(puts) + len(deletes))
        original(self, puts, deletes)

    monkeypatch.setattr(table_file.TableFileStorage, "apply", counting)
    backend.store.interactions.save_many(make.interaction(GRACE_ID) for _ in range(40))
    assert applied == [40]


def test_delete_and_delete_many(backend: Backend) -> None:
    repo = backend.store.contacts
    ann, bob, cat, dan = repo.save_many(Contact(name=n) for n in ("Ann", "Bob", "Cat", "Dan"))
    removed = repo.delete(bob.id)
    assert removed is not None and removed.name == "Bob"
    assert repo.delete(bob.id) is None  # already gone
    gone = repo.delete_many([cat.id, "no-such-id", cat.id, dan.id])
    assert [c.name for c in gone] == ["Cat", "Dan"]
    assert repo.delete_many([]) == []
    repo = backend.reopen().contacts
    assert [c.name for c in repo.all()] == ["Ann"]
    assert bob.id not in repo and ann.id in repo


def test_deleted_record_can_be_saved_again_with_the_same_id(backend: Backend) -> None:
    repo = backend.store.notes
    kept, dropped = repo.save_many([make.note("c1"), make.note("c1")])
    repo.delete(dropped.id)
    fresh = repo.save(Note(contact_id="c2", body="after the delete"))
    repo.save(dropped)  # undo
    repo = backend.reopen().notes
    assert {n.id for n in repo.all()} == {kept.id, dropped.id, fresh.id}
    got = repo.get(fresh.id)
    assert got is not None and got.body == "after the delete"


def note_ids(repo: Repository[Any], contact_id: str) -> set[str]:
    return {n.id for n in repo.where("contact_id", contact_id)}


def test_where_index_follows_updates_and_deletes(backend: Backend) -> None:
    repo = backend.store.notes
    a1, a2, b1 = repo.save_many([make.note("ann"), make.note("ann"), make.note("bob")])
    assert note_ids(repo, "ann") == {a1.id, a2.id}  # the index is built here
    a2.contact_id = "bob"  # moved to another contact
    repo.save(a2)
    assert note_ids(repo, "ann") == {a1.id}
    assert note_ids(repo, "bob") == {a2.id, b1.id}
    repo.delete(b1.id)
    added = repo.save(make.note("cat"))
    assert note_ids(repo, "bob") == {a2.id}
    assert note_ids(repo, "cat") == {added.id}
    assert note_ids(repo, "nobody") == set()
    repo = backend.reopen().notes
    assert note_ids(repo, "ann") == {a1.id}
    assert note_ids(repo, "bob") == {a2.id}


def test_where_index_built_after_changes(backend: Backend) -> None:
    repo = backend.store.interactions
    first = repo.save(make.interaction("ann"))
    first.contact_id = "bob"
    repo.save(first)
    assert note_ids(repo, "ann") == set()
    assert note_ids(repo, "bob") == {first.id}


def test_get_returns_an_independent_copy(backend: Backend) -> None:
    repo = backend.store.contacts
    saved = repo.save(make.contact())
    copy = repo.get(saved.id)
    assert copy is not None
    copy.tags.append("edited-but-not-saved")
    copy.name = "Someone Else"
    saved.interests.clear()  # the record save() returned is a copy too
    again = repo.get(saved.id)
    assert again is not None
    assert again.name == "Grace Adeyemi"
    assert "edited-but-not-saved" not in again.tags
    assert again.interests == ["marathon", "climbing", "gospel choir"]
    assert repo.all()[0].tags == ["nhs", "mentor", "leeds"]


def test_save_does_not_keep_the_callers_object(backend: Backend) -> None:
    mine = Contact(name="Kwame Mensah", tags=["ghana"])
    backend.store.contacts.save(mine)
    mine.tags.append("changed later")
    got = backend.store.contacts.get(mine.id)
    assert got is not None and got.tags == ["ghana"]


def test_get_unknown_id_is_none(backend: Backend) -> None:
    assert backend.store.contacts.get("0000000000000000") is None
    assert "0000000000000000" not in backend.store.contacts


def test_save_refuses_a_value_that_could_not_be_read_back(backend: Backend) -> None:
    """Saving it would make the whole folder fail to open next time."""
    good = backend.store.contacts.save(Contact(name="Ann Lee", touch_ideal_days=30))
    broken = Contact(name="Bob Ode")
    broken.touch_ideal_days = "every month"  # type: ignore[assignment]
    edited = backend.store.contacts.get(good.id)
    assert edited is not None
    edited.circle = "best friends"  # type: ignore[assignment]
    with pytest.raises(ValueError, match="touch_ideal_days"):
        backend.store.contacts.save_many([Contact(name="Cat Demir"), broken])
    with pytest.raises(ValueError, match="circle"):
        backend.store.contacts.save(edited)
    store = backend.reopen()
    assert [(c.name, c.circle.value) for c in store.contacts.all()] == [("Ann Lee", "")]
