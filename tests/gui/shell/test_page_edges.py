"""Every page's title starts at the same place: switching pages does not shift the heading
sideways (Today and Review sat 8 px further in than Meetings, Referrals, Follow-ups and
Profile)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.shell.actions import SECTIONS
from tests.gui.helpers import make_window


def test_every_page_title_starts_at_the_same_place(
    qtbot: QtBot, demo_app: App, tmp_path: Path
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    window.resize(1024, 700)
    window.show()
    edges: dict[str, tuple[int, int]] = {}
    for name in SECTIONS:
        window.show_section(name)
        page = window.page(name)
        titles = [t for t in page.findChildren(QLabel, "pageTitle") if t.isVisibleTo(page)]
        if titles:  # the contacts page opens on its list, with no title above it
            corner = titles[0].mapTo(window, QPoint(0, 0))
            edges[name] = (corner.x(), corner.y())
    assert len(edges) >= 5, edges
    assert len(set(edges.values())) == 1, edges
