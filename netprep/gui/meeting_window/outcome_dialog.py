"""End of the meeting: review the three goals and each referral, then record it all at once.

Goals start ticked from what was captured (the user can change them). Each referral says
whether netprep already knows that person: the same email is linked without asking; the
same name only probably is, so the dialog asks and refuses to save until answered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netprep.composition import App
from netprep.domain.capture import ReferralDraft
from netprep.domain.outcome import Goal, GoalsMet, Introducer, OutcomeAnswers, set_goal
from netprep.domain.referrals import MatchKind
from netprep.gui.meeting_window.phase_panels import plain_label
from netprep.gui.meeting_window.referral_words import ask_introducer, details, match_reason
from netprep.gui.widgets.wheel_guard import guard_wheel
from netprep.gui.words.labels import label
from netprep.gui.words.user_errors import said
from netprep.services.errors import UserError
from netprep.services.meeting_outcome import (
    OutcomeReview,
    ReferralAction,
    ReferralChoice,
    ReferralProposal,
)
from netprep.services.meeting_session import MeetingSession

_UNANSWERED = "unanswered"
KEEP_ANSWERS_MS = 800  # the answers are kept on the meeting this long after the last change


def _describe(contact_name: str, company: str, role: str) -> str:
    detail = ", ".join(p for p in (role, company) if p)
    return f"{contact_name} ({detail})" if detail else contact_name


class OutcomeDialog(QDialog):
    recorded = Signal(object)  # FinishedMeeting
    discarded = Signal()  # the meeting did not take place: cancelled (Meetings → Reopen)

    def __init__(
        self,
        app: App,
        session: MeetingSession,
        parent: QWidget | None = None,
        *,
        answers: OutcomeAnswers | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._session = session
        self.proposal = app.meetings.propose_outcome(session.meeting_id, session)
        # Answers given before: this session's, else those kept on the meeting (after a kill).
        answers = answers or self.proposal.meeting.outcome_answers or OutcomeAnswers()
        self.goals: GoalsMet = answers.goals or self.proposal.goals
        self.keep_timer = QTimer(self)
        self.keep_timer.setSingleShot(True)
        self.keep_timer.setInterval(KEEP_ANSWERS_MS)
        self.keep_timer.timeout.connect(self.keep_answers)
        self.finished.connect(lambda _result: self.keep_answers())
        contact = self.proposal.contact
        heading = self.tr("How did it go with {name}?").format(name=contact.name)
        self.setWindowTitle(heading)
        self.setMinimumSize(640, 560)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 20, 20, 8)  # the buttons' edge below (the footer's)
        layout.addWidget(plain_label(heading, "pageTitle"))
        layout.addWidget(
            plain_label(
                self.tr(
                    "Check the three goals and say who each name is. Saving records the "
                    "meeting, adds the referrals to your contacts and schedules the "
                    "follow-ups: a thank-you tomorrow, reaching each name within two days."
                ),
                "mutedLabel",
            )
        )
        goals_box = QGroupBox(self.tr("The three goals"))
        goals_layout = QVBoxLayout(goals_box)
        self.goal_boxes: dict[Goal, QCheckBox] = {}
        for goal in Goal:
            box = QCheckBox(label(goal))
            box.setChecked(self.goals.met(goal))
            box.toggled.connect(lambda on, g=goal: self._goal_changed(g, on))
            goals_layout.addWidget(box)
            self.goal_boxes[goal] = box
        layout.addWidget(goals_box)
        where = answers.where if answers.where is not None else self.proposal.meeting.where
        self.where_edit = QLineEdit(where)
        self.where_edit.textEdited.connect(self._edited)
        self.where_edit.setPlaceholderText(self.tr("Where you met (the thank-you names it)"))
        self.where_edit.setAccessibleName(self.tr("Where you met"))
        self.where_label = QLabel(self.tr("Where you met"))
        self.where_label.setBuddy(self.where_edit)
        where_row = QHBoxLayout()  # label and field centred on one line, text on one baseline
        where_row.addWidget(self.where_label, 0, Qt.AlignmentFlag.AlignVCenter)
        where_row.addWidget(self.where_edit, 1)
        layout.addLayout(where_row)

        insights = self.proposal.meeting.capture.recorded_insights()
        if insights:
            learned = QGroupBox(self.tr("What you learned"))
            learned_layout = QVBoxLayout(learned)
            for note in insights:
                learned_layout.addWidget(plain_label(f"•  {note.text.strip()}"))
            layout.addWidget(learned)

        self.choosers: dict[int, QComboBox] = {}
        self.introducers: dict[int, QComboBox] = {}  # shown when the linked person has one
        self.referral_boxes: dict[int, QGroupBox] = {}
        names = QGroupBox(self.tr("Names {name} suggested").format(name=contact.name))
        names_layout = QVBoxLayout(names)
        if not self.proposal.referrals:
            names_layout.addWidget(plain_label(self.tr("No names were noted."), "mutedLabel"))
        for proposal in self.proposal.referrals:
            names_layout.addWidget(self._referral_row(proposal))
        self.unnamed: dict[int, QLineEdit] = {}
        capture = self.proposal.meeting.capture
        for slot, draft in enumerate(capture.referrals):
            if not draft.name.strip() and not draft.is_empty:
                names_layout.addWidget(self._unnamed_row(slot, draft, contact.name, answers))
        layout.addWidget(names)
        offers = self.proposal.meeting.capture.offers
        if offers:
            offered = QGroupBox(self.tr("What you offered"))
            offered_layout = QVBoxLayout(offered)
            for offer in offers:
                offered_layout.addWidget(plain_label(f"•  {offer}"))
            layout.addWidget(offered)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save outcome"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("primaryButton")
        self.back_button = buttons.addButton(
            self.tr("Back to the meeting"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.discard_button = buttons.addButton(
            self.tr("Discard the meeting…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.discard_button.setToolTip(
            self.tr("It did not take place: kept as cancelled, reopen any time")
        )
        self.discard_button.clicked.connect(self.discard)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)  # the fields, the message and the buttons share one edge
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        footer = QVBoxLayout()
        footer.setContentsMargins(20, 8, 20, 20)
        footer.addWidget(self.error_label)
        footer.addWidget(buttons)
        outer.addLayout(footer)
        self.save_button.setDefault(True)
        for slot, chooser in self.choosers.items():  # the introducer after its link
            introducer = self.introducers[slot]
            for combo, kept in ((chooser, answers.choices), (introducer, answers.introducers)):
                data = kept.get(str(slot))
                if data is not None and combo.findData(data) >= 0:
                    combo.setCurrentIndex(combo.findData(data))
                combo.currentIndexChanged.connect(self._edited)

    def _referral_row(self, proposal: ReferralProposal) -> QGroupBox:
        draft = proposal.draft
        box = QGroupBox(" ".join(draft.name.split()))
        box.setAccessibleName(self.tr("Referral {name}").format(name=draft.name))
        row = QVBoxLayout(box)
        text = details(draft)
        if text:
            row.addWidget(plain_label(text, "mutedLabel"))
        match = proposal.match
        if match.reason:
            row.addWidget(plain_label(match_reason(match)))
        chooser = guard_wheel(QComboBox())
        chooser.setAccessibleName(self.tr("Who is {name}?").format(name=draft.name))
        # Long names and roles must not widen the dialog into sideways scrolling.
        chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        chooser.setMinimumContentsLength(24)
        if match.kind is MatchKind.PROBABLE:
            chooser.addItem(self.tr("Choose: the same person, or someone new?"), _UNANSWERED)
        for candidate in match.candidates:
            label = _describe(candidate.name, candidate.company, candidate.role)
            chooser.addItem(
                self.tr("Same person as {name}").format(name=label), f"link:{candidate.id}"
            )
        new_label = self.tr("Add as a new contact")
        if match.candidates:
            new_label = self.tr("Someone else: add as a new contact")
        chooser.addItem(new_label, "new:")
        chooser.addItem(self.tr("Don't record this name"), "skip:")
        default = proposal.default_choice()
        if default is not None:
            for index in range(chooser.count()):
                if chooser.itemData(index) == f"{default.action.value}:{default.contact_id or ''}":
                    chooser.setCurrentIndex(index)
        linked = plain_label("", "mutedLabel")
        introducer = guard_wheel(QComboBox())
        introducer.setAccessibleName(self.tr("Who introduced {name}?").format(name=draft.name))
        introducer.setSizeAdjustPolicy(chooser.sizeAdjustPolicy())
        introducer.setMinimumContentsLength(24)
        for combo in (chooser, introducer):
            combo.currentIndexChanged.connect(lambda _i: self.error_label.setVisible(False))
        chooser.currentIndexChanged.connect(
            lambda _i: self._show_link(proposal, chooser, box, linked, introducer)
        )
        row.addWidget(chooser)
        row.addWidget(linked)
        row.addWidget(introducer)
        self.introducers[proposal.slot] = introducer
        self._show_link(proposal, chooser, box, linked, introducer)
        self.choosers[proposal.slot] = chooser
        self.referral_boxes[proposal.slot] = box
        return box

    def _show_link(
        self,
        proposal: ReferralProposal,
        chooser: QComboBox,
        box: QGroupBox,
        note: QLabel,
        introducer: QComboBox,
    ) -> None:
        """A linked row shows the contact's real name; if someone else introduced them first,
        it asks who introduced them (never a silent rewrite, nor a silent keep)."""
        typed = " ".join(proposal.draft.name.split())
        action, _, contact_id = str(chooser.currentData()).partition(":")
        target = self._app.contacts.get(contact_id) if action == "link" else None
        box.setTitle(f"{typed} → {target.name}" if target and target.name != typed else typed)
        first = target.referred_by if target else None
        referrer = self.proposal.contact
        asked = target is not None and bool(first) and first != referrer.id
        kept = introducer.currentData()
        introducer.blockSignals(True)
        introducer.clear()
        if target is not None and first and asked:
            who = self._app.contacts.get(first)
            them = who.name if who else self.tr("another contact")
            note.setText(ask_introducer(introducer, _UNANSWERED, them, target.name, referrer.name))
            if introducer.findData(kept) >= 0:
                introducer.setCurrentIndex(introducer.findData(kept))
        else:
            note.setText("")
        introducer.blockSignals(False)
        note.setVisible(bool(note.text()))
        introducer.setVisible(asked)

    def _unnamed_row(
        self, slot: int, draft: ReferralDraft, contact_name: str, answers: OutcomeAnswers
    ) -> QGroupBox:
        box = QGroupBox(self.tr("A name you didn't catch"))
        row = QVBoxLayout(box)
        noted = " · ".join(p for p in (draft.why.strip(), draft.how_to_reach.strip()) if p)
        row.addWidget(plain_label(self.tr("You noted: {what}").format(what=noted), "mutedLabel"))
        edit = QLineEdit(answers.names.get(str(slot), ""))
        edit.textEdited.connect(self._edited)
        edit.setPlaceholderText(
            self.tr(
                "Their name, if you have it — left empty, a follow-up asks {name} for it"
            ).format(name=contact_name)
        )
        edit.setAccessibleName(self.tr("Name of the person suggested"))
        row.addWidget(edit)
        self.unnamed[slot] = edit
        return box

    def answers(self) -> OutcomeAnswers:
        """What the user chose so far, to show again if the dialog is reopened."""
        return OutcomeAnswers(
            goals=self.goals,
            where=self.where_edit.text(),
            choices={str(slot): str(c.currentData()) for slot, c in self.choosers.items()},
            names={str(slot): e.text() for slot, e in self.unnamed.items()},
            introducers={
                str(slot): str(c.currentData())
                for slot, c in self.introducers.items()
                if c.count() and c.currentData() != _UNANSWERED
            },
        )

    def keep_answers(self) -> None:
        """Keep the answers on the meeting now (until it is recorded): a kill loses none."""
        self.keep_timer.stop()
        if self._app.read_only or self._session.finished:
            return
        try:
            self._session.keep_outcome_answers(self.answers())
        except UserError as error:
            kept = self.tr("Your answers could not be kept: {error}")
            self._show_error(kept.format(error=said(error)))

    def _edited(self, *_: object) -> None:
        self.keep_timer.start()

    def _goal_changed(self, goal: Goal, on: bool) -> None:
        self.goals = set_goal(self.goals, goal, on)
        self._edited()

    def review(self) -> OutcomeReview | None:
        """The user's answers, or None (with the message shown) while a name is unanswered."""
        choices = []
        for slot, chooser in self.choosers.items():
            data = chooser.currentData()
            if data == _UNANSWERED:
                name = self.referral_boxes[slot].title()
                self._show_error(
                    self.tr("Is {name} someone you already know? Choose below their name.").format(
                        name=name
                    )
                )
                chooser.setFocus()
                return None
            action, _, contact_id = str(data).partition(":")
            introducer = self.introducers[slot]
            who: Introducer | None = None
            if introducer.isVisibleTo(self) and introducer.currentData() == _UNANSWERED:
                self._show_error(
                    self.tr("Who introduced {name}? Choose below.").format(
                        name=self.referral_boxes[slot].title()
                    )
                )
                introducer.setFocus()
                return None
            if introducer.isVisibleTo(self):
                who = Introducer(introducer.currentData())
            choices.append(ReferralChoice(slot, ReferralAction(action), contact_id or None, who))
        return OutcomeReview(goals=self.goals, choices=choices, where=self.where_edit.text())

    def save(self) -> None:
        review = self.review()
        if review is None:
            return
        capture = self._session.capture
        for slot, edit in self.unnamed.items():  # a name typed now makes it a referral
            if edit.text().strip() and slot < len(capture.referrals):
                capture.referrals[slot].name = " ".join(edit.text().split())
        try:
            result = self._app.meetings.finish_meeting(
                self._session.meeting_id, review, session=self._session
            )
        except UserError as error:
            self._show_error(said(error))
            return
        self.recorded.emit(result)
        self.accept()

    def discard(self) -> None:
        name = self.proposal.contact.name
        answer = QMessageBox.question(
            self,
            self.tr("Discard the meeting"),
            self.tr(
                "Discard the meeting with {name}? It is kept under past meetings as "
                "cancelled, with its notes; Meetings → Reopen brings it back."
            ).format(name=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._app.meetings.cancel(self._session.meeting_id)
        except UserError as error:
            self._show_error(said(error))
            return
        self.discarded.emit()
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(True)
