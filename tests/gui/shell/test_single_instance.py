"""A second launch on the same data folder raises the running window instead of refusing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from netprep.gui.shell.single_instance import InstanceServer, ask_running_to_show, server_name


def test_a_second_launch_brings_the_running_window_forward(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert not ask_running_to_show(folder, timeout_ms=100)  # nobody running yet
    server = InstanceServer(folder)
    try:
        assert server.listening
        window = QMainWindow()
        qtbot.addWidget(window)
        window.show()
        window.showMinimized()
        with qtbot.waitSignal(server.show_requested, timeout=3000):
            assert ask_running_to_show(tmp_path / "." / "data")  # the same folder
        assert not window.isMinimized()
        assert not ask_running_to_show(tmp_path / "other", timeout_ms=100)  # per folder
    finally:
        server.close()


def test_the_name_is_per_folder_and_stable(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") == server_name(tmp_path / "x" / ".." / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
