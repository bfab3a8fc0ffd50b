"""Briefs on paper: PDF export, printing and the clipboard.

The HTML comes from ``netprep.render`` (already sanitised); it is laid out in a
QTextDocument that refuses to load any resource, then painted page by page so
that a normal brief can be shrunk a little to stay on one page. A PDF is
written to a temporary file beside the target and renamed over it only when
complete, so a failed export never leaves a half-written file behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from PySide6.QtCore import QMarginsF, QMimeData, QRectF, QSizeF
from PySide6.QtGui import (
    QClipboard,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from netprep.gui.export.inert_document import InertTextDocument, undo_heading_scaling

PageName = Literal["A4", "Letter"]
#: What a brief is painted on: a PDF file or a printer.
PageDevice = QPdfWriter | QPrinter

#: How far a long brief may shrink to stay on one page (1.0 = as designed).
PAGE_SCALES: tuple[float, ...] = (1.0, 0.95, 0.9, 0.85, 0.8, 0.75)
POCKET_SCALES: tuple[float, ...] = (1.0, 0.95, 0.9, 0.85, 0.8)

_PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
_PAGE_MARGINS_MM = QMarginsF(15, 13, 15, 13)
_POCKET_MARGINS_MM = QMarginsF(7, 7, 7, 7)
_RESOLUTION_DPI = 300
_FONT_FAMILIES = ["Inter", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans", "DejaVu Sans"]
_LIST_INDENT_PX = 22  # Qt's 40 px list indent wastes a narrow page


class PdfExportError(Exception):
    """A PDF could not be written; the message says why in the user's terms."""


@dataclass(frozen=True)
class PaintedDocument:
    pages: int
    scale: float  # 1.0 unless the content was shrunk to fit


@dataclass(frozen=True)
class PdfExport(PaintedDocument):
    path: Path = Path()


class _PrintDialog(Protocol):
    def exec(self) -> int: ...


PrintDialogFactory = Callable[[QPrinter, QWidget | None], _PrintDialog]


def page_layout(page: PageName = "A4", pocket: bool = False) -> QPageLayout:
    """A4/Letter with print-safe margins, or a 105 × 148 mm (A6) pocket card."""
    if pocket:
        size = QPageSize(QPageSize.PageSizeId.A6)
        margins = _POCKET_MARGINS_MM
    else:
        if page not in _PAGE_SIZES:
            raise ValueError(f"unknown page size {page!r}; use 'A4' or 'Letter'")
        size = QPageSize(_PAGE_SIZES[page])
        margins = _PAGE_MARGINS_MM
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


def _document(html: str, device: PageDevice) -> InertTextDocument:
    document = InertTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setFamilies(_FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setIndentWidth(_LIST_INDENT_PX)
    document.setHtml(html)
    undo_heading_scaling(document)
    return document


def paint_html(html: str, device: PageDevice, scales: Sequence[float]) -> PaintedDocument:
    """Lay out ``html`` for the device's page and paint it, shrinking stepwise to fit one page.

    The largest scale at which everything fits on one page wins; if even the
    smallest does not, the content flows over as many pages as it needs.
    """
    area = device.pageLayout().paintRectPixels(device.resolution())
    width, height = float(area.width()), float(area.height())
    document = _document(html, device)
    chosen = scales[-1]
    for scale in scales:
        document.setPageSize(QSizeF(width / scale, height / scale))
        if document.pageCount() <= 1:
            chosen = scale
            break
    document.setPageSize(QSizeF(width / chosen, height / chosen))
    pages = max(1, document.pageCount())
    page_height = height / chosen
    painter = QPainter()
    if not painter.begin(device):
        raise PdfExportError("the page could not be opened for drawing")
    try:
        for index in range(pages):
            if index and not device.newPage():
                raise PdfExportError("a new page could not be started")
            painter.save()
            painter.scale(chosen, chosen)
            painter.translate(0, -index * page_height)
            document.drawContents(
                painter, QRectF(0, index * page_height, width / chosen, page_height)
            )
            painter.restore()
    finally:
        painter.end()
    return PaintedDocument(pages=pages, scale=chosen)


def write_pdf(
    html: str,
    path: Path,
    page: PageName = "A4",
    pocket: bool = False,
    *,
    title: str = "",
) -> PdfExport:
    """Write ``html`` as a PDF at ``path`` atomically; raise PdfExportError on failure."""
    target = Path(path)
    layout = page_layout(page, pocket)
    try:
        descriptor, temp_name = tempfile.mkstemp(
            prefix=f".{target.stem}-", suffix=".pdf.part", dir=target.parent
        )
    except OSError as exc:
        raise PdfExportError(f"cannot write in {target.parent}: {exc.strerror or exc}") from exc
    os.close(descriptor)
    temp = Path(temp_name)
    try:
        writer = QPdfWriter(str(temp))
        writer.setResolution(_RESOLUTION_DPI)
        writer.setPageLayout(layout)
        writer.setCreator("netprep")
        if title:
            writer.setTitle(title)
        painted = paint_html(html, writer, POCKET_SCALES if pocket else PAGE_SCALES)
        del writer  # closes the file before it is read back
        data = temp.read_bytes()
        if not data.startswith(b"%PDF-"):
            raise PdfExportError("the PDF came out empty")
        # Imported here: the brief export service brings jinja2 (~0.3 s), and every note
        # preview and the contacts page's notes load this module through safe_browser.
        from netprep.services.brief_export import write_file_atomically

        write_file_atomically(target, data)  # the same durable replace the data files use
    except OSError as exc:
        raise PdfExportError(f"cannot write {target}: {exc.strerror or exc}") from exc
    finally:
        temp.unlink(missing_ok=True)  # gone already if the export succeeded
    return PdfExport(pages=painted.pages, scale=painted.scale, path=target)


def print_html(
    html: str,
    parent: QWidget | None,
    *,
    page: PageName = "A4",
    dialog_factory: PrintDialogFactory | None = None,
) -> bool:
    """Ask the system print dialog where to print, then print; False if the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(page))
    factory: PrintDialogFactory = dialog_factory or QPrintDialog
    dialog = factory(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted.value:
        return False
    paint_html(html, printer, PAGE_SCALES)
    return True


def copy_to_clipboard(
    plain: str, html: str, clipboard: QClipboard | None = None, markdown: str = ""
) -> None:
    """Put the brief on the clipboard as rich text (HTML) and clean plain text.

    A mail or a document takes the rich text; a plain-text box or a chat takes the
    plain text, without Markdown's symbols. The Markdown itself travels as
    ``text/markdown`` for the tools that want it.
    """
    mime = QMimeData()
    mime.setText(plain)
    mime.setHtml(html)
    if markdown:
        mime.setData("text/markdown", markdown.encode("utf-8"))
    target = clipboard or QGuiApplication.clipboard()
    target.setMimeData(mime)


__all__ = [
    "PAGE_SCALES",
    "POCKET_SCALES",
    "InertTextDocument",
    "PaintedDocument",
    "PdfExport",
    "PdfExportError",
    "copy_to_clipboard",
    "page_layout",
    "paint_html",
    "print_html",
    "write_pdf",
]
