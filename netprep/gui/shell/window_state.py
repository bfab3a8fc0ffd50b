"""Remembering window geometry between runs, in an INI file outside the data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

CONFIG_DIR_ENV = "NETPREP_CONFIG_DIR"
FIRST_SIZE = QSize(1200, 780)  # the first run's window, where the screen has room for it
#: The narrowest and shortest the main window goes: every page's buttons keep their words
#: there, in English and in German (tests/gui/shell/test_smallest_window.py).
SMALLEST_SIZE = QSize(860, 520)


def default_settings_path() -> Path:
    folder = os.environ.get(CONFIG_DIR_ENV) or user_config_dir("netprep", appauthor=False)
    return Path(folder) / "window.ini"


class WindowState:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def restore(self, window: QWidget, key: str = "main") -> bool:
        geometry = self._settings.value(f"{key}/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            return window.restoreGeometry(geometry)
        return False

    def restore_or_fit(self, window: QWidget, key: str = "main") -> None:
        """The size and place it had last time; the first time, a size the screen can hold
        (1200x780 overflowed a 1024x700 screen, its right edge and status bar out of view)."""
        if self.restore(window, key):
            return
        screen = window.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else FIRST_SIZE
        window.resize(FIRST_SIZE.boundedTo(room).expandedTo(window.minimumSize()))

    def save(self, window: QWidget, key: str = "main") -> None:
        self._settings.setValue(f"{key}/geometry", window.saveGeometry())
        self._settings.sync()

    def value(self, key: str, default: object = None) -> object:
        return self._settings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)
