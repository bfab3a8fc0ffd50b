"""The review's emails are the user's once edited: "← Back to the list" and "Write the emails
→" again keep each edited email as typed (a person swapped in gets a new draft, the others
keep theirs), an email edited for someone no longer picked goes only when the user says so,
and leaving the Review page for another and coming back keeps them too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from netprep.composition import App, open_app
from netprep.domain.clock import ManualClock
from netprep.gui.review.draft_tabs import DraftEditor
from netprep.gui.review.page import DRAFT_STEP, LIST_STEP, ReviewPage
from netprep.gui.shell.main_window import MainWindow
from netprep.resources import resource_path
from netprep.services.seed import load_seed_file, seed_store
from tests.gui.helpers import DialogAnswers, make_window, type_into

FRIDAY = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
MY_WORDS = "Hi Kwame, my own words about the apprentice"


@pytest.fixture
def review_app(tmp_path: Path) -> Iterator[App]:
    clock = ManualClock(FRIDAY)
    app = open_app(tmp_path / "data", clock)
    seed_store(app.store, load_seed_file(resource_path("demo", "demo.json")), clock)
    yield app
    app.close()


def back_button(page: ReviewPage) -> QPushButton:
    [back] = [b for b in page.findChildren(QPushButton) if b.text() == "← Back to the list"]
    return back


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def editor_of(page: ReviewPage, name: str) -> DraftEditor:
    [editor] = [e for e in page.drafts.editors if e.draft.contact_name == name]
    return editor


def tick(page: ReviewPage, app: App, name: str, on: bool) -> None:
    item = page.candidates.item_for(app.contacts.find(name).id)
    assert item is not None
    item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def review_with_kwame_edited(qtbot: QtBot, app: App, tmp_path: Path) -> MainWindow:
    window = make_window(qtbot, app, tmp_path)
    window.show_section("review")
    page = window.review_page
    click(qtbot, page.write_button)
    assert page.steps.currentIndex() == DRAFT_STEP
    type_into(qtbot, editor_of(page, "Kwame Boateng").body, MY_WORDS)
    return window


def test_back_to_the_list_and_on_again_keeps_the_edited_email(
    qtbot: QtBot, review_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    page = review_with_kwame_edited(qtbot, review_app, tmp_path).review_page
    type_into(qtbot, editor_of(page, "Sofia Marchetti").subject, "Coffee soon?")

    click(qtbot, back_button(page))
    assert page.steps.currentIndex() == LIST_STEP
    click(qtbot, page.write_button)

    assert page.steps.currentIndex() == DRAFT_STEP
    tabs = page.drafts
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert names == ["Kwame Boateng", "Sofia Marchetti", "Elena Vasquez"]
    assert editor_of(page, "Kwame Boateng").body.toPlainText() == MY_WORDS
    assert editor_of(page, "Sofia Marchetti").current_email().subject == "Coffee soon?"
    assert editor_of(page, "Kwame Boateng").is_edited
    assert dialogs.asked == []  # nothing was at stake: nothing asked


def test_swapping_one_person_drafts_theirs_and_keeps_the_others(
    qtbot: QtBot, review_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    page = review_with_kwame_edited(qtbot, review_app, tmp_path).review_page
    kept_times = editor_of(page, "Kwame Boateng").draft.times
    click(qtbot, back_button(page))
    tick(page, review_app, "Sofia Marchetti", False)  # her email was not touched
    tick(page, review_app, "Grace Adeyemi", True)
    click(qtbot, page.write_button)

    tabs = page.drafts
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert names == ["Kwame Boateng", "Elena Vasquez", "Grace Adeyemi"]
    assert editor_of(page, "Kwame Boateng").body.toPlainText() == MY_WORDS
    grace = editor_of(page, "Grace Adeyemi")
    assert grace.body.toPlainText().startswith("Hi Grace") and not grace.is_edited
    offered = [t for e in tabs.editors for t in e.draft.times]
    assert kept_times and all(t in offered for t in kept_times)
    assert len(set(offered)) == len(offered)  # no time offered to two people
    assert dialogs.asked == []


def test_dropping_an_edited_email_asks_first(
    qtbot: QtBot, review_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    page = review_with_kwame_edited(qtbot, review_app, tmp_path).review_page
    click(qtbot, back_button(page))
    tick(page, review_app, "Kwame Boateng", False)

    dialogs.answer = QMessageBox.StandardButton.No
    click(qtbot, page.write_button)
    assert len(dialogs.asked) == 1 and "Kwame Boateng" in dialogs.asked[0]
    assert page.steps.currentIndex() == LIST_STEP  # nothing dropped, still choosing

    tick(page, review_app, "Kwame Boateng", True)  # ticked again: his email is as he left it
    click(qtbot, page.write_button)
    assert len(dialogs.asked) == 1
    assert editor_of(page, "Kwame Boateng").body.toPlainText() == MY_WORDS

    click(qtbot, back_button(page))
    tick(page, review_app, "Kwame Boateng", False)
    dialogs.answer = QMessageBox.StandardButton.Yes
    click(qtbot, page.write_button)
    assert len(dialogs.asked) == 2
    assert [e.draft.contact_name for e in page.drafts.editors] == [
        "Sofia Marchetti",
        "Elena Vasquez",
    ]


def test_leaving_the_review_page_and_coming_back_keeps_the_emails(
    qtbot: QtBot, review_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = review_with_kwame_edited(qtbot, review_app, tmp_path)
    page = window.review_page
    window.show_section("contacts")
    window.show_section("today")
    window.show_section("review")
    assert page.steps.currentIndex() == DRAFT_STEP
    assert editor_of(page, "Kwame Boateng").body.toPlainText() == MY_WORDS
    click(qtbot, back_button(page))
    window.show_section("today")
    window.show_section("review")
    click(qtbot, page.write_button)
    assert editor_of(page, "Kwame Boateng").body.toPlainText() == MY_WORDS
    assert dialogs.asked == []


def test_an_unedited_email_is_drafted_again_with_what_changed_meanwhile(
    qtbot: QtBot, review_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    """Back to the list to add an address on someone's contact page: their untouched email
    then goes to it; the edited one stays as typed."""
    page = review_with_kwame_edited(qtbot, review_app, tmp_path).review_page
    click(qtbot, back_button(page))
    elena = review_app.contacts.find("Elena Vasquez")
    elena.emails = ["elena.new@example.org"]
    review_app.contacts.save(elena)
    click(qtbot, page.write_button)
    assert editor_of(page, "Elena Vasquez").current_email().to == "elena.new@example.org"
    assert editor_of(page, "Kwame Boateng").body.toPlainText() == MY_WORDS


def test_a_sent_email_stays_sent_when_going_back_and_on(
    qtbot: QtBot, review_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    page = review_with_kwame_edited(qtbot, review_app, tmp_path).review_page
    sofia = editor_of(page, "Sofia Marchetti")
    page.drafts.setCurrentWidget(sofia)
    click(qtbot, sofia.sent_button)
    click(qtbot, back_button(page))
    click(qtbot, page.write_button)
    tabs = page.drafts
    assert editor_of(page, "Sofia Marchetti").is_sent
    assert [tabs.tabText(i) for i in range(tabs.count())][1] == "✓ Sofia Marchetti"
    assert page.session is not None and page.session.sent == [sofia.draft.contact_id]
