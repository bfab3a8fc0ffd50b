"""A past meeting as one Markdown page: outcome, what was learned, names, notes, timer, brief.

Every piece of user text goes through ``escape_markdown`` so a note can never become a
link, an image or raw HTML; the GUI then shows the page through the sanitising SafeBrowser.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from netprep.domain.brief.model import Brief
from netprep.domain.clock import moment_text
from netprep.domain.meeting import Meeting, MeetingStatus
from netprep.domain.meeting_clock_state import PhaseTiming
from netprep.domain.outcome import Goal
from netprep.domain.referrals import Referral
from netprep.render.markdown_text import escape_markdown, escape_markdown_cell


def _when(value: datetime | None) -> str:
    return moment_text(value) if value else "no date"


def _minutes(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def _lines(text: str) -> str:
    """Multi-line user text, each line escaped, line breaks kept."""
    lines = [escape_markdown(line) for line in text.strip().splitlines()]
    return "  \n".join(line for line in lines if line)


def timer_table(log: Sequence[PhaseTiming]) -> list[str]:
    if not log:
        return ["The timer was not used for this meeting."]
    rows = ["| Phase | Planned | Actual | Difference |", "|---|---|---|---|"]
    for timing in log:
        planned = timing.planned_minutes + timing.extra_minutes
        over = timing.over_minutes * 60
        sign = "+" if over >= 0 else "−"
        rows.append(
            f"| {escape_markdown_cell(timing.phase)} | {planned:g} min | "
            f"{_minutes(timing.actual_seconds)} | {sign}{_minutes(abs(over))} |"
        )
    planned_total = sum(t.planned_minutes + t.extra_minutes for t in log)
    actual_total = sum(t.actual_seconds for t in log)
    rows.append(f"| **Total** | {planned_total:g} min | {_minutes(actual_total)} | |")
    return rows


def brief_section(brief: Brief | None) -> list[str]:
    if brief is None:
        return ["No brief was prepared for this meeting."]
    out: list[str] = []
    if brief.summary:
        out += ["**Your overview**", ""]
        out += [f"{i}. {escape_markdown(s)}" for i, s in enumerate(brief.summary, start=1)]
        out.append("")
    if brief.questions:
        out += ["**Questions**", ""]
        out += [f"{i}. {escape_markdown(q.text)}" for i, q in enumerate(brief.questions, start=1)]
        out.append("")
    for title, items in (("Common ground", brief.hooks), ("To offer", brief.offers)):
        if items:
            out += [f"**{title}**", ""] + [f"- {escape_markdown(i.text)}" for i in items] + [""]
    return out or ["The brief was empty."]


def meeting_record_markdown(
    meeting: Meeting, contact_name: str, referrals: Sequence[Referral] = ()
) -> str:
    """The whole record of one meeting, newest facts first."""
    capture = meeting.capture
    out = [f"# Meeting with {escape_markdown(contact_name)}", ""]
    facts = [f"**When:** {_when(meeting.when)}"]
    if meeting.where.strip():
        facts.append(f"**Where:** {escape_markdown(meeting.where)}")
    facts.append(f"**Status:** {meeting.status.value.replace('_', ' ')}")
    out += [" · ".join(facts), ""]
    if meeting.purpose.strip():
        out += [f"**Purpose:** {escape_markdown(meeting.purpose)}", ""]

    out += ["## Outcome", ""]
    learned = capture.recorded_insights()
    if meeting.status is MeetingStatus.CANCELLED:  # not a meeting that missed its goals
        out += ["Cancelled: this meeting did not take place.", ""]
        if not (learned or referrals or capture.named_referrals() or capture.notes.strip()):
            out += ["## The brief as prepared", "", *brief_section(meeting.brief)]
            return "\n".join(out).rstrip() + "\n"
    else:
        marks = [f"{'✓' if meeting.goals.met(g) else '✗'} {g.label}" for g in Goal]
        out += [f"Goals met: {meeting.goals.count} of 3 — " + " · ".join(marks), ""]
    if capture.they_offered_help:
        out += ["They offered to help.", ""]

    out += ["## What you learned", ""]
    for note in learned:
        question = f"*{escape_markdown(note.question)}*  \n" if note.question.strip() else ""
        out += [f"{note.question_index + 1}. {question}{escape_markdown(note.text)}"]
    out += [""] if learned else ["Nothing was noted.", ""]

    out += ["## Names they suggested", ""]
    if referrals:
        for referral in referrals:
            parts = [f"**{escape_markdown(referral.name)}** — {referral.status.label}"]
            if referral.why:
                parts.append(f"why: {escape_markdown(referral.why)}")
            if referral.how_to_reach:
                parts.append(f"reach: {escape_markdown(referral.how_to_reach)}")
            out.append("- " + "; ".join(parts))
    else:
        named = capture.named_referrals()
        out += [f"- {escape_markdown(r.name)}" for r in named] or ["No names were noted."]
    out.append("")
    if capture.offers:
        out += ["## What you offered", ""]
        out += [f"- {escape_markdown(o)}" for o in capture.offers] + [""]
    out += ["## Notes", "", _lines(capture.notes) or "No notes.", ""]
    out += ["## Timer: planned and actual", "", *timer_table(meeting.timer_log), ""]
    out += ["## The brief as prepared", "", *brief_section(meeting.brief)]
    return "\n".join(out).rstrip() + "\n"
