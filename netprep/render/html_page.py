"""Wrapping an already-sanitised HTML body into a complete, print-friendly document.

The stylesheet is shipped (resources/templates/*.css) and inlined, never
linked: the brief view and the PDF load nothing from anywhere. User templates
cannot replace it, so an exported page can never pull in a remote resource
through CSS either.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from netprep.render.markdown_html import escape_text
from netprep.resources import resource_path

Variant = Literal["page", "pocket"]

_STYLESHEETS: dict[str, str] = {"page": "brief.css", "pocket": "pocket.css"}


def stylesheet(variant: Variant = "page", *, folder: Path | None = None) -> str:
    name = _STYLESHEETS[variant]
    path = (folder / name) if folder is not None else resource_path("templates", name)
    return path.read_text(encoding="utf-8")


def html_document(body_html: str, *, title: str, variant: Variant = "page") -> str:
    """``body_html`` must already be sanitised (see ``markdown_to_safe_html``)."""
    css = stylesheet(variant).replace("</", "<\\/")  # keep the <style> element closed only by us
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape_text(title)}</title>\n"
        f"<style>\n{css}</style>\n"
        "</head>\n"
        f'<body class="netprep-{variant}">\n{body_html}\n</body>\n</html>\n'
    )
