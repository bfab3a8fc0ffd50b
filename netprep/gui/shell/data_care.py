"""The data's care in the window: File → Back up now / Restore…, the daily backup while the
app runs, a banner when the data is read-only (a full disk), damage found at start, and a
banner with Reload when another program (a sync tool) changed the data files.

Installed on the main window by the application (the window itself stays unaware).
After a restore the window asks the application to reopen the data (``restart``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.gui.shell.background_render import BackgroundRender
from netprep.gui.shell.restore_dialog import RestoreDialog
from netprep.services.errors import UserError

DAILY_CHECK_MS = 60 * 60 * 1000  # every hour: a backup once the date has changed
DISK_CHECK_MS = 3000  # a few stat() calls: has another program changed the data files?
BANNER_STYLE = "background: #fdecc8; color: #5c3b00; padding: 8px 12px;"


class DataCare(QObject):
    def __init__(self, window: QMainWindow, app: App, restart: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.app = app
        self._restart = restart
        self.back_up_action = QAction(self.tr("&Back up now"), window)
        self.back_up_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("&Restore from backup…"), window)
        self.restore_action.triggered.connect(self.restore)
        on_disk = app.data_dir is not None and not app.read_only
        self.back_up_action.setEnabled(on_disk)
        self.restore_action.setEnabled(on_disk)
        self._add_to_file_menu()
        self.copier = BackgroundRender(self)  # the day's backup is copied off the GUI thread
        self.timer = QTimer(self)
        self.timer.setInterval(DAILY_CHECK_MS)
        self.timer.timeout.connect(self.daily_backup)
        self.timer.start()
        QTimer.singleShot(0, self, self.daily_backup)  # the one frozen when the data opened
        self.changed_banner: QWidget | None = None
        self.disk_timer = QTimer(self)  # a sync tool may change the folder under the app
        self.disk_timer.setInterval(DISK_CHECK_MS)
        self.disk_timer.timeout.connect(self.check_disk)
        if app.data_dir is not None:
            self.disk_timer.start()
        self.banner: QLabel | None = None
        if app.read_only:
            self._show_banner(app.backups.read_only_reason())

    def _add_to_file_menu(self) -> None:
        menus = [a.menu() for a in self.window.menuBar().actions()]
        file_menu = next((m for m in menus if isinstance(m, QMenu) and "File" in m.title()), None)
        if not isinstance(file_menu, QMenu):
            return
        actions = file_menu.actions()
        if not actions:
            file_menu.addActions([self.back_up_action, self.restore_action])
            return
        before = actions[-1]  # Quit stays last
        file_menu.insertActions(before, [self.back_up_action, self.restore_action])
        file_menu.insertSeparator(before)

    def _show_banner(self, text: str) -> None:
        self.banner = QLabel(self.tr("Read-only: {reason}").format(reason=text))
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"#readOnlyBanner {{ {BANNER_STYLE} }}")
        self._add_above(self.banner)

    def _add_above(self, banner: QWidget) -> None:
        """Put ``banner`` above the window's page."""
        central = self.window.takeCentralWidget()
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(banner)
        if central is not None:
            layout.addWidget(central, 1)
        self.window.setCentralWidget(holder)
        holder.show()  # at once: Qt would show it only after the next events

    def check_disk(self) -> None:
        """The folder changed under the app (a sync tool): say so once, offer Reload.
        And a backup taken before an operation that could not be completed."""
        for failed in self.app.backups.failures():
            failed_text = self.tr("A backup failed: {reason}").format(reason=failed)
            self.window.statusBar().showMessage(failed_text, 10000)
        if self.changed_banner is not None:
            return
        message = self.app.backups.changed_on_disk()
        if not message:
            return
        banner = QWidget()
        banner.setObjectName("changedOnDiskBanner")
        banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        banner.setStyleSheet(f"#changedOnDiskBanner {{ {BANNER_STYLE} }}")
        row = QHBoxLayout(banner)
        row.setContentsMargins(12, 4, 8, 4)
        label = QLabel(message)
        label.setWordWrap(True)
        row.addWidget(label, 1)
        reload_button = QPushButton(self.tr("&Reload"))
        reload_button.setAccessibleName(self.tr("Reload the data changed on disk"))
        reload_button.clicked.connect(self._restart)
        row.addWidget(reload_button)
        self.changed_banner = banner
        self.reload_button = reload_button
        self._add_above(banner)

    def show_problems(self) -> None:
        """Damage found at start: each damaged record was set aside, not dropped."""
        problems = self.app.backups.damage_found()
        if not problems:
            return
        listed = "\n".join(f"• {p}" for p in problems[:12])
        more = f"\n…and {len(problems) - 12} more" if len(problems) > 12 else ""
        QMessageBox.warning(
            self.window,
            self.tr("Some saved data was damaged"),
            self.tr(
                "netprep found damage in your data files and set the damaged parts aside "
                "(kept in the “quarantine” folder of your data folder); everything else "
                "opened.\n\n{listed}{more}\n\nFile → Restore from backup… shows the backups "
                "and what each holds."
            ).format(listed=listed, more=more),
        )

    def daily_backup(self) -> None:
        """Today's backup, if due: frozen here (instant), copied on a worker thread."""
        if self.copier.busy:
            return
        copy = self.app.backups.daily_in_background()
        if copy is not None:
            self.copier.request(copy, self._backed_up)

    def _backed_up(self, problem: object) -> None:
        if problem:
            failed_text = self.tr("Today's backup failed: {reason}").format(reason=problem)
            self.window.statusBar().showMessage(failed_text, 10000)

    def back_up_now(self) -> None:
        try:
            made = self.app.backups.back_up_now()
        except UserError as error:
            QMessageBox.warning(self.window, self.tr("Not backed up"), str(error))
            return
        done = self.tr("Backed up: {holds}").format(holds=made.holds())
        self.window.statusBar().showMessage(done, 8000)

    def restore(self) -> None:
        dialog = RestoreDialog(self.app, self.window)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or not dialog.restored_from:
            return
        QMessageBox.information(
            self.window,
            self.tr("Restored"),
            self.tr(
                "Your data is now as in the backup {restored}. What it replaced is kept in the "
                "backup {kept}. netprep reopens it now."
            ).format(restored=dialog.restored_from, kept=dialog.replaced_kept_in),
        )
        self._restart()
