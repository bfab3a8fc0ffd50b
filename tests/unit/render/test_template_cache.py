"""The shipped templates kept compiled in the user's cache: reused by the next run, redone
when anything they depend on changes, and never the reason a render fails."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment
from jinja2.bccache import bc_magic

from netprep.composition import open_app
from netprep.domain.brief.model import Brief
from netprep.render.brief_view import BriefContext
from netprep.render.template_cache import settings_key
from netprep.render.templates import BRIEF_TEMPLATE, TemplateRenderer, _make_environment
from netprep.resources import resource_path


def no_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def compile_refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled although the cache holds the template")

    monkeypatch.setattr(Environment, "compile", compile_refused)


def cached(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.jinja"))


def test_the_next_run_renders_from_the_cache_without_compiling(
    tmp_path: Path, brief: Brief, context: BriefContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache" / "templates"  # made when first written
    first = TemplateRenderer(compiled_cache=cache).brief_markdown(brief, context)
    assert first.problems == [] and "Priya Raman" in first.text
    assert len(cached(cache)) == 1  # the brief's template (it includes nothing)

    no_compiling(monkeypatch)
    again = TemplateRenderer(compiled_cache=cache).brief_markdown(brief, context)
    assert again.problems == []
    assert again.text == first.text


def test_without_a_cache_every_run_compiles(
    tmp_path: Path, brief: Brief, context: BriefContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    TemplateRenderer().brief_markdown(brief, context)
    no_compiling(monkeypatch)
    refused = TemplateRenderer().brief_markdown(brief, context)
    assert "compiled although" in " ".join(refused.problems)  # the check above can fail


def test_a_changed_template_is_compiled_afresh(
    tmp_path: Path, brief: Brief, context: BriefContext
) -> None:
    shipped = tmp_path / "shipped"
    shutil.copytree(resource_path("templates"), shipped)
    cache = tmp_path / "cache"
    before = TemplateRenderer(builtin_dir=shipped, compiled_cache=cache).brief_markdown(
        brief, context
    )
    template = shipped / BRIEF_TEMPLATE
    template.write_text("Changed: {{ 6 * 7 }}\n", encoding="utf-8")
    after = TemplateRenderer(builtin_dir=shipped, compiled_cache=cache).brief_markdown(
        brief, context
    )
    assert before.text != after.text
    assert after.text == "Changed: 42\n"


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"\x00\xff garbage",
        bc_magic,  # cut off after the header
        bc_magic + b"\x80\x02not a pickle",
        bc_magic + b"\x80\x02X\x00\x00\x00\x00q\x00.",  # a checksum that matches nothing
    ],
    ids=["empty", "garbage", "header-only", "bad-checksum", "wrong-checksum"],
)
def test_a_damaged_cache_file_is_compiled_afresh_and_rewritten(
    tmp_path: Path, brief: Brief, context: BriefContext, damage: bytes
) -> None:
    cache = tmp_path / "cache"
    good = TemplateRenderer(compiled_cache=cache).brief_markdown(brief, context)
    [entry] = cached(cache)
    intact = entry.read_bytes()
    entry.write_bytes(damage)

    result = TemplateRenderer(compiled_cache=cache).brief_markdown(brief, context)
    assert result.problems == []
    assert result.text == good.text
    assert entry.read_bytes() == intact  # written again for the next run


def test_a_cache_that_cannot_be_written_never_fails_a_render(
    tmp_path: Path, brief: Brief, context: BriefContext
) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache's folder would be")
    result = TemplateRenderer(compiled_cache=blocked / "templates").brief_markdown(brief, context)
    assert result.problems == [] and "Priya Raman" in result.text
    assert blocked.read_text() == "a file where the cache's folder would be"


def test_code_compiled_with_other_settings_is_never_reused() -> None:
    ours = _make_environment(DictLoader({}))
    assert settings_key(ours) == settings_key(_make_environment(DictLoader({})))
    assert settings_key(ours) != settings_key(Environment())  # not sandboxed
    relaxed = _make_environment(DictLoader({}))
    relaxed.trim_blocks = False
    assert settings_key(relaxed) != settings_key(ours)


def test_the_app_keeps_its_compiled_templates_in_the_cache_folder_it_is_given(
    tmp_path: Path, brief: Brief, context: BriefContext
) -> None:
    app = open_app(tmp_path / "data", cache_dir=tmp_path / "cache")
    try:
        assert app.brief_export.html(brief, context).problems == []
    finally:
        app.close()
    assert len(cached(tmp_path / "cache" / "templates")) == 1
    assert not list((tmp_path / "data").rglob("*.jinja"))  # never in the user's data
