"""The review's settings: each circle's interval, the review day and time, reminders."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from netprep.domain.cadence import MAX_DAYS, MIN_DAYS, Interval
from netprep.domain.records import Circle
from netprep.domain.review.settings import ReviewSettings
from netprep.gui.widgets.dates import time_pattern
from netprep.gui.widgets.wheel_guard import guard_wheel
from netprep.gui.words.labels import label
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError
from netprep.services.review.service import ReviewService

CIRCLES = (Circle.STAY_IN_TOUCH, Circle.GET_TO_KNOW, Circle.COLLABORATED)


def _days_box(value: int) -> QSpinBox:
    box = guard_wheel(QSpinBox())
    box.setRange(MIN_DAYS, MAX_DAYS)
    box.setSuffix(QCoreApplication.translate("ReviewSettingsDialog", " days"))
    box.setValue(value)
    return box


class ReviewSettingsDialog(QDialog):
    def __init__(self, review: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Weekly review settings"))
        self._review = review
        settings = review.settings.get()
        self._settings = settings
        intervals = QGroupBox(self.tr("Keep in touch, by circle"))
        grid = QFormLayout(intervals)
        self.interval_boxes: dict[Circle, tuple[QSpinBox, QSpinBox]] = {}
        for circle in CIRCLES:
            interval = settings.intervals[circle]
            ideal, most = _days_box(interval.ideal_days), _days_box(interval.max_days)
            ideal.setAccessibleName(self.tr("{circle}: ideally every").format(circle=label(circle)))
            most.setAccessibleName(
                self.tr("{circle}: at the latest every").format(circle=label(circle))
            )
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("ideally every")))
            row.addWidget(ideal)
            row.addWidget(QLabel(self.tr("at the latest every")))
            row.addWidget(most)
            row.addStretch(1)
            name = QLabel(label(circle))  # on the line of words and boxes beside it
            name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            name.setMinimumHeight(ideal.sizeHint().height())
            grid.addRow(name, row)
            self.interval_boxes[circle] = (ideal, most)
        hint = QLabel(self.tr("A contact's own interval (on their page) wins over their circle's."))
        hint.setObjectName("mutedLabel")
        hint.setWordWrap(True)
        grid.addRow(hint)

        review_box = QGroupBox(self.tr("The weekly review"))
        review_form = QFormLayout(review_box)
        self.day = guard_wheel(QComboBox())
        self.day.setAccessibleName(self.tr("Review day"))
        for weekday in range(1, 8):  # Monday first, named in the user's language
            self.day.addItem(QLocale().dayName(weekday))
        self.day.setCurrentIndex(settings.review_weekday)
        self.time = guard_wheel(
            QTimeEdit(QTime(settings.review_time.hour, settings.review_time.minute))
        )
        self.time.setDisplayFormat(time_pattern())
        review_form.addRow(self.tr("Review day"), self.day)
        review_form.addRow(self.tr("Calendar event at"), self.time)

        reminders = QGroupBox(self.tr("Reminders while netprep is open"))
        column = QVBoxLayout(reminders)
        self.remind_meetings = QCheckBox(self.tr("A meeting starts in 15 minutes"))
        self.remind_followups = QCheckBox(self.tr("Follow-ups fall due"))
        self.remind_review = QCheckBox(self.tr("It is the review day"))
        for box, on in (
            (self.remind_meetings, settings.remind_meetings),
            (self.remind_followups, settings.remind_followups),
            (self.remind_review, settings.remind_review),
        ):
            box.setChecked(on)
            column.addWidget(box)

        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intervals)
        layout.addWidget(review_box)
        layout.addWidget(reminders)
        if review.settings.problem:
            problem = QLabel(said(review.settings.problem))
            problem.setWordWrap(True)
            layout.addWidget(problem)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen(self) -> ReviewSettings:
        intervals = dict(self._settings.intervals)
        for circle, (ideal, most) in self.interval_boxes.items():
            intervals[circle] = Interval(ideal.value(), most.value())
        at = self.time.time()
        return replace(
            self._settings,
            intervals=intervals,
            review_weekday=self.day.currentIndex(),
            review_time=self._settings.review_time.replace(hour=at.hour(), minute=at.minute()),
            remind_meetings=self.remind_meetings.isChecked(),
            remind_followups=self.remind_followups.isChecked(),
            remind_review=self.remind_review.isChecked(),
        )

    def save(self) -> None:
        try:
            self._review.save_settings(self.chosen())
        except UserError as error:
            self.error.setText(said(error))
            self.error.show()
            return
        self.accept()
