"""A looping email template for the weekly review renders off the GUI thread: the window
keeps turning, "Write the emails" waits, then the drafts come with the built-in text."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from netprep.composition import App, open_app
from netprep.domain.clock import ManualClock
from netprep.render.review_email import REVIEW_EMAIL_TEMPLATE
from netprep.resources import resource_path
from netprep.services.seed import load_seed_file, seed_store
from tests.gui.helpers import make_window

LOOPING = "{% for i in range(100000) %}{% for j in range(100000) %}{{ i }}{% endfor %}{% endfor %}"


@pytest.fixture
def review_app(tmp_path: Path) -> Iterator[App]:
    clock = ManualClock(datetime(2026, 12, 4, 10, 0, tzinfo=UTC))
    app = open_app(tmp_path / "data", clock)
    seed_store(app.store, load_seed_file(resource_path("demo", "demo.json")), clock)
    yield app
    app.close()


@pytest.mark.slow
def test_a_looping_email_template_never_freezes_the_review(
    qtbot: QtBot, review_app: App, tmp_path: Path
) -> None:
    assert review_app.data_dir is not None
    templates = review_app.data_dir / "templates"
    templates.mkdir()
    (templates / REVIEW_EMAIL_TEMPLATE).write_text(LOOPING, encoding="utf-8")
    review_app.review._renderer._renderer._bounds.time_limit_s = 1.5
    window = make_window(qtbot, review_app, tmp_path)
    page = window.review_page
    page.refresh()
    assert page.write_button.isEnabled()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()

    started = time.monotonic()
    page.write_emails()
    assert time.monotonic() - started < 1.0  # the GUI thread did not wait for the worker
    assert page.draft_render.busy and not page.write_button.isEnabled()
    qtbot.waitUntil(lambda: not page.draft_render.busy, timeout=15000)
    timer.stop()

    during = [t for t in ticks if t > started]
    assert len(during) >= 10  # the event loop kept turning while it rendered
    assert max(b - a for a, b in itertools.pairwise(during)) < 1.0
    assert page.drafts.count() >= 1
    editor = page.drafts.editors[0]
    assert editor.body.toPlainText().strip()  # the built-in email
    assert any("took longer than 1.5 s" in p for p in editor.draft.problems)
    assert page.write_button.isEnabled()
