"""List rows: a bold title over a grey subtitle (name, then role · company), and plain rows
with a few px of vertical padding (Follow-ups, Referrals, Review)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

_PAD_X, _PAD_Y, _GAP = 12, 7, 2
_MIN_WIDTH = 60


class TwoLineDelegate(QStyledItemDelegate):
    def __init__(self, subtitle_role: int, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._subtitle_role = subtitle_role

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = option.fontMetrics.height()
        # A small width: the row takes the view's width and elides, so a narrow list never
        # gets a sideways scroll bar nor rows cut off under its edge.
        return QSize(_MIN_WIDTH, _PAD_Y * 2 + height * 2 + _GAP)

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """A row without its own tooltip shows its whole text (it may be elided)."""
        if event.type() == QEvent.Type.ToolTip and not index.data(Qt.ItemDataRole.ToolTipRole):
            title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            subtitle = str(index.data(self._subtitle_role) or "")
            text = "\n".join(part for part in (title, subtitle) if part)
            if text:
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)

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


ROW_PAD_Y = 4  # px above and below the text of a plain list, tree or table row


class PaddedRowDelegate(QStyledItemDelegate):
    """Draws rows as usual, with a few px of air above and below (text stays centred)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + 2 * ROW_PAD_Y)


def pad_rows(view: QAbstractItemView) -> None:
    """Give a plain list, tree or table view the shared vertical padding per row."""
    view.setItemDelegate(PaddedRowDelegate(view))
