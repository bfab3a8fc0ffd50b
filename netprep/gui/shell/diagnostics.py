"""Diagnostics a user can hand over: a rotating log file in the platform's log folder,
faulthandler writing a crash's traceback there, and the Help menu's way to the folders
(data, backups, logs) and to a list of every keyboard shortcut."""

from __future__ import annotations

import faulthandler
import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_path
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netprep import APP_NAME
from netprep.gui.widgets.two_line_delegate import pad_rows

LOG_DIR_ENV = "NETPREP_LOG_DIR"  # tests and portable installs: where the logs go
LOG_FILE = "netprep.log"
CRASH_FILE = "crash.log"
LOG_BYTES = 1_000_000
LOG_KEEP = 3


def log_folder() -> Path:
    chosen = os.environ.get(LOG_DIR_ENV)
    return Path(chosen) if chosen else user_log_path(APP_NAME, appauthor=False)


class Diagnostics:
    """The log handler and the crash file, open while the app runs; :meth:`stop` closes them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.handler: RotatingFileHandler | None = None
        self._crash_fd: int | None = None

    def start(self) -> Diagnostics:
        """Log to the folder (once per process and folder) and point faulthandler there."""
        log_path = str((self.folder / LOG_FILE).absolute())
        root = logging.getLogger()
        if any(getattr(h, "baseFilename", "") == log_path for h in root.handlers):
            return self  # already logging there (the app reopened after a restore)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.handler = RotatingFileHandler(
                log_path, maxBytes=LOG_BYTES, backupCount=LOG_KEEP, encoding="utf-8"
            )
            flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT
            self._crash_fd = os.open(self.folder / CRASH_FILE, flags, 0o600)
        except OSError:
            return self  # no log folder (read-only home): the app runs without logs
        self.handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        root.addHandler(self.handler)
        if root.level > logging.INFO or root.level == logging.NOTSET:
            root.setLevel(logging.INFO)
        faulthandler.enable(file=self._crash_fd, all_threads=True)
        logging.getLogger("netprep").info("netprep started; logs in %s", self.folder)
        return self

    def stop(self) -> None:
        if self._crash_fd is not None:
            faulthandler.disable()
            os.close(self._crash_fd)
            self._crash_fd = None
        if self.handler is not None:
            logging.getLogger().removeHandler(self.handler)
            self.handler.close()
            self.handler = None


def open_folder(parent: QWidget, folder: Path) -> bool:
    """Show ``folder`` in the file manager; a clear message if it cannot be."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Diagnostics", "Cannot open the folder"),
            QCoreApplication.translate("Diagnostics", "{folder}: {reason}").format(
                folder=folder, reason=exc.strerror or exc
            ),
        )
        return False
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Diagnostics", "The folder"),
            QCoreApplication.translate("Diagnostics", "netprep keeps it here:\n{folder}").format(
                folder=folder
            ),
        )
        return False
    return True


class ShortcutsWindow(QDialog):
    """Every menu command that has a keyboard shortcut, as the menus show it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.setRootIsDecorated(False)
        pad_rows(self.table)  # rows as every list has them
        for menu in window.menuBar().findChildren(QMenu):
            for action in menu.actions():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys and action.text():
                    name = f"{menu.title()} → {action.text()}".replace("&", "")
                    self.table.addTopLevelItem(QTreeWidgetItem([name, keys]))
        for name, keys in self._page_keys():
            self.table.addTopLevelItem(QTreeWidgetItem([name, keys]))
        # Sized as shown (with the stylesheet applied), and again if a translation is longer.
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(600, 600)  # every key shown without scrolling, padded rows and all

    def _page_keys(self) -> list[tuple[str, str]]:
        """Keys that work on a page without a menu command of their own."""
        return [
            (self.tr("Contacts → Clear the search"), self.tr("Esc")),
            (self.tr("Contacts → From the search into the results"), self.tr("Down")),
            (self.tr("Contacts → Delete the selected contact"), self.tr("Delete")),
            (self.tr("Notes → Bring back a deleted note"), self.tr("Ctrl+Z")),
        ]

    def rows(self) -> list[tuple[str, str]]:
        items = (self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount()))
        return [(item.text(0), item.text(1)) for item in items if item is not None]


def add_help_items(
    window: QMainWindow, menu: QMenu, data_dir: Path | None, backups: Path | None
) -> dict[str, QAction]:
    """Help → Keyboard shortcuts (Ctrl+?), Open data folder / backups / log folder."""
    items: dict[str, QAction] = {}

    def add(name: str, text: str, handler: object, keys: str = "") -> None:
        action = QAction(text, window)
        action.setObjectName(f"action_{name}")
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(handler)
        items[name] = action

    keys_text = QCoreApplication.translate("Diagnostics", "&Keyboard shortcuts")
    add("shortcuts", keys_text, lambda: ShortcutsWindow(window).exec(), "Ctrl+?")
    if data_dir is not None:
        text = QCoreApplication.translate("Diagnostics", "Open &data folder")
        add("open_data_folder", text, lambda: open_folder(window, data_dir))
    if backups is not None:
        text = QCoreApplication.translate("Diagnostics", "Open &backups folder")
        add("open_backups_folder", text, lambda: open_folder(window, backups))
    text = QCoreApplication.translate("Diagnostics", "Open &log folder")
    add("open_log_folder", text, lambda: open_folder(window, log_folder()))
    first = menu.actions()[0] if menu.actions() else None
    menu.insertActions(first, list(items.values()))  # type: ignore[arg-type]
    if first is not None:
        menu.insertSeparator(first)
    return items
