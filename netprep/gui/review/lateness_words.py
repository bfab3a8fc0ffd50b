"""How late a catch-up is, in the same words on Today and on the Review page.

Both ask the domain (netprep.domain.cadence.Lateness): *due* from the day of the ideal
interval, *overdue* from the day after the longest gap, so a person is never overdue on one
page and merely due on the other. The review's reasons say which interval it is.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from netprep.domain.cadence import CadenceState, Lateness
from netprep.gui.widgets.dates import format_date


class LatenessWords(QObject):
    """``LatenessWords().of(lateness)``: "overdue since 10 Oct", "due since 22 Oct",
    "due today"; "" for someone not due."""

    def of(self, lateness: Lateness) -> str:
        since = lateness.since
        if lateness.state is CadenceState.OVERDUE:
            if since is None or lateness.days <= 1:
                return self.tr("overdue from today")
            return self.tr("overdue since {date}").format(date=format_date(since, year=False))
        if lateness.state is not CadenceState.DUE:
            return ""
        if since is None or lateness.days == 0:
            return self.tr("due today")
        return self.tr("due since {date}").format(date=format_date(since, year=False))


def lateness_text(lateness: Lateness) -> str:
    return LatenessWords().of(lateness)
