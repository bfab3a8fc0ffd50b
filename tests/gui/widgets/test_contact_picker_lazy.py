"""The contact picker is given every contact each time the prep screen opens: that costs
next to nothing; names are folded when the user first types, and namesakes stay apart."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from netprep.domain.records import Contact
from netprep.gui.widgets.contact_picker import FOLD_AHEAD_FROM, ContactIndex, ContactPicker
from netprep.gui.widgets.item_roles import ID_ROLE, SUBTITLE_ROLE


@pytest.fixture
def folded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    names: list[str] = []
    real = Contact.search_text

    def counting(self: Contact) -> str:
        names.append(self.name)
        return real(self)

    monkeypatch.setattr(Contact, "search_text", counting)
    return names


def network(size: int) -> list[Contact]:
    return [
        Contact(name=f"Person {number}", company=f"Firm {number % 7}") for number in range(size)
    ]


def test_giving_the_picker_its_contacts_folds_none_of_them(qtbot: QtBot, folded: list[str]) -> None:
    picker = ContactPicker()
    qtbot.addWidget(picker)
    contacts = network(2_000)
    picker.set_contacts(contacts)
    picker.set_contact(contacts[5].id)  # a meeting opened for someone: looked up, not folded
    assert picker.contact_id == contacts[5].id
    assert folded == []
    # A second opening with the store's same records, some saved since: still nothing.
    saved = Contact(id=contacts[9].id, name="Person 9", company="Elsewhere")
    again = [*contacts[:9], saved, *contacts[10:]]
    picker.set_contacts(again)
    assert folded == []
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, "elsewhere")  # the first keystrokes fold, once
    assert len(folded) == len(again)
    assert picker.matches.index(0, 0).data(ID_ROLE) == saved.id


def test_a_large_list_is_folded_on_a_worker_before_the_first_keystroke(
    qtbot: QtBot, folded: list[str]
) -> None:
    picker = ContactPicker()
    qtbot.addWidget(picker)
    contacts = network(FOLD_AHEAD_FROM)
    picker.set_contacts(contacts)
    picker._pool.waitForDone()
    assert picker._index.folded and len(folded) == len(contacts)  # nobody typed yet
    folded.clear()
    qtbot.keyClicks(picker.edit, "person 4999")
    assert folded == []
    assert picker.matches.index(0, 0).data(ID_ROLE) == contacts[-1].id


def test_an_index_never_folded_passes_on_what_it_was_given_to_reuse(folded: list[str]) -> None:
    contacts = network(50)
    first = ContactIndex(contacts)
    first.matches("person")
    folded.clear()
    skipped = ContactIndex(contacts, previous=first)  # opened, nobody typed
    third = ContactIndex(contacts, previous=skipped)
    assert [c.name for c in third.matches("person 42")] == ["Person 42"]
    assert folded == []


def test_namesakes_are_told_apart_in_the_drop_down(qtbot: QtBot) -> None:
    picker = ContactPicker()
    qtbot.addWidget(picker)
    one = Contact(name="Alex Kim", role="Nurse", company="St Mary's", emails=["a@stm.org"])
    two = Contact(name="Alex Kim", role="Designer", company="Figma")
    picker.set_contacts([one, two])
    qtbot.keyClicks(picker.edit, "alex")
    rows = [picker.matches.index(row, 0) for row in range(picker.matches.rowCount())]
    assert [index.data() for index in rows] == ["Alex Kim", "Alex Kim"]
    assert [index.data(SUBTITLE_ROLE) for index in rows] == [
        "Nurse · St Mary's · a@stm.org",
        "Designer · Figma",
    ]
