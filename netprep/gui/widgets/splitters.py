"""The master/detail layout most pages use: a list on the left, the selected item on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget


def master_detail(
    master: QWidget, detail: QWidget, sizes: tuple[int, int] = (300, 800)
) -> QSplitter:
    """Side by side; the detail takes the extra width and neither side can be collapsed away."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(master)
    splitter.addWidget(detail)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes(list(sizes))
    splitter.setChildrenCollapsible(False)
    return splitter
