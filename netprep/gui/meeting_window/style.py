"""The meeting window's look: big, calm numbers readable from across a café table.

Kept with the window (not in style.qss) because only this window uses it; it builds on the
app stylesheet's colours. Overrun is red and says "over"; the last two minutes are amber.
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
BAND_BACKGROUNDS = {"normal": "#0f172a", "warning": "#78350f", "cue": "#115e59"}
BAND_TEXT = {
    "muted": "#cbd5e1",  # phase counter, next phase, captions (small)
    "over": "#fecaca",  # time over, and its caption
    "paused": "#fbbf24",  # the big digits while the clock is paused
    "main": "#f8fafc",
}

MEETING_STYLE = """
QWidget#meetingWindow { background: #f8fafc; }
QFrame#timerBand { background: @normal@; border-radius: 14px; }
QFrame#timerBand[warning="true"] { background: @warning@; }
QFrame#timerBand[cue="true"] { background: @cue@; }
QFrame#timerBand QLabel { color: #e2e8f0; background: transparent; }
QFrame#timerBand QLabel#phaseCounter { color: @muted@; font-size: 9pt; font-weight: 600;
                                       letter-spacing: 1px; }
QFrame#timerBand QLabel#phaseName { color: @main@; font-size: 22pt; font-weight: 700; }
QFrame#timerBand QLabel#nextPhase { color: @muted@; font-size: 10.5pt; }
QFrame#timerBand QLabel#phaseTime { color: @main@; font-size: 54pt; font-weight: 700; }
QFrame#timerBand QLabel#phaseTime[over="true"],
QFrame#timerBand QLabel#meetingTime[over="true"] { color: @over@; }
QFrame#timerBand QLabel#phaseTime[paused="true"],
QFrame#timerBand QLabel#meetingTime[paused="true"] { color: @paused@; }
QFrame#timerBand QLabel#meetingTime { color: #e2e8f0; font-size: 28pt; font-weight: 600; }
QFrame#timerBand QLabel#timeCaption { color: @muted@; font-size: 10pt; }
QFrame#timerBand QLabel#timeCaption[over="true"] { color: @over@; font-weight: 600; }
QFrame#timerBand QLabel#timeCaption[paused="true"] { color: @paused@; font-weight: 600; }
QFrame#timerBand QLabel#pausedBadge { background: #fbbf24; color: #0f172a; border-radius: 8px;
                     padding: 2px 10px; font-weight: 700; }
QLabel#cueBanner { background: #ccfbf1; color: #134e4a; border: 1px solid #5eead4;
                   border-radius: 10px; padding: 8px 14px; font-size: 12pt; font-weight: 600; }
QLabel#cueBanner[kind="warning"] { background: #fef3c7; color: #78350f; border-color: #fbbf24; }
QLabel#cueBanner[kind="over"] { background: #fee2e2; color: #7f1d1d; border-color: #fca5a5; }
QLabel#cueBanner[kind="error"] { background: #fee2e2; color: #7f1d1d; border-color: #fca5a5; }
QProgressBar { background: #e2e8f0; border: none; border-radius: 4px; max-height: 8px; }
QProgressBar::chunk { background: #0f766e; border-radius: 4px; }
QProgressBar[current="true"]::chunk { background: #14b8a6; }
QProgressBar[over="true"]::chunk { background: #dc2626; }
QLabel#phaseStep { color: #64748b; font-size: 9pt; }
QLabel#phaseStep[current="true"] { color: #0f172a; font-weight: 700; }
QLabel#sectionHeading { font-size: 12pt; font-weight: 700; color: #0f172a; margin-top: 6px; }
QLabel#promptLine { font-size: 11.5pt; color: #1e293b; }
QLabel#briefLine { font-size: 11.5pt; color: #0f172a; background: #ffffff;
                   border: 1px solid #e2e8f0; border-radius: 8px; padding: 8px 10px; }
QLabel#briefLineLarge { font-size: 13pt; color: #0f172a; background: #ffffff;
                        border: 1px solid #e2e8f0; border-radius: 8px; padding: 10px 12px; }
QLabel#offerText { font-size: 10.5pt; color: #0f172a; }
QLabel#questionText { font-size: 12pt; font-weight: 600; color: #0f172a; }
QFrame#notesColumn { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 12px; }
QPushButton { padding: 7px 14px; }
QPushButton:focus, QCheckBox:focus { border: 2px solid #0f766e; }
QPushButton#endButton { background: #b91c1c; color: #ffffff; border: 1px solid #b91c1c;
                        font-weight: 600; }
QPushButton#endButton:hover { background: #991b1b; }
QPushButton#timerButton { font-size: 11pt; padding: 8px 18px; }
QPushButton#startButton { font-size: 11pt; padding: 8px 22px; }
QPushButton#startButton[running="false"] { background: #0f766e; color: #ffffff;
                                           border: 1px solid #0f766e; font-weight: 700; }
"""
for _name, _colour in {**BAND_BACKGROUNDS, **BAND_TEXT}.items():
    MEETING_STYLE = MEETING_STYLE.replace(f"@{_name}@", _colour)
