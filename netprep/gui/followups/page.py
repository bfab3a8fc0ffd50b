"""The Follow-ups page: every follow-up, from meetings and added by hand, filtered by due,
overdue, upcoming or done; done, snooze, delete (with undo), add, log a touch; the chosen
one's email draft beside the list."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.domain.followups import FollowUp, FollowUpState
from netprep.gui.followups.add_dialog import AddFollowUpDialog
from netprep.gui.followups.detail import FollowUpDetail
from netprep.gui.followups.touch_dialog import TouchDialog
from netprep.gui.widgets.dates import format_date
from netprep.gui.widgets.item_roles import ID_ROLE
from netprep.gui.widgets.layouts import ButtonFlow
from netprep.gui.widgets.two_line_delegate import pad_rows
from netprep.gui.words.labels import in_sentence, label
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError
from netprep.services.followups import FollowUpFilter

FILTERS = (
    FollowUpFilter.DUE,
    FollowUpFilter.OVERDUE,
    FollowUpFilter.UPCOMING,
    FollowUpFilter.DONE,
    FollowUpFilter.ALL,
)


KIND, CONTACT, WHAT = 2, 3, 4  # the list's columns after Due and State
WHAT_ROOM = 120  # px What keeps before Kind makes way
KIND_ROOM = 64  # px: narrower, Kind is hidden (the chosen one's title names it)


class FollowUpList(QTreeWidget):
    """The follow-ups in columns that fit the list's width, never a sideways scroll bar: Due,
    State, Kind and Contact as wide as their text while What keeps WHAT_ROOM (else Kind
    narrows or goes, then Contact narrows); What takes the rest and elides."""

    def __init__(self) -> None:
        super().__init__()
        self.header().setStretchLastSection(True)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # also when the vertical scroll bar comes
            self.fit_columns()
        return super().viewportEvent(event)

    def fit_columns(self) -> None:
        header = self.header()
        due, state, kind, contact = (
            max(header.sectionSizeHint(c), self.sizeHintForColumn(c)) for c in range(WHAT)
        )
        rest = self.viewport().width() - due - state - WHAT_ROOM  # for Kind and Contact
        kind = min(kind, rest - contact)
        if kind < KIND_ROOM:
            kind, contact = 0, min(contact, max(rest, KIND_ROOM))
        self.setColumnHidden(KIND, not kind)
        for column, width in enumerate((due, state, kind, contact)):
            if width:
                header.resizeSection(column, width)


class FollowUpsPage(QWidget):
    status_message = Signal(str)
    open_contact = Signal(str)
    changed = Signal()  # follow-ups or touches changed: Today's counts may differ

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._deleted: list[FollowUp] = []
        title = QLabel(self.tr("Follow-ups"))
        title.setObjectName("pageTitle")
        subtitle = QLabel(
            self.tr(
                "Thank them, reach the names they gave, tell the referrer how it went. "
                "Unless you make contact again, that will likely be the last conversation you have."
            )
        )
        subtitle.setObjectName("mutedLabel")
        subtitle.setWordWrap(True)

        self.filter_buttons: dict[FollowUpFilter, QPushButton] = {}
        self.filter_group = QButtonGroup(self)
        shown = ButtonFlow()  # each row wraps in a narrow window instead of cutting words
        for show in FILTERS:
            button = QPushButton(label(show))
            button.setCheckable(True)
            button.setObjectName("filterButton")
            self.filter_group.addButton(button)
            self.filter_buttons[show] = button
            button.clicked.connect(lambda _=False, s=show: self.show_filter(s))
            shown.addWidget(button)
        self.add_button = QPushButton(self.tr("Add follow-up…"))
        self.touch_button = QPushButton(self.tr("Log a touch…"))
        self.add_button.clicked.connect(self.add_followup)
        self.touch_button.clicked.connect(lambda: self.log_touch())
        commands = ButtonFlow(align_right=True)
        commands.addWidget(self.touch_button)
        commands.addWidget(self.add_button)
        filters = QHBoxLayout()
        filters.addLayout(shown, 1)
        filters.addLayout(commands)

        self.list = FollowUpList()
        pad_rows(self.list)
        self.list.setObjectName("followupList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Due"), self.tr("State"), self.tr("Kind"), self.tr("Contact"), self.tr("What")]
        )
        self.list.setAccessibleName(self.tr("Follow-ups"))
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.done_button = QPushButton(self.tr("Done"))
        self.snooze_button = QPushButton(self.tr("Snooze a week"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.undo_button = QPushButton(self.tr("Undo delete"))
        self.contact_button = QPushButton(self.tr("Open contact"))
        row = QHBoxLayout()
        for button in (
            self.done_button,
            self.snooze_button,
            self.delete_button,
            self.undo_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(row)

        self.detail = FollowUpDetail(app)
        # Beside the follow-up's title, whose contact it opens: under the list, German's
        # longer words pushed the page past 1024 px and squeezed every button's text.
        self.detail.header.addWidget(self.contact_button, 0, Qt.AlignmentFlag.AlignTop)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        QWidget.setTabOrder(self.undo_button, self.contact_button)  # Tab as it reads
        QWidget.setTabOrder(self.contact_button, self.detail.text)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.list.currentItemChanged.connect(self._on_current)
        self.done_button.clicked.connect(self.toggle_done)
        self.snooze_button.clicked.connect(self.snooze)
        self.delete_button.clicked.connect(self.delete)
        self.undo_button.clicked.connect(self.undo_delete)
        self.contact_button.clicked.connect(self._open_contact)
        self.detail.changed.connect(self._detail_saved)
        self.detail.status_message.connect(self.status_message)
        self._filter = FollowUpFilter.DUE
        self.filter_buttons[self._filter].setChecked(True)
        self.refresh()

    # -- showing ---------------------------------------------------------------------------

    @property
    def current_filter(self) -> FollowUpFilter:
        return self._filter

    def show_filter(self, show: FollowUpFilter) -> None:
        self.detail.flush()
        self._filter = show
        self.filter_buttons[show].setChecked(True)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        service = self._app.followups
        keep = select or (self.detail.item.id if self.detail.item else None)
        counts = service.counts()
        for show, button in self.filter_buttons.items():
            button.setText(f"{label(show)} ({counts[show]})")
        rows = service.rows(self._filter)
        self.list.blockSignals(True)
        self.list.clear()
        for found in rows:
            item = found.item
            due = format_date(item.due, empty="—")
            texts = [due, label(found.state), label(item.kind), found.contact_name, item.text]
            line = QTreeWidgetItem(texts)
            for column in (KIND, CONTACT, WHAT):  # they may be elided: whole in the tooltip
                line.setToolTip(column, texts[column])
            line.setData(0, ID_ROLE, item.id)
            if found.state is FollowUpState.OVERDUE:
                font = line.font(1)
                font.setBold(True)
                line.setFont(1, font)
            self.list.addTopLevelItem(line)
        self.list.blockSignals(False)
        self.list.fit_columns()
        self.empty_label.setText(_empty_text(self._filter, counts))
        self.empty_label.setVisible(not rows)
        self.list.setVisible(bool(rows))
        self._select(keep)
        self.undo_button.setVisible(bool(self._deleted))

    def _select(self, followup_id: str | None) -> None:
        target = None
        for index in range(self.list.topLevelItemCount()):
            line = self.list.topLevelItem(index)
            if line is not None and line.data(0, ID_ROLE) == followup_id:
                target = line
        target = target or self.list.topLevelItem(0)
        if target is not None:
            self.list.setCurrentItem(target)
        self._on_current(target, None)

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        followup_id = current.data(0, ID_ROLE) if current is not None else None
        if self.detail.item is not None and self.detail.item.id == followup_id:
            self._update_buttons()
            return
        item = None
        if followup_id:
            try:
                item = self._app.followups.get(followup_id)
            except UserError:
                item = None
        self.detail.show_item(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.detail.item
        writable = not self._app.read_only
        self.done_button.setText(
            self.tr("Reopen") if item is not None and item.done else self.tr("Done")
        )
        for button in (self.done_button, self.delete_button):
            button.setEnabled(item is not None and writable)
        self.snooze_button.setEnabled(item is not None and not item.done and writable)
        self.contact_button.setEnabled(item is not None and bool(item.contact_id))
        self.add_button.setEnabled(writable)
        self.touch_button.setEnabled(writable)

    def _detail_saved(self) -> None:
        self.refresh()
        self.changed.emit()

    # -- actions ---------------------------------------------------------------------------

    def _act(self, action: str, command: object) -> FollowUp | None:
        item = self.detail.item
        if item is None or not self.detail.flush() or not callable(command):
            return None
        try:
            result = command(item.id)
        except UserError as error:
            self.status_message.emit(f"{action}: {said(error)}")
            return None
        return result if isinstance(result, FollowUp) else None

    def toggle_done(self) -> None:
        item = self.detail.item
        if item is None:
            return
        done = not item.done
        changed = self._act(self.tr("Not changed"), lambda i: self._app.followups.set_done(i, done))
        if changed is not None:
            self.status_message.emit(self.tr("Done") if done else self.tr("Reopened"))
            self.detail.show_item(changed)
            self.refresh(select=changed.id)
            self.changed.emit()

    def snooze(self) -> None:
        changed = self._act(self.tr("Not snoozed"), self._app.followups.snooze)
        if changed is not None and changed.due is not None:
            when = format_date(changed.due, year=False)
            self.status_message.emit(self.tr("Snoozed until {when}").format(when=when))
            self.detail.show_item(changed)
            self.refresh(select=changed.id)
            self.changed.emit()

    def delete(self) -> None:
        removed = self._act(self.tr("Not deleted"), self._app.followups.delete)
        if removed is not None:
            self._deleted.append(removed)
            self.detail.show_item(None)
            self.status_message.emit(
                self.tr("Deleted “{what}”: Undo delete brings it back").format(what=removed.text)
            )
            self.refresh()
            self.changed.emit()

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        item = self._deleted.pop()
        try:
            restored = self._app.followups.restore(item)
        except UserError as error:
            self._deleted.append(item)
            self.status_message.emit(self.tr("Not restored: {reason}").format(reason=said(error)))
            return
        self.status_message.emit(self.tr("Restored “{what}”").format(what=restored.text))
        self.refresh(select=restored.id)
        self.changed.emit()

    def add_followup(self, contact_id: str = "") -> FollowUp | None:
        self.detail.flush()
        dialog = AddFollowUpDialog(self._app, contact_id, self)
        if not dialog.exec() or dialog.added is None:
            return None
        added = dialog.added
        self.show_filter(FollowUpFilter.ALL)
        self.refresh(select=added.id)
        self.status_message.emit(self.tr("Follow-up added: {what}").format(what=added.text))
        self.changed.emit()
        return added

    def log_touch(self, contact_id: str = "") -> bool:
        item = self.detail.item
        dialog = TouchDialog(self._app, contact_id or (item.contact_id if item else ""), self)
        if not dialog.exec() or dialog.logged is None:
            return False
        self.status_message.emit(self.tr("Touch logged: it counts as last contacted"))
        self.changed.emit()
        return True

    def _open_contact(self) -> None:
        item = self.detail.item
        if item is not None and item.contact_id:
            self.open_contact.emit(item.contact_id)


class _Shell(Protocol):
    def show_section(self, name: str) -> None: ...


def open_due(page: FollowUpsPage, shell: _Shell) -> None:
    """Today's counts open the follow-ups due now."""
    shell.show_section("followups")
    page.show_filter(FollowUpFilter.DUE)


def _empty_text(show: FollowUpFilter, counts: dict[FollowUpFilter, int]) -> str:
    if not counts[FollowUpFilter.ALL]:
        return QCoreApplication.translate(
            "FollowUpsPage",
            "No follow-ups yet. Record a meeting's outcome and the thank-you, the referrals "
            "to reach and what you offered appear here — or add one by hand.",
        )
    if show is FollowUpFilter.DUE:
        return QCoreApplication.translate("FollowUpsPage", "Nothing due: you are up to date.")
    text = QCoreApplication.translate("FollowUpsPage", "No {kind} follow-ups.")
    return text.format(kind=in_sentence(label(show)))
