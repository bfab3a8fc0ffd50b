"""The read-only and changed-on-disk banners take the theme's warning colours: readable
(WCAG AA) in light and in dark, not a fixed light yellow glaring in a dark window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.widgets import theme
from tests.gui.shell.test_data_care import make_window


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_read_only_banner_follows_the_scheme(
    qtbot: QtBot, app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheme: str
) -> None:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    old_sheet, old_palette = qt_app.styleSheet(), qt_app.palette()
    try:
        monkeypatch.setenv(theme.THEME_ENV, scheme)
        theme.apply_theme(qt_app)
        _, care, _ = make_window(qtbot, app, tmp_path)
        care._show_banner("The disk is full.")
        assert care.banner is not None
        sheet = care.banner.styleSheet()
        colours = theme.SCHEMES[scheme]
        assert colours["warn_bg"] in sheet and colours["warn"] in sheet
        assert theme.contrast_ratio(colours["warn"], colours["warn_bg"]) >= 4.5
    finally:
        qt_app.setStyleSheet(old_sheet)
        qt_app.setPalette(old_palette)
