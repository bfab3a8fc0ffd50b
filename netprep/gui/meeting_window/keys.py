"""The meeting window's shortcuts, and making them work from every text field.

A line edit claims some Ctrl keys for itself (Ctrl+E moves to the end of the line on Linux
and macOS), and Qt then skips the window's shortcut. A filter on the application, scoped to
the meeting window, tells Qt those key combinations belong to the meeting: Ctrl+E ends it
from any field (referral rows added later included), Ctrl+Space pauses from any field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget


class MeetingKeysFirst(QObject):
    """Lives as long as ``window`` (its parent); Qt drops the filter with it."""

    def __init__(self, window: QWidget, sequences: list[QKeySequence]) -> None:
        super().__init__(window)
        self._window = window
        self._keys = {s[0].toCombined() for s in sequences if s.count()}  # type: ignore[index]
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() is QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and watched.window() is self._window
            and event.keyCombination().toCombined() in self._keys
        ):
            event.ignore()  # not the field's: Qt goes on to the window's shortcut
            return True
        return False


def install_meeting_keys(window: QWidget, shortcuts: dict[str, Callable[[], None]]) -> None:
    """Window-wide shortcuts that win over any text field's own use of the keys."""
    sequences = []
    for keys, handler in shortcuts.items():
        sequence = QKeySequence(keys)
        shortcut = QShortcut(sequence, window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(handler)
        sequences.append(sequence)
    MeetingKeysFirst(window, sequences)


def plain_key_action(
    event: QKeyEvent,
    toggle: Callable[[], None],
    previous: Callable[[], None],
    following: Callable[[], None],
    add_minute: Callable[[], None],
) -> Callable[[], None] | None:
    """What a key means outside text fields: Space, ←, →, and + (keypad, or Shift+= on the
    main keyboard of most layouts)."""
    modifiers = event.modifiers()
    plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
    if event.key() == Qt.Key.Key_Plus and modifiers == Qt.KeyboardModifier.ShiftModifier:
        plain = True
    actions = {
        Qt.Key.Key_Space: toggle,
        Qt.Key.Key_Left: previous,
        Qt.Key.Key_Right: following,
        Qt.Key.Key_Plus: add_minute,
    }
    return actions.get(Qt.Key(event.key())) if plain else None
