"""First run: an empty data folder leads the user through three steps instead of zero counters."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact, Profile
from tests.gui.helpers import make_window


def test_an_empty_folder_leads_profile_then_contact_then_prepare(
    qtbot: QtBot, app: App, tmp_path: Path
) -> None:
    window = make_window(qtbot, app, tmp_path)
    page = window.today_page
    assert page.guide.isVisible()
    assert not page.cards.isVisible()  # no four zero counters
    assert page.guide.next_button() is page.guide.buttons[0]
    assert not page.guide.buttons[2].isEnabled()  # nobody to prepare for yet

    page.guide.buttons[0].click()
    assert window.current_section() == "profile"

    app.profile.save(Profile(name="Ada Lovelace"))
    window.show_section("today")
    page.refresh()
    assert page.guide.marks[0].text() == "✓"
    assert page.guide.next_button() is page.guide.buttons[1]

    page.guide.buttons[1].click()
    assert window.current_section() == "contacts"
    name = window.contacts_page.form.editor("name")
    assert name.hasFocus()

    sam = app.contacts.save(Contact(name="Sam Lee"))
    window.show_section("today")
    page.refresh()
    assert page.guide.next_button() is page.guide.buttons[2]
    assert page.guide.buttons[2].isEnabled()
    page.guide.buttons[2].click()
    assert window.meetings_page.prep.isVisible()
    assert window.meetings_page.prep.fields.contact_id == sam.id  # the one person, chosen


def test_the_demo_data_shows_the_counters_not_the_guide(
    qtbot: QtBot, demo_app: App, tmp_path: Path
) -> None:
    page = make_window(qtbot, demo_app, tmp_path).today_page
    assert not page.guide.isVisible()
    assert page.cards.isVisible()
