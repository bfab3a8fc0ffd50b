"""List rows: a bold title over a grey subtitle (name, then role · company), and plain rows
with a few px of vertical padding (Follow-ups, Referrals, Review)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

_PAD_X, _PAD_Y, _GAP = 12, 7, 2
_MIN_WIDTH = 60
_MAX_LINES = 4_000  # lines kept laid out (a few screens of rows); then started afresh


class TwoLineDelegate(QStyledItemDelegate):
    def __init__(self, subtitle_role: int, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._subtitle_role = subtitle_role
        # The font's key, the bold title font, and both fonts' metrics: made once, not per row.
        self._fonts: tuple[str, QFont, QFontMetrics, QFontMetrics] | None = None
        self._lines: dict[tuple[str, int, bool], QStaticText] = {}  # (text, width, title)

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
        """Two data() calls and two lines laid out once: no initStyleOption (nine data()
        calls into Python per row), fonts and metrics made once, and each elided line kept
        as a QStaticText, so a search's repaint of the list costs a fraction of what it did
        (at 30,000 contacts every keystroke repaints the rows on screen)."""
        widget = option.widget
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if widget is not None and selected:  # the stylesheet's background for the selection
            element = QStyle.PrimitiveElement.PE_PanelItemViewItem
            widget.style().drawPrimitive(element, option, painter, widget)
        font = option.font
        if self._fonts is None or self._fonts[0] != font.key():
            title_font = QFont(font)
            title_font.setWeight(QFont.Weight.DemiBold)
            self._fonts = (font.key(), title_font, QFontMetrics(title_font), QFontMetrics(font))
            self._lines.clear()
        _key, title_font, title_metrics, metrics = self._fonts
        palette = option.palette
        # The stylesheet gives selected rows a light background: keep dark text on it.
        title_color = palette.color(QPalette.ColorRole.Text)
        subtitle_color = palette.color(QPalette.ColorRole.PlaceholderText)
        if selected:
            subtitle_color = title_color.lighter(160)
        rect: QRect = option.rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        subtitle = str(index.data(self._subtitle_role) or "")
        painter.save()
        painter.setFont(title_font)
        painter.setPen(title_color)
        painter.drawStaticText(rect.topLeft(), self._line(title, title_metrics, rect.width(), True))
        painter.setFont(font)
        painter.setPen(subtitle_color)
        below = QPoint(rect.left(), rect.top() + metrics.height() + _GAP)
        painter.drawStaticText(below, self._line(subtitle, metrics, rect.width(), False))
        painter.restore()

    def _line(self, text: str, metrics: QFontMetrics, width: int, title: bool) -> QStaticText:
        """The text cut to ``width`` with "…", laid out once (a row repaints on every search,
        hover and selection)."""
        key = (text, width, title)
        line = self._lines.get(key)
        if line is None:
            if len(self._lines) >= _MAX_LINES:
                self._lines.clear()
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            line = self._lines[key] = QStaticText(elided)
            line.setTextFormat(Qt.TextFormat.PlainText)
        return line


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
