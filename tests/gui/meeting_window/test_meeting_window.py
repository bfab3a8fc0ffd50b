"""The meeting window, driven like a user would: keyboard, a fake clock, the outcome dialog."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QTreeWidget
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.clock import ManualClock
from netprep.domain.followups import FollowUpKind
from netprep.domain.meeting import MeetingStatus
from netprep.domain.meeting_clock import ClockStatus
from netprep.domain.outcome import Goal
from netprep.domain.records import Contact
from netprep.gui.meeting_window.outcome_dialog import OutcomeDialog
from netprep.gui.meeting_window.phase_panels import QuestionsPanel, ReferralsPanel
from netprep.gui.meeting_window.window import MeetingWindow
from netprep.gui.meetings.agenda_editor import AgendaEditorDialog
from netprep.gui.meetings.record_view import MeetingRecordView
from netprep.gui.meetings.resume import LeftMeeting
from tests.gui.conftest import LeftMeetingAnswers
from tests.gui.helpers import DialogAnswers, make_window, type_into

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
INSIGHT = "Own the 2am escalation problem, not the tech: that is where nurses add most value."


def contact(app: App, name: str) -> Contact:
    return next(c for c in app.contacts.all() if c.name == name)


def open_meeting(qtbot: QtBot, app: App, name: str = "Grace Adeyemi") -> MeetingWindow:
    meeting = app.meetings.meet_now(contact(app, name).id)
    window = MeetingWindow(app, app.meetings.open_session(meeting.id))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def stored_status(app: App, window: MeetingWindow) -> ClockStatus:
    meeting = app.meetings.get(window.session.meeting_id)
    assert meeting is not None and meeting.clock is not None
    return meeting.clock.status


def phase(window: MeetingWindow) -> int:
    return window.session.reading().phase_index


def meeting_status(app: App, window: MeetingWindow) -> MeetingStatus:
    meeting = app.meetings.get(window.session.meeting_id)
    assert meeting is not None
    return meeting.status


def column(tree: QTreeWidget, number: int) -> list[str]:
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [item.text(number) for item in items if item is not None]


def panel(window: MeetingWindow, kind: type) -> object:
    return next(p for p in window.panels.values() if isinstance(p, kind))


def fill_referral(qtbot: QtBot, row: tuple[object, ...], *values: str) -> None:
    for field, value in zip(row, values, strict=False):
        assert isinstance(field, QLineEdit)
        type_into(qtbot, field, value)


def test_a_whole_meeting_with_the_keyboard(
    qtbot: QtBot, demo_app: App, clock: ManualClock, dialogs: DialogAnswers
) -> None:
    app = demo_app
    window = open_meeting(qtbot, app)
    band = window.band
    assert band.phase_time.text() == "2:00" and band.meeting_time.text() == "20:00"
    assert QApplication.focusWidget() is window  # Space is ready to start the meeting

    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert stored_status(app, window) is ClockStatus.RUNNING
    clock.advance(125)
    window.refresh()
    assert band.phase_time.text() == "+0:05" and band.phase_time.property("over") is True
    assert band.phase_caption.text() == "over in this phase"
    assert "used its 2 minutes" in window.cue_banner.text()
    assert band.meeting_time.text() == "17:55"

    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert phase(window) == 1 and band.phase_name.text() == "Your overview"
    assert band.next_phase.text() == "Next: Three insights · 12 min"
    clock.advance(100)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert phase(window) == 2
    questions = panel(window, QuestionsPanel)
    assert isinstance(questions, QuestionsPanel) and questions.isVisible()

    # Typing: Space is a space and ← → move the cursor, never the meeting.
    field = questions.insight_fields[0]
    type_into(qtbot, field, INSIGHT)
    qtbot.keyClick(field, Qt.Key.Key_Left)
    assert field.toPlainText() == INSIGHT and phase(window) == 2
    assert window.session.status is ClockStatus.RUNNING
    # ... while Ctrl+Space pauses and resumes from inside the field.
    qtbot.keyClick(field, Qt.Key.Key_Space, CTRL)
    assert stored_status(app, window) is ClockStatus.PAUSED
    clock.advance(600)  # paused: none of this counts
    qtbot.keyClick(field, Qt.Key.Key_Space, CTRL)
    assert stored_status(app, window) is ClockStatus.RUNNING
    type_into(qtbot, questions.insight_fields[2], "Write a case study of the EPR rollout.")
    clock.advance(660)
    qtbot.keyClick(questions.insight_fields[2], Qt.Key.Key_Right, ALT)
    assert phase(window) == 3  # the phase change flushed what was typed
    saved = app.meetings.get(window.session.meeting_id)
    assert saved is not None and saved.capture.insights[0].text == INSIGHT

    referrals = panel(window, ReferralsPanel)
    assert isinstance(referrals, ReferralsPanel)
    names = [
        ("Nadia Rahman", "runs the NHSX fellowship", "nadia@nhsx.example.org"),
        ("Tomasz K.", "hires clinical PMs", "Tomasz.Kowalski@medisyn.example.com"),
        ("Ruth Okoro", "ex-nurse, now UX lead", "+44 20 7946 0321"),
    ]
    for row, values in zip(referrals.rows, names, strict=False):
        fill_referral(qtbot, row, *values)
    referrals.rows[2][3].setFocus()
    qtbot.keyClick(referrals.rows[2][3], Qt.Key.Key_Space)  # a checkbox keeps its Space
    assert referrals.rows[2][3].isChecked() and window.session.status is ClockStatus.RUNNING
    qtbot.keyClick(referrals.rows[2][2], Qt.Key.Key_Escape)  # leave the field...
    assert QApplication.focusWidget() is window
    clock.advance(130)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # ... then move on
    assert phase(window) == 4 and band.next_phase.text().startswith("Last phase")
    window.helped_box.setFocus()
    qtbot.keyClick(window.helped_box, Qt.Key.Key_Space)
    assert window.helped_box.isChecked()

    clock.advance(5)  # the meeting is now 20 min − 125 − 100 − 660 − 130 − 5 = 180 s from its end
    window.refresh()
    assert band.property("warning") is False
    clock.advance(60)
    window.refresh()
    assert "Two minutes left" in window.cue_banner.text() and band.property("warning") is True
    assert band.meeting_time.text() == "2:00"

    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    dialog = window.outcome_dialog
    assert isinstance(dialog, OutcomeDialog)
    assert all(dialog.goal_boxes[goal].isChecked() for goal in Goal)
    tomasz = contact(app, "Tomasz Kowalski")
    assert dialog.choosers[1].currentData() == f"link:{tomasz.id}"  # same email: linked
    assert dialog.choosers[0].currentData() == "new:"
    dialog.save_button.click()

    meeting = app.meetings.get(window.session.meeting_id)
    assert meeting is not None and meeting.status is MeetingStatus.FINISHED
    assert not window.isVisible()
    grace = contact(app, "Grace Adeyemi")
    assert [c.name for c in app.contacts.all()].count("Tomasz Kowalski") == 1
    linked = app.contacts.get(tomasz.id)
    assert linked is not None and linked.referred_by == grace.id
    nadia, ruth = contact(app, "Nadia Rahman"), contact(app, "Ruth Okoro")
    assert nadia.referred_by == grace.id and nadia.emails == ["nadia@nhsx.example.org"]
    assert ruth.referred_by == grace.id and ruth.phones == ["+44 20 7946 0321"]
    thanks = [f for f in app.store.followups.all() if f.kind is FollowUpKind.THANK_YOU]
    assert len(thanks) == 1
    assert thanks[0].due == clock.now().astimezone().date() + timedelta(days=1)
    assert INSIGHT.split(":")[0] in thanks[0].draft
    assert meeting.capture.they_offered_help and meeting.capture.referrals[2].will_introduce
    assert [round(t.actual_seconds) for t in meeting.timer_log] == [125, 100, 660, 130, 65]


def test_a_probable_duplicate_is_asked_about_in_the_outcome_dialog(
    qtbot: QtBot, demo_app: App, dialogs: DialogAnswers
) -> None:
    window = open_meeting(qtbot, demo_app, "Daniel Mensah")
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert phase(window) == 1
    assert QApplication.focusWidget() is window  # a click leaves Space meaning "pause"
    window.session.go_to_phase(3)
    window.refresh()
    referrals = panel(window, ReferralsPanel)
    assert isinstance(referrals, ReferralsPanel)
    fill_referral(qtbot, referrals.rows[0], "sofia marchetti", "designs for clinics", "LinkedIn")
    window.end_meeting()
    dialog = window.outcome_dialog
    assert isinstance(dialog, OutcomeDialog)
    assert dialog.choosers[0].currentData() == "unanswered"
    dialog.save_button.click()
    assert "Is sofia marchetti someone you already know?" in dialog.error_label.text()
    assert meeting_status(demo_app, window) is MeetingStatus.IN_PROGRESS

    sofia = contact(demo_app, "Sofia Marchetti")
    dialog.choosers[0].setCurrentIndex(dialog.choosers[0].findData(f"link:{sofia.id}"))
    dialog.save_button.click()
    assert [c.name for c in demo_app.contacts.all()].count("Sofia Marchetti") == 1
    origin = demo_app.referrals.came_from(sofia.id)
    assert origin is not None and origin.referrer_id == contact(demo_app, "Daniel Mensah").id


def test_closing_mid_meeting_keeps_it_and_the_app_offers_to_resume(
    qtbot: QtBot,
    demo_app: App,
    clock: ManualClock,
    tmp_path: Path,
    dialogs: DialogAnswers,
    left_meetings: LeftMeetingAnswers,
) -> None:
    main = make_window(qtbot, demo_app, tmp_path)
    meeting_window = main.meet_now(contact(demo_app, "Elena Vasquez").id)
    assert meeting_window is not None
    meeting_window.toggle_pause()
    clock.advance(30)
    type_into(qtbot, meeting_window.notes, "Ask about the night-shift rota tool")
    meeting_window.close()  # no wait for the autosave: closing flushes
    meeting_id = meeting_window.session.meeting_id
    stored = demo_app.meetings.get(meeting_id)
    assert stored is not None and stored.status is MeetingStatus.IN_PROGRESS
    assert stored.capture.notes == "Ask about the night-shift rota tool"

    clock.advance(20)
    left_meetings.answer = LeftMeeting.RESUME
    again = make_window(qtbot, demo_app, tmp_path)
    qtbot.waitUntil(lambda: again.meeting_window is not None)
    asked = left_meetings.asked[-1]
    assert asked.startswith("Your meeting with Elena Vasquez, started ")
    assert "(just now)" in asked and "was still running when netprep closed" in asked
    resumed = again.meeting_window
    assert resumed is not None and resumed.session.meeting_id == meeting_id
    assert resumed.notes.toPlainText() == "Ask about the night-shift rota tool"
    assert resumed.band.phase_time.text() == "1:10"  # 30 s before closing, 20 s while closed


def test_the_mini_view_shows_time_and_phase_only(
    qtbot: QtBot, demo_app: App, clock: ManualClock
) -> None:
    window = open_meeting(qtbot, demo_app)
    window.toggle_pause()
    window.show_mini()
    mini = window.mini
    assert mini.isVisible() and mini.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    clock.advance(130)
    window.refresh()
    assert (mini.time_label.text(), mini.phase_label.text()) == ("+0:10", "Great start")
    assert mini.time_label.property("over") is True
    mini.expand_requested.emit()
    assert not mini.isVisible() and window.isVisible()


def test_agenda_editor_refuses_impossible_agendas(
    qtbot: QtBot, app: App, dialogs: DialogAnswers
) -> None:
    dialog = AgendaEditorDialog(app.agendas.default(), app.agendas.save_default)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(2)
    type_into(qtbot, dialog.minutes_edit, "0")
    dialog.save()
    assert "“Three insights” needs more than zero minutes" in dialog.error_label.text()
    type_into(qtbot, dialog.minutes_edit, "-3")
    dialog.save()
    assert "more than zero minutes" in dialog.error_label.text()
    assert not app.agendas.is_customised
    type_into(qtbot, dialog.minutes_edit, "10")
    dialog.move_phase(1)  # the insights now come after "Three contacts"
    dialog.add_phase()
    type_into(qtbot, dialog.name_edit, "Book recommendation")
    type_into(qtbot, dialog.minutes_edit, "1.5")
    while len(dialog.rows) > 1:
        dialog.remove_phase()
    dialog.remove_phase()
    assert "at least one phase" in dialog.error_label.text() and len(dialog.rows) == 1
    dialogs.answer = QMessageBox.StandardButton.Discard  # asked, as the edits are unsaved
    dialog.reject()
    assert dialogs.asked[-1].startswith("Unsaved agenda")

    dialog = AgendaEditorDialog(app.agendas.default(), app.agendas.save_default)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(2)
    type_into(qtbot, dialog.minutes_edit, "10")
    dialog.move_phase(1)
    dialog.save()
    saved = [(p.name, p.minutes) for p in app.agendas.default()]
    assert saved[2:4] == [("Three contacts", 2), ("Three insights", 10)]


def test_referrals_page_and_meeting_record(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    app = demo_app
    grace = contact(app, "Grace Adeyemi")
    meeting = app.meetings.meet_now(grace.id)
    session = app.meetings.open_session(meeting.id)
    session.start()
    session.capture.referrals[0].name = "Nadia Rahman"
    session.capture.notes = "<img src=https://tracker.example/p.png> **not bold**"
    app.meetings.finish_meeting(meeting.id, session=session)

    main = make_window(qtbot, app, tmp_path)
    main.show_section("referrals")
    page = main.referrals_page
    assert column(page.pending, 0) == ["Nadia Rahman"]
    first = page.pending.topLevelItem(0)
    assert first is not None
    page.pending.setCurrentItem(first)
    assert page.advance_button.text() == "Mark as contacted"
    page.advance_button.click()
    assert column(page.pending, 2) == ["Contacted"]
    assert "Grace Adeyemi" in column(page.tree, 0)

    view = MeetingRecordView(app)
    qtbot.addWidget(view)
    assert view.show_meeting(meeting.id)
    text = view.toPlainText()
    assert "Nadia Rahman — Contacted" in text and "**not bold**" in text
    assert "<img" not in view.toHtml() and not view.refused_resources

    main.open_contact(grace.id)
    panel_ = main.contacts_page.meetings_panel
    assert panel_.meetings.count() == 1 and "finished" in panel_.meetings.item(0).text()
    assert panel_.given.item(0).text() == "Nadia Rahman — Contacted"


@pytest.fixture(autouse=True)
def _no_beep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: None))
