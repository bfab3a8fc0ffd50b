"""One follow-up in detail: what it is and when it is due (edited in place, saved shortly
after typing stops), and its email draft: pick the insight a thank-you quotes, or the step
of an introduction; edit the text; open it in the mail program, copy it, save an .eml, and
mark it sent (the follow-up is done and the email is logged as a touch).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QHideEvent, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.domain.followup_drafts import EmailDraft
from netprep.domain.followups import FollowUp, FollowUpKind
from netprep.gui.followups.add_dialog import from_qdate, to_qdate
from netprep.gui.widgets.dates import date_pattern
from netprep.gui.widgets.wheel_guard import guard_wheel
from netprep.gui.words.labels import label
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError
from netprep.services.followups.mail import as_text, eml_bytes, mailto_url, save_eml

SAVE_DELAY_MS = 800


LONGEST_CHOICE = 160  # characters of an insight in the list (the tooltip has it all)


def _shortened(text: str) -> str:
    if len(text) <= LONGEST_CHOICE:
        return text
    return text[: LONGEST_CHOICE - 1].rsplit(" ", 1)[0] + "…"


class ElidedComboBox(QComboBox):
    """Shows its current text ending in "…" when it is wider than the box (a long insight
    was cut mid-word); the list that opens, and the tooltip, show it whole."""

    def shown_text(self) -> str:
        """The current text as the box shows it: whole, or ending in "…"."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self._elided(option)

    def _elided(self, option: QStyleOptionComboBox) -> str:
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        return self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self._elided(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class FollowUpDetail(QWidget):
    changed = Signal()  # something was saved: the list should show it
    status_message = Signal(str)

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._item: FollowUp | None = None
        self._dirty = False
        self._loading = False
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
        self.body.textChanged.connect(self._edited)
        self.choice.activated.connect(self._choice_made)
        self.mail_button.clicked.connect(self.open_in_mail)
        self.copy_button.clicked.connect(self.copy)
        self.eml_button.clicked.connect(self.save_eml_as)
        self.sent_button.clicked.connect(self.mark_sent)
        self.show_item(None)

    # -- showing ---------------------------------------------------------------------------

    @property
    def item(self) -> FollowUp | None:
        return self._item

    def show_item(self, item: FollowUp | None) -> None:
        self.flush()
        self._item = item
        self._loading = True
        try:
            self._fill(item)
        finally:
            self._loading = False
        self._dirty = False
        self.saved_label.setText("")

    def _fill(self, item: FollowUp | None) -> None:
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
        self._fill_choice(item)
        self._show_email(self._draft())
        writable = not self._app.read_only
        for widget in (self.text, self.due, self.no_date, self.body, self.sent_button):
            widget.setEnabled(writable)
        self.sent_button.setText(self.tr("Sent ✓") if item.done else self.tr("Mark sent"))
        self.sent_button.setEnabled(writable and not item.done)

    def _fill_choice(self, item: FollowUp) -> None:
        self.choice.clear()
        if item.kind is FollowUpKind.THANK_YOU:
            self.choice_label.setText(self.tr("Quote"))
            self.choice.setAccessibleName(self.tr("Insight to quote"))
            for index, text in enumerate(self._app.followups.insights(item.id)):
                if text.strip():
                    self.choice.addItem(_shortened(" ".join(text.split())), index)
                    self.choice.setItemData(
                        self.choice.count() - 1, text.strip(), Qt.ItemDataRole.ToolTipRole
                    )
            self.choice.setToolTip(self.tr("The insight the thank-you quotes back to them"))
        elif item.kind is FollowUpKind.INTRODUCTION:
            self.choice_label.setText(self.tr("Step"))
            self.choice.setAccessibleName(self.tr("Introduction step"))
            for step, (label, _draft) in enumerate(
                self._app.followups.introduction_emails(item.id)
            ):
                self.choice.addItem(label, step)
            self.choice.setToolTip(
                self.tr("Double opt-in: ask each of them first, then introduce them")
            )
        visible = self.choice.count() > 0
        self.choice.setVisible(visible)
        self.choice_label.setVisible(visible)

    def _draft(self) -> EmailDraft:
        assert self._item is not None
        if self._item.kind is FollowUpKind.INTRODUCTION and self.choice.currentIndex() > 0:
            steps = self._app.followups.introduction_emails(self._item.id)
            return steps[self.choice.currentIndex()][1]
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

    def _no_date_toggled(self, on: bool) -> None:
        self.due.setEnabled(not on)
        self._edited()

    def _stored_draft_on_screen(self) -> bool:
        """Only the follow-up's own draft is stored (not an introduction's later steps)."""
        return self._item is not None and (
            self._item.kind is not FollowUpKind.INTRODUCTION or self.choice.currentIndex() <= 0
        )

    def flush(self) -> bool:
        """Save what was edited now (no-op when nothing is waiting). False if it failed."""
        self.save_timer.stop()
        if not self._dirty or self._item is None:
            return True
        draft = self.body.toPlainText() if self._stored_draft_on_screen() else None
        try:
            self._item = self._app.followups.update(
                self._item.id,
                text=self.text.text(),
                due=None if self.no_date.isChecked() else from_qdate(self.due.date()),
                clear_due=self.no_date.isChecked(),
                draft=draft,
            )
        except UserError as error:
            self.saved_label.setText(self.tr("Not saved: {reason}").format(reason=said(error)))
            return False
        self._dirty = False
        self.saved_label.setText(self.tr("Saved"))
        self.changed.emit()
        return True

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()  # leaving the page or closing the window keeps what was typed
        super().hideEvent(event)

    def _choice_made(self, _index: int) -> None:
        item = self._item
        if item is None or not self.flush():
            return
        if item.kind is FollowUpKind.THANK_YOU:
            try:
                self._item = self._app.followups.quote_insight(item.id, self.choice.currentData())
            except UserError as error:
                self.saved_label.setText(said(error))
                return
            self.changed.emit()
        self._show_email(self._draft())

    # -- sending ---------------------------------------------------------------------------

    def open_in_mail(self) -> None:
        draft = self.current_email()
        url = mailto_url(draft)
        if url is None:
            self.copy()
            self.status_message.emit(
                self.tr(
                    "Too long for a mail link: the email is copied, paste it into your mail program"
                )
            )
            return
        if not QDesktopServices.openUrl(QUrl(url)):
            self.copy()
            self.status_message.emit(
                self.tr("No mail program answered: the email is copied instead")
            )

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(as_text(self.current_email()))
        self.status_message.emit(self.tr("Email copied"))

    def save_eml_as(self) -> None:
        if self._item is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the email"),
            str(Path.home() / "follow-up.eml"),
            self.tr("Email (*.eml)"),
        )
        if path:
            self.write_eml(Path(path))

    def write_eml(self, path: Path) -> Path | None:
        profile = self._app.profile.get()
        data = eml_bytes(self.current_email(), sender_name=profile.name, sender_email=profile.email)
        try:
            saved = save_eml(path, data)
        except UserError as error:
            self.status_message.emit(said(error))
            return None
        self.status_message.emit(
            self.tr("Saved {name}: open it to send it").format(name=saved.name)
        )
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
