"""The first window fits the screen it opens on (1200x780 overflowed a 1024x700 screen), and
later runs get back the size the user left it at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.shell.main_window import MainWindow
from netprep.gui.shell.startup_shell import StartupShell
from netprep.gui.shell.window_state import FIRST_SIZE, WindowState


def test_the_first_window_fits_the_screen(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    window = MainWindow(app, WindowState(tmp_path / "window.ini"))
    qtbot.addWidget(window)
    shell = StartupShell(WindowState(tmp_path / "window.ini"))
    qtbot.addWidget(shell)
    screen = window.screen()
    assert screen is not None
    room = screen.availableGeometry().size()
    for opened in (window, shell):
        assert opened.width() <= max(room.width(), opened.minimumWidth())
        assert opened.height() <= max(room.height(), opened.minimumHeight())
        assert opened.size() == FIRST_SIZE.boundedTo(room).expandedTo(opened.minimumSize())


def test_a_later_run_gets_back_the_size_left(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    state = WindowState(tmp_path / "window.ini")
    first = MainWindow(app, state)
    qtbot.addWidget(first)
    first.resize(QSize(860, 540))
    state.save(first)
    again = MainWindow(app, WindowState(tmp_path / "window.ini"))
    qtbot.addWidget(again)
    assert again.size() == QSize(860, 540)
