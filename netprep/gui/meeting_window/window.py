"""The meeting window: the 20 minutes on screen, the brief's part for each phase, live notes.

The time shown is always the MeetingClock's, read by a precise QTimer (tests call
:meth:`refresh` after moving a ManualClock). What is typed is saved by itself (autosave.py).
Keys: Space (start/pause/resume), ←/→ (phases) and + (a minute) outside text fields;
Ctrl+Space/F5, Alt+←/→, PageUp/PageDown and Ctrl+E everywhere (keys.py); Esc leaves a
field. Buttons take the focus from Tab only, so after a click Space still means "pause".
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.domain.agenda import BriefSection
from netprep.domain.meeting import MeetingStatus
from netprep.domain.meeting_clock import ClockStatus, Cue, CueKind
from netprep.gui.meeting_window.autosave import CaptureAutosave
from netprep.gui.meeting_window.contact_gone import end_without_contact
from netprep.gui.meeting_window.keys import install_meeting_keys, plain_key_action
from netprep.gui.meeting_window.mini_timer import MiniTimer
from netprep.gui.meeting_window.outcome_dialog import OutcomeDialog
from netprep.gui.meeting_window.phase_panels import (
    NotesColumn,
    PromptList,
    plain_label,
    section_panel,
    tab_focus,
)
from netprep.gui.meeting_window.style import CUE_LOOK, MEETING_STYLE, stage_sheet
from netprep.gui.meeting_window.timer_band import PhaseBars, TimerBand, set_flag
from netprep.gui.meeting_window.words import cue_text, pause_label, section_title
from netprep.gui.widgets.theme import style_widget
from netprep.gui.words.default_agenda import shown_all
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError
from netprep.services.meeting_session import MeetingSession
from netprep.services.meetings import FinishedMeeting

TICK_MS = 200  # repaint five times a second; the clock, not the tick count, gives the time
CUE_SECONDS = 8.0  # how long a cue stays on screen


class MeetingWindow(QWidget):
    finished = Signal(object)  # FinishedMeeting, once the outcome is recorded
    left_running = Signal(str)  # meeting id: closed mid-meeting (it stays in progress)

    def __init__(self, app: App, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.app = app
        self.session = session
        self.sound = False
        self.outcome_dialog: OutcomeDialog | None = None
        self._cue_until = 0.0
        self._closing = False
        self._resume_after_review = False
        self.result: FinishedMeeting | None = None
        meeting = session.meeting
        self.contact_name = app.meetings.contact_name(meeting)
        self.setObjectName("meetingWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("Meeting with {name} — netprep").format(name=self.contact_name))
        style_widget(self, stage_sheet(MEETING_STYLE))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(900, 640)

        title = plain_label(self.contact_name, "pageTitle", elide=True)
        purpose = plain_label(textwrap.shorten(meeting.purpose, 150, placeholder="…"), "mutedLabel")
        purpose.setToolTip(meeting.purpose)
        self.mini_button = QPushButton(self.tr("Mini view"))
        self.mini_button.setToolTip(self.tr("A small always-on-top timer (Ctrl+Shift+M)"))
        self.sound_box = QCheckBox(self.tr("Sound cues"))
        self.sound_box.setToolTip(self.tr("Beep at each cue (off by default)"))
        self.sound_box.toggled.connect(lambda on: setattr(self, "sound", on))
        self.end_button = QPushButton(self.tr("End meeting…"))
        self.end_button.setObjectName("endButton")
        self.end_button.setToolTip(self.tr("Review the outcome and record it (Ctrl+E)"))
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(title)
        titles.addWidget(purpose)
        header.addLayout(titles, 1)
        for widget in (self.sound_box, self.mini_button, self.end_button):
            header.addWidget(widget)

        self.cue_banner = QLabel()
        self.cue_banner.setObjectName("cueBanner")
        self.cue_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.cue_banner.setWordWrap(True)
        self._banner_on = False
        self.band = TimerBand()
        self.bars = PhaseBars(session.timer.agenda)

        self.prev_button = QPushButton(self.tr("◀ Previous"))
        self.prev_button.setToolTip(self.tr("Previous phase (← or Alt+← / PageUp)"))
        self.pause_button = QPushButton(self.tr("Start"))
        self.pause_button.setObjectName("startButton")
        self.more_button = QPushButton(self.tr("+1 min"))
        self.more_button.setToolTip(self.tr("Give this phase one more minute (+ or Alt+↑)"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Next phase (→ or Alt+→ / PageDown)"))
        hint = plain_label(
            self.tr(
                "Space: start/pause · ←/→: phases · while typing: Ctrl+Space, Alt+←/→ · "
                "Esc leaves a text field"
            ),
            "mutedLabel",
        )
        controls = QHBoxLayout()
        for button in (self.prev_button, self.pause_button, self.more_button, self.next_button):
            controls.addWidget(button)
            if button is not self.pause_button:
                button.setObjectName("timerButton")
        controls.addSpacing(12)
        self.messages = QStackedWidget()  # the key hint, or the latest cue in its place
        self.messages.addWidget(hint)
        self.messages.addWidget(self.cue_banner)
        controls.addWidget(self.messages, 1)
        tab_focus(
            self.prev_button,
            self.pause_button,
            self.more_button,
            self.next_button,
            self.mini_button,
            self.sound_box,
            self.end_button,
        )

        # Body: prompts and the phase's panel on the left, notes on the right.
        self.prompts = PromptList()
        self.section_title = plain_label("", "sectionHeading")
        # One panel per part of the brief, built once (what is typed stays); only the
        # current phase's is visible, so the page is as tall as that panel alone.
        self.panels: dict[BriefSection, QWidget] = {}
        panels_layout = QVBoxLayout()
        for section in BriefSection:
            panel = section_panel(section, meeting.brief, session.capture, self._capture_edited)
            panel.setVisible(False)
            panels_layout.addWidget(panel)
            self.panels[section] = panel
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(plain_label(self.tr("What to do now"), "sectionHeading"))
        left_layout.addWidget(self.prompts)
        left_layout.addSpacing(8)
        left_layout.addWidget(self.section_title)
        left_layout.addLayout(panels_layout)
        left_layout.addStretch(1)
        self.body_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        notes_column = NotesColumn(session.capture, self._capture_edited)
        self.notes, self.helped_box = notes_column.notes, notes_column.helped_box
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(notes_column)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 340])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.band)
        layout.addWidget(self.bars)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)

        self.mini = MiniTimer(self.toggle_pause)
        self.mini.expand_requested.connect(self.show_full)
        self._wire()
        self.autosave = CaptureAutosave(
            session, lambda text: self._show_banner(text, "error"), self
        )
        self.tick_timer = QTimer(self)
        self.tick_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.refresh)
        self.tick_timer.start()
        self._shown_phase = -1
        self.resize(1180, 820)
        self.refresh()

    # -- wiring ----------------------------------------------------------------------------

    def _wire(self) -> None:
        self.prev_button.clicked.connect(self.previous_phase)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.more_button.clicked.connect(self.add_minute)
        self.next_button.clicked.connect(self.next_phase)
        self.mini_button.clicked.connect(self.show_mini)
        self.end_button.clicked.connect(self.end_meeting)
        shortcuts = {
            "Ctrl+Space": self.toggle_pause,
            "F5": self.toggle_pause,
            "Alt+Left": self.previous_phase,
            "PgUp": self.previous_phase,
            "Alt+Right": self.next_phase,
            "PgDown": self.next_phase,
            "Alt+Up": self.add_minute,
            "Ctrl+Shift+M": self.show_mini,  # Ctrl+M is Minimize on macOS
            "Ctrl+E": self.end_meeting,
            "Esc": self.leave_field,
        }
        install_meeting_keys(self, shortcuts)

    def showEvent(self, event: QShowEvent) -> None:
        """The window itself takes the focus first, so Space starts the meeting."""
        super().showEvent(event)
        focused = QApplication.focusWidget()
        if focused is None or focused is self.sound_box or not self.isAncestorOf(focused):
            self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys no child used: Space, ←, → and + outside text fields (buttons keep Space)."""
        action = plain_key_action(
            event, self.toggle_pause, self.previous_phase, self.next_phase, self.add_minute
        )
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    # -- commands --------------------------------------------------------------------------

    def toggle_pause(self) -> None:
        self._command(self.session.toggle)

    def next_phase(self) -> None:
        self._command(self.session.next_phase)

    def previous_phase(self) -> None:
        self._command(self.session.previous_phase)

    def add_minute(self) -> None:
        self._command(self.session.add_minutes, 1)

    def leave_field(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _command(self, command: Callable[..., object], *args: object) -> None:
        self.flush()
        try:
            command(*args)
        except UserError as error:
            self._show_banner(said(error), "error")
        self.refresh()

    # -- the display -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Redraw from the clock and announce any cue that came due."""
        session = self.session
        reading = session.reading()
        agenda = session.timer.agenda
        self.band.show_reading(reading, agenda)
        self.bars.show_log(session.timer_log(), reading.phase_index)
        self.mini.show_reading(reading)
        status = reading.status
        self.pause_button.setText(pause_label(status))
        set_flag(self.pause_button, "running", status is ClockStatus.RUNNING)
        in_meeting = status in (ClockStatus.RUNNING, ClockStatus.PAUSED)
        self.prev_button.setEnabled(in_meeting and not reading.is_first_phase)
        self.next_button.setEnabled(in_meeting and not reading.is_last_phase)
        self.more_button.setEnabled(status is not ClockStatus.FINISHED)
        if reading.phase_index != self._shown_phase:
            self._show_phase(reading.phase_index)
        self._announce(session.poll_cues())
        if self._banner_on and self.app.clock.monotonic() > self._cue_until:
            self._banner_on = False
            self.messages.setCurrentIndex(0)
            set_flag(self.band, "cue", False)

    def _show_phase(self, index: int) -> None:
        self._shown_phase = index
        phase = self.session.timer.agenda[index]
        self.prompts.set_prompts(shown_all(phase.prompts))
        self.section_title.setText(section_title(phase.shows))
        self.section_title.setVisible(bool(section_title(phase.shows)))
        self.body_scroll.verticalScrollBar().setValue(0)
        for section, panel in self.panels.items():
            panel.setVisible(section is phase.shows)

    def _announce(self, cues: list[Cue]) -> None:
        if not cues:
            return
        latest = cues[-1]
        self._show_banner(cue_text(latest), CUE_LOOK[latest.kind.value])
        set_flag(self.band, "cue", latest.kind is CueKind.PHASE_CHANGED)
        if self.sound:
            QApplication.beep()

    def _show_banner(self, text: str, kind: str) -> None:
        self.cue_banner.setText(text)
        set_flag(self.cue_banner, "kind", kind)
        self.messages.setCurrentWidget(self.cue_banner)
        self._banner_on = True
        self._cue_until = self.app.clock.monotonic() + CUE_SECONDS

    def _capture_edited(self) -> None:
        self.autosave.edited()

    def flush(self) -> bool:
        """Save what was typed now (no-op when nothing is waiting). False if it failed."""
        return self.autosave.flush()

    # -- mini view, ending, closing --------------------------------------------------------

    def show_mini(self) -> None:
        self.mini.show_reading(self.session.reading())
        self.mini.show()
        self.mini.raise_()
        self.showMinimized()

    def show_full(self) -> None:
        if self._closing:
            return
        self.mini.hide()
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def end_meeting(self) -> None:
        self.flush()
        if self.outcome_dialog is not None:
            self.outcome_dialog.raise_()
            return
        self._resume_after_review = self.session.status is ClockStatus.RUNNING
        if self._resume_after_review:
            self._command(self.session.pause)
        try:
            dialog = OutcomeDialog(self.app, self.session, self)  # with the answers kept
        except UserError as error:
            self._dialog_closed(0)
            gone = not self.app.meetings.contact_exists(self.session.meeting)
            if gone and end_without_contact(self, self.app, self.session.meeting_id):
                self._close_ended()
                return
            self._show_banner(said(error), "error")
            return
        self.outcome_dialog = dialog
        dialog.recorded.connect(self._recorded)  # the clock stays stopped while it is open
        dialog.discarded.connect(self._close_ended)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        self.outcome_dialog = None  # its answers are kept on the meeting for the next time
        if self.result is None and self._resume_after_review and not self._closing:
            self._resume_after_review = False
            self._command(self.session.resume)

    def _close_ended(self) -> None:
        stored = self.app.meetings.get(self.session.meeting_id)
        if stored is not None:  # ended or discarded: nothing more to save or to resume
            self.session.adopt_finished(stored)
        self.close()

    def _recorded(self, result: FinishedMeeting) -> None:
        self.result = result
        self.finished.emit(result)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing never loses anything: typing is saved and the meeting stays resumable."""
        if not self._closing:
            self._closing = True
            self.autosave.unsaved = self.result is None  # closing time = the clock's last save
            self.flush()
            self.tick_timer.stop()
            self.mini.hide()
            self.mini.deleteLater()
            if self.result is None and self.session.meeting.status is MeetingStatus.IN_PROGRESS:
                self.left_running.emit(self.session.meeting_id)
        event.accept()
