"""One follow-up in detail: what it is and when it is due (edited in place, saved shortly
after typing stops), and its email draft: pick the insight a thank-you quotes, or the step
of an introduction; edit the text; open it in the mail program, copy it, save an .eml, and
mark it sent (the follow-up is done and the email is logged as a touch).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.domain.followup_drafts import EmailDraft
from netprep.domain.followups import FollowUp, FollowUpKind, IntroductionStep
from netprep.gui.followups import replace_email, sending
from netprep.gui.followups.add_dialog import from_qdate, to_qdate
from netprep.gui.followups.choice_box import ElidedComboBox, fill_choice
from netprep.gui.widgets.dates import date_pattern
from netprep.gui.widgets.undo_bar import UndoBar, UndoKeys
from netprep.gui.widgets.wheel_guard import guard_wheel
from netprep.gui.words.labels import label
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError

SAVE_DELAY_MS = 800


class FollowUpDetail(QWidget):
    changed = Signal()  # something was saved: the list should show it
    status_message = Signal(str)

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._item: FollowUp | None = None
        self._dirty = False
        self._body_dirty = False  # the email was typed in (not only the task or its date)
        self._loading = False
        self._on_screen = 0  # the choice whose email the editor shows (the box may differ)
        self._replaced: tuple[str, int] | None = None  # the email a fresh draft replaced
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # names as typed, never markup
        self.title.setObjectName("sectionHeading")
        self.title.setWordWrap(True)
        self.text = QLineEdit()
        self.text.setMaxLength(300)
        self.due = guard_wheel(QDateEdit())
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setDisplayFormat(date_pattern())
        self.no_date = QCheckBox(self.tr("No due date"))
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addWidget(self.no_date)
        due_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("What"), self.text)
        form.addRow(self.tr("Due"), due_row)

        # The insight to quote, or the introduction's step.
        self.choice = guard_wheel(ElidedComboBox())
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice.setMinimumContentsLength(20)  # a long insight never widens the page
        self.choice.setAccessibleName(self.tr("What the email is about"))
        self.choice_label = QLabel()
        self.to_label = QLabel()
        self.to_label.setObjectName("mutedLabel")
        self.to_label.setWordWrap(True)
        self.body = QPlainTextEdit()
        self.body.setObjectName("draftEditor")
        self.body.setAccessibleName(self.tr("Email draft"))
        self.mail_button = QPushButton(self.tr("Open in mail program"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.eml_button = QPushButton(self.tr("Save .eml…"))
        self.sent_button = QPushButton(self.tr("Mark sent"))
        self.sent_button.setObjectName("primaryButton")
        self.sent_button.setToolTip(self.tr("Done, and the email is logged as a touch"))
        # Two rows: at 1024 px the four buttons side by side were squeezed past their text.
        send_row = QHBoxLayout()
        for button in (self.mail_button, self.copy_button, self.eml_button):
            send_row.addWidget(button)
        send_row.addStretch(1)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("mutedLabel")
        done_row = QHBoxLayout()
        done_row.addWidget(self.saved_label, 1)
        done_row.addWidget(self.sent_button)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.choice_label)
        choice_row.addWidget(self.choice, 1)
        self.draft_box = QGroupBox(self.tr("Email"))
        draft_layout = QVBoxLayout(self.draft_box)
        draft_layout.addLayout(choice_row)
        draft_layout.addWidget(self.to_label)
        self.undo_bar = UndoBar()  # a fresh draft replaced the user's email: bring it back
        self.undo_bar.undo_requested.connect(self.undo_replace)
        draft_layout.addWidget(self.undo_bar)
        draft_layout.addWidget(self.body, 1)
        draft_layout.addLayout(send_row)
        draft_layout.addLayout(done_row)

        # Hidden while no follow-up is chosen: an empty form (a made-up date, a blank email)
        # under "Choose a follow-up" only looked broken.
        self.editors = QWidget()
        editors_layout = QVBoxLayout(self.editors)
        editors_layout.setContentsMargins(0, 0, 0, 0)
        editors_layout.addLayout(form)
        editors_layout.addWidget(self.draft_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)  # clear of the splitter's handle
        self.header = QHBoxLayout()  # the title, and the page's "Open contact" beside it
        self.header.addWidget(self.title, 1)
        layout.addLayout(self.header)
        layout.addWidget(self.editors, 1)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.flush)
        self.text.textEdited.connect(self._edited)
        self.due.dateChanged.connect(self._edited)
        self.no_date.toggled.connect(self._no_date_toggled)
        self.body.textChanged.connect(self._body_changed)
        self.choice.activated.connect(self._choice_made)
        self.mail_button.clicked.connect(self.open_in_mail)
        self.copy_button.clicked.connect(self.copy)
        self.eml_button.clicked.connect(self.save_eml_as)
        self.sent_button.clicked.connect(self.mark_sent)
        self.undo_keys = UndoKeys([self.choice, self.body], self.undo_replace, self._can_undo, self)
        self.show_item(None)

    # -- showing ---------------------------------------------------------------------------

    @property
    def item(self) -> FollowUp | None:
        return self._item

    def show_item(self, item: FollowUp | None) -> None:
        """Show ``item``; the same follow-up again (done, snoozed) stays on its step.

        What was typed in the one shown is saved first, and the page told once ``item`` is
        shown (told before, it re-selected the one being left while this one showed)."""
        saved = self._dirty and self.flush(tell=False)
        same = item is not None and self._item is not None and item.id == self._item.id
        step = self._on_screen if same else 0
        self._item = item
        self._loading = True
        try:
            self._fill(item, step)
        finally:
            self._loading = False
        self._dirty = self._body_dirty = False
        self._replaced = None
        self.undo_bar.withdraw()
        self.saved_label.setText("")
        if saved:
            self.changed.emit()

    def _fill(self, item: FollowUp | None, step: int = 0) -> None:
        self.editors.setVisible(item is not None)
        if item is None:
            self.title.setText(self.tr("Choose a follow-up on the left."))
            self.text.clear()
            self.body.clear()
            self.to_label.clear()
            return
        name = self._app.followups.contact_name(item.id)
        self.title.setText(f"{label(item.kind)} · {name}")
        self.text.setText(item.text)
        self.no_date.setChecked(item.due is None)
        self.due.setEnabled(item.due is not None)
        self.due.setDate(to_qdate(item.due or self._app.followups.today()))
        self._fill_choice(item, step)
        self._show_email(self._draft())
        writable = not self._app.read_only
        for widget in (self.text, self.due, self.no_date, self.body, self.sent_button):
            widget.setEnabled(writable)
        self.sent_button.setText(self.tr("Sent ✓") if item.done else self.tr("Mark sent"))
        self.sent_button.setEnabled(writable and not item.done)

    def _fill_choice(self, item: FollowUp, step: int) -> None:
        fill_choice(self.choice, self.choice_label, self._app, item)
        quoted = self._app.followups.quoted_insight(item.id)  # the box says what it quotes
        shown = self.choice.findData(quoted) if quoted is not None else step
        self._on_screen = shown if 0 <= shown < self.choice.count() else 0
        self.choice.setCurrentIndex(self._on_screen)

    def _step(self) -> IntroductionStep:
        """Which of an introduction's emails is on screen (any other follow-up has one)."""
        steps = list(IntroductionStep)
        if self._item is None or self._item.kind is not FollowUpKind.INTRODUCTION:
            return IntroductionStep.ASK_FIRST
        return steps[self._on_screen] if 0 <= self._on_screen < len(steps) else steps[0]

    def _draft(self) -> EmailDraft:
        assert self._item is not None
        if self._step() is not IntroductionStep.ASK_FIRST:
            steps = self._app.followups.introduction_emails(self._item.id)
            return steps[self._on_screen][1]
        return self._app.followups.email(self._item.id)

    def _show_email(self, draft: EmailDraft) -> None:
        was = self._loading
        self._loading = True
        self.to_label.setText(
            self.tr("To: {to}\nSubject: {subject}").format(
                to=draft.to or self.tr("(no email address saved)"), subject=draft.subject
            )
        )
        self.body.setPlainText(draft.body)
        self._loading = was

    def current_email(self) -> EmailDraft:
        """The email as it stands on screen (the user's edits included)."""
        draft = self._draft()
        return EmailDraft(draft.to, draft.subject, self.body.toPlainText())

    # -- editing and saving ----------------------------------------------------------------

    def _edited(self, *_: object) -> None:
        if self._loading or self._item is None:
            return
        self._dirty = True
        self.saved_label.setText(self.tr("Editing…"))
        self.save_timer.start()

    def _body_changed(self) -> None:
        if self._loading or self._item is None:
            return
        self._body_dirty = True
        self._edited()
        body = self.body.toPlainText()
        if self._replaced is not None and body == self._replaced[0]:
            self._on_screen = self._replaced[1]  # Ctrl+Z in the email brought it back
            self.choice.setCurrentIndex(self._on_screen)
            self._withdraw_undo()
        if self._item.kind is FollowUpKind.THANK_YOU:
            quoted = self._app.followups.quoted_insight(self._item.id, body)
            if quoted is not None and self.choice.findData(quoted) >= 0:
                self._on_screen = self.choice.findData(quoted)  # the box says what it quotes
                self.choice.setCurrentIndex(self._on_screen)

    def _no_date_toggled(self, on: bool) -> None:
        self.due.setEnabled(not on)
        self._edited()

    def flush(self, *, tell: bool = True) -> bool:
        """Save what was edited now (no-op when nothing is waiting). False if it failed.

        The email on screen is stored as the email of its step (an introduction has three)."""
        self.save_timer.stop()
        if not self._dirty or self._item is None:
            return True
        draft = self.body.toPlainText() if self._body_dirty else None
        try:
            self._item = self._app.followups.update(
                self._item.id,
                text=self.text.text(),
                due=None if self.no_date.isChecked() else from_qdate(self.due.date()),
                clear_due=self.no_date.isChecked(),
                draft=draft,
                step=self._step(),
            )
        except UserError as error:
            self.saved_label.setText(self.tr("Not saved: {reason}").format(reason=said(error)))
            return False
        self._dirty = self._body_dirty = False
        self.saved_label.setText(self.tr("Saved"))
        if tell:
            self.changed.emit()
        return True

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()  # leaving the page or closing the window keeps what was typed
        super().hideEvent(event)

    def _choice_made(self, _index: int) -> None:
        """The user picked an insight to quote, or an introduction's step: what they typed
        is saved first (to the step it belongs to) and never thrown away unasked."""
        picked = self.choice.currentIndex()
        item = self._item
        if item is None:
            return
        if not self.flush():
            self.choice.setCurrentIndex(self._on_screen)  # the email on screen stays
            return
        if item.kind is FollowUpKind.THANK_YOU:
            self._quote(picked)
        elif picked != self._on_screen:
            self._withdraw_undo()
            self._on_screen = picked
            self._show_email(self._draft())

    def _quote(self, picked: int) -> None:
        """Quote another insight: swap the quoted sentence, keeping the user's edits; when
        the email quotes none word for word, ask before a fresh draft replaces it."""
        assert self._item is not None
        insight = self.choice.itemData(picked)
        followups, before = self._app.followups, (self.body.toPlainText(), self._on_screen)
        try:
            changed = followups.swap_quote(self._item.id, insight)
            fresh = changed is None
            if changed is None:
                if not replace_email.ask_to_replace(self):
                    self.choice.setCurrentIndex(self._on_screen)  # the email still says that
                    return
                changed = followups.quote_insight(self._item.id, insight)
        except UserError as error:
            self.saved_label.setText(said(error))
            self.choice.setCurrentIndex(self._on_screen)
            return
        self._item, self._on_screen = changed, picked
        self._put_body(changed.draft, loading=True)  # stored already; Ctrl+Z undoes it
        if fresh and changed.draft != before[0]:
            self._replaced = before
            self.undo_bar.offer(self.tr("A fresh draft quoting this insight replaced your email."))
        self.changed.emit()

    def _put_body(self, text: str, *, loading: bool) -> None:
        """Replace the email as one step the editor's Ctrl+Z undoes (setPlainText forgets)."""
        if text == self.body.toPlainText():
            return
        was, self._loading = self._loading, loading or self._loading
        cursor = QTextCursor(self.body.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self._loading = was

    def _can_undo(self) -> bool:
        return self._replaced is not None

    def undo_replace(self) -> None:
        """Bring back the email a fresh draft replaced (it is saved at once)."""
        if self._replaced is None or self._item is None:
            return
        body, self._on_screen = self._replaced
        self.choice.setCurrentIndex(self._on_screen)
        self._withdraw_undo()
        self._put_body(body, loading=False)  # an edit like typing: stored, quote followed
        if self.flush():
            self.status_message.emit(self.tr("Your email is back"))

    def _withdraw_undo(self) -> None:
        self._replaced = None
        self.undo_bar.withdraw()

    # -- sending ---------------------------------------------------------------------------

    def open_in_mail(self) -> None:
        if message := sending.open_in_mail(self.current_email()):
            self.status_message.emit(message)

    def copy(self) -> None:
        self.status_message.emit(sending.copy(self.current_email()))

    def save_eml_as(self) -> None:
        path = sending.ask_eml_path(self) if self._item is not None else None
        if path is not None:
            self.write_eml(path)

    def write_eml(self, path: Path) -> Path | None:
        saved, message = sending.write_eml(self._app, self.current_email(), path)
        self.status_message.emit(message)
        return saved

    def mark_sent(self) -> None:
        item = self._item
        if item is None or not self.flush():
            return
        try:
            self._item = self._app.followups.mark_sent(item.id, self.current_email())
        except UserError as error:
            self.saved_label.setText(said(error))
            return
        self.status_message.emit(self.tr("Sent: the follow-up is done and the email is logged"))
        self.changed.emit()
