"""The Follow-ups page as a newcomer meets it on demo data: Today's count opens it, the
thank-you quotes the insight picked, edits save themselves, sending is logged, and every
follow-up can be done, snoozed, deleted and brought back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from pytestqt.qtbot import QtBot

from netprep.composition import App, seed_demo
from netprep.domain.followups import FollowUpKind
from netprep.domain.records import InteractionKind
from netprep.gui.followups.add_dialog import AddFollowUpDialog
from netprep.gui.followups.detail import SAVE_DELAY_MS
from netprep.gui.followups.touch_dialog import TouchDialog
from netprep.gui.shell.main_window import MainWindow
from netprep.services.followups import FollowUpFilter
from tests.gui.conftest import ContactAnswers
from tests.gui.helpers import DialogAnswers, make_window, type_into


@pytest.fixture
def loop_app(app: App) -> App:
    seed_demo(app)
    return app


def rows(window: MainWindow) -> list[str]:
    tree = window.followups_page.list
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [" | ".join(item.text(c) for c in range(5)) for item in items if item is not None]


def select(window: MainWindow, kind: FollowUpKind) -> str:
    page = window.followups_page
    for index in range(page.list.topLevelItemCount()):
        line = page.list.topLevelItem(index)
        if line is not None and line.text(2) == kind.label:
            page.list.setCurrentItem(line)
            assert page.detail.item is not None
            return page.detail.item.id
    raise AssertionError(f"no {kind.label} in {rows(window)}")


def recorder(opened: list[str]) -> Callable[[QUrl], bool]:
    """Stands in for the mail program: remembers the mailto: link it was given."""

    def open_url(url: QUrl) -> bool:
        opened.append(url.toString())
        return True

    return open_url


def test_todays_count_opens_the_follow_ups_due(
    qtbot: QtBot, loop_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, loop_app, tmp_path)
    today = window.today_page
    assert today.followups_value.text() == "2"  # Elena's thank-you (overdue) + Marcus today
    assert "1 overdue" in today.followups_caption.text()
    qtbot.mouseClick(today.followups_card, Qt.MouseButton.LeftButton)
    assert window.current_section() == "followups"
    page = window.followups_page
    assert page.current_filter is FollowUpFilter.DUE
    assert page.filter_buttons[FollowUpFilter.OVERDUE].text() == "Overdue (1)"
    listed = rows(window)
    assert any("Overdue | Thank-you | Elena Vasquez" in line for line in listed), listed
    assert any("Due today | Reach a referral | Marcus Webb" in line for line in listed)
    page.show_filter(FollowUpFilter.DONE)
    assert any("Priya Nair" in line for line in rows(window))


def test_the_thank_you_is_picked_edited_saved_and_sent(
    qtbot: QtBot,
    loop_app: App,
    tmp_path: Path,
    dialogs: DialogAnswers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(qtbot, loop_app, tmp_path)
    window.show_section("followups")
    page = window.followups_page
    item_id = select(window, FollowUpKind.THANK_YOU)
    detail = page.detail
    assert "your team now runs usability sessions" in detail.body.toPlainText()
    assert detail.choice.isVisible() and detail.choice.count() == 3
    detail.choice.setCurrentIndex(2)
    detail.choice.activated.emit(2)
    assert "case study" in detail.body.toPlainText()
    assert "case study" in loop_app.followups.get(item_id).draft

    # Typing in the draft is saved after the interval, with nothing else happening.
    detail.body.setFocus()
    detail.body.moveCursor(detail.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(detail.body, " PS: the flyer is attached.")
    qtbot.waitUntil(
        lambda: loop_app.followups.get(item_id).draft.endswith("PS: the flyer is attached."),
        timeout=SAVE_DELAY_MS + 1000,
    )
    type_into(qtbot, detail.text, "Thank Elena for the coffee")
    window.show_section("today")  # leaving the page saves at once
    assert loop_app.followups.get(item_id).text == "Thank Elena for the coffee"
    window.show_section("followups")
    select(window, FollowUpKind.THANK_YOU)

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", recorder(opened))
    detail.mail_button.click()
    assert opened and opened[0].startswith("mailto:evasquez@")
    assert QUrl(opened[0]).isValid() and len(opened[0]) <= 2000
    detail.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("To: evasquez@") and "Subject: Thank you for your time" in copied
    eml = detail.write_eml(tmp_path / "thanks")
    assert eml is not None and b"Subject: Thank you for your time" in eml.read_bytes()

    detail.sent_button.click()
    assert loop_app.followups.get(item_id).done
    elena = loop_app.contacts.find("Elena Vasquez")
    touch = loop_app.touches.for_contact(elena.id)[0]
    assert touch.kind is InteractionKind.EMAIL and "Thank you for your time" in touch.summary


def test_a_long_draft_is_copied_instead_of_a_broken_mail_link(
    qtbot: QtBot, loop_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, loop_app, tmp_path)
    window.show_section("followups")
    select(window, FollowUpKind.THANK_YOU)
    detail = window.followups_page.detail
    detail.body.setPlainText("word " * 600)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", recorder(opened))
    detail.mail_button.click()
    assert not opened and QGuiApplication.clipboard().text().count("word") == 600


def test_done_snooze_delete_and_undo_from_the_page(
    qtbot: QtBot, loop_app: App, tmp_path: Path, clock: object
) -> None:
    window = make_window(qtbot, loop_app, tmp_path)
    window.show_section("followups")
    page = window.followups_page
    page.show_filter(FollowUpFilter.ALL)
    item_id = select(window, FollowUpKind.REACH_REFERRAL)
    page.snooze_button.click()
    today = loop_app.followups.today()
    assert loop_app.followups.get(item_id).due == today + timedelta(days=7)
    page.done_button.click()
    assert loop_app.followups.get(item_id).done and page.done_button.text() == "Reopen"
    page.done_button.click()
    assert not loop_app.followups.get(item_id).done
    page.delete_button.click()
    assert item_id not in {r.item.id for r in loop_app.followups.rows()}
    assert page.undo_button.isVisible()
    page.undo_button.click()
    assert loop_app.followups.get(item_id).text.startswith("Reach Marcus Webb")


def test_add_an_introduction_and_log_a_touch(qtbot: QtBot, loop_app: App, tmp_path: Path) -> None:
    grace, daniel = loop_app.contacts.find("Grace Adeyemi"), loop_app.contacts.find("Daniel Mensah")
    dialog = AddFollowUpDialog(loop_app, grace.id)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(FollowUpKind.INTRODUCTION.value))
    dialog.save()
    assert "second, different contact" in dialog.error_label.text()
    dialog.other.set_contact(daniel.id)
    dialog.save()
    assert (
        dialog.added is not None
        and dialog.added.text == "Introduce Grace Adeyemi and Daniel Mensah"
    )
    window = make_window(qtbot, loop_app, tmp_path)
    window.show_section("followups")
    window.followups_page.show_filter(FollowUpFilter.ALL)
    select(window, FollowUpKind.INTRODUCTION)
    detail = window.followups_page.detail
    assert detail.choice.count() == 3 and "Would you be open" in detail.body.toPlainText()
    detail.choice.setCurrentIndex(2)
    detail.choice.activated.emit(2)
    assert detail.body.toPlainText().startswith("Hi Grace and Daniel,")

    touch = TouchDialog(loop_app, grace.id)
    qtbot.addWidget(touch)
    touch.kind.setCurrentIndex(touch.kind.findData(InteractionKind.MET.value))
    type_into(qtbot, touch.note, "Bumped into her at the Leeds half")
    touch.save()
    assert touch.logged is not None and touch.logged.kind is InteractionKind.MET
    assert loop_app.touches.last_contacted(grace.id) == touch.logged.when
    empty = TouchDialog(loop_app)
    qtbot.addWidget(empty)
    empty.save()
    assert "Choose whom you were in touch with" in empty.error_label.text()


def test_a_contact_logs_a_touch_and_deleting_one_with_meetings_says_so(
    qtbot: QtBot,
    loop_app: App,
    tmp_path: Path,
    dialogs: DialogAnswers,
    monkeypatch: pytest.MonkeyPatch,
    contact_answers: ContactAnswers,
) -> None:
    window = make_window(qtbot, loop_app, tmp_path)
    elena = loop_app.contacts.find("Elena Vasquez")
    window.open_contact(elena.id)
    page = window.contacts_page
    opened: list[TouchDialog] = []

    def answer(dialog: TouchDialog) -> int:
        opened.append(dialog)
        dialog.note.setText("Coffee at the conference")
        dialog.save()
        return 1

    monkeypatch.setattr(TouchDialog, "exec", answer)
    page.touch_button.click()
    assert opened and opened[0].picker.contact_id == elena.id
    touches = loop_app.touches.for_contact(elena.id)
    assert touches[0].summary == "Coffee at the conference"

    page.delete_button.click()  # the question about her meeting is cancelled
    assert "They have 1 meeting. Kept, the meetings stay" in contact_answers.asked[-1]
    assert loop_app.contacts.get(elena.id) is not None
