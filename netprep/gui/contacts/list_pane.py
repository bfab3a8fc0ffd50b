"""The contacts page's left side: the search box, the list, the count under it and the
"New contact" button (the page connects them). Its words are the page's (context
"ContactsPage")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netprep.gui.contacts.listing.prepare import ContactListView
from netprep.gui.widgets.item_roles import SUBTITLE_ROLE
from netprep.gui.widgets.two_line_delegate import TwoLineDelegate

translate = QCoreApplication.translate  # with the page's context: its words, its German


class ContactListPane(QWidget):
    def __init__(self, rows: QStringListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setAccessibleName(translate("ContactsPage", "Search contacts"))
        self.search.setPlaceholderText(
            translate("ContactsPage", "Search name, company, role, tags, interests…")
        )
        self.search.setClearButtonEnabled(True)
        self.list = ContactListView()
        self.list.setObjectName("contactList")
        self.list.setAccessibleName(translate("ContactsPage", "Contacts"))
        self.list.setModel(rows)
        self.list.setItemDelegate(TwoLineDelegate(SUBTITLE_ROLE, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.count_label = QLabel()
        self.count_label.setObjectName("mutedLabel")
        # A new count on each keystroke must not lay the page out again (2-4 ms): a fixed
        # size keeps its changes to itself, and its holder (any width) clips it.
        self.count_label.ensurePolished()
        self.count_label.setFixedSize(4000, self.count_label.fontMetrics().height() + 4)
        count_holder = QWidget()
        count_holder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        holding = QHBoxLayout(count_holder)
        holding.setContentsMargins(0, 0, 0, 0)
        holding.addWidget(self.count_label)
        self.new_button = QPushButton(translate("ContactsPage", "New contact"))
        self.new_button.setObjectName("primaryButton")

        left = QVBoxLayout(self)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.search)
        left.addWidget(self.list, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(count_holder, 1)
        bottom.addWidget(self.new_button)
        left.addLayout(bottom)
