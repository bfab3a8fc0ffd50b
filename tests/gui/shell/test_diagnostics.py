"""Diagnostics: a rotating log and faulthandler in the log folder; Help opens the folders and
lists every keyboard shortcut."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.shell.diagnostics import LOG_DIR_ENV, Diagnostics, ShortcutsWindow, log_folder
from tests.gui.helpers import make_window


def test_the_log_goes_to_a_rotating_file_and_faulthandler_writes_beside_it(
    tmp_path: Path,
) -> None:
    running = Diagnostics(tmp_path / "logs").start()
    try:
        assert running.handler is not None
        assert running.handler.maxBytes > 0 and running.handler.backupCount > 0
        logging.getLogger("netprep.test").warning("something to tell support")
        running.handler.flush()
        assert "something to tell support" in (tmp_path / "logs" / "netprep.log").read_text()
    finally:
        running.stop()
    assert running.handler is None


def test_a_hard_crash_leaves_its_traceback_in_the_log_folder(tmp_path: Path) -> None:
    script = (
        "import faulthandler, sys\n"
        "from pathlib import Path\n"
        "from netprep.gui.shell.diagnostics import Diagnostics\n"
        "Diagnostics(Path(sys.argv[1])).start()\n"
        "faulthandler._sigsegv()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, timeout=60
    )
    assert done.returncode != 0
    assert "Fatal Python error" in (tmp_path / "crash.log").read_text()


def test_the_log_folder_is_the_platforms_unless_told(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(LOG_DIR_ENV, raising=False)
    assert "netprep" in str(log_folder())
    monkeypatch.setenv(LOG_DIR_ENV, "/somewhere/logs")
    assert log_folder() == Path("/somewhere/logs")


def test_help_opens_the_data_backups_and_log_folders(
    qtbot: QtBot, app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "logs"))
    window = make_window(qtbot, app, tmp_path)
    for name in ("open_data_folder", "open_backups_folder", "open_log_folder"):
        window.commands[name].trigger()
    assert app.data_dir is not None
    assert opened == [str(app.data_dir), str(app.data_dir / "backups"), str(tmp_path / "logs")]
    help_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Help")
    assert window.commands["open_log_folder"] in help_menu.actions()


def test_the_keyboard_shortcuts_window_lists_the_menus_keys(
    qtbot: QtBot, app: App, tmp_path: Path
) -> None:
    window = make_window(qtbot, app, tmp_path)
    assert window.commands["shortcuts"].shortcut().toString() == "Ctrl+?"
    listed = dict(ShortcutsWindow(window).rows())
    assert listed["Go → Referrals"] == "Ctrl+4"
    assert any("Prepare a meeting" in name for name in listed)
    assert any(keys == "Ctrl+?" for keys in listed.values())
