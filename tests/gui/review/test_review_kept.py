"""The review's emails survive a crash: while a review runs, each email edited by hand (or
marked sent) is kept in the store shortly after typing pauses, and the next start offers the
review back ("Resume" / "Discard"), the same people picked, the emails as typed, those sent
marked sent. A finished review, or one the user lets go on quitting, is no longer kept.

A "crash" here is a page dropped without closing and the folder opened again by a new app:
nothing held in memory survives it, only what reached the store."""

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
from netprep.domain.review.kept import KeptReview
from netprep.gui.contacts.kept_draft import DRAFT_DELAY_MS
from netprep.gui.review.draft_tabs import DraftEditor
from netprep.gui.review.page import DRAFT_STEP, LIST_STEP, ReviewPage
from netprep.resources import resource_path
from netprep.services.seed import load_seed_file, seed_store
from tests.gui.helpers import DialogAnswers, make_window, type_into

FRIDAY = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
MY_WORDS = "Hi Kwame, my own words about the apprentice scheme"
SUBJECT = "Coffee before Christmas?"
PICKED = ["Kwame Boateng", "Sofia Marchetti", "Elena Vasquez"]


class Folder:
    """A demo data folder opened, "crashed" and opened again, on one injected clock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.clock = ManualClock(FRIDAY)
        self.app = open_app(path, self.clock)
        seed_store(self.app.store, load_seed_file(resource_path("demo", "demo.json")), self.clock)

    def reopen(self) -> App:
        self.app.close()
        self.app = open_app(self.path, self.clock)
        return self.app


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Folder]:
    opened = Folder(tmp_path / "data")
    yield opened
    opened.app.close()


def review_page(qtbot: QtBot, app: App) -> ReviewPage:
    page = ReviewPage(app)
    qtbot.addWidget(page)  # closing a page alone asks nothing: as a kill, it keeps nothing
    page.show()
    return page


def editor_of(page: ReviewPage, name: str) -> DraftEditor:
    [editor] = [e for e in page.drafts.editors if e.draft.contact_name == name]
    return editor


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def kept(app: App) -> KeptReview | None:
    return app.review.kept.get()


def kept_body(app: App, name: str) -> str | None:
    review = kept(app)
    found = [e for e in review.emails if e.contact_name == name] if review else []
    return found[0].typed.body if found else None


def write_and_edit(qtbot: QtBot, folder: Folder, *, send: bool = True) -> ReviewPage:
    """A review four minutes in: Kwame's email rewritten, Sofia's subject changed, Elena's
    email marked sent; then typing pauses long enough for the review to be kept."""
    page = review_page(qtbot, folder.app)
    click(qtbot, page.write_button)
    assert page.steps.currentIndex() == DRAFT_STEP
    folder.clock.advance(4 * 60)
    elena = editor_of(page, "Elena Vasquez")
    page.drafts.setCurrentWidget(elena)
    if send:
        click(qtbot, elena.sent_button)
    type_into(qtbot, editor_of(page, "Kwame Boateng").body, MY_WORDS)
    type_into(qtbot, editor_of(page, "Sofia Marchetti").subject, SUBJECT)
    qtbot.waitUntil(lambda: kept_body(folder.app, "Kwame Boateng") == MY_WORDS, timeout=3000)
    return page


def test_an_edited_email_is_kept_in_the_store_once_typing_pauses(
    qtbot: QtBot, folder: Folder
) -> None:
    app = folder.app
    page = review_page(qtbot, app)
    click(qtbot, page.write_button)
    qtbot.wait(DRAFT_DELAY_MS + 300)
    assert kept(app) is None  # drafted, nothing typed: nothing worth keeping
    type_into(qtbot, editor_of(page, "Kwame Boateng").body, MY_WORDS)
    assert kept(app) is None  # typing has not paused yet
    qtbot.wait(DRAFT_DELAY_MS + 300)  # the event loop runs past the delay: nothing else writes

    review = kept(app)
    assert review is not None
    assert [app.review.name_of(p) for p in review.picked] == PICKED
    [email] = review.emails
    kwame = app.contacts.find("Kwame Boateng")
    assert (email.contact_id, email.contact_name) == (kwame.id, "Kwame Boateng")
    assert email.typed.body == MY_WORDS and email.typed.to == kwame.primary_email
    assert email.drafted.body.startswith("Hi Kwame") and not email.sent
    assert email.times == editor_of(page, "Kwame Boateng").draft.times
    # On disk, as the user can read it, and so in the next app on this folder.
    profile = "".join(p.read_text(encoding="utf-8") for p in folder.path.glob("profile*"))
    assert "apprentice scheme" in profile
    assert kept_body(folder.reopen(), "Kwame Boateng") == MY_WORDS


def test_after_a_crash_the_review_is_offered_and_resumed_where_it_was(
    qtbot: QtBot, folder: Folder
) -> None:
    write_and_edit(qtbot, folder)
    sent_before = len(folder.app.store.interactions)
    app = folder.reopen()  # the first page is gone as in a kill: only the store is left

    page = review_page(qtbot, app)
    assert page.session is None and page.steps.currentIndex() == LIST_STEP
    banner = page.kept.banner
    assert banner.isVisible()
    assert "Your weekly review from 10:04 was not finished" in banner.label.text()
    for words in ("Kwame Boateng (edited)", "Sofia Marchetti (edited)", "Elena Vasquez (sent)"):
        assert words in banner.label.text()

    click(qtbot, banner.restore_button)
    assert not banner.isVisible()
    session = page.session
    assert session is not None and page.steps.currentIndex() == DRAFT_STEP
    assert [app.review.name_of(p) for p in session.picked] == PICKED
    assert session.sent == [app.contacts.find("Elena Vasquez").id]
    tabs = page.drafts
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Kwame Boateng",
        "Sofia Marchetti",
        "✓ Elena Vasquez",
    ]
    kwame = editor_of(page, "Kwame Boateng")
    assert kwame.body.toPlainText() == MY_WORDS and kwame.is_edited
    assert "Times proposed:" in kwame.notes.text()
    sofia = editor_of(page, "Sofia Marchetti")
    assert sofia.subject.text() == SUBJECT and sofia.body.toPlainText().startswith("Hi Sofia")
    elena = editor_of(page, "Elena Vasquez")
    assert elena.is_sent and not elena.sent_button.isEnabled()
    assert page.timer_label.text() == "11:00"  # the four minutes used still count
    assert len(app.store.interactions) == sent_before  # nothing logged twice

    # Back to the list and on again: the emails stay as typed (they count as edited).
    page.back_to_list()
    click(qtbot, page.write_button)
    assert editor_of(page, "Kwame Boateng").body.toPlainText() == MY_WORDS


def test_starting_the_review_from_today_carries_on_with_the_kept_one(
    qtbot: QtBot, folder: Folder, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    write_and_edit(qtbot, folder, send=False)  # none sent: the week is still to be reviewed
    app = folder.reopen()
    window = make_window(qtbot, app, tmp_path)
    [start] = window.today_page.review_hint.findChildren(QPushButton)
    click(qtbot, start)
    page = window.review_page
    assert window.current_section() == "review" and not page.kept.banner.isVisible()
    assert editor_of(page, "Kwame Boateng").body.toPlainText() == MY_WORDS
    assert editor_of(page, "Sofia Marchetti").subject.text() == SUBJECT


def test_the_pages_own_start_button_carries_on_with_the_kept_one(
    qtbot: QtBot, folder: Folder
) -> None:
    write_and_edit(qtbot, folder)
    page = review_page(qtbot, folder.reopen())
    click(qtbot, page.start_button)
    assert page.steps.currentIndex() == DRAFT_STEP
    assert editor_of(page, "Kwame Boateng").body.toPlainText() == MY_WORDS


def test_discarding_the_kept_review_starts_afresh(qtbot: QtBot, folder: Folder) -> None:
    write_and_edit(qtbot, folder)
    app = folder.reopen()
    page = review_page(qtbot, app)
    click(qtbot, page.kept.banner.discard_button)
    assert kept(app) is None and not page.kept.banner.isVisible()
    click(qtbot, page.write_button)
    kwame = editor_of(page, "Kwame Boateng")
    assert kwame.body.toPlainText().startswith("Hi Kwame") and not kwame.is_edited
    assert not page.kept.banner.isVisible()


def test_a_new_review_replaces_the_kept_one_only_once_it_has_something_to_keep(
    qtbot: QtBot, folder: Folder
) -> None:
    write_and_edit(qtbot, folder)
    app = folder.reopen()
    page = review_page(qtbot, app)
    click(qtbot, page.write_button)  # the offer is passed over: a new review
    assert not page.kept.banner.isVisible()
    qtbot.wait(DRAFT_DELAY_MS + 300)
    assert kept_body(app, "Kwame Boateng") == MY_WORDS  # nothing typed yet: the old one stays
    type_into(qtbot, editor_of(page, "Sofia Marchetti").body, "Hi Sofia, new words")
    qtbot.waitUntil(lambda: kept_body(app, "Kwame Boateng") is None, timeout=3000)
    assert kept_body(app, "Sofia Marchetti") == "Hi Sofia, new words"


def test_marking_sent_keeps_it_at_once_and_the_last_one_ends_the_kept_review(
    qtbot: QtBot, folder: Folder
) -> None:
    app = folder.app
    page = review_page(qtbot, app)
    click(qtbot, page.write_button)
    editors = list(page.drafts.editors)
    page.drafts.setCurrentWidget(editors[0])
    click(qtbot, editors[0].sent_button)
    review = kept(app)  # with the touch, in the same write: no pause needed
    assert review is not None and review.sent == [editors[0].draft.contact_id]
    for editor in editors[1:]:
        page.drafts.setCurrentWidget(editor)
        click(qtbot, editor.sent_button)
    assert page.session is None and kept(app) is None
    qtbot.wait(DRAFT_DELAY_MS + 300)
    assert kept(app) is None  # no timer left to keep it again
    page.refresh()
    assert not page.kept.banner.isVisible()


def test_quitting_keeps_the_review_until_the_user_lets_the_emails_go(
    qtbot: QtBot, folder: Folder, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    app = folder.app
    window = make_window(qtbot, app, tmp_path)
    window.show_section("review")
    page = window.review_page
    click(qtbot, page.write_button)
    qtbot.wait(DRAFT_DELAY_MS + 300)  # nothing waits to be kept but what is typed next
    type_into(qtbot, editor_of(page, "Kwame Boateng").body, MY_WORDS)
    dialogs.answer = QMessageBox.StandardButton.No
    window.close()  # asked at once, before the pause: kept before asking
    assert window.isVisible() and "Unsent review emails" in dialogs.asked[0]
    assert kept_body(app, "Kwame Boateng") == MY_WORDS
    dialogs.answer = QMessageBox.StandardButton.Yes
    window.close()
    assert not window.isVisible()
    assert kept(app) is None  # as the user was told: the review drafts them again next time
