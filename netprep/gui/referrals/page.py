"""Referrals: the names waiting for you first, then who referred whom as a tree.

Selecting a referral in either list lets you move it on (contacted → met → referrer
thanked); the service creates the "tell the referrer" follow-up when one is met.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.domain.referrals import Referral
from netprep.gui.widgets.dates import format_date
from netprep.gui.widgets.elided_label import ElidedLabel
from netprep.gui.widgets.item_roles import CONTACT_ROLE, ID_ROLE
from netprep.gui.widgets.two_line_delegate import pad_rows
from netprep.gui.words.labels import in_sentence, label, listed
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError
from netprep.services.referrals import ADVANCE_LABEL, NEXT_STEP, ReferralNode, waiting_for_action

REFERRAL_ROLE = ID_ROLE


def _since(referral: Referral) -> str:
    when = referral.asked_at or referral.created_at
    return format_date(when)


class ReferralsPage(QWidget):
    open_contact = Signal(str)
    status_message = Signal(str)

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        title = QLabel(self.tr("Referrals"))
        title.setObjectName("pageTitle")
        subtitle = QLabel(
            self.tr(
                "The names your contacts gave you, from asked to referrer thanked. "
                "Those waiting for you come first."
            )
        )
        subtitle.setObjectName("mutedLabel")
        subtitle.setWordWrap(True)

        self.pending = QTreeWidget()
        pad_rows(self.pending)
        self.pending.setObjectName("pendingReferrals")
        self.pending.setRootIsDecorated(False)
        self.pending.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Referred by"),
                self.tr("Status"),
                self.tr("Next step"),
                self.tr("Since"),
            ]
        )
        header = self.pending.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.pending.setAccessibleName(self.tr("Referrals waiting"))
        self.show_done = QCheckBox(self.tr("Show finished ones too"))
        self.show_done.toggled.connect(self.refresh)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        pending_box = QGroupBox(self.tr("Waiting for action"))
        pending_layout = QVBoxLayout(pending_box)
        pending_layout.addWidget(self.empty_label)
        pending_layout.addWidget(self.pending, 1)
        pending_layout.addWidget(self.show_done)

        self.tree = QTreeWidget()
        pad_rows(self.tree)
        self.tree.setObjectName("referralTree")
        self.tree.setHeaderLabels([self.tr("Who referred whom"), self.tr("Status")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setAccessibleName(self.tr("Who referred whom"))
        self.tree_box = tree_box = QGroupBox(self.tr("Who referred whom"))
        tree_layout = QVBoxLayout(tree_box)
        tree_layout.addWidget(self.tree)

        self.advance_button = QPushButton(self.tr("Mark as contacted"))
        self.advance_button.setEnabled(False)
        self.advance_button.setObjectName("primaryButton")
        self.advance_button.clicked.connect(self.advance_current)
        self.open_button = QPushButton(self.tr("Open contact"))
        self.open_button.clicked.connect(self._open_current)
        self.selection_label = ElidedLabel()  # long names end in “…”, not past the buttons
        self.selection_label.setObjectName("mutedLabel")
        self.selection_label.setTextFormat(Qt.TextFormat.PlainText)
        actions = QHBoxLayout()
        actions.addWidget(self.selection_label, 1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.advance_button)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(pending_box)
        splitter.addWidget(tree_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        self._current_referral: str | None = None
        self._current_contact: str | None = None
        for widget in (self.pending, self.tree):
            widget.currentItemChanged.connect(self._on_current)
            widget.itemActivated.connect(lambda _item, _col: self._open_current())
        self.refresh()

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        service = self._app.referrals
        keep = self._current_referral
        referrals = service.all() if self.show_done.isChecked() else service.pending()
        self.pending.clear()
        for referral in referrals:
            item = QTreeWidgetItem(
                [
                    referral.name,
                    service.name_of(referral.referrer_id),
                    label(referral.status),
                    listed("ReferralNextStep", NEXT_STEP[referral.status]),
                    _since(referral),
                ]
            )
            item.setData(0, REFERRAL_ROLE, referral.id)
            item.setData(0, CONTACT_ROLE, referral.contact_id or "")
            if waiting_for_action(referral):
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                item.setFont(3, font)
            self.pending.addTopLevelItem(item)
        self.tree.clear()
        nodes = service.tree()
        for node in nodes:
            self.tree.addTopLevelItem(self._tree_item(node))
        self.tree.expandAll()
        empty = self._empty_text(has_referrals=bool(service.all()), has_tree=bool(nodes))
        self.empty_label.setText(empty)
        self.empty_label.setVisible(bool(empty))
        self.pending.setVisible(not empty)
        self.tree_box.setVisible(bool(nodes))  # no empty tree under "No referrals yet"
        self._select(keep)

    def _empty_text(self, *, has_referrals: bool, has_tree: bool) -> str:
        """What the empty list above says: never "no referrals" above a tree of them."""
        if self.pending.topLevelItemCount():
            return ""
        if has_referrals:
            return self.tr(
                "Nothing waiting for you: every name has been followed up and its referrer "
                "thanked. Tick “Show finished ones too” to see them."
            )
        if has_tree:
            return self.tr(
                "No names from meetings yet; below is who referred whom among your contacts. "
                "At the end of a meeting, ask “Who else should I talk to?” — the names you "
                "note come here."
            )
        return self.tr(
            "No referrals yet. At the end of a meeting, ask “Who else should I talk to?” — "
            "the names you note become contacts here."
        )

    def _tree_item(self, node: ReferralNode) -> QTreeWidgetItem:
        status = label(node.referral.status) if node.referral else ""
        item = QTreeWidgetItem([node.name, status])
        item.setData(0, REFERRAL_ROLE, node.referral.id if node.referral else "")
        item.setData(0, CONTACT_ROLE, node.contact_id or "")
        for child in node.children:
            item.addChild(self._tree_item(child))
        return item

    def _select(self, referral_id: str | None) -> None:
        for index in range(self.pending.topLevelItemCount()):
            item = self.pending.topLevelItem(index)
            if item is not None and referral_id and item.data(0, REFERRAL_ROLE) == referral_id:
                self.pending.setCurrentItem(item)
                return
        first = self.pending.topLevelItem(0)
        if first is not None:  # the most urgent one, ready to move on
            self.pending.setCurrentItem(first)
            return
        self._current_referral = self._current_contact = None
        self._update_actions()

    # -- actions ---------------------------------------------------------------------------

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        self._current_referral = current.data(0, REFERRAL_ROLE) or None
        self._current_contact = current.data(0, CONTACT_ROLE) or None
        self._update_actions()

    def _update_actions(self) -> None:
        referral = (
            self._app.referrals.get(self._current_referral) if self._current_referral else None
        )
        advance = ADVANCE_LABEL.get(referral.status) if referral else None
        done = referral is not None and advance is None
        self.advance_button.setText(
            listed("ReferralAdvance", advance)
            if advance
            else (self.tr("Done") if done else self.tr("Mark as contacted"))
        )
        self.advance_button.setEnabled(bool(advance) and not self._app.read_only)
        self.open_button.setEnabled(bool(self._current_contact))
        if referral is not None:
            referrer = self._app.referrals.name_of(referral.referrer_id)
            self.selection_label.setText(
                self.tr("{name}, suggested by {referrer}: {step}").format(
                    name=referral.name,
                    referrer=referrer,
                    step=in_sentence(listed("ReferralNextStep", NEXT_STEP[referral.status])),
                )
            )
        else:
            self.selection_label.setText("")

    def advance_current(self) -> None:
        if not self._current_referral:
            return
        try:
            referral, created = self._app.referrals.advance(self._current_referral)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Referral not updated"), said(error))
            return
        message = f"{referral.name}: {in_sentence(label(referral.status))}"
        if created:
            message += self.tr(" — follow-up added: {what}").format(what=created[0].text)
        self.status_message.emit(message)
        self.refresh()

    def _open_current(self) -> None:
        if self._current_contact:
            self.open_contact.emit(self._current_contact)
