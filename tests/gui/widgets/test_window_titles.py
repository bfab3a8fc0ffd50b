"""Window titles read "netprep" once, as Linux and Windows show them: Qt adds " — netprep"
(the display name) to any title that does not already end with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.shell.application import make_qt_app
from netprep.gui.shell.main_window import MainWindow
from netprep.gui.shell.startup_shell import StartupShell
from netprep.gui.shell.window_state import WindowState


def as_shown(title: str) -> str:
    """The title the window manager gets (Qt's QPlatformWindow::formatWindowTitle)."""
    name = QGuiApplication.applicationDisplayName()
    return title if title.endswith(name) else f"{title} \u2014 {name}"


def test_the_demo_window_says_netprep_once(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    make_qt_app()
    window = MainWindow(app, WindowState(tmp_path / "w.ini"), demo=True)
    qtbot.addWidget(window)
    shell = StartupShell(WindowState(tmp_path / "w.ini"), demo=True)
    qtbot.addWidget(shell)
    for title in (window.windowTitle(), shell.windowTitle()):
        assert as_shown(title).count("netprep") == 1, as_shown(title)
        assert "demo data" in title.casefold()
    plain = MainWindow(app, WindowState(tmp_path / "w.ini"))
    qtbot.addWidget(plain)
    assert as_shown(plain.windowTitle()) == "netprep"
