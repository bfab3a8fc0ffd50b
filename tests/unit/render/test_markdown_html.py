"""User Markdown becomes HTML that can load nothing, run nothing and link only to the web."""

from __future__ import annotations

import pytest
from render_helpers import ParsedHtml

from netprep.render.markdown_html import (
    escape_text,
    is_allowed_link,
    markdown_to_safe_html,
    sanitize_html,
)

SAFE_TAGS = {
    "p", "br", "strong", "em", "a", "ul", "ol", "li", "h1", "h2", "h3", "blockquote",
    "code", "pre", "table", "thead", "tbody", "tr", "th", "td", "hr", "dl", "dt", "dd",
    "abbr", "b", "i", "u", "s", "del", "span", "div", "sub", "sup", "h4", "h5", "h6", "tfoot",
}  # fmt: skip


def assert_inert(html: str) -> ParsedHtml:
    parsed = ParsedHtml(html)
    assert parsed.tags <= SAFE_TAGS, parsed.tags - SAFE_TAGS
    for tag, attrs in parsed.elements:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "style" not in attrs and "src" not in attrs
    for href in parsed.attribute_values("href"):
        assert href is not None and is_allowed_link(href), href
    return parsed


def test_remote_image_in_a_note_is_never_an_image() -> None:
    html = markdown_to_safe_html('Logo: <img src="http://example.invalid/x.png"> done')
    parsed = assert_inert(html)
    assert "img" not in parsed.tags
    assert "Logo:" in parsed.text and "done" in parsed.text


def test_markdown_image_syntax_is_dropped() -> None:
    parsed = assert_inert(markdown_to_safe_html("![tracker](https://example.invalid/t.gif)"))
    assert "img" not in parsed.tags


def test_script_is_shown_as_text_not_run() -> None:
    html = markdown_to_safe_html("before <script>alert(1)</script> after")
    parsed = assert_inert(html)
    assert "<script" not in html
    assert parsed.text == "before <script>alert(1)</script> after"


@pytest.mark.parametrize(
    "source",
    [
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](file:///etc/passwd)",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](vbscript:msgbox)",
        "[x](/relative/path)",
        "[x](#fragment)",
        "[x](https:no-host)",
    ],
)
def test_links_other_than_web_and_mail_lose_their_target(source: str) -> None:
    parsed = assert_inert(markdown_to_safe_html(source))
    assert "a" not in parsed.tags
    assert parsed.text == "x"


def test_web_and_mail_links_are_kept_with_noopener() -> None:
    source = "[site](https://example.org/a?b=1&c=2) [plain](http://example.org) <ana@example.org>"
    parsed = assert_inert(markdown_to_safe_html(source))
    assert parsed.attribute_values("href") == [
        "https://example.org/a?b=1&c=2",
        "http://example.org",
        "mailto:ana@example.org",
    ]
    assert parsed.attribute_values("rel") == ["noopener noreferrer"] * 3


@pytest.mark.parametrize(
    "raw",
    [
        '<a href="data:text/html,<b>hi</b>">d</a>',
        '<iframe src="https://example.invalid/"></iframe>',
        "<style>body { background: url(https://example.invalid/t.png) }</style>",
        '<p onclick="alert(1)">click</p>',
        '<img src=x onerror="alert(1)">',
        '<object data="file:///etc/passwd"></object>',
        '<svg onload="alert(1)"></svg>',
    ],
)
def test_raw_html_in_markdown_is_escaped_text(raw: str) -> None:
    html = markdown_to_safe_html(raw)
    parsed = assert_inert(html)
    assert parsed.tags <= {"p"}
    assert parsed.text == " ".join(raw.split())


@pytest.mark.parametrize(
    ("raw", "kept_text"),
    [
        ('<a href="data:text/html,hi">d</a>', "d"),
        ('<iframe src="https://example.invalid/">fallback</iframe>ok', "ok"),
        ("<style>p { color: red }</style>ok", "ok"),
        ("<script>alert(1)</script>ok", "ok"),
        ('<p onclick="alert(1)" style="color:red">click</p>', "click"),
        ('<img src="http://example.invalid/x.png">ok', "ok"),
        ('<a href="/etc/passwd">rel</a>', "rel"),
        ('<a href="javascript:alert(1)">js</a>', "js"),
        ("<table><tr><td onmouseover=x>cell</td></tr></table>", "cell"),
    ],
)
def test_sanitiser_cleans_html_that_did_not_come_from_markdown(raw: str, kept_text: str) -> None:
    html = sanitize_html(raw)
    parsed = assert_inert(html)
    assert "a" not in parsed.tags
    assert parsed.text == kept_text
    for gone in ("alert", "example.invalid", "color", "fallback"):
        assert gone not in html


def test_a_raw_image_does_not_swallow_the_rest_of_the_note() -> None:
    source = (
        "# Call prep\n\n"
        "Her slide deck <img src=http://example.invalid/deck.png> was great.\n\n"
        "**After the image** comes [her blog](https://example.org/blog).\n\n"
        "- first point\n- second point\n"
    )
    parsed = assert_inert(markdown_to_safe_html(source))
    assert {"h1", "strong", "a", "ul", "li"} <= parsed.tags
    assert "After the image" in parsed.text and "second point" in parsed.text
    assert parsed.attribute_values("href") == ["https://example.org/blog"]


def test_an_unclosed_block_tag_does_not_swallow_the_markdown_after_it() -> None:
    parsed = assert_inert(markdown_to_safe_html("<div>\n\n## Still a heading\n\n*still em*"))
    assert {"h2", "em"} <= parsed.tags


def test_note_taker_markdown_features_render() -> None:
    source = (
        "Line one\nline two\n\n"
        "| Who | Why |\n|:--|:--|\n| Tom | SRE lead |\n\n"
        "```\nkubectl get pods\n```\n\n"
        "1. first\n2. second\n"
    )
    html = markdown_to_safe_html(source)
    parsed = assert_inert(html)
    assert {"br", "table", "th", "td", "pre", "code", "ol"} <= parsed.tags
    assert "kubectl get pods" in parsed.text


def test_unicode_survives() -> None:
    text = "Café in Zürich — naïve question about 日本語 docs 🎉"
    parsed = assert_inert(markdown_to_safe_html(text))
    assert parsed.text == text


@pytest.mark.parametrize("source", ["", "   ", "\n\n\t"])
def test_empty_input_gives_empty_html(source: str) -> None:
    assert markdown_to_safe_html(source) == ""


def test_escape_text_escapes_markup_and_quotes() -> None:
    assert escape_text('<b a="1">Tom\'s & co</b>') == (
        "&lt;b a=&quot;1&quot;&gt;Tom&#x27;s &amp; co&lt;/b&gt;"
    )


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://example.org/x", True),
        ("HTTP://EXAMPLE.ORG", True),
        ("mailto:ana@example.org", True),
        ("mailto:", False),
        ("https://", False),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("data:text/plain,hi", False),
        ("//example.org/x", False),
        ("relative/x", False),
        ("http://[::1", False),
    ],
)
def test_is_allowed_link(url: str, allowed: bool) -> None:
    assert is_allowed_link(url) is allowed


def test_refused_links_are_unwrapped_without_touching_their_neighbours() -> None:
    html = sanitize_html(
        '<p><a href="https://example.org">kept</a> <a title="t" href="/x">gone <b>bold</b></a>'
        ' <a href="mailto:a@example.org">mail</a></p>'
    )
    assert html == (
        '<p><a href="https://example.org" rel="noopener noreferrer">kept</a> gone <b>bold</b>'
        ' <a href="mailto:a@example.org" rel="noopener noreferrer">mail</a></p>'
    )


def test_a_list_straight_after_a_line_of_text_is_still_a_list() -> None:
    html = markdown_to_safe_html("Prep for coffee:\n- read his post\n- ask about alarms")
    assert "<p>Prep for coffee:</p>" in html
    assert html.count("<li>") == 2


def test_fenced_code_keeps_its_dashes() -> None:
    html = markdown_to_safe_html("```\nkeep\n- this line\n```")
    assert "<li>" not in html and "- this line" in html
