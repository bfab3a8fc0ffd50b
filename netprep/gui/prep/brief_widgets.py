"""The pieces the brief editor is made of: growing text boxes, "why this?" lines, item lists.

Every brief item keeps the evidence it was built from while the user rewords
it, so "why this?" still answers after an edit; an item the user adds has none.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import deepcopy

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netprep.domain.brief.model import BriefItem, Evidence, human_source

_EXCERPT_CHARS = 160


def evidence_lines(evidence: Sequence[Evidence]) -> list[str]:
    """One line per source: where it came from and, quoted, what it says."""
    lines = []
    for item in evidence:
        source = human_source(item.source.strip()) or QCoreApplication.translate(
            "EvidenceLabel", "your notes"
        )
        excerpt = " ".join(item.excerpt.split())
        if len(excerpt) > _EXCERPT_CHARS:
            excerpt = excerpt[: _EXCERPT_CHARS - 1].rstrip() + "…"
        lines.append(f"{source}: “{excerpt}”" if excerpt else source)
    return lines


def evidence_tooltip(evidence: Sequence[Evidence]) -> str:
    lines = evidence_lines(evidence)
    why = QCoreApplication.translate("EvidenceLabel", "Why this? From")
    return why + "\n" + "\n".join(f"• {line}" for line in lines) if lines else ""


class GrowingTextEdit(QPlainTextEdit):
    """A plain-text box as tall as its text (one to a few lines), for sentences and questions."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(2)
        self.setPlainText(text)
        self._chrome = -1  # the frame and padding the height was last fitted with
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_: object) -> None:
        layout = self.document().documentLayout()
        block = self.document().begin()
        text_height = 0.0
        while block.isValid():  # each paragraph as laid out, wrapped lines included
            text_height += layout.blockBoundingRect(block).height()
            block = block.next()
        text_height = max(text_height, QFontMetrics(self.font()).lineSpacing())
        chrome = self.height() - self.viewport().height()  # frame and padding, once styled
        margin = int(self.document().documentMargin() * 2)
        self.setFixedHeight(round(text_height) + margin + max(chrome, 2))
        self._chrome = chrome

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Fitted again once the style sheet's padding is known; a box shown again (the prep
        # screen reopened: dozens of them) was fitted with it already: the text and width
        # changing while hidden refit it by themselves (documentSizeChanged).
        if self.height() - self.viewport().height() != self._chrome:
            self._fit()

    def sizeHint(self) -> QSize:
        return QSize(320, self.height())

    def text(self) -> str:
        return " ".join(self.toPlainText().split())


class WhyButton(QToolButton):
    """A small checkable "why?" that shows or hides an evidence line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whyButton")
        self.setText(self.tr("why?"))
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)


class EvidenceLabel(QLabel):
    """The expandable line under an item: its sources, quoted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceLine")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def set_evidence(self, evidence: Sequence[Evidence]) -> None:
        lines = evidence_lines(evidence)
        self.setText(self.tr("From {sources}").format(sources="\n".join(lines)) if lines else "")


class ItemRow(QWidget):
    """One editable item of a list (a hook, an offer, a don't-ask) with its "why?"."""

    edited = Signal()
    remove_requested = Signal(object)

    def __init__(self, item: BriefItem, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._item = BriefItem()
        self.edit = GrowingTextEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.textChanged.connect(self.edited)
        self.why = WhyButton()
        self.remove = QToolButton()
        self.remove.setObjectName("removeButton")
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Remove this item"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.evidence = EvidenceLabel()
        self.why.toggled.connect(self.evidence.setVisible)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.why, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.evidence)
        self.set_item(item)

    def set_item(self, item: BriefItem) -> None:
        """Show ``item`` in this row (rows are reused: making widgets is what costs). The
        row keeps ``item`` itself (never changed in place: :meth:`item` gives a copy); the
        brief editor hands over items of its own copy of the brief."""
        self._item = item
        self.why.setChecked(False)
        self.edit.setPlainText(item.text)
        self.edit.setToolTip(evidence_tooltip(item.evidence))
        self.why.setEnabled(bool(item.evidence))
        self.why.setToolTip(
            "" if item.evidence else self.tr("You added this: there is nothing to show")
        )
        self.evidence.set_evidence(item.evidence)

    def item(self) -> BriefItem:
        result = deepcopy(self._item)
        result.text = self.edit.text()
        return result


class ItemListEditor(QWidget):
    """An editable list of brief items: reword, remove, add your own."""

    edited = Signal()

    def __init__(
        self, add_label: str, placeholder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._placeholder = placeholder
        self.rows: list[ItemRow] = []
        self._spare: list[ItemRow] = []  # hidden rows kept for the next brief
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(6)
        self.add_button = QPushButton(f"+ {add_label}")
        self.add_button.setObjectName("linkButton")
        self.add_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add_button.clicked.connect(self._add_clicked)
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        footer.addWidget(self.add_button)
        footer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._rows_layout)
        layout.addLayout(footer)

    def set_items(self, items: Sequence[BriefItem]) -> None:
        """Show ``items``, reusing the rows already made (a brief opens without a freeze)."""
        rows = self.rows + self._spare
        for row, item in zip(rows, items, strict=False):
            row.set_item(item)
            row.show()
        for row in rows[len(items) :]:
            row.hide()
        self.rows, self._spare = rows[: len(items)], rows[len(items) :]
        for item in items[len(rows) :]:
            self._append(item)

    @property
    def made(self) -> int:
        """Rows made so far, shown or waiting."""
        return len(self.rows) + len(self._spare)

    def add_spare(self) -> None:
        """Make one hidden row ahead of need (the first brief then shows without a pause)."""
        row = ItemRow(BriefItem(), self._placeholder)
        row.edited.connect(self.edited)
        row.remove_requested.connect(self._remove)
        row.hide()
        self._rows_layout.addWidget(row)
        self._spare.append(row)

    def items(self) -> list[BriefItem]:
        """The items as the user left them; emptied rows are dropped."""
        return [item for item in (row.item() for row in self.rows) if item.text]

    def _append(self, item: BriefItem) -> ItemRow:
        # The layout holds self.rows then self._spare, in order: the first spare row is
        # already where the next item goes.
        if self._spare:
            row = self._spare.pop(0)
            row.set_item(item)
            row.show()
        else:
            row = ItemRow(item, self._placeholder)
            row.edited.connect(self.edited)
            row.remove_requested.connect(self._remove)
            self._rows_layout.addWidget(row)
        self.rows.append(row)
        return row

    def _add_clicked(self) -> None:
        row = self._append(BriefItem())
        row.edit.setFocus()
        self.edited.emit()

    def _remove(self, row: object) -> None:
        if not isinstance(row, ItemRow) or row not in self.rows:
            return
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.edited.emit()
