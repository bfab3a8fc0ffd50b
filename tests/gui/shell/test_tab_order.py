"""Tab follows the layout on every page: from one input to the next, it never jumps back
up the same column (Follow-ups' "Open contact", beside the follow-up's title, came last,
after the email's buttons far below it)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from netprep.composition import App, seed_demo
from netprep.gui.meeting_window.outcome_dialog import OutcomeDialog
from netprep.gui.meeting_window.window import MeetingWindow
from netprep.gui.shell.actions import SECTIONS
from tests.gui.helpers import DialogAnswers, each_page, make_window


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits inside ``root``, in the order it visits them."""
    stops: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root and len(stops) < 500:
        takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if root.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() and takes_tab:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def backwards(root: QWidget) -> list[str]:
    """Each step to a widget higher up in the same column (overlapping left to right)."""

    def box(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())

    def name(widget: QWidget) -> str:
        return f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()!r}"

    stops = tab_stops(root)
    found = []
    for before, after in pairwise(stops):
        a, b = box(before), box(after)
        same_column = a.left() < b.right() and b.left() < a.right()
        if same_column and b.top() < a.top() - 4 and not after.isAncestorOf(before):
            found.append(f"{name(before)} at y={a.top()} -> {name(after)} at y={b.top()}")
    return found


def test_tab_never_jumps_back_up_a_column_on_any_page(
    qtbot: QtBot, app: App, tmp_path: Path
) -> None:
    seed_demo(app)
    window = make_window(qtbot, app, tmp_path)
    window.resize(1600, 1000)
    window.show()
    found: list[str] = []
    walked = []
    for name, page in each_page(window, app):
        walked.append(name)
        shown = window.meetings_page.prep if name == "prepare" else page
        found += [f"{name}: {step}" for step in backwards(shown)]
    assert walked == [*SECTIONS, "prepare"]
    assert found == [], "\n".join(found)


def test_tab_follows_the_meeting_window_and_its_outcome_dialog(
    qtbot: QtBot, demo_app: App, dialogs: DialogAnswers
) -> None:
    meeting = demo_app.meetings.meet_now(demo_app.contacts.find("Tomasz Kowalski").id)
    window = MeetingWindow(demo_app, demo_app.meetings.open_session(meeting.id))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.toggle_pause()
    found = [f"meeting: {step}" for step in backwards(window)]
    window.end_meeting()
    dialog = window.outcome_dialog
    assert isinstance(dialog, OutcomeDialog)
    dialog.show()
    found += [f"outcome: {step}" for step in backwards(dialog)]
    assert found == [], "\n".join(found)
