"""A large network is read once: what a brief needs from each contact is remembered, and
read again only for a contact that changed. The answers must not change because of it."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, date, datetime

from netprep.domain.brief.builder import build_brief
from netprep.domain.brief.model import Brief
from netprep.domain.brief.network.index import NetworkIndex, PersonTerms
from netprep.domain.records import Contact, Note, Profile
from tests.unit.brief.personas import NOW, agenda, taxonomy

STAMP = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
ME = Profile(name="Aoife Brennan", interests=["sourdough"], current_goal="Move into product")
GRACE = Contact(
    name="Grace Adeyemi",
    role="Chief Nursing Information Officer",
    current_projects="Scaling the trust's virtual ward for COPD patients",
    interests=["sourdough", "marathon"],
)
NOTE = Note(contact_id=GRACE.id, date=date(2026, 7, 2), body="Knows Omar Said from a panel.")


class CountingIndex(NetworkIndex):
    """Counts how many contacts it had to read (rather than remember)."""

    reads = 0

    def _read(self, person: Contact) -> PersonTerms:
        self.reads += 1
        return super()._read(person)


def crowd(size: int) -> list[Contact]:
    """Contacts who share nothing with Grace, like most of a large network."""
    roles = ["Accountant", "Teacher", "Electrician", "Solicitor", "Chef"]
    return [
        Contact(
            id=f"crowd-{n}",
            name=f"Sam Person{n}",
            role=roles[n % len(roles)],
            company=f"Firm {n % 40}",
            interests=["chess", "golf"][: n % 3],
            updated_at=STAMP,
        )
        for n in range(size)
    ]


OMAR = Contact(name="Omar Said", role="Nurse consultant", updated_at=STAMP)
RAHUL = Contact(
    name="Rahul Iyer",
    role="Investment Director",
    current_projects="Writing a thesis on hospital-at-home businesses",
    updated_at=STAMP,
)


def brief(network: list[Contact], index: NetworkIndex | None = None) -> Brief:
    return build_brief(
        ME, GRACE, [NOTE], "", [], network, taxonomy(), agenda(), NOW, network_index=index
    )


def summary(b: Brief) -> tuple[list[str], list[str], list[str]]:
    return [h.text for h in b.hooks], [o.text for o in b.offers], [d.text for d in b.dont_ask]


def test_a_remembered_network_gives_the_same_brief_as_a_fresh_read() -> None:
    network = [*crowd(3_000), RAHUL, OMAR]
    index = CountingIndex(taxonomy())
    first = brief(network, index)
    assert index.reads == len(network)
    again = brief([replace(c) for c in network], index)  # fresh objects, as from the store
    assert index.reads == len(network)  # nothing re-read
    assert summary(again) == summary(first) == summary(brief(network, NetworkIndex(taxonomy())))
    assert any(o.startswith("Offer an introduction to Rahul Iyer") for o in summary(again)[1])
    assert any(h.startswith("Mutual contact: Omar Said") for h in summary(again)[0])


def test_a_changed_contact_is_read_again_even_with_the_same_timestamp() -> None:
    baker = Contact(name="Jo Baker", role="Teacher", interests=["chess"], updated_at=STAMP)
    index = CountingIndex(taxonomy())
    before = brief([baker, *crowd(50)], index)
    assert not any("Jo Baker" in o.text for o in before.offers)
    reads = index.reads
    edited = replace(baker, interests=["chess", "sourdough"])  # same id, same updated_at
    after = brief([edited, *crowd(50)], index)
    assert index.reads == reads + 1
    assert any(o.text.startswith("Offer an introduction to Jo Baker") for o in after.offers)


def test_a_contact_no_longer_in_the_network_is_not_offered() -> None:
    index = NetworkIndex(taxonomy())
    assert any("Rahul" in o.text for o in brief([RAHUL], index).offers)
    assert not any("Rahul" in o.text for o in brief(crowd(10), index).offers)


def test_briefs_share_one_index_per_taxonomy_by_default() -> None:
    network = [*crowd(200), RAHUL]
    assert summary(brief(network)) == summary(brief(network, NetworkIndex(taxonomy())))


def test_warming_up_reads_everyone_once_and_a_later_change_is_read_again() -> None:
    network = [*crowd(2_500), RAHUL, OMAR]
    index = CountingIndex(taxonomy())
    index.warm(network, chunk=700)
    assert index.reads == len(network)
    warm = brief(network, index)
    assert index.reads == len(network)  # the brief found it all read
    assert summary(warm) == summary(brief(network, NetworkIndex(taxonomy())))
    moved = replace(RAHUL, current_projects="Restoring a canal boat", updated_at=NOW)
    changed = brief([*network[:-2], moved, OMAR], index)
    assert index.reads == len(network) + 1
    assert not any("Rahul" in o.text for o in changed.offers)


def test_the_same_data_gives_the_same_brief_whatever_the_index_saw_before() -> None:
    """Built up step by step (added, edited, deleted) or read in one go: one brief."""
    people = [*crowd(300), RAHUL, OMAR]
    index = NetworkIndex(taxonomy())
    brief(people[:100], index)
    brief([replace(c, role="Chef") for c in people[50:]], index)  # edits, and deletions
    brief([RAHUL, *reversed(people)], index)  # another order, Rahul twice
    assert summary(brief(people, index)) == summary(brief(people, NetworkIndex(taxonomy())))


def test_a_network_that_holds_the_contact_gives_the_brief_of_everyone_else() -> None:
    """The brief service passes every contact; the brief leaves out the one it is for."""
    others = [*crowd(20), RAHUL, OMAR]
    index = NetworkIndex(taxonomy())
    assert summary(brief([GRACE, *others], index)) == summary(brief(others))
    assert summary(brief(others, index)) == summary(brief(others))  # and the other way


def test_builds_on_two_threads_share_one_index_safely() -> None:
    network = [*crowd(1_500), RAHUL, OMAR]
    index = NetworkIndex(taxonomy())
    results: list[Brief] = []

    def run() -> None:
        results.append(brief(network, index))

    threads = [threading.Thread(target=run) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    expected = summary(brief(network, NetworkIndex(taxonomy())))
    assert [summary(r) for r in results] == [expected] * 3


def test_asked_for_some_ids_the_network_gives_them_by_id_without_the_contact_or_the_gone() -> None:
    people = crowd(40)
    index = NetworkIndex(taxonomy())
    me = people[7]
    network = index.read(people, exclude=me.id)
    wanted = [p.id for p in people[::3]] + [me.id, "no-such-contact"]
    found = [person.id for person, _ in network.in_order(set(wanted))]
    assert found == sorted(i for i in wanted if i not in (me.id, "no-such-contact"))
    first_two = network.in_order(iter(wanted))  # lazily: the first few of many
    assert [next(first_two)[0].id for _ in range(2)] == found[:2]
