"""Export, print and copy a brief from the GUI: file choice, PDF, printer, clipboard.

The text comes from the BriefExportService (user templates first, shipped
ones otherwise); a broken user template is reported once per export in a
dialog naming the file and line, and the export still happens with the default.
The file chooser and the print dialog are attributes so tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from netprep.composition import App
from netprep.domain.brief.model import Brief
from netprep.gui.export.paper import (
    PageName,
    PdfExportError,
    PrintDialogFactory,
    copy_to_clipboard,
    print_html,
    write_pdf,
)
from netprep.render.brief_view import BriefContext
from netprep.render.templates import RenderResult
from netprep.services.brief_export import ExportFormat
from netprep.services.errors import UserError

#: (suggested path, file-type filter) -> the chosen path, or "" when cancelled.
PathChooser = Callable[[str, str], str]
#: What to export: the brief and its meeting context, or None when there is none.
BriefSource = Callable[[], tuple[Brief, BriefContext] | None]

_FILTERS = {
    ExportFormat.MARKDOWN: "Markdown (*.md)",
    ExportFormat.HTML: "Web page (*.html)",
    ExportFormat.PDF: "PDF (*.pdf)",
}


def default_page_size() -> PageName:
    """Letter where paper is Letter (US, Canada…), A4 everywhere else."""
    system = QLocale().measurementSystem()
    return "Letter" if system == QLocale.MeasurementSystem.ImperialUSSystem else "A4"


class BriefOutput(QObject):
    status_message = Signal(str)

    def __init__(self, app: App, parent: QWidget, source: BriefSource) -> None:
        super().__init__(parent)
        self._app = app
        self._parent = parent
        self._source = source
        self.page: PageName = default_page_size()
        self.choose_path: PathChooser = self._ask_for_path
        self.print_dialog_factory: PrintDialogFactory | None = None
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self._folder = Path(documents) if documents else Path.home()

    def menu(self, parent: QWidget) -> QMenu:
        """The Export ▾ menu: each format, and the pocket card."""
        menu = QMenu(parent)
        menu.addAction(self.tr("PDF, one page…"), lambda: self.export(ExportFormat.PDF))
        menu.addAction(
            self.tr("Pocket card PDF…"), lambda: self.export(ExportFormat.PDF, pocket=True)
        )
        menu.addSeparator()
        menu.addAction(self.tr("Markdown…"), lambda: self.export(ExportFormat.MARKDOWN))
        menu.addAction(self.tr("Web page (HTML)…"), lambda: self.export(ExportFormat.HTML))
        return menu

    # -- the three ways out ----------------------------------------------------------------

    def export(self, fmt: ExportFormat, *, pocket: bool = False) -> Path | None:
        """Ask where, then write; the written path, or None if cancelled or failed."""
        current = self._current()
        if current is None:
            return None
        brief, context = current
        exporter = self._app.brief_export
        suggested = self._folder / exporter.suggested_filename(context, fmt, pocket=pocket)
        chosen = self.choose_path(str(suggested), _FILTERS[fmt])
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(fmt.suffix)
        rendered = exporter.render(brief, context, fmt, pocket=pocket)
        self._report_template_problems(rendered)
        try:
            if fmt is ExportFormat.PDF:
                title = f"Brief: {context.contact_name}" if context.contact_name else "Brief"
                write_pdf(rendered.text, path, self.page, pocket, title=title)
            else:
                exporter.write_text(path, rendered.text)
        except (PdfExportError, UserError) as exc:
            QMessageBox.warning(self._parent, self.tr("Brief not exported"), str(exc))
            return None
        self._folder = path.parent
        self.status_message.emit(self.tr("Exported {name}").format(name=path.name))
        return path

    def print(self) -> bool:
        current = self._current()
        if current is None:
            return False
        rendered = self._app.brief_export.html(*current)
        self._report_template_problems(rendered)
        printed = print_html(
            rendered.text, self._parent, page=self.page, dialog_factory=self.print_dialog_factory
        )
        if printed:
            self.status_message.emit(self.tr("Brief sent to the printer"))
        return printed

    def copy(self) -> bool:
        current = self._current()
        if current is None:
            return False
        exporter = self._app.brief_export
        markdown = exporter.markdown(*current)
        html = exporter.html(*current)
        self._report_template_problems(markdown)
        copy_to_clipboard(exporter.plain_text(markdown), html.text, markdown=markdown.text)
        self.status_message.emit(self.tr("Brief copied: paste it into an email or a document"))
        return True

    # -- helpers ---------------------------------------------------------------------------

    def _current(self) -> tuple[Brief, BriefContext] | None:
        current = self._source()
        if current is None:
            self.status_message.emit(self.tr("Pick a meeting or a contact first"))
        return current

    def _report_template_problems(self, rendered: RenderResult) -> None:
        if rendered.problems:
            QMessageBox.warning(
                self._parent,
                self.tr("Your brief template has a problem"),
                "\n\n".join(rendered.problems),
            )

    def _ask_for_path(self, suggested: str, file_filter: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self._parent, "Export the brief", suggested, file_filter
        )
        return path
