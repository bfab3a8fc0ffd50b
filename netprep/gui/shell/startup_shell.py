"""The window's frame painted first: sidebar and an empty page, while the data opens.

At 30,000 contacts opening the data and building the pages take seconds; the user sees
the window at once (where it was last time) with "Opening your data…", not nothing. It
imports nothing heavy: the real window replaces it when it is ready.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from netprep.gui.shell.side_panel import SidePanel, window_title
from netprep.gui.shell.window_state import SMALLEST_SIZE, WindowState

OPENING = "Opening your data…"


class StartupShell(QMainWindow):
    closed = Signal()  # by the user while the data opens, or when the real window replaces it

    def __init__(self, state: WindowState, *, demo: bool = False) -> None:
        super().__init__()
        self.setWindowTitle(window_title(demo=demo))
        self.setMinimumSize(SMALLEST_SIZE)
        self.side_panel = SidePanel()
        self.message = QLabel(self.tr("Opening your data…"))
        self.message.setObjectName("mutedLabel")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page = QWidget()
        page.setObjectName("pageArea")
        QVBoxLayout(page).addWidget(self.message)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.side_panel)
        row.addWidget(page, 1)
        self.setCentralWidget(central)
        state.restore_or_fit(self)  # last time's place, or one the screen can hold

    def paint_now(self, qt_app: QApplication) -> None:
        """Show it and let it paint before the caller blocks on opening the data."""
        self.show()
        qt_app.processEvents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.side_panel.fit_window(event.size().width())

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
