"""Profile: the user's own record, the source of the self-summary and the common ground."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.domain.records import kept_when
from netprep.gui.contacts.form_specs import PROFILE_SECTIONS
from netprep.gui.contacts.kept_draft import DraftBanner, DraftTimer
from netprep.gui.widgets.prompts import UnsavedChoice, ask_save_discard_cancel
from netprep.gui.widgets.record_form import RecordForm
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError, ValidationError


class ProfilePage(QWidget):
    status_message = Signal(str)

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._dirty = False
        title = QLabel(self.tr("Your profile"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Every brief starts from you: the first two sentences of your self-summary come "
                "from here, and the common ground with each person is found in your interests, "
                "employers and schools."
            )
        )
        intro.setObjectName("mutedLabel")
        intro.setWordWrap(True)
        self.form = RecordForm(PROFILE_SECTIONS)
        self.form.edited.connect(self._on_edited)
        self.draft_timer = DraftTimer(self._keep_draft, self.status_message.emit, self)
        self.banner = DraftBanner()
        self.banner.restore.connect(self.restore_draft)
        self.banner.discard.connect(self.discard_draft)
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.save_button = QPushButton(self.tr("Save profile"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(not app.read_only)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addLayout(header)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        self.reload()

    def reload(self) -> None:
        self.form.load(self._app.profile.get())
        self._dirty = False
        self.draft_timer.cancel()
        self._offer_draft()

    # -- kept drafts: what the form holds, kept while the user types ------------------------

    def _offer_draft(self) -> None:
        draft = self._app.profile.draft()
        if draft is not None and draft.fields == self.form.texts():
            self._forget_draft()  # nothing in it that is not saved
            draft = None
        if draft is None:
            self.banner.hide()
            return
        when = kept_when(draft.kept_at, self._app.clock.now())
        self.banner.offer(
            self.tr("Unsaved changes to your profile from {when} were kept.").format(when=when)
        )

    def _keep_draft(self) -> None:
        if self._dirty and not self._app.read_only:
            self._app.profile.keep_draft(self.form.texts())

    def restore_draft(self) -> None:
        draft = self._app.profile.draft()
        self.banner.hide()
        if draft is None:
            return
        self.form.load_texts(draft.fields)
        self._dirty = True
        self.status_message.emit(self.tr("Kept changes restored: check them, then Save profile"))

    def discard_draft(self) -> None:
        self.banner.hide()
        self._forget_draft()

    def _forget_draft(self) -> None:
        self.draft_timer.cancel()
        try:
            self._app.profile.discard_draft()
        except UserError as exc:
            self.status_message.emit(
                self.tr("The kept changes could not be discarded: {reason}").format(
                    reason=said(exc)
                )
            )

    def confirm_discard(self) -> bool:
        """Ask what to do with unsaved edits. True when it is fine to move on."""
        if not self._dirty:
            return True
        self.draft_timer.flush()  # kept before asking: a kill while the question is up loses none
        answer = ask_save_discard_cancel(
            self, self.tr("Unsaved profile"), self.tr("Save the changes to your profile?")
        )
        if answer is UnsavedChoice.SAVE:
            return self.save()
        if answer is UnsavedChoice.DISCARD:
            self._forget_draft()
            self.reload()
            return True
        return False

    def save(self) -> bool:
        profile = self._app.profile.get()
        self.form.apply_to(profile)
        try:
            self._app.profile.save(profile)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            self.form.focus_first_error(exc.errors)
            self._scroll_to_first_error(exc.errors)
            self.status_message.emit(
                self.tr("Profile not saved: please fix the fields marked in red")
            )
            return False
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Profile not saved"), said(exc))
            return False
        self.form.show_errors({})
        self._dirty = False
        self.draft_timer.cancel()  # the save dropped the kept draft
        self.banner.hide()
        self.status_message.emit(self.tr("Profile saved"))
        return True

    def _scroll_to_first_error(self, errors: dict[str, str]) -> None:
        """The field in error is shown, with its message under it: availability is at the
        bottom of a form taller than the window."""
        editor = next((self.form.editor(n) for n in self.form.texts() if n in errors), None)
        holder = editor.parentWidget() if editor is not None else None
        if holder is not None:  # once the message just shown has taken its room
            QTimer.singleShot(0, self, lambda: self.scroll_area.ensureWidgetVisible(holder, 0, 24))

    @property
    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def _on_edited(self) -> None:
        self._dirty = True
        self.banner.hide()  # typing now replaces the kept draft
        self.draft_timer.edited()
