"""The outcome dialog: where it really happened, names caught late, linked contacts shown by
their real name and their first introducer kept, no sideways scrolling, answers kept when
the user goes back to the meeting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.followups import FollowUpKind
from netprep.domain.outcome import Goal
from netprep.gui.meeting_window.outcome_dialog import OutcomeDialog
from netprep.gui.meeting_window.window import MeetingWindow
from tests.gui.helpers import DialogAnswers, type_into


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
    assert any("first introduced by Grace Adeyemi: that stays" in text for text in notes), notes

    # Going back to the meeting keeps the answers for next time.
    dialog.goal_boxes[Goal.EVANGELIST].setChecked(False)
    type_into(qtbot, dialog.where_edit, "The Wellcome Collection cafe")
    dialog.back_button.click()
    window.end_meeting()
    again = window.outcome_dialog
    assert isinstance(again, OutcomeDialog)
    assert again.where_edit.text() == "The Wellcome Collection cafe"
    assert again.choosers[0].currentData() == f"link:{daniel.id}"
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


@pytest.fixture(autouse=True)
def _no_beep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: None))
