"""The outcome dialog: where it really happened, names caught late, linked contacts shown by
their real name and their first introducer kept, no sideways scrolling, answers kept when
the user goes back to the meeting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.followups import FollowUpKind
from netprep.domain.outcome import Goal, Introducer
from netprep.gui.meeting_window.outcome_dialog import KEEP_ANSWERS_MS, OutcomeDialog
from netprep.gui.meeting_window.window import MeetingWindow
from tests.gui.helpers import DialogAnswers, type_into
from tests.gui.theming import app_theme


def open_meeting(qtbot: QtBot, app: App, name: str) -> MeetingWindow:
    person = app.contacts.find(name)
    meeting = app.meetings.meet_now(person.id)
    window = MeetingWindow(app, app.meetings.open_session(meeting.id))
    qtbot.addWidget(window)
    window.resize(900, 640)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.toggle_pause()
    return window


def test_the_outcome_records_what_really_happened(
    qtbot: QtBot, demo_app: App, dialogs: DialogAnswers
) -> None:
    app = demo_app
    window = open_meeting(qtbot, app, "Tomasz Kowalski")
    capture = window.session.capture
    capture.set_insight(0, "She said hiring managers read the case study before the CV")
    capture.referrals[0].name = "daniel mensah"  # probably Daniel, whom Grace introduced
    capture.referrals[0].why = "physio turned PM"
    capture.referrals[1].why = "someone in research ops at Lumen"  # no name caught
    capture.referrals[2].why = "the PM who runs the nursing guild"
    capture.referrals[2].how_to_reach = "via Slack"
    window.end_meeting()
    dialog = window.outcome_dialog
    assert isinstance(dialog, OutcomeDialog)
    assert len(dialog.unnamed) == 2  # the reasons without a name are shown, not dropped

    daniel = app.contacts.find("Daniel Mensah")
    chooser = dialog.choosers[0]
    assert chooser.findData(f"link:{daniel.id}") >= 0
    chooser.setCurrentIndex(chooser.findData(f"link:{daniel.id}"))
    box = dialog.referral_boxes[0]
    assert box.title() == "daniel mensah → Daniel Mensah"  # the linked contact's real name
    notes = [label.text() for label in box.findChildren(type(dialog.error_label))]
    assert any("first introduced by Grace Adeyemi. Who introduced" in n for n in notes), notes
    introducer = dialog.introducers[0]
    assert introducer.isVisibleTo(dialog) and introducer.currentData() == "unanswered"
    dialog.save_button.click()  # never a silent keep, nor a silent rewrite: it asks
    assert window.result is None and "Who introduced" in dialog.error_label.text()
    introducer.setCurrentIndex(introducer.findData(Introducer.KEEP_FIRST.value))

    # Going back to the meeting keeps the answers for next time.
    dialog.goal_boxes[Goal.EVANGELIST].setChecked(False)
    type_into(qtbot, dialog.where_edit, "The Wellcome Collection cafe")
    dialog.back_button.click()
    window.end_meeting()
    again = window.outcome_dialog
    assert isinstance(again, OutcomeDialog)
    assert again.where_edit.text() == "The Wellcome Collection cafe"
    assert again.choosers[0].currentData() == f"link:{daniel.id}"
    assert again.introducers[0].currentData() == Introducer.KEEP_FIRST.value
    assert not again.goal_boxes[Goal.EVANGELIST].isChecked()
    type_into(qtbot, again.unnamed[2], "Amara Osei")
    again.show()
    QApplication.processEvents()
    scroll_bars = [
        bar
        for bar in again.findChildren(type(window.body_scroll.horizontalScrollBar()))
        if bar.orientation() is Qt.Orientation.Horizontal and bar.isVisible()
    ]
    assert not scroll_bars  # no sideways scrolling
    again.save_button.click()

    assert window.result is not None
    recorded = app.meetings.get(window.session.meeting_id)
    assert recorded is not None and recorded.where == "The Wellcome Collection cafe"
    linked = app.contacts.get(daniel.id)
    assert linked is not None and linked.referred_by == app.contacts.find("Grace Adeyemi").id
    names = sorted(r.name for r in app.referrals.from_meeting(recorded.id))
    assert names == ["Amara Osei", "daniel mensah"]
    followups = window.result.followups
    thanks = next(f for f in followups if f.kind is FollowUpKind.THANK_YOU)
    assert "at The Wellcome Collection cafe" in thanks.draft
    ask = [f.text for f in followups if f.kind is FollowUpKind.OTHER]
    assert ask == ["Ask Tomasz Kowalski for the name: someone in research ops at Lumen"]


def test_the_answers_are_kept_on_the_meeting_and_survive_a_lost_window(
    qtbot: QtBot, demo_app: App, dialogs: DialogAnswers
) -> None:
    app = demo_app
    window = open_meeting(qtbot, app, "Tomasz Kowalski")
    capture = window.session.capture
    capture.set_insight(0, "Hiring managers read the case study first")
    capture.referrals[0].name = "daniel mensah"
    capture.referrals[1].why = "someone in research ops at Lumen"  # no name caught
    window.end_meeting()
    dialog = window.outcome_dialog
    assert isinstance(dialog, OutcomeDialog)
    daniel = app.contacts.find("Daniel Mensah")
    dialog.choosers[0].setCurrentIndex(dialog.choosers[0].findData(f"link:{daniel.id}"))
    dialog.introducers[0].setCurrentIndex(dialog.introducers[0].findData("both"))
    type_into(qtbot, dialog.where_edit, "The Wellcome Collection cafe")
    type_into(qtbot, dialog.unnamed[1], "Amara Osei")
    dialog.goal_boxes[Goal.EVANGELIST].setChecked(False)
    meeting_id = window.session.meeting_id

    def kept() -> bool:  # nothing else happens: only the dialog's own timer can write them
        stored = app.meetings.get(meeting_id)
        answers = stored.outcome_answers if stored else None
        return answers is not None and answers.names.get("1") == "Amara Osei"

    qtbot.waitUntil(kept, timeout=KEEP_ANSWERS_MS + 1500)

    # As after a kill: the window is gone unclosed; the meeting is opened again from the store.
    again = MeetingWindow(app, app.meetings.open_session(meeting_id))
    qtbot.addWidget(again)
    again.end_meeting()
    reopened = again.outcome_dialog
    assert isinstance(reopened, OutcomeDialog)
    assert reopened.where_edit.text() == "The Wellcome Collection cafe"
    assert reopened.unnamed[1].text() == "Amara Osei"
    assert reopened.choosers[0].currentData() == f"link:{daniel.id}"
    assert reopened.introducers[0].currentData() == Introducer.BOTH.value
    assert not reopened.goal_boxes[Goal.EVANGELIST].isChecked()
    reopened.save_button.click()
    assert again.result is not None
    linked = app.contacts.get(daniel.id)
    grace = app.contacts.find("Grace Adeyemi")
    assert linked is not None and linked.referred_by == grace.id  # the first stays
    assert any(
        "Also suggested by Tomasz Kowalski" in n.body for n in app.contacts.notes_for(daniel.id)
    )
    recorded = app.meetings.get(meeting_id)
    assert recorded is not None and recorded.outcome_answers is None


@pytest.fixture(autouse=True)
def _no_beep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: None))


def test_where_you_met_sits_on_its_fields_line(
    qtbot: QtBot, demo_app: App, dialogs: DialogAnswers
) -> None:
    window = open_meeting(qtbot, demo_app, "Tomasz Kowalski")
    window.end_meeting()
    dialog = window.outcome_dialog
    assert isinstance(dialog, OutcomeDialog)
    QApplication.processEvents()
    label, field = dialog.where_label, dialog.where_edit
    label_mid = label.mapTo(dialog, label.rect().center()).y()
    field_mid = field.mapTo(dialog, field.rect().center()).y()
    assert abs(label_mid - field_mid) <= 1, (label.geometry(), field.geometry())
    assert label.buddy() is field


def test_the_buttons_and_the_message_line_up_with_the_fields(
    qtbot: QtBot, demo_app: App, dialogs: DialogAnswers
) -> None:
    """One edge for all: the button row and the error message sat at the dialog's 11 px
    margin while the fields inside the scroll area were 20 px in."""
    with app_theme():
        window = open_meeting(qtbot, demo_app, "Tomasz Kowalski")
        window.end_meeting()
        dialog = window.outcome_dialog
        assert isinstance(dialog, OutcomeDialog)
        dialog.resize(900, 640)
        dialog._show_error("Something to say")
        QApplication.processEvents()

        def left(widget: QWidget) -> int:
            return widget.mapTo(dialog, QPoint(0, 0)).x()

        def right(widget: QWidget) -> int:
            return dialog.width() - (left(widget) + widget.width())

        buttons = [dialog.save_button, dialog.discard_button, dialog.back_button]
        title = dialog.findChild(QLabel, "pageTitle")
        assert isinstance(title, QLabel)
        assert left(title) == left(dialog.error_label) == 20
        assert right(dialog.where_edit) == min(right(b) for b in buttons) == 20
