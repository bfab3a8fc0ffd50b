"""How pages arrange things: the master/detail splitter most pages use (a list on the left,
the selected item on the right) and a row of buttons that wraps when the window is narrow.

ButtonFlow: a plain QHBoxLayout asks for the width of every button side by side. In German,
four buttons under a contact's name asked for more than a 1024 px window leaves beside the
contact list, and the list gave up the difference on the first contact opened. This row asks
only for its widest button and takes as many lines as the width it is given needs.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSplitter,
    QStyle,
    QWidget,
)


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


class ButtonFlow(QLayout):
    """Buttons left to right, wrapped by width; ``align_right`` lines them up on the right
    (a dialog's or a header's buttons, the main one last)."""

    def __init__(self, parent: QWidget | None = None, *, align_right: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._align_right = align_right
        self._height = 0  # what the lines took when last laid out
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's contract ----------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self._arrange(rect, move=True)
        if height != self._height:  # more or fewer lines: the minimum height changed too
            self._height = height
            self.invalidate()  # the holder lays out again (a posted request, not a loop)

    def sizeHint(self) -> QSize:
        """Every button on one line."""
        visible = self._visible()
        spacing = self._spacing()
        width = sum(item.sizeHint().width() for item in visible)
        width += spacing * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:
        """The widest button (the rest can go onto further lines), and as tall as the lines
        take at the width the row has: a tab or a window does not ask a layout its height
        for a width, and gave a wrapped row one line (its second line was cut off)."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        size += self._margin_size()
        width = self.geometry().width()
        if width > 0:
            size.setHeight(max(size.height(), self.heightForWidth(width)))
        return size

    # -- laying out ------------------------------------------------------------------------

    def _spacing(self) -> int:
        """The layout's spacing if set, else the style's between two push buttons."""
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else QApplication.style()
        button = QSizePolicy.ControlType.PushButton
        spacing = style.layoutSpacing(button, button, Qt.Orientation.Horizontal)
        if spacing < 0:
            spacing = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        return max(0, spacing)

    def _margin_size(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        spacing = self._spacing()
        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in self._visible():
            wanted = item.sizeHint().width()
            if lines and used + spacing + wanted <= width:
                lines[-1].append(item)
                used += spacing + wanted
            else:
                lines.append([item])
                used = wanted
        return lines

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the buttons out in ``rect`` (if ``move``); the height that takes."""
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        spacing = self._spacing()
        y = inner.y()
        for line in self._lines(inner.width()):
            height = max(item.sizeHint().height() for item in line)
            widths = [min(item.sizeHint().width(), inner.width()) for item in line]
            used = sum(widths) + spacing * (len(line) - 1)
            x = inner.x() + (inner.width() - used if self._align_right else 0)
            for item, width in zip(line, widths, strict=True):
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + spacing
            y += height + spacing
        return y - spacing - inner.y() + margins.top() + margins.bottom() if y > inner.y() else 0
