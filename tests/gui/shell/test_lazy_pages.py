"""Pages are built when first shown: the window opens on one page, the keys and commands
still reach every page, and what changes before a page exists is there when it is built."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact
from netprep.gui.shell.actions import SECTIONS
from netprep.gui.shell.main_window import MainWindow
from netprep.gui.shell.window_state import WindowState
from netprep.gui.widgets.item_roles import ID_ROLE
from tests.gui.helpers import DialogAnswers, make_window


def test_the_window_builds_only_the_page_it_opens_on(
    qtbot: QtBot, app: App, tmp_path: Path
) -> None:
    window = make_window(qtbot, app, tmp_path)
    assert list(window.pages) == ["today"]
    assert window.stack.currentWidget() is window.pages["today"]
    window.show_section("review")
    assert list(window.pages) == ["today", "review"]
    assert window.stack.currentWidget() is window.pages["review"]
    assert window.stack.count() == len(SECTIONS)  # stand-ins replaced, none added


def test_ctrl_number_builds_and_shows_each_page_once(
    qtbot: QtBot, app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, app, tmp_path)
    built = []
    for number, name in enumerate(SECTIONS, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        page = window.pages[name]
        assert window.current_section() == name and window.stack.currentWidget() is page
        built.append(page)
    for number, page in enumerate(built, start=1):  # the second visit: the same pages
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is page
    assert list(window.pages) == list(SECTIONS)


def test_a_command_builds_the_page_it_needs(
    qtbot: QtBot, app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, app, tmp_path)
    window.commands["new_contact"].trigger()
    assert window.current_section() == "contacts" and "contacts" in window.pages
    assert window.contacts_page.form.editor("name").hasFocus()


def test_a_page_built_later_shows_what_changed_before_it_existed(
    qtbot: QtBot, app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, app, tmp_path)
    app.contacts.save(Contact(name="Zoe Quill"))
    window.refresh_built("contacts", "referrals")  # a refresh does not build a page
    assert "contacts" not in window.pages and "referrals" not in window.pages
    window.show_section("contacts")
    page = window.contacts_page
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == ["Zoe Quill"]


def test_a_refresh_reaches_the_pages_already_built(
    qtbot: QtBot, app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, app, tmp_path)
    today = window.today_page
    assert today.contacts_value.text() == "0"
    app.contacts.save(Contact(name="Zoe Quill"))
    window.show_section("followups")  # built now: its changes refresh Today
    window.followups_page.changed.emit()
    assert today.contacts_value.text() == "1"


def test_the_review_page_reads_its_list_once_when_first_shown(
    qtbot: QtBot, app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netprep.gui.review.page import ReviewPage

    calls: list[int] = []
    real = ReviewPage.refresh

    def counting(self: ReviewPage) -> None:
        calls.append(1)
        real(self)

    monkeypatch.setattr(ReviewPage, "refresh", counting)
    window = make_window(qtbot, app, tmp_path)
    window.show_section("review")
    assert len(calls) == 1  # built to be shown: not read again on that show
    window.show_section("today")
    window.show_section("review")
    assert len(calls) == 2  # shown again: read again


def test_closing_asks_only_the_pages_that_exist(
    qtbot: QtBot, app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, app, tmp_path)
    window.close()
    assert list(window.pages) == ["today"]


def test_the_demo_opens_on_its_prepared_brief_without_building_today(
    qtbot: QtBot, app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    from netprep.composition import seed_demo

    seed_demo(app)
    window = MainWindow(app, WindowState(tmp_path / "window.ini"), demo=True)
    qtbot.addWidget(window)
    assert window.current_section() == "meetings"
    assert list(window.pages) == ["meetings"]
    current = window.meetings_page.upcoming_list.currentItem()
    assert current is not None and current.data(ID_ROLE) == app.meetings.upcoming()[0].id
