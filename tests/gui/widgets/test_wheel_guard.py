"""The mouse wheel scrolls the page: it never changes a spin box, combo box or date edit the
user did not focus (the contact form's cadence, a referral's choice in the outcome dialog).
The guard sits on those widgets, never on the whole application (an application-wide Python
event filter made every event of the window wait for the interpreter)."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

import netprep.gui
from netprep.composition import App
from netprep.gui.meeting_window.outcome_dialog import OutcomeDialog
from netprep.gui.shell.application import make_qt_app
from netprep.gui.widgets.wheel_guard import WheelGuard, guard_wheel, is_guarded
from tests.gui.helpers import DialogAnswers, make_window

GUI = Path(netprep.gui.__file__).parent
#: Qt's widgets the wheel changes (a subclass of one defined in netprep/gui counts too).
WHEELED = {"QComboBox", "QSpinBox", "QDoubleSpinBox", "QDateEdit", "QTimeEdit", "QDateTimeEdit"}


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


def test_the_app_filters_no_event_of_its_own(qapp: QApplication) -> None:
    style_sheet = qapp.styleSheet()
    try:
        assert make_qt_app() is qapp
        assert qapp.findChildren(WheelGuard) == []
    finally:
        qapp.setStyleSheet(style_sheet)


def test_a_widget_is_guarded_once(qtbot: QtBot) -> None:
    box = QSpinBox()
    qtbot.addWidget(box)
    assert box.focusPolicy() is Qt.FocusPolicy.WheelFocus
    assert guard_wheel(guard_wheel(box)) is box
    assert len(box.findChildren(WheelGuard)) == 1
    assert box.focusPolicy() is Qt.FocusPolicy.StrongFocus


def _wheeled_classes(trees: list[ast.Module]) -> set[str]:
    """Qt's wheeled widgets and the classes netprep/gui derives from them."""
    names = set(WHEELED)
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {b.id for b in node.bases if isinstance(b, ast.Name)}
                    if bases & names:
                        names.add(node.name)
                        grew = True
    return names


def test_every_wheeled_widget_is_made_guarded() -> None:
    """A spin box, combo box or date edit made anywhere in the GUI is made through
    guard_wheel (a new one that is not fails here, naming its place)."""
    files = sorted(GUI.rglob("*.py"))
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in files]
    wheeled = _wheeled_classes(trees)
    unguarded, made = [], 0
    for path, tree in zip(files, trees, strict=True):
        wrapped = {
            id(node.args[0])
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "guard_wheel"
            and node.args
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in wheeled
            ):
                made += 1
                if id(node) not in wrapped:
                    unguarded.append(f"{path.relative_to(GUI)}:{node.lineno} {node.func.id}()")
    assert made >= 15, made  # the check sees the forms' widgets
    assert not unguarded, unguarded


def test_wheel_over_an_unfocused_value_changes_nothing(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
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
    assert is_guarded(cadence)
    cadence.setFocus()
    qtbot.waitUntil(cadence.hasFocus)
    before = value(cadence)
    wheel(cadence, 1)
    assert value(cadence) != before  # a focused spin box still answers the wheel
