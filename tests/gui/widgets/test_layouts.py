"""Layouts: ButtonFlow puts its buttons on one line when there is room, more lines rather
than a wider window."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from netprep.gui.widgets.layouts import ButtonFlow


def holder(qtbot: QtBot, *, align_right: bool = False) -> tuple[QWidget, list[QPushButton]]:
    widget = QWidget()
    qtbot.addWidget(widget)
    outer = QVBoxLayout(widget)
    outer.setContentsMargins(9, 9, 9, 9)
    flow = ButtonFlow(align_right=align_right)
    buttons = [QPushButton(text) for text in ("Log a touch…", "Prepare a meeting", "Save")]
    for button in buttons:
        flow.addWidget(button)
    outer.addLayout(flow)
    outer.addStretch(1)
    return widget, buttons


def test_one_line_when_there_is_room_and_the_main_button_last(qtbot: QtBot) -> None:
    widget, buttons = holder(qtbot, align_right=True)
    widget.resize(900, 200)
    widget.show()
    QApplication.processEvents()
    assert len({button.y() for button in buttons}) == 1
    lefts = [button.x() for button in buttons]
    assert lefts == sorted(lefts)
    margin = 9
    assert buttons[-1].geometry().right() == widget.width() - margin - 1  # on the right
    assert all(button.width() >= button.sizeHint().width() for button in buttons)


def test_narrow_wraps_onto_more_lines_without_squeezing_a_button(qtbot: QtBot) -> None:
    widget, buttons = holder(qtbot)
    widest = max(button.sizeHint().width() for button in buttons)
    assert widget.minimumSizeHint().width() <= widest + 18
    widget.resize(widest + 18, 300)
    widget.show()
    QApplication.processEvents()
    assert len({button.y() for button in buttons}) == 3  # each on its own line
    assert all(button.width() >= button.sizeHint().width() for button in buttons)
    tops = [button.y() for button in buttons]
    assert all(b.y() >= a.geometry().bottom() for a, b in itertools.pairwise(buttons))
    assert tops == sorted(tops)


def test_a_hidden_button_takes_no_room(qtbot: QtBot) -> None:
    widget, buttons = holder(qtbot)
    widget.resize(900, 200)
    widget.show()
    buttons[0].hide()
    QApplication.processEvents()
    margin = 9
    assert buttons[1].x() == margin
