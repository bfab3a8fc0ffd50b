"""What the kill tests' child processes share: open the app on a data folder, let a step type
as a user would, say "typed ID" on stdout, then run the event loop until killed or told to quit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer

from netprep.composition import App
from netprep.gui.shell.application import _quit_on_signals, make_qt_app, open_data
from netprep.gui.shell.main_window import MainWindow
from netprep.gui.shell.window_state import WindowState

TypingStep = Callable[[App, MainWindow], str]  # types, returns the id to report


def run_typist(data_dir: str, settings: str, step: TypingStep) -> int:
    qt_app = make_qt_app()
    app = open_data(Path(data_dir), interactive=False)
    if app is None:
        return 1
    try:
        window = MainWindow(app, WindowState(Path(settings)))
        window.show()
        typed = step(app, window)
        heartbeat = _quit_on_signals(qt_app)
        QTimer.singleShot(0, lambda: print(f"typed {typed}", flush=True))
        code = qt_app.exec()
        heartbeat.stop()
        return code
    finally:
        app.close()
