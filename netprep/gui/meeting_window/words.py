"""The meeting window's words that follow the moment: the start/pause button, the heading of
the brief's part for the phase, and the cues (worded here from the cue's facts, translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netprep.domain.agenda import BriefSection
from netprep.domain.meeting_clock import ClockStatus, Cue, CueKind
from netprep.gui.words.default_agenda import shown

translate = QCoreApplication.translate  # called with literal words: lupdate extracts them


def pause_label(status: ClockStatus) -> str:
    if status is ClockStatus.NOT_STARTED:
        return translate("MeetingWindow", "Start (Space)")
    if status is ClockStatus.RUNNING:
        return translate("MeetingWindow", "Pause (Space)")
    if status is ClockStatus.PAUSED:
        return translate("MeetingWindow", "Resume (Space)")
    return translate("MeetingWindow", "Finished")


def section_title(section: BriefSection) -> str:
    """The heading over the brief's part a phase shows ("" for none)."""
    titles = {
        BriefSection.HOOKS: translate("MeetingWindow", "Common ground to open with"),
        BriefSection.SUMMARY: translate(
            "MeetingWindow", "Your overview — three sentences, about a minute"
        ),
        BriefSection.QUESTIONS: translate(
            "MeetingWindow", "Your three questions — note what you learn under each"
        ),
        BriefSection.REFERRALS: translate(
            "MeetingWindow", "Three names — who else should you talk to?"
        ),
        BriefSection.OFFERS: translate(
            "MeetingWindow", "What you can offer back — tick what you offered"
        ),
    }
    return titles.get(section, "")


def cue_text(cue: Cue) -> str:
    name = shown(cue.phase_name)
    if cue.kind is CueKind.PHASE_CHANGED:
        return translate("MeetingWindow", "Now: {phase}.").format(phase=name)
    if cue.kind is CueKind.PHASE_TIME_UP:
        return translate("MeetingWindow", "“{phase}” has used its {minutes} minutes.").format(
            phase=name, minutes=f"{cue.phase_minutes:g}"
        )
    if cue.kind is CueKind.TWO_MINUTES_LEFT:
        return translate(
            "MeetingWindow",
            "Two minutes left: thank them, offer something back, agree the follow-up.",
        )
    return translate(
        "MeetingWindow", "The {minutes} minutes are up: thank them and end on time."
    ).format(minutes=f"{cue.meeting_minutes:g}")
