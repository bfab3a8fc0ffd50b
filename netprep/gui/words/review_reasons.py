"""Why someone is on the weekly review's list, in the user's language.

The domain words the same reasons in English for the CLI (``Candidate.reasons``,
netprep.domain.review.ranking); the GUI words them here from the same facts, translated,
with plurals by the language's rules and dates as the user's locale writes them. The user's
own words (a promise, a project, a touch's summary) are quoted as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from netprep.domain.cadence import CadenceState, CadenceStatus
from netprep.domain.records import Circle
from netprep.domain.review.ranking import MAX_CURRENT_PROJECT, Candidate
from netprep.gui.widgets.dates import format_date
from netprep.gui.words.labels import in_sentence, interaction_kind, label


def _clip(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word, ending in "…" (as the domain clips)."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:-–") + "…"


def _kind(kind: str) -> str:
    """A touch's kind ("email", "call"…) as its label, translated, inside a sentence."""
    return in_sentence(interaction_kind(kind))


class ReviewReasons(QObject):
    """``ReviewReasons().of(candidate)``: one sentence per reason, as the Review page shows."""

    def of(self, candidate: Candidate) -> list[str]:
        status = candidate.status
        contact = status.contact
        reasons = [self.since(status)]
        if contact.circle is not Circle.NONE:
            reasons.append(self.tr("Circle: {circle}.").format(circle=label(contact.circle)))
        reasons += [
            self.tr("You promised: {what}").format(what=_clip(p, 140)) for p in candidate.promises
        ]
        project = " ".join(contact.current_projects.split())
        if project:
            reasons.append(
                self.tr("Their current project: {project}").format(
                    project=_clip(project, MAX_CURRENT_PROJECT)
                )
            )
        return reasons

    def since(self, status: CadenceStatus) -> str:
        """How long since the last touch, against their interval."""
        interval, days, touch = status.interval, status.days_since, status.last_touch
        if touch is None:
            text = self.tr("No contact logged since you added them %n day(s) ago", "", days)
        else:
            text = self.tr("Last contact %n day(s) ago ({kind}, {date})", "", days).format(
                kind=_kind(touch.kind), date=format_date(touch.when)
            )
            summary = " ".join(touch.summary.split())
            if summary:
                text += self.tr(" (“{summary}”)").format(summary=_clip(summary, 120))
        if status.state is CadenceState.OVERDUE:
            rule = self.tr("past the longest gap of %n day(s)", "", interval.max_days)
        elif status.state is CadenceState.DUE:
            rule = self.tr("past the ideal of every %n day(s)", "", interval.ideal_days)
        else:
            rule = self.tr("within the ideal of every %n day(s)", "", interval.ideal_days)
        return self.tr("{since}; {rule}.").format(since=text, rule=rule)

    def short(self, candidate: Candidate) -> str:
        """The list's one-line reason."""
        status = candidate.status
        if status.last_touch is None:
            text = self.tr("never contacted (added %n day(s) ago)", "", status.days_since)
        else:
            text = self.tr("last contact %n day(s) ago ({kind})", "", status.days_since).format(
                kind=_kind(status.last_touch.kind)
            )
        if candidate.promises:
            text += self.tr(" · %n promise(s) pending", "", len(candidate.promises))
        return text
