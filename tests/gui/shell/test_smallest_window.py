"""The window's declared minimum is one every page fits: at 760x520 (the old minimum) the
contact's form scrolled sideways, the Follow-ups and Review buttons read "pcoming (",
": the 15-minute re", and German lost letters on five pages. Below 1000 px the side panel
keeps only its icons and button rows wrap."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from netprep.composition import App, seed_demo
from netprep.gui.shell.actions import SECTIONS
from netprep.gui.shell.main_window import MainWindow
from netprep.gui.shell.side_panel import COMPACT_BELOW, COMPACT_WIDTH, PANEL_WIDTH
from netprep.gui.shell.startup_shell import StartupShell
from netprep.gui.shell.window_state import SMALLEST_SIZE, WindowState
from tests.gui.helpers import each_page, make_window
from tests.gui.shell.test_nothing_squeezed import squeezed
from tests.gui.theming import app_theme, in_language


def scrolls_sideways(root: QWidget) -> list[str]:
    return [
        area.objectName() or type(area.widget()).__name__
        for area in root.findChildren(QScrollArea)
        if area.isVisible() and area.horizontalScrollBar().isVisible()
    ]


@pytest.mark.parametrize("language", ["en_GB", "de_DE"])
def test_every_page_fits_the_smallest_window(
    qtbot: QtBot, app: App, tmp_path: Path, language: str
) -> None:
    seed_demo(app)
    with in_language(language), app_theme():
        window = make_window(qtbot, app, tmp_path)
        window.resize(SMALLEST_SIZE)
        window.show()
        assert window.size() == SMALLEST_SIZE
        found: list[str] = []
        walked = []
        for name, page in each_page(window, app):
            walked.append(name)
            found += [f"{name}: {line}" for line in squeezed(page)]
        assert walked == [*SECTIONS, "prepare"]

        window.show_section("contacts")
        page = window.contacts_page
        for tab in range(3):
            window.open_contact(app.contacts.find("Grace Adeyemi").id)
            page.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            found += [f"contact tab {tab}: {line}" for line in squeezed(page)]
            found += [f"contact tab {tab} scrolls sideways" for _ in scrolls_sideways(page)]
        assert found == [], "\n".join(found)


def section_texts(window: MainWindow) -> list[tuple[str, str, str]]:
    role = Qt.ItemDataRole
    items = [window.sidebar.item(row) for row in range(window.sidebar.count())]
    return [(i.text(), i.toolTip(), i.data(role.AccessibleTextRole)) for i in items]


def test_the_side_panel_keeps_its_icons_only_in_a_narrow_window(
    qtbot: QtBot, app: App, tmp_path: Path
) -> None:
    window = make_window(qtbot, app, tmp_path)
    window.resize(1024, 700)
    window.show()
    full = section_texts(window)
    assert window.side_panel.width() == PANEL_WIDTH
    assert [text for text, tip, spoken in full] == [spoken for text, tip, spoken in full]
    assert all(text and not tip for text, tip, _ in full)

    window.resize(COMPACT_BELOW - 1, 700)
    QApplication.processEvents()
    assert window.side_panel.width() == COMPACT_WIDTH
    assert not window.side_panel.brand.isVisible()
    compact = section_texts(window)
    # The names move to the tooltips; a screen reader still hears them.
    assert compact == [("", text, text) for text, _tip, _spoken in full]

    window.resize(COMPACT_BELOW, 700)
    QApplication.processEvents()
    assert section_texts(window) == full
    assert window.side_panel.width() == PANEL_WIDTH and window.side_panel.brand.isVisible()


def test_the_start_up_frame_matches_the_window_s_panel(qtbot: QtBot, tmp_path: Path) -> None:
    shell = StartupShell(WindowState(tmp_path / "window.ini"))
    qtbot.addWidget(shell)
    assert shell.minimumSize() == SMALLEST_SIZE
    shell.resize(SMALLEST_SIZE)
    shell.show()
    QApplication.processEvents()
    assert shell.side_panel.width() == COMPACT_WIDTH  # as the window it turns into will be
    shell.resize(1200, 780)
    QApplication.processEvents()
    assert shell.side_panel.width() == PANEL_WIDTH
