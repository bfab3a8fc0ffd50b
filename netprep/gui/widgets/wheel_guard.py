"""The mouse wheel never changes a value the user did not focus.

Scrolling a form with the wheel used to turn "Keep in touch every 60 days" into 47, or a
referral into "Don't record this name", whenever the pointer passed over a spin box, a
combo box or a date edit. One application-wide event filter fixes it for every such
widget the app ever shows: they take the focus by click or Tab only (not by wheel), and a
wheel turn over one without the focus scrolls the page around it instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox)  # QDateEdit, QSpinBox, QDoubleSpinBox are spin boxes


class WheelGuard(QObject):
    """Install once on the QApplication (see :func:`install_wheel_guard`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, GUARDED):
            return False
        kind = event.type()
        if kind is QEvent.Type.Polish and watched.focusPolicy() is Qt.FocusPolicy.WheelFocus:
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind is QEvent.Type.Wheel and not _focused(watched):
            event.ignore()  # Qt passes an ignored wheel event on to the parent: it scrolls
            return True
        return False


def _focused(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def install_wheel_guard(qt_app: QApplication) -> WheelGuard:
    """Filter every widget's events (once per application; the guard is its child)."""
    existing = qt_app.findChild(WheelGuard)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(qt_app)
    qt_app.installEventFilter(guard)
    return guard
