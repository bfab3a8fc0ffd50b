"""Remembering window geometry between runs, in an INI file outside the data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

CONFIG_DIR_ENV = "NETPREP_CONFIG_DIR"


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

    def save(self, window: QWidget, key: str = "main") -> None:
        self._settings.setValue(f"{key}/geometry", window.saveGeometry())
        self._settings.sync()

    def value(self, key: str, default: object = None) -> object:
        return self._settings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)
