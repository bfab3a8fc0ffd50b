"""A header with less room than its text ends in "…" and tells the whole text in a tooltip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.meeting_window.window import MeetingWindow
from netprep.gui.widgets.elided_label import ElidedLabel, ElidingStatusBar
from tests.gui.helpers import DialogAnswers, make_window

LONG = "Chief Nursing Information Officer · Northgate Teaching Hospitals NHS Trust · London"


def test_a_long_subtitle_is_cut_with_an_ellipsis_and_a_tooltip(qtbot: QtBot) -> None:
    label = ElidedLabel(LONG)
    qtbot.addWidget(label)
    label.resize(200, 30)
    label.show()
    assert label.is_elided() and label.shown_text().endswith("…")
    assert label.text() == LONG and label.toolTip() == LONG  # read in full on hover
    assert label.fontMetrics().horizontalAdvance(label.shown_text()) <= 200


def test_with_room_it_shows_all_and_no_tooltip(qtbot: QtBot) -> None:
    label = ElidedLabel(LONG)
    qtbot.addWidget(label)
    label.resize(label.fontMetrics().horizontalAdvance(LONG) + 40, 30)
    label.show()
    assert not label.is_elided() and label.shown_text() == LONG and label.toolTip() == ""
    label.setText("Sam Lee")
    assert label.toolTip() == ""


def test_a_layout_squeezes_it_rather_than_the_buttons_beside_it(qtbot: QtBot) -> None:
    header = QWidget()
    row = QHBoxLayout(header)
    label = ElidedLabel(LONG)
    buttons = [QPushButton(text) for text in ("Log a touch…", "Prepare a meeting", "Save")]
    row.addWidget(label, 1)
    for button in buttons:
        row.addWidget(button)
    qtbot.addWidget(header)
    header.resize(420, 40)
    header.show()
    qtbot.waitUntil(lambda: label.is_elided())
    for button in buttons:  # every button keeps its whole text
        assert button.width() >= button.minimumSizeHint().width()
    assert label.toolTip() == LONG


def test_the_headers_that_can_overflow_elide(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    window.show_section("contacts")
    contacts = window.contacts_page
    window.show_section("meetings")
    window.show_section("referrals")
    meeting = demo_app.meetings.meet_now(demo_app.contacts.find("Tomasz Kowalski").id)
    meeting_window = MeetingWindow(demo_app, demo_app.meetings.open_session(meeting.id))
    qtbot.addWidget(meeting_window)
    headers = [
        contacts.title,
        contacts.subtitle,
        window.meetings_page.detail_title,
        window.referrals_page.selection_label,
        meeting_window.findChild(QLabel, "pageTitle"),
    ]
    assert all(isinstance(label, ElidedLabel) for label in headers), headers
    contacts.select_contact(demo_app.contacts.find("Grace Adeyemi").id)
    window.show_section("contacts")
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: contacts.subtitle.width() > 0)
    subtitle = contacts.subtitle
    assert subtitle.is_elided() == (subtitle.toolTip() == subtitle.text())


def test_a_long_status_message_is_shortened_before_the_permanent_label(
    qtbot: QtBot,
) -> None:
    """A long name in "Saved the meeting with …" ran under "Demo data (a temporary copy…)"
    and was cut mid-word."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setStatusBar(ElidingStatusBar())
    permanent = QLabel("Demo data (a temporary copy: changes are discarded on quit)")
    window.statusBar().addPermanentWidget(permanent)
    window.resize(1024, 700)
    window.show()
    message = "Saved the meeting with " + "Konstantinopoulou-Vanderbilt " * 8
    window.statusBar().showMessage(message, 5000)
    shown = window.statusBar().currentMessage()
    start, _, end = shown.partition("…")
    assert start and end and message.startswith(start) and message.endswith(end)
    width = window.statusBar().fontMetrics().horizontalAdvance(shown)
    assert width < window.statusBar().width() - permanent.width()
    assert window.statusBar().toolTip() == message
    window.statusBar().showMessage("Saved", 5000)
    assert window.statusBar().currentMessage() == "Saved" and not window.statusBar().toolTip()
