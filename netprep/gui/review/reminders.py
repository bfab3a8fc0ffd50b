"""Reminders as system tray notifications while the app runs (asked of the reminder
service once a minute; each shown once). Without a system tray, nothing is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from netprep.resources import resource_path
from netprep.services.errors import UserError
from netprep.services.review.reminders import Reminder, ReminderService

CHECK_EVERY_MS = 60_000

Notify = Callable[[Reminder], None]


class Reminders(QObject):
    def __init__(
        self,
        service: ReminderService,
        open_section: Callable[[str], None],
        parent: QObject | None = None,
        *,
        notify: Notify | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._open_section = open_section
        self._shown: set[str] = set()
        self._last: Reminder | None = None
        self.tray: QSystemTrayIcon | None = None
        if notify is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QIcon(str(resource_path("icons", "netprep-app.svg"))))
            self.tray.setToolTip("netprep")
            self.tray.messageClicked.connect(self._clicked)
            self.tray.show()
        self._notify = notify or self._show_in_tray
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(2000, self, self.check)

    def check(self) -> list[Reminder]:
        try:
            due = self._service.due(self._shown)
        except UserError:  # store errors are UserErrors too
            return []  # a reminder is never worth an error dialog
        for reminder in due:
            self._shown.add(reminder.key)
            self._last = reminder
            self._notify(reminder)
        return due

    def _show_in_tray(self, reminder: Reminder) -> None:
        if self.tray is not None:
            self.tray.showMessage(reminder.title, reminder.message)

    def _clicked(self) -> None:
        if self._last is not None:
            self._open_section(self._last.section)
