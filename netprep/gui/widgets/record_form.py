"""A form built from field specs (loads a record, writes it back, shows errors): Contact and
Profile forms, each a spec table. REF choices (30,000 contacts): ref_choices.py, built off
the GUI thread. Labels, help and placeholders are translated as shown (gui/words)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netprep.domain.validation import split_list
from netprep.gui.widgets.dates import date_pattern
from netprep.gui.widgets.ref_choices import RefChoices as RefChoices
from netprep.gui.widgets.ref_choices import told_apart
from netprep.gui.widgets.wheel_guard import guard_wheel
from netprep.gui.words.labels import choice_text, form_message, form_text

NO_DATE = QDate(2000, 1, 1)  # a DATE field at this value means "not set"


class Kind(Enum):
    LINE = "line"  # one line of text
    LIST = "list"  # comma-separated list of strings
    TEXT = "text"  # several lines
    CHOICE = "choice"  # one of a fixed set (an enum)
    DAYS = "days"  # an optional number of days
    REF = "ref"  # another record, chosen by name
    DATE = "date"  # an optional day


@dataclass
class FieldSpec:
    name: str
    label: str
    kind: Kind = Kind.LINE
    placeholder: str = ""
    help: str = ""
    choices: list[tuple[str, Any]] = field(default_factory=list)  # (label, value) for CHOICE


@dataclass
class Section:
    title: str
    fields: list[FieldSpec]


class RecordForm(QWidget):
    """Edits the spec'd fields of a dataclass record. Emits ``edited`` on any change."""

    edited = Signal()

    def __init__(self, sections: list[Section], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._specs: dict[str, FieldSpec] = {}
        self._editors: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._refs: dict[str, RefChoices] = {}  # per REF field
        self._ref_loaded: dict[str, tuple[str, str | None]] = {}  # (shown, id): survives undo
        self._loading, self._labels = False, list[QLabel]()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        for section in sections:
            box = QGroupBox(form_text(section.title))
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            for spec in section.fields:
                editor = self._make_editor(spec)
                self._specs[spec.name], self._editors[spec.name] = spec, editor
                holder = QWidget()
                column = QVBoxLayout(holder)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(2)
                column.addWidget(editor)
                error = QLabel()
                error.setObjectName("fieldError")
                error.setWordWrap(True)
                error.hide()
                column.addWidget(error)
                self._errors[spec.name] = error
                label = QLabel(form_text(spec.label))
                label.setBuddy(editor)  # Alt+letter focuses the field
                self._labels.append(label)
                # A buddy is found only among siblings (the editor is in a holder): name it.
                editor.setAccessibleName(label.text().replace("&", "").rstrip(": "))
                if spec.help:
                    editor.setToolTip(form_text(spec.help))
                    editor.setAccessibleDescription(form_text(spec.help))
                form.addRow(label, holder)
            layout.addWidget(box)
        layout.addStretch(1)

    def showEvent(self, event: QShowEvent) -> None:  # one label width: fields line up
        width = max((label.sizeHint().width() for label in self._labels), default=0)
        for label in self._labels:
            label.setMinimumWidth(width)
        super().showEvent(event)

    # -- building --------------------------------------------------------------------------

    def _make_editor(self, spec: FieldSpec) -> QWidget:
        editor: QWidget
        if spec.kind in (Kind.LINE, Kind.LIST):
            line = QLineEdit()
            line.setPlaceholderText(form_text(spec.placeholder))
            line.setClearButtonEnabled(True)
            line.textEdited.connect(self._changed)
            editor = line
        elif spec.kind is Kind.TEXT:
            text = QPlainTextEdit()
            text.setPlaceholderText(form_text(spec.placeholder))
            text.setTabChangesFocus(True)
            text.setFixedHeight(72)
            text.textChanged.connect(self._changed)
            editor = text
        elif spec.kind is Kind.REF:
            # A completing line edit, not a combo: 30,000 contacts cost 0.5 s per polish of one.
            ref = QLineEdit()
            ref.setPlaceholderText(form_text(spec.placeholder))
            ref.setClearButtonEnabled(True)
            completer = QCompleter(QStringListModel(ref), ref)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setMaxVisibleItems(12)
            ref.setCompleter(completer)
            ref.textEdited.connect(self._changed)
            completer.activated.connect(self._changed)
            editor = ref
        elif spec.kind is Kind.CHOICE:
            combo = guard_wheel(QComboBox())
            for label, value in spec.choices:
                combo.addItem(choice_text(label, value), value)
            combo.currentIndexChanged.connect(self._changed)
            editor = combo
        elif spec.kind is Kind.DATE:
            day = guard_wheel(QDateEdit())
            day.setCalendarPopup(True)
            day.setDisplayFormat(date_pattern())
            day.setMinimumDate(NO_DATE)
            day.setSpecialValueText(self.tr("not set"))  # shown at the minimum: no date
            day.dateChanged.connect(self._changed)
            editor = day
        else:  # Kind.DAYS, the last kind
            spin = guard_wheel(QSpinBox())
            spin.setRange(0, 3650)
            spin.setSpecialValueText(self.tr("not set"))
            spin.setSuffix(self.tr(" days"))
            spin.valueChanged.connect(self._changed)
            editor = spin
        editor.setObjectName(f"field_{spec.name}")
        return editor

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()

    # -- record in and out -----------------------------------------------------------------

    def adopt_ref_choices(self, name: str, choices: RefChoices) -> None:
        """What a REF field may point at, e.g. the contacts who can refer (built by
        :meth:`RefChoices.build`, on a worker thread at 30,000 contacts): handed over here."""
        self._refs[name] = choices
        self._ref_model(name).setStringList(choices.shown)

    def _ref(self, name: str) -> RefChoices:
        return self._refs.get(name) or self._refs.setdefault(name, RefChoices.build([], {}))

    def upsert_ref_choice(self, name: str, label: str, value: str, detail: str = "") -> None:
        """Add or rename one choice of a REF field: its row and its namesakes', never all."""
        ref = self._ref(name)
        ref.details[value] = detail
        old = ref.raw.get(value)
        if old == label:
            return
        names = {label.casefold()}
        if old is not None:
            self._drop_ref_row(name, value)
            ref.members[old.casefold()].discard(value)
            names.add(old.casefold())
        ref.raw[value] = label
        ref.members.setdefault(label.casefold(), set()).add(value)
        for folded in names:
            sharing = [(ref.raw[other], other) for other in ref.members.get(folded, set())]
            for wanted, other in told_apart(sharing, ref.details):
                if ref.labels.get(other) != wanted:
                    self._drop_ref_row(name, other)
                    self._add_ref_row(name, other, wanted)

    def _drop_ref_row(self, name: str, value: str) -> None:
        ref = self._ref(name)
        label = ref.labels.pop(value, None)
        if label is None:
            return
        row = ref.keys.index(label.casefold())
        self._ref_model(name).removeRows(row, 1)
        del ref.keys[row]
        ref.refs.pop(label, None)

    def _add_ref_row(self, name: str, value: str, label: str) -> None:
        ref, model = self._ref(name), self._ref_model(name)
        row = bisect.bisect_left(ref.keys, label.casefold())
        model.insertRows(row, 1)
        model.setData(model.index(row, 0), label)
        ref.keys.insert(row, label.casefold())
        ref.refs[label], ref.labels[value] = value, label

    def _ref_model(self, name: str) -> QStringListModel:
        editor = self._editors[name]
        model = editor.completer().model() if isinstance(editor, QLineEdit) else None
        assert isinstance(model, QStringListModel)
        return model

    def local_errors(self) -> dict[str, str]:
        """Problems only the form can see: a name typed in a REF field that matches nobody."""
        errors = {}
        for name, spec in self._specs.items():
            editor = self._editors[name]
            if spec.kind is Kind.REF and isinstance(editor, QLineEdit):
                text = editor.text().strip()
                kept = text == self._ref_loaded.get(name, ("", None))[0]
                if text and not kept and text not in self._ref(name).refs:
                    errors[name] = self.tr(
                        "No contact called “{name}”: pick one from the list."
                    ).format(name=text)
        return errors

    def load(self, record: Any) -> None:
        self._loading = True
        try:
            for name, spec in self._specs.items():
                self._set_value(self._editors[name], spec, getattr(record, name))
            self.show_errors({})
        finally:
            self._loading = False

    def apply_to(self, record: Any) -> None:
        """Write the editors' values into ``record`` (no validation here)."""
        for name, spec in self._specs.items():
            setattr(record, name, self._value(self._editors[name], spec))

    def texts(self) -> dict[str, str]:
        """Every field as typed, valid or not (what a kept draft holds)."""
        found = {}
        for name, spec in self._specs.items():
            editor = self._editors[name]
            if isinstance(editor, QLineEdit):
                found[name] = editor.text()
            elif isinstance(editor, QPlainTextEdit):
                found[name] = editor.toPlainText()
            elif isinstance(editor, QComboBox):
                found[name] = str(spec.choices[max(editor.currentIndex(), 0)][1])
            elif isinstance(editor, QSpinBox):
                found[name] = str(editor.value())
            elif isinstance(editor, QDateEdit):
                chosen = editor.date()
                found[name] = "" if chosen <= NO_DATE else chosen.toString(Qt.DateFormat.ISODate)
        return found

    def load_texts(self, texts: dict[str, str]) -> None:
        """Put back what :meth:`texts` returned, over the loaded record (unknown names skipped)."""
        self._loading = True
        try:
            for name, text in texts.items():
                editor, spec = self._editors.get(name), self._specs.get(name)
                if isinstance(editor, QLineEdit):
                    editor.setText(text)
                    editor.setCursorPosition(0)
                elif isinstance(editor, QPlainTextEdit):
                    editor.setPlainText(text)
                elif isinstance(editor, QComboBox) and spec is not None:
                    values = [str(v) for _, v in spec.choices]
                    editor.setCurrentIndex(values.index(text) if text in values else 0)
                elif isinstance(editor, QSpinBox):
                    editor.setValue(int(text) if text.strip().isdigit() else 0)
                elif isinstance(editor, QDateEdit):
                    day = QDate.fromString(text, Qt.DateFormat.ISODate)
                    editor.setDate(day if day.isValid() else NO_DATE)
        finally:
            self._loading = False

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self._errors.items():
            message = errors.get(name, "")
            label.setText(form_message(message))
            label.setVisible(bool(message))
            editor = self._editors[name]
            if bool(editor.property("invalid")) != bool(message):
                editor.setProperty("invalid", bool(message))
                editor.style().unpolish(editor)  # re-read the stylesheet's [invalid] rule
                editor.style().polish(editor)

    def editor(self, name: str) -> QWidget:
        return self._editors[name]

    def focus_first_error(self, errors: dict[str, str]) -> None:
        for name in self._specs:
            if name in errors:
                self._editors[name].setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # -- per-kind conversion ---------------------------------------------------------------

    def _set_value(self, editor: QWidget, spec: FieldSpec, value: Any) -> None:
        if spec.kind is Kind.REF and isinstance(editor, QLineEdit):
            shown = self._ref(spec.name).labels.get(value or "", "")
            if value and not shown:
                shown = self.tr("(deleted contact)")
            editor.setText(shown)
            self._ref_loaded[spec.name] = (shown, value)
        elif isinstance(editor, QLineEdit):
            editor.setText(", ".join(value) if spec.kind is Kind.LIST else str(value or ""))
            editor.setCursorPosition(0)  # show the start of a long value, not its end
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value or ""))
        elif isinstance(editor, QComboBox):
            values = [v for _, v in spec.choices]
            editor.setCurrentIndex(values.index(value) if value in values else 0)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QDateEdit):
            editor.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    def _value(self, editor: QWidget, spec: FieldSpec) -> Any:
        if spec.kind is Kind.REF and isinstance(editor, QLineEdit):
            text = editor.text().strip()
            shown, loaded = self._ref_loaded.get(spec.name, ("", None))
            if text == shown and loaded is not None:
                return loaded
            return self._ref(spec.name).refs.get(text)
        if isinstance(editor, QLineEdit):
            text = editor.text()
            return split_list(text) if spec.kind is Kind.LIST else text.strip()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText().strip()
        if isinstance(editor, QComboBox):  # Qt hands back plain strings; keep the enum
            return spec.choices[max(editor.currentIndex(), 0)][1]
        if isinstance(editor, QSpinBox):
            return editor.value() or None
        if isinstance(editor, QDateEdit):
            chosen = editor.date()
            return None if chosen <= NO_DATE else date(chosen.year(), chosen.month(), chosen.day())
        raise TypeError(editor)
