"""Today's count cards: "follow-ups due (1 overdue)" is never cut; it wraps at 1024 px and
stays on one line when the window is wide (the cards share the row)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netprep.composition import App, seed_demo
from tests.gui.helpers import make_window


def test_the_follow_ups_caption_fits_at_both_sizes(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    seed_demo(app)
    window = make_window(qtbot, app, tmp_path)
    window.show_section("today")
    caption = window.today_page.followups_caption
    assert "overdue" in caption.text()
    line = caption.fontMetrics().lineSpacing()
    for size, lines in (((1024, 700), 2), ((1600, 1000), 1)):
        window.resize(*size)
        qtbot.waitUntil(lambda: caption.width() > 0)
        QApplication.processEvents()  # the layout settles
        if caption.wordWrap():
            needed = caption.heightForWidth(caption.width())
        else:
            whole = caption.fontMetrics().horizontalAdvance(caption.text())
            needed = line if whole <= caption.contentsRect().width() else caption.height() + 1
        assert needed <= caption.height(), f"cut at {size}"  # the whole text is shown
        assert needed <= lines * line + 2, f"{needed}px for {lines} line(s) at {size}"
