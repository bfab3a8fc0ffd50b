"""ContactService: search, find, validated save, delete with undo, notes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from netprep.domain.clock import ManualClock
from netprep.domain.records import Circle, Contact, Interaction, InteractionKind, Note, NoteKind
from netprep.services.contacts import ContactService
from netprep.services.errors import AmbiguousError, NotFoundError, ValidationError
from netprep.store.database import Database
from netprep.store.store import Store


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))


@pytest.fixture
def store(clock: ManualClock) -> Iterator[Store]:
    made = Store(Database.in_memory(clock), clock)
    yield made
    made.close()


@pytest.fixture
def service(store: Store) -> ContactService:
    return ContactService(store)


def people(service: ContactService) -> dict[str, Contact]:
    saved = [
        service.save(
            Contact(
                name="Grace Adeyemi",
                company="Northgate Teaching Hospitals NHS Trust",
                role="Chief Nursing Information Officer",
                interests=["marathon", "climbing"],
                tags=["nhs", "mentor"],
                background="Trained at Guy's; loves sourdough.",
            )
        ),
        service.save(
            Contact(
                name="Daniel Okafor",
                company="Helix Health",
                role="Product Manager",
                interests=["chess", "jazz"],
                tags=["product"],
            )
        ),
        service.save(
            Contact(
                name="Danielle Weber",
                company="Cobalt Robotics",
                role="Staff Engineer",
                interests=["climbing", "sailing"],
                tags=["berlin"],
            )
        ),
        service.save(Contact(name="Ann Lee", company="Ocado Technology", role="UX Researcher")),
        service.save(Contact(name="Anna Lindqvist", company="Babylon Grove", tags=["nhs"])),
    ]
    return {c.name: c for c in saved}


def names(contacts: list[Contact]) -> list[str]:
    return [c.name for c in contacts]


@pytest.mark.parametrize(
    "query,expected",
    [
        ("grace", ["Grace Adeyemi"]),  # name
        ("helix", ["Daniel Okafor"]),  # company
        ("nursing officer", ["Grace Adeyemi"]),  # role, every word must match
        ("nhs", ["Anna Lindqvist", "Grace Adeyemi"]),  # tag (results sorted by name)
        ("CLIMBING", ["Danielle Weber", "Grace Adeyemi"]),  # interest, any case
        ("climbing robotics", ["Danielle Weber"]),  # words across fields
        ("dan", ["Daniel Okafor", "Danielle Weber"]),  # part of a word
        ("sourdough", []),  # background is not searched
        ("nhs chess", []),
    ],
)
def test_search(service: ContactService, query: str, expected: list[str]) -> None:
    people(service)
    assert names(service.search(query)) == expected


def test_empty_search_lists_everyone_by_name(service: ContactService) -> None:
    people(service)
    assert names(service.search("   ")) == [
        "Ann Lee",
        "Anna Lindqvist",
        "Daniel Okafor",
        "Danielle Weber",
        "Grace Adeyemi",
    ]


def test_find_by_id_exact_name_and_unique_prefix(service: ContactService) -> None:
    found = people(service)
    grace = found["Grace Adeyemi"]
    assert service.find(grace.id).name == "Grace Adeyemi"
    assert service.find("  grace adeyemi ").id == grace.id
    assert service.find("Gra").id == grace.id
    assert service.find("ann lee").name == "Ann Lee"  # exact beats the prefix "Anna…"
    assert service.find("okaf").name == "Daniel Okafor"  # a word of the name
    result = service.find("Grace")
    result.role = "changed"  # a copy: the store is not affected
    assert service.get(grace.id).role == "Chief Nursing Information Officer"  # type: ignore[union-attr]


def test_find_ambiguous_lists_the_candidates(service: ContactService) -> None:
    found = people(service)
    with pytest.raises(AmbiguousError) as caught:
        service.find("dan")
    daniel, danielle = found["Daniel Okafor"], found["Danielle Weber"]
    assert caught.value.candidates == [
        f"Daniel Okafor ({daniel.id})",
        f"Danielle Weber ({danielle.id})",
    ]
    message = str(caught.value)
    assert "“dan” matches more than one contact" in message
    assert f"Daniel Okafor ({daniel.id})" in message and "Danielle Weber" in message


def test_find_unknown_says_how_to_list(service: ContactService) -> None:
    people(service)
    with pytest.raises(NotFoundError, match=r"No contact matches “Zoe”.*netprep contacts"):
        service.find("Zoe")


def test_save_refuses_invalid_contacts_with_field_errors(service: ContactService) -> None:
    bad = Contact(name=" ", emails=["grace.example.org"], links=["javascript:alert(1)"])
    with pytest.raises(ValidationError) as caught:
        service.save(bad)
    assert set(caught.value.errors) == {"name", "emails", "links"}
    assert "name: A contact needs a name." in str(caught.value)
    assert service.all() == []


def test_save_refuses_an_unknown_referrer_and_self_reference(service: ContactService) -> None:
    grace = people(service)["Grace Adeyemi"]
    referred = Contact(name="Rahul Sharma", referred_by="ffffffffffffffff")
    with pytest.raises(ValidationError) as caught:
        service.save(referred)
    assert caught.value.errors == {"referred_by": "The referring contact no longer exists."}
    referred.referred_by = grace.id
    assert service.save(referred).referred_by == grace.id
    referred.referred_by = referred.id
    with pytest.raises(ValidationError, match="cannot refer themselves"):
        service.save(referred)


def add_history(store: Store, contact_id: str) -> tuple[list[Note], list[Interaction]]:
    notes = store.notes.save_many(
        [
            Note(contact_id=contact_id, date=date(2025, 6, 13), body="Met at Confed"),
            Note(
                contact_id=contact_id, date=date(2026, 2, 1), body="Coffee", kind=NoteKind.PERSONAL
            ),
        ]
    )
    touches = store.interactions.save_many(
        [
            Interaction(contact_id=contact_id, when=datetime(2026, 7, 10, 12, 30, tzinfo=UTC)),
            Interaction(
                contact_id=contact_id,
                when=datetime(2026, 9, 2, 8, 0, tzinfo=UTC),
                kind=InteractionKind.EMAIL,
            ),
        ]
    )
    return notes, touches


def test_delete_removes_notes_and_interactions_and_undo_restores_them(
    store: Store, service: ContactService
) -> None:
    found = people(service)
    grace, daniel = found["Grace Adeyemi"], found["Daniel Okafor"]
    notes, touches = add_history(store, grace.id)
    kept_note = service.save_note(Note(contact_id=daniel.id, body="Daniel's note"))

    deleted = service.delete(grace.id)
    assert deleted.contact.id == grace.id
    assert {n.id for n in deleted.notes} == {n.id for n in notes}
    assert {i.id for i in deleted.interactions} == {i.id for i in touches}
    assert service.get(grace.id) is None
    assert service.notes_for(grace.id) == [] and service.last_contacted(grace.id) is None
    assert len(store.notes) == 1 and store.notes.get(kept_note.id) is not None
    assert len(store.interactions) == 0
    assert service.can_undo_delete

    restored = service.undo_delete()
    assert restored is not None and restored.id == grace.id
    assert restored.name == "Grace Adeyemi" and restored.tags == ["nhs", "mentor"]
    assert {n.id for n in service.notes_for(grace.id)} == {n.id for n in notes}
    assert {i.id for i in store.interactions.where("contact_id", grace.id)} == {
        i.id for i in touches
    }
    assert service.last_contacted(grace.id) == datetime(2026, 9, 2, 8, 0, tzinfo=UTC)
    assert not service.can_undo_delete
    assert service.undo_delete() is None


def test_undo_restores_the_most_recent_delete_first(service: ContactService) -> None:
    found = people(service)
    service.delete(found["Ann Lee"].id)
    service.delete(found["Grace Adeyemi"].id)
    assert service.undo_delete().name == "Grace Adeyemi"  # type: ignore[union-attr]
    assert service.get(found["Ann Lee"].id) is None
    assert service.undo_delete().name == "Ann Lee"  # type: ignore[union-attr]


def test_delete_and_undo_on_disk(tmp_path: Path, clock: ManualClock) -> None:
    store = Store(Database.open(tmp_path, clock), clock)
    service = ContactService(store)
    grace = service.save(Contact(name="Grace Adeyemi", circle=Circle.STAY_IN_TOUCH))
    notes, touches = add_history(store, grace.id)
    service.delete(grace.id)
    service.undo_delete()
    store.close()
    store = Store(Database.open(tmp_path, clock), clock)
    service = ContactService(store)
    assert service.find("grace").circle is Circle.STAY_IN_TOUCH
    assert {n.id for n in service.notes_for(grace.id)} == {n.id for n in notes}
    assert len(store.interactions.where("contact_id", grace.id)) == len(touches)
    store.close()


def test_delete_unknown_contact(service: ContactService) -> None:
    with pytest.raises(NotFoundError, match="no longer exists"):
        service.delete("0000000000000000")


def test_notes_newest_first_and_only_for_known_contacts(
    service: ContactService, clock: ManualClock
) -> None:
    grace = people(service)["Grace Adeyemi"]
    older = service.save_note(Note(contact_id=grace.id, date=date(2025, 6, 13), body="first"))
    clock.advance(60)
    undated = service.save_note(Note(contact_id=grace.id, body="no date"))
    newer = service.save_note(Note(contact_id=grace.id, date=date(2026, 2, 1), body="second"))
    assert [n.id for n in service.notes_for(grace.id)] == [newer.id, older.id, undated.id]
    with pytest.raises(NotFoundError):
        service.save_note(Note(contact_id="0000000000000000", body="orphan"))
    with pytest.raises(NotFoundError):
        service.save_note(Note(body="no contact at all"))
    assert service.delete_note(older.id) is not None
    assert [n.id for n in service.notes_for(grace.id)] == [newer.id, undated.id]


def test_name_of(service: ContactService) -> None:
    grace = people(service)["Grace Adeyemi"]
    assert service.name_of(grace.id) == "Grace Adeyemi"
    assert service.name_of(None) == ""
    assert service.name_of("0000000000000000") == "(deleted contact)"


def test_people_referred_by_a_deleted_contact_can_still_be_saved(service: ContactService) -> None:
    grace = people(service)["Grace Adeyemi"]
    referred = service.save(Contact(name="Rahul Sharma", referred_by=grace.id))
    service.delete(grace.id)
    referred.role = "Investment Director"
    assert service.save(referred).referred_by == grace.id
    assert service.name_of(referred.referred_by) == "(deleted contact)"
