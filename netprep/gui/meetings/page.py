"""Meetings: upcoming and past meetings with their briefs, and the way into preparing one.

Selecting a meeting shows its brief exactly as it will print (read-only, the
same HTML as the export) with Edit / Start / Export / Print / Copy. "Prepare a
meeting" swaps the page for the prep screen; saving or leaving it comes back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.domain.brief.model import Brief
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.gui.export.brief_actions import BriefOutput
from netprep.gui.meetings.meet_now import MeetNowDialog
from netprep.gui.meetings.meeting_actions import MeetingActions
from netprep.gui.meetings.style import MEETINGS_QSS
from netprep.gui.shell.background_render import BriefPreview
from netprep.gui.widgets.dates import format_datetime
from netprep.gui.widgets.elided_label import ElidedLabel
from netprep.gui.widgets.empty_state import empty_state, muted_note
from netprep.gui.widgets.item_roles import ID_ROLE, SUBTITLE_ROLE
from netprep.gui.widgets.layouts import ButtonFlow, master_detail
from netprep.gui.widgets.safe_browser import SafeBrowser
from netprep.gui.widgets.theme import style_widget
from netprep.gui.widgets.two_line_delegate import TwoLineDelegate
from netprep.gui.words.labels import meeting_status
from netprep.render.brief_view import BriefContext
from netprep.services.brief_export import ExportFormat

if TYPE_CHECKING:
    from netprep.gui.prep.screen import PrepScreen


_STATUS_SHOWN = (MeetingStatus.IN_PROGRESS, MeetingStatus.CANCELLED)  # the others go unsaid


def status_words(status: MeetingStatus) -> str:
    return meeting_status(status) if status in _STATUS_SHOWN else ""


def _meeting_list(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName("meetingList")
    widget.setAccessibleName(name)
    widget.setItemDelegate(TwoLineDelegate(SUBTITLE_ROLE, widget))
    widget.setUniformItemSizes(True)
    # Rows elide with "…" (the tooltip has the whole text): never a sideways scroll bar.
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return widget


class MeetingsPage(QWidget):
    start_meeting = Signal(str)  # meeting id
    meet_now = Signal(str)  # contact id
    status_message = Signal(str)
    contact_created = Signal(str)  # from the prep screen's picker

    def __init__(self, app: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style_widget(self, MEETINGS_QSS)
        self._app = app
        self._meeting: Meeting | None = None

        title = QLabel(self.tr("Meetings"))
        title.setObjectName("pageTitle")
        self.meet_now_button = QPushButton(self.tr("Meet now…"))
        self.meet_now_button.setToolTip(
            self.tr("Start a meeting straight away, with a fresh brief")
        )
        self.meet_now_button.clicked.connect(self.ask_meet_now)
        self.prepare_button = QPushButton(self.tr("Prepare a meeting"))
        self.prepare_button.setObjectName("primaryButton")
        self.prepare_button.clicked.connect(lambda: self.prepare())
        self.prepare_button.setEnabled(not app.read_only)
        self.meet_now_button.setEnabled(not app.read_only)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.meet_now_button)
        header.addWidget(self.prepare_button)

        self.upcoming_list = _meeting_list(self.tr("Upcoming meetings"))
        self.past_list = _meeting_list(self.tr("Past meetings"))
        self.upcoming_empty = muted_note(
            self.tr("Nothing planned yet. Prepare your next coffee meeting.")
        )
        self.past_empty = muted_note(self.tr("Meetings you have held will be listed here."))
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        for label, widget, empty in (
            (self.tr("Upcoming"), self.upcoming_list, self.upcoming_empty),
            (self.tr("Past"), self.past_list, self.past_empty),
        ):
            heading = QLabel(label)
            heading.setObjectName("sectionTitle")
            left.addWidget(heading)
            left.addWidget(empty)
            left.addWidget(widget, 2 if widget is self.upcoming_list else 1)
        left.addStretch(0)
        for widget in (self.upcoming_list, self.past_list):
            widget.currentItemChanged.connect(self._on_selected)
            widget.itemActivated.connect(lambda _item: self.edit_current())
        left_widget = QWidget()
        left_widget.setLayout(left)

        self.detail_title = ElidedLabel()  # a long name ends in “…”, whole in a tooltip
        self.detail_title.setObjectName("sectionTitle")
        self.detail_subtitle = QLabel()
        self.detail_subtitle.setObjectName("mutedLabel")
        self.detail_subtitle.setWordWrap(True)
        self.output = BriefOutput(app, self, self.current_brief)
        self.output.status_message.connect(self.status_message)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.clicked.connect(self.edit_current)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("primaryButton")
        self.start_button.clicked.connect(self._start_current)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setMenu(self.output.menu(self.export_button))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.output.print)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self.output.copy)
        # The title on its own lines and the actions in a row below: side by side, seven buttons
        # squeezed the title and the meeting list at 1024 px.
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.detail_title)
        titles.addWidget(self.detail_subtitle)
        # The actions wrap onto a second line when narrow (side by side, in German, they took
        # 180 px of the meeting list at 1024 px as soon as a meeting was opened); Start stays
        # on the right.
        actions = ButtonFlow()
        self.meeting_actions = MeetingActions(app, self)
        self.meeting_actions.status_message.connect(self.status_message)
        self.meeting_actions.changed.connect(
            lambda meeting_id: self.reload(select=meeting_id or None)
        )
        for button in (
            *self.meeting_actions.buttons(),
            self.edit_button,
            self.export_button,
            self.print_button,
            self.copy_button,
        ):
            actions.addWidget(button)
        buttons = QHBoxLayout()
        buttons.addLayout(actions, 1)
        buttons.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignTop)
        self.template_warning = QLabel()
        self.template_warning.setObjectName("templateWarning")
        self.template_warning.setWordWrap(True)
        self.template_warning.hide()
        self.viewer = SafeBrowser()
        self.viewer.setObjectName("briefView")
        self.viewer.setAccessibleName(self.tr("Brief of the selected meeting"))
        self.preview = BriefPreview(app.brief_export, self.viewer, self.template_warning, self)
        self.output.guard((self.export_button, self.print_button, self.copy_button), self.preview)
        detail = QVBoxLayout()
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addLayout(titles)
        detail.addLayout(buttons)
        detail.addWidget(self.template_warning)
        detail.addWidget(self.viewer, 1)
        detail_widget = QWidget()
        detail_widget.setLayout(detail)
        empty = empty_state(
            self.tr(
                "<h2>No meeting selected</h2><p>Pick a meeting on the left to read its brief, or "
                "press <b>Ctrl+Shift+P</b> to prepare a new one.</p>"
            )
        )
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(empty)
        self.detail_stack.addWidget(detail_widget)

        splitter = master_detail(left_widget, self.detail_stack)
        overview = QFrame()
        overview_layout = QVBoxLayout(overview)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        overview_layout.addLayout(header)
        overview_layout.addWidget(splitter, 1)

        self._prep: PrepScreen | None = None  # built when first opened (it is heavy)
        self.stack = QStackedWidget()
        self.stack.addWidget(overview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.stack)
        self.reload()

    # -- lists -----------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Refill both lists, keeping (or moving to) the selected meeting."""
        keep = select or (self._meeting.id if self._meeting else None)
        upcoming, past = self._app.meetings.upcoming(), self._app.meetings.past()
        for widget, meetings in ((self.upcoming_list, upcoming), (self.past_list, past)):
            widget.blockSignals(True)
            widget.clear()
            for meeting in meetings:
                widget.addItem(self._item(meeting))
            widget.blockSignals(False)
        for widget, empty, meetings in (
            (self.upcoming_list, self.upcoming_empty, upcoming),
            (self.past_list, self.past_empty, past),
        ):
            empty.setVisible(not meetings)
            widget.setVisible(bool(meetings))
        if not (keep and self.select_meeting(keep)):
            self._show(None)

    def _item(self, meeting: Meeting) -> QListWidgetItem:
        name = self._app.contacts.name_of(meeting.contact_id) or "(no contact)"
        when = format_datetime(meeting.when, empty=self.tr("no date set"))
        # The status first: after a long place it was cut off ("…"), and a cancelled
        # meeting read like one held.
        status = status_words(meeting.status)
        details = [status[:1].upper() + status[1:], when, meeting.where]
        item = QListWidgetItem(name)
        item.setData(ID_ROLE, meeting.id)
        subtitle = " · ".join(part for part in details if part)
        item.setData(SUBTITLE_ROLE, subtitle)
        item.setToolTip("\n".join(part for part in (name, subtitle, meeting.purpose) if part))
        return item

    def select_meeting(self, meeting_id: str) -> bool:
        for widget in (self.upcoming_list, self.past_list):
            for row in range(widget.count()):
                if widget.item(row).data(ID_ROLE) == meeting_id:
                    widget.setCurrentRow(row)
                    self._show(self._app.meetings.get(meeting_id))
                    return True
        return False

    def _on_selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        other = self.past_list if current.listWidget() is self.upcoming_list else self.upcoming_list
        other.blockSignals(True)
        other.setCurrentRow(-1)
        other.clearSelection()
        other.blockSignals(False)
        self._show(self._app.meetings.get(current.data(ID_ROLE)))

    # -- the selected meeting --------------------------------------------------------------

    def _show(self, meeting: Meeting | None) -> None:
        self._meeting = meeting
        self.meeting_actions.set_meeting(meeting)
        if meeting is None:
            self.detail_stack.setCurrentIndex(0)
            return
        self.detail_stack.setCurrentIndex(1)
        name = self._app.contacts.name_of(meeting.contact_id)
        self.detail_title.setText(self.tr("Meeting with {name}").format(name=name))
        when = format_datetime(meeting.when)
        self.detail_subtitle.setText(" · ".join(p for p in (when, meeting.where) if p))
        planned = meeting.status in (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS)
        self.start_button.setVisible(planned)
        self.start_button.setEnabled(not self._app.read_only)
        self.start_button.setText(
            self.tr("Resume") if meeting.status is MeetingStatus.IN_PROGRESS else self.tr("Start")
        )
        self.edit_button.setVisible(meeting.status is MeetingStatus.PLANNED)
        self.edit_button.setEnabled(not self._app.read_only)
        has_brief = meeting.brief is not None
        past = meeting.status in (MeetingStatus.FINISHED, MeetingStatus.CANCELLED)
        # A past meeting opens as its record, not its brief: no Export/Print/Copy.
        self.output.set_available(has_brief, shown=not past)
        if past:
            self.viewer.set_markdown(self._app.meetings.record_markdown(meeting.id))
            self.preview.cancel()
            return
        current = self.current_brief()
        if current is None:
            self.viewer.set_markdown("*No brief was saved with this meeting.*")
            self.preview.cancel()
            return
        self.preview.show(*current)  # off the GUI thread when a user template renders it

    def current_meeting(self) -> Meeting | None:
        return self._meeting

    def current_brief(self) -> tuple[Brief, BriefContext] | None:
        if self.is_preparing():
            return self.prep.current_brief()
        meeting = self._meeting
        if meeting is None or meeting.brief is None:
            return None
        return meeting.brief, self._app.brief_export.context(meeting, meeting.brief)

    def _start_current(self) -> None:
        if self._meeting is not None:
            self.start_meeting.emit(self._meeting.id)

    # -- preparing -------------------------------------------------------------------------

    @property
    def prep(self) -> PrepScreen:
        """The prep screen, built (and its modules imported) the first time it is needed."""
        if self._prep is None:
            from netprep.gui.prep.screen import PrepScreen

            prep = self._prep = PrepScreen(self._app)
            prep.saved.connect(self._on_prep_saved)
            prep.closed.connect(self._show_overview)
            prep.start_requested.connect(self.start_meeting)
            prep.status_message.connect(self.status_message)
            prep.picker.contact_created.connect(self.contact_created)
            self.stack.addWidget(prep)
        return self._prep

    def prepare(self, contact_id: str = "") -> None:
        """Open the prep screen on a new meeting (for ``contact_id`` if given)."""
        if self._app.read_only or not self._leave_prep():
            return
        self.prep.new(contact_id)
        self.stack.setCurrentWidget(self.prep)
        self.prep.picker.setFocus()

    def edit_current(self) -> None:
        meeting = self._meeting
        if meeting is None or meeting.status is not MeetingStatus.PLANNED or self._app.read_only:
            return
        if not self._leave_prep():
            return
        self.prep.edit(meeting)
        self.stack.setCurrentWidget(self.prep)

    def ask_meet_now(self) -> None:
        dialog = MeetNowDialog(self._app, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.picker.contact_id:
            self.meet_now.emit(dialog.picker.contact_id)

    def _leave_prep(self) -> bool:
        return not self.is_preparing() or self.prep.confirm_discard()

    def _on_prep_saved(self, meeting_id: str) -> None:
        self.stack.setCurrentIndex(0)
        self.reload(select=meeting_id)

    def _show_overview(self) -> None:
        self.stack.setCurrentIndex(0)
        self.reload()

    # -- staying current -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        """Back from the meeting window: a meeting may have started or finished meanwhile."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh()

    def refresh(self) -> None:
        if self.isVisible() and not self.is_preparing():
            self.reload()

    # -- the window's commands -------------------------------------------------------------

    def is_preparing(self) -> bool:
        return self._prep is not None and self.stack.currentWidget() is self._prep

    def save(self) -> bool:
        return self.is_preparing() and self.prep.save() is not None

    def confirm_discard(self) -> bool:
        return not self.is_preparing() or self.prep.confirm_discard()

    def export_pdf(self) -> None:
        self.output.export(ExportFormat.PDF)

    def print_brief(self) -> None:
        self.output.print()

    def copy_brief(self) -> None:
        self.output.copy()
