"""The Follow-ups list fits its width at 1024x700 and at the window's smallest size, in English
and German: no sideways scroll bar (its What column was two letters behind one), What takes
the rest and elides, and the tooltip has the whole text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netprep.composition import App, seed_demo
from netprep.domain.followups import FollowUpKind
from netprep.services.followups import FollowUpFilter
from tests.gui.helpers import make_window
from tests.gui.theming import app_theme, in_language

CONTACT, WHAT = 3, 4  # the list's columns: Due, State, Kind, Contact, What
LONG = (
    "Send Grace the write-up of the ward handover pilot, with the three charts she asked "
    "about and the name of the nurse who ran it"
)


@pytest.mark.parametrize("language", ["en_GB", "de_DE"])
@pytest.mark.parametrize("size", [(1024, 700), (860, 520)], ids=["1024x700", "860x520"])
def test_the_list_fits_and_what_takes_the_rest(
    qtbot: QtBot, app: App, tmp_path: Path, language: str, size: tuple[int, int]
) -> None:
    seed_demo(app)
    grace = app.contacts.find("Grace Adeyemi")
    app.followups.add(grace.id, FollowUpKind.OTHER, LONG)
    with in_language(language), app_theme():
        window = make_window(qtbot, app, tmp_path)
        window.resize(*size)
        window.show_section("followups")
        page = window.followups_page
        page.show_filter(FollowUpFilter.ALL)
        QApplication.processEvents()
        assert window.size().toTuple() == size
        tree = page.list
        assert tree.topLevelItemCount() == 5
        viewport = tree.viewport().width()
        assert not tree.horizontalScrollBar().isVisible()
        assert tree.horizontalScrollBar().maximum() == 0
        header = tree.header()
        assert header.length() <= viewport
        assert tree.columnWidth(WHAT) >= 110  # a real share, not two letters
        assert not tree.isColumnHidden(CONTACT) and tree.columnWidth(CONTACT) >= 64
        shown = [c for c in range(tree.columnCount()) if not tree.isColumnHidden(c)]
        assert header.sectionViewportPosition(shown[-1]) + header.sectionSize(shown[-1]) <= (
            viewport
        )
        texts = []
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            assert item is not None
            assert item.toolTip(WHAT) == item.text(WHAT)
            assert item.toolTip(CONTACT) == item.text(CONTACT)
            texts.append(item.text(WHAT))
        assert LONG in texts  # whole in the item and its tooltip; the view elides it
        wide = tree.fontMetrics().horizontalAdvance(LONG)
        assert wide > tree.columnWidth(WHAT)


def test_a_wide_list_shows_every_column_whole(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    seed_demo(app)
    window = make_window(qtbot, app, tmp_path)
    window.resize(1600, 1000)
    window.show_section("followups")
    page = window.followups_page
    page.show_filter(FollowUpFilter.ALL)
    QApplication.processEvents()
    tree = page.list
    assert not any(tree.isColumnHidden(c) for c in range(tree.columnCount()))
    for column in range(WHAT):
        assert tree.columnWidth(column) >= tree.sizeHintForColumn(column)
    assert not tree.horizontalScrollBar().isVisible()
