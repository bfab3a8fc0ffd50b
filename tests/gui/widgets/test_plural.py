"""Counts read as words: never "1 contacts" or "note(s)"."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact
from netprep.gui.widgets.plural import counted
from tests.gui.helpers import make_window


def test_counts_agree_with_their_number() -> None:
    assert counted(1, "contact") == "1 contact"
    assert counted(0, "note") == "0 notes"
    assert counted(30000, "contact") == "30,000 contacts"
    assert counted(2, "person", "people") == "2 people"


def test_the_contacts_page_counts_one_contact(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    app.contacts.save(Contact(name="Sam Lee"))
    window = make_window(qtbot, app, tmp_path)
    window.show_section("contacts")
    assert window.contacts_page.count_label.text() == "1 contact"
