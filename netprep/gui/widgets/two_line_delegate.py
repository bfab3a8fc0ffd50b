"""Paints a list row as a bold title over a grey subtitle (name, then role · company)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

_PAD_X, _PAD_Y, _GAP = 12, 7, 2


class TwoLineDelegate(QStyledItemDelegate):
    def __init__(self, subtitle_role: int, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._subtitle_role = subtitle_role

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = option.fontMetrics.height()
        return QSize(200, _PAD_Y * 2 + height * 2 + _GAP)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        # The stylesheet gives selected rows a light background: keep dark text on it.
        title_color = palette.color(QPalette.ColorRole.Text)
        subtitle_color = palette.color(QPalette.ColorRole.PlaceholderText)
        if selected:
            subtitle_color = palette.color(QPalette.ColorRole.Text).lighter(160)
        rect: QRect = option.rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        line = option.fontMetrics.height()
        painter.save()
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(title_color)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), 0, elided)
        painter.setFont(option.font)
        painter.setPen(subtitle_color)
        subtitle = str(index.data(self._subtitle_role) or "")
        elided = painter.fontMetrics().elidedText(
            subtitle, Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            QRect(rect.left(), rect.top() + line + _GAP, rect.width(), line), 0, elided
        )
        painter.restore()
