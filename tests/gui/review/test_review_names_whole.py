"""The review's list shows each person's name whole beside its tick box ("Kwame Boate…"
while the column was sized without the room the stylesheet's tick box takes)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QHeaderView, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from netprep.composition import App, seed_demo
from netprep.gui.review.page import ReviewPage
from tests.gui.helpers import make_window
from tests.gui.theming import app_theme


def first_column(tree: QTreeWidget, item: QTreeWidgetItem, width: int) -> QImage:
    row = tree.visualItemRect(item)
    x = tree.header().sectionViewportPosition(0)
    return tree.viewport().grab(QRect(x, row.top(), width, row.height())).toImage()


def test_every_name_in_the_review_list_is_shown_whole(
    qtbot: QtBot, app: App, tmp_path: Path
) -> None:
    seed_demo(app)
    with app_theme():
        window = make_window(qtbot, app, tmp_path)
        window.resize(1600, 1000)
        window.show()
        window.show_section("review")
        page = window.page("review")
        assert isinstance(page, ReviewPage)
        tree = page.findChild(QTreeWidget, "reviewList")
        assert isinstance(tree, QTreeWidget) and tree.topLevelItemCount() >= 3
        QApplication.processEvents()
        header = tree.header()
        sized = header.sectionSize(0)
        found = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        items = [item for item in found if item is not None]
        before = [first_column(tree, item, sized) for item in items]
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, sized + 200)  # with room to spare, a cut name shows whole
        QApplication.processEvents()
        after = [first_column(tree, item, sized) for item in items]
        cut = [item.text(0) for item, a, b in zip(items, before, after, strict=True) if a != b]
        assert cut == []
