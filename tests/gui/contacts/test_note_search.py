"""Contact search finds what the notes say: a typed word of three letters or more matches the
start of a word in a contact's notes, through an index built off the GUI thread and kept up
to date as notes are saved, deleted or restored."""

from __future__ import annotations

import gc
import random
from pathlib import Path

from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact, Note
from netprep.gui.contacts.listing.model import (
    NAMES_FIRST_UP_TO,
    ContactFilterProxy,
    ContactListModel,
)
from netprep.gui.contacts.listing.note_search import NoteSearch, NoteWordIndex, note_words
from netprep.gui.contacts.page import ContactsPage
from tests.gui.helpers import DialogAnswers, make_window, type_into


def shown(proxy: ContactFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_note_words_are_folded_and_split_at_punctuation() -> None:
    assert note_words(["Ran the Kubernetes-migration; “Zürich” office!", "ran again"]) == {
        "ran",
        "the",
        "kubernetes",
        "migration",
        "zürich",
        "office",
        "again",
    }


def test_the_index_finds_contacts_by_the_start_of_a_word_and_follows_changes() -> None:
    index = NoteWordIndex.build([("a", ["Kubernetes rollout"]), ("b", ["kubectl and pottery"])])
    assert index.contacts_with("kube") == {"a", "b"}
    assert index.contacts_with("kuber") == {"a"}
    assert index.contacts_with("ernetes") == frozenset()  # the start of a word, not its middle
    before = index.revision
    index.set_notes("a", ["pottery only now"])
    assert index.revision > before
    assert index.contacts_with("kube") == {"b"}
    assert index.contacts_with("pott") == {"a", "b"}
    index.set_notes("c", ["zither"])  # a contact the index had not seen
    assert index.contacts_with("zit") == {"c"}


def test_a_search_narrowed_while_typing_still_finds_by_notes() -> None:
    model = ContactListModel()
    model.set_contacts(
        sorted(
            [Contact(name="Ann Cole"), Contact(name="Bob Dale"), Contact(name="Maria Ruiz")],
            key=lambda c: c.name,
        )
    )
    ann, bob, _maria = (model.contact_at(r) for r in range(3))
    proxy = ContactFilterProxy(model)
    proxy.refresh()
    proxy.set_note_index(NoteWordIndex.build([(bob.id, ["Marathon runner"])]))
    # 'ma' is looked for in the text only; 'mar' in the notes too (Bob's 'marathon').
    for text, expected in (
        ("m", ["Maria Ruiz"]),
        ("ma", ["Maria Ruiz"]),
        ("mar", ["Maria Ruiz", "Bob Dale"]),  # her name first, then his notes
        ("mara", ["Bob Dale"]),
        ("mar", ["Maria Ruiz", "Bob Dale"]),
        ("", ["Ann Cole", "Bob Dale", "Maria Ruiz"]),
        ("marathon dale", ["Bob Dale"]),
        ("marathon ann", []),
    ):
        proxy.set_search(text)
        assert shown(proxy) == expected, text
    assert ann.id not in {proxy.index(r, 0).data() for r in range(proxy.rowCount())}


def wait_for_index(qtbot: QtBot, page: ContactsPage) -> None:
    qtbot.waitUntil(lambda: page.note_search.index is not None, timeout=10_000)


def test_the_page_finds_a_contact_by_what_their_notes_say(
    qtbot: QtBot, app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    grace = app.contacts.save(Contact(name="Grace Adeyemi", company="Lumen"))
    app.contacts.save(Contact(name="Tomasz Kowalski", company="Arcadia"))
    app.contacts.save_note(Note(contact_id=grace.id, body="Talked about **ceramics** and raku."))
    window = make_window(qtbot, app, tmp_path)
    window.show_section("contacts")
    page = window.contacts_page
    type_into(qtbot, page.search, "ceram")  # typed before the index is there: shown when it is
    wait_for_index(qtbot, page)
    assert shown(page.proxy) == ["Grace Adeyemi"]
    assert "1 of 2" in page.count_label.text()
    page.search.setText("ta")  # two letters ('talked'): names, companies… only
    assert shown(page.proxy) == []


def test_a_saved_deleted_or_restored_note_is_found_or_not_at_once(
    qtbot: QtBot, app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    grace = app.contacts.save(Contact(name="Grace Adeyemi"))
    app.contacts.save(Contact(name="Tomasz Kowalski"))
    window = make_window(qtbot, app, tmp_path)
    page = window.contacts_page
    window.show_section("contacts")
    wait_for_index(qtbot, page)
    page.select_contact(grace.id)
    page.tabs.setCurrentIndex(1)
    page.notes.new_button.click()
    type_into(qtbot, page.notes.editor, "She keeps bees on the roof")
    assert page.notes.flush()
    page.search.setText("beekeep bees")
    assert shown(page.proxy) == []
    page.search.setText("bees")
    assert shown(page.proxy) == ["Grace Adeyemi"]
    page.notes.delete_note()
    page.search.setText("")
    page.search.setText("bees")
    assert shown(page.proxy) == []
    page.notes.undo_delete()
    page.search.setText("")
    page.search.setText("bees")
    assert shown(page.proxy) == ["Grace Adeyemi"]


def test_searches_give_what_reading_every_contact_would(qtbot: QtBot) -> None:
    """The row sets are bit masks, and a row's text is read only where its notes do not
    decide: the rows shown are those a plain reading of every text and note finds, typing
    on, backing up or starting afresh, with common and rare words."""
    luck = random.Random(13)
    syllables = ["ro", "ta", "tri", "age", "gov", "er", "nan", "ce", "pro", "duct", "ma", "ri"]

    def word() -> str:
        return "".join(luck.choice(syllables) for _ in range(luck.randint(1, 3)))

    people = [
        Contact(name=f"{word().title()} {word().title()}", company=word(), tags=[word()])
        for _ in range(400)
    ]
    model = ContactListModel()
    model.set_contacts(people)
    notes = {c.id: [" ".join(word() for _ in range(luck.randint(0, 12)))] for c in people}
    in_rows_order = [(i, notes[i]) for i in model.ids()]  # numbers are rows: no mapping
    proxies = [ContactFilterProxy(model), ContactFilterProxy(model)]
    for proxy, order in zip(proxies, [list(notes.items()), in_rows_order], strict=True):
        proxy.refresh()
        proxy.set_note_index(NoteWordIndex.build(order))

    def expected(text: str) -> list[str]:
        words = text.casefold().split()
        found = []
        for row in range(len(model)):
            contact = model.contact_at(row)
            said = note_words(notes[contact.id])
            if all(
                w in contact.search_text() or (len(w) >= 3 and any(s.startswith(w) for s in said))
                for w in words
            ):
                found.append(contact.name)
        # Those whose name holds every word first, each group in name order
        named = [n for n in found if all(w in n.casefold() for w in words)]
        return named + [n for n in found if n not in named]

    typed = ["r", "ro", "rot", "rota", "rota t", "rota tri", "", "gov", "governan", "gove"]
    typed += ["pro duct", "ma", "mari", "tri age ro", "zzz", "ce", "", "age"]
    typed += [" ".join(word() for _ in range(luck.randint(1, 3))) for _ in range(40)]
    for text in typed:
        for proxy in proxies:
            proxy.set_search(text)
            assert shown(proxy) == expected(text), text


def test_the_index_is_built_with_the_collector_off_and_frozen_out_of_its_reach(
    qtbot: QtBot,
) -> None:
    """At 30,000 contacts the collector walked the heap again and again while the index was
    built, and once more (~40 ms, a frozen window) at the GUI's first allocations after."""
    collector_on: list[bool] = []

    def notes_of(contact_id: str) -> list[str]:
        collector_on.append(gc.isenabled())
        return [f"notes of {contact_id}"]

    search = NoteSearch(lambda: ["a", "b"], notes_of, lambda _index: None)
    frozen = gc.get_freeze_count()
    assert gc.isenabled()
    search.start()
    qtbot.waitUntil(lambda: search.index is not None, timeout=10_000)
    assert collector_on == [False, False]  # off while it read
    assert gc.isenabled()  # and on again after
    assert gc.get_freeze_count() > frozen  # what it built is out of the collector's reach
    assert search.index is not None and search.index.contacts_with("note") == {"a", "b"}


def test_the_person_named_comes_before_those_whose_notes_mention_them(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    """Ctrl+F "grace", Down, Enter opened Daniel Mensah (his notes name her; rows were in
    name order): the contact called Grace now leads, and Enter on the first row opens her."""
    window = make_window(qtbot, demo_app, tmp_path)
    page = window.contacts_page
    window.show_section("contacts")
    wait_for_index(qtbot, page)
    page.search.setText("grace")
    found = shown(page.proxy)
    assert found[0] == "Grace Adeyemi" and len(found) > 1  # others by what their notes say
    assert found[1:] == sorted(found[1:], key=str.casefold)
    grace = demo_app.contacts.find("Grace Adeyemi")
    assert page.proxy.row_of(grace.id) == 0
    for name in found[1:]:  # each row is still found where it is shown
        row = page.proxy.row_of(demo_app.contacts.find(name).id)
        assert shown(page.proxy)[row] == name


def test_names_first_holds_for_a_few_thousand_rows_and_stops_past_them() -> None:
    """A first letter at 30,000 contacts matches most of them: sorting those cost a third of
    a frame per keystroke, for a screenful that reads in name order either way."""
    people = [Contact(name=f"Zed Person {n:05}", company="Grace Labs") for n in range(20)]
    people += [Contact(name="Grace Adeyemi")]
    model = ContactListModel()
    model.set_contacts(people)
    proxy = ContactFilterProxy(model)
    proxy.refresh()
    proxy.set_search("grace")
    assert shown(proxy)[0] == "Grace Adeyemi"
    many = people + [
        Contact(name=f"Abe Person {n:05}", role="grace notes editor") for n in range(3_000)
    ]
    model.set_contacts(many)
    proxy.refresh()
    proxy.set_search("grace")
    names = shown(proxy)
    assert len(names) > NAMES_FIRST_UP_TO and names == sorted(names, key=str.casefold)
