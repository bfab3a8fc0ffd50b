"""The timer band is legible: small text meets WCAG AA (4.5:1) on every band colour, and a
paused clock shows in the big digits themselves, not only in a badge."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.meeting_window.mini_timer import MiniTimer
from netprep.gui.meeting_window.style import (
    BAND_BACKGROUNDS,
    BAND_TEXT,
    MEETING_STYLE,
    MINI_STYLE,
    STAGE_EXTRAS,
    stage_sheet,
)
from netprep.gui.meeting_window.window import MeetingWindow
from netprep.gui.widgets import theme

AA_SMALL_TEXT = 4.5


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#94a3b8", "#115e59") < AA_SMALL_TEXT  # the old caption on the cue band


def test_every_text_colour_on_the_band_meets_aa_on_every_band_colour() -> None:
    band_rules = [
        line
        for sheet in (MEETING_STYLE, MINI_STYLE)
        for line in sheet.splitlines()
        if ("QFrame#timerBand QLabel" in line or "#mini" in line or "QToolButton {" in line)
        and "pausedBadge" not in line  # its own background
    ]
    used = set(re.findall(r"(?<!-)color:\s*@band_([a-z_]+)@", "\n".join(band_rules)))
    assert used and used <= set(BAND_TEXT), used
    for text in used:
        for name, background in BAND_BACKGROUNDS.items():
            ratio = contrast(BAND_TEXT[text], background)
            assert ratio >= AA_SMALL_TEXT, f"{text} on the {name} band: {ratio:.2f}:1"
    badge = contrast(STAGE_EXTRAS["band_badge_text"], BAND_TEXT["paused"])
    assert badge >= AA_SMALL_TEXT  # the badge: dark on amber
    assert contrast(STAGE_EXTRAS["on_end"], STAGE_EXTRAS["end"]) >= AA_SMALL_TEXT


@pytest.mark.parametrize("sheet", [MEETING_STYLE, MINI_STYLE], ids=["window", "mini"])
def test_the_meeting_styles_use_theme_roles_and_relative_sizes(sheet: str) -> None:
    assert re.findall(r"#[0-9a-fA-F]{3,8}\b", sheet) == [], "a fixed colour"
    assert re.findall(r"font-size:\s*[0-9.]+(pt|px)", sheet) == [], "a fixed font size"
    for scheme in theme.SCHEMES:
        rendered = theme.render(stage_sheet(sheet), scheme, 10.0)
        assert "@" not in rendered, f"an unknown role left: {re.findall(r'@[a-z_]+@', rendered)}"


@pytest.mark.parametrize("scheme", sorted(theme.SCHEMES))
def test_the_meeting_window_follows_the_scheme(
    qtbot: QtBot, demo_app: App, monkeypatch: pytest.MonkeyPatch, scheme: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_sheet, old_palette = app.styleSheet(), app.palette()
    monkeypatch.setenv(theme.THEME_ENV, scheme)
    theme.apply_theme(app)
    try:
        grace = demo_app.contacts.find("Grace Adeyemi")
        meeting = demo_app.meetings.meet_now(grace.id)
        window = MeetingWindow(demo_app, demo_app.meetings.open_session(meeting.id))
        qtbot.addWidget(window)
        colours = theme.SCHEMES[scheme]
        sheet = window.styleSheet()
        assert "@" not in sheet
        assert f"QWidget#meetingWindow {{ background: {colours['page']}; }}" in sheet
        assert f"QFrame#notesColumn {{ background: {colours['surface']};" in sheet
        mini = MiniTimer(lambda: None)
        qtbot.addWidget(mini)
        assert BAND_BACKGROUNDS["normal"] in mini.styleSheet()  # the stage stays dark
    finally:
        app.setStyleSheet(old_sheet)
        app.setPalette(old_palette)


def test_a_paused_clock_shows_in_the_big_digits(qtbot: QtBot, demo_app: App) -> None:
    grace = next(c for c in demo_app.contacts.all() if c.name == "Grace Adeyemi")
    meeting = demo_app.meetings.meet_now(grace.id)
    window = MeetingWindow(demo_app, demo_app.meetings.open_session(meeting.id))
    qtbot.addWidget(window)
    window.show()
    window.toggle_pause()  # running
    digits = window.band.phase_time
    assert digits.property("paused") is False
    window.toggle_pause()  # paused
    assert digits.property("paused") is True
    assert window.band.phase_caption.text().startswith("paused")
    amber = QColor(BAND_TEXT["paused"])
    image = digits.grab().toImage()
    tinted = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if _near(image.pixelColor(x, y), amber)
    )
    assert tinted > 20  # the digits are drawn in the paused colour


def _near(colour: QColor, target: QColor) -> bool:
    return (
        abs(colour.red() - target.red()) < 24
        and abs(colour.green() - target.green()) < 24
        and abs(colour.blue() - target.blue()) < 24
    )


@pytest.fixture(autouse=True)
def _no_beep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: None))


@pytest.mark.parametrize("sheet", [MEETING_STYLE, MINI_STYLE], ids=["window", "mini"])
def test_the_generated_sheet_keeps_every_band_legible(sheet: str) -> None:
    """Checked on the stylesheet the window gets, not only on the colour tables: a text
    colour and a band once shared the name "warning", and the last two minutes' band came
    out light amber under near-white text (1.1:1)."""
    names = [f"band_{n}" for n in (*BAND_BACKGROUNDS, *BAND_TEXT)] + list(STAGE_EXTRAS)
    assert len(names) == len(set(names)), "a colour name used twice"
    rules = re.findall(r"([^{}]+)\{([^}]*)\}", stage_sheet(sheet))
    backgrounds, texts = set(), set()
    for selector, body in rules:
        band = "QLabel" not in selector and ("#timerBand" in selector or "#miniTimer" in selector)
        on_band = "timerBand QLabel" in selector or "QLabel#mini" in selector
        if band:
            backgrounds.update(re.findall(r"background:\s*(#[0-9a-f]{6})", body))
        elif on_band and "pausedBadge" not in selector:  # the badge has its own background
            texts.update(re.findall(r"(?<![-\w])color:\s*(#[0-9a-f]{6})", body))
    assert backgrounds and texts
    for background in backgrounds:
        for text in texts:
            assert contrast(text, background) >= AA_SMALL_TEXT, f"{text} on {background}"
