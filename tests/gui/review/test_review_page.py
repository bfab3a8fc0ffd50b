"""A weekly review done end to end in the app: Today offers it on Friday, three are ticked,
one is swapped, the drafts are shown and edited, each is marked sent (touches logged), the
streak goes up, and the fifteen minutes run on the injected clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from netprep.composition import App, open_app
from netprep.domain.clock import ManualClock
from netprep.domain.meeting import Meeting
from netprep.domain.records import REVIEW_SOURCE, InteractionKind
from netprep.gui.review.draft_tabs import DraftEditor
from netprep.gui.review.page import ReviewPage
from netprep.gui.review.settings_dialog import ReviewSettingsDialog
from netprep.resources import resource_path
from netprep.services.seed import load_seed_file, seed_store
from tests.gui.helpers import DialogAnswers, make_window, type_into

FRIDAY = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(FRIDAY)


@pytest.fixture
def review_app(tmp_path: Path, clock: ManualClock) -> Iterator[App]:
    app = open_app(tmp_path / "data", clock)
    seed_store(app.store, load_seed_file(resource_path("demo", "demo.json")), clock)
    yield app
    app.close()


def checked_names(page: ReviewPage) -> list[str]:
    tree = page.candidates.tree
    items = [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]
    return [i.text(0) for i in items if i is not None and i.checkState(0) == Qt.CheckState.Checked]


def test_a_weekly_review_end_to_end(
    qtbot: QtBot, review_app: App, clock: ManualClock, tmp_path: Path
) -> None:
    window = make_window(qtbot, review_app, tmp_path)
    today = window.today_page
    assert today.review_hint.isVisible()
    assert "Friday is review day" in today.review_hint_label.text()

    [start] = today.review_hint.findChildren(QPushButton)
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    page = window.review_page
    assert window.current_section() == "review" and page.session is not None
    assert page.timer_label.text() == "15:00"
    assert checked_names(page) == ["Kwame Boateng", "Sofia Marchetti", "Elena Vasquez"]
    assert "Last contact 101 days ago" in page.candidates.reasons.text()

    # Swap Sofia for Grace.
    sofia = page.candidates.item_for(review_app.contacts.find("Sofia").id)
    grace_row = page.candidates.item_for(review_app.contacts.find("Grace").id)
    assert sofia is not None and grace_row is not None
    sofia.setCheckState(0, Qt.CheckState.Unchecked)
    grace_row.setCheckState(0, Qt.CheckState.Checked)
    assert checked_names(page) == ["Kwame Boateng", "Elena Vasquez", "Grace Adeyemi"]
    assert page.picked_label.text().startswith("3 picked")

    clock.advance(4 * 60)
    qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
    assert page.timer_label.text() == "11:00"
    tabs = page.drafts
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Kwame Boateng",
        "Elena Vasquez",
        "Grace Adeyemi",
    ]
    editors: list[DraftEditor] = tabs.editors
    grace = editors[2]
    assert "“made the case with one spreadsheet of near-misses”" in grace.body.toPlainText()
    assert "Times proposed: Tuesday 8 December, 08:00" in editors[0].notes.text()
    type_into(qtbot, grace.subject, "Coffee in December?")

    for number, editor in enumerate(editors):
        tabs.setCurrentWidget(editor)
        clock.advance(60)
        qtbot.mouseClick(editor.sent_button, Qt.MouseButton.LeftButton)
        assert editor.is_sent and not editor.sent_button.isEnabled()
        assert tabs.tabText(number).startswith("✓ ")

    touches = [i for i in review_app.store.interactions.all() if i.source == REVIEW_SOURCE]
    assert sorted(review_app.review.name_of(t.contact_id) for t in touches) == [
        "Elena Vasquez",
        "Grace Adeyemi",
        "Kwame Boateng",
    ]
    assert all(t.kind is InteractionKind.EMAIL for t in touches)
    assert "Sent: Coffee in December?" in {t.summary for t in touches}
    assert page.session is None and page.done_label.text().startswith(
        "Review done in 7 min: 3 emails sent."
    )
    assert page.history.streak.text() == "Streak: 1 week in a row"
    week = page.history.tree.topLevelItem(0)
    assert week is not None and week.childCount() == 3
    assert not today.review_hint.isVisible()  # done for this week
    page.back_to_list()  # the list now leaves out the three just written to
    assert checked_names(page) == ["Sofia Marchetti"]


def test_the_timer_runs_on_the_app_clock_and_shows_the_overrun(
    qtbot: QtBot, review_app: App, clock: ManualClock, tmp_path: Path
) -> None:
    window = make_window(qtbot, review_app, tmp_path)
    window.show_section("review")
    page = window.review_page
    page.start_review()
    clock.advance(16 * 60)
    qtbot.waitUntil(lambda: page.timer_label.text() == "+1:00", timeout=3000)
    assert "Time's up" in page.timer_label.toolTip()


def test_snooze_settings_and_the_calendar_file(
    qtbot: QtBot, review_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, review_app, tmp_path)
    window.show_section("review")
    page = window.review_page
    kwame = review_app.contacts.find("Kwame")
    page.snooze(kwame.id, 14)
    assert page.candidates.item_for(kwame.id) is None
    snoozed = review_app.contacts.get(kwame.id)
    assert snoozed is not None and str(snoozed.snoozed_until) == "2026-12-18"

    dialog = ReviewSettingsDialog(review_app.review, page)
    qtbot.addWidget(dialog)
    ideal, most = dialog.interval_boxes[next(iter(dialog.interval_boxes))]
    ideal.setValue(100)
    most.setValue(50)
    dialog.save()
    assert not dialog.error.isHidden() and "maximum" in dialog.error.text()
    most.setValue(200)
    dialog.day.setCurrentIndex(0)
    dialog.save()
    assert review_app.review.settings.get().review_weekday == 0

    saved = page.calendar.write(tmp_path / "weekly-review.ics")
    assert saved is not None
    [event] = Calendar.from_ical(saved.read_bytes()).walk("VEVENT")
    assert event.decoded("rrule")["BYDAY"] == ["MO"]
    assert page.calendar.write(tmp_path / "meetings.ics", "meetings") is None  # none planned
    review_app.store.meetings.save(
        Meeting(contact_id=kwame.id, when=datetime(2026, 12, 8, 9, tzinfo=UTC))
    )
    meetings = page.calendar.write(tmp_path / "meetings.ics", "meetings")
    assert meetings is not None
    [event] = Calendar.from_ical(meetings.read_bytes()).walk("VEVENT")
    assert event.decoded("summary") == "Networking meeting with Kwame Boateng"


def test_a_reminder_is_shown_once_and_opens_its_page(
    qtbot: QtBot, review_app: App, tmp_path: Path
) -> None:
    from netprep.gui.review.reminders import Reminders
    from netprep.services.review.reminders import Reminder

    window = make_window(qtbot, review_app, tmp_path)
    shown: list[Reminder] = []
    reminders = Reminders(review_app.reminders, window.show_section, window, notify=shown.append)
    assert [r.title for r in reminders.check()] == ["Your weekly review"]
    assert reminders.check() == [] and len(shown) == 1
    reminders._clicked()
    assert window.current_section() == "review"
    # The window's own reminders (started with it) open the page from the tray too.
    own = window.reminders
    assert own is not None and own.tray is None  # offscreen: no system tray, nothing shown
    window.show_section("today")
    window.showMinimized()
    own._open_section("review")
    assert window.current_section() == "review" and not window.isMinimized()


def test_a_huge_backlog_lists_the_best_hundred_and_says_so(
    qtbot: QtBot, review_app: App, tmp_path: Path
) -> None:
    from netprep.domain.records import Circle, Contact, Interaction

    people = review_app.store.contacts.save_many(
        [Contact(name=f"Person {n:03d}", circle=Circle.GET_TO_KNOW) for n in range(150)]
    )
    long_ago = datetime(2026, 6, 1, tzinfo=UTC)
    review_app.store.interactions.save_many(
        [Interaction(contact_id=p.id, when=long_ago, kind=InteractionKind.CALL) for p in people]
    )
    window = make_window(qtbot, review_app, tmp_path)
    window.show_section("review")
    page = window.review_page
    assert page.candidates.tree.topLevelItemCount() == 100
    assert "people are due: the 100 to start with are listed" in page.banner.text()


def test_quitting_with_an_edited_unsent_email_asks_first(
    qtbot: QtBot, review_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, review_app, tmp_path)
    window.show_section("review")
    page = window.review_page
    page.write_emails()
    assert page.confirm_discard()  # nothing edited: nothing to ask
    assert dialogs.asked == []
    type_into(qtbot, page.drafts.editors[0].body, "Hi Kwame, my own words")
    dialogs.answer = QMessageBox.StandardButton.No
    window.close()
    assert window.isVisible() and "Unsent review emails" in dialogs.asked[0]
    assert "Kwame Boateng" in dialogs.asked[0]
    dialogs.answer = QMessageBox.StandardButton.Yes
    window.close()
    assert not window.isVisible()


def test_the_hint_above_the_list_keeps_its_text_off_its_border(qtbot: QtBot, app: App) -> None:
    page = ReviewPage(app)  # nobody due, no availability: the hint says both
    qtbot.addWidget(page)
    page.show()
    assert page.banner.isVisible() and "Nobody is due" in page.banner.text()
    margins = page.banner.contentsMargins()
    assert min(margins.left(), margins.top(), margins.right(), margins.bottom()) >= 8
