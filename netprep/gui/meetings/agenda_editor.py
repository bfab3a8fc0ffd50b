"""Edit an agenda: add, remove and reorder phases, change their minutes, prompts and brief part.

Used for the default agenda and for one meeting's own. Nothing is checked while typing
beyond showing the problem; Save builds the agenda and hands it to ``on_save`` (a service
call), whose refusal — zero minutes, no phases, no name — is shown in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
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
from netprep.gui.widgets.wheel_guard import guard_wheel
from netprep.gui.words import QT_TRANSLATE_NOOP
from netprep.gui.words.default_agenda import shown, shown_all
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError

SECTION_LABELS = {  # translated as shown
    BriefSection.HOOKS: QT_TRANSLATE_NOOP("AgendaEditorDialog", "Common-ground hooks"),
    BriefSection.SUMMARY: QT_TRANSLATE_NOOP("AgendaEditorDialog", "Your three-sentence overview"),
    BriefSection.QUESTIONS: QT_TRANSLATE_NOOP(
        "AgendaEditorDialog", "The three questions (with insight fields)"
    ),
    BriefSection.REFERRALS: QT_TRANSLATE_NOOP("AgendaEditorDialog", "Referral slots"),
    BriefSection.OFFERS: QT_TRANSLATE_NOOP("AgendaEditorDialog", "What to offer back"),
    BriefSection.NONE: QT_TRANSLATE_NOOP("AgendaEditorDialog", "Nothing from the brief"),
}


@dataclass
class _Row:
    name: str
    minutes: str  # as typed: checked on save
    shows: BriefSection
    prompts: str

    @classmethod
    def of(cls, phase: AgendaPhase) -> _Row:
        """The phase as shown: the default agenda's words in the user's language."""
        prompts = "\n".join(shown_all(phase.prompts))
        return cls(shown(phase.name), f"{phase.minutes:g}", phase.shows, prompts)


class AgendaEditorDialog(QDialog):
    def __init__(
        self,
        agenda: Sequence[AgendaPhase],
        on_save: Callable[[list[AgendaPhase]], object],
        *,
        title: str = "",
        reset_to: Callable[[], list[AgendaPhase]] | None = None,
        reset_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Edit the agenda"))
        self.setMinimumSize(760, 460)
        self._on_save = on_save
        self._reset_to = reset_to
        self.rows = [_Row.of(phase) for phase in agenda]
        self._as_opened = [_Row.of(phase) for phase in agenda]  # to tell whether to ask
        self._loading = False

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Phases"))
        self.list.currentRowChanged.connect(self._load_row)
        self.add_button = QPushButton(self.tr("&Add phase"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.add_button.clicked.connect(self.add_phase)
        self.remove_button.clicked.connect(self.remove_phase)
        self.up_button.clicked.connect(lambda: self.move_phase(-1))
        self.down_button.clicked.connect(lambda: self.move_phase(1))
        list_buttons = QGridLayout()  # two by two: longer words (German) fit at 760 px
        for at, button in enumerate(
            (self.add_button, self.remove_button, self.up_button, self.down_button)
        ):
            list_buttons.addWidget(button, at // 2, at % 2)
        self.total_label = QLabel()
        self.total_label.setObjectName("mutedLabel")
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(list_buttons)
        left.addWidget(self.total_label)

        self.name_edit = QLineEdit()
        self.minutes_edit = QLineEdit()
        self.minutes_edit.setPlaceholderText(self.tr("e.g. 2 or 2.5"))
        self.shows_combo = guard_wheel(QComboBox())
        self.shows_combo.setAccessibleName(self.tr("Brief section shown"))
        for section, label in SECTION_LABELS.items():
            self.shows_combo.addItem(
                QCoreApplication.translate("AgendaEditorDialog", label), section.value
            )
        self.prompts_edit = QPlainTextEdit()
        self.prompts_edit.setTabChangesFocus(True)
        self.prompts_edit.setPlaceholderText(self.tr("One prompt per line"))
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("M&inutes"), self.minutes_edit)
        form.addRow(self.tr("&Shows"), self.shows_combo)
        form.addRow(self.tr("&Prompts"), self.prompts_edit)
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
            reset = buttons.addButton(
                reset_label or self.tr("Reset to the book's agenda"),
                QDialogButtonBox.ButtonRole.ResetRole,
            )
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
            self.list.addItem(self._row_text(row))
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
            item.setText(self._row_text(row))
        self._update_total()

    def _row_text(self, row: _Row) -> str:
        return self.tr("{name} · {minutes} min").format(
            name=row.name or self.tr("(no name)"), minutes=row.minutes or "?"
        )

    def _update_total(self) -> None:
        count = len(self.rows)
        try:
            total = sum(float(r.minutes.replace(",", ".")) for r in self.rows)
        except ValueError:
            self.total_label.setText(self.tr("%n phase(s)", "", count))
            return
        text = self.tr("%n phase(s), {minutes} minutes in all", "", count)
        self.total_label.setText(text.format(minutes=f"{total:g}"))

    # -- editing ---------------------------------------------------------------------------

    # The list operations are the domain's (netprep.domain.agenda), applied to the rows.

    def add_phase(self) -> None:
        at = self.list.currentRow() + 1 if self.rows else 0
        self.rows = insert_phase(
            self.rows, _Row(self.tr("New phase"), "2", BriefSection.NONE, ""), at
        )
        self._refresh_list(at)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def remove_phase(self) -> None:
        index = self.list.currentRow()
        try:
            self.rows = remove_phase(self.rows, index)
        except AgendaError as error:
            self.show_error(said(error))
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
            self.show_error(said(error))
            return
        self.accept()

    def reject(self) -> None:
        """Cancel, Esc or closing the window: edits are saved, discarded or kept, as asked."""
        if self.rows != self._as_opened:
            answer = ask_save_discard_cancel(
                self, self.tr("Unsaved agenda"), self.tr("Save your changes to the agenda?")
            )
            if answer is UnsavedChoice.SAVE:
                self.save()
                return
            if answer is UnsavedChoice.CANCEL:
                return
        super().reject()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
