"""The contact list's search and the "Referred by" choices, as built for 30,000 contacts.

The speed itself is measured by benchmarks/scale_benchmark.py; these tests pin down what
the fast paths must keep: the same answers as the service's search while typing on,
backing up and clearing, the open contact staying selected, and the completer updated
one row at a time but exactly as a full rebuild would be.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact
from netprep.gui.contacts.listing.model import ContactFilterProxy, ContactListModel
from netprep.gui.widgets.contact_picker import ContactIndex
from tests.gui.helpers import DialogAnswers, make_window, type_into


def shown(proxy: ContactFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def people(*names: str, interests: tuple[str, ...] = ()) -> list[Contact]:
    return sorted((Contact(name=n, interests=list(interests)) for n in names), key=lambda c: c.name)


def test_typing_on_backing_up_and_clearing_give_the_services_answers(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    page = window.contacts_page
    everyone = [c.name for c in demo_app.contacts.all()]
    # Narrowing ('a' -> 'ar'), widening ('ar' -> 'a'), a second word and its removal.
    for text in ("a", "ar", "a", "a e", "a en", "en", "zzz", "", "product", "PRODUCT nhs"):
        page.search.setText(text)
        expected = [c.name for c in demo_app.contacts.search(text)] if text else everyone
        assert shown(page.proxy) == expected, text  # names that match first, as the service
        assert page.list.model().rowCount() == len(expected)


def test_the_open_contact_stays_selected_while_a_search_shows_it(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    page = window.contacts_page
    elena = next(c for c in demo_app.contacts.all() if c.name == "Elena Vasquez")
    window.open_contact(elena.id)
    for text in ("e", "el", "elena", "", "vasq"):
        page.search.setText(text)
        current = page.list.currentIndex()
        assert current.isValid() and current.data() == "Elena Vasquez", text
        assert page.list.selectionModel().isSelected(current)
    page.search.setText("zzz")  # hidden: nothing selected, the form still shows her
    assert not page.list.currentIndex().isValid()
    assert page.title.text() == "Elena Vasquez"
    page.search.clear()
    assert page.list.currentIndex().data() == "Elena Vasquez"


def test_rows_are_not_edited_in_place(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    page = make_window(qtbot, demo_app, tmp_path).contacts_page
    flags = page.proxy.flags(page.proxy.index(0, 0))
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & Qt.ItemFlag.ItemIsEditable


def test_a_saved_contact_moves_to_its_place_and_searches_see_it() -> None:
    model = ContactListModel()
    model.set_contacts(people("Ann Cole", "Bob Dale", "Cy Eve"))
    proxy = ContactFilterProxy(model)
    proxy.refresh()
    bob = model.contact_at(1)
    renamed = Contact(id=bob.id, name="Zed Dale", interests=["chess"])
    model.upsert(renamed)
    proxy.refresh()
    assert shown(proxy) == ["Ann Cole", "Cy Eve", "Zed Dale"]
    assert [model.row_of(model.contact_at(r).id) for r in range(3)] == [0, 1, 2]
    proxy.set_search("chess")
    assert shown(proxy) == ["Zed Dale"] and proxy.row_of(bob.id) == 0
    added = Contact(name="Abe Chess")
    model.upsert(added)
    proxy.refresh()
    assert shown(proxy) == ["Abe Chess", "Zed Dale"]
    assert proxy.row_of(added.id) == 0 and proxy.row_of(bob.id) == 1
    proxy.set_search("chess zed")  # narrowing after a change: answers from the new rows
    assert shown(proxy) == ["Zed Dale"]
    assert proxy.row_of(added.id) == -1
    twin = Contact(name="Abe Chess")  # the same name: each still finds its own row
    model.upsert(twin)
    proxy.set_search("")
    rows = {model.row_of(added.id), model.row_of(twin.id)}
    assert rows == {0, 1}
    assert {model.contact_at(r).id for r in rows} == {added.id, twin.id}
    assert proxy.row_of(twin.id) == model.row_of(twin.id)


def referrer_choices(page_form: object) -> list[str]:
    editor = page_form.editor("referred_by")  # type: ignore[attr-defined]
    assert isinstance(editor, QLineEdit)
    completer = editor.completer()
    assert completer is not None
    model = completer.model()
    assert isinstance(model, QStringListModel)
    return model.stringList()


def test_referrer_choices_change_one_row_as_a_full_rebuild_would(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    page = window.contacts_page
    form = page.form

    def rebuilt() -> list[str]:
        page.reload()
        return referrer_choices(form)

    elena = next(c for c in demo_app.contacts.all() if c.name == "Elena Vasquez")
    window.open_contact(elena.id)
    type_into(qtbot, form.editor("name"), "Aalia Vasquez")  # renamed: moves to the top
    window.commands["save"].trigger()
    incremental = referrer_choices(form)
    assert incremental[0] == "Aalia Vasquez" and "Elena Vasquez" not in incremental
    assert incremental == rebuilt()

    # A second person with a name already there: both get labels that tell them apart.
    window.commands["new_contact"].trigger()
    type_into(qtbot, form.editor("name"), "Aalia Vasquez")
    window.commands["save"].trigger()
    twins = [label for label in referrer_choices(form) if label.startswith("Aalia Vasquez")]
    assert len(twins) == 2 and all("(" in label for label in twins)
    assert referrer_choices(form) == rebuilt()
    # One of them renamed: the other is plain "Aalia Vasquez" again.
    type_into(qtbot, form.editor("name"), "Beatriz Vasquez")
    window.commands["save"].trigger()
    choices = referrer_choices(form)
    assert "Aalia Vasquez" in choices and "Beatriz Vasquez" in choices
    assert not any(label.startswith("Aalia Vasquez (") for label in choices)
    assert choices == rebuilt()


def test_the_contact_picker_refolds_only_records_that_changed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folded: list[str] = []
    real = Contact.search_text

    def counting(self: Contact) -> str:
        folded.append(self.name)
        return real(self)

    monkeypatch.setattr(Contact, "search_text", counting)
    ann, bob = people("Ann Cole", "Bob Dale", interests=("chess",))
    first = ContactIndex([ann, bob])
    first.matches("a")  # folded when first asked (see test_contact_picker_lazy)
    assert sorted(folded) == ["Ann Cole", "Bob Dale"]
    assert first.same_records([ann, bob]) and not first.same_records([bob, ann])
    folded.clear()
    bob_saved = Contact(id=bob.id, name="Bob Dale", interests=["jazz"])  # a save: a new record
    again = ContactIndex([ann, bob_saved], previous=first)
    assert [c.name for c in again.matches("jazz")] == ["Bob Dale"]
    assert folded == ["Bob Dale"]
    assert [c.name for c in again.matches("chess")] == ["Ann Cole"]
