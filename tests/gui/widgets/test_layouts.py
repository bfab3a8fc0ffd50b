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


def test_its_minimum_height_is_what_its_lines_take_at_its_width(qtbot: QtBot) -> None:
    """A tab or a window does not ask a layout its height for a width: the wrapped row's
    minimum says it, or a short window cut its second line off."""
    widget, buttons = holder(qtbot)
    widest = max(button.sizeHint().width() for button in buttons)
    widget.resize(widest + 18, 300)
    widget.show()
    QApplication.processEvents()
    outer = widget.layout()
    assert outer is not None
    first = outer.itemAt(0)
    flow = first.layout() if first is not None else None
    assert isinstance(flow, ButtonFlow)
    three_lines = buttons[-1].geometry().bottom() - buttons[0].y() + 1
    assert flow.minimumSize().height() >= three_lines
    assert widget.minimumSizeHint().height() >= three_lines + 18
    widget.resize(900, 300)  # room for one line again: the minimum follows
    QApplication.processEvents()
    assert flow.minimumSize().height() == max(b.sizeHint().height() for b in buttons)
