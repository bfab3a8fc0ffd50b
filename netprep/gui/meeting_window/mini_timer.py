"""The compact timer: time left and the phase name, always on top, for a glance mid-conversation.

It holds no time of its own: the meeting window hands it each reading it shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from netprep.domain.meeting_clock import ClockReading, ClockStatus
from netprep.gui.meeting_window.style import MINI_STYLE, stage_sheet
from netprep.gui.meeting_window.timer_text import phase_time
from netprep.gui.widgets.theme import style_widget
from netprep.gui.words.default_agenda import shown


class MiniTimer(QWidget):
    """Double-click, Enter or the ⤢ button returns to the full meeting window."""

    expand_requested = Signal()

    def __init__(self, toggle_pause: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("miniTimer")
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowTitleHint
            | Qt.WindowType.WindowCloseButtonHint
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("Meeting timer"))
        style_widget(self, stage_sheet(MINI_STYLE))
        self.time_label = QLabel("0:00")
        self.time_label.setObjectName("miniTime")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label = QLabel()
        self.phase_label.setObjectName("miniPhase")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label.setTextFormat(Qt.TextFormat.PlainText)
        self.expand_button = QToolButton()
        self.expand_button.setText("⤢")
        self.expand_button.setToolTip(self.tr("Back to the full meeting window (Enter)"))
        self.expand_button.setAccessibleName(self.tr("Back to the full meeting window"))
        self.expand_button.clicked.connect(self.expand_requested)
        top = QHBoxLayout()
        top.addWidget(self.time_label, 1)
        top.addWidget(self.expand_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 10)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.phase_label)
        self.setMinimumWidth(220)
        for keys, handler in (
            ("Space", toggle_pause),
            ("Return", self.expand_requested.emit),
            ("Enter", self.expand_requested.emit),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(handler)

    def show_reading(self, reading: ClockReading) -> None:
        text, over = phase_time(reading)
        self.time_label.setText(text)
        warning = reading.two_minute_warning and not over
        if self.time_label.property("over") != over or self.time_label.property("warning") != (
            warning
        ):
            self.time_label.setProperty("over", over)
            self.time_label.setProperty("warning", warning)
            self.time_label.style().unpolish(self.time_label)
            self.time_label.style().polish(self.time_label)
        name = shown(reading.phase.name)
        if reading.paused:
            name += self.tr(" · paused")
        elif reading.status is ClockStatus.NOT_STARTED:
            name += self.tr(" · not started")
        self.phase_label.setText(name)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.expand_requested.emit()
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.expand_requested.emit()  # closing the mini view brings the full one back
        event.accept()
