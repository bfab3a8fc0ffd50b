"""Light and dark: every colour role is filled in, text meets WCAG AA, and nothing is fixed."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QMenu, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from netprep.gui.meetings.style import MEETINGS_QSS
from netprep.gui.widgets import theme
from netprep.resources import resource_path

STYLESHEETS = {
    "style.qss": resource_path("style.qss").read_text(encoding="utf-8"),
    "meetings/style.py": MEETINGS_QSS,
}


def test_both_schemes_name_the_same_roles() -> None:
    assert set(theme.LIGHT) == set(theme.DARK)


@pytest.mark.parametrize("scheme", sorted(theme.SCHEMES))
@pytest.mark.parametrize("foreground,background", theme.TEXT_ON_BACKGROUND)
def test_text_meets_wcag_aa(scheme: str, foreground: str, background: str) -> None:
    colours = theme.SCHEMES[scheme]
    ratio = theme.contrast_ratio(colours[foreground], colours[background])
    assert ratio >= 4.5, f"{scheme}: {foreground} on {background} is {ratio:.2f}:1"


def test_contrast_ratio_matches_known_values() -> None:
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("name", sorted(STYLESHEETS))
def test_stylesheets_use_roles_and_relative_sizes_only(name: str) -> None:
    sheet = STYLESHEETS[name]
    assert re.findall(r"#[0-9a-fA-F]{3,8}\b", sheet) == [], "a fixed colour"
    assert re.findall(r"font-size:\s*[0-9.]+(pt|px)", sheet) == [], "a fixed font size"
    for scheme in theme.SCHEMES:
        rendered = theme.render(sheet, scheme, 10.0)
        assert "@" not in rendered, f"an unknown role left in {name}: {rendered[:0]}"


def test_font_sizes_follow_the_users_font() -> None:
    assert "font-size: 17.0pt" in theme.render("x { font-size: @fs:1.7@; }", "light", 10.0)
    assert "font-size: 25.5pt" in theme.render("x { font-size: @fs:1.7@; }", "light", 15.0)


def test_the_dark_scheme_is_applied_and_menus_are_readable(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_sheet, old_palette = app.styleSheet(), app.palette()
    try:
        monkeypatch.setenv(theme.THEME_ENV, "dark")
        theme.apply_theme(app)
        assert theme.current_scheme() == "dark"
        assert theme.DARK["surface"] in app.styleSheet()
        palette = app.palette()
        window = palette.color(QPalette.ColorRole.Window).name()
        text = palette.color(QPalette.ColorRole.WindowText).name()
        assert theme.contrast_ratio(text, window) >= 4.5

        label = QLabel("x")
        qtbot.addWidget(label)
        theme.style_widget(label, "QLabel { color: @accent@; }")
        assert theme.DARK["accent"] in label.styleSheet()
        menu = QMenu()
        qtbot.addWidget(menu)
        menu.ensurePolished()
        menu_back = menu.palette().color(QPalette.ColorRole.Window).name()
        menu_text = menu.palette().color(QPalette.ColorRole.WindowText).name()
        assert menu_back in theme.DARK.values()
        assert theme.contrast_ratio(menu_text, menu_back) >= 4.5  # was 1.26:1 under a dark palette

        monkeypatch.setenv(theme.THEME_ENV, "light")
        theme.apply_theme(app)  # as on a system switch: own stylesheets follow
        qtbot.waitUntil(lambda: theme.LIGHT["accent"] in label.styleSheet(), timeout=1000)
    finally:
        app.setStyleSheet(old_sheet)
        app.setPalette(old_palette)


def _indicator_colours(box: QCheckBox) -> set[str]:
    """The colours drawn inside a check box's indicator square (left of its text)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    option = QStyleOptionButton()
    box.initStyleOption(option)
    square = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(square.left(), square.right() + 1)
        for y in range(square.top(), square.bottom() + 1)
    }


@pytest.mark.parametrize("scheme", sorted(theme.SCHEMES))
def test_an_unticked_check_box_shows_its_outline_and_a_ticked_one_its_tick(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, scheme: str
) -> None:
    """Fusion drew the outline from the window colour: on dark it was all but invisible (the
    weekly review's tick column, "No due date", "Sound cues")."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_sheet, old_palette = app.styleSheet(), app.palette()
    try:
        monkeypatch.setenv(theme.THEME_ENV, scheme)
        theme.apply_theme(app)
        surface = theme.SCHEMES[scheme]["surface"]
        page = QWidget()
        qtbot.addWidget(page)
        theme.style_widget(page, "QWidget { background: @surface@; }")
        layout = QVBoxLayout(page)
        unticked, ticked = QCheckBox("Sound cues", page), QCheckBox("No due date", page)
        ticked.setChecked(True)
        layout.addWidget(unticked)
        layout.addWidget(ticked)
        page.show()
        qtbot.waitExposed(page)

        outline = max(theme.contrast_ratio(c, surface) for c in _indicator_colours(unticked))
        assert outline >= 3.0, f"{scheme}: the unticked box's outline is {outline:.2f}:1"
        colours = _indicator_colours(ticked)
        assert theme.SCHEMES[scheme]["accent_fill"] in colours
        assert "#ffffff" in colours  # the tick
    finally:
        app.setStyleSheet(old_sheet)
        app.setPalette(old_palette)
