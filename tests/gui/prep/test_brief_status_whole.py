"""What the brief is doing ("Follows the form until you edit it", "Yours: edits are kept", why
it could not be built) reads whole on the Prepare-a-meeting screen at 1024x700 and at the
window's smallest size, in English and German: beside the bar's buttons it read "Brief ·
follows the form u…" at 1024 px (and eight letters in German)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.shell.main_window import MainWindow
from tests.gui.helpers import DialogAnswers, make_window
from tests.gui.theming import app_theme, in_language

LONGER = (  # as long as German makes it, and a reason as long as a failed build gives
    "Ihres: Änderungen bleiben erhalten, bis Sie das Briefing neu erstellen lassen",
    "Das Briefing konnte nicht erstellt werden: Der Datenträger ist voll. Geben Sie Platz "
    "frei und versuchen Sie es erneut.",
)


def assert_whole(status: QLabel, window: MainWindow) -> None:
    text = status.text()
    assert text and status.isVisible()
    room = status.contentsRect()
    if status.wordWrap():
        assert status.heightForWidth(status.width()) <= status.height(), text
    else:
        assert status.fontMetrics().horizontalAdvance(text) <= room.width(), text
    right = status.mapTo(window, QPoint(status.width(), status.height()))
    assert right.x() <= window.width() and right.y() <= window.height()


@pytest.mark.parametrize("language", ["en_GB", "de_DE"])
@pytest.mark.parametrize("size", [(1024, 700), (860, 520)], ids=["1024x700", "860x520"])
def test_the_brief_s_status_reads_whole(
    qtbot: QtBot,
    demo_app: App,
    tmp_path: Path,
    dialogs: DialogAnswers,
    language: str,
    size: tuple[int, int],
) -> None:
    with in_language(language), app_theme():
        window = make_window(qtbot, demo_app, tmp_path)
        window.resize(*size)
        window.show_section("meetings")
        page = window.meetings_page
        page.prepare(demo_app.contacts.find("Grace Adeyemi").id)
        prep = page.prep
        prep.flush_pending_rebuild()
        QApplication.processEvents()
        assert window.size().toTuple() == size and prep.panel.has_brief
        status = prep.brief_status
        assert status.text() == prep.tr("Follows the form until you edit it")
        assert_whole(status, window)
        for text in (prep.tr("Yours: edits are kept"), *LONGER):
            status.setText(text)
            QApplication.processEvents()
            assert_whole(status, window)
        status.setText("")
        assert not status.isVisible()  # nothing to say: no empty line above the brief
