"""The questions around starting a meeting: what to do with one left running when netprep
closed (resume, record the outcome now, discard — or end it if its contact is gone), and
"Meet now" with a prepared meeting for the same person."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from netprep.composition import App
from netprep.domain.meeting import Meeting
from netprep.domain.meeting_clock import ClockStatus
from netprep.gui.widgets.dates import format_datetime
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError

if TYPE_CHECKING:  # the meeting window's module loads when the first meeting starts
    from netprep.gui.meeting_window.window import MeetingWindow


class LeftMeeting(Enum):
    RESUME = "resume"
    RECORD = "record"  # record the outcome now, the clock stopped when netprep closed
    DISCARD = "discard"
    END = "end"  # its contact is gone: end it, keeping the notes
    LATER = "later"


class _Ago(QObject):
    """'3 hours ago' in the user's language (lupdate marks plurals only in a QObject's tr)."""

    def words(self, seconds: int) -> str:
        if seconds >= 86400:
            return self.tr("%n day(s) ago", "", seconds // 86400)
        if seconds >= 3600:
            return self.tr("%n hour(s) ago", "", seconds // 3600)
        if seconds >= 60:
            return self.tr("%n minute(s) ago", "", seconds // 60)
        return self.tr("just now")


def how_long_ago(then: datetime, now: datetime) -> str:
    return _Ago().words(max(0, int((now - then).total_seconds())))


def resume_prompt(parent: QWidget | None, app: App, meeting: Meeting) -> QMessageBox:
    """The question, with one button per answer (each carries its LeftMeeting as a property)."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("Resume", "A meeting is still in progress"))
    box.setIcon(QMessageBox.Icon.Question)
    now = app.clock.now()
    started = meeting.clock.started_at if meeting.clock else None
    when = started or meeting.when
    since = ""
    if when is not None:
        since = QCoreApplication.translate("Resume", ", started {when} ({ago}),").format(
            when=format_datetime(when, year=False), ago=how_long_ago(when, now)
        )
    paused = meeting.clock is not None and meeting.clock.status is ClockStatus.PAUSED
    state = (
        QCoreApplication.translate("Resume", "is paused")
        if paused
        else QCoreApplication.translate("Resume", "was still running when netprep closed")
    )
    has_contact = app.meetings.contact_exists(meeting)
    if has_contact:
        name = app.meetings.contact_name(meeting)
        text = QCoreApplication.translate("Resume", "Your meeting with {name}{since} {state}.")
        box.setText(text.format(name=name, since=since, state=state))
        box.setInformativeText(
            QCoreApplication.translate(
                "Resume",
                "Resume it where it was (the time that passed counts unless it was paused), "
                "record its outcome now (the clock stops when netprep closed), or discard it.",
            )
        )
        answers = [
            (
                QCoreApplication.translate("Resume", "Resume"),
                QMessageBox.ButtonRole.AcceptRole,
                LeftMeeting.RESUME,
            ),
            (
                QCoreApplication.translate("Resume", "Record the outcome now"),
                QMessageBox.ButtonRole.ActionRole,
                LeftMeeting.RECORD,
            ),
        ]
    else:
        text = QCoreApplication.translate(
            "Resume", "A meeting{since} {state}, and its contact has since been deleted."
        )
        box.setText(text.format(since=since, state=state))
        box.setInformativeText(
            QCoreApplication.translate("Resume", "End it and keep its notes, or discard it.")
        )
        answers = [
            (
                QCoreApplication.translate("Resume", "End it, keep the notes"),
                QMessageBox.ButtonRole.AcceptRole,
                LeftMeeting.END,
            )
        ]
    answers += [
        (
            QCoreApplication.translate("Resume", "Discard"),
            QMessageBox.ButtonRole.DestructiveRole,
            LeftMeeting.DISCARD,
        ),
        (
            QCoreApplication.translate("Resume", "Later"),
            QMessageBox.ButtonRole.RejectRole,
            LeftMeeting.LATER,
        ),
    ]
    for number, (text, role, answer) in enumerate(answers):
        button = box.addButton(text, role)
        button.setProperty("answer", answer.value)
        if number == 0:
            box.setDefaultButton(button)
    return box


def ask_about_left_meeting(parent: QWidget | None, app: App, meeting: Meeting) -> LeftMeeting:
    box = resume_prompt(parent, app, meeting)
    box.exec()
    clicked = box.clickedButton()
    value = clicked.property("answer") if clicked is not None else None
    return LeftMeeting(value) if value else LeftMeeting.LATER


def settle_left_meeting(
    parent: QWidget | None,
    app: App,
    meeting: Meeting,
    start: Callable[[str], MeetingWindow | None],
) -> bool:
    """Ask, then do what the user chose. True when a meeting window was opened."""
    answer = ask_about_left_meeting(parent, app, meeting)
    try:
        if answer is LeftMeeting.RECORD:
            app.meetings.stop_at_last_save(meeting.id)
        elif answer is LeftMeeting.DISCARD:
            app.meetings.cancel(meeting.id)
        elif answer is LeftMeeting.END:
            app.meetings.end_without_contact(meeting.id)
    except UserError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Resume", "The meeting was not changed"), said(error)
        )
        return False
    if answer not in (LeftMeeting.RESUME, LeftMeeting.RECORD):
        return False
    window = start(meeting.id)
    if window is not None and answer is LeftMeeting.RECORD:
        window.end_meeting()
    return window is not None


def prepared_instead(parent: QWidget | None, app: App, contact_id: str) -> str | None:
    """A prepared meeting with this person, if the user would rather start that one."""
    prepared = app.meetings.prepared_for(contact_id)
    if prepared is None:
        return None
    name = app.meetings.contact_name(prepared)
    purpose = f" ({prepared.purpose})" if prepared.purpose else ""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Resume", "Start the prepared meeting?"),
        QCoreApplication.translate(
            "Resume",
            "You have a meeting prepared with {name}{purpose}, with its brief. Start that one "
            "instead of a new meeting?",
        ).format(name=name, purpose=purpose),
    )
    return prepared.id if answer == QMessageBox.StandardButton.Yes else None
