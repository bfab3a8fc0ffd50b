"""Edit an agenda: add, remove and reorder phases, change their minutes, prompts and brief part.

Used for the default agenda and for one meeting's own. Nothing is checked while typing
beyond showing the problem; Save builds the agenda and hands it to ``on_save`` (a service
call), whose refusal — zero minutes, no phases, no name — is shown in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netprep.domain.agenda import (
    AgendaError,
    AgendaPhase,
    BriefSection,
    build_agenda,
    build_phase,
    insert_phase,
    move_phase,
    remove_phase,
)
from netprep.gui.widgets.prompts import UnsavedChoice, ask_save_discard_cancel
from netprep.services.errors import UserError

SECTION_LABELS = {
    BriefSection.HOOKS: "Common-ground hooks",
    BriefSection.SUMMARY: "Your three-sentence overview",
    BriefSection.QUESTIONS: "The three questions (with insight fields)",
    BriefSection.REFERRALS: "Referral slots",
    BriefSection.OFFERS: "What to offer back",
    BriefSection.NONE: "Nothing from the brief",
}


@dataclass
class _Row:
    name: str
    minutes: str  # as typed: checked on save
    shows: BriefSection
    prompts: str

    @classmethod
    def of(cls, phase: AgendaPhase) -> _Row:
        return cls(phase.name, f"{phase.minutes:g}", phase.shows, "\n".join(phase.prompts))


class AgendaEditorDialog(QDialog):
    def __init__(
        self,
        agenda: Sequence[AgendaPhase],
        on_save: Callable[[list[AgendaPhase]], object],
        *,
        title: str = "Edit the agenda",
        reset_to: Callable[[], list[AgendaPhase]] | None = None,
        reset_label: str = "Reset to the book's agenda",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(760, 460)
        self._on_save = on_save
        self._reset_to = reset_to
        self.rows = [_Row.of(phase) for phase in agenda]
        self._as_opened = [_Row.of(phase) for phase in agenda]  # to tell whether to ask
        self._loading = False

        self.list = QListWidget()
        self.list.setAccessibleName("Phases")
        self.list.currentRowChanged.connect(self._load_row)
        self.add_button = QPushButton("&Add phase")
        self.remove_button = QPushButton("&Remove")
        self.up_button = QPushButton("Move &up")
        self.down_button = QPushButton("Move do&wn")
        self.add_button.clicked.connect(self.add_phase)
        self.remove_button.clicked.connect(self.remove_phase)
        self.up_button.clicked.connect(lambda: self.move_phase(-1))
        self.down_button.clicked.connect(lambda: self.move_phase(1))
        list_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            list_buttons.addWidget(button)
        self.total_label = QLabel()
        self.total_label.setObjectName("mutedLabel")
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(list_buttons)
        left.addWidget(self.total_label)

        self.name_edit = QLineEdit()
        self.minutes_edit = QLineEdit()
        self.minutes_edit.setPlaceholderText("e.g. 2 or 2.5")
        self.shows_combo = QComboBox()
        self.shows_combo.setAccessibleName("Brief section shown")
        for section, label in SECTION_LABELS.items():
            self.shows_combo.addItem(label, section.value)
        self.prompts_edit = QPlainTextEdit()
        self.prompts_edit.setTabChangesFocus(True)
        self.prompts_edit.setPlaceholderText("One prompt per line")
        form = QFormLayout()
        form.addRow("&Name", self.name_edit)
        form.addRow("M&inutes", self.minutes_edit)
        form.addRow("&Shows", self.shows_combo)
        form.addRow("&Prompts", self.prompts_edit)
        self.name_edit.textEdited.connect(self._edited)
        self.minutes_edit.textEdited.connect(self._edited)
        self.shows_combo.currentIndexChanged.connect(self._edited)
        self.prompts_edit.textChanged.connect(self._edited)

        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        if reset_to is not None:
            reset = buttons.addButton(reset_label, QDialogButtonBox.ButtonRole.ResetRole)
            reset.clicked.connect(self.reset)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(form, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._refresh_list(0)

    # -- list ------------------------------------------------------------------------------

    def _refresh_list(self, select: int) -> None:
        self._loading = True
        self.list.clear()
        for row in self.rows:
            self.list.addItem(f"{row.name or '(no name)'} · {row.minutes or '?'} min")
        self._loading = False
        if self.rows:
            self.list.setCurrentRow(max(0, min(select, len(self.rows) - 1)))
        self._update_total()
        has = bool(self.rows)
        for widget in (self.name_edit, self.minutes_edit, self.shows_combo, self.prompts_edit):
            widget.setEnabled(has)

    def _load_row(self, index: int) -> None:
        if self._loading or not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        self._loading = True
        self.name_edit.setText(row.name)
        self.minutes_edit.setText(row.minutes)
        self.shows_combo.setCurrentIndex(self.shows_combo.findData(row.shows.value))
        self.prompts_edit.setPlainText(row.prompts)
        self._loading = False

    def _edited(self, *_: object) -> None:
        index = self.list.currentRow()
        if self._loading or not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        row.name = self.name_edit.text()
        row.minutes = self.minutes_edit.text()
        row.shows = BriefSection(self.shows_combo.currentData())
        row.prompts = self.prompts_edit.toPlainText()
        item = self.list.item(index)
        if item is not None:
            item.setText(f"{row.name or '(no name)'} · {row.minutes or '?'} min")
        self._update_total()

    def _update_total(self) -> None:
        try:
            total = sum(float(r.minutes.replace(",", ".")) for r in self.rows)
            self.total_label.setText(f"{len(self.rows)} phases, {total:g} minutes in all")
        except ValueError:
            self.total_label.setText(f"{len(self.rows)} phases")

    # -- editing ---------------------------------------------------------------------------

    # The list operations are the domain's (netprep.domain.agenda), applied to the rows.

    def add_phase(self) -> None:
        at = self.list.currentRow() + 1 if self.rows else 0
        self.rows = insert_phase(self.rows, _Row("New phase", "2", BriefSection.NONE, ""), at)
        self._refresh_list(at)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def remove_phase(self) -> None:
        index = self.list.currentRow()
        try:
            self.rows = remove_phase(self.rows, index)
        except AgendaError as error:
            self.show_error(str(error))
            return
        self._refresh_list(index)

    def move_phase(self, step: int) -> None:
        index = self.list.currentRow()
        to = index + step
        if not (0 <= index < len(self.rows) and 0 <= to < len(self.rows)):
            return  # already at the top or the bottom
        self.rows = move_phase(self.rows, index, to)
        self._refresh_list(to)

    def reset(self) -> None:
        if self._reset_to is not None:
            self.rows = [_Row.of(phase) for phase in self._reset_to()]
            self._refresh_list(0)

    # -- saving ----------------------------------------------------------------------------

    def agenda(self) -> list[AgendaPhase]:
        """The agenda as edited; AgendaError says what is wrong with it."""
        return build_agenda(
            build_phase(row.name, row.minutes, row.prompts.splitlines(), row.shows, number=n)
            for n, row in enumerate(self.rows, start=1)
        )

    def save(self) -> None:
        try:
            self._on_save(self.agenda())
        except (AgendaError, UserError) as error:
            self.show_error(str(error))
            return
        self.accept()

    def reject(self) -> None:
        """Cancel, Esc or closing the window: edits are saved, discarded or kept, as asked."""
        if self.rows != self._as_opened:
            answer = ask_save_discard_cancel(
                self, "Unsaved agenda", "Save your changes to the agenda?"
            )
            if answer is UnsavedChoice.SAVE:
                self.save()
                return
            if answer is UnsavedChoice.CANCEL:
                return
        super().reject()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
