"""Brief templates: shipped defaults, user overrides, and user templates that go wrong."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from render_helpers import ParsedHtml

from netprep.domain.brief.model import Brief, BriefItem, Evidence
from netprep.render.brief_view import BriefContext, build_view
from netprep.render.templates import BRIEF_TEMPLATE, POCKET_TEMPLATE, TemplateRenderer


def user_templates(tmp_path: Path, **files: str) -> TemplateRenderer:
    folder = tmp_path / "templates"
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name.replace("__", ".")).write_text(text, encoding="utf-8")
    return TemplateRenderer(folder)


# -- the shipped templates ------------------------------------------------------------


def test_brief_markdown_has_every_section(brief: Brief, context: BriefContext) -> None:
    result = TemplateRenderer().brief_markdown(brief, context)
    assert result.problems == []
    text = result.text
    assert text.startswith("# Priya Raman\n")
    assert "**Head of Platform Engineering, Northwind Logistics**" in text
    assert "**When:** Tue 14 Oct 2025, 08:30 · **Where:** Café Nero, King Street" in text
    assert " ".join(brief.summary) in text
    for number, question in enumerate(brief.questions, start=1):
        assert f"### {number}. {question.text}" in text
        assert question.kind.label in text
    assert "from what they've done — “Cut median deploy time from 45 to 6 min”" in text
    for heading in ("Common ground", "What to offer", "Don't ask", "Research gaps", "Agenda"):
        assert f"## {heading}" in text
    assert "**Three insights** 12 min (questions)" in text
    assert "## Agenda · 20 min" in text
    assert brief.referral_ask in text
    assert "2. Contact the referrals within a week" in text


def test_the_agenda_is_one_line_of_phases_minutes_and_what_each_shows(
    brief: Brief, context: BriefContext
) -> None:
    text = TemplateRenderer().brief_markdown(brief, context).text
    agenda = text.split("## Agenda · 20 min\n\n", 1)[1].split("\n\n", 1)[0]
    assert agenda == (
        "**Great start** 2 min (common ground) · **Your overview** 2 min · "
        "**Three insights** 12 min (questions) · **Three contacts** 2 min (three names) · "
        "**Great finish** 2 min (what to offer)"
    )
    for prompt in ("Thank her", "Confirm the 20 minutes", "Offer the write-up", "End on time"):
        assert prompt not in text  # prompts show live in the meeting window, not on paper
    assert "| Phase |" not in text


def test_evidence_is_quoted_short_and_from_their_side(brief: Brief, context: BriefContext) -> None:
    long_note = (
        "Led the move of 300 services onto the new platform over eighteen months, with a "
        "migration guild of twelve engineers from six teams"
    )
    brief.questions[1].evidence = [
        Evidence("note 2025-10-02 (research)", long_note),
        Evidence("profile: current_goal", "Move into platform engineering"),
    ]
    brief.dont_ask[0].evidence = [Evidence("contact: background", "Joined Northwind in 2019")]
    text = TemplateRenderer().brief_markdown(brief, context).text
    line = next(t for t in text.splitlines() if t.startswith("*How they did"))
    quoted = re.search(r"“(.*?)”", line)
    assert quoted is not None and quoted.group(1).endswith("…")
    assert len(quoted.group(1)) <= 61 and long_note.startswith(quoted.group(1)[:-1].rstrip())
    assert "current_goal" not in line  # the user knows their own goal
    assert "- How long she has been at Northwind\n" in text  # a fact needs no source line
    assert "Joined Northwind in 2019" not in text


def test_summary_shows_words_and_spoken_time(brief: Brief, context: BriefContext) -> None:
    text = TemplateRenderer().brief_markdown(brief, context).text
    words = len(" ".join(brief.summary).split())
    assert f"3 sentences · {words} words · about {round(words * 60 / 150)} s spoken" in text
    assert "Over a minute" not in text


def test_a_summary_over_a_minute_is_flagged(brief: Brief, context: BriefContext) -> None:
    brief.summary = [" ".join(["word"] * 60) + ".", " ".join(["more"] * 60) + ".", "Done."]
    view = build_view(brief, context)
    assert view.summary.words == 121 and view.summary.seconds == 48
    brief.summary.append(" ".join(["extra"] * 40) + ".")
    text = TemplateRenderer().brief_markdown(brief, context).text
    assert "> **Over a minute spoken (about 64 s).**" in text


def test_empty_sections_are_left_out(context: BriefContext) -> None:
    result = TemplateRenderer().brief_markdown(Brief(contact_name="Sam Lee"), context)
    assert result.problems == []
    assert "## Research gaps" not in result.text and "## Agenda" not in result.text
    assert "No self-summary yet" in result.text and "No questions yet" in result.text


def test_pocket_card_has_summary_questions_and_top_three_hooks(
    brief: Brief, context: BriefContext
) -> None:
    result = TemplateRenderer().pocket_markdown(brief, context)
    assert result.problems == []
    for question in brief.questions:
        assert question.text in result.text
    assert " ".join(brief.summary) in result.text
    openers = result.text.split("## Openers")[1].split("##")[0]
    hooks = re.findall(r"^- (.*)$", openers, flags=re.MULTILINE)
    assert hooks == [
        "You both studied Computer Science at Leeds",
        "Both of you ran the Great North Run",
        "Her blog post on build caching",
    ]
    assert "Agenda" not in result.text


def test_pocket_card_has_what_to_offer_and_the_ask_for_three_names(
    brief: Brief, context: BriefContext
) -> None:
    """The two things people forget at the table."""
    brief.referral_ask = "Who else should I talk to about platform roles?"
    text = TemplateRenderer().pocket_markdown(brief, context).text
    assert "## Offer" in text and brief.offers[0].text in text
    assert "## Ask for three names" in text and brief.referral_ask in text


def test_cautions_show_once_and_guesses_under_check_first(
    brief: Brief, context: BriefContext
) -> None:
    brief.cautions = [BriefItem("Steer clear of: the layoffs", [Evidence("note 2025-10-02", "x")])]
    brief.check_first = [BriefItem("Runs a book club: is that right?", [])]
    text = TemplateRenderer().brief_markdown(brief, context).text
    assert text.count("Steer clear of: the layoffs") == 1
    assert "## Check first" in text.split("Runs a book club: is that right?")[0]
    card = TemplateRenderer().pocket_markdown(brief, context).text
    assert card.count("Steer clear of: the layoffs") == 1


def test_markdown_export_has_no_html_entities(brief: Brief, context: BriefContext) -> None:
    brief.hooks[0] = BriefItem(
        text="Tom's intro & AT&T days",
        evidence=[Evidence("note 2025-10-02 (research)", 'She said: "it\'s R&D, not ops"')],
    )
    text = TemplateRenderer().brief_markdown(brief, context).text
    assert "- Tom's intro & AT&T days" in text
    assert "it's R&D, not ops" in text
    for artefact in ("&#39;", "&#x27;", "&amp;", "&quot;", "&#34;"):
        assert artefact not in text


def test_markdown_significant_user_text_cannot_restructure_the_brief(
    brief: Brief, context: BriefContext
) -> None:
    brief.hooks[0] = BriefItem(text="# Fake heading")
    brief.offers = [BriefItem(text="1. fake list"), BriefItem(text="[link](javascript:x)")]
    brief.agenda[0].name = "Start | with a pipe"
    renderer = TemplateRenderer()
    text = renderer.brief_markdown(brief, context).text
    assert not re.search(r"^#+ Fake", text, flags=re.MULTILINE)
    html = renderer.brief_html(brief, context).text
    parsed = ParsedHtml(html)
    assert "Fake heading" not in " ".join(data for data in re.findall(r"<h\d>(.*?)</h\d>", html))
    assert "# Fake heading" in parsed.text and "1. fake list" in parsed.text
    assert "Start | with a pipe" in parsed.text
    assert parsed.attribute_values("href") == []


def test_html_has_no_script_or_image_even_if_notes_do(brief: Brief, context: BriefContext) -> None:
    brief.hooks[0] = BriefItem(
        text="<script>alert(1)</script> and <img src=http://example.invalid/t.png>",
        evidence=[Evidence("note", '<img src="file:///etc/passwd" onerror=alert(1)>')],
        score=1.0,
    )
    brief.summary[0] = "<iframe src=https://example.invalid></iframe> I build platforms."
    for result in (
        TemplateRenderer().brief_html(brief, context),
        TemplateRenderer().pocket_html(brief, context),
    ):
        assert result.problems == []
        parsed = ParsedHtml(result.text)
        assert parsed.tags.isdisjoint({"script", "img", "iframe"})
        assert not any(
            name.startswith("on") or name == "src" for _, attrs in parsed.elements for name in attrs
        )
        assert "<script>alert(1)</script>" in parsed.text


def test_html_document_is_complete_with_inline_styles(brief: Brief, context: BriefContext) -> None:
    context = BriefContext(contact_name="<b>Eve</b> O'Neil")
    html = TemplateRenderer().brief_html(brief, context).text
    assert html.startswith("<!DOCTYPE html>")
    assert "<title>Brief: &lt;b&gt;Eve&lt;/b&gt; O&#x27;Neil</title>" in html
    assert re.search(r"<style>.*font-family.*</style>", html, flags=re.DOTALL)
    assert "<link" not in html and "url(" not in html
    parsed = ParsedHtml(html)
    assert {"h1", "h2", "h3", "ul", "ol"} <= parsed.tags


# -- the user's own templates ----------------------------------------------------------


def test_user_template_overrides_the_shipped_one_by_name(
    tmp_path: Path, brief: Brief, context: BriefContext
) -> None:
    renderer = user_templates(
        tmp_path,
        brief__md__j2="Meeting {{ contact.name }} at {{ meeting.where }}\n"
        "{% for q in questions %}* {{ q.text | md }}\n{% endfor %}",
    )
    result = renderer.brief_markdown(brief, context)
    assert result.problems == []
    assert result.text.startswith("Meeting Priya Raman at Café Nero, King Street\n")
    assert result.text.count("\n* ") == 3
    pocket = renderer.pocket_markdown(brief, context)
    assert pocket.problems == [] and "## Questions" in pocket.text


def test_user_template_can_extend_the_builtin_one(
    tmp_path: Path, brief: Brief, context: BriefContext
) -> None:
    renderer = user_templates(
        tmp_path,
        brief__md__j2='{% extends "builtin/brief.md.j2" %}'
        "{% block offers %}## My offers\n\n- lunch\n\n{% endblock %}",
    )
    result = renderer.brief_markdown(brief, context)
    assert result.problems == []
    assert "## My offers\n\n- lunch" in result.text
    assert "## What to offer" not in result.text
    assert brief.questions[0].text in result.text


def assert_fell_back(result_text: str, problems: list[str], brief: Brief) -> str:
    assert brief.questions[0].text in result_text  # the shipped template was used
    assert len(problems) == 1
    message = problems[0]
    assert "brief.md.j2" in message and "built-in template was used" in message
    assert "Traceback" not in message
    return message


def test_syntax_error_falls_back_and_names_file_and_line(
    tmp_path: Path, brief: Brief, context: BriefContext
) -> None:
    renderer = user_templates(tmp_path, brief__md__j2="# {{ contact.name }}\n\n{% if %}\n")
    result = renderer.brief_markdown(brief, context)
    message = assert_fell_back(result.text, result.problems, brief)
    assert "line 3" in message and "syntax error" in message


def test_undefined_variable_falls_back_and_names_the_line(
    tmp_path: Path, brief: Brief, context: BriefContext
) -> None:
    renderer = user_templates(
        tmp_path, brief__md__j2="# {{ contact.name }}\n\nFrom {{ contact.employer }}\n"
    )
    result = renderer.brief_markdown(brief, context)
    message = assert_fell_back(result.text, result.problems, brief)
    assert "line 3" in message and "employer" in message


def test_undefined_plain_name_falls_back(
    tmp_path: Path, brief: Brief, context: BriefContext
) -> None:
    renderer = user_templates(tmp_path, brief__md__j2="ok\n{{ no_such_thing }}\n")
    message = assert_fell_back(*_md(renderer, brief, context), brief)
    assert "line 2" in message and "'no_such_thing' is undefined" in message


def _md(renderer: TemplateRenderer, brief: Brief, context: BriefContext) -> tuple[str, list[str]]:
    result = renderer.brief_markdown(brief, context)
    return result.text, result.problems


@pytest.mark.parametrize(
    "attack",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ brief.__class__.__init__.__globals__['__builtins__'] }}",
        "{{ joiner.__init__.__globals__.os }}",
        "{% for c in ().__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
        "{{ brief.summary.append('x') }}",
    ],
)
def test_sandbox_escapes_are_refused(
    tmp_path: Path, brief: Brief, context: BriefContext, attack: str
) -> None:
    renderer = user_templates(tmp_path, brief__md__j2=f"# Brief\n\n{attack}\n")
    text, problems = _md(renderer, brief, context)
    message = assert_fell_back(text, problems, brief)
    assert "line 3" in message and "sandbox" in message
    for leak in ("<class", "subclasses", "__globals__", "builtins", "module"):
        assert leak not in text
    assert "x" not in brief.summary


def test_memory_bombs_are_refused(tmp_path: Path, brief: Brief, context: BriefContext) -> None:
    renderer = user_templates(tmp_path, brief__md__j2="{{ 'x' * 100000000 }}")
    message = assert_fell_back(*_md(renderer, brief, context), brief)
    assert "sandbox" in message
    for number, bomb in enumerate(["{{ 10 ** 100000 }}", "{{ ((9 ** 60) ** 60) ** 60 }}"]):
        renderer = user_templates(tmp_path / str(number), brief__md__j2=bomb)
        assert "sandbox" in assert_fell_back(*_md(renderer, brief, context), brief)
    renderer = user_templates(tmp_path / "fine", brief__md__j2="{{ 2 ** 10 }} {{ '-' * 20 }}")
    assert _md(renderer, brief, context) == ("1024 " + "-" * 20, [])


def test_any_error_while_rendering_falls_back(
    tmp_path: Path, brief: Brief, context: BriefContext
) -> None:
    renderer = user_templates(tmp_path, brief__md__j2="fine\nfine\n{{ 1 // 0 }}\n")
    message = assert_fell_back(*_md(renderer, brief, context), brief)
    assert "line 3" in message and "ZeroDivisionError" in message


def test_missing_include_and_path_escape_fall_back(
    tmp_path: Path, brief: Brief, context: BriefContext
) -> None:
    renderer = user_templates(tmp_path, brief__md__j2='{% include "../../etc/passwd" %}')
    message = assert_fell_back(*_md(renderer, brief, context), brief)
    assert "passwd" in message


def test_a_template_that_is_not_utf8_falls_back(
    tmp_path: Path, brief: Brief, context: BriefContext
) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / BRIEF_TEMPLATE).write_bytes(b"caf\xe9 {{ contact.name }}")
    message = assert_fell_back(*_md(TemplateRenderer(folder), brief, context), brief)
    assert "UTF-8" in message


def test_a_fixed_user_template_is_picked_up_again(
    tmp_path: Path, brief: Brief, context: BriefContext
) -> None:
    renderer = user_templates(tmp_path, pocket_card__md__j2="{% if %}")
    assert renderer.pocket_markdown(brief, context).problems
    (tmp_path / "templates" / POCKET_TEMPLATE).write_text("Pocket for {{ contact.name }}")
    result = renderer.pocket_markdown(brief, context)
    assert (result.text, result.problems) == ("Pocket for Priya Raman", [])


def test_html_of_a_broken_user_template_still_renders_with_the_problem(
    tmp_path: Path, brief: Brief, context: BriefContext
) -> None:
    renderer = user_templates(tmp_path, brief__md__j2="{{ nope }}")
    result = renderer.brief_html(brief, context)
    assert len(result.problems) == 1
    assert brief.questions[1].text.replace("'", "&#x27;") in result.text or (
        brief.questions[1].text in ParsedHtml(result.text).text
    )


def test_a_broken_builtin_template_is_reported_not_raised(
    tmp_path: Path, brief: Brief, context: BriefContext
) -> None:
    builtin = tmp_path / "builtin"
    builtin.mkdir()
    (builtin / BRIEF_TEMPLATE).write_text("{% for %}")
    result = TemplateRenderer(builtin_dir=builtin).brief_markdown(brief, context)
    assert result.text == ""
    assert len(result.problems) == 1 and "please report this" in result.problems[0]


def test_stored_timing_is_used_while_it_matches_the_text(
    brief: Brief, context: BriefContext
) -> None:
    words = len(" ".join(brief.summary).split())
    brief.summary_words, brief.summary_seconds, brief.summary_too_long = words, 61, True
    view = build_view(brief, context).summary
    assert (view.words, view.seconds, view.too_long) == (words, 61, True)
    brief.summary[2] = "Short."  # edited after the builder timed it: recomputed
    brief.words_per_minute = 60
    view = build_view(brief, context).summary
    expected = len(" ".join(brief.summary).split())
    assert (view.words, view.seconds, view.too_long) == (expected, expected, False)
