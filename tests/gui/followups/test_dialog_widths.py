"""The follow-ups dialogs are wide enough to show their fields' hints whole (a narrow "Log a
touch" cut "One line: what it was about" to "One line: what it was …")."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact
from netprep.gui.followups.add_dialog import AddFollowUpDialog
from netprep.gui.followups.touch_dialog import TouchDialog

FRAME = 24  # a line edit's frame and text margins, both sides


def test_log_a_touch_shows_the_notes_hint_whole(qtbot: QtBot, app: App) -> None:
    ada = app.contacts.save(Contact(name="Ada Lovelace"))
    dialog = TouchDialog(app, ada.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hint = dialog.note.placeholderText()
    assert dialog.note.width() >= dialog.note.fontMetrics().horizontalAdvance(hint) + FRAME


def test_add_follow_up_shows_the_hint_whole(qtbot: QtBot, app: App) -> None:
    ada = app.contacts.save(Contact(name="Ada Lovelace"))
    dialog = AddFollowUpDialog(app, ada.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    what = dialog.text
    assert what.width() >= what.fontMetrics().horizontalAdvance(what.placeholderText()) + FRAME
