"""The review's log: the streak of weeks done, who was written to, and who answered or met
you afterwards."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from netprep.domain.review.log import ReviewWeek
from netprep.gui.widgets.dates import format_date
from netprep.gui.widgets.two_line_delegate import pad_rows
from netprep.gui.words.labels import in_sentence, interaction_kind


class HistoryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Reviews done"))
        title.setObjectName("sectionTitle")
        self.streak = QLabel()
        self.tree = QTreeWidget()
        pad_rows(self.tree)
        self.tree.setObjectName("reviewHistory")
        self.tree.setAccessibleName(self.tr("Weekly reviews done"))
        self.tree.setHeaderLabels([self.tr("Week / person"), self.tr("What came of it")])
        self.tree.setColumnWidth(0, 220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.streak)
        layout.addWidget(self.tree, 1)

    def show_weeks(
        self, weeks: Sequence[ReviewWeek], streak: int, name_of: Callable[[str], str]
    ) -> None:
        self.streak.setText(
            self.tr("Streak: %n week(s) in a row", "", streak)
            if streak
            else self.tr("No streak yet: one review a week builds it.")
        )
        self.streak.setObjectName("cardValue" if streak else "mutedLabel")
        self.streak.style().unpolish(self.streak)  # re-read the stylesheet for the new name
        self.streak.style().polish(self.streak)
        self.tree.clear()
        for week in weeks:
            head = QTreeWidgetItem(
                [
                    f"{week.week} ({format_date(week.day, year=False)})",
                    self.tr("{sent} written to, {answered} answered or met").format(
                        sent=len(week.sent), answered=week.answered
                    ),
                ]
            )
            for sent in week.sent:
                answer = sent.answered
                outcome = (
                    self.tr("{kind} on {date}").format(
                        kind=in_sentence(interaction_kind(answer.kind)),
                        date=format_date(answer.when, year=False),
                    )
                    if answer
                    else self.tr("no answer logged yet")
                )
                head.addChild(QTreeWidgetItem([name_of(sent.contact_id), outcome]))
            self.tree.addTopLevelItem(head)
        if weeks:
            first = self.tree.topLevelItem(0)
            if first is not None:
                first.setExpanded(True)
