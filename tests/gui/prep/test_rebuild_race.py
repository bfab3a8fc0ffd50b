"""A background rebuild that finishes late never overwrites what the user edited or saved."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.brief.model import Brief
from netprep.gui.prep.screen import PrepScreen
from netprep.gui.shell.main_window import MainWindow
from netprep.services.briefs import BriefRequest
from tests.gui.helpers import DialogAnswers, make_window, type_into
from tests.gui.prep.test_prep_screen import build_pending, open_prep, pick

LATE = "A late brief that must never reach the screen."


class GatedBuild:
    """Stands in for the worker's build: waits for ``release``, then returns a marked brief."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.started = threading.Event()
        self.gate = threading.Event()

    def __call__(self, request: BriefRequest) -> Brief:
        self.started.set()
        self.gate.wait(timeout=10)
        brief = self.app.briefs.build_from(request)
        brief.summary = [LATE, *brief.summary[1:]]
        return brief


@pytest.fixture
def window(qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers) -> MainWindow:
    return make_window(qtbot, demo_app, tmp_path)


def start_slow_rebuild(qtbot: QtBot, prep: PrepScreen, app: App) -> GatedBuild:
    pick(qtbot, prep, "Grace", "Grace Adeyemi")
    build_pending(prep)
    gated = GatedBuild(app)
    prep._builder._build = gated  # the worker now waits for the test to let it finish
    type_into(qtbot, prep.fields.purpose, "learn how ward rotas are planned")
    qtbot.waitUntil(gated.started.is_set, timeout=5_000)
    return gated


def finish(qtbot: QtBot, prep: PrepScreen, gated: GatedBuild) -> None:
    gated.gate.set()
    prep._builder.wait()
    qtbot.waitUntil(lambda: not prep._builder.busy, timeout=5_000)
    qtbot.wait(50)  # let the worker's queued signal reach the GUI thread


def test_a_late_rebuild_never_overwrites_an_edit(
    qtbot: QtBot, window: MainWindow, demo_app: App
) -> None:
    prep = open_prep(qtbot, window)
    gated = start_slow_rebuild(qtbot, prep, demo_app)
    type_into(qtbot, prep.editor.sentences[0], "I run night shifts on a cardiac ward.")
    finish(qtbot, prep, gated)
    assert prep.editor.brief().summary[0] == "I run night shifts on a cardiac ward."
    assert LATE not in prep.editor.brief().summary


def test_a_late_rebuild_never_overwrites_a_saved_brief(
    qtbot: QtBot, window: MainWindow, demo_app: App
) -> None:
    prep = open_prep(qtbot, window)
    gated = start_slow_rebuild(qtbot, prep, demo_app)
    meeting_id = prep.save()
    assert meeting_id
    saved = demo_app.briefs.get_meeting(meeting_id)
    assert saved is not None and saved.brief is not None
    finish(qtbot, prep, gated)
    assert prep.editor.brief().summary == saved.brief.summary
    assert LATE not in prep.editor.brief().summary
