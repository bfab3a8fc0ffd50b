"""Merge two contacts: pick who stays, then for each differing field which value to keep."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.gui.widgets.contact_picker import ContactPicker
from netprep.gui.words.backup_words import BackupWords
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError
from netprep.services.transfer.contact_merge import MergePlan


class MergeContactsDialog(QDialog):
    """Emits ``merged`` with a message once the two contacts are one."""

    merged = Signal(str)

    def __init__(
        self, app: App, parent: QWidget | None, first_id: str = "", second_id: str = ""
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.plan: MergePlan | None = None
        self.choices: dict[str, QButtonGroup] = {}
        self.setObjectName("mergeContacts")
        self.setWindowTitle(self.tr("Merge contacts"))
        self.resize(760, 560)

        contacts = app.contacts.all()
        self.keep = ContactPicker()
        self.keep.setObjectName("mergeKeep")
        self.other = ContactPicker()
        self.other.setObjectName("mergeOther")
        for picker, contact_id in ((self.keep, first_id), (self.other, second_id)):
            picker.set_contacts(contacts)
            picker.set_contact(contact_id)
            picker.contact_changed.connect(self._rebuild)
        swap = QPushButton(self.tr("Swap"))
        swap.setObjectName("mergeSwap")
        swap.setToolTip(self.tr("Keep the other one instead"))
        swap.clicked.connect(self.swap)
        swap_row = QHBoxLayout()  # a button its own size, not a bar across the dialog
        swap_row.addWidget(swap)
        swap_row.addStretch(1)
        pick = QFormLayout()
        pick.addRow(self.tr("Keep"), self.keep)
        pick.addRow(self.tr("Merge into it"), self.other)
        pick.addRow("", swap_row)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.moves = QLabel()
        self.moves.setObjectName("mergeMoves")
        self.moves.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("Merge"))
        self.merge_button.setObjectName("confirmMerge")
        self.buttons.accepted.connect(self.do_merge)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.moves)  # under the pickers it speaks of, above the fields
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self._rebuild()

    def swap(self) -> None:
        keep, other = self.keep.contact_id, self.other.contact_id
        self.keep.set_contact(other)
        self.other.set_contact(keep)
        self._rebuild()

    def _rebuild(self, *_: object) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()
        self.choices.clear()
        self.plan = None
        keep, other = self.keep.contact_id, self.other.contact_id
        if not keep or not other or keep == other:
            self.moves.setText(self.tr("Choose two different contacts: the first one stays."))
            self.merge_button.setEnabled(False)
            return
        self.plan = plan = self.app.transfer.merging.plan(keep, other)
        defaults = plan.default_choices()
        self.grid.addWidget(_bold(self.tr("Field")), 0, 0)
        self.grid.addWidget(_bold(plan.survivor.name), 0, 1)
        self.grid.addWidget(_bold(plan.other.name), 0, 2)
        row = 1
        for choice in plan.fields:
            if not (choice.kept or choice.other):
                continue
            self.grid.addWidget(_wrapped(choice.label), row, 0)
            if choice.joined or not choice.differs:
                joined = (
                    choice.kept
                    if not choice.differs
                    else self.tr("both kept: {values}").format(
                        values=", ".join(v for v in (choice.kept, choice.other) if v)
                    )
                )
                self.grid.addWidget(_wrapped(joined), row, 1, 1, 2)
            else:
                group = QButtonGroup(self.grid_host)
                for column, text in ((1, choice.kept), (2, choice.other)):
                    button = QRadioButton(text or self.tr("(empty)"))
                    button.setObjectName(f"merge_{choice.name}_{column}")
                    group.addButton(button, column)
                    self.grid.addWidget(button, row, column)
                group.button(2 if choice.name in defaults else 1).setChecked(True)
                self.choices[choice.name] = group
            row += 1
        self.grid.setRowStretch(row, 1)
        moved = BackupWords().counts({t: n for t, n in plan.moves.items() if n})  # "1 note"
        if moved:
            text = self.tr(
                "{other} will be removed; moved to {survivor}: {moved}. "
                "Edit → Undo takes the merge back."
            )
        else:
            text = self.tr(
                "{other} will be removed; nothing else to move. Edit → Undo takes the merge back."
            )
        self.moves.setText(
            text.format(other=plan.other.name, survivor=plan.survivor.name, moved=moved)
        )
        self.merge_button.setEnabled(True)

    def taken_from_other(self) -> set[str]:
        return {name for name, group in self.choices.items() if group.checkedId() == 2}

    def choose(self, field: str, from_other: bool) -> None:
        group = self.choices[field]
        group.button(2 if from_other else 1).setChecked(True)

    def do_merge(self) -> None:
        if self.plan is None:
            return
        try:
            message = self.app.transfer.merging.merge(
                self.plan.survivor.id, self.plan.other.id, self.taken_from_other()
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot merge"), said(exc))
            return
        del message  # the service's English: said here in the user's language instead
        self.merged.emit(self.done_message())
        self.accept()

    def done_message(self) -> str:
        """What the status bar says once merged, counted as the dialog counted it."""
        assert self.plan is not None
        plan = self.plan
        moved = BackupWords().counts({t: n for t, n in plan.moves.items() if n})  # "1 note"
        if moved:
            text = self.tr("Merged {other} into {survivor}; moved: {moved}.")
        else:
            text = self.tr("Merged {other} into {survivor}.")
        return text.format(other=plan.other.name, survivor=plan.survivor.name, moved=moved)


def _bold(text: str) -> QLabel:
    label = _wrapped(text)  # a name is text, never markup
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label
