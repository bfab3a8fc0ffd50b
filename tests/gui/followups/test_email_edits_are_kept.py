"""What the user types in a follow-up's email is theirs: picking another insight for the
thank-you to quote swaps only the quoted sentence, a rewritten quote is replaced only when
the user says so (and comes back with Ctrl+Z or Undo), and each step of an introduction
keeps its own edited email through a step switch, a follow-up switch and a restart. "Saved"
is shown only once the store has what is on screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from netprep.composition import App, open_app, seed_demo
from netprep.domain.clock import ManualClock
from netprep.domain.followups import FollowUp, FollowUpKind, IntroductionStep
from netprep.gui.followups import replace_email
from netprep.gui.followups.detail import SAVE_DELAY_MS, FollowUpDetail
from netprep.gui.followups.page import FollowUpsPage
from netprep.gui.widgets.item_roles import ID_ROLE
from netprep.services.followups import FollowUpFilter

PS = " PS: the flyer is attached."
FIRST_QUOTE = "“Most vendors only hear from nurses through procurement"
CASE_STUDY = "“Write up one real workflow problem end to end as a case study"


class ReplaceAnswers:
    """Stands in for "replace with a fresh draft / keep my email": records each question."""

    def __init__(self) -> None:
        self.replace = False
        self.asked = 0

    def ask(self, _parent: object) -> bool:
        self.asked += 1
        return self.replace


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> ReplaceAnswers:
    given = ReplaceAnswers()
    monkeypatch.setattr(replace_email, "ask_to_replace", given.ask)
    return given


@pytest.fixture
def loop_app(app: App) -> App:
    seed_demo(app)
    return app


def shown_page(qtbot: QtBot, app: App) -> FollowUpsPage:
    page = FollowUpsPage(app)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    qtbot.waitExposed(page)
    page.show_filter(FollowUpFilter.ALL)
    return page


def select(page: FollowUpsPage, followup_id: str) -> FollowUpDetail:
    for index in range(page.list.topLevelItemCount()):
        line = page.list.topLevelItem(index)
        if line is not None and line.data(0, ID_ROLE) == followup_id:
            page.list.setCurrentItem(line)
    assert page.detail.item is not None and page.detail.item.id == followup_id
    current = page.list.currentItem()  # the list and the detail agree on which is shown
    assert current is not None and current.data(0, ID_ROLE) == followup_id
    return page.detail


def choose(detail: FollowUpDetail, index: int) -> None:
    """Pick an entry as the user does: the box moves, then says it was activated."""
    detail.choice.setCurrentIndex(index)
    detail.choice.activated.emit(index)


def type_at_end(qtbot: QtBot, editor: QPlainTextEdit, text: str) -> None:
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClicks(editor, line)


def retype(qtbot: QtBot, editor: QPlainTextEdit, old: str, new: str) -> None:
    """Select ``old`` in the editor (as a drag would) and type ``new`` over it."""
    start = editor.toPlainText().index(old)
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(old), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.setFocus()
    qtbot.keyClicks(editor, new)


def saved(qtbot: QtBot, detail: FollowUpDetail) -> None:
    qtbot.waitUntil(lambda: detail.saved_label.text() == "Saved", timeout=SAVE_DELAY_MS + 2000)


def thank_you(app: App) -> FollowUp:
    return next(r.item for r in app.followups.rows() if r.item.kind is FollowUpKind.THANK_YOU)


# -- the thank-you's quote -------------------------------------------------------------------


def test_another_quote_keeps_what_the_user_typed(
    qtbot: QtBot, loop_app: App, answers: ReplaceAnswers
) -> None:
    page = shown_page(qtbot, loop_app)
    item_id = thank_you(loop_app).id
    detail = select(page, item_id)
    assert FIRST_QUOTE in detail.body.toPlainText() and detail.choice.currentIndex() == 0
    type_at_end(qtbot, detail.body, PS)
    assert detail.saved_label.text() == "Editing…"

    choose(detail, 2)  # straight away: what was typed is saved first, then kept
    body = detail.body.toPlainText()
    assert body.endswith(PS) and CASE_STUDY in body and FIRST_QUOTE not in body
    assert loop_app.followups.get(item_id).draft == body
    assert answers.asked == 0 and not detail.undo_bar.isVisible()  # nothing to ask or undo

    choose(detail, 1)
    assert detail.body.toPlainText().endswith(PS) and "6-month secondment" in (
        detail.body.toPlainText()
    )
    qtbot.keyClick(detail.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert CASE_STUDY in detail.body.toPlainText()  # the swap is one step Ctrl+Z undoes
    assert detail.choice.currentIndex() == 2  # and the box says what the email quotes
    saved(qtbot, detail)
    assert loop_app.followups.get(item_id).draft == detail.body.toPlainText()


def test_a_rewritten_quote_is_replaced_only_when_the_user_says_so(
    qtbot: QtBot, loop_app: App, answers: ReplaceAnswers
) -> None:
    page = shown_page(qtbot, loop_app)
    item_id = thank_you(loop_app).id
    detail = select(page, item_id)
    retype(qtbot, detail.body, FIRST_QUOTE[1:], "Nurses are rarely heard before procurement")
    type_at_end(qtbot, detail.body, PS)
    mine = detail.body.toPlainText()

    choose(detail, 2)  # the email quotes no insight word for word: asked, and kept
    assert answers.asked == 1
    assert detail.body.toPlainText() == mine == loop_app.followups.get(item_id).draft
    assert detail.choice.currentIndex() == 0  # the box is back on what it showed
    assert detail.saved_label.text() == "Saved"

    answers.replace = True
    choose(detail, 2)
    fresh = detail.body.toPlainText()
    assert answers.asked == 2 and CASE_STUDY in fresh and not fresh.endswith(PS)
    assert loop_app.followups.get(item_id).draft == fresh
    assert detail.undo_bar.isVisible() and "replaced your email" in detail.undo_bar.message.text()

    qtbot.keyClick(detail.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert detail.body.toPlainText() == mine
    assert not detail.undo_bar.isVisible() and detail.choice.currentIndex() == 0
    saved(qtbot, detail)
    assert loop_app.followups.get(item_id).draft == mine


def test_undo_or_ctrl_z_brings_back_the_replaced_email_at_once(
    qtbot: QtBot, loop_app: App, answers: ReplaceAnswers
) -> None:
    page = shown_page(qtbot, loop_app)
    item_id = thank_you(loop_app).id
    detail = select(page, item_id)
    retype(qtbot, detail.body, FIRST_QUOTE[1:], "Nurses are rarely heard")
    mine = detail.body.toPlainText()
    answers.replace = True
    choose(detail, 1)
    assert "6-month secondment" in loop_app.followups.get(item_id).draft
    detail.undo_bar.undo_button.click()
    assert detail.body.toPlainText() == mine == loop_app.followups.get(item_id).draft
    assert not detail.undo_bar.isVisible() and detail.choice.currentIndex() == 0
    assert detail.saved_label.text() == "Saved"

    choose(detail, 2)  # replaced again; Ctrl+Z where the choice was made undoes it too
    assert CASE_STUDY in loop_app.followups.get(item_id).draft
    detail.choice.setFocus()
    qtbot.keyClick(detail.choice, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert detail.body.toPlainText() == mine == loop_app.followups.get(item_id).draft


def test_the_question_defaults_to_keeping_the_email(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    box = replace_email.replace_question(None)
    qtbot.addWidget(box)
    names = {b.objectName(): b.text() for b in box.buttons()}
    assert names == {"replaceButton": "Replace with a fresh draft", "keepButton": "Keep my email"}
    assert box.defaultButton() is box.escapeButton() is box.findChild(QPushButton, "keepButton")
    for clicked, wanted in (("keepButton", False), ("replaceButton", True)):

        def answer(shown: QMessageBox, name: str = clicked) -> int:
            button = shown.findChild(QPushButton, name)
            assert button is not None
            button.click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", answer)
        assert replace_email.ask_to_replace(None) is wanted


# -- an introduction's steps -----------------------------------------------------------------


def introduce(app: App) -> FollowUp:
    grace, jonas = app.contacts.find("Grace Adeyemi"), app.contacts.find("Jonas Lindqvist")
    return app.followups.add(
        grace.id,
        FollowUpKind.INTRODUCTION,
        "Introduce Grace and Jonas",
        app.followups.today(),
        other_contact_id=jonas.id,
        why="both on alarm fatigue",
    )


def test_each_introduction_step_keeps_what_was_typed(qtbot: QtBot, loop_app: App) -> None:
    intro = introduce(loop_app)
    page = shown_page(qtbot, loop_app)
    detail = select(page, intro.id)
    choose(detail, 2)
    assert detail.body.toPlainText().startswith("Hi Grace and Jonas,")
    type_at_end(qtbot, detail.body, "\nMY EDIT STEP 3")
    saved(qtbot, detail)  # "Saved" is true: the store has it
    third = detail.body.toPlainText()
    assert loop_app.followups.get(intro.id).draft_for(IntroductionStep.INTRODUCE) == third

    choose(detail, 0)
    assert "MY EDIT" not in detail.body.toPlainText()
    choose(detail, 2)
    assert detail.body.toPlainText() == third

    choose(detail, 1)  # typed, then another step at once: kept for the step it was typed in
    type_at_end(qtbot, detail.body, "\nMY EDIT STEP 2")
    second = detail.body.toPlainText()
    choose(detail, 0)
    assert "MY EDIT" not in detail.body.toPlainText()
    type_at_end(qtbot, detail.body, "\nMY EDIT STEP 1")
    first = detail.body.toPlainText()
    select(page, thank_you(loop_app).id)  # another follow-up, before the save was due
    stored = loop_app.followups.get(intro.id)
    assert stored.draft_for(IntroductionStep.ASK_OTHER) == second
    assert stored.draft == first and stored.draft_for(IntroductionStep.INTRODUCE) == third

    detail = select(page, intro.id)
    assert detail.body.toPlainText() == first
    choose(detail, 1)
    assert detail.body.toPlainText() == second
    assert detail.to_label.text().startswith("To: jonas@")  # still that step's email
    page.snooze_button.click()  # the same follow-up shown again stays on its step
    assert detail.choice.currentIndex() == 1 and detail.body.toPlainText() == second


def test_a_step_that_cannot_be_saved_stays_on_screen(qtbot: QtBot, loop_app: App) -> None:
    intro = introduce(loop_app)
    page = shown_page(qtbot, loop_app)
    detail = select(page, intro.id)
    choose(detail, 2)
    type_at_end(qtbot, detail.body, "\nMY EDIT")
    detail.text.clear()  # no "What": nothing can be saved
    detail.text.textEdited.emit("")
    choose(detail, 0)
    assert detail.saved_label.text().startswith("Not saved")
    assert detail.choice.currentIndex() == 2 and detail.body.toPlainText().endswith("MY EDIT")
    assert loop_app.followups.get(intro.id).draft_for(IntroductionStep.INTRODUCE) == ""


@pytest.fixture
def folder_app(tmp_path: Path, clock: ManualClock) -> Iterator[tuple[Path, App]]:
    folder = tmp_path / "data"
    first = open_app(folder, clock)
    seed_demo(first)
    yield folder, first


def test_an_edited_step_is_there_after_a_restart(
    qtbot: QtBot, folder_app: tuple[Path, App], clock: ManualClock
) -> None:
    folder, first = folder_app
    intro = introduce(first)
    page = shown_page(qtbot, first)
    detail = select(page, intro.id)
    choose(detail, 2)
    type_at_end(qtbot, detail.body, "\nSee you both at the meetup.")
    edited = detail.body.toPlainText()
    page.hide()  # closing the window saves what was typed
    first.close()

    again = open_app(folder, clock)
    try:
        detail = select(shown_page(qtbot, again), intro.id)
        choose(detail, 2)
        assert detail.body.toPlainText() == edited
    finally:
        again.close()
