"""What is typed in the meeting reaches the store by itself: SAVE_DELAY_MS after the last
keystroke, and at once whenever the window asks (a phase change, ending, closing).

The single-shot timer's own timeout calls :meth:`CaptureAutosave.flush` when the timer is no
longer active, so what decides whether to save is the "unsaved" flag, never the timer's
state (that mistake once meant typing reached disk only at the next phase change).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError
from netprep.services.meeting_session import MeetingSession

SAVE_DELAY_MS = 800  # save typing this long after the last keystroke


class CaptureAutosave(QObject):
    def __init__(
        self, session: MeetingSession, on_error: Callable[[str], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._on_error = on_error
        self.unsaved = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)

    def edited(self) -> None:
        self.unsaved = True
        self.timer.start()

    def flush(self) -> bool:
        """Save now if anything is waiting. False if it failed (the user is told)."""
        self.timer.stop()
        if not self.unsaved:
            return True
        try:
            self._session.save_capture()
        except UserError as error:
            self._on_error(
                self.tr("Your notes could not be saved: {error}").format(error=said(error))
            )
            return False
        self.unsaved = False
        return True
