"""A user template that loops renders off the GUI thread: the window keeps turning meanwhile,
then shows the built-in brief with a clear message."""

from __future__ import annotations

import itertools
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.meeting import Meeting
from netprep.gui.shell.background_render import RENDERING, BackgroundRender
from tests.gui.helpers import DialogAnswers, make_window

LOOPING = (  # 10**10 steps; the sandbox refuses one range over 100,000, not nested ones
    "{% for i in range(100000) %}{% for j in range(100000) %}{{ i }}{% endfor %}{% endfor %}"
)


@pytest.mark.slow
def test_a_looping_template_never_freezes_the_window(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    assert demo_app.data_dir is not None
    (demo_app.data_dir / "templates").mkdir()
    (demo_app.data_dir / "templates" / "brief.md.j2").write_text(LOOPING, encoding="utf-8")
    demo_app.brief_export._renderer._bounds.time_limit_s = 1.5
    window = make_window(qtbot, demo_app, tmp_path)
    page = window.meetings_page
    contact = demo_app.store.contacts.all()[0]
    brief = demo_app.briefs.build(contact.id)
    meeting = demo_app.briefs.save_meeting(Meeting(contact_id=contact.id, brief=brief))
    page.reload()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()

    started = time.monotonic()
    assert page.select_meeting(meeting.id)
    assert time.monotonic() - started < 1.0  # the GUI thread did not wait for the worker
    assert RENDERING.strip("*") in page.viewer.toPlainText()
    assert page.preview.render.busy
    qtbot.waitUntil(lambda: not page.preview.render.busy, timeout=15000)
    timer.stop()

    during = [t for t in ticks if t > started]
    assert len(during) >= 10  # the event loop kept turning while it rendered
    assert max(b - a for a, b in itertools.pairwise(during)) < 1.0
    assert "took longer than 1.5 s" in page.template_warning.text()
    assert "built-in template was used" in page.template_warning.text()
    assert "Three insight questions" in page.viewer.toPlainText()  # the built-in brief


def test_only_the_newest_request_is_delivered(qtbot: QtBot) -> None:
    render = BackgroundRender()
    got: list[object] = []
    gate = threading.Event()
    render.request(lambda: gate.wait(5) and "old", got.append)
    render.request(lambda: "new", got.append)
    gate.set()
    qtbot.waitUntil(lambda: not render.busy)
    render.wait()
    assert got == ["new"]
    render.request(lambda: "dropped", got.append)
    render.cancel()
    qtbot.waitUntil(lambda: not render.busy)
    assert got == ["new"]
