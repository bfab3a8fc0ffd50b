"""The mouse wheel scrolls the page: it never changes a spin box, combo box or date edit the
user did not focus (the contact form's cadence, a referral's choice in the outcome dialog)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.meeting_window.outcome_dialog import OutcomeDialog
from netprep.gui.shell.application import make_qt_app
from netprep.gui.widgets.wheel_guard import WheelGuard, install_wheel_guard
from tests.gui.helpers import DialogAnswers, make_window


def wheel(widget: QWidget, notches: int = -3) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    assert isinstance(widget, QAbstractSpinBox)
    return widget.text()


def guarded(root: QWidget) -> list[QWidget]:
    return [*root.findChildren(QAbstractSpinBox), *root.findChildren(QComboBox)]


def test_the_app_installs_one_guard(qapp: QApplication) -> None:
    qt_app = qapp
    style_sheet = qt_app.styleSheet()
    try:
        assert make_qt_app() is qt_app
        assert len(qt_app.findChildren(WheelGuard)) == 1
        install_wheel_guard(qt_app)
        assert len(qt_app.findChildren(WheelGuard)) == 1
    finally:
        qt_app.setStyleSheet(style_sheet)


def test_wheel_over_an_unfocused_value_changes_nothing(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    install_wheel_guard(qt_app)
    window = make_window(qtbot, demo_app, tmp_path)
    window.show_section("contacts")
    window.contacts_page.select_contact(demo_app.contacts.all()[0].id)
    grace = next(c for c in demo_app.contacts.all() if c.name == "Grace Adeyemi")
    meeting = demo_app.meetings.meet_now(grace.id)
    session = demo_app.meetings.open_session(meeting.id)
    session.start()
    session.capture.referrals[0].name = "Nadia Rahman"
    dialog = OutcomeDialog(demo_app, session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    window.setFocus()

    widgets = guarded(window) + guarded(dialog)
    kinds = {type(w).__name__ for w in widgets}
    assert {"QSpinBox", "QComboBox", "QDateEdit"} <= kinds, kinds
    for widget in widgets:
        assert widget.focusPolicy() is not Qt.FocusPolicy.WheelFocus, widget
        before = value(widget)
        wheel(widget)
        assert value(widget) == before, f"the wheel changed an unfocused {widget!r}"

    cadence = next(w for w in guarded(window) if isinstance(w, QSpinBox))
    cadence.setFocus()
    qtbot.waitUntil(cadence.hasFocus)
    before = value(cadence)
    wheel(cadence, 1)
    assert value(cadence) != before  # a focused spin box still answers the wheel
