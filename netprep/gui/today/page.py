"""Today: a greeting, what needs doing, and who is due for a catch-up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.gui.review.lateness_words import lateness_text
from netprep.gui.today.first_run import FirstRunGuide, FirstRunState
from netprep.gui.widgets.dates import format_date, format_datetime
from netprep.gui.widgets.empty_state import muted_note
from netprep.gui.widgets.item_roles import ID_ROLE

UPCOMING_ROWS = 3  # meetings shown under "Coming up" before it scrolls


class _LinkCard(QFrame):
    """A card that opens something: click it, or Tab to it and press Enter or Space."""

    def __init__(self, on_click: Callable[[], None]) -> None:
        super().__init__()
        self._on_click = on_click
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self._on_click()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._on_click()
            return
        super().keyPressEvent(event)


def _card(
    title: str, value: str, on_click: Callable[[], None] | None = None
) -> tuple[QFrame, QLabel]:
    frame = _LinkCard(on_click) if on_click else QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    number = QLabel(value)
    number.setObjectName("cardValue")
    caption = QLabel(title)
    caption.setObjectName("mutedLabel")
    caption.setWordWrap(True)  # "follow-ups due (1 overdue)" on two lines at 1024 px, not cut
    layout.addWidget(number)
    layout.addWidget(caption)
    return frame, number


class TodayPage(QWidget):
    open_contact = Signal(str)
    open_meeting = Signal(str)
    open_profile = Signal()
    open_followups = Signal()
    log_touch = Signal()
    open_review = Signal()
    new_contact = Signal()
    prepare_meeting = Signal(str)  # contact id ("" to choose)

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.greeting = QLabel()
        self.greeting.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("mutedLabel")
        self.subtitle.setWordWrap(True)

        contacts_card, self.contacts_value = _card(self.tr("contacts"), "0")
        notes_card, self.notes_value = _card(self.tr("notes"), "0")
        due_card, self.due_value = _card(self.tr("due for a catch-up"), "0")
        self.followups_card, self.followups_value = _card(
            self.tr("follow-ups due"), "0", self.open_followups.emit
        )
        self.followups_card.setToolTip(self.tr("Open the follow-ups due now"))
        self.followups_card.setAccessibleName(self.tr("Follow-ups due: open them"))
        self.followups_caption = self.followups_card.findChildren(QLabel)[-1]
        self.touch_button = QPushButton(self.tr("Log a touch…"))
        self.touch_button.setToolTip(self.tr("An email, a call, a message or a chance meeting"))
        self.touch_button.clicked.connect(self.log_touch.emit)
        self.touch_button.setEnabled(not app.read_only)
        self.cards = QWidget()
        cards = QHBoxLayout(self.cards)
        cards.setContentsMargins(0, 0, 0, 0)
        for card in (contacts_card, notes_card, due_card, self.followups_card):
            cards.addWidget(card, 1)  # the cards share the row: a caption wraps only when narrow
        cards.addWidget(self.touch_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.guide = FirstRunGuide()
        self.guide.open_profile.connect(self.open_profile)
        self.guide.new_contact.connect(self.new_contact)
        self.guide.prepare_meeting.connect(self._prepare_first)
        self.guide.setEnabled(not app.read_only)

        self.profile_hint = QFrame()
        self.profile_hint.setObjectName("hint")
        hint_layout = QHBoxLayout(self.profile_hint)
        self.profile_hint_label = QLabel()
        self.profile_hint_label.setWordWrap(True)
        hint_button = QPushButton(self.tr("Complete your profile"))
        hint_button.clicked.connect(self.open_profile)
        hint_layout.addWidget(self.profile_hint_label, 1)
        hint_layout.addWidget(hint_button)

        self.review_hint, self.review_hint_label = _review_offer(self.open_review.emit)

        upcoming_title = QLabel(self.tr("Coming up"))
        upcoming_title.setObjectName("sectionTitle")
        self.upcoming_list = QListWidget()
        self.upcoming_list.setObjectName("dueList")
        self.upcoming_list.setAccessibleName(self.tr("Meetings coming up"))
        self.upcoming_list.itemActivated.connect(self._on_meeting_activated)
        self.upcoming_list.itemDoubleClicked.connect(self._on_meeting_activated)
        self.upcoming_empty = muted_note(
            self.tr(
                "No meeting planned. Meetings → Prepare a meeting (Ctrl+Shift+P) builds your brief."
            )
        )

        due_title = QLabel(self.tr("Due for a catch-up"))
        due_title.setObjectName("sectionTitle")
        self.due_list = QListWidget()
        self.due_list.setObjectName("dueList")
        self.due_list.setAccessibleName(self.tr("Contacts due for a catch-up"))
        self.due_list.itemActivated.connect(self._on_activated)
        self.due_list.itemDoubleClicked.connect(self._on_activated)
        self.due_empty = muted_note(
            self.tr("Nobody is due for a catch-up. Set a keep-in-touch cadence on a contact.")
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)  # as every page: the title stays put
        layout.setSpacing(14)
        layout.addWidget(self.greeting)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.guide)
        layout.addWidget(self.cards)
        layout.addWidget(self.profile_hint)
        layout.addWidget(self.review_hint)
        layout.addWidget(upcoming_title)
        layout.addWidget(self.upcoming_empty)
        layout.addWidget(self.upcoming_list)
        layout.addWidget(due_title)
        layout.addWidget(self.due_empty)
        layout.addWidget(self.due_list, 100)
        # Takes the space when the lists are empty (hidden), so nothing floats apart.
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        summary = self._app.today.summary()
        hour = self._app.clock.now().astimezone().hour
        greetings = (
            (self.tr("Good morning"), self.tr("Good morning, {name}")),
            (self.tr("Good afternoon"), self.tr("Good afternoon, {name}")),
            (self.tr("Good evening"), self.tr("Good evening, {name}")),
        )
        plain, named = greetings[0 if hour < 12 else 1 if hour < 18 else 2]
        name = summary.user_name.split()[0] if summary.user_name else ""
        self.greeting.setText(named.format(name=name) if name else plain)
        self.subtitle.setText(
            self.tr(
                "Prepare the next coffee meeting, run it on a 20-minute agenda, and keep in touch "
                "with the people who help you."
            )
        )
        self.contacts_value.setText(str(summary.contacts))
        self.notes_value.setText(str(summary.notes))
        self.due_value.setText(str(len(summary.due)))
        self.followups_value.setText(str(summary.followups_due))
        overdue = summary.followups_overdue
        self.followups_caption.setText(
            self.tr("follow-ups due (%n overdue)", "", overdue)
            if overdue
            else self.tr("follow-ups due")
        )
        self.upcoming_list.clear()
        for meeting, name in summary.upcoming:
            when = format_datetime(meeting.when, year=False, empty=self.tr("no date"))
            where = f" · {meeting.where}" if meeting.where else ""
            item = QListWidgetItem(f"{name}\n{when}{where}")
            item.setData(ID_ROLE, meeting.id)
            self.upcoming_list.addItem(item)
        self.upcoming_empty.setVisible(not summary.upcoming)
        self.upcoming_list.setVisible(bool(summary.upcoming))
        self._fit_upcoming()
        self.profile_hint.setVisible(bool(summary.profile_missing))
        self._offer_review()
        self.profile_hint_label.setText(
            self.tr("Your briefs will be better with {missing}.").format(
                missing=", ".join(summary.profile_missing)
            )
        )
        self._show_first_run(summary.user_name, summary.contacts, bool(summary.upcoming))
        self.due_list.clear()
        for due in summary.due[:50]:
            last = format_date(due.last_contacted, year=False, empty=self.tr("never"))
            late = lateness_text(due.lateness)  # as the review says it: due, or overdue
            detail = " · ".join(p for p in (due.contact.role, due.contact.company) if p)
            contacted = self.tr("last contacted {when}, {late}").format(when=last, late=late)
            item = QListWidgetItem(f"{due.contact.name}  —  {detail}\n{contacted}")
            item.setData(ID_ROLE, due.contact.id)
            self.due_list.addItem(item)
        self.due_empty.setVisible(not summary.due)
        self.due_list.setVisible(bool(summary.due))

    def _fit_upcoming(self) -> None:
        """As tall as its meetings, up to three (more scroll): no block of empty rows
        under two meetings."""
        shown = self.upcoming_list
        rows = sum(shown.sizeHintForRow(row) for row in range(min(shown.count(), UPCOMING_ROWS)))
        shown.setFixedHeight(max(rows, 1) + 2 * shown.frameWidth())

    def _show_first_run(self, user_name: str, contacts: int, upcoming: bool) -> None:
        """Until the first meeting is prepared, the three steps lead; the counters wait."""
        first_run = not upcoming and contacts < 2 and not self._app.meetings.past()
        self.guide.setVisible(first_run)
        self.cards.setVisible(not first_run)
        if first_run:
            self.guide.show_state(FirstRunState(bool(user_name), contacts > 0))
            self.profile_hint.hide()  # step 1 says it

    def _prepare_first(self) -> None:
        contacts = self._app.contacts.all()
        self.prepare_meeting.emit(contacts[0].id if len(contacts) == 1 else "")

    def _on_meeting_activated(self, item: QListWidgetItem) -> None:
        self.open_meeting.emit(item.data(ID_ROLE))

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.open_contact.emit(item.data(ID_ROLE))

    def _offer_review(self) -> None:
        """On the review day (or later that week, until it is done): the weekly review."""
        review = self._app.review
        waiting = len(review.candidates()) if review.should_offer_review() else 0
        self.review_hint.setVisible(bool(waiting) and not self._app.read_only)
        day = QLocale().dayName(review.settings.get().review_weekday + 1)
        text = (
            self.tr(
                "{day} is review day: fifteen minutes, 1 person to reconnect with, three "
                "personal emails."
            )
            if waiting == 1
            else self.tr(
                "{day} is review day: fifteen minutes, {count} people to reconnect "
                "with, three personal emails."
            )
        )
        self.review_hint_label.setText(text.format(day=day, count=waiting))


def _review_offer(start: Callable[[], None]) -> tuple[QFrame, QLabel]:
    frame = QFrame()
    frame.setObjectName("hint")
    row = QHBoxLayout(frame)
    label = QLabel()
    label.setWordWrap(True)
    button = QPushButton(QCoreApplication.translate("TodayPage", "Start the weekly review"))
    button.setObjectName("primaryButton")
    button.clicked.connect(start)
    row.addWidget(label, 1)
    row.addWidget(button)
    return frame, label
