"""The Today page's section headings start where its cards and lists start (Qt indented a
heading with a top margin by half an 'x': 4 px right of the cards)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QLabel, QWidget
from pytestqt.qtbot import QtBot

from netprep.composition import App, seed_demo
from tests.gui.helpers import make_window
from tests.gui.theming import app_theme


def ink_left(label: QLabel) -> int:
    """The first column of a label's picture where its text is drawn."""
    image = label.grab().toImage()
    background = QColor(image.pixel(image.width() - 1, image.height() - 1))
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = QColor(image.pixel(x, y))
            if abs(pixel.lightness() - background.lightness()) > 60:
                return x
    raise AssertionError(f"no text drawn in {label.text()!r}")


def test_the_section_headings_line_up_with_the_cards(
    qtbot: QtBot, demo_app: App, tmp_path: Path
) -> None:
    with app_theme():
        window = make_window(qtbot, demo_app, tmp_path)
        window.resize(1024, 700)
        window.show()
        page = window.today_page
        qtbot.waitUntil(lambda: page.cards.isVisible() and page.due_list.isVisible())

        def left(widget: QWidget) -> int:
            return widget.mapTo(page, QPoint(0, 0)).x()

        headings = [
            label
            for label in page.findChildren(QLabel)
            if label.objectName() == "sectionTitle" and label.isVisible()
        ]
        assert headings
        edge = left(page.due_list)
        first_card = page.cards.findChild(QFrame, "card")
        assert isinstance(first_card, QFrame) and left(first_card) == edge
        for heading in headings:  # a glyph's own side bearing is a pixel or two
            assert 0 <= left(heading) + ink_left(heading) - edge <= 2, heading.text()


def test_coming_up_is_as_tall_as_its_meetings(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    """Two meetings: two rows, not two rows above a block of empty ones (it was 150 px)."""
    seed_demo(app)  # two meetings coming up
    with app_theme():
        window = make_window(qtbot, app, tmp_path)
        window.resize(1600, 1000)
        window.show()
        shown = window.today_page.upcoming_list
        qtbot.waitUntil(shown.isVisible)
        assert shown.count() == 2
        rows = shown.visualItemRect(shown.item(0)).united(shown.visualItemRect(shown.item(1)))
        assert 0 <= shown.viewport().height() - rows.height() <= 2
