"""The top of the meeting window: the phase, its time left, the meeting's, a bar per phase.

It only draws readings; the time comes from the MeetingClock at every refresh.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from netprep.domain.agenda import AgendaPhase
from netprep.domain.meeting_clock import ClockReading, ClockStatus, PhaseTiming
from netprep.gui.meeting_window.timer_text import meeting_time, minutes_text, phase_time
from netprep.gui.words.default_agenda import shown

BAR_STEPS = 1000


def set_flag(widget: QWidget, name: str, value: object) -> None:
    """Set a style property and re-apply the stylesheet only when it changed."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _label(name: str, text: str = "", *, plain: bool = True) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    if plain:
        label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class TimerBand(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerBand")
        self.counter = _label("phaseCounter")
        self.phase_name = _label("phaseName")
        self.phase_name.setWordWrap(True)
        self.next_phase = _label("nextPhase")
        self.next_phase.setWordWrap(True)
        self.paused_badge = _label("pausedBadge", "PAUSED")
        self.paused_badge.setVisible(False)
        self.phase_time = _label("phaseTime", "0:00")
        self.phase_time.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_caption = _label("timeCaption", self.tr("left in this phase"))
        self.phase_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.meeting_time = _label("meetingTime", "0:00")
        self.meeting_time.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.meeting_caption = _label("timeCaption", self.tr("left in the meeting"))
        self.meeting_caption.setAlignment(Qt.AlignmentFlag.AlignRight)

        left = QVBoxLayout()
        left.setSpacing(2)
        left.addWidget(self.counter)
        left.addWidget(self.phase_name)
        left.addWidget(self.next_phase)
        badge_row = QHBoxLayout()
        badge_row.addWidget(self.paused_badge)
        badge_row.addStretch(1)
        left.addLayout(badge_row)
        left.addStretch(1)
        centre = QVBoxLayout()
        centre.setSpacing(0)
        centre.addWidget(self.phase_time)
        centre.addWidget(self.phase_caption)
        right = QVBoxLayout()
        right.setSpacing(0)
        right.addStretch(1)
        right.addWidget(self.meeting_time)
        right.addWidget(self.meeting_caption)
        right.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(22, 14, 22, 14)
        row.setSpacing(24)
        row.addLayout(left, 3)
        row.addLayout(centre, 3)
        row.addLayout(right, 2)

    def show_reading(self, reading: ClockReading, agenda: Sequence[AgendaPhase]) -> None:
        number = reading.phase_index + 1
        self.counter.setText(
            self.tr("PHASE {number} OF {count}").format(number=number, count=reading.phase_count)
        )
        self.phase_name.setText(shown(reading.phase.name))
        if reading.is_last_phase:
            self.next_phase.setText(self.tr("Last phase: thank them and end on time"))
        else:
            upcoming = agenda[reading.phase_index + 1]
            self.next_phase.setText(
                self.tr("Next: {phase} · {minutes}").format(
                    phase=shown(upcoming.name), minutes=minutes_text(upcoming.minutes)
                )
            )
        paused = reading.status is ClockStatus.PAUSED  # shown in the digits, not only a badge
        text, over = phase_time(reading)
        self.phase_time.setText(text)
        set_flag(self.phase_time, "over", over and not paused)
        set_flag(self.phase_time, "paused", paused)
        caption = self.tr("over in this phase") if over else self.tr("left in this phase")
        self.phase_caption.setText(
            self.tr("paused · {caption}").format(caption=caption) if paused else caption
        )
        set_flag(self.phase_caption, "over", over and not paused)
        set_flag(self.phase_caption, "paused", paused)
        text, over = meeting_time(reading)
        self.meeting_time.setText(text)
        set_flag(self.meeting_time, "over", over and not paused)
        set_flag(self.meeting_time, "paused", paused)
        self.meeting_caption.setText(
            self.tr("over the meeting's time") if over else self.tr("left in the meeting")
        )
        set_flag(self.meeting_caption, "over", over)
        self.paused_badge.setVisible(reading.status is ClockStatus.PAUSED)
        if reading.status is ClockStatus.NOT_STARTED:
            self.paused_badge.setText(self.tr("NOT STARTED"))
            self.paused_badge.setVisible(True)
        else:
            self.paused_badge.setText(self.tr("PAUSED"))
        set_flag(self, "warning", reading.two_minute_warning)


class PhaseBars(QWidget):
    """One progress bar per phase: planned time filled by the time really spent."""

    def __init__(self, agenda: Sequence[AgendaPhase], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[QProgressBar] = []
        self.labels: list[QLabel] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        for column, phase in enumerate(agenda):
            bar = QProgressBar()
            bar.setRange(0, BAR_STEPS)
            bar.setTextVisible(False)
            bar.setAccessibleName(self.tr("Time used in {phase}").format(phase=shown(phase.name)))
            label = _label("phaseStep", f"{shown(phase.name)}\n{minutes_text(phase.minutes)}")
            label.setWordWrap(True)
            grid.addWidget(bar, 0, column)
            grid.addWidget(label, 1, column, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(column, max(1, round(phase.minutes)))
            self.bars.append(bar)
            self.labels.append(label)

    def show_log(self, log: Sequence[PhaseTiming], current: int) -> None:
        for index, (bar, label, timing) in enumerate(
            zip(self.bars, self.labels, log, strict=False)
        ):
            budget = (timing.planned_minutes + timing.extra_minutes) * 60.0
            share = timing.actual_seconds / budget if budget > 0 else 0.0
            bar.setValue(round(min(1.0, share) * BAR_STEPS))
            set_flag(bar, "over", share > 1.0)
            set_flag(bar, "current", index == current)
            set_flag(label, "current", index == current)
            minutes = timing.planned_minutes + timing.extra_minutes
            label.setText(f"{shown(timing.phase)}\n{minutes_text(minutes)}")
