"""End of the meeting: review the three goals and each referral, then record it all at once.

Goals start ticked from what was captured (the user can change them). Each referral says
whether netprep already knows that person: the same email is linked without asking; the
same name only probably is, so the dialog asks and refuses to save until answered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.domain.outcome import Goal, GoalsMet, set_goal
from netprep.domain.referrals import MatchKind
from netprep.gui.meeting_window.phase_panels import plain_label
from netprep.services.errors import UserError
from netprep.services.meeting_outcome import (
    OutcomeReview,
    ReferralAction,
    ReferralChoice,
    ReferralProposal,
)
from netprep.services.meeting_session import MeetingSession
from netprep.store.errors import StoreError

_UNANSWERED = "unanswered"


def _describe(contact_name: str, company: str, role: str) -> str:
    detail = ", ".join(p for p in (role, company) if p)
    return f"{contact_name} ({detail})" if detail else contact_name


class OutcomeDialog(QDialog):
    recorded = Signal(object)  # FinishedMeeting

    def __init__(self, app: App, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._session = session
        self.proposal = app.meetings.propose_outcome(session.meeting_id, session)
        self.goals: GoalsMet = self.proposal.goals
        contact = self.proposal.contact
        self.setWindowTitle(f"How did it go with {contact.name}?")
        self.setMinimumSize(640, 560)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(plain_label(f"How did it go with {contact.name}?", "pageTitle"))
        layout.addWidget(
            plain_label(
                "Check the three goals and say who each name is. Saving records the meeting, "
                "adds the referrals to your contacts and schedules the follow-ups: a "
                "thank-you tomorrow, reaching each name within two days.",
                "mutedLabel",
            )
        )
        goals_box = QGroupBox("The three goals")
        goals_layout = QVBoxLayout(goals_box)
        self.goal_boxes: dict[Goal, QCheckBox] = {}
        for goal in Goal:
            box = QCheckBox(goal.label)
            box.setChecked(self.goals.met(goal))
            box.toggled.connect(lambda on, g=goal: self._goal_changed(g, on))
            goals_layout.addWidget(box)
            self.goal_boxes[goal] = box
        layout.addWidget(goals_box)

        insights = self.proposal.meeting.capture.recorded_insights()
        if insights:
            learned = QGroupBox("What you learned")
            learned_layout = QVBoxLayout(learned)
            for note in insights:
                learned_layout.addWidget(plain_label(f"•  {note.text.strip()}"))
            layout.addWidget(learned)

        self.choosers: dict[int, QComboBox] = {}
        self.referral_boxes: dict[int, QGroupBox] = {}
        names = QGroupBox(f"Names {contact.name} suggested")
        names_layout = QVBoxLayout(names)
        if not self.proposal.referrals:
            names_layout.addWidget(plain_label("No names were noted.", "mutedLabel"))
        for proposal in self.proposal.referrals:
            names_layout.addWidget(self._referral_row(proposal))
        layout.addWidget(names)
        offers = self.proposal.meeting.capture.offers
        if offers:
            offered = QGroupBox("What you offered")
            offered_layout = QVBoxLayout(offered)
            for offer in offers:
                offered_layout.addWidget(plain_label(f"•  {offer}"))
            layout.addWidget(offered)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton("Save outcome", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("primaryButton")
        self.back_button = buttons.addButton(
            "Back to the meeting", QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.error_label)
        outer.addWidget(buttons)
        self.save_button.setDefault(True)

    def _referral_row(self, proposal: ReferralProposal) -> QGroupBox:
        draft = proposal.draft
        box = QGroupBox(" ".join(draft.name.split()))
        box.setAccessibleName(f"Referral {draft.name}")
        row = QVBoxLayout(box)
        details = [
            f"Why: {draft.why.strip()}" if draft.why.strip() else "",
            f"Reach: {draft.how_to_reach.strip()}" if draft.how_to_reach.strip() else "",
            "Will introduce you" if draft.will_introduce else "",
        ]
        text = " · ".join(d for d in details if d)
        if text:
            row.addWidget(plain_label(text, "mutedLabel"))
        match = proposal.match
        if match.reason:
            row.addWidget(plain_label(match.reason))
        chooser = QComboBox()
        chooser.setAccessibleName(f"Who is {draft.name}?")
        if match.kind is MatchKind.PROBABLE:
            chooser.addItem("Choose: the same person, or someone new?", _UNANSWERED)
        for candidate in match.candidates:
            label = _describe(candidate.name, candidate.company, candidate.role)
            chooser.addItem(f"Same person as {label}", f"link:{candidate.id}")
        new_label = (
            "Someone else: add as a new contact" if match.candidates else "Add as a new contact"
        )
        chooser.addItem(new_label, "new:")
        chooser.addItem("Don't record this name", "skip:")
        default = proposal.default_choice()
        if default is not None:
            for index in range(chooser.count()):
                if chooser.itemData(index) == f"{default.action.value}:{default.contact_id or ''}":
                    chooser.setCurrentIndex(index)
        chooser.currentIndexChanged.connect(lambda _i: self.error_label.setVisible(False))
        row.addWidget(chooser)
        self.choosers[proposal.slot] = chooser
        self.referral_boxes[proposal.slot] = box
        return box

    def _goal_changed(self, goal: Goal, on: bool) -> None:
        self.goals = set_goal(self.goals, goal, on)

    def review(self) -> OutcomeReview | None:
        """The user's answers, or None (with the message shown) while a name is unanswered."""
        choices = []
        for slot, chooser in self.choosers.items():
            data = chooser.currentData()
            if data == _UNANSWERED:
                name = self.referral_boxes[slot].title()
                self._show_error(f"Is {name} someone you already know? Choose below their name.")
                chooser.setFocus()
                return None
            action, _, contact_id = str(data).partition(":")
            choices.append(ReferralChoice(slot, ReferralAction(action), contact_id or None))
        return OutcomeReview(goals=self.goals, choices=choices)

    def save(self) -> None:
        review = self.review()
        if review is None:
            return
        try:
            result = self._app.meetings.finish_meeting(
                self._session.meeting_id, review, session=self._session
            )
        except (UserError, StoreError) as error:
            self._show_error(str(error))
            return
        self.recorded.emit(result)
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(True)
