"""Review settings: the time field's arrows get the same room as the day fields' (not squashed)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QStyle, QStyleOptionSpinBox
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.review.settings_dialog import CIRCLES, ReviewSettingsDialog
from netprep.gui.widgets.theme import render
from netprep.resources import resource_path


def _up_button_width(box: QAbstractSpinBox) -> int:
    option = QStyleOptionSpinBox()
    option.initFrom(box)
    option.rect = box.rect()
    option.subControls = QStyle.SubControl.SC_SpinBoxUp | QStyle.SubControl.SC_SpinBoxDown
    option.frame = True
    rect = box.style().subControlRect(
        QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxUp, box
    )
    return rect.width()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_time_fields_arrows_are_as_wide_as_the_day_fields(
    qtbot: QtBot, app: App, scheme: str
) -> None:
    dialog = ReviewSettingsDialog(app.review)
    qtbot.addWidget(dialog)
    sheet = resource_path("style.qss").read_text(encoding="utf-8")
    dialog.setStyleSheet(render(sheet, scheme, 10.0))
    dialog.show()
    QApplication.processEvents()
    days = _up_button_width(dialog.interval_boxes[CIRCLES[0]][0])
    assert days >= 16
    assert _up_button_width(dialog.time) == days
