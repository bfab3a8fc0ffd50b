"""The preview widget shows user content without fetching anything or navigating anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from netprep.gui.widgets.safe_browser import SafeBrowser


class RecordingOpener:
    """Stands in for QDesktopServices.openUrl: remembers instead of opening a browser."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    def __call__(self, url: QUrl) -> bool:
        self.opened.append(url.toString())
        return True


@pytest.fixture
def opener() -> RecordingOpener:
    return RecordingOpener()


@pytest.fixture
def browser(qtbot: QtBot, opener: RecordingOpener) -> SafeBrowser:
    widget = SafeBrowser(opener=opener)
    qtbot.addWidget(widget)
    widget.resize(500, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def image_names(document: QTextDocument) -> list[str]:
    names: list[str] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            char_format = fragments.fragment().charFormat()
            if char_format.isImageFormat():
                names.append(char_format.toImageFormat().name())
            fragments += 1
        block = block.next()
    return names


def click_text(qtbot: QtBot, browser: SafeBrowser, text: str) -> None:
    found = browser.document().find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(browser.document())
    cursor.setPosition(found.selectionStart() + 1)
    rect = browser.cursorRect(cursor)
    point = QPoint(rect.center().x() + 2, rect.center().y())
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_note_with_image_and_script_renders_harmlessly(browser: SafeBrowser) -> None:
    browser.set_markdown(
        "Met at the meetup <img src=http://example.invalid/x.png> **great talk**\n\n"
        "<script>alert(1)</script>\n\nLast line."
    )
    browser.document().size()
    assert image_names(browser.document()) == []
    assert browser.refused_resources == []  # nothing was even asked for
    text = browser.toPlainText()
    assert "<img src=http://example.invalid/x.png>" in text  # shown as the user typed it
    assert "<script>alert(1)</script>" in text
    assert "great talk" in text and "Last line." in text


def test_qt_markdown_entry_point_is_sanitised_too(browser: SafeBrowser) -> None:
    browser.setMarkdown('<img src="https://example.invalid/t.gif">\n\n**after the image**')
    assert image_names(browser.document()) == []
    assert "after the image" in browser.toPlainText()


def test_raw_html_images_are_refused_not_loaded(browser: SafeBrowser, tmp_path: Path) -> None:
    photo = tmp_path / "photo.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0x884422)
    assert image.save(str(photo))
    local = QUrl.fromLocalFile(str(photo)).toString()
    # Bypassing the sanitiser on purpose: even then nothing may be fetched.
    browser.setHtml(
        f'<p><img src="https://example.invalid/p.png"> <img src="{local}"> <img src="{photo}"></p>'
    )
    browser.document().size()
    browser.repaint()
    asked = {url.toString() for url in browser.refused_resources}
    assert {"https://example.invalid/p.png", local, str(photo)} <= asked
    for name in (local, str(photo)):
        loaded = browser.document().resource(QTextDocument.ResourceType.ImageResource, name)
        assert loaded.width() == 1, name  # the blank stand-in, never the 40 x 30 photo


def test_clicking_a_web_link_opens_it_outside(
    qtbot: QtBot, browser: SafeBrowser, opener: RecordingOpener
) -> None:
    browser.set_markdown("See [her talk](https://example.org/talk) for details.")
    with qtbot.waitSignal(browser.linkOpened, timeout=1000) as opened:
        click_text(qtbot, browser, "her talk")
    assert opener.opened == ["https://example.org/talk"]
    assert opened.args[0].toString() == "https://example.org/talk"
    assert "her talk" in browser.toPlainText()  # the view did not navigate away


def test_clicking_a_mail_link_opens_the_mail_client(
    qtbot: QtBot, browser: SafeBrowser, opener: RecordingOpener
) -> None:
    browser.set_markdown("Write to <marta@example.org>")
    click_text(qtbot, browser, "marta@example.org")
    assert opener.opened == ["mailto:marta@example.org"]


@pytest.mark.parametrize(
    "href",
    ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi", "notes/other.md"],
)
def test_other_links_are_never_opened(
    qtbot: QtBot, browser: SafeBrowser, opener: RecordingOpener, href: str
) -> None:
    browser.setHtml(f'<p>Click <a href="{href}">this link</a> now</p>')  # unsanitised
    with qtbot.waitSignal(browser.linkRefused, timeout=1000) as refused:
        click_text(qtbot, browser, "this link")
    assert opener.opened == []
    assert refused.args[0].toString() == QUrl(href).toString()
    assert "this link" in browser.toPlainText()


def test_sanitised_links_to_other_schemes_are_plain_text(
    qtbot: QtBot, browser: SafeBrowser, opener: RecordingOpener
) -> None:
    browser.set_markdown("[run me](javascript:alert(1))")
    click_text(qtbot, browser, "run me")
    qtbot.wait(10)
    assert opener.opened == []
    assert not browser.document().begin().begin().fragment().charFormat().isAnchor()


def test_keyboard_activation_of_a_link_uses_the_same_rules(
    qtbot: QtBot, browser: SafeBrowser, opener: RecordingOpener
) -> None:
    browser.set_markdown("[blog](https://example.org/blog)")
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    qtbot.keyClick(browser, Qt.Key.Key_Return)
    assert opener.opened == ["https://example.org/blog"]


def test_set_source_does_not_load_files(browser: SafeBrowser, tmp_path: Path) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text("<p>private diary</p>", encoding="utf-8")
    browser.set_markdown("The note")
    browser.setSource(QUrl.fromLocalFile(str(secret)))
    assert "private diary" not in browser.toPlainText()
    assert browser.toPlainText() == "The note"


def test_a_rendered_brief_page_keeps_its_heading_sizes(browser: SafeBrowser) -> None:
    browser.set_rendered_html(
        "<html><head><style>h2 { font-size: 10pt } p { font-size: 10pt }</style></head>"
        "<body><h2>Three insight questions</h2><p>Body text</p></body></html>"
    )
    heading, body = browser.document().begin(), browser.document().begin().next()
    browser.document().size()
    heading_height = heading.layout().lineAt(0).height()
    assert heading_height == pytest.approx(body.layout().lineAt(0).height(), rel=0.1)
