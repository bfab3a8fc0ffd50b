"""Opening "Prepare a meeting" quickly: the network is read ahead on a worker, and the
contact list (30,000 names sorted, in a large network) is refreshed after the brief."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact
from netprep.gui.prep.screen import PrepScreen
from netprep.gui.shell.main_window import MainWindow
from tests.gui.helpers import DialogAnswers, make_window


@pytest.fixture
def window(qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers) -> MainWindow:
    return make_window(qtbot, demo_app, tmp_path)


def _prep(window: MainWindow) -> PrepScreen:
    window.show_section("meetings")
    return window.meetings_page.prep


def test_the_window_reads_the_network_ahead_once_it_is_up_without_building_the_prep_screen(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    assert not window.read_ahead.started  # not on the way to the window: once it is idle
    assert window.read_ahead.timer.isActive()
    window.read_ahead.timer.setInterval(0)
    window.read_ahead.timer.start()
    qtbot.waitUntil(lambda: window.read_ahead.started, timeout=5_000)
    window.read_ahead.wait()
    assert len(demo_app.briefs.network_index) == len(demo_app.contacts.all())
    assert "meetings" not in window.pages  # the prep screen was never built
    # Built now, the prep screen starts no second read.
    prep = _prep(window)
    assert not prep._builder.busy
    assert demo_app.briefs.start_warm_up() is None


def test_the_network_is_read_ahead_when_the_prep_screen_is_made_first(
    qtbot: QtBot, window: MainWindow, demo_app: App
) -> None:
    window.read_ahead.timer.stop()  # the user opened "Prepare a meeting" at once
    assert len(demo_app.briefs.network_index) == 0
    _prep(window)
    everyone = len(demo_app.contacts.all())
    qtbot.waitUntil(lambda: len(demo_app.briefs.network_index) == everyone, timeout=10_000)


def test_a_contact_added_meanwhile_is_offered_after_the_brief_is_shown(
    qtbot: QtBot, window: MainWindow, demo_app: App
) -> None:
    prep = _prep(window)
    daniel = next(c for c in demo_app.contacts.all() if c.name == "Daniel Mensah")
    with qtbot.waitSignal(prep.brief_built, timeout=10_000):
        prep.new(daniel.id)
    newcomer = demo_app.contacts.save(Contact(name="Zara Quinn"))
    grace = next(c for c in demo_app.contacts.all() if c.name == "Grace Adeyemi")
    with qtbot.waitSignal(prep.brief_built, timeout=10_000):
        prep.new(grace.id)  # the picker's list already has Grace: no sorting before the brief
    assert prep.picker.contact_id == grace.id
    qtbot.waitUntil(lambda: not prep._picker_contacts.stale, timeout=5_000)
    prep.picker.edit.clear()
    qtbot.keyClicks(prep.picker.edit, "zara")
    assert prep.picker.popup.model().index(0, 0).data() == "Zara Quinn"
    # Someone the list does not hold yet is loaded at once, not after.
    later = demo_app.contacts.save(Contact(name="Yusuf Demir"))
    with qtbot.waitSignal(prep.brief_built, timeout=10_000):
        prep.new(later.id)
    assert prep.picker.contact_id == later.id
    assert newcomer.id != later.id


def test_the_first_opening_for_someone_lists_only_them_until_the_brief_is_shown(
    qtbot: QtBot, window: MainWindow, demo_app: App
) -> None:
    daniel = next(c for c in demo_app.contacts.all() if c.name == "Daniel Mensah")
    window.prepare_meeting(daniel.id)  # no sorting of 30,000 names before the brief
    prep = window.meetings_page.prep
    assert prep.picker._index.contacts() == [daniel]
    assert prep.picker.contact_id == daniel.id
    qtbot.waitUntil(lambda: len(prep.picker._index) == len(demo_app.contacts.all()), timeout=10_000)
    assert prep.picker.contact_id == daniel.id


def test_a_brief_that_cannot_be_built_still_gives_the_picker_everyone(
    qtbot: QtBot, window: MainWindow, demo_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(request: object) -> object:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(demo_app.briefs, "build_from", broken)
    daniel = next(c for c in demo_app.contacts.all() if c.name == "Daniel Mensah")
    window.prepare_meeting(daniel.id)
    prep = window.meetings_page.prep
    qtbot.waitUntil(lambda: "disk on fire" in prep.brief_status.text(), timeout=10_000)
    qtbot.waitUntil(lambda: len(prep.picker._index) == len(demo_app.contacts.all()), timeout=5_000)
