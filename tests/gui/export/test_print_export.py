"""PDF export, printing and the clipboard, checked offscreen on the bytes Qt writes."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QGuiApplication, QImage, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from netprep.domain.agenda import AgendaPhase
from netprep.domain.brief.model import Brief, BriefItem, Evidence, Question, QuestionKind
from netprep.gui.export import paper as print_export
from netprep.gui.export.paper import (
    PAGE_SCALES,
    InertTextDocument,
    PdfExportError,
    copy_to_clipboard,
    print_html,
    write_pdf,
)
from netprep.render.brief_view import BriefContext
from netprep.render.templates import TemplateRenderer
from tests.gui.pdf_probe import PdfProbe, squash

# -- a realistic brief ----------------------------------------------------------------


def normal_brief() -> tuple[Brief, BriefContext]:
    def item(text: str, source: str = "", excerpt: str = "", score: float = 0.0) -> BriefItem:
        evidence = [Evidence(source, excerpt)] if source else []
        return BriefItem(text=text, evidence=evidence, score=score)

    brief = Brief(
        contact_name="Marta Kowalska",
        purpose="Understand how a data team at a retailer is organised",
        summary=[
            "I'm a data analyst with four years in retail pricing at Brightmart.",
            "I'm good at turning messy sales figures into dashboards that buyers find useful.",
            "I want to move into analytics engineering and would love your view on the field.",
        ],
        questions=[
            Question(
                text="What's your view on analytics engineering as a career path in retail?",
                kind=QuestionKind.VIEW,
                evidence=[Evidence("contact: interests", "dbt, analytics engineering")],
            ),
            Question(
                text="How did you build the data team at Hollis & Co from two people to twelve?",
                kind=QuestionKind.HOW,
                evidence=[Evidence("contact: achievements", "Grew the data team to 12")],
            ),
            Question(
                text="What advice would you give an analyst learning software practices?",
                kind=QuestionKind.ADVICE,
                evidence=[Evidence("profile: current goal", "Become an analytics engineer")],
            ),
        ],
        hooks=[
            item("You both worked at Brightmart", "profile: employers", "Brightmart", 0.9),
            item("She spoke at dbt Coalesce about retail data", "note 2025-09-02", "talk", 0.6),
            item("You both volunteer teaching coding to kids", "contact: background", "", 0.4),
        ],
        offers=[item("Share the pricing-elasticity notebook she asked about on LinkedIn")],
        dont_ask=[item("Where she studied", "contact: background", "MSc Statistics, Warsaw")],
        research_gaps=["No note about her current team's tooling"],
        agenda=[
            AgendaPhase("Great start", 2, ["Thank her", "Confirm the 20 minutes"]),
            AgendaPhase("Your overview", 2, ["Three sentences"]),
            AgendaPhase("Three insights", 12, ["View", "How", "Advice"]),
            AgendaPhase("Three contacts", 2, ["Ask for three names"]),
            AgendaPhase("Great finish", 2, ["Offer the notebook", "End on time"]),
        ],
        referral_ask="Who are three people I should talk to about analytics engineering?",
        follow_up_plan=["Thank-you email today", "Reach the referrals this week"],
    )
    context = BriefContext(
        contact_name="Marta Kowalska",
        company="Hollis & Co",
        role="Head of Data",
        when=datetime(2025, 11, 3, 12, 15),
        where="Video call",
    )
    return brief, context


@pytest.fixture
def brief_html(qtbot: QtBot) -> str:
    brief, context = normal_brief()
    return TemplateRenderer().brief_html(brief, context).text


@pytest.fixture
def pocket_html(qtbot: QtBot) -> str:
    brief, context = normal_brief()
    return TemplateRenderer().pocket_html(brief, context).text


# -- PDF -------------------------------------------------------------------------------


def test_normal_brief_is_one_a4_page_with_its_questions(tmp_path: Path, brief_html: str) -> None:
    target = tmp_path / "brief.pdf"
    result = write_pdf(brief_html, target, "A4")
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    probe = PdfProbe(data)
    assert result.pages == 1 and len(probe.pages()) == 1
    width, height = probe.media_box(probe.pages()[0])[2:]
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    text = squash(probe.text())
    brief, _ = normal_brief()
    for question in brief.questions:
        assert squash(question.text) in text
    assert squash("Marta Kowalska") in text and squash(brief.summary[1]) in text
    assert squash("Hollis & Co") in text  # an ampersand is text, not an entity


def test_letter_page_size(tmp_path: Path, brief_html: str) -> None:
    target = tmp_path / "brief-letter.pdf"
    write_pdf(brief_html, target, "Letter")
    probe = PdfProbe(target.read_bytes())
    assert [round(v) for v in probe.media_box(probe.pages()[0])[2:]] == [612, 792]


def test_pocket_card_is_a6_with_the_questions(tmp_path: Path, pocket_html: str) -> None:
    target = tmp_path / "pocket.pdf"
    result = write_pdf(pocket_html, target, pocket=True)
    probe = PdfProbe(target.read_bytes())
    assert result.pages == 1 and len(probe.pages()) == 1
    width, height = probe.media_box(probe.pages()[0])[2:]
    assert (round(width * 25.4 / 72), round(height * 25.4 / 72)) == (105, 148)
    text = squash(probe.text())
    brief, _ = normal_brief()
    for question in brief.questions:
        assert squash(question.text) in text
    assert squash("Where she studied") not in text  # the card leaves out "don't ask"


def paragraphs(count: int) -> str:
    sentence = "Notes from the call about team structure, hiring and the data platform roadmap. "
    return "".join(f"<p>{n}: {sentence * 2}</p>" for n in range(count))


def test_a_slightly_long_brief_is_shrunk_onto_one_page(tmp_path: Path, qtbot: QtBot) -> None:
    target = tmp_path / "long.pdf"
    previous = write_pdf(paragraphs(10), target)
    assert previous.scale == 1.0
    for count in range(11, 60):
        result = write_pdf(paragraphs(count), target)
        if result.scale < 1.0:
            break
        previous = result
    else:
        pytest.fail("sixty paragraphs still fitted at full size")
    assert previous.pages == 1  # one paragraph fewer fitted at full size
    assert result.pages == 1 and result.scale == PAGE_SCALES[1]
    assert len(PdfProbe(target.read_bytes()).pages()) == 1


def test_a_very_long_document_flows_over_pages_at_the_smallest_size(
    tmp_path: Path, qtbot: QtBot
) -> None:
    result = write_pdf(paragraphs(400), tmp_path / "very-long.pdf")
    probe = PdfProbe((tmp_path / "very-long.pdf").read_bytes())
    assert result.scale == PAGE_SCALES[-1]
    assert result.pages > 1 and len(probe.pages()) == result.pages
    text = squash(probe.text())
    assert squash("0: Notes from the call") in text and squash("399: Notes from") in text


def test_a_failed_export_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, brief_html: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"%PDF-1.4 the brief exported yesterday")

    def fail(*_args: object) -> None:
        raise PdfExportError("the page could not be opened for drawing")

    monkeypatch.setattr(print_export, "paint_html", fail)
    with pytest.raises(PdfExportError):
        write_pdf(brief_html, target)
    assert target.read_bytes() == b"%PDF-1.4 the brief exported yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_a_successful_export_replaces_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, brief_html: str
) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old")
    write_pdf(brief_html, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_exporting_into_a_missing_folder_is_a_clear_error(tmp_path: Path, brief_html: str) -> None:
    with pytest.raises(PdfExportError, match="cannot write in"):
        write_pdf(brief_html, tmp_path / "no-such-folder" / "brief.pdf")


def test_unknown_page_size_is_refused(tmp_path: Path, brief_html: str) -> None:
    with pytest.raises(ValueError, match="A4"):
        write_pdf(brief_html, tmp_path / "x.pdf", "A3")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_the_document_refuses_to_load_any_resource(tmp_path: Path, qtbot: QtBot) -> None:
    picture = tmp_path / "photo.png"
    image = QImage(37, 23, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    assert image.save(str(picture))
    local = QUrl.fromLocalFile(str(picture)).toString()
    html = (
        f'<p>a<img src="https://example.invalid/pixel.png">b</p><p><img src="{local}"></p>'
        '<link rel="stylesheet" href="https://example.invalid/s.css">'
    )
    document = InertTextDocument()
    document.setHtml(html)
    document.size()  # layout asks for the images
    assert {"https://example.invalid/pixel.png", local} <= set(document.refused_resources)
    loaded = document.resource(QTextDocument.ResourceType.ImageResource, local)
    assert loaded.size() == QSize(1, 1)  # the blank stand-in, not the 37 x 23 photo
    target = tmp_path / "images.pdf"
    write_pdf(html, target)
    sizes = re.findall(rb"/Subtype /Image\s*/Width (\d+)\s*/Height (\d+)", target.read_bytes())
    assert (b"37", b"23") not in sizes and (b"16", b"16") not in sizes


# -- printing and the clipboard ----------------------------------------------------------


class AcceptingDialog:
    """Stands in for QPrintDialog: the user picked "print to file" and pressed Print."""

    def __init__(self, printer: QPrinter, parent: QWidget | None, output: Path) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        self.printer = printer

    def exec(self) -> int:
        return QDialog.DialogCode.Accepted.value


def test_print_html_prints_what_the_dialog_chose(tmp_path: Path, brief_html: str) -> None:
    output = tmp_path / "printed.pdf"
    printed = print_html(
        brief_html, None, dialog_factory=lambda p, w: AcceptingDialog(p, w, output)
    )
    assert printed is True
    probe = PdfProbe(output.read_bytes())
    assert len(probe.pages()) == 1
    assert squash("What advice would you give") in squash(probe.text())


def test_print_html_does_nothing_when_cancelled(tmp_path: Path, brief_html: str) -> None:
    class Cancelled(AcceptingDialog):
        def exec(self) -> int:
            return QDialog.DialogCode.Rejected.value

    output = tmp_path / "printed.pdf"
    assert (
        print_html(brief_html, None, dialog_factory=lambda p, w: Cancelled(p, w, output)) is False
    )
    assert not output.exists()


def test_the_system_print_dialog_can_be_built(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    printer = QPrinter()
    dialog = QPrintDialog(printer, parent)
    assert dialog.printer() is printer


def test_copy_puts_markdown_and_html_on_the_clipboard(qtbot: QtBot) -> None:
    markdown = "# Marta Kowalska\n\n- Tom's intro & AT&T days\n"
    html = "<h1>Marta Kowalska</h1><ul><li>Tom's intro &amp; AT&amp;T days</li></ul>"
    copy_to_clipboard(markdown, html)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == markdown
    assert mime.hasHtml() and "Marta Kowalska" in mime.html()


def test_an_unexpected_error_still_removes_the_temporary_file(
    tmp_path: Path, brief_html: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*_args: object) -> None:
        raise RuntimeError("Qt gave up")

    monkeypatch.setattr(print_export, "paint_html", crash)
    with pytest.raises(RuntimeError):
        write_pdf(brief_html, tmp_path / "brief.pdf")
    assert list(tmp_path.iterdir()) == []
