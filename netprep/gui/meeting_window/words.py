"""The meeting window's words that follow the moment: the start/pause button, the heading of
the brief's part for the phase, and the cues (worded here from the cue's facts, translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netprep.domain.agenda import BriefSection
from netprep.domain.meeting_clock import ClockStatus, Cue, CueKind
from netprep.gui.words.default_agenda import shown

_CONTEXT = "MeetingWindow"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def pause_label(status: ClockStatus) -> str:
    if status is ClockStatus.NOT_STARTED:
        return _tr("Start (Space)")
    if status is ClockStatus.RUNNING:
        return _tr("Pause (Space)")
    if status is ClockStatus.PAUSED:
        return _tr("Resume (Space)")
    return _tr("Finished")


def section_title(section: BriefSection) -> str:
    """The heading over the brief's part a phase shows ("" for none)."""
    titles = {
        BriefSection.HOOKS: _tr("Common ground to open with"),
        BriefSection.SUMMARY: _tr("Your overview — three sentences, about a minute"),
        BriefSection.QUESTIONS: _tr("Your three questions — note what you learn under each"),
        BriefSection.REFERRALS: _tr("Three names — who else should you talk to?"),
        BriefSection.OFFERS: _tr("What you can offer back — tick what you offered"),
    }
    return titles.get(section, "")


def cue_text(cue: Cue) -> str:
    name = shown(cue.phase_name)
    if cue.kind is CueKind.PHASE_CHANGED:
        return _tr("Now: {phase}.").format(phase=name)
    if cue.kind is CueKind.PHASE_TIME_UP:
        return _tr("“{phase}” has used its {minutes} minutes.").format(
            phase=name, minutes=f"{cue.phase_minutes:g}"
        )
    if cue.kind is CueKind.TWO_MINUTES_LEFT:
        return _tr("Two minutes left: thank them, offer something back, agree the follow-up.")
    return _tr("The {minutes} minutes are up: thank them and end on time.").format(
        minutes=f"{cue.meeting_minutes:g}"
    )
