"""The part of the meeting window that changes with the phase: the brief's section and the
fields to jot into. Each panel writes what is typed straight into the LiveCapture it was
given and calls ``on_edit``; the window saves (debounced). User text is shown as plain text.

``on_edit`` is a plain callback, not a Qt signal: in PySide6 6.12 every Python-side
``Signal.emit()`` drops a reference to ``True``, and one emit per keystroke would exhaust
it within a meeting (a fatal ``bool_dealloc`` error).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netprep.domain.agenda import BriefSection
from netprep.domain.brief.model import Brief, QuestionKind
from netprep.domain.capture import LiveCapture, ReferralDraft
from netprep.gui.widgets.elided_label import ElidedLabel
from netprep.gui.words.labels import label as shown_label


def plain_label(text: str, name: str = "", *, wrap: bool = True, elide: bool = False) -> QLabel:
    """A label that shows ``text`` literally (never as rich text); ``elide``: on one line,
    ending in "…" when there is no room, with the whole text as its tooltip."""
    label = ElidedLabel(text) if elide else QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def tab_focus(*widgets: QWidget) -> None:
    """Reachable with Tab, but a mouse click does not steal the focus (space stays "pause")."""
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)


class PromptList(QWidget):
    """The current phase's prompts as bullets (the wrapped lines hang under the text)."""

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.lines: list[QLabel] = []

    def set_prompts(self, prompts: Sequence[str]) -> None:
        for row in self.findChildren(QWidget, "promptRow"):
            row.hide()
            row.deleteLater()
        self.lines = []
        for prompt in prompts or [self.tr("Follow the conversation; the clock keeps time.")]:
            row = QWidget()
            row.setObjectName("promptRow")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            bullet = plain_label("•", "promptLine", wrap=False)
            text = plain_label(prompt, "promptLine")
            line.addWidget(bullet, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(text, 1)
            self._layout.addWidget(row)
            # Selectable with the mouse, but never the focus: ←/→ keep moving the phases.
            text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            bullet.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.lines.append(text)


class NotesColumn(QFrame):
    """Free notes, always on screen, and the "they offered to help" tick."""

    def __init__(self, capture: LiveCapture, on_edit: Callable[[], None]) -> None:
        super().__init__()
        self._capture = capture
        self._on_edit = on_edit
        self.setObjectName("notesColumn")
        self.notes = QPlainTextEdit(capture.notes)
        self.notes.setPlaceholderText(
            self.tr("Anything worth remembering: names, numbers, a book…")
        )
        self.notes.setAccessibleName(self.tr("Meeting notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.textChanged.connect(self._notes_changed)
        self.helped_box = QCheckBox(self.tr("They offered to help"))
        self.helped_box.setToolTip(
            self.tr("“Let me know how I can help” — a sign of an evangelist")
        )
        self.helped_box.setChecked(capture.they_offered_help)
        self.helped_box.toggled.connect(self._helped_changed)
        tab_focus(self.helped_box)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Notes"), "sectionHeading"))
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.helped_box)

    def _notes_changed(self) -> None:
        self._capture.notes = self.notes.toPlainText()
        self._on_edit()

    def _helped_changed(self, on: bool) -> None:
        self._capture.they_offered_help = on
        self._on_edit()


class ItemsPanel(QWidget):
    """Read-only lines from the brief (hooks, the three sentences)."""

    def __init__(self, items: Sequence[str], empty: str, *, large: bool = False) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        if not items:
            layout.addWidget(plain_label(empty, "mutedLabel"))
        for text in items:
            layout.addWidget(plain_label(text, "briefLineLarge" if large else "briefLine"))
        layout.addStretch(1)


class QuestionsPanel(QWidget):
    """The three questions, each with the insight field right under it."""

    def __init__(self, capture: LiveCapture, on_edit: Callable[[], None]) -> None:
        super().__init__()
        self._capture = capture
        self._on_edit = on_edit
        self.insight_fields: list[QPlainTextEdit] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        kinds = list(QuestionKind)
        for index in range(3):
            note = capture.insight(index)
            kind = note.kind or kinds[index]
            layout.addWidget(plain_label(f"{index + 1} · {shown_label(kind)}", "mutedLabel"))
            question = note.question or self.tr("(no question prepared — ask your own)")
            layout.addWidget(plain_label(question, "questionText"))
            field = QPlainTextEdit(note.text)
            field.setObjectName(f"insight{index}")
            field.setPlaceholderText(self.tr("What did you learn? A line or two is enough."))
            field.setTabChangesFocus(True)
            field.setFixedHeight(64)
            field.setAccessibleName(
                self.tr("Insight from question {number}").format(number=index + 1)
            )
            field.textChanged.connect(lambda i=index, f=field: self._changed(i, f))
            layout.addWidget(field)
            layout.addSpacing(8)
            self.insight_fields.append(field)
        layout.addStretch(1)

    def _changed(self, index: int, field: QPlainTextEdit) -> None:
        self._capture.set_insight(index, field.toPlainText())
        self._on_edit()


class ReferralsPanel(QWidget):
    """One row per name: who, why, how to reach, whether they will introduce. Add more."""

    def __init__(self, capture: LiveCapture, ask: str, on_edit: Callable[[], None]) -> None:
        super().__init__()
        self._capture = capture
        self._on_edit = on_edit
        self.rows: list[tuple[QLineEdit, QLineEdit, QLineEdit, QCheckBox]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        ask = ask.strip() or self.tr(
            "Who else do you think I should talk to? Could you suggest three people?"
        )
        layout.addWidget(plain_label(self.tr("Ask: “{ask}”").format(ask=ask), "questionText"))
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        titles = (self.tr("Name"), self.tr("Why this person"), self.tr("How to reach"), "")
        for column, title in enumerate(titles):
            self.grid.addWidget(plain_label(title, "mutedLabel", wrap=False), 0, column)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 3)
        layout.addLayout(self.grid)
        for draft in capture.referrals:
            self._add_row(draft)
        self.add_button = QPushButton(self.tr("+ Add another name"))
        self.add_button.setAccessibleName(self.tr("Add another referral"))
        tab_focus(self.add_button)
        self.add_button.clicked.connect(self.add_slot)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        layout.addStretch(1)

    def add_slot(self) -> None:
        draft = self._capture.add_referral_slot()
        name = self._add_row(draft)
        name.setFocus()
        self._on_edit()

    def _add_row(self, draft: ReferralDraft) -> QLineEdit:
        number = len(self.rows) + 1
        name = QLineEdit(draft.name)
        name.setPlaceholderText(self.tr("Name {number}").format(number=number))
        why = QLineEdit(draft.why)
        why.setPlaceholderText(self.tr("Why they suggested them"))
        how = QLineEdit(draft.how_to_reach)
        how.setPlaceholderText(self.tr("Email, phone, link, “via …”"))
        introduce = QCheckBox(self.tr("Will introduce"))
        introduce.setChecked(draft.will_introduce)
        tab_focus(introduce)
        accessible = (
            (name, self.tr("Referral {number}: name")),
            (why, self.tr("Referral {number}: why")),
            (how, self.tr("Referral {number}: how to reach")),
        )
        for widget, label in accessible:
            widget.setAccessibleName(label.format(number=number))
            widget.textEdited.connect(lambda _t="", d=draft: self._changed(d, number - 1))
        introduce.toggled.connect(lambda _c=False, d=draft: self._changed(d, number - 1))
        row = number
        self.grid.addWidget(name, row, 0)
        self.grid.addWidget(why, row, 1)
        self.grid.addWidget(how, row, 2)
        self.grid.addWidget(introduce, row, 3)
        self.rows.append((name, why, how, introduce))
        return name

    def _changed(self, draft: ReferralDraft, index: int) -> None:
        name, why, how, introduce = self.rows[index]
        draft.name, draft.why, draft.how_to_reach = name.text(), why.text(), how.text()
        draft.will_introduce = introduce.isChecked()
        self._on_edit()


class OffersPanel(QWidget):
    """The brief's ideas of what to give back; ticking one records it as offered."""

    def __init__(
        self, capture: LiveCapture, ideas: Sequence[str], on_edit: Callable[[], None]
    ) -> None:
        super().__init__()
        self._capture = capture
        self._on_edit = on_edit
        self.boxes: list[QCheckBox] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box_layout = QVBoxLayout()
        layout.addLayout(self.box_layout)
        offered = {o.casefold() for o in capture.offers}
        for text in [*ideas, *(o for o in capture.offers if o.casefold() not in _folded(ideas))]:
            self._add_box(text, text.casefold() in offered)
        if not self.boxes:
            self.box_layout.addWidget(
                plain_label(
                    self.tr("Nothing prepared: an article, an introduction, sharing their work?")
                )
            )
        self.other = QLineEdit()
        self.other.setPlaceholderText(self.tr("Something else you offered — press Enter to add"))
        self.other.setAccessibleName(self.tr("Something else you offered"))
        self.other.returnPressed.connect(self.add_other)
        add = QPushButton(self.tr("Add"))
        tab_focus(add)
        add.clicked.connect(self.add_other)
        row = QHBoxLayout()
        row.addWidget(self.other, 1)
        row.addWidget(add)
        layout.addLayout(row)
        layout.addStretch(1)

    def add_other(self) -> None:
        text = " ".join(self.other.text().split())
        if not text:
            return
        if text.casefold() not in {b.accessibleName().casefold() for b in self.boxes}:
            self._add_box(text, True)
        self._capture.add_offer(text)
        self.other.clear()
        self._on_edit()

    def _add_box(self, text: str, checked: bool) -> None:
        """A tick with its text wrapping beside it (a QCheckBox's own text never wraps)."""
        box = QCheckBox()
        box.setChecked(checked)
        box.setAccessibleName(text)
        tab_focus(box)
        box.toggled.connect(lambda on, t=text: self._toggled(t, on))
        label = _ClickLabel(text, box.toggle)
        row = QHBoxLayout()
        row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(label, 1)
        self.box_layout.addLayout(row)
        self.boxes.append(box)

    def _toggled(self, text: str, on: bool) -> None:
        if on:
            self._capture.add_offer(text)
        else:
            self._capture.offers = [
                o for o in self._capture.offers if o.casefold() != text.casefold()
            ]
        self._on_edit()


class _ClickLabel(QLabel):
    """Plain, wrapping text that toggles its checkbox when clicked."""

    def __init__(self, text: str, on_click: Callable[[], None]) -> None:
        super().__init__(text)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setObjectName("offerText")
        self._on_click = on_click

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._on_click()
        event.accept()


def _folded(items: Sequence[str]) -> set[str]:
    return {i.casefold() for i in items}


def section_panel(
    section: BriefSection, brief: Brief | None, capture: LiveCapture, on_edit: Callable[[], None]
) -> QWidget:
    """The widget a phase showing ``section`` puts under its prompts."""
    if section is BriefSection.HOOKS:
        hooks = [h.text for h in brief.hooks] if brief else []
        return ItemsPanel(
            hooks,
            QCoreApplication.translate(
                "PhasePanels", "No common ground in the brief: ask what they are working on."
            ),
        )
    if section is BriefSection.SUMMARY:
        sentences = list(brief.summary) if brief else []
        return ItemsPanel(
            sentences,
            QCoreApplication.translate(
                "PhasePanels", "No overview prepared: say where you are and why you came."
            ),
            large=True,
        )
    if section is BriefSection.QUESTIONS:
        return QuestionsPanel(capture, on_edit)
    if section is BriefSection.REFERRALS:
        return ReferralsPanel(capture, brief.referral_ask if brief else "", on_edit)
    if section is BriefSection.OFFERS:
        return OffersPanel(capture, [o.text for o in brief.offers] if brief else [], on_edit)
    return QWidget()
