"""Text documents that show user content: they fetch nothing and print headings at the
stylesheet's sizes. Used by the on-screen previews (at start-up, without loading print
support) and by ``paper`` for PDF and print."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, Qt, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument, QTextFormat


def refused_resource(resource_type: int) -> object:
    """What a refused resource request gets instead of the resource.

    Not "nothing": for an image that Qt finds missing, its image handler then
    reads a local file by itself (and caches it), bypassing ``loadResource``.
    A blank 1 x 1 image satisfies it, and shows nothing.
    """
    image = QTextDocument.ResourceType.ImageResource
    if resource_type in (image, image.value):
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(Qt.GlobalColor.transparent)
        return blank
    return QByteArray()


class InertTextDocument(QTextDocument):
    """A text document that never fetches anything: no images, no files, no network."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.refused_resources: list[str] = []

    def loadResource(self, type: int, name: QUrl | str) -> object:
        self.refused_resources.append(QUrl(name).toString())
        return refused_resource(type)


def undo_heading_scaling(document: QTextDocument) -> None:
    """Let the stylesheet's font sizes for h1–h6 be the sizes printed.

    Qt multiplies a heading's CSS ``font-size`` by its own heading scale again,
    so a 10 pt h2 came out near 15 pt; where a size was given explicitly the
    extra scale is removed.
    """
    adjustment = QTextFormat.Property.FontSizeAdjustment
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                char_format = fragment.charFormat()
                if char_format.hasProperty(QTextFormat.Property.FontPointSize) and (
                    char_format.hasProperty(adjustment)
                ):
                    char_format.clearProperty(adjustment)
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.setCharFormat(char_format)
                fragments += 1
        block = block.next()


__all__ = ["InertTextDocument", "refused_resource", "undo_heading_scaling"]
