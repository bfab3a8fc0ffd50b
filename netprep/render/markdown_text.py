"""Putting user text into a Markdown template without letting it change the structure.

The exported ``.md`` file is read by people and by other Markdown tools, so the
escaping is minimal: an apostrophe or an ampersand stays as typed (no ``&#39;``),
and only characters that would start emphasis, links, code, raw HTML or a new
block (heading, list, quote, fence) get a backslash. The one exception is text
that looks like an HTML entity ("&copy;"), whose "&" is written as "&amp;"
because Markdown has no backslash escape for it.
"""

from __future__ import annotations

import re

# Anywhere in the text: emphasis, code, link brackets, raw HTML and the escape itself.
_ALWAYS = re.compile(r"([\\`*\[\]<])")
# Underscores only where they could open or close emphasis, so snake_case stays readable.
_LONE_UNDERSCORE = re.compile(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")
# At the start of a line: heading, quote, bullet, fence, ordered-list number.
_LEADING_MARK = re.compile(r"^([#>+\-~])")
_LEADING_NUMBER = re.compile(r"^(\d+)([.)])")
# "&copy;" typed as text would otherwise be read as an entity; a lone "&" (AT&T) is fine.
_ENTITY_LIKE = re.compile(r"&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[a-zA-Z0-9]+;)")


def one_line(text: str) -> str:
    """All whitespace runs (newlines, tabs, indents) become one space."""
    return " ".join(text.split())


def escape_markdown(text: object) -> str:
    """User text as a single line of literal Markdown text."""
    if text is None:
        return ""
    flat = one_line(str(text))
    flat = _ALWAYS.sub(r"\\\1", flat)
    flat = _LONE_UNDERSCORE.sub(r"\\_", flat)
    flat = _ENTITY_LIKE.sub("&amp;", flat)
    flat = _LEADING_MARK.sub(r"\\\1", flat)
    return _LEADING_NUMBER.sub(r"\1\\\2", flat)


def escape_markdown_cell(text: object) -> str:
    """As :func:`escape_markdown`, and a ``|`` cannot split a table cell."""
    return escape_markdown(text).replace("|", r"\|")
