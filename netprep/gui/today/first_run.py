"""Getting started: on an empty data folder, three steps instead of four zero counters.

1) your profile, 2) add the person you are meeting, 3) prepare the meeting. A step that is
done is ticked and its button steps back; the next one is the primary button.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from netprep.gui.widgets.theme import style_widget
from netprep.gui.words import QT_TRANSLATE_NOOP

GUIDE_QSS = """
QLabel#stepMark { background: @accent_fill@; color: @on_accent@; border-radius: 13px;
                  min-width: 26px; max-width: 26px; min-height: 26px; max-height: 26px;
                  font-weight: 700; }
"""


@dataclass(frozen=True)
class FirstRunState:
    profile_done: bool
    contact_done: bool


# (the words are translated as shown, in the FirstRunGuide context)
STEPS = (
    (
        QT_TRANSLATE_NOOP("FirstRunGuide", "Tell netprep about you"),
        QT_TRANSLATE_NOOP(
            "FirstRunGuide",
            "Your name, what you are good at and your current goal: every brief is built "
            "from them.",
        ),
        QT_TRANSLATE_NOOP("FirstRunGuide", "Open your profile"),
    ),
    (
        QT_TRANSLATE_NOOP("FirstRunGuide", "Add the person you are meeting"),
        QT_TRANSLATE_NOOP(
            "FirstRunGuide",
            "Their name, role and company, and anything you already know about them.",
        ),
        QT_TRANSLATE_NOOP("FirstRunGuide", "Add a contact"),
    ),
    (
        QT_TRANSLATE_NOOP("FirstRunGuide", "Prepare the meeting"),
        QT_TRANSLATE_NOOP(
            "FirstRunGuide",
            "netprep builds a one-page brief: your overview, three questions, what to offer back.",
        ),
        QT_TRANSLATE_NOOP("FirstRunGuide", "Prepare a meeting"),
    ),
)


class FirstRunGuide(QFrame):
    """Emits the step the user chose: open the profile, add a contact, prepare."""

    open_profile = Signal()
    new_contact = Signal()
    prepare_meeting = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        title = QLabel(self.tr("Getting started"))
        title.setObjectName("sectionTitle")
        intro = QLabel(self.tr("Three steps to your first 20-minute networking meeting."))
        intro.setObjectName("mutedLabel")
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        self.marks: list[QLabel] = []
        self.buttons: list[QPushButton] = []
        for row, words in enumerate(STEPS):
            heading, detail, button_text = (self.tr(w) for w in words)
            mark = QLabel(str(row + 1))
            mark.setObjectName("stepMark")
            mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(f"<b>{html.escape(heading)}</b><br>{html.escape(detail)}")
            text.setWordWrap(True)
            button = QPushButton(button_text)
            button.setAccessibleName(
                self.tr("Step {number}: {action}").format(number=row + 1, action=button_text)
            )
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
            grid.addWidget(button, row, 2)
            self.marks.append(mark)
            self.buttons.append(button)
        self.buttons[0].clicked.connect(self.open_profile)
        self.buttons[1].clicked.connect(self.new_contact)
        self.buttons[2].clicked.connect(self.prepare_meeting)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(grid)
        style_widget(self, GUIDE_QSS)

    def show_state(self, state: FirstRunState) -> None:
        done = (state.profile_done, state.contact_done, False)
        next_step = done.index(False)
        for number, (mark, button) in enumerate(zip(self.marks, self.buttons, strict=True)):
            mark.setText("✓" if done[number] else str(number + 1))
            mark.setToolTip(self.tr("Done") if done[number] else "")
            button.setObjectName("primaryButton" if number == next_step else "")
            button.style().unpolish(button)
            button.style().polish(button)
        self.buttons[2].setEnabled(state.contact_done)
        self.buttons[2].setToolTip(
            "" if state.contact_done else self.tr("Add the person first (step 2)")
        )

    def next_button(self) -> QPushButton:
        return next(b for b in self.buttons if b.objectName() == "primaryButton")
