"""The Review page: a guided, timed fifteen-minute weekly review.

1. The ranked list of people to reconnect with, each with why; three are ticked.
2. One personal email each, proposing times; send, then mark sent (a touch is logged).
3. The review is logged: the streak, who was written to, who answered.

While it runs, the review is kept in the store (kept_review.py): after a crash or a kill the
page offers it back, its picks and emails as the user left them.

The timer runs on the app's injected clock (the meeting timer's), so a test drives a whole
review in milliseconds. Everything shown is asked of the review service.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.domain.followup_drafts import EmailDraft
from netprep.domain.review.availability import quoted_text
from netprep.domain.review.ranking import Candidate
from netprep.domain.review.session import MAX_PICKED, ReviewSession, clock_text
from netprep.gui.review.calendar_files import CalendarFiles
from netprep.gui.review.candidate_list import CandidateList
from netprep.gui.review.draft_tabs import DraftTabs
from netprep.gui.review.history_panel import HistoryPanel
from netprep.gui.review.kept_review import KeptReviewKeeper
from netprep.gui.review.settings_dialog import ReviewSettingsDialog
from netprep.gui.shell.background_render import BackgroundRender
from netprep.gui.widgets.dates import format_date
from netprep.gui.widgets.layouts import ButtonFlow
from netprep.gui.words import said
from netprep.services.errors import UserError
from netprep.services.review.service import ReviewDraft

LIST_STEP, DRAFT_STEP = 0, 1
MAX_SHOWN = 100  # a long list is no review: the best hundred are listed


class ReviewPage(QWidget):
    status_message = Signal(str)
    open_contact = Signal(str)
    reviewed = Signal()  # an email was marked sent: Today's offer and counts change

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.session: ReviewSession | None = None
        self._candidates: list[Candidate] = []
        self._picked: list[str] = []
        title = QLabel(self.tr("Weekly review"))
        title.setObjectName("pageTitle")
        self.timer_label = QLabel()
        self.timer_label.setObjectName("cardValue")
        self.timer_label.setAccessibleName(self.tr("Time left in the review"))
        self.start_button = QPushButton(self.tr("Start the 15-minute review"))
        self.start_button.setObjectName("primaryButton")
        self.start_button.clicked.connect(self.start_review)
        settings_button = QPushButton(self.tr("Settings…"))
        settings_button.clicked.connect(self.edit_settings)
        self.calendar = CalendarFiles(app, self)  # "Add to calendar" and its .ics files
        self.calendar.status_message.connect(self.status_message)
        buttons = ButtonFlow(align_right=True)  # wrapped under each other when narrow
        for button in (self.start_button, settings_button, self.calendar.button):
            buttons.addWidget(button)
        head = QHBoxLayout()
        head.addWidget(title, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.timer_label, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(buttons, 1)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("mutedLabel")
        self.subtitle.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("hint")
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setContentsMargins(12, 8, 12, 8)  # its text clear of the rounded border

        self.candidates = CandidateList()
        self.candidates.toggled.connect(self._toggled)
        self.candidates.snooze.connect(self.snooze)
        self.candidates.open_contact.connect(self.open_contact)
        self.picked_label = QLabel()
        self.write_button = QPushButton(self.tr("Write the emails →"))
        self.write_button.setObjectName("primaryButton")
        self.write_button.clicked.connect(self.write_emails)
        list_step = QWidget()
        list_layout = QVBoxLayout(list_step)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_title = QLabel(self.tr("1. Who to reconnect with"))
        list_title.setObjectName("sectionTitle")
        list_layout.addWidget(list_title)
        list_layout.addWidget(self.candidates, 1)
        list_row = QHBoxLayout()
        list_row.addWidget(self.picked_label, 1)
        list_row.addWidget(self.write_button)
        list_layout.addLayout(list_row)

        self.drafts = DraftTabs()
        self.draft_render = BackgroundRender(self)  # a user's email template may take seconds
        self.draft_render.busy_changed.connect(self._update_picked)
        self.drafts.status_message.connect(self.status_message)
        self.drafts.sent.connect(self._sent)
        self.kept = KeptReviewKeeper(app, self)  # the review kept while it is written
        self.drafts.edited.connect(self.kept.edited)
        back = QPushButton(self.tr("← Back to the list"))
        back.clicked.connect(self.back_to_list)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        draft_step = QWidget()
        draft_layout = QVBoxLayout(draft_step)
        draft_layout.setContentsMargins(0, 0, 0, 0)
        draft_title = QLabel(self.tr("2. Your emails: adjust, send, mark sent"))
        draft_title.setObjectName("sectionTitle")
        draft_layout.addWidget(draft_title)
        draft_layout.addWidget(self.drafts, 1)
        draft_row = QHBoxLayout()
        draft_row.addWidget(back)
        draft_row.addWidget(self.done_label, 1)
        draft_layout.addLayout(draft_row)

        self.steps = QStackedWidget()
        self.steps.addWidget(list_step)
        self.steps.addWidget(draft_step)
        self.history = HistoryPanel()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.steps)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)  # as every page: the title stays put
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.banner)
        layout.addWidget(self.kept.banner)
        layout.addWidget(splitter, 1)

        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(1000)
        self.tick_timer.timeout.connect(self.tick)
        self._unshown = True  # built to be shown: the first show needs no second refresh
        self.refresh()

    # -- showing ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.session is None and not self._unshown:
            self.refresh()
        self._unshown = False

    def refresh(self) -> None:
        """Read the list again (not while a review is under way: its picks stay)."""
        review = self._app.review
        self._candidates = review.candidates()
        if self.session is None:
            self._picked = review.suggested(self._candidates)
        else:
            self._picked = self.session.picked
        self.candidates.show_candidates(self._candidates[:MAX_SHOWN], self._picked)
        settings = review.settings.get()
        today = review.today()
        day = QLocale().dayName(settings.review_weekday + 1)  # in the user's language
        when = (
            self.tr("today")
            if today.weekday() == settings.review_weekday
            else self.tr("on {day}s").format(day=day)
        )
        self.subtitle.setText(
            self.tr(
                "Fifteen minutes a week ({when}): who you have not talked to in a while. Pick "
                "three, and send each a personal email saying why and offering some times."
            ).format(when=when)
        )
        self._show_banner()
        self.kept.offer()
        self._update_picked()
        self.history.show_weeks(review.weeks(), review.streak(), review.name_of)
        self.tick()

    def _show_banner(self) -> None:
        review = self._app.review
        notes = []
        availability = review.availability()
        if availability.unreadable:  # typed, but not one day or time in it could be read
            text = self.tr(
                "Your availability (“{text}”) could not be read, so the emails propose no "
                "times. Write it on your profile like “Tue and Thu 8-10am, Fri after 3pm, "
                "Europe/London”."
            )
            notes.append(text.format(text=quoted_text(self._app.profile.get().availability)))
        elif availability.is_empty:
            notes.append(
                self.tr(
                    "Add your availability to your profile (e.g. “Tue and Thu 8-10am, Fri after "
                    "3pm, Europe/London”) and the emails will propose times."
                )
            )
        elif availability.not_understood:
            parts = ", ".join(f"“{p}”" for p in availability.not_understood)
            text = self.tr("Part of your availability was not understood: {parts}.")
            notes.append(text.format(parts=parts))
        zone = review.zone()
        if zone.problem:
            notes.append(said(zone.problem))
        if review.settings.problem:
            notes.append(said(review.settings.problem))
        if not self._candidates:
            notes.append(self.tr("Nobody is due for a catch-up this week. Well kept!"))
        elif len(self._candidates) > MAX_SHOWN:
            text = self.tr(
                "{count} people are due: the {shown} to start with are listed. Snooze some, "
                "or widen the intervals in Settings."
            )
            count = QLocale().toString(len(self._candidates))
            notes.append(text.format(count=count, shown=MAX_SHOWN))
        self.banner.setText("\n".join(notes))
        self.banner.setVisible(bool(notes))

    def _update_picked(self, _rendering: bool = False) -> None:
        count = len(self._picked)
        names = [c.contact.name for c in self._candidates if c.contact.id in self._picked]
        self.picked_label.setText(
            self.tr("%n picked: {names}", "", count).format(names=", ".join(names))
            if names
            else self.tr("Tick the people to write to.")
        )
        ready = 1 <= count <= MAX_PICKED and not self._app.read_only
        self.write_button.setEnabled(ready and not self.draft_render.busy)

    def tick(self) -> None:
        if self.session is None:
            self.timer_label.setText("15:00")
            self.start_button.setVisible(bool(self._candidates))
            return
        left = self.session.remaining(self._app.clock.monotonic())
        self.timer_label.setText(clock_text(left))
        self.timer_label.setToolTip(
            self.tr("Time's up: finish the email you are on.")
            if left <= 0
            else self.tr("Time left")
        )

    # -- the review ------------------------------------------------------------------------

    def start_review(self) -> ReviewSession:
        """Begin the review, or carry on with the one kept unfinished, if it is on offer."""
        if self.session is None and self.kept.offered:
            self.kept.resume()
        return self.begin()

    def begin(self, session: ReviewSession | None = None) -> ReviewSession:
        if self.session is None:
            now = self._app.clock.monotonic()
            self.session = session or ReviewSession(now, picked=list(self._picked))
            self.tick_timer.start()
            self.kept.started()
        self.start_button.hide()
        self.tick()
        return self.session

    def _toggled(self, contact_id: str) -> None:
        session = self.session
        picked = session.picked if session else self._picked
        if contact_id in picked:
            picked.remove(contact_id)
        elif len(picked) >= MAX_PICKED:
            self.candidates.set_checked(contact_id, False)
            self.status_message.emit(
                self.tr("At most {count} at a time: three is the habit").format(count=MAX_PICKED)
            )
        else:
            picked.append(contact_id)
        self._picked = picked
        self._update_picked()
        self.kept.edited()

    def write_emails(self) -> None:
        """Step 2: an email for each person picked. Going back to the list and on again
        keeps every email already changed by hand (or sent); only the others are drafted
        again, and an edited email to someone no longer picked goes only if the user says so."""
        if self.session is None:
            self.drafts.show_drafts([], [], self.mark_sent, ("", ""))  # the last review's
        session = self.begin()
        order = list(session.picked)
        dropped = self.drafts.edited_besides(order)
        if dropped and not self.drafts.ask_to_drop(dropped):
            return
        kept = self.drafts.kept()
        taken = [t for cid in order if cid in kept for t in kept[cid].draft.times]
        wanted = [cid for cid in order if cid not in kept]
        try:
            render = self._app.review.drafts_later(wanted, taken)  # reads the store here
        except UserError as error:
            self.status_message.emit(said(error))
            return
        if not wanted or not self._app.review.drafts_take_time():
            self._show_drafts(order, render())
            return
        self.status_message.emit(self.tr("Writing the emails with your template…"))
        self.draft_render.request(render, lambda drafts: self._show_drafts(order, drafts))

    def _show_drafts(self, order: list[str], drafts: list[ReviewDraft]) -> None:
        profile = self._app.profile.get()
        sender = (profile.name, profile.email)
        self.drafts.show_drafts(order, drafts, self.mark_sent, sender)
        self.done_label.setText("")
        self.steps.setCurrentIndex(DRAFT_STEP)
        if self.session is not None and self.session.all_sent:  # the rest were unpicked
            self.finish_review()
        self.kept.edited()  # an email dropped on the way is no longer kept

    def back_to_list(self) -> None:
        """The picks stay, and so do the emails: on again, each edited one is as it was."""
        if self.session is None:  # the review is over: who is due has changed
            self.refresh()
        self.steps.setCurrentIndex(LIST_STEP)

    def mark_sent(self, contact_id: str, email: EmailDraft) -> str | None:
        """Logs the email, and keeps the review with it sent in the same write."""
        try:
            self._app.review.mark_sent(contact_id, email, self.kept.sending(contact_id, email))
        except UserError as error:
            return said(error)
        return None

    def _sent(self, contact_id: str) -> None:
        session = self.session
        if session is None:
            return
        session.mark_sent(contact_id)
        review = self._app.review
        self.history.show_weeks(review.weeks(), review.streak(), review.name_of)
        wrote = self.tr("Logged: you wrote to {name}").format(name=review.name_of(contact_id))
        self.status_message.emit(wrote)
        self.reviewed.emit()
        if session.all_sent:
            self.finish_review()

    def finish_review(self) -> None:
        session = self.session
        if session is None:
            return
        minutes = f"{(self._app.clock.monotonic() - session.started) / 60:.0f}"
        self.tick_timer.stop()
        done = self.tr(
            "Review done in {minutes} min: %n email(s) sent. See you next week.",
            "",
            len(session.sent),
        )
        self.done_label.setText(done.format(minutes=minutes))
        self.session = None
        self.kept.finished()
        self.timer_label.setText(self.tr("Done"))

    def confirm_discard(self) -> bool:
        """Before quitting: emails edited by hand and not marked sent would be lost."""
        return self.kept.confirm_quit()

    # -- around it -------------------------------------------------------------------------

    def snooze(self, contact_id: str, days: int) -> None:
        review = self._app.review
        try:
            contact = review.snooze(contact_id, review.today() + timedelta(days=days))
        except UserError as error:
            self.status_message.emit(said(error))
            return
        if self.session and contact_id in self.session.picked:
            self.session.picked.remove(contact_id)
            self.kept.edited()
        until = format_date(contact.snoozed_until)
        snoozed = self.tr("{name} is snoozed until {until}").format(name=contact.name, until=until)
        self.status_message.emit(snoozed)
        self.refresh()

    def edit_settings(self) -> None:
        if ReviewSettingsDialog(self._app.review, self).exec():
            self.status_message.emit(self.tr("Review settings saved"))
            self.refresh()
