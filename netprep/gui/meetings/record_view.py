"""A read-only record of one meeting (brief, notes, outcome, timer log), for any page to embed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from netprep.composition import App
from netprep.gui.widgets.safe_browser import SafeBrowser
from netprep.render.meeting_record import meeting_record_markdown


class MeetingRecordView(SafeBrowser):
    """Shows :func:`meeting_record_markdown`, sanitised; links open outside only when clicked."""

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.setObjectName("meetingRecord")

    def show_meeting(self, meeting_id: str | None) -> bool:
        meeting = self._app.meetings.get(meeting_id) if meeting_id else None
        if meeting is None:
            self.setPlainText(self.tr("No meeting selected."))
            return False
        referrals = self._app.referrals.from_meeting(meeting.id)
        name = self._app.meetings.contact_name(meeting)
        self.set_markdown(meeting_record_markdown(meeting, name, referrals))
        return True


class MeetingRecordDialog(QDialog):
    def __init__(self, app: App, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = MeetingRecordView(app)
        self.view.show_meeting(meeting_id)
        meeting = app.meetings.get(meeting_id)
        name = app.meetings.contact_name(meeting) if meeting else ""
        self.setWindowTitle(
            self.tr("Meeting with {name}").format(name=name) if name else self.tr("Meeting")
        )
        self.resize(760, 720)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
