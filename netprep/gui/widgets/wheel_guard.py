"""The mouse wheel never changes a value the user did not focus.

Scrolling a form with the wheel used to turn "Keep in touch every 60 days" into 47, or a
referral into "Don't record this name", whenever the pointer passed over a spin box, a
combo box or a date edit. Each such widget is made through :func:`guard_wheel`: it takes
the focus by click or Tab only (not by wheel), and a wheel turn over it without the focus
scrolls the page around it instead.

The guard sits on those widgets only, not on the application: an application-wide Python
event filter made every Qt event of the window wait for the interpreter (while a worker
thread ran Python, each waited its turn for the GIL) and cost ~35 ms before the first paint.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox)  # QDateEdit, QSpinBox, QDoubleSpinBox are spin boxes
Guarded = TypeVar("Guarded", bound=QWidget)


class WheelGuard(QObject):
    """Filters one widget's events (its child: it goes when the widget goes)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is QEvent.Type.Wheel and not _focused(watched):
            event.ignore()  # Qt passes an ignored wheel event on to the parent: it scrolls
            return True
        return False


def _focused(widget: QObject) -> bool:
    focus = QApplication.focusWidget()
    if focus is None or not isinstance(widget, QWidget):
        return False
    return focus is widget or widget.isAncestorOf(focus)


def guard_wheel(widget: Guarded) -> Guarded:
    """``widget``, focused by click or Tab only; the wheel changes it only once focused."""
    if widget.focusPolicy() is Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if not is_guarded(widget):
        widget.installEventFilter(WheelGuard(widget))
    return widget


def is_guarded(widget: QWidget) -> bool:
    return widget.findChild(WheelGuard, "", Qt.FindChildOption.FindDirectChildrenOnly) is not None
