"""The data's care in the window: File → Back up now / Restore…, the daily backup while the
app runs, a banner when the data is read-only (a full disk), damage found at start, and a
banner with Reload when another program (a sync tool) changed the data files.

Installed on the main window by the application (the window itself stays unaware).
After a restore the window asks the application to reopen the data (``restart``).
"""

from __future__ import annotations

import contextlib
import threading
import typing
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.gui.shell.restore_dialog import RestoreDialog
from netprep.gui.widgets.theme import style_widget
from netprep.gui.words.backup_words import BackupWords
from netprep.gui.words.user_errors import said
from netprep.services.backups import BackupMade
from netprep.services.errors import UserError

DAILY_CHECK_MS = 60 * 60 * 1000  # every hour: a backup once the date has changed
CLOSE_WAIT_SECONDS = 60  # closing the window waits this long at most for a backup's copy
DISK_CHECK_MS = 3000  # a few stat() calls: has another program changed the data files?
# The theme's warning colours (a pair that meets WCAG AA in light and in dark).
BANNER_STYLE = "background: @warn_bg@; color: @warn@; padding: 8px 12px;"


class Copier(QObject):
    """Runs one copy at a time on a plain daemon thread; its result (or the UserError it
    raised) comes back on the GUI thread through ``done``. Not a QThreadPool owned by a
    widget: destroying such a pool waits for its job while holding the GIL the job needs
    (a window closed during a copy hung for good). A copy cut short by the app quitting
    leaves only a hidden ``.partial`` folder, cleared at the next start."""

    done = Signal(object, object)  # the result, or None; the UserError, or None

    def __init__(self, name: str, parent: QObject) -> None:
        super().__init__(parent)
        self._name = name
        self.worker: threading.Thread | None = None
        self._deliver: Callable[[Any, UserError | None], None] | None = None
        self.done.connect(self._on_done)

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def start(
        self, job: Callable[[], Any], deliver: Callable[[Any, UserError | None], None]
    ) -> None:
        self._deliver = deliver
        done = self.done

        def run() -> None:
            result: Any = None
            problem: Exception | None = None
            try:
                result = job()
            except OSError as error:  # not turned into words by the store: said as it is
                problem = UserError(str(error))
            except Exception as error:  # a UserError, or a bug shown by the exception hook
                problem = error
            with contextlib.suppress(RuntimeError):  # the window (and this object) is gone
                done.emit(result, problem)

        self.worker = threading.Thread(target=run, name=self._name, daemon=True)
        self.worker.start()

    def wait(self, seconds: float | None = None) -> bool:
        """Block until the copy is done, or ``seconds`` have passed; True when done."""
        worker = self.worker
        if worker is not None:
            worker.join(seconds)
            return not worker.is_alive()
        return True

    def _on_done(self, result: object, problem: object) -> None:
        self.worker = None
        deliver, self._deliver = self._deliver, None
        if problem is not None and not isinstance(problem, UserError):
            if deliver is not None:  # the caller's busy state ends, then the hook shows it
                deliver(None, UserError(self.tr("The copy stopped on an unexpected error.")))
            raise typing.cast(Exception, problem)
        if deliver is not None:
            deliver(result, problem)


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
        self.copier = Copier("netprep backup", self)  # the day's and "Back up now", in turn
        self.manual_wanted = False  # "Back up now" waits for the day's backup being copied
        self.progress: QWidget | None = None  # in the status bar while "Back up now" copies
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
        window.installEventFilter(self)  # closing waits for a backup on its way
        if app.read_only:
            self._show_banner(said(app.backups.read_only_reason()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.copier.busy:
            self.finish_copy_before_closing()
        return False

    def finish_copy_before_closing(self) -> None:
        """The window closes while a backup is being copied: let the copy finish (a backup
        cut short would only be thrown away at the next start), for up to a minute."""
        self.window.statusBar().showMessage(self.tr("Finishing the backup before closing…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.copier.wait(CLOSE_WAIT_SECONDS)
        finally:
            QApplication.restoreOverrideCursor()

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
        style_widget(self.banner, f"#readOnlyBanner {{ {BANNER_STYLE} }}")
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
        label_style = "#changedOnDiskBanner QLabel { color: @warn@; }"
        style_widget(banner, f"#changedOnDiskBanner {{ {BANNER_STYLE} }} {label_style}")
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
        listed = "\n".join(f"• {said(p)}" for p in problems[:12])
        more = self.tr("\n…and %n more", "", len(problems) - 12) if len(problems) > 12 else ""
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
        """Today's backup, if due: frozen here (instant), copied on a worker thread, one
        copy at a time (two would only share the disk; the next hourly check, or the end
        of "Back up now", tries again)."""
        if self.copier.busy or self.manual_wanted:
            return
        copy = self.app.backups.daily_in_background()
        if copy is not None:
            self.copier.start(copy, self._backed_up)

    def _backed_up(self, reason: object, error: UserError | None) -> None:
        problem = reason or error
        if problem:
            failed_text = self.tr("Today's backup failed: {reason}").format(reason=problem)
            self.window.statusBar().showMessage(failed_text, 10000)
        if self.manual_wanted:
            self.manual_wanted = False
            self._start_back_up()

    def back_up_now(self) -> None:
        """Freeze the data now (instant) and copy it on a worker thread: the window keeps
        working, "Back up now" is disabled and the status bar says a backup is on its way.
        While the day's backup is being copied, this one starts when it is done."""
        if self.manual_wanted:
            return
        self.back_up_action.setEnabled(False)
        self._show_progress()
        if self.copier.busy:
            self.manual_wanted = True
        else:
            self._start_back_up()

    def _start_back_up(self) -> None:
        try:
            copy = self.app.backups.back_up_in_background()
        except UserError as error:
            self._backed_up_now(None, error)
            return
        self.copier.start(copy, self._backed_up_now)

    def _backed_up_now(self, made: object, error: UserError | None) -> None:
        self._hide_progress()
        self.back_up_action.setEnabled(not self.app.read_only)
        if error is not None or not isinstance(made, BackupMade):
            self._not_backed_up(error or UserError(self.tr("The backup could not be made.")))
            return
        done = self.tr("Backed up {holds} ({size}) to {folder}").format(
            holds=BackupWords().holds(made.choice), size=made.size_text(), folder=made.path
        )
        self.window.statusBar().showMessage(done, 15000)

    def _not_backed_up(self, error: UserError) -> None:
        text = self.tr("No backup was made: {reason}\n\nYour data itself is unchanged.")
        QMessageBox.warning(self.window, self.tr("Not backed up"), text.format(reason=said(error)))

    def _show_progress(self) -> None:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Backing up your data…")))
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy: how long a copy takes is not known ahead
        bar.setMaximumWidth(120)
        bar.setAccessibleName(self.tr("Backup in progress"))
        row.addWidget(bar)
        self.window.statusBar().addPermanentWidget(holder)
        self.progress = holder

    def _hide_progress(self) -> None:
        if self.progress is not None:
            self.window.statusBar().removeWidget(self.progress)
            self.progress.deleteLater()
            self.progress = None

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
