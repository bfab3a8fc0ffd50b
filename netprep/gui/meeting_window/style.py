"""The meeting window's look: big, calm numbers readable from across a café table.

Kept with the window (not in style.qss) because only this window uses it. Colours are the
theme's roles (``@text@``, ``@surface@``…, light or dark as the system is) and sizes are
relative to the user's font (``@fs:2.2@``), so :func:`~netprep.gui.widgets.theme.style_widget`
renders it. The timer band is a stage: dark in both schemes, its colours named ``@band_…@``
below and filled in by :func:`stage_sheet`. Overrun is red and says "over"; the last two
minutes are amber.
"""

from __future__ import annotations

# How each cue's banner looks (CueKind value -> the banner's "kind" style property).
CUE_LOOK = {
    "phase_changed": "",
    "phase_time_up": "over",
    "two_minutes_left": "warning",
    "meeting_time_up": "over",
}

# The timer band's backgrounds, and the colours of the text drawn on them. Every pair must
# meet WCAG AA for small text (4.5:1); a test computes the ratios from these values.
BAND_BACKGROUNDS = {
    "normal": "#0f172a",
    "warning": "#78350f",
    "cue": "#115e59",
    "button": "#1e293b",  # the mini timer's button
}
BAND_TEXT = {
    "muted": "#cbd5e1",  # phase counter, next phase, captions (small)
    "over": "#fecaca",  # time over, and its caption
    "paused": "#fbbf24",  # the big digits while the clock is paused
    "amber": "#fcd34d",  # the mini timer's digits in the last two minutes
    "main": "#f8fafc",
    "soft": "#e2e8f0",
}
# Not text on the band: the paused badge (dark on amber), the focus ring, the red End button.
STAGE_EXTRAS = {
    "band_badge_text": BAND_BACKGROUNDS["normal"],
    "band_focus": "#5eead4",
    "end": "#b91c1c",
    "end_hover": "#991b1b",
    "on_end": "#ffffff",
}


def stage_sheet(qss: str) -> str:
    """``qss`` with the stage colours (``@band_main@``, ``@end@``…) filled in; theme roles are
    left for the theme to fill."""
    # Each name one colour (tests check): a text colour named like a band ("warning") once
    # painted the last two minutes' band in the digits' light amber, under white text.
    colours = {
        **{f"band_{name}": value for name, value in BAND_BACKGROUNDS.items()},
        **{f"band_{name}": value for name, value in BAND_TEXT.items()},
        **STAGE_EXTRAS,
    }
    for name, colour in colours.items():
        qss = qss.replace(f"@{name}@", colour)
    return qss


MEETING_STYLE = """
QWidget#meetingWindow { background: @page@; }
QFrame#timerBand { background: @band_normal@; border: 1px solid @border@; border-radius: 14px; }
QFrame#timerBand[warning="true"] { background: @band_warning@; }
QFrame#timerBand[cue="true"] { background: @band_cue@; }
QFrame#timerBand QLabel { color: @band_soft@; background: transparent; }
QFrame#timerBand QLabel#phaseCounter { color: @band_muted@; font-size: @fs:0.9@;
                                       font-weight: 600; letter-spacing: 1px; }
QFrame#timerBand QLabel#phaseName { color: @band_main@; font-size: @fs:2.2@; font-weight: 700; }
QFrame#timerBand QLabel#nextPhase { color: @band_muted@; font-size: @fs:1.05@; }
QFrame#timerBand QLabel#phaseTime { color: @band_main@; font-size: @fs:5.4@; font-weight: 700; }
QFrame#timerBand QLabel#phaseTime[over="true"],
QFrame#timerBand QLabel#meetingTime[over="true"] { color: @band_over@; }
QFrame#timerBand QLabel#phaseTime[paused="true"],
QFrame#timerBand QLabel#meetingTime[paused="true"] { color: @band_paused@; }
QFrame#timerBand QLabel#meetingTime { color: @band_soft@; font-size: @fs:2.8@; font-weight: 600; }
QFrame#timerBand QLabel#timeCaption { color: @band_muted@; font-size: @fs:1.0@; }
QFrame#timerBand QLabel#timeCaption[over="true"] { color: @band_over@; font-weight: 600; }
QFrame#timerBand QLabel#timeCaption[paused="true"] { color: @band_paused@; font-weight: 600; }
QFrame#timerBand QLabel#pausedBadge { background: @band_paused@; color: @band_badge_text@;
                     border-radius: 8px; padding: 2px 10px; font-weight: 700; }
QLabel#cueBanner { background: @selection@; color: @on_selection@;
                   border: 1px solid @accent_border@; border-radius: 10px; padding: 8px 14px;
                   font-size: @fs:1.2@; font-weight: 600; }
QLabel#cueBanner[kind="warning"] { background: @warn_bg@; color: @warn@;
                                   border-color: @warn_border@; }
QLabel#cueBanner[kind="over"],
QLabel#cueBanner[kind="error"] { background: @error_bg@; color: @error@;
                                 border-color: @error_soft_border@; }
QProgressBar { background: @border@; border: none; border-radius: 4px; max-height: 8px; }
QProgressBar::chunk { background: @accent_fill@; border-radius: 4px; }
QProgressBar[current="true"]::chunk { background: @accent_line@; }
QProgressBar[over="true"]::chunk { background: @error_border@; }
QLabel#phaseStep { color: @text_faint@; font-size: @fs:0.9@; }
QLabel#phaseStep[current="true"] { color: @text@; font-weight: 700; }
QLabel#sectionHeading { font-size: @fs:1.2@; font-weight: 700; color: @text@; margin-top: 6px; }
QLabel#promptLine { font-size: @fs:1.15@; color: @text_soft@; }
QLabel#briefLine { font-size: @fs:1.15@; color: @text@; background: @surface@;
                   border: 1px solid @border@; border-radius: 8px; padding: 8px 10px; }
QLabel#briefLineLarge { font-size: @fs:1.3@; color: @text@; background: @surface@;
                        border: 1px solid @border@; border-radius: 8px; padding: 10px 12px; }
QLabel#offerText { font-size: @fs:1.05@; color: @text@; }
QLabel#questionText { font-size: @fs:1.2@; font-weight: 600; color: @text@; }
QFrame#notesColumn { background: @surface@; border: 1px solid @border@; border-radius: 12px; }
QPushButton { padding: 7px 14px; }
QPushButton:focus, QCheckBox:focus { border: 2px solid @accent@; }
QPushButton#endButton { background: @end@; color: @on_end@; border: 1px solid @end@;
                        font-weight: 600; }
QPushButton#endButton:hover { background: @end_hover@; }
QPushButton#timerButton { font-size: @fs:1.1@; padding: 8px 18px; }
QPushButton#startButton { font-size: @fs:1.1@; padding: 8px 22px; }
QPushButton#startButton[running="false"] { background: @accent_fill@; color: @on_accent@;
                                           border: 1px solid @accent_fill@; font-weight: 700; }
"""

MINI_STYLE = """
QWidget#miniTimer { background: @band_normal@; }
QLabel#miniTime { color: @band_main@; font-size: @fs:3.0@; font-weight: 700; }
QLabel#miniTime[over="true"] { color: @band_over@; }
QLabel#miniTime[warning="true"] { color: @band_amber@; }
QLabel#miniPhase { color: @band_muted@; font-size: @fs:1.1@; }
QToolButton { color: @band_soft@; background: @band_button@; border: none; border-radius: 6px;
              padding: 4px 8px; }
QToolButton:focus { border: 1px solid @band_focus@; }
"""
