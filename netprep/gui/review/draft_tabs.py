"""Step 2 of the review: one email per person picked, shown and editable, sent through the
follow-ups' sender (the mail program by a mailto: link, copy, or an .eml file), then marked
sent, which logs the touch. Each keystroke says ``edited`` (the page keeps the review then),
and a review kept from an earlier run is put back as the user left it."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netprep.domain.followup_drafts import EmailDraft
from netprep.domain.review.kept import KeptEmail
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError
from netprep.services.followups.mail import as_text, eml_bytes, mailto_url, save_eml
from netprep.services.review.service import ReviewDraft

SentHandler = Callable[[str, EmailDraft], str | None]  # -> an error to show, or None


class DraftEditor(QWidget):
    status_message = Signal(str)
    sent = Signal(str)  # contact id
    edited = Signal()  # the user changed the address, the subject or the text

    def __init__(
        self,
        draft: ReviewDraft,
        on_sent: SentHandler,
        sender: tuple[str, str],
        parent: QWidget | None = None,
        typed: EmailDraft | None = None,  # the text as the user left it, when not as drafted
    ) -> None:
        super().__init__(parent)
        self.draft = draft
        self._on_sent = on_sent
        self._sender = sender  # (name, email) for the .eml's From
        self.is_sent = False
        shown = typed or draft.email
        self.to = QLineEdit(shown.to)
        self.to.setPlaceholderText(self.tr("Their email address"))
        self.subject = QLineEdit(shown.subject)
        self.body = QPlainTextEdit(shown.body)
        self.body.setObjectName("draftEditor")
        self.body.setAccessibleName(self.tr("Email to {name}").format(name=draft.contact_name))
        form = QFormLayout()
        form.addRow(self.tr("To"), self.to)
        form.addRow(self.tr("Subject"), self.subject)
        notes = []
        if draft.times:
            times = "; ".join(t.label() for t in draft.times)
            notes.append(self.tr("Times proposed: {times}.").format(times=times))
        if draft.quote_source:
            notes.append(
                self.tr("The quotation is from {source}.").format(source=draft.quote_source)
            )
        notes.extend(said(problem) for problem in draft.problems)
        self.notes = QLabel("\n".join(notes))
        self.notes.setObjectName("mutedLabel")
        self.notes.setWordWrap(True)
        self.mail_button = QPushButton(self.tr("Open in mail program"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.eml_button = QPushButton(self.tr("Save .eml…"))
        self.sent_button = QPushButton(self.tr("Mark sent"))
        self.sent_button.setObjectName("primaryButton")
        self.sent_button.setToolTip(self.tr("Logs the email as a touch with them"))
        self.state = QLabel()
        row = QHBoxLayout()
        for button in (self.mail_button, self.copy_button, self.eml_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.state)
        row.addWidget(self.sent_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notes)
        layout.addWidget(self.body, 1)
        layout.addLayout(row)
        self.mail_button.clicked.connect(self.open_in_mail)
        self.copy_button.clicked.connect(self.copy)
        self.eml_button.clicked.connect(self.save_eml_as)
        self.sent_button.clicked.connect(self.mark_sent)
        self.to.textEdited.connect(self.edited)
        self.subject.textEdited.connect(self.edited)
        self.body.textChanged.connect(self.edited)

    @property
    def is_edited(self) -> bool:
        """Changed by hand and not sent: closing would lose the change."""
        now = self.current_email()
        drafted = self.draft.email
        return not self.is_sent and (now.to, now.subject, now.body) != (
            drafted.to,
            drafted.subject,
            drafted.body,
        )

    def kept(self, sent: bool = False) -> KeptEmail:
        """This email as it is to be kept (``sent``: as it is once marked sent)."""
        draft = self.draft
        return KeptEmail(
            draft.contact_id,
            draft.contact_name,
            drafted=draft.email,
            typed=self.current_email(),
            times=list(draft.times),
            quote_source=draft.quote_source,
            sent=sent or self.is_sent,
        )

    def current_email(self) -> EmailDraft:
        return EmailDraft(
            self.to.text().strip(), self.subject.text().strip(), self.body.toPlainText()
        )

    def open_in_mail(self) -> None:
        url = mailto_url(self.current_email())
        if url is None:
            self.copy()
            self.status_message.emit(
                self.tr("Too long for a mail link: the email is copied instead")
            )
        elif not QDesktopServices.openUrl(QUrl(url)):
            self.copy()
            self.status_message.emit(
                self.tr("No mail program answered: the email is copied instead")
            )

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(as_text(self.current_email()))
        self.status_message.emit(
            self.tr("Email to {name} copied").format(name=self.draft.contact_name)
        )

    def save_eml_as(self) -> None:
        name = self.draft.contact_name.replace(" ", "-").casefold() or "email"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the email"),
            str(Path.home() / f"{name}.eml"),
            self.tr("Email (*.eml)"),
        )
        if path:
            self.write_eml(Path(path))

    def write_eml(self, path: Path) -> Path | None:
        data = eml_bytes(
            self.current_email(), sender_name=self._sender[0], sender_email=self._sender[1]
        )
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
        if self.is_sent:
            return
        problem = self._on_sent(self.draft.contact_id, self.current_email())
        if problem:
            self.state.setText(problem)
            return
        self.show_sent()
        self.sent.emit(self.draft.contact_id)

    def show_sent(self) -> None:
        self.is_sent = True
        self.state.setText(self.tr("Sent ✓ — logged as a touch"))
        self.sent_button.setEnabled(False)


class DraftTabs(QTabWidget):
    status_message = Signal(str)
    sent = Signal(str)
    edited = Signal()  # an email was changed by hand

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.editors: list[DraftEditor] = []

    def edited_besides(self, picked: Collection[str]) -> list[str]:
        """Who has an email changed by hand, not sent, and is no longer in ``picked``."""
        return [
            e.draft.contact_name
            for e in self.editors
            if e.is_edited and e.draft.contact_id not in picked
        ]

    def ask_to_drop(self, names: list[str]) -> bool:
        """Whether the user lets the emails edited for ``names`` go (True: yes)."""
        answer = QMessageBox.question(
            self,
            self.tr("Drop your changes?"),
            self.tr(
                "You changed the email to {names}, who is no longer picked: writing the emails "
                "now drops those changes. Drop them? (Tick them again to keep the email.)",
            ).format(names=", ".join(names)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def kept(self) -> dict[str, DraftEditor]:
        """The emails that stay as they are when the drafts are written again: those changed
        by hand, and those marked sent (by contact id)."""
        return {e.draft.contact_id: e for e in self.editors if e.is_edited or e.is_sent}

    def show_drafts(
        self,
        order: Sequence[str],
        drafts: Sequence[ReviewDraft],
        on_sent: SentHandler,
        sender: tuple[str, str],
    ) -> None:
        """One tab per contact id in ``order``: the email kept (edited or sent) where there
        is one, else its new draft from ``drafts``. Emails of people no longer in ``order``
        go (the page asked first when one had been edited)."""
        kept, new = self.kept(), {d.contact_id: d for d in drafts}
        current = self.currentWidget()
        before = self.editors
        self.clear()  # removes the tabs; kept editors are put back below
        self.editors = []
        for contact_id in order:
            editor = kept.get(contact_id)
            if editor is None:
                draft = new.get(contact_id)
                if draft is None:
                    continue
                editor = self._editor(draft, on_sent, sender)
            self.editors.append(editor)
            name = editor.draft.contact_name
            self.addTab(editor, f"✓ {name}" if editor.is_sent else name)
        for editor in before:
            if editor not in self.editors:
                editor.deleteLater()
        unsent = [e for e in self.editors if not e.is_sent]
        if current in self.editors:
            self.setCurrentWidget(current)
        elif unsent:
            self.setCurrentWidget(unsent[0])

    def put_back(
        self, emails: Sequence[KeptEmail], on_sent: SentHandler, sender: tuple[str, str]
    ) -> None:
        """The emails of a review kept from an earlier run, in place of any shown: each as the
        user left it, and sent if it was (``show_drafts`` then keeps them, as it keeps any
        email edited or sent)."""
        for editor in self.editors:
            editor.deleteLater()
        self.clear()
        self.editors = []
        for kept in emails:
            draft = ReviewDraft(
                kept.contact_id,
                kept.contact_name,
                kept.drafted,
                list(kept.times),
                kept.quote_source,
            )
            editor = self._editor(draft, on_sent, sender, kept.typed)
            if kept.sent:
                editor.show_sent()
            self.editors.append(editor)
            name = kept.contact_name
            self.addTab(editor, f"✓ {name}" if kept.sent else name)

    def _editor(
        self,
        draft: ReviewDraft,
        on_sent: SentHandler,
        sender: tuple[str, str],
        typed: EmailDraft | None = None,
    ) -> DraftEditor:
        editor = DraftEditor(draft, on_sent, sender, typed=typed)
        editor.status_message.connect(self.status_message)
        editor.sent.connect(self._sent)
        editor.edited.connect(self.edited)
        return editor

    def _sent(self, contact_id: str) -> None:
        for index, editor in enumerate(self.editors):
            if editor.draft.contact_id == contact_id:
                self.setTabText(index, f"✓ {editor.draft.contact_name}")
                following = [e for e in self.editors[index + 1 :] if not e.is_sent]
                if following:
                    self.setCurrentWidget(following[0])
        self.sent.emit(contact_id)
