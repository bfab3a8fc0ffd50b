"""A user template that loops for ever or eats memory is stopped, and the built-in one used."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from netprep.domain.brief.model import Brief
from netprep.render.bounded_render import BoundedRenderer
from netprep.render.brief_view import BriefContext
from netprep.render.templates import BRIEF_TEMPLATE, TemplateRenderer

NESTED_LOOP = (
    "{% for i in range(100000) %}{% for j in range(100000) %}{{ i }}{% endfor %}{% endfor %}"
)
DOUBLING = '{% set ns = namespace(s="x" * 99999) %}{% for i in range(60) %}'
DOUBLING += "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s | length }}"


def renderer_with(tmp_path: Path, source: str, monkeypatch: pytest.MonkeyPatch) -> TemplateRenderer:
    (tmp_path / BRIEF_TEMPLATE).write_text(source, encoding="utf-8")
    renderer = TemplateRenderer(tmp_path)
    monkeypatch.setattr(renderer, "_bounds", BoundedRenderer(time_limit_s=1.0))
    return renderer


@pytest.mark.slow
def test_a_template_that_never_ends_is_stopped_and_the_builtin_used(
    tmp_path: Path, brief: Brief, context: BriefContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    renderer = renderer_with(tmp_path, NESTED_LOOP, monkeypatch)
    started = time.monotonic()
    result = renderer.brief_markdown(brief, context)
    assert time.monotonic() - started < 5
    assert "took longer than 1 s" in result.problems[0] and "built-in" in result.problems[0]
    assert brief.contact_name in result.text  # the built-in brief, whole
    started = time.monotonic()
    again = renderer.brief_markdown(brief, context)  # remembered: no second wait
    assert time.monotonic() - started < 0.5 and again.problems == result.problems


@pytest.mark.slow
def test_a_template_that_eats_memory_is_stopped(
    tmp_path: Path, brief: Brief, context: BriefContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    renderer = renderer_with(tmp_path, DOUBLING, monkeypatch)
    monkeypatch.setattr(renderer._bounds, "time_limit_s", 20.0)
    result = renderer.brief_markdown(brief, context)
    assert result.problems and "built-in" in result.problems[0]
    assert "used too much memory and was stopped" in result.problems[0]
    assert brief.contact_name in result.text


def test_a_good_user_template_still_renders_in_the_worker(
    tmp_path: Path, brief: Brief, context: BriefContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    renderer = renderer_with(tmp_path, "Brief: {{ summary.words }} words\n", monkeypatch)
    result = renderer.brief_markdown(brief, context)
    assert result.ok and result.text.startswith("Brief: ")
