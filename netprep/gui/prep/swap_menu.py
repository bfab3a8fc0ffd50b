"""The "Swap" menu of a question: every alternative in full, wrapped to fit the window.

A plain QMenu draws each action on one line, so a long question ran off the window
or was cut short. Here each alternative is a wrapped label (at most half the window
wide), clickable and reachable with the keyboard, and says where it came from.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QMenu, QWidget, QWidgetAction

MIN_WIDTH = 280
MAX_WIDTH = 560


class _Choice(QLabel):
    """One alternative: wrapped text; a click or Return/Space picks it."""

    def __init__(self, text: str, tip: str, pick: Callable[[], None], width: int) -> None:
        super().__init__(text)
        self.setObjectName("swapChoice")
        self.setWordWrap(True)
        self.setFixedWidth(width)
        self.setToolTip(tip)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.setMargin(6)
        self.setStyleSheet(
            "QLabel#swapChoice:hover, QLabel#swapChoice:focus"
            " { background: palette(highlight); color: palette(highlighted-text); }"
        )
        self._pick = pick

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pick()
        else:
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._pick()
        else:
            super().keyPressEvent(event)


def choice_width(anchor: QWidget) -> int:
    """Half the window, within sensible bounds: the menu always fits beside the form."""
    window = anchor.window()
    available = window.width() if window is not None else MAX_WIDTH * 2
    return max(MIN_WIDTH, min(MAX_WIDTH, available // 2))


def fill_swap_menu(
    menu: QMenu, anchor: QWidget, choices: list[tuple[str, str]], picked: Callable[[int], None]
) -> list[QWidgetAction]:
    """Replace ``menu``'s items by ``choices`` (text, where it came from), in full."""
    menu.clear()
    width = choice_width(anchor)
    actions: list[QWidgetAction] = []
    for number, (text, tip) in enumerate(choices):
        action = QWidgetAction(menu)
        action.setText(text)

        def pick(n: int = number) -> None:
            menu.close()
            picked(n)

        action.setDefaultWidget(_Choice(text, tip, pick, width))
        action.triggered.connect(lambda _=False, n=number: picked(n))
        menu.addAction(action)
        actions.append(action)
    return actions
