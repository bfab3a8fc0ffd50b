"""The box that picks what a follow-up's email is about (the insight a thank-you quotes, or
an introduction's step): a long insight ends in "…" instead of widening the page.

Its words keep the context of the detail they were first written in ("FollowUpDetail"), so
their translations still apply.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QLabel, QStyle, QStyleOptionComboBox, QStylePainter

from netprep.composition import App
from netprep.domain.followups import FollowUp, FollowUpKind

LONGEST_CHOICE = 160  # characters of an insight in the list (the tooltip has it all)


def shortened(text: str) -> str:
    if len(text) <= LONGEST_CHOICE:
        return text
    return text[: LONGEST_CHOICE - 1].rsplit(" ", 1)[0] + "…"


class ElidedComboBox(QComboBox):
    """Shows its current text ending in "…" when it is wider than the box (a long insight
    was cut mid-word); the list that opens, and the tooltip, show it whole."""

    def shown_text(self) -> str:
        """The current text as the box shows it: whole, or ending in "…"."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self._elided(option)

    def _elided(self, option: QStyleOptionComboBox) -> str:
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        return self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self._elided(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def fill_choice(box: QComboBox, caption: QLabel, app: App, item: FollowUp) -> None:
    """The choices ``item`` has: each insight a thank-you can quote (its item data is the
    insight's position), or an introduction's steps (the step's position); none for others."""
    box.clear()
    if item.kind is FollowUpKind.THANK_YOU:
        caption.setText(QCoreApplication.translate("FollowUpDetail", "Quote"))
        box.setAccessibleName(QCoreApplication.translate("FollowUpDetail", "Insight to quote"))
        for index, text in enumerate(app.followups.insights(item.id)):
            if text.strip():
                box.addItem(shortened(" ".join(text.split())), index)
                box.setItemData(box.count() - 1, text.strip(), Qt.ItemDataRole.ToolTipRole)
        box.setToolTip(
            QCoreApplication.translate(
                "FollowUpDetail", "The insight the thank-you quotes back to them"
            )
        )
    elif item.kind is FollowUpKind.INTRODUCTION:
        caption.setText(QCoreApplication.translate("FollowUpDetail", "Step"))
        box.setAccessibleName(QCoreApplication.translate("FollowUpDetail", "Introduction step"))
        for step, (name, _draft) in enumerate(app.followups.introduction_emails(item.id)):
            box.addItem(name, step)
        box.setToolTip(
            QCoreApplication.translate(
                "FollowUpDetail", "Double opt-in: ask each of them first, then introduce them"
            )
        )
    visible = box.count() > 0
    box.setVisible(visible)
    caption.setVisible(visible)
