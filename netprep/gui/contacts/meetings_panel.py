"""A contact's meetings and referrals: where they came from, whom they suggested, when we met.

Lives in a tab of the contact page. Starting a meeting is left to the main window
(``start_meeting`` / ``meet_now``); records and agendas open in dialogs from here.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.gui.widgets.dates import format_date, format_datetime
from netprep.gui.widgets.item_roles import ID_ROLE
from netprep.gui.widgets.layouts import ButtonFlow
from netprep.gui.words.labels import in_sentence, label, meeting_status


def meeting_line(meeting: Meeting) -> str:
    when = format_datetime(
        meeting.when, empty=QCoreApplication.translate("ContactMeetingsPanel", "no date")
    )
    status = meeting_status(meeting.status)
    if meeting.status is MeetingStatus.FINISHED:
        goals = QCoreApplication.translate("ContactMeetingsPanel", "goals {met}/3")
        status += " · " + goals.format(met=meeting.goals.count)
    purpose = textwrap.shorten(meeting.purpose, width=90, placeholder="…")
    return f"{when} — {status}" + (f" — {purpose}" if purpose else "")


def _add_placeholder(target: QListWidget, text: str) -> None:
    """A line saying the list is empty: it cannot be selected and opens nothing."""
    item = QListWidgetItem(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    target.addItem(item)


LIST_MIN_HEIGHT = 40  # px: a row or two of a list


class ShortList(QListWidget):
    """A list that asks for a few rows, not Qt's 192 px: the panel scrolls in a short window
    (at its preferred height), and a taller one still gives the lists the extra room."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 3 * LIST_MIN_HEIGHT)


class ContactMeetingsPanel(QWidget):
    start_meeting = Signal(str)
    meet_now = Signal(str)
    open_contact = Signal(str)

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._contact_id: str | None = None
        self.came_from = QLabel()
        self.came_from.setTextFormat(Qt.TextFormat.PlainText)
        self.came_from.setWordWrap(True)
        self.came_from_button = QPushButton(self.tr("Open referrer"))
        self.came_from_button.clicked.connect(self._open_referrer)
        self._referrer_id: str | None = None

        self.meetings = ShortList()
        self.meetings.setAccessibleName(self.tr("Meetings with this contact"))
        self.meetings.setWordWrap(True)
        self.meetings.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.meetings.itemActivated.connect(lambda _item: self._activate_meeting())
        self.meet_now_button = QPushButton(self.tr("Meet now"))
        self.meet_now_button.setObjectName("primaryButton")
        self.meet_now_button.setToolTip(self.tr("Build the brief and open the meeting timer now"))
        self.meet_now_button.clicked.connect(self._meet_now)
        self.start_button = QPushButton(self.tr("Start / resume"))
        self.start_button.clicked.connect(self._start)
        self.agenda_button = QPushButton(self.tr("Edit agenda…"))
        self.agenda_button.clicked.connect(self._edit_agenda)
        self.record_button = QPushButton(self.tr("Open record"))
        self.record_button.clicked.connect(self._open_record)
        buttons = ButtonFlow()  # wrapped when narrow: a 1024 px window in German
        for button in (
            self.meet_now_button,
            self.start_button,
            self.agenda_button,
            self.record_button,
        ):
            buttons.addWidget(button)
        meetings_box = QGroupBox(self.tr("Meetings"))
        meetings_layout = QVBoxLayout(meetings_box)
        meetings_layout.addWidget(self.meetings, 1)
        meetings_layout.addLayout(buttons)

        self.given = ShortList()
        for listing in (self.meetings, self.given):  # two rows at least, not Qt's ~70 px: on a
            listing.setMinimumHeight(LIST_MIN_HEIGHT)  # short window the buttons keep room
        self.given.setAccessibleName(self.tr("Referrals this contact gave"))
        self.given.itemActivated.connect(self._open_given)
        given_box = QGroupBox(self.tr("Names they suggested"))
        given_layout = QVBoxLayout(given_box)
        given_layout.addWidget(self.given)

        origin = QHBoxLayout()
        origin.addWidget(self.came_from, 1)
        origin.addWidget(self.came_from_button)
        layout = QVBoxLayout(self)
        layout.addLayout(origin)
        layout.addWidget(meetings_box, 3)
        layout.addWidget(given_box, 2)

    def set_contact(self, contact_id: str | None) -> None:
        self._contact_id = contact_id
        self.refresh()

    def refresh(self) -> None:
        self.meetings.clear()
        self.given.clear()
        contact_id = self._contact_id
        self._referrer_id = None
        if not contact_id:
            self.came_from.setText("")
            self._update_buttons()
            return
        referrals = self._app.referrals
        origin = referrals.came_from(contact_id)
        contact = self._app.contacts.get(contact_id)
        referrer_id = origin.referrer_id if origin else (contact.referred_by if contact else None)
        if referrer_id:
            self._referrer_id = referrer_id
            text = self.tr("Referred by {name}").format(name=referrals.name_of(referrer_id))
            if origin and origin.asked_at:
                text += self.tr(" on {date}").format(date=format_date(origin.asked_at))
            if origin and origin.why:
                text += f" — {origin.why}"
            if origin:
                status = in_sentence(label(origin.status))
                text += self.tr(" (status: {status})").format(status=status)
            self.came_from.setText(text)
        else:
            self.came_from.setText(self.tr("Not referred by anyone you have recorded."))
        for meeting in self._app.meetings.for_contact(contact_id):
            item = QListWidgetItem(meeting_line(meeting))
            item.setData(ID_ROLE, meeting.id)
            self.meetings.addItem(item)
        for name in referrals.suggested_by(contact_id):
            status = name.status_label or self.tr("noted on their contact")
            item = QListWidgetItem(f"{name.name} — {status}")
            item.setData(ID_ROLE, name.contact_id or "")
            self.given.addItem(item)
        if self.meetings.count():
            self.meetings.setCurrentRow(0)
        else:
            _add_placeholder(
                self.meetings, self.tr("No meetings yet: use Meet now, or prepare one.")
            )
        if not self.given.count():
            _add_placeholder(
                self.given, self.tr("No names yet: ask “who else should I talk to?” when you meet.")
            )
        self._update_buttons()

    def _selected(self) -> Meeting | None:
        item = self.meetings.currentItem()
        meeting_id = item.data(ID_ROLE) if item is not None else None
        return self._app.meetings.get(meeting_id) if meeting_id else None

    def _update_buttons(self) -> None:
        meeting = self._selected()
        writable = not self._app.read_only and self._contact_id is not None
        live = meeting is not None and meeting.status in (
            MeetingStatus.PLANNED,
            MeetingStatus.IN_PROGRESS,
        )
        self.came_from_button.setVisible(bool(self._referrer_id))
        self.meet_now_button.setEnabled(writable)
        self.start_button.setEnabled(writable and live)
        if meeting is not None and meeting.status is MeetingStatus.IN_PROGRESS:
            self.start_button.setText(self.tr("Resume"))
        else:
            self.start_button.setText(self.tr("Start"))
        planned = meeting is not None and meeting.status is MeetingStatus.PLANNED
        self.agenda_button.setEnabled(writable and planned)
        self.record_button.setEnabled(meeting is not None)

    # -- actions ---------------------------------------------------------------------------

    def _meet_now(self) -> None:
        if self._contact_id:
            self.meet_now.emit(self._contact_id)

    def _start(self) -> None:
        meeting = self._selected()
        if meeting is not None:
            self.start_meeting.emit(meeting.id)

    def _activate_meeting(self) -> None:
        meeting = self._selected()
        if meeting is None:
            return
        if meeting.status in (MeetingStatus.FINISHED, MeetingStatus.CANCELLED):
            self._open_record()
        elif not self._app.read_only:
            self.start_meeting.emit(meeting.id)

    def _open_record(self) -> None:
        meeting = self._selected()
        if meeting is not None:
            # Imported when first used: it brings the HTML view and print support (~0.1 s).
            from netprep.gui.meetings.record_view import MeetingRecordDialog

            MeetingRecordDialog(self._app, meeting.id, self).exec()

    def _edit_agenda(self) -> None:
        from netprep.gui.meetings.agenda_editor import AgendaEditorDialog

        meeting = self._selected()
        if meeting is None:
            return
        service = self._app.agendas
        dialog = AgendaEditorDialog(
            service.agenda_for(meeting),
            lambda agenda: service.set_meeting_agenda(meeting.id, agenda),
            title=self.tr("This meeting's agenda"),
            reset_to=service.default,
            reset_label=self.tr("Use my default agenda"),
            parent=self,
        )
        if dialog.exec():
            self.refresh()

    def _open_given(self, item: QListWidgetItem) -> None:
        contact_id = item.data(ID_ROLE)
        if contact_id:
            self.open_contact.emit(contact_id)

    def _open_referrer(self) -> None:
        if self._referrer_id:
            self.open_contact.emit(self._referrer_id)
