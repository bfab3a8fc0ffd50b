"""The Meetings page renders a brief once per selection (it was six times on the demo), and
Export/Print/Copy with a looping user template never freeze the window."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from pathlib import Path

import jinja2
import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from netprep.composition import App
from netprep.domain.meeting import Meeting
from netprep.services.brief_export import ExportFormat
from tests.gui.helpers import DialogAnswers, make_window

LOOPING = "{% for i in range(100000) %}{% for j in range(100000) %}{{ i }}{% endfor %}{% endfor %}"


@pytest.fixture
def template_loads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    loads: list[str] = []
    original = jinja2.Environment._load_template

    def counting(self: jinja2.Environment, name: str, globals: object) -> object:
        loads.append(name)
        return original(self, name, globals)  # type: ignore[arg-type]

    monkeypatch.setattr(jinja2.Environment, "_load_template", counting)
    yield loads


def test_one_selection_renders_the_brief_once(
    qtbot: QtBot, demo_app: App, tmp_path: Path, template_loads: list[str]
) -> None:
    window = make_window(qtbot, demo_app, tmp_path)
    page = window.meetings_page
    contact = demo_app.store.contacts.all()[0]
    meeting = demo_app.briefs.save_meeting(
        Meeting(contact_id=contact.id, brief=demo_app.briefs.build(contact.id))
    )
    page.reload()
    before, loads = demo_app.brief_export.renders, len(template_loads)
    painted: list[str] = []
    paint = page.viewer.set_rendered_html

    def counting_paint(html: str) -> None:
        painted.append(html)
        paint(html)

    page.viewer.set_rendered_html = counting_paint  # type: ignore[method-assign]
    assert page.select_meeting(meeting.id)  # selects the row (one signal) and shows it
    page.reload(select=meeting.id)  # the page refreshes, as when it is shown again
    assert demo_app.brief_export.renders - before == 1
    assert len(template_loads) - loads == 1
    assert len(painted) == 1  # the view is filled once too
    assert "Three insight questions" in page.viewer.toPlainText()
    # Copy reuses the preview's render
    page.copy_brief()
    assert demo_app.brief_export.renders - before == 1
    # an edited brief is rendered again
    assert meeting.brief is not None
    meeting.brief.summary = ["Something new entirely.", "Two.", "Three."]
    demo_app.briefs.save_meeting(meeting)
    page.reload(select=meeting.id)
    assert demo_app.brief_export.renders - before == 2


@pytest.mark.slow
def test_export_with_a_looping_template_keeps_the_window_turning(
    qtbot: QtBot, demo_app: App, tmp_path: Path, dialogs: DialogAnswers
) -> None:
    assert demo_app.data_dir is not None
    window = make_window(qtbot, demo_app, tmp_path)
    page = window.meetings_page
    contact = demo_app.store.contacts.all()[0]
    meeting = demo_app.briefs.save_meeting(
        Meeting(contact_id=contact.id, brief=demo_app.briefs.build(contact.id))
    )
    page.reload()
    assert page.select_meeting(meeting.id)  # rendered with the shipped template
    (demo_app.data_dir / "templates").mkdir()
    (demo_app.data_dir / "templates" / "brief.md.j2").write_text(LOOPING, encoding="utf-8")
    demo_app.brief_export._renderer._bounds.time_limit_s = 1.5
    target = tmp_path / "out.md"
    page.output.choose_path = lambda _suggested, _filter: str(target)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()

    started = time.monotonic()
    page.output.export(ExportFormat.MARKDOWN)
    assert time.monotonic() - started < 1.0  # the GUI thread did not wait for the worker
    assert page.output.busy
    assert not page.export_button.isEnabled() and not page.copy_button.isEnabled()
    qtbot.waitUntil(lambda: not page.output.busy and target.exists(), timeout=15000)
    timer.stop()

    during = [t for t in ticks if t > started]
    assert len(during) >= 10  # the event loop kept turning while it rendered
    assert max(b - a for a, b in itertools.pairwise(during)) < 1.0
    assert "Three insight questions" in target.read_text(encoding="utf-8")  # the built-in
    assert page.export_button.isEnabled() and page.copy_button.isEnabled()
    assert any("took longer than 1.5 s" in w for w in dialogs.warnings)


def test_the_buttons_wait_while_the_preview_renders_a_user_template(
    qtbot: QtBot, demo_app: App, tmp_path: Path
) -> None:
    assert demo_app.data_dir is not None
    (demo_app.data_dir / "templates").mkdir()
    (demo_app.data_dir / "templates" / "brief.md.j2").write_text(
        "# Mine for {{ contact.name }}\n", encoding="utf-8"
    )
    window = make_window(qtbot, demo_app, tmp_path)
    page = window.meetings_page
    contact = demo_app.store.contacts.all()[0]
    meeting = demo_app.briefs.save_meeting(
        Meeting(contact_id=contact.id, brief=demo_app.briefs.build(contact.id))
    )
    page.reload()
    assert page.select_meeting(meeting.id)
    assert page.preview.busy
    assert not page.export_button.isEnabled()
    assert not page.print_button.isEnabled()
    assert not page.copy_button.isEnabled()
    qtbot.waitUntil(lambda: page.copy_button.isEnabled(), timeout=10000)
    assert page.export_button.isEnabled() and page.print_button.isEnabled()
    assert "Mine for" in page.viewer.toPlainText()
    renders = demo_app.brief_export.renders
    page.copy_brief()  # the preview's render is reused: at once, no worker
    assert not page.output.busy
    assert demo_app.brief_export.renders == renders
