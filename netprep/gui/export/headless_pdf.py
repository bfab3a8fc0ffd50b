"""PDF from the command line: Qt paints the page, so a Qt application must exist first.

Without a display (a server, a cron job, a CI runner) Qt is told to paint
offscreen; with one, nothing changes. The CLI imports this module only when a
PDF is asked for, so Markdown and HTML briefs never load Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from netprep.gui.export.paper import PageName, PdfExport, write_pdf


def _qt_application() -> object:
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and sys.platform not in ("win32", "darwin"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    return existing or QGuiApplication([sys.argv[0] if sys.argv else "netprep"])


def write_pdf_headless(
    html: str, path: Path, page: PageName = "A4", pocket: bool = False, *, title: str = ""
) -> PdfExport:
    """``write_pdf``, creating the Qt application it needs (PdfExportError on failure)."""
    qt_app = _qt_application()
    try:
        return write_pdf(html, path, page, pocket, title=title)
    finally:
        del qt_app
