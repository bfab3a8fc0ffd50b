"""Review settings: each circle's name sits on the line of words and boxes beside it (it
sat 4 px above them, at the top of the row)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.review.settings_dialog import CIRCLES, ReviewSettingsDialog
from netprep.gui.words.labels import label
from tests.gui.theming import app_theme


def test_each_circle_is_named_on_its_line(qtbot: QtBot, app: App) -> None:
    with app_theme():
        dialog = ReviewSettingsDialog(app.review)
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()

        def middle(widget: QWidget) -> int:
            return widget.mapTo(dialog, widget.rect().center()).y()

        labels = dialog.findChildren(QLabel)
        for circle in CIRCLES:
            (name,) = (shown for shown in labels if shown.text() == label(circle))
            ideal, _most = dialog.interval_boxes[circle]
            assert abs(middle(name) - middle(ideal)) <= 1, label(circle)
