"""The Meetings page builds its prep screen (the heaviest part of it) only when first asked:
the demo's window, which opens on a meeting's brief, no longer waits for it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.gui.prep.screen import PrepScreen
from tests.gui.helpers import make_window


def test_the_prep_screen_is_built_when_first_opened(qtbot: QtBot, app: App, tmp_path: Path) -> None:
    window = make_window(qtbot, app, tmp_path)
    window.show_section("meetings")
    page = window.meetings_page
    assert page.findChildren(PrepScreen) == [] and not page.is_preparing()
    assert page.confirm_discard() and not page.save()  # nothing to ask about: no prep yet
    assert page.findChildren(PrepScreen) == []
    page.prepare()
    assert page.is_preparing() and page.prep.isVisible()
    assert page.findChildren(PrepScreen) == [page.prep]
    with qtbot.waitSignal(page.contact_created, timeout=1_000) as created:
        page.prep.picker.contact_created.emit("c1")  # a contact made from the picker
    assert created.args == ["c1"]
