"""User text placed in a Markdown template reads as typed and cannot change the structure."""

from __future__ import annotations

import pytest
from render_helpers import ParsedHtml

from netprep.render.markdown_html import markdown_to_safe_html
from netprep.render.markdown_text import escape_markdown, escape_markdown_cell

AWKWARD_TEXTS = [
    "# Not a heading",
    "## Nor this",
    "1. not a numbered list",
    "2) nor this",
    "- not a bullet",
    "+ not a bullet either",
    "> not a quote",
    "~~~ not a fence",
    "``` nor this",
    "*not bold* _not em_ `not code`",
    "[not a link](https://example.org)",
    "![not an image](https://example.invalid/x.png)",
    "<b>not bold</b> <script>alert(1)</script>",
    "it's AT&T's R&D team",
    "&copy; is not ©",
    "C:\\Users\\priya\\notes*.md",
    "snake_case_name stays",
    "a | b | c",
    "trailing backslash \\",
    "Café — naïve 日本語 🎉",
]


@pytest.mark.parametrize("text", AWKWARD_TEXTS)
def test_text_in_a_list_item_renders_exactly_as_typed(text: str) -> None:
    parsed = ParsedHtml(markdown_to_safe_html(f"- {escape_markdown(text)}\n"))
    assert [tag for tag, _ in parsed.elements] == ["ul", "li"]
    assert parsed.text == text


@pytest.mark.parametrize("text", AWKWARD_TEXTS)
def test_text_at_the_start_of_a_paragraph_renders_exactly_as_typed(text: str) -> None:
    parsed = ParsedHtml(markdown_to_safe_html(f"intro\n\n{escape_markdown(text)}\n"))
    assert [tag for tag, _ in parsed.elements] == ["p", "p"]
    assert parsed.text == f"intro {text}"


@pytest.mark.parametrize("text", AWKWARD_TEXTS)
def test_text_in_a_table_cell_stays_in_its_cell(text: str) -> None:
    table = f"| A | B |\n|:--|:--|\n| {escape_markdown_cell(text)} | end |\n"
    parsed = ParsedHtml(markdown_to_safe_html(table))
    assert [tag for tag, _ in parsed.elements].count("td") == 2
    assert parsed.text == f"A B {text} end"


def test_apostrophes_and_ampersands_are_not_entity_encoded() -> None:
    escaped = escape_markdown("Tom's team & AT&T's \"quotes\"")
    assert escaped == "Tom's team & AT&T's \"quotes\""


def test_newlines_and_indents_collapse_to_one_line() -> None:
    assert escape_markdown("first line\n\n    indented code?\n\tend") == (
        "first line indented code? end"
    )


def test_snake_case_is_left_readable() -> None:
    assert escape_markdown("my_var and _this_") == r"my_var and \_this\_"


def test_none_is_empty() -> None:
    assert escape_markdown(None) == ""
