"""The one road from user Markdown to HTML, and the escaping helpers around it.

User text is data, not markup: raw HTML typed into a note is shown as the
literal text the user typed (Python-Markdown would otherwise pass it through),
and the HTML that Markdown produces is then cleaned by nh3 against an explicit
allow-list, so that nothing can reach the brief view or a PDF that loads a
resource, runs a script or links anywhere but the web or an email address.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

import markdown
import nh3

#: Link schemes a brief may carry; everything else (javascript:, file:, data:,
#: relative paths, fragments) loses its ``href`` and becomes inert text.
LINK_SCHEMES = frozenset({"http", "https", "mailto"})

_ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "code",
        "dd",
        "del",
        "div",
        "dl",
        "dt",
        "em",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "li",
        "ol",
        "p",
        "pre",
        "s",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    }
)

_ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start"},
    "th": {"align"},
    "td": {"align"},
}

# Their whole content goes, not just the tag: a script's or a style's text is
# never something the user meant to read.
_DROPPED_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math"}
)

# Only ever applied to nh3's output, where tags are normalised and <a> cannot nest.
_INERT_ANCHOR = re.compile(r"<a\b(?![^>]*\shref=)[^>]*>(.*?)</a>", re.DOTALL)

_ALIGNMENTS = frozenset({"left", "center", "right"})


def _extensions() -> list[markdown.Extension]:
    """The extensions as objects: by name, Python-Markdown looks each one up among the
    installed packages' entry points (importlib.metadata: ~0.15 s the first time)."""
    from markdown.extensions.abbr import AbbrExtension
    from markdown.extensions.def_list import DefListExtension
    from markdown.extensions.fenced_code import FencedCodeExtension
    from markdown.extensions.nl2br import Nl2BrExtension
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension

    return [
        TableExtension(use_align_attribute=True),
        FencedCodeExtension(),
        SaneListExtension(),
        Nl2BrExtension(),
        DefListExtension(),
        AbbrExtension(),
    ]


def escape_text(text: str) -> str:
    """Plain text made safe to place inside HTML (quotes too, for attributes)."""
    return html.escape(text, quote=True)


def is_allowed_link(url: str) -> bool:
    """True only for an absolute http(s) URL with a host, or a mailto: address."""
    candidate = url.strip()
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme not in LINK_SCHEMES:
        return False
    if scheme == "mailto":
        return bool(parts.path)
    return bool(parts.netloc)


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Second gate after the allow-list: relative and odd-scheme links lose their target."""
    if attribute == "href":
        return value if is_allowed_link(value) else None
    if attribute == "align":
        return value if value.lower() in _ALIGNMENTS else None
    if attribute == "start":
        return value if value.isdigit() else None
    return value


def sanitize_html(fragment: str) -> str:
    """Clean an HTML fragment against the allow-list (no images, no scripts, safe links)."""
    cleaned = nh3.clean(
        fragment,
        tags=set(_ALLOWED_TAGS),
        clean_content_tags=set(_DROPPED_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in _ALLOWED_ATTRIBUTES.items()},
        attribute_filter=_filter_attribute,
        url_schemes=set(LINK_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    # A link whose target was refused keeps its words but stops looking like a link.
    return _INERT_ANCHOR.sub(r"\1", cleaned)


def _markdown_converter() -> markdown.Markdown:
    """A fresh converter (Markdown instances keep state, so one per call).

    Raw HTML is switched off: a ``<img>`` or ``<script>`` in a note is escaped
    and shown as typed, so an unclosed tag can never swallow the rest of the
    document and a note that mentions ``<Python>`` keeps its words.
    """
    converter = markdown.Markdown(extensions=_extensions(), output_format="html")
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    # Let "\<" and "\~" stand for the literal characters, as CommonMark viewers read them.
    for char in ("<", "~"):
        if char not in converter.ESCAPED_CHARS:
            converter.ESCAPED_CHARS.append(char)
    return converter


_LIST_ITEM = re.compile(r"^\s{0,3}([-*+]|\d{1,3}[.)])\s+\S")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")


def loosen_lists(text: str) -> str:
    """Let a list start straight after a line of text, as people write notes.

    Python-Markdown (like the original Markdown) needs a blank line before a
    list; "Prep for coffee:\n- read his post" would otherwise be one paragraph.
    Fenced code is left alone.
    """
    lines = text.splitlines()
    out: list[str] = []
    in_fence = False
    for line in lines:
        if _FENCE.match(line):
            in_fence = not in_fence
        elif (
            not in_fence
            and _LIST_ITEM.match(line)
            and out
            and out[-1].strip()
            and not _LIST_ITEM.match(out[-1])
            and not out[-1].startswith((" ", "\t"))
        ):
            out.append("")
        out.append(line)
    return "\n".join(out)


def markdown_to_safe_html(text: str) -> str:
    """Every piece of user Markdown becomes HTML through here, and only here."""
    if not text or not text.strip():
        return ""
    return sanitize_html(_markdown_converter().convert(loosen_lists(text)))
