"""The review under way, kept in the store while the user writes, and offered back.

Shortly after typing pauses (the contact form's timer), and whenever the picks change, the
review is kept: who is picked, how much of the fifteen minutes is used, and each email
edited by hand or sent, as typed. Marking an email sent keeps the review in the same write
as the touch it logs, and the last one drops it. After a crash or a kill, the Review page
offers the kept review back, "Resume" or "Discard", as the contact form offers its kept
changes; resumed, it is where the user left it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from netprep.composition import App
from netprep.domain.followup_drafts import EmailDraft
from netprep.domain.records import kept_when
from netprep.domain.review.kept import KeptReview
from netprep.domain.review.session import ReviewSession
from netprep.gui.contacts.kept_draft import DraftBanner, DraftTimer
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError

if TYPE_CHECKING:
    from netprep.gui.review.page import ReviewPage


class KeptReviewKeeper(QObject):
    def __init__(self, app: App, page: ReviewPage) -> None:
        super().__init__(page)
        self._app = app
        self._page = page
        self._ours = False  # what is kept is this review's (else one left by an earlier run)
        self.offered = False  # a review left unfinished by an earlier run is on offer
        self.banner = DraftBanner()
        self.banner.setAccessibleName(self.tr("Kept weekly review"))
        self.banner.restore_button.setText(self.tr("Resume"))
        self.banner.restore_button.setToolTip(
            self.tr("Carry on with that review: its picks and your emails as you left them")
        )
        self.banner.discard_button.setToolTip(
            self.tr("Forget that review's emails (those marked sent stay logged)")
        )
        self.banner.restore.connect(self.resume)
        self.banner.discard.connect(self.discard_offered)
        self.timer = DraftTimer(self._keep, page.status_message.emit, self)

    # -- keeping ---------------------------------------------------------------------------

    def edited(self) -> None:
        """An email, or who is picked, changed: keep the review once typing pauses."""
        if self._page.session is not None:
            self.timer.edited()

    def current(self, sending: str = "", email: EmailDraft | None = None) -> KeptReview | None:
        """The review under way as it is to be kept; with ``sending`` (a contact id), as it
        is once ``email`` to them is marked sent."""
        session = self._page.session
        if session is None:
            return None
        emails = []
        for editor in self._page.drafts.editors:
            if editor.draft.contact_id == sending:
                kept = editor.kept(sent=True)
                emails.append(kept if email is None else replace(kept, typed=email))
            elif editor.is_edited or editor.is_sent:
                emails.append(editor.kept())
        used = self._app.clock.monotonic() - session.started
        return KeptReview(list(session.picked), max(used, 0.0), emails)

    def _keep(self) -> None:
        review = self.current()
        if review is None or self._app.read_only:
            return
        if review.worth_keeping or self._ours:  # a review left earlier goes only for another
            self._app.review.kept.keep(review)
            self._ours = True
            self._hide()

    def sending(self, contact_id: str, email: EmailDraft) -> KeptReview | None:
        """The review to keep with the touch of ``email`` being marked sent (in one write)."""
        review = self.current(contact_id, email)  # typing waiting to be kept goes too
        if review is not None:
            self._ours = True
            self._hide()
        return review

    def finished(self) -> None:
        """The review is over: nothing of it is kept any longer."""
        self.timer.cancel()
        if self._ours:
            self._forget()

    def confirm_quit(self) -> bool:
        """Before quitting: emails edited by hand and not marked sent would be lost (the
        review is kept before asking, so a kill while asked loses none of them)."""
        page = self._page
        edited = [e.draft.contact_name for e in page.drafts.editors if e.is_edited]
        if not edited or page.session is None:
            return True
        self.timer.flush()
        answer = QMessageBox.question(
            page,
            QCoreApplication.translate("ReviewPage", "Unsent review emails"),
            QCoreApplication.translate(
                "ReviewPage",
                "Your changes to the email to {names} are not sent yet. Quit anyway? (Copy or "
                "save them first to keep them; the review drafts them again next time.)",
            ).format(names=", ".join(edited)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.finished()  # as the user was told: the emails are drafted again next time
        return True

    # -- offering --------------------------------------------------------------------------

    def offer(self) -> None:
        """While no review is under way: the review kept from an earlier run, if any."""
        kept = self._app.review.kept.get() if self._page.session is None else None
        if kept is None or not kept.emails:
            self._hide()
            return
        sent, edited = self.tr("{name} (sent)"), self.tr("{name} (edited)")
        names = ", ".join(
            (sent if e.sent else edited).format(name=e.contact_name) for e in kept.emails
        )
        when = kept_when(kept.kept_at, self._app.clock.now())
        text = self.tr("Your weekly review from {when} was not finished. Your emails: {names}.")
        self.banner.offer(text.format(when=when, names=names))
        self.offered = True

    def started(self) -> None:
        """A review began: one left earlier and still on offer stays kept until this one
        has something to keep."""
        self._hide()

    def resume(self) -> None:
        """The review kept unfinished, back as the user left it: the same people picked,
        the emails as typed, those sent marked sent, the time used counted."""
        page, kept = self._page, self._app.review.kept.get()
        self._hide()
        if kept is None or page.session is not None:
            return
        there = [p for p in kept.picked if self._app.contacts.get(p) is not None]
        emails = [e for e in kept.emails if self._app.contacts.get(e.contact_id) is not None]
        session = ReviewSession(
            self._app.clock.monotonic() - kept.used_seconds,
            picked=there,
            sent=[e.contact_id for e in emails if e.sent and e.contact_id in there],
        )
        profile = self._app.profile.get()
        page.drafts.put_back(emails, page.mark_sent, (profile.name, profile.email))
        page.begin(session)
        self._ours = True
        page.refresh()
        if all(e.contact_id in there for e in emails):
            page.write_emails()  # the emails not kept are drafted again
        page.status_message.emit(self.tr("Your review is back as you left it"))

    def discard_offered(self) -> None:
        self._hide()
        self._forget()

    def _hide(self) -> None:
        self.offered = False
        self.banner.hide()

    def _forget(self) -> None:
        try:
            self._app.review.kept.discard()
        except UserError as error:
            self._page.status_message.emit(
                self.tr("The kept review could not be discarded: {reason}").format(
                    reason=said(error)
                )
            )
        self._ours = False
