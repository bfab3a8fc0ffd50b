"""Every input and button a user can reach has a name a screen reader can announce.

Walks every page of the main window on the demo data, the prep screen, the meeting window
and its outcome dialog, and fails on an unnamed input, button or list. Qt's own inner parts
(a spin box's line edit, a line edit's clear button, a combo's pop-up) are named by Qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.followups.add_dialog import AddFollowUpDialog
from netprep.gui.followups.touch_dialog import TouchDialog
from netprep.gui.meeting_window.outcome_dialog import OutcomeDialog
from netprep.gui.meeting_window.window import MeetingWindow
from netprep.gui.meetings.agenda_editor import AgendaEditorDialog
from netprep.gui.meetings.page import MeetNowDialog
from netprep.gui.review.settings_dialog import ReviewSettingsDialog
from netprep.gui.shell.actions import SECTIONS
from netprep.gui.shell.restore_dialog import RestoreDialog
from netprep.gui.transfer.merge_dialog import MergeContactsDialog
from netprep.gui.transfer.preview_dialog import ImportPreviewDialog
from tests.gui.helpers import DialogAnswers, make_window

FIXTURES = Path(__file__).parents[2] / "fixtures" / "transfer"

REACHABLE = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,
    QAbstractItemView,
)


def _qt_internal(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
        return True
    if parent is not None and isinstance(parent, QLineEdit | QAbstractSpinBox):
        return True  # a clear button or a spin box's own line edit
    window = widget.window()
    return (
        window is not None
        and window.objectName() == ""
        and widget.isWindow() is False
        and (isinstance(window.parentWidget(), QComboBox))
    )


def reachable(root: QWidget) -> Iterator[QWidget]:
    for kind in REACHABLE:
        for widget in root.findChildren(kind):
            if not _qt_internal(widget):
                yield widget


def name_of(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QComboBox):
        return ""  # on Linux a combo announces its value as its name: it needs its own
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    assert any(True for _ in reachable(root)), f"nothing to check in {root!r}"
    out = []
    for widget in reachable(root):
        if not name_of(widget).strip():
            parent = widget.parentWidget()
            where = parent.objectName() if parent is not None else ""
            out.append(f"{type(widget).__name__} {widget.objectName()!r} in {where!r}")
    return sorted(set(out))


def test_every_page_of_the_main_window_names_its_inputs(
    qtbot: QtBot, demo_app: App, tmp_path: Path
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    for name in SECTIONS:  # pages are built when first shown: show each
        window.show_section(name)
    assert list(window.pages) == ["today", *(n for n in SECTIONS if n != "today")]
    missing = unnamed(window)
    assert missing == [], "unnamed:\n" + "\n".join(missing)


def test_the_prep_screen_names_its_inputs(qtbot: QtBot, demo_app: App, tmp_path: Path) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    window.show_section("meetings")
    page = window.meetings_page
    page.prepare(demo_app.contacts.find("Grace Adeyemi").id)
    assert page.prep.isVisible()
    missing = unnamed(page.prep)
    assert missing == [], "unnamed:\n" + "\n".join(missing)


def test_the_meeting_window_and_its_outcome_dialog_name_their_inputs(
    qtbot: QtBot, demo_app: App, dialogs: DialogAnswers
) -> None:
    meeting = demo_app.meetings.meet_now(demo_app.contacts.find("Tomasz Kowalski").id)
    window = MeetingWindow(demo_app, demo_app.meetings.open_session(meeting.id))
    qtbot.addWidget(window)
    window.show()
    window.toggle_pause()
    missing = unnamed(window)
    window.end_meeting()
    dialog = window.outcome_dialog
    assert isinstance(dialog, OutcomeDialog)
    missing += unnamed(dialog)
    assert missing == [], "unnamed:\n" + "\n".join(missing)


def test_the_dialogs_name_their_inputs(qtbot: QtBot, demo_app: App) -> None:
    grace = demo_app.contacts.find("Grace Adeyemi").id
    sample = FIXTURES / "linkedin_connections.csv"
    dialogs: list[QWidget] = [
        AddFollowUpDialog(demo_app, grace),
        TouchDialog(demo_app, grace),
        ReviewSettingsDialog(demo_app.review),
        AgendaEditorDialog(demo_app.agendas.default(), lambda _agenda: None),
        MergeContactsDialog(demo_app, None),
        RestoreDialog(demo_app),
        ImportPreviewDialog(demo_app.transfer.preview(sample)),
        MeetNowDialog(demo_app),
    ]
    missing = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        missing += [f"{type(dialog).__name__}: {line}" for line in unnamed(dialog)]
    assert missing == [], "unnamed:\n" + "\n".join(missing)
