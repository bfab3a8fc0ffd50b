"""The brief, editable in place: three sentences, three questions with "Swap", and the lists.

It holds a working copy of the brief; every user edit emits ``edited`` so the
prep screen knows the brief is now the user's and must not be rebuilt under
them. Loading a brief from code (``set_brief``) emits nothing.
"""

from __future__ import annotations

from copy import deepcopy

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netprep.domain.brief.model import Brief, Question
from netprep.gui.prep.brief_widgets import (
    EvidenceLabel,
    GrowingTextEdit,
    ItemListEditor,
    WhyButton,
    evidence_tooltip,
)
from netprep.gui.prep.swap_menu import fill_swap_menu
from netprep.gui.words.labels import label
from netprep.services.brief_editing import alternatives_for, swap_question
from netprep.services.briefs import BriefService

SUMMARY_SENTENCES = 3


def _section(title: str, hint: str = "") -> tuple[QFrame, QVBoxLayout, QHBoxLayout]:
    """A white card with a title row (extra widgets go right of the title)."""
    frame = QFrame()
    frame.setObjectName("briefCard")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    header = QHBoxLayout()
    label = QLabel(title)
    label.setObjectName("briefCardTitle")
    header.addWidget(label)
    header.addStretch(1)
    layout.addLayout(header)
    if hint:
        note = QLabel(hint)
        note.setObjectName("mutedLabel")
        note.setWordWrap(True)
        layout.addWidget(note)
    return frame, layout, header


class QuestionRow(QWidget):
    """One insight question: its kind, its text, "Swap ▾" and "why?"."""

    edited = Signal()
    swap_requested = Signal(int, int)  # question index, alternative index (same kind)

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self._question = Question()
        self.kind_label = QLabel()
        self.kind_label.setObjectName("kindLabel")
        self.text = GrowingTextEdit()
        self.text.setObjectName(f"question{index + 1}")
        self.text.setAccessibleName(self.tr("Insight question {number}").format(number=index + 1))
        self.text.textChanged.connect(self._on_text_changed)
        self.swap = QToolButton()
        self.swap.setObjectName("swapButton")
        self.swap.setText(self.tr("Swap"))
        self.swap.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.swap.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.swap_menu = QMenu(self.swap)
        self.swap_menu.setToolTipsVisible(True)
        self.swap_menu.aboutToShow.connect(self.swap_actions)
        self.swap.setMenu(self.swap_menu)
        self._alternatives: list[Question] = []
        self._menu_stale = False
        self.why = WhyButton()
        self.evidence = EvidenceLabel()
        self.why.toggled.connect(self.evidence.setVisible)
        self._loading = False

        number = QLabel(str(index + 1))
        number.setObjectName("questionNumber")
        number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.kind_label)
        top.addStretch(1)
        top.addWidget(self.why)
        top.addWidget(self.swap)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(self.text)
        column.addWidget(self.evidence)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addWidget(number, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)

    def set_question(self, question: Question, alternatives: list[Question]) -> None:
        self._loading = True
        self._question = question  # of the editor's own brief; question() gives a copy
        self.kind_label.setText(label(question.kind).upper())
        self.text.setPlainText(question.text)
        tip = evidence_tooltip(question.evidence)
        self.text.setToolTip(tip)
        self.evidence.set_evidence(question.evidence)
        self.why.setEnabled(bool(question.evidence))
        self.evidence.setVisible(self.why.isChecked() and bool(question.evidence))
        # The menu is filled when it opens: a dozen wrapped labels per question made
        # every brief slow to appear.
        self._alternatives = list(alternatives)
        self._menu_stale = True
        self.swap.setEnabled(bool(alternatives))
        self.swap.setToolTip(
            self.tr("Swap for another “{kind}” question").format(kind=label(question.kind))
            if alternatives
            else self.tr("No other question of this kind: edit this one in place")
        )
        self._loading = False

    def swap_actions(self) -> list[QAction]:
        """The Swap menu's entries, one per alternative (made on first need)."""
        if self._menu_stale:
            self._menu_stale = False
            fill_swap_menu(
                self.swap_menu,
                self,
                [(a.text, evidence_tooltip(a.evidence) or a.text) for a in self._alternatives],
                lambda n: self.swap_requested.emit(self.index, n),
            )
        return self.swap_menu.actions()

    def question(self) -> Question:
        result = deepcopy(self._question)
        result.text = self.text.text()
        return result

    def _on_text_changed(self) -> None:
        if not self._loading:
            self.edited.emit()


class BriefEditor(QWidget):
    edited = Signal()

    def __init__(self, briefs: BriefService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._briefs = briefs
        self._brief = Brief()
        self._loading = False

        summary_card, summary_layout, summary_header = _section(
            self.tr("Your overview"),
            self.tr(
                "Three sentences, about a minute spoken: who you are, what you are good at, "
                "why this meeting."
            ),
        )
        self.timing = QLabel()
        self.timing.setObjectName("timingLabel")
        summary_header.addWidget(self.timing)
        self.sentences: list[GrowingTextEdit] = []
        for number in range(SUMMARY_SENTENCES):
            sentence = GrowingTextEdit()
            sentence.setObjectName(f"sentence{number + 1}")
            sentence.setPlaceholderText(self.tr("Sentence {number}").format(number=number + 1))
            sentence.setAccessibleName(
                self.tr("Overview sentence {number}").format(number=number + 1)
            )
            sentence.textChanged.connect(self._on_summary_changed)
            self.sentences.append(sentence)
            summary_layout.addWidget(sentence)

        questions_card, questions_layout, _ = _section(self.tr("Three insight questions"))
        self.questions: list[QuestionRow] = []
        for index in range(3):
            row = QuestionRow(index)
            row.edited.connect(self._user_edit)
            row.swap_requested.connect(self.swap)
            self.questions.append(row)
            questions_layout.addWidget(row)

        hooks_card, hooks_layout, _ = _section(self.tr("Common ground to open with"))
        self.hooks = ItemListEditor(self.tr("Add a hook"), self.tr("Something you share with them"))
        hooks_layout.addWidget(self.hooks)
        offers_card, offers_layout, _ = _section(self.tr("What to offer back"))
        self.offers = ItemListEditor(
            self.tr("Add an offer"), self.tr("An article, an introduction, a hand")
        )
        offers_layout.addWidget(self.offers)
        dont_card, dont_layout, _ = _section(
            self.tr("Don't ask"),
            self.tr("You can already find these out: asking wastes their time."),
        )
        careful = QLabel(self.tr("Careful (from your notes)"))
        careful.setObjectName("kindLabel")
        self.cautions = ItemListEditor(
            self.tr("Add a caution"), self.tr("A topic to steer clear of")
        )
        dont_layout.addWidget(careful)
        dont_layout.addWidget(self.cautions)
        self.dont_ask = ItemListEditor(self.tr("Add one"), self.tr("Something already known"))
        dont_layout.addWidget(self.dont_ask)
        check_card, check_layout, _ = _section(
            self.tr("Check first"), self.tr("Your notes were not sure of these: ask, don't assert.")
        )
        self.check_first = ItemListEditor(self.tr("Add one"), self.tr("Something to confirm"))
        check_layout.addWidget(self.check_first)
        for editor in (self.hooks, self.offers, self.cautions, self.dont_ask, self.check_first):
            editor.edited.connect(self._user_edit)

        referral_card, referral_layout, _ = _section(self.tr("Ask for three names"))
        self.referral_ask = QLineEdit()
        self.referral_ask.setPlaceholderText(self.tr("Who else should I talk to?"))
        self.referral_ask.setAccessibleName(self.tr("How you ask for three names"))
        self.referral_ask.textEdited.connect(lambda _text: self._user_edit())
        referral_layout.addWidget(self.referral_ask)

        self.gaps_card, gaps_layout, _ = _section(self.tr("Research gaps"))
        self.gaps = QLabel()
        self.gaps.setObjectName("mutedLabel")
        self.gaps.setWordWrap(True)
        gaps_layout.addWidget(self.gaps)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(12)
        for card in (
            summary_card,
            questions_card,
            hooks_card,
            offers_card,
            dont_card,
            check_card,
            referral_card,
            self.gaps_card,
        ):
            layout.addWidget(card)
        layout.addStretch(1)
        self._update_timing()
        # Rows for a typical brief, made one per turn of the event loop while the user
        # fills in the form: making them all when the first brief arrives froze the window.
        self._spares_wanted = [(self.hooks, 4), (self.offers, 3), (self.dont_ask, 5)]
        self._spares_wanted += [(self.cautions, 1), (self.check_first, 1)]
        QTimer.singleShot(0, self, self._make_a_spare)

    def _make_a_spare(self) -> None:
        for editor, wanted in self._spares_wanted:
            if editor.made < wanted:
                editor.add_spare()
                QTimer.singleShot(0, self, self._make_a_spare)
                return

    # -- in and out ------------------------------------------------------------------------

    def set_brief(self, brief: Brief) -> None:
        """Show ``brief`` (a copy is kept); this is not a user edit."""
        self._loading = True
        try:
            self._brief = brief = deepcopy(brief)  # the editor's own: rows share its items
            sentences = list(brief.summary) + [""] * SUMMARY_SENTENCES
            for box, text in zip(self.sentences, sentences, strict=False):
                box.setPlainText(text)
            extra = brief.summary[SUMMARY_SENTENCES:]
            if extra:  # never drop words: a fourth sentence joins the third
                last = self.sentences[-1]
                last.setPlainText(" ".join([last.toPlainText(), *extra]).strip())
            self._show_questions()
            self.hooks.set_items(brief.hooks)
            self.offers.set_items(brief.offers)
            self.dont_ask.set_items(brief.dont_ask)
            self.cautions.set_items(brief.cautions)
            self.check_first.set_items(brief.check_first)
            self.referral_ask.setText(brief.referral_ask)
            self.referral_ask.setCursorPosition(0)
            gaps = [gap for gap in brief.research_gaps if gap.strip()]
            self.gaps.setText("\n".join(f"• {gap}" for gap in gaps))
            self.gaps_card.setVisible(bool(gaps))
        finally:
            self._loading = False
        self._update_timing()

    def brief(self) -> Brief:
        """The brief as the user has edited it (a new object each call)."""
        result = deepcopy(self._brief)
        result.summary = [text for text in (box.text() for box in self.sentences) if text]
        result.questions = [row.question() for row in self.questions[: len(self._brief.questions)]]
        result.hooks = self.hooks.items()
        result.offers = self.offers.items()
        result.dont_ask = self.dont_ask.items()
        result.cautions = self.cautions.items()
        result.check_first = self.check_first.items()
        result.referral_ask = " ".join(self.referral_ask.text().split())
        return self._briefs.retime(result)

    def swap(self, index: int, alternative: int) -> None:
        """Replace question ``index`` by its ``alternative``-th same-kind alternative."""
        current = self.brief()
        swapped = swap_question(current, index, alternative)
        self._brief = swapped
        self._loading = True
        try:
            self._show_questions()
        finally:
            self._loading = False
        self._user_edit()

    # -- display ---------------------------------------------------------------------------

    def _show_questions(self) -> None:
        for index, row in enumerate(self.questions):
            present = index < len(self._brief.questions)
            row.setVisible(present)
            if present:
                row.set_question(self._brief.questions[index], alternatives_for(self._brief, index))

    def _update_timing(self) -> None:
        timing = self._briefs.summary_timing([box.text() for box in self.sentences])
        text = self.tr("{words} words · about {seconds} s spoken").format(
            words=timing.words, seconds=timing.seconds
        )
        self.timing.setText(
            text + (self.tr(" — over a minute: trim it") if timing.too_long else "")
        )
        if bool(self.timing.property("warning")) != timing.too_long:  # restyling is costly
            self.timing.setProperty("warning", timing.too_long)
            self.timing.style().unpolish(self.timing)
            self.timing.style().polish(self.timing)

    @property
    def summary_too_long(self) -> bool:
        return bool(self.timing.property("warning"))

    # -- user edits ------------------------------------------------------------------------

    def _on_summary_changed(self) -> None:
        if self._loading:
            return  # set_brief times the summary once, when all three are in
        self._update_timing()
        self._user_edit()

    def _user_edit(self) -> None:
        if not self._loading:
            self.edited.emit()
