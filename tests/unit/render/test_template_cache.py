"""The shipped templates kept compiled in the user's cache: reused by the next run, redone
when anything they depend on changes, and never the reason a render fails."""

from __future__ import annotations

import marshal
import os
import pickle
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

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


def test_code_this_jinja2_cannot_run_is_compiled_afresh_and_rewritten(
    tmp_path: Path, brief: Brief, context: BriefContext
) -> None:
    """A header and checksum that match, over code from another jinja2 (an upgrade in place)."""
    cache = tmp_path / "cache"
    good = TemplateRenderer(compiled_cache=cache).brief_markdown(brief, context)
    [entry] = cached(cache)
    intact = entry.read_bytes()
    with entry.open("rb") as f:
        header = f.read(len(bc_magic))
        checksum = pickle.load(f)
    foreign = compile("from jinja2.runtime import no_such_helper\n", "<template>", "exec")
    entry.write_bytes(header + pickle.dumps(checksum, 2) + marshal.dumps(foreign))

    for _ in range(2):  # and the next run finds the good code again
        result = TemplateRenderer(compiled_cache=cache).brief_markdown(brief, context)
        assert result.problems == [] and result.text == good.text
        assert entry.read_bytes() == intact


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")
def test_a_cache_others_may_write_to_is_never_run(
    tmp_path: Path, brief: Brief, context: BriefContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    TemplateRenderer(compiled_cache=cache).brief_markdown(brief, context)
    assert cache.stat().st_mode & 0o777 == 0o700  # made for the user alone
    [entry] = cached(cache)
    assert entry.stat().st_mode & 0o077 == 0
    for loose, mode in ((cache, 0o770), (entry, 0o666)):
        os.chmod(loose, mode)
        calls: list[str] = []
        monkeypatch.setattr(Environment, "compile", _counting_compile(calls))
        result = TemplateRenderer(compiled_cache=cache).brief_markdown(brief, context)
        assert result.problems == [] and calls  # compiled: the shared file was not run
        monkeypatch.undo()
        os.chmod(loose, 0o700 if loose == cache else 0o600)


def _counting_compile(calls: list[str]) -> object:
    original = Environment.compile

    def compile_counted(self: Environment, *args: Any, **kwargs: Any) -> object:
        calls.append("compiled")
        return original(self, *args, **kwargs)

    return compile_counted


def test_the_users_own_templates_are_never_cached(
    tmp_path: Path, brief: Brief, context: BriefContext
) -> None:
    user = tmp_path / "templates"
    user.mkdir()
    (user / BRIEF_TEMPLATE).write_text(
        '{% extends "builtin/brief.md.j2" %}{% block overview %}Mine{% endblock %}',
        encoding="utf-8",
    )
    (user / "pocket_card.md.j2").write_text("Pocket: {{ 6 * 7 }}\n", encoding="utf-8")
    cache = tmp_path / "cache"
    renderer = TemplateRenderer(user, compiled_cache=cache)
    assert renderer.brief_markdown(brief, context).text
    assert renderer.pocket_markdown(brief, context).text == "Pocket: 42\n"
    assert not cache.exists() or cached(cache) == []  # both ran in the user's own worker


KEY_IN_A_FRESH_PROCESS = """
from jinja2 import DictLoader
from netprep.render.template_cache import settings_key
from netprep.render.templates import _make_environment
print(settings_key(_make_environment(DictLoader({}))))
"""


def test_the_key_is_the_same_in_every_process() -> None:
    """Or the next run never finds what this one kept (a set's order follows the hash seed)."""
    keys = {
        subprocess.run(
            [sys.executable, "-c", KEY_IN_A_FRESH_PROCESS],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout.strip()
        for seed in range(4)
    }
    assert len(keys) == 1 and keys != {""}


def test_what_other_versions_left_is_swept_once_stale(
    tmp_path: Path, brief: Brief, context: BriefContext
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    old, recent, half = (cache / n for n in ("0ld-x.jinja", "0ther-x.jinja", "x.jinja1.tmp"))
    for path in (old, recent, half):
        path.write_bytes(b"left behind")
    long_ago = time.time() - 40 * 24 * 3600
    os.utime(old, (long_ago, long_ago))
    os.utime(half, (time.time() - 7200,) * 2)
    (cache / "notes.txt").write_text("not the cache's")

    TemplateRenderer(compiled_cache=cache).brief_markdown(brief, context)  # compiles, writes
    left = sorted(p.name for p in cache.iterdir())
    assert "0ld-x.jinja" not in left and "x.jinja1.tmp" not in left
    assert "0ther-x.jinja" in left  # another install may still use it
    assert "notes.txt" in left  # never anything but the cache's own
    assert len(cached(cache)) == 2  # this run's entry and the recent one
