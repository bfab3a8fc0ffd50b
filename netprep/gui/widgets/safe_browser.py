"""The brief and note preview: shows sanitised HTML and never fetches anything by itself.

QTextBrowser would load ``file:`` and ``https:`` images through
``loadResource`` and follow links inside itself; here every resource request
is refused (and remembered, so tests can see it), navigation is switched off,
and a clicked link goes to the user's browser only when it is http, https or
mailto — through an opener that tests replace.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from netprep.gui.export.inert_document import refused_resource, undo_heading_scaling
from netprep.render.markdown_html import is_allowed_link, markdown_to_safe_html

UrlOpener = Callable[[QUrl], object]

_LIST_INDENT_PX = 22
_PAGE_MARGIN_PX = 10


class SafeBrowser(QTextBrowser):
    """Read-only rich-text view for user content; links open outside, nothing loads inside."""

    #: A link the user activated and that was handed to the system browser or mail client.
    linkOpened = Signal(QUrl)
    #: A link the user activated but that was not opened (scheme not allowed).
    linkRefused = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None, *, opener: UrlOpener | None = None) -> None:
        super().__init__(parent)
        self._opener: UrlOpener = opener or QDesktopServices.openUrl
        self.refused_resources: list[QUrl] = []
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.document().setIndentWidth(_LIST_INDENT_PX)
        self.document().setDocumentMargin(_PAGE_MARGIN_PX)
        self.anchorClicked.connect(self._open_link)

    # -- content --------------------------------------------------------------

    def set_markdown(self, text: str) -> None:
        """User Markdown (a note, a brief section), sanitised on the way in."""
        self.setHtml(markdown_to_safe_html(text))

    def set_rendered_html(self, html: str) -> None:
        """A complete page made by ``netprep.render`` (already sanitised, with its stylesheet)."""
        self.setHtml(html)
        undo_heading_scaling(self.document())

    def setMarkdown(self, markdown: str) -> None:
        """Qt's own Markdown import lets raw HTML through; route it through the sanitiser."""
        self.set_markdown(markdown)

    # -- nothing is fetched, nothing is navigated -----------------------------

    def loadResource(self, type: int, name: QUrl | str) -> object:
        self.refused_resources.append(QUrl(name))
        return refused_resource(type)

    def doSetSource(
        self,
        name: QUrl | str,
        type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        self.refused_resources.append(QUrl(name))

    # -- links ----------------------------------------------------------------

    def _open_link(self, url: QUrl) -> None:
        if url.isValid() and is_allowed_link(url.toString()):
            self._opener(url)
            self.linkOpened.emit(url)
        else:
            self.linkRefused.emit(url)
