"""Opening "Prepare a meeting" quickly: the network is read ahead on a worker, and the
contact list (30,000 names sorted, in a large network) is refreshed after the brief, sorted
on a worker and only when the contacts changed. ``sort_on_worker_from = 0`` makes the demo
behave as a large network."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.records import Contact
from netprep.gui.prep import picker_contacts
from netprep.gui.prep.background_builder import GUI_SWITCH_INTERVAL
from netprep.gui.prep.screen import PrepScreen
from netprep.gui.shell.main_window import MainWindow
from tests.gui.helpers import DialogAnswers, make_window


@pytest.fixture
def window(qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers) -> MainWindow:
    return make_window(qtbot, demo_app, tmp_path)


def _prep(window: MainWindow, large: bool = False) -> PrepScreen:
    window.show_section("meetings")
    prep = window.meetings_page.prep
    if large:
        prep._picker_contacts.sort_on_worker_from = 0
    return prep


@pytest.fixture
def sorts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of the thread of each sort of the picker's list."""
    threads: list[str] = []
    real = picker_contacts.by_name

    def counted(contacts: list[Contact]) -> list[Contact]:
        threads.append(threading.current_thread().name)
        return real(contacts)

    monkeypatch.setattr(picker_contacts, "by_name", counted)
    return threads


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


@pytest.mark.parametrize("large", [False, True])
def test_a_contact_added_meanwhile_is_offered_after_the_brief_is_shown(
    qtbot: QtBot, window: MainWindow, demo_app: App, large: bool
) -> None:
    prep = _prep(window, large)
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
    prep = _prep(window, large=True)
    window.prepare_meeting(daniel.id)  # no sorting of 30,000 names before the brief
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
    prep = _prep(window, large=True)
    window.prepare_meeting(daniel.id)
    assert prep.picker._index.contacts() == [daniel]
    qtbot.waitUntil(lambda: "disk on fire" in prep.brief_status.text(), timeout=10_000)
    qtbot.waitUntil(lambda: len(prep.picker._index) == len(demo_app.contacts.all()), timeout=5_000)


def test_a_large_list_is_sorted_on_a_worker_and_only_when_the_contacts_changed(
    qtbot: QtBot, window: MainWindow, demo_app: App, sorts: list[str]
) -> None:
    prep = _prep(window, large=True)
    everyone = demo_app.contacts.all()
    ids = [c.id for c in everyone]
    with qtbot.waitSignal(prep._picker_contacts.ready, timeout=10_000):
        window.prepare_meeting(ids[0])
    assert sorts == ["netprep-picker-sort"]  # after the brief, never on the GUI thread
    assert prep.picker._index.contacts() == everyone  # as the contact service sorts them
    for contact_id in ids[1:4]:  # nothing changed: nothing sorted again, however often
        with qtbot.waitSignal(prep.brief_built, timeout=10_000):
            window.prepare_meeting(contact_id)
        qtbot.waitUntil(lambda: not prep._picker_contacts.stale, timeout=5_000)
    assert sorts == ["netprep-picker-sort"]
    renamed = demo_app.contacts.get(ids[5])
    assert renamed is not None
    renamed.name = "Aaron Abbott"
    demo_app.contacts.save(renamed)  # a saved contact is a new record: sorted once more
    with qtbot.waitSignal(prep._picker_contacts.ready, timeout=10_000):
        window.prepare_meeting(ids[1])
    assert sorts == ["netprep-picker-sort"] * 2
    assert prep.picker._index.contacts()[0].name == "Aaron Abbott"


def test_a_small_list_is_sorted_at_once_and_only_when_the_contacts_changed(
    qtbot: QtBot, window: MainWindow, demo_app: App, sorts: list[str]
) -> None:
    prep = _prep(window)
    window.prepare_meeting()
    assert sorts == ["MainThread"]  # a few milliseconds: the picker has everyone at once
    assert prep.picker._index.contacts() == demo_app.contacts.all()
    window.prepare_meeting()
    assert sorts == ["MainThread"]


def test_building_a_brief_lets_the_gui_thread_take_the_gil_back_quickly(
    qtbot: QtBot, window: MainWindow, demo_app: App
) -> None:
    was = sys.getswitchinterval()
    sys.setswitchinterval(0.005)  # Python's default
    try:
        prep = _prep(window)
        daniel = next(c for c in demo_app.contacts.all() if c.name == "Daniel Mensah")
        with qtbot.waitSignal(prep.brief_built, timeout=10_000):
            prep.new(daniel.id)
        assert sys.getswitchinterval() == pytest.approx(GUI_SWITCH_INTERVAL)
    finally:
        sys.setswitchinterval(was)


def test_the_brief_starts_building_once_the_form_is_painted_and_a_save_meanwhile_waits_for_it(
    qtbot: QtBot, window: MainWindow, demo_app: App
) -> None:
    prep = _prep(window)
    daniel = next(c for c in demo_app.contacts.all() if c.name == "Daniel Mensah")
    prep.new(daniel.id)
    assert prep.rebuild_pending and not prep._builder.busy  # no worker beside the painting
    with qtbot.waitSignal(prep.brief_built, timeout=10_000):
        pass
    prep.new(daniel.id)
    meeting_id = prep.save()  # at once: the pending brief is built first, here
    assert meeting_id is not None
    saved = demo_app.briefs.get_meeting(meeting_id)
    assert saved is not None and saved.brief is not None and saved.brief.contact_id == daniel.id
