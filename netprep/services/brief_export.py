"""Briefs out of the app: Markdown and HTML text, file names, and writing them safely.

The GUI and the CLI both come here so that an export from either looks the
same and honours the same user templates (the data folder's ``templates/``).
PDF and printing need Qt, so they live in ``netprep.gui.export.paper``; this
service hands them the HTML.
"""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Literal

from netprep.domain.brief.model import Brief
from netprep.domain.meeting import Meeting
from netprep.domain.records import Contact
from netprep.render.brief_view import BriefContext
from netprep.render.plain_text import markdown_to_plain
from netprep.render.templates import (
    BRIEF_TEMPLATE,
    POCKET_TEMPLATE,
    RenderResult,
    TemplateRenderer,
)
from netprep.render.text_safety import strip_unsafe_characters
from netprep.services.errors import UserError
from netprep.store.atomic_file import atomic_write_bytes
from netprep.store.store import Store

USER_TEMPLATES_FOLDER = "templates"


class ExportFormat(StrEnum):
    MARKDOWN = "md"
    HTML = "html"
    PDF = "pdf"

    @property
    def suffix(self) -> str:
        return f".{self.value}"


_UNSAFE_FILENAME = re.compile(r"[^\w\- ]+")
_REMEMBERED_RENDERS = 8


class _RenderMemo:
    """The last few renders, by (what, brief, context, template file stamp): the preview,
    Export, Print and Copy of one brief render it once. Thread-safe (the background
    render fills it from its worker thread)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[tuple[object, RenderResult]] = []

    def get(self, key: object) -> RenderResult | None:
        with self._lock:
            for known, result in self._entries:
                if known == key:
                    return result
        return None

    def put(self, key: object, result: RenderResult) -> None:
        with self._lock:
            self._entries = [e for e in self._entries if e[0] != key][-_REMEMBERED_RENDERS + 1 :]
            self._entries.append((key, result))


class BriefExportService:
    """Renders briefs with the user's templates where they have any, else the shipped ones."""

    def __init__(
        self, store: Store, data_dir: Path | None, *, compiled_cache: Path | None = None
    ) -> None:
        self._store = store
        self.templates_dir = data_dir / USER_TEMPLATES_FOLDER if data_dir is not None else None
        self._renderer = TemplateRenderer(self.templates_dir, compiled_cache=compiled_cache)
        self._memo = _RenderMemo()
        self.renders = 0  # templates actually run (the rest came from the memo): for tests

    # -- what a brief is printed with ------------------------------------------------------

    def context(self, meeting: Meeting | None, brief: Brief | None = None) -> BriefContext:
        """Name, role and company from the contact; when, where and purpose from the meeting."""
        contact_id = meeting.contact_id if meeting else brief.contact_id if brief else ""
        contact = self._store.contacts.get(contact_id) if contact_id else None
        context = BriefContext.of(contact, meeting)
        if meeting is not None and meeting.when is not None:
            # Stored in UTC or with an offset: the printed brief shows the user's local time.
            context = replace(context, when=meeting.when.astimezone())
        if not context.contact_name and brief is not None:
            context = replace(context, contact_name=brief.contact_name)
        return context

    def context_for_contact(self, contact: Contact) -> BriefContext:
        return BriefContext.of(contact, None)

    # -- rendering -------------------------------------------------------------------------

    def render_key(
        self, brief: Brief, context: BriefContext, *, pocket: bool = False
    ) -> tuple[object, ...]:
        """What a render of this brief depends on: equal keys render the same text. The brief
        is taken by its repr, every field's value (the prep screen edits its brief in place;
        a repr is three times cheaper than a deep copy)."""
        name = POCKET_TEMPLATE if pocket else BRIEF_TEMPLATE
        return (pocket, self._renderer.template_stamp(name), repr(brief), context)

    def cached_html(
        self, brief: Brief, context: BriefContext, *, pocket: bool = False
    ) -> RenderResult | None:
        """The HTML of this brief if it was rendered already (and the template is unchanged)."""
        return self._memo.get(("html", self.render_key(brief, context, pocket=pocket)))

    def is_rendered(
        self, brief: Brief, context: BriefContext, fmt: ExportFormat, *, pocket: bool = False
    ) -> bool:
        """Whether :meth:`render` would answer at once from an earlier render."""
        kind = "md" if fmt is ExportFormat.MARKDOWN else "html"
        return self._memo.get((kind, self.render_key(brief, context, pocket=pocket))) is not None

    def markdown(
        self, brief: Brief, context: BriefContext, *, pocket: bool = False
    ) -> RenderResult:
        key = ("md", self.render_key(brief, context, pocket=pocket))
        known = self._memo.get(key)
        if known is not None:
            return known
        self.renders += 1
        if pocket:
            result = _safe(self._renderer.pocket_markdown(brief, context))
        else:
            result = _safe(self._renderer.brief_markdown(brief, context))
        self._memo.put(key, result)
        return result

    def takes_time(self, *, pocket: bool = False) -> bool:
        """Whether the user's own template renders this brief: it runs in a bounded worker
        process and may take seconds, so a window renders it off its GUI thread."""
        name = POCKET_TEMPLATE if pocket else BRIEF_TEMPLATE
        return self._renderer.user_template_path(name) is not None

    @staticmethod
    def plain_text(markdown: RenderResult) -> str:
        """The rendered brief without Markdown's symbols, for pasting as plain text."""
        return markdown_to_plain(markdown.text)

    def html(self, brief: Brief, context: BriefContext, *, pocket: bool = False) -> RenderResult:
        """A complete, sanitised HTML page (also what the PDF and the printer are fed)."""
        key = ("html", self.render_key(brief, context, pocket=pocket))
        known = self._memo.get(key)
        if known is not None:
            return known
        markdown = self.markdown(brief, context, pocket=pocket)
        variant: Literal["page", "pocket"] = "pocket" if pocket else "page"
        result = _safe(TemplateRenderer.html_of(markdown, brief, context, variant))
        self._memo.put(key, result)
        return result

    def render(
        self, brief: Brief, context: BriefContext, fmt: ExportFormat, *, pocket: bool = False
    ) -> RenderResult:
        """Markdown for ``md``; HTML for ``html`` and ``pdf`` (the PDF is painted from it)."""
        if fmt is ExportFormat.MARKDOWN:
            return self.markdown(brief, context, pocket=pocket)
        return self.html(brief, context, pocket=pocket)

    # -- files -----------------------------------------------------------------------------

    @staticmethod
    def suggested_filename(
        context: BriefContext, fmt: ExportFormat, *, pocket: bool = False
    ) -> str:
        """``brief-priya-raman-2025-10-14.pdf``: sortable and safe on every file system."""
        name = _UNSAFE_FILENAME.sub("", context.contact_name).strip().casefold()
        parts = ["pocket-card" if pocket else "brief", "-".join(name.split())]
        if context.when is not None:
            parts.append(f"{context.when:%Y-%m-%d}")
        return "-".join(part for part in parts if part) + fmt.suffix

    @staticmethod
    def write_text(path: Path, text: str) -> Path:
        """Write an export atomically: a failure leaves any earlier file untouched."""
        target = Path(path).expanduser()
        if not target.parent.is_dir():
            raise UserError(
                "Cannot write {path}: the folder {folder} does not exist.",
                path=target,
                folder=target.parent,
            )
        try:
            atomic_write_bytes(target, text.encode("utf-8"))
        except OSError as exc:
            raise UserError(
                "Cannot write {path}: {reason}.", path=target, reason=exc.strerror or exc
            ) from None
        return target


def _safe(result: RenderResult) -> RenderResult:
    """No NUL, control or bidi-override character reaches an export (text_safety.py)."""
    return RenderResult(strip_unsafe_characters(result.text), result.problems)


def write_file_atomically(path: Path, data: bytes) -> None:
    """The store's durable replace (temp file, fsync, rename), for exports the GUI paints
    itself (a PDF). Raises OSError."""
    atomic_write_bytes(path, data)
