"""A meeting's life in the GUI: the resume prompt's three answers, a meeting whose contact was
deleted, "Meet now" while a meeting is open or prepared, cancel and delete with undo, and a
past meeting opened as its record and saved as Markdown or PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from netprep.composition import App, seed_demo
from netprep.domain.clock import ManualClock
from netprep.domain.meeting import MeetingStatus
from netprep.domain.meeting_clock import ClockStatus
from netprep.gui.meetings.resume import LeftMeeting, resume_prompt
from netprep.gui.widgets.item_roles import ID_ROLE, SUBTITLE_ROLE
from tests.gui.conftest import LeftMeetingAnswers
from tests.gui.helpers import DialogAnswers, make_window
from tests.gui.theming import in_language


def left_running(app: App, clock: ManualClock, name: str = "Grace Adeyemi") -> str:
    person = app.contacts.find(name)
    meeting = app.meetings.meet_now(person.id)
    session = app.meetings.open_session(meeting.id)
    session.start()
    clock.advance(240)
    session.capture.notes = "half-way notes"
    session.save_capture()  # the last save before netprep closed
    clock.advance(2 * 3600)  # two hours later, netprep starts again
    return meeting.id


def test_the_resume_prompt_says_when_and_offers_three_ways(
    qtbot: QtBot, demo_app: App, clock: ManualClock
) -> None:
    meeting_id = left_running(demo_app, clock)
    meeting = demo_app.meetings.get(meeting_id)
    assert meeting is not None
    box = resume_prompt(None, demo_app, meeting)
    qtbot.addWidget(box)
    assert "Your meeting with Grace Adeyemi, started " in box.text()
    assert "(2 hours ago)" in box.text()
    answers = {b.text() for b in box.buttons()}
    assert answers == {"Resume", "Record the outcome now", "Discard", "Later"}
    with in_language("de_DE"):  # every answer in the user's language ("Later" was not)
        german = resume_prompt(None, demo_app, meeting)
        qtbot.addWidget(german)
        assert {b.text() for b in german.buttons()}.isdisjoint(answers)


def test_record_now_stops_the_clock_when_netprep_closed(
    qtbot: QtBot,
    demo_app: App,
    clock: ManualClock,
    tmp_path: Path,
    dialogs: DialogAnswers,
    left_meetings: LeftMeetingAnswers,
) -> None:
    meeting_id = left_running(demo_app, clock)
    left_meetings.answer = LeftMeeting.RECORD
    window = make_window(qtbot, demo_app, tmp_path)
    qtbot.waitUntil(lambda: window.meeting_window is not None)
    meeting_window = window.meeting_window
    assert meeting_window is not None and meeting_window.outcome_dialog is not None
    assert meeting_window.session.status is ClockStatus.PAUSED
    assert round(meeting_window.session.reading().elapsed_seconds) == 240  # not 2 hours
    meeting_window.outcome_dialog.save_button.click()
    recorded = demo_app.meetings.get(meeting_id)
    assert recorded is not None and recorded.status is MeetingStatus.FINISHED


def test_discard_and_a_deleted_contact_never_strand_the_prompt(
    qtbot: QtBot,
    demo_app: App,
    clock: ManualClock,
    tmp_path: Path,
    dialogs: DialogAnswers,
    left_meetings: LeftMeetingAnswers,
) -> None:
    first = left_running(demo_app, clock, "Grace Adeyemi")
    second = left_running(demo_app, clock, "Kwame Boateng")
    demo_app.contacts.delete(demo_app.contacts.find("Kwame Boateng").id)
    left_meetings.answer = LeftMeeting.DISCARD
    make_window(qtbot, demo_app, tmp_path)
    qtbot.waitUntil(lambda: len(left_meetings.asked) == 2)
    assert "its contact has since been deleted" in left_meetings.asked[1]
    assert demo_app.meetings.in_progress() == []
    statuses = {demo_app.meetings.get(i).status for i in (first, second)}  # type: ignore[union-attr]
    assert statuses == {MeetingStatus.CANCELLED}
    left_meetings.asked.clear()
    make_window(qtbot, demo_app, tmp_path)  # the next launch asks nothing
    QApplication.processEvents()
    assert left_meetings.asked == []


def test_ending_a_meeting_whose_contact_was_deleted(
    qtbot: QtBot, demo_app: App, clock: ManualClock, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    kwame = demo_app.contacts.find("Kwame Boateng")
    meeting_window = window.meet_now(kwame.id)
    assert meeting_window is not None
    meeting_window.toggle_pause()
    demo_app.contacts.delete(kwame.id)
    meeting_window.end_meeting()
    assert "contact has been deleted" in dialogs.asked[-1]
    ended = demo_app.meetings.get(meeting_window.session.meeting_id)
    assert ended is not None and ended.status is MeetingStatus.FINISHED
    assert not meeting_window.isVisible()


def test_meet_now_creates_nothing_while_a_meeting_is_open_and_offers_the_prepared_one(
    qtbot: QtBot, app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    seed_demo(app)  # Daniel has a prepared meeting
    window = make_window(qtbot, app, tmp_path)
    daniel = app.contacts.find("Daniel Mensah")
    prepared = app.meetings.prepared_for(daniel.id)
    assert prepared is not None
    before = len(app.meetings.upcoming())
    dialogs.answer = QMessageBox.StandardButton.Yes
    opened = window.meet_now(daniel.id)
    assert opened is not None and opened.session.meeting_id == prepared.id
    assert "You have a meeting prepared with Daniel Mensah" in dialogs.asked[-1]
    assert len(app.meetings.upcoming()) == before  # no second meeting
    grace = app.contacts.find("Grace Adeyemi")
    assert window.meet_now(grace.id) is None  # one is open: nothing is created
    assert len(app.meetings.upcoming()) == before
    assert "A meeting is open" in dialogs.warnings[-1]


def test_cancel_delete_undo_and_the_record_of_a_past_meeting(
    qtbot: QtBot, app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    seed_demo(app)
    window = make_window(qtbot, app, tmp_path)
    page = window.meetings_page
    window.show_section("meetings")
    jonas = next(m for m in app.meetings.upcoming() if "Jonas" in app.meetings.contact_name(m))
    assert page.select_meeting(jonas.id)
    page.meeting_actions.cancel_button.click()
    assert app.meetings.get(jonas.id).status is MeetingStatus.CANCELLED  # type: ignore[union-attr]
    assert page.meeting_actions.undo_button.isVisible()
    # Under Past, it says so first (not cut off after the place), and its record is not
    # one of a meeting held that missed its goals.
    row = page.past_list.item(0)
    assert row.data(ID_ROLE) == jonas.id
    assert row.data(SUBTITLE_ROLE).startswith("Cancelled · ")
    assert page.select_meeting(jonas.id)
    record = page.viewer.toPlainText()
    assert "did not take place" in record and "Goals met" not in record
    assert "What you learned" not in record and "The brief as prepared" in record
    page.meeting_actions.undo_button.click()
    assert app.meetings.get(jonas.id).status is MeetingStatus.PLANNED  # type: ignore[union-attr]
    assert page.select_meeting(jonas.id)
    page.meeting_actions.delete_button.click()
    assert app.meetings.get(jonas.id) is None
    page.meeting_actions.undo_button.click()
    assert app.meetings.get(jonas.id) is not None

    elena = app.meetings.past()[0]
    assert page.select_meeting(elena.id)
    text = page.viewer.toPlainText()
    assert "Meeting with Elena Vasquez" in text and "What you learned" in text
    assert "Follow-ups" in text and "Send Elena a thank-you" in text
    assert not page.export_button.isVisible() and page.meeting_actions.record_button.isVisible()
    markdown = page.meeting_actions.save_record("md", tmp_path / "elena.md")
    assert markdown is not None and "## Names they suggested" in markdown.read_text()
    pdf = page.meeting_actions.save_record("pdf", tmp_path / "elena.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF-")


@pytest.fixture(autouse=True)
def _no_beep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: None))


def test_discard_from_the_meeting_window_and_reopen_from_the_meetings_page(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    grace = demo_app.contacts.find("Grace Adeyemi")
    meeting_window = window.meet_now(grace.id)
    assert meeting_window is not None
    meeting_window.toggle_pause()
    meeting_window.end_meeting()
    dialog = meeting_window.outcome_dialog
    assert dialog is not None
    dialog.discard_button.click()
    meeting_id = meeting_window.session.meeting_id
    assert demo_app.meetings.get(meeting_id).status is MeetingStatus.CANCELLED  # type: ignore[union-attr]
    assert not meeting_window.isVisible() and demo_app.meetings.in_progress() == []
    window.show_section("meetings")
    page = window.meetings_page
    assert page.select_meeting(meeting_id)
    assert page.meeting_actions.reopen_button.isVisible()
    page.meeting_actions.reopen_button.click()
    reopened = demo_app.meetings.get(meeting_id)
    assert reopened is not None and reopened.status is MeetingStatus.IN_PROGRESS
