"""The prep screen's details that matter at the table: timing, Swap, Copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidgetAction
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.prep.swap_menu import MAX_WIDTH
from netprep.gui.shell.main_window import MainWindow
from netprep.services.brief_editing import alternatives_for
from tests.gui.helpers import DialogAnswers, make_window, type_into
from tests.gui.prep.test_prep_screen import build_pending, open_prep, pick, saved_meeting


@pytest.fixture
def window(qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers) -> MainWindow:
    return make_window(qtbot, demo_app, tmp_path)


def test_word_count_and_spoken_time_follow_each_edit(qtbot: QtBot, window: MainWindow) -> None:
    prep = open_prep(qtbot, window)
    pick(qtbot, prep, "Daniel", "Daniel Mensah")
    build_pending(prep)
    editor = prep.editor
    type_into(qtbot, editor.sentences[0], "I run night shifts.")
    type_into(qtbot, editor.sentences[1], "I fix rotas.")
    type_into(qtbot, editor.sentences[2], "We both like Arsenal.")
    assert editor.timing.text().startswith("11 words · about 4 s spoken")
    brief = editor.brief()
    assert (brief.summary_words, brief.summary_seconds) == (11, 4)
    type_into(qtbot, editor.sentences[2], "We both like Arsenal and trail running on Sundays.")
    assert editor.timing.text().startswith("16 words")


def test_swap_shows_every_alternative_in_full_and_fits_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1024, 700)
    prep = open_prep(qtbot, window)
    pick(qtbot, prep, "Daniel", "Daniel Mensah")
    build_pending(prep)
    editor = prep.editor
    before = editor.brief()
    row = editor.questions[1]
    offered = alternatives_for(before, 1)
    actions = row.swap_actions()
    assert len(actions) == len(offered) > 0
    for action, alternative in zip(actions, offered, strict=True):
        assert isinstance(action, QWidgetAction)
        label = action.defaultWidget()
        assert isinstance(label, QLabel)
        assert label.text() == alternative.text  # in full: nothing cut short
        assert label.wordWrap() and label.width() <= min(MAX_WIDTH, window.width() // 2)
    first = actions[0]
    assert isinstance(first, QWidgetAction)
    label = first.defaultWidget()
    assert isinstance(label, QLabel)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    swapped = editor.brief().questions[1]
    assert swapped.text == offered[0].text
    # The swapped-in question carries its own source, not the one it replaced.
    assert [e.excerpt for e in swapped.evidence] == [e.excerpt for e in offered[0].evidence]


def test_copy_gives_rich_text_and_clean_plain_text(qtbot: QtBot, window: MainWindow) -> None:
    page = saved_meeting(qtbot, window, "Daniel", "Daniel Mensah")
    meeting = page.current_meeting()
    assert meeting is not None and meeting.brief is not None
    page.copy_button.click()
    pasted = QGuiApplication.clipboard().mimeData()
    plain = pasted.text()
    assert meeting.brief.questions[0].text in plain
    for markup in ("## ", "**", "\\", "](", "*Their"):
        assert markup not in plain, markup
    assert "• " in plain
    assert pasted.hasHtml() and "<h2" in pasted.html()
    assert bytes(pasted.data("text/markdown").data()).decode().startswith("# Daniel Mensah")


def test_cautions_and_guesses_are_on_the_prep_screen(qtbot: QtBot, window: MainWindow) -> None:
    prep = open_prep(qtbot, window)
    pick(qtbot, prep, "Daniel", "Daniel Mensah")
    build_pending(prep)
    built = prep.editor.brief()
    assert built.cautions and built.check_first  # the demo notes hold both
    assert [i.text for i in prep.editor.cautions.items()] == [i.text for i in built.cautions]
    assert [i.text for i in prep.editor.check_first.items()] == [i.text for i in built.check_first]
