"""What the Meetings page can do to the selected meeting besides its brief: cancel it, delete
it (both undoable), and save a past meeting's record as Markdown or PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from netprep.composition import App
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.domain.meeting_clock import ClockStatus
from netprep.gui.words.user_errors import said
from netprep.render.html_page import html_document
from netprep.render.markdown_html import markdown_to_safe_html
from netprep.services.errors import UserError

_DONE = (MeetingStatus.FINISHED, MeetingStatus.CANCELLED)


class MeetingActions(QObject):
    changed = Signal(str)  # the meeting to show after a change ("" for none)
    status_message = Signal(str)

    def __init__(self, app: App, page: QWidget) -> None:
        super().__init__(page)
        self._app = app
        self._page = page
        self._meeting: Meeting | None = None
        self._undo: list[tuple[Meeting, MeetingStatus | None]] = []  # (record, status before)
        self.cancel_button = QPushButton(self.tr("Cancel meeting…"))
        self.cancel_button.setToolTip(
            self.tr("It will not take place (kept under Past; undo brings it back)")
        )
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setToolTip(self.tr("Bring a cancelled meeting back"))
        self.reopen_button.clicked.connect(self.reopen)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setVisible(False)
        self.record_button = QPushButton(self.tr("Save record"))
        menu = QMenu(self.record_button)
        menu.addAction(self.tr("As Markdown…"), lambda: self.save_record("md"))
        menu.addAction(self.tr("As PDF…"), lambda: self.save_record("pdf"))
        self.record_button.setMenu(menu)
        self.cancel_button.clicked.connect(self.cancel)
        self.delete_button.clicked.connect(self.delete)
        self.undo_button.clicked.connect(self.undo)
        self.set_meeting(None)

    def buttons(self) -> list[QPushButton]:
        return [
            self.record_button,
            self.reopen_button,
            self.cancel_button,
            self.delete_button,
            self.undo_button,
        ]

    def set_meeting(self, meeting: Meeting | None) -> None:
        self._meeting = meeting
        writable = not self._app.read_only
        past = meeting is not None and meeting.status in _DONE
        self.cancel_button.setVisible(meeting is not None and not past)
        self.cancel_button.setEnabled(writable)
        self.delete_button.setVisible(meeting is not None)
        self.delete_button.setEnabled(writable)
        self.record_button.setVisible(past)
        cancelled = meeting is not None and meeting.status is MeetingStatus.CANCELLED
        self.reopen_button.setVisible(cancelled)
        self.reopen_button.setEnabled(writable)
        self.undo_button.setVisible(bool(self._undo))

    # -- cancel, delete, undo --------------------------------------------------------------

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self._page, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def cancel(self) -> None:
        meeting = self._meeting
        if meeting is None:
            return
        name = self._app.meetings.contact_name(meeting)
        question = self.tr("Cancel the meeting with {name}?").format(name=name)
        if not self._confirm(self.tr("Cancel the meeting"), question):
            return
        before = meeting.status
        try:
            cancelled = self._app.meetings.cancel(meeting.id)
        except UserError as error:
            QMessageBox.warning(self._page, self.tr("The meeting was not cancelled"), said(error))
            return
        self._undo.append((cancelled, before))
        self.status_message.emit(
            self.tr("Meeting with {name} cancelled — Undo brings it back").format(name=name)
        )
        self.changed.emit(cancelled.id)

    def delete(self) -> None:
        meeting = self._meeting
        if meeting is None:
            return
        name = self._app.meetings.contact_name(meeting)
        if not self._confirm(
            self.tr("Delete the meeting"),
            self.tr(
                "Delete the meeting with {name}, its brief and its notes? "
                "(Referrals and follow-ups it produced stay.)"
            ).format(name=name),
        ):
            return
        try:
            removed = self._app.meetings.delete(meeting.id)
        except UserError as error:
            QMessageBox.warning(self._page, self.tr("The meeting was not deleted"), said(error))
            return
        self._undo.append((removed, None))
        self.status_message.emit(
            self.tr("Meeting with {name} deleted — Undo brings it back").format(name=name)
        )
        self.changed.emit("")

    def reopen(self) -> None:
        meeting = self._meeting
        if meeting is None:
            return
        started = meeting.clock is not None and meeting.clock.status is not ClockStatus.NOT_STARTED
        status = MeetingStatus.IN_PROGRESS if started else MeetingStatus.PLANNED
        try:
            reopened = self._app.meetings.reopen(meeting, status)
        except UserError as error:
            QMessageBox.warning(self._page, self.tr("The meeting was not reopened"), said(error))
            return
        self.status_message.emit(self.tr("Meeting reopened"))
        self.changed.emit(reopened.id)

    def undo(self) -> None:
        if not self._undo:
            return
        meeting, before = self._undo.pop()
        try:
            if before is None:
                restored = self._app.meetings.restore(meeting)
            else:
                restored = self._app.meetings.reopen(meeting, before)
        except UserError as error:
            self._undo.append((meeting, before))
            QMessageBox.warning(self._page, self.tr("Not undone"), said(error))
            return
        self.status_message.emit(self.tr("Undone"))
        self.changed.emit(restored.id)

    # -- the record ------------------------------------------------------------------------

    def save_record(self, kind: str, path: Path | None = None) -> Path | None:
        meeting = self._meeting
        if meeting is None:
            return None
        name = self._app.meetings.contact_name(meeting)
        if path is None:
            suggested = f"meeting-{name.lower().replace(' ', '-')}.{kind}"
            chosen, _ = QFileDialog.getSaveFileName(
                self._page, self.tr("Save the meeting's record"), str(Path.home() / suggested)
            )
            if not chosen:
                return None
            path = Path(chosen)
        from netprep.gui.export import paper  # print support: loaded when first used

        markdown = self._app.meetings.record_markdown(meeting.id)
        try:
            if kind == "pdf":
                page = html_document(markdown_to_safe_html(markdown), title=f"Meeting with {name}")
                paper.write_pdf(page, path, title=f"Meeting with {name}")
            else:
                path.write_text(markdown, encoding="utf-8")
        except (OSError, paper.PdfExportError) as error:
            QMessageBox.warning(self._page, self.tr("The record was not saved"), str(error))
            return None
        self.status_message.emit(self.tr("Saved {name}").format(name=path.name))
        return path
