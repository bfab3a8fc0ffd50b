"""Step 1 of the review: who to reconnect with, best first; tick the people to write to
(three are suggested); the chosen row's reasons are shown beside the list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netprep.domain.cadence import CadenceState
from netprep.domain.review.ranking import Candidate
from netprep.gui.review.lateness_words import lateness_text
from netprep.gui.widgets.item_roles import ID_ROLE
from netprep.gui.widgets.two_line_delegate import PaddedRowDelegate
from netprep.gui.words.labels import label as shown_label
from netprep.gui.words.review_reasons import ReviewReasons

SNOOZES = (("2 weeks", 14), ("1 month", 30), ("3 months", 91))
TICK_ROOM = 8  # px the stylesheet's tick box takes beyond what the style measures


class _TickedRows(PaddedRowDelegate):
    """Padded rows whose ticked column is measured with room for the stylesheet's tick box
    (sized to its contents without it, the column cut a name short: "Kwame Boate…")."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        if index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            hint.setWidth(hint.width() + TICK_ROOM)
        return hint


class CandidateList(QWidget):
    """Emits ``toggled(contact_id)`` when a box is ticked or cleared, ``snooze`` with days."""

    toggled = Signal(str)
    snooze = Signal(str, int)
    open_contact = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._candidates: dict[str, Candidate] = {}
        self._filling = False
        self.tree = QTreeWidget()
        self.tree.setItemDelegate(_TickedRows(self.tree))
        self.tree.setObjectName("reviewList")
        self.tree.setAccessibleName(self.tr("People to reconnect with"))
        self.tree.setHeaderLabels([self.tr("Person"), self.tr("State"), self.tr("Why")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(self._show_reasons)
        self.tree.itemDoubleClicked.connect(self._open)

        self.reasons_title = QLabel()
        self.reasons_title.setObjectName("sectionTitle")
        self.reasons_title.setWordWrap(True)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.snooze_button = QPushButton(self.tr("Snooze…"))
        self.snooze_button.setToolTip(self.tr("Leave them out of the review for a while"))
        menu = QMenu(self.snooze_button)
        for label, days in SNOOZES:
            action = menu.addAction(self.tr("For {time}").format(time=label))
            action.setData(days)
        menu.triggered.connect(lambda action: self._snooze(int(action.data())))
        self.snooze_button.setMenu(menu)
        self.contact_button = QPushButton(self.tr("Open contact"))
        self.contact_button.clicked.connect(lambda: self._open(self.tree.currentItem()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.contact_button)
        buttons.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 0, 0, 0)
        side_layout.addWidget(self.reasons_title)
        side_layout.addWidget(self.reasons, 1)
        side_layout.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._show_reasons(None)

    def show_candidates(self, candidates: Sequence[Candidate], picked: Sequence[str]) -> None:
        self._filling = True
        try:
            self.tree.clear()
            self._candidates = {c.contact.id: c for c in candidates}
            words = ReviewReasons()
            for candidate in candidates:
                contact = candidate.contact
                item = QTreeWidgetItem(
                    [contact.name, shown_label(candidate.status.state), words.short(candidate)]
                )
                item.setData(0, ID_ROLE, contact.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = contact.id in picked
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                item.setToolTip(1, lateness_text(candidate.status.lateness))  # as on Today
                item.setToolTip(2, "\n".join(words.of(candidate)))
                if candidate.status.state is CadenceState.OVERDUE:
                    font = item.font(1)
                    font.setBold(True)
                    item.setFont(1, font)
                self.tree.addTopLevelItem(item)
        finally:
            self._filling = False
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        else:
            self._show_reasons(None)

    def set_checked(self, contact_id: str, checked: bool) -> None:
        item = self.item_for(contact_id)
        if item is not None:
            self._filling = True
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self._filling = False

    def item_for(self, contact_id: str) -> QTreeWidgetItem | None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(0, ID_ROLE) == contact_id:
                return item
        return None

    def current_id(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else ""

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if not self._filling and column == 0:
            self.toggled.emit(str(item.data(0, ID_ROLE)))

    def _show_reasons(self, item: QTreeWidgetItem | None, *_: object) -> None:
        candidate = self._candidates.get(str(item.data(0, ID_ROLE))) if item else None
        self.snooze_button.setEnabled(candidate is not None)
        self.contact_button.setEnabled(candidate is not None)
        if candidate is None:
            self.reasons_title.setText("")
            self.reasons.setText(self.tr("Pick someone in the list to see why they are on it."))
            return
        contact = candidate.contact
        detail = ", ".join(p for p in (contact.role, contact.company) if p)
        self.reasons_title.setText(contact.name + (f" — {detail}" if detail else ""))
        lines = [f"• {reason}" for reason in ReviewReasons().of(candidate)]
        if not contact.primary_email:
            lines.append("• " + self.tr("No email address yet: add one on their contact page."))
        self.reasons.setText("\n\n".join(lines))

    def _snooze(self, days: int) -> None:
        contact_id = self.current_id()
        if contact_id:
            self.snooze.emit(contact_id, days)

    def _open(self, item: QTreeWidgetItem | None, *_: object) -> None:
        if item is not None:
            self.open_contact.emit(str(item.data(0, ID_ROLE)))
