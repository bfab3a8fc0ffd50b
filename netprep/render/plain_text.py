"""A rendered brief as clean plain text, for pasting where Markdown would show as symbols.

"Copy" puts two versions on the clipboard: rich text (HTML) for a mail or a document,
and this for a plain-text box or a chat: headings as lines of their own, bullets as
"•", no asterisks, backslashes or link brackets.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)[-*+]\s+")
_QUOTE = re.compile(r"^\s*>\s?")
_LINK = re.compile(r"(?<!\\)!?\[([^\]]*)\]\(([^)\s]*)\)")
_EMPHASIS = re.compile(r"(?<![\\\w])(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_HARD_BREAK = re.compile(r"(?:  |\\)$")


def markdown_to_plain(markdown: str) -> str:
    """The same brief with its Markdown marks taken out (text and order unchanged)."""
    out: list[str] = []
    for line in markdown.splitlines():
        line = _HARD_BREAK.sub("", line.rstrip("\n"))
        heading = _HEADING.match(line)
        if heading:
            if out and out[-1] != "":
                out.append("")
            out.append(
                _inline(heading.group(1)).upper()
                if line.lstrip().startswith("## ")
                else _inline(heading.group(1))
            )
            continue
        line = _QUOTE.sub("", line)
        line = _BULLET.sub(lambda m: f"{m.group(1)}• ", line)
        out.append(_inline(line))
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _inline(text: str) -> str:
    text = _LINK.sub(
        lambda m: m.group(1) if m.group(2) in ("", m.group(1)) else f"{m.group(1)} ({m.group(2)})",
        text,
    )
    for _ in range(2):  # "**bold *and* more**"
        text = _EMPHASIS.sub(r"\2", text)
    text = _ESCAPE.sub(r"\1", text)
    return text.replace("&amp;", "&")
